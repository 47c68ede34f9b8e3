"""An X account's poll through the services: runs left behind, polls under way elsewhere, and
posts stored meanwhile by another worker."""

from listening import ingestion, polling
from listening.models import FetchRun, Post
from listening.sources.base import FetchBatch
from listening.sources.x import batch_from_payload
from tests.listening.sources.x.recorded_api import (
    NOW,
    first_poll_answers,
    load,
)


def test_a_run_left_running_by_a_killed_worker_is_marked_abandoned_by_the_next_poll(account, api):
    first_poll_answers(api)
    # What a worker killed in the middle of a poll leaves behind: a run that never finished.
    killed = FetchRun.objects.create(account=account)

    run = polling.account_poll(account_id=account.id, now=NOW)

    killed.refresh_from_db()
    assert killed.status == FetchRun.Status.FAILED
    assert killed.error.startswith("Abandoned") and killed.finished_at is not None
    assert run.status == FetchRun.Status.SUCCEEDED
    assert not FetchRun.objects.filter(status=FetchRun.Status.RUNNING).exists()


def test_the_run_of_a_poll_still_under_way_elsewhere_is_not_taken_for_abandoned(account, api):
    import psycopg
    from django.db import connection

    first_poll_answers(api)
    live = FetchRun.objects.create(account=account)
    # Another worker polling the same account holds its poll lock on its own connection.
    with psycopg.connect(**connection.get_connection_params(), autocommit=True) as other:
        other.execute(
            "SELECT pg_advisory_lock_shared(%s, %s)", [polling._POLL_LOCK_NAMESPACE, account.id]
        )

        polling.account_poll(account_id=account.id, now=NOW)

    live.refresh_from_db()
    assert live.status == FetchRun.Status.RUNNING


def test_posts_stored_by_another_worker_after_the_look_up_are_skipped_not_duplicated(
    account, monkeypatch
):
    from departments.models import Case

    batch = batch_from_payload(load("users_mentions.json"), account=account, now=NOW)
    first, *rest = batch.posts
    # The other worker's ingest: the post, and its case.
    ingestion.batch_ingest(account=account, batch=FetchBatch(posts=[first]))
    # The other worker commits between our look-up of known posts and our COPY.
    monkeypatch.setattr(ingestion, "_post_ids", lambda cursor, keys: {})

    counts = ingestion.batch_ingest(account=account, batch=batch)

    assert counts.posts_created == len(rest)
    stored = list(Post.objects.values_list("external_id", flat=True))
    assert sorted(stored) == sorted(post.external_id for post in batch.posts)
    assert Case.objects.filter(post__external_id=first.external_id).count() == 1
    assert Case.objects.count() == len(batch.posts)

"""A real Celery worker process, on the test database, pulling the replay end to end."""

from collections import Counter

import pytest
from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

from departments.demo import replay_accounts_seed
from departments.models import Case
from listening.models import FetchRun, Post
from listening.sources.replay import load_dataset
from listening.tasks import poll_account_task
from smartgov.celery import app
from smartgov.health import HEARTBEAT_INDEX_KEY
from tests.processes import kill, start_worker, wait_for

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def worker_env():
    app.control.purge()  # messages left by an earlier, interrupted run
    cache.delete(HEARTBEAT_INDEX_KEY)  # heartbeats of workers from earlier tests
    return {}


def test_a_worker_process_runs_a_poll_task_end_to_end(
    tiny_dataset, departments, worker_env, client
):
    account = {a.platform_id: a for a in replay_accounts_seed()}["central"]
    worker = start_worker(REPLAY_DATASET=str(tiny_dataset))
    try:
        wait_for(
            lambda: client.get("/healthz").status_code == 200,
            timeout=60,
            every=0.5,
            what="/healthz to see the worker's heartbeat",
        )
        poll_account_task.delay(account_id=account.id)
        wait_for(
            lambda: FetchRun.objects.filter(account=account, status="succeeded").exists(),
            timeout=90,
            every=0.5,
            what="the worker to finish the poll",
        )
    finally:
        kill(worker)

    assert Post.objects.filter(account=account).count() == 33
    assert Case.objects.count() == 32


def test_a_worker_killed_mid_backfill_and_restarted_leaves_no_duplicates_and_no_gaps(
    departments, worker_env
):
    dataset = load_dataset(str(settings.REPLAY_DATASET))
    account = {a.platform_id: a for a in replay_accounts_seed()}["central"]
    history = dataset.history["central"]
    # Small batches so that the kill lands between and inside committed batches.
    env = {"REPLAY_BATCH_SIZE": "20", "REPLAY_LIVE_POSTS_PER_MINUTE": "0"}

    first = start_worker(**env)
    try:
        poll_account_task.delay(account_id=account.id)
        wait_for(
            lambda: Post.objects.filter(account=account).count() >= 100,
            timeout=90,
            what="the back-fill to be under way",
        )
    finally:
        kill(first)
    stored_when_killed = Post.objects.filter(account=account).count()
    assert stored_when_killed < len(history), "the kill came too late to test anything"

    restarted_at = timezone.now()
    second = start_worker(**env)
    try:
        poll_account_task.delay(account_id=account.id)  # what beat does at the next tick
        # The back-fill goes on poll after poll until it has caught up; a gap would keep the
        # count below the history's size and time out here.
        wait_for(
            lambda: Post.objects.filter(account=account).count() >= len(history),
            timeout=120,
            every=0.5,
            what="the second worker to finish the back-fill",
        )
        wait_for(
            lambda: (
                not FetchRun.objects.filter(
                    account=account, status="running", started_at__gte=restarted_at
                ).exists()
            ),
            timeout=30,
            every=0.5,
            what="the last poll to finish",
        )
    finally:
        kill(second)

    stored = list(Post.objects.filter(account=account).values_list("external_id", flat=True))
    expected = {item["id"] for item in history}
    assert not set(stored) - expected, sorted(set(stored) - expected)[:10]
    assert sorted(stored) == sorted(expected)  # no gaps
    assert not [key for key, n in Counter(stored).items() if n > 1]  # no duplicates
    citizen_ids = {item["id"] for item in history if item["kind"] != "own_post"}
    cases = Case.objects.filter(post__account=account)
    assert cases.count() == len(citizen_ids)
    assert set(cases.values_list("post__external_id", flat=True)) == citizen_ids

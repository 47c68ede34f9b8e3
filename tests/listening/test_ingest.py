"""Ingestion through the replay source: once, completely, with conversations and cases."""

from datetime import timedelta

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import timezone, translation

from departments.case_view.selectors import case_history
from departments.cases.actions import case_route
from departments.demo import replay_accounts_seed
from departments.models import Case, CaseEvent, CaseStatus
from listening import engagement, ingestion, polling
from listening.models import (
    Account,
    EngagementSnapshot,
    FetchRun,
    Post,
    PostKind,
    QuarantinedPayload,
)
from listening.sources.base import FetchBatch, FetchedEngagement, Unparseable
from tests.factories import AccountFactory, PostFactory


@pytest.fixture
def accounts(tiny_dataset, departments):
    return {account.platform_id: account for account in replay_accounts_seed()}


@pytest.mark.django_db
def test_a_first_poll_backfills_the_history_with_a_case_per_citizen_post(accounts):
    run = polling.account_poll(account_id=accounts["central"].id)

    assert run.status == FetchRun.Status.SUCCEEDED
    assert Post.objects.filter(account=accounts["central"], kind=PostKind.OWN_POST).count() == 1
    citizen_posts = Post.objects.filter(account=accounts["central"]).exclude(kind=PostKind.OWN_POST)
    assert citizen_posts.count() == 32
    assert Case.objects.count() == 32
    assert not Case.objects.filter(post__kind=PostKind.OWN_POST).exists()
    assert set(Case.objects.values_list("status", flat=True)) == {CaseStatus.NEW}
    # A case's creation is read from its post, not stored as an event (departments.cases.intake).
    assert not CaseEvent.objects.exists()
    assert run.posts_created == 33 and run.cases_created == 32


@pytest.mark.django_db
def test_polling_again_adds_nothing_twice(accounts):
    polling.account_poll(account_id=accounts["central"].id)
    accounts["central"].refresh_from_db()
    cursor_after_first = accounts["central"].cursor
    # Forget the cursor, as a worker killed before saving it would.
    Account.objects.filter(pk=accounts["central"].pk).update(
        cursor={"anchor": cursor_after_first["anchor"]}
    )

    second = polling.account_poll(account_id=accounts["central"].id)

    assert second.posts_created == 0 and second.cases_created == 0
    assert Post.objects.count() == 33
    assert Case.objects.count() == 32


@pytest.mark.django_db
def test_replies_are_linked_to_their_parent_and_conversation(accounts):
    polling.account_poll(account_id=accounts["central"].id)

    reply = Post.objects.get(external_id="t-cit-0032")
    assert reply.parent.external_id == "t-cit-0031"
    assert reply.parent.parent.external_id == "t-own-001"
    assert reply.conversation_key == reply.parent.parent.conversation_key == "x:t-own-001"


@pytest.mark.django_db
def test_new_citizen_posts_keep_arriving_after_the_backfill(accounts, settings):
    settings.REPLAY_LIVE_POSTS_PER_MINUTE = 6.0
    start = timezone.now()
    polling.account_poll(account_id=accounts["central"].id, now=start)
    before = Case.objects.count()

    polling.account_poll(account_id=accounts["central"].id, now=start + timedelta(minutes=10))

    # The central account carries 32 of the 33 citizen posts: 6/min * 32/33 * 10 min = 58.
    arrived = Case.objects.count() - before
    assert 55 <= arrived <= 59
    newest = Post.objects.filter(account=accounts["central"]).order_by("-created_at").first()
    assert start < newest.created_at <= start + timedelta(minutes=10)


@pytest.mark.django_db
def test_engagement_history_grows_and_is_stored_only_when_it_changes(accounts):
    now = timezone.now()
    polling.account_poll(account_id=accounts["central"].id, now=now)
    post = Post.objects.get(external_id="t-own-001")

    likes = list(post.snapshots.order_by("taken_at").values_list("likes", flat=True))
    assert likes == sorted(likes) and likes[-1] > likes[0]
    assert post.snapshots.last().impressions is not None

    # Two days old with a 4 hour half-life: nothing moves any more, so no new snapshot.
    written = engagement.account_engagement_refresh(account_id=accounts["central"].id, now=now)
    assert written == 0


# Outside a test transaction, as in a worker: the refresh must commit its own snapshots.
@pytest.mark.django_db(transaction=True)
def test_young_posts_get_fresh_engagement_on_refresh(accounts):
    now = timezone.now()
    polling.account_poll(account_id=accounts["transit"].id, now=now)
    post = Post.objects.get(external_id="t-own-002")
    before = post.snapshots.count()

    written = engagement.account_engagement_refresh(
        account_id=accounts["transit"].id, now=now + timedelta(minutes=30)
    )

    assert written == 1
    assert post.snapshots.count() == before + 1
    assert post.snapshots.last().impressions is None  # Mastodon has no impressions


@pytest.mark.django_db
def test_an_unparseable_item_is_quarantined_and_the_rest_of_the_batch_is_kept(departments):
    account = AccountFactory(department=departments["traffic"])
    good = PostFactory.build(account=account)
    from listening.sources.base import FetchedPost

    batch = FetchBatch(
        posts=[
            FetchedPost(
                platform="x",
                external_id="42",
                kind=PostKind.MENTION,
                created_at=good.created_at,
                raw={"id": "42"},
                text=good.text,
            )
        ],
        unparseable=[
            Unparseable(raw={"id": "43", "created_at": "yesterday"}, error="ValueError: bad date")
        ],
        cursor={"since_id": "43"},
    )

    counts = ingestion.batch_ingest(account=account, batch=batch)

    assert counts.posts_created == 1 and counts.items_quarantined == 1
    kept = QuarantinedPayload.objects.get()
    assert kept.raw == {"id": "43", "created_at": "yesterday"}
    assert "bad date" in kept.error
    account.refresh_from_db()
    assert account.cursor == {"since_id": "43"}


def _fetched(external_id, *, kind=PostKind.MENTION, in_reply_to="", platform="x"):
    from listening.sources.base import FetchedPost

    return FetchedPost(
        platform=platform,
        external_id=external_id,
        kind=kind,
        created_at=timezone.now() - timedelta(minutes=5),
        raw={"id": external_id, "text": 'Lamp \\ kapot \u00e9\u00e9n "echt"'},
        author_id="777",
        text="Lamp kapot",
        in_reply_to=in_reply_to,
    )


@pytest.mark.django_db
def test_a_reply_stored_before_its_parent_is_linked_when_the_parent_arrives(departments):
    account = AccountFactory(department=departments["traffic"])
    ingestion.batch_ingest(
        account=account, batch=FetchBatch(posts=[_fetched("2", in_reply_to="1")])
    )
    assert Post.objects.get(external_id="2").parent is None

    # The parent arrives with a reply of its own and a post of the same id on another platform.
    ingestion.batch_ingest(
        account=account,
        batch=FetchBatch(
            posts=[
                _fetched("1", kind=PostKind.OWN_POST),
                _fetched("3", in_reply_to="1"),
                _fetched("1", platform="mastodon"),
            ]
        ),
    )

    parent = Post.objects.get(platform="x", external_id="1")
    assert Post.objects.get(external_id="2").parent == parent
    assert Post.objects.get(external_id="3").parent == parent
    assert Post.objects.get(platform="mastodon").parent is None


@pytest.mark.django_db
def test_each_new_citizen_post_gets_one_new_case_whose_history_starts_with_its_creation(
    departments,
):
    account = AccountFactory(department=departments["traffic"])
    posts = [_fetched("10"), _fetched("11", kind=PostKind.OWN_POST), _fetched("12")]

    counts = ingestion.batch_ingest(account=account, batch=FetchBatch(posts=posts))
    again = ingestion.batch_ingest(account=account, batch=FetchBatch(posts=posts))

    assert (counts.posts_created, counts.cases_created) == (3, 2)
    assert (again.posts_created, again.cases_created) == (0, 0)
    cases = Case.objects.select_related("post").order_by("post__external_id")
    assert [case.post.external_id for case in cases] == ["10", "12"]
    for case in cases:
        assert case.status == CaseStatus.NEW
        assert case.created_at == case.post.created_at
        assert case.routing_explanation == {}
        (created,) = case_history(case=case)
        assert created.label == "Created" and not created.event.actor
        assert created.event.created_at == case.post.fetched_at
    stored = Post.objects.get(external_id="10")
    assert stored.raw == posts[0].raw
    assert (stored.account, stored.author_id) == (account, "777")


@pytest.mark.django_db
def test_the_case_page_says_when_a_new_case_was_created_in_both_languages(
    client, officer, departments
):
    account = AccountFactory(department=departments["traffic"])
    ingestion.batch_ingest(account=account, batch=FetchBatch(posts=[_fetched("10")]))
    case = Case.objects.get()
    case_route(case=case, department=departments["traffic"], by=officer, reason="lamp")
    client.force_login(officer)

    pages = {}
    for language in ("en", "nl"):
        with translation.override(language):
            pages[language] = client.get(
                reverse("departments:case_detail", args=[case.pk]), HTTP_ACCEPT_LANGUAGE=language
            ).content.decode()

    fetched = f'<time datetime="{timezone.localtime(case.post.fetched_at).isoformat()}">'
    english = pages["en"].split('id="history-')[-1]
    dutch = pages["nl"].split('id="history-')[-1]
    assert english.count("Created") == 1 and fetched in english
    assert dutch.count("Aangemaakt") == 1 and fetched in dutch
    # Creation first, then what happened to the case afterwards.
    assert english.index("Created") < english.index("Re-routed (correction)")


@pytest.mark.django_db
def test_a_case_stored_with_its_created_event_shows_its_creation_once(departments):
    account = AccountFactory(department=departments["traffic"])
    ingestion.batch_ingest(account=account, batch=FetchBatch(posts=[_fetched("10")]))
    case = Case.objects.get()
    # Cases ingested before the creation was read from the post (and generated cities) have it
    # stored as an event.
    CaseEvent.record(case, kind=CaseEvent.Kind.CREATED)
    CaseEvent.record(case, kind=CaseEvent.Kind.ROUTED, new="traffic")

    assert [entry.label for entry in case_history(case=case)] == ["Created", "Routed"]


@pytest.mark.django_db
def test_a_snapshot_with_unchanged_numbers_is_not_written(departments):
    post = PostFactory(kind=PostKind.OWN_POST, account__department=departments["traffic"])
    now = timezone.now()

    def reading(minutes, likes):
        return FetchedEngagement(
            platform=post.platform,
            external_id=post.external_id,
            taken_at=now + timedelta(minutes=minutes),
            likes=likes,
        )

    written = engagement.snapshots_record(fetched=[reading(0, 5), reading(10, 5), reading(20, 7)])

    assert written == 2
    assert list(EngagementSnapshot.objects.values_list("likes", flat=True)) == [5, 7]


@pytest.mark.django_db
def test_credentials_are_encrypted_at_rest_and_never_printed(departments):
    account = AccountFactory(
        department=departments["traffic"], credentials={"bearer_token": "AAAA-very-secret-token"}
    )

    with connection.cursor() as cursor:
        cursor.execute("SELECT credentials FROM listening_account WHERE id = %s", [account.id])
        stored = cursor.fetchone()[0]
    reloaded = Account.objects.get(pk=account.pk)

    assert "very-secret" not in stored
    assert reloaded.credentials["bearer_token"] == "AAAA-very-secret-token"
    assert "very-secret" not in repr(reloaded.credentials)
    assert "very-secret" not in str(reloaded.credentials)


@pytest.mark.django_db
def test_due_accounts_are_claimed_once(accounts):
    first = polling.accounts_claim_due()
    second = polling.accounts_claim_due()

    assert sorted(first) == sorted(a.id for a in accounts.values())
    assert second == []


@pytest.mark.django_db
def test_a_rate_limited_account_is_not_polled_before_its_reset_time(accounts):
    now = timezone.now()
    Account.objects.filter(pk=accounts["central"].pk).update(
        rate_limited_until=now + timedelta(minutes=15)
    )

    claimed_now = polling.accounts_claim_due(now=now)
    claimed_after_reset = polling.accounts_claim_due(now=now + timedelta(minutes=16))

    assert accounts["central"].id not in claimed_now
    assert accounts["central"].id in claimed_after_reset

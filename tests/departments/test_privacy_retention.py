from datetime import datetime, timedelta

import pytest
from axes.models import AccessLog
from django.utils import timezone

from departments.models import CaseAccess, CaseEvent, CaseStatus, Reply
from departments.privacy.retention import apply_retention, months_before
from departments.tasks import apply_retention_task
from listening.models import Post, PostKind, QuarantinedPayload
from smartgov.celery import app
from tests.factories import AccountFactory, CaseFactory, PostFactory

NOW = timezone.now()
# The retention periods the tests set, and the moments just either side of them.
TWELVE_MONTHS_AGO = months_before(NOW, 12)
THIRTY_DAYS_AGO = NOW - timedelta(days=30)
A_DAY = timedelta(days=1)
A_MINUTE = timedelta(minutes=1)


def closed_case(handle: str, *, closed_at: datetime | None, officer=None):
    created = NOW - timedelta(days=800)
    post = PostFactory(
        author_handle=handle,
        author_name=f"{handle} Name",
        text=f"Tekst van {handle} over de Havenkade",
        created_at=created,
        fetched_at=created,
    )
    if closed_at is None:
        case = CaseFactory(post=post, status=CaseStatus.ROUTED)
    else:
        case = CaseFactory(post=post, status=CaseStatus.CLOSED, closed_at=closed_at)
    Reply.objects.create(
        case=case, kind=Reply.Kind.ANSWER, text=f"@{handle} opgelost", author=officer
    )
    CaseEvent.record(case, kind=CaseEvent.Kind.STATUS_CHANGED, reason=f"gebeld met @{handle}")
    # The city's answer as fetched back from the platform.
    PostFactory(
        account=post.account,
        kind=PostKind.OWN_POST,
        in_reply_to=post.external_id,
        text=f"@{handle} dank, we kijken bij de Havenkade",
        created_at=created,
        fetched_at=created,
    )
    return case


def city_answer_text(case) -> str:
    return Post.objects.get(in_reply_to=case.post.external_id, kind=PostKind.OWN_POST).text


@pytest.mark.django_db
def test_retention_pseudonymises_only_cases_closed_longer_ago_than_the_period(settings):
    settings.RESIDENT_DATA_RETENTION_MONTHS = 12
    long_closed = closed_case("closed_before", closed_at=TWELVE_MONTHS_AGO - A_DAY)
    recently_closed = closed_case("closed_after", closed_at=TWELVE_MONTHS_AGO + A_DAY)
    open_for_years = closed_case("open_2y", closed_at=None)

    summary = apply_retention(now=NOW)

    assert (summary.posts_pseudonymised, summary.city_posts_scrubbed) == (1, 1)
    post = Post.objects.get(pk=long_closed.post_id)
    assert post.author_handle.startswith("erased-") and post.text == ""
    assert post.pseudonymised_at == NOW
    assert Reply.objects.get(case=long_closed).text == f"@{post.author_handle} opgelost"
    assert CaseEvent.objects.get(case=long_closed).reason == f"gebeld met @{post.author_handle}"
    answer = f"@{post.author_handle} dank, we kijken bij de Havenkade"
    assert city_answer_text(long_closed) == answer
    for kept, handle in ((recently_closed, "closed_after"), (open_for_years, "open_2y")):
        post = Post.objects.get(pk=kept.post_id)
        assert (post.author_handle, post.pseudonymised_at) == (handle, None)
        assert post.text == f"Tekst van {handle} over de Havenkade"
        assert Reply.objects.get(case=kept).text == f"@{handle} opgelost"
        assert city_answer_text(kept) == f"@{handle} dank, we kijken bij de Havenkade"


@pytest.mark.django_db
def test_retention_empties_raw_payloads_past_their_period_and_keeps_the_rest(settings):
    settings.RAW_PAYLOAD_RETENTION_DAYS = 30
    old = PostFactory(fetched_at=THIRTY_DAYS_AGO - A_MINUTE, kind="own_post")
    recent = PostFactory(fetched_at=THIRTY_DAYS_AGO + A_MINUTE, kind="own_post")
    account = AccountFactory()
    # The error quotes the payload, as X's unreadable pages do.
    error = "X mentions page without meta: {'text': '@buurman iets'}"
    old_quarantined = QuarantinedPayload.objects.create(
        account=account,
        error=error,
        raw={"text": "@buurman iets"},
        received_at=THIRTY_DAYS_AGO - A_MINUTE,
    )
    recent_quarantined = QuarantinedPayload.objects.create(
        account=account,
        error=error,
        raw={"text": "@buurman iets"},
        received_at=THIRTY_DAYS_AGO + A_MINUTE,
    )

    summary = apply_retention(now=NOW)

    assert (summary.raw_payloads_emptied, summary.quarantined_payloads_emptied) == (1, 1)
    old.refresh_from_db()
    recent.refresh_from_db()
    assert (old.raw, old.raw_removed_at) == ({"removed_by": "retention"}, NOW)
    assert old.text == "De lantaarnpaal op de Havenkade doet het al een week niet"
    assert (recent.raw["text"], recent.raw_removed_at) == (recent.text, None)
    old_quarantined.refresh_from_db()
    recent_quarantined.refresh_from_db()
    assert old_quarantined.raw == {"removed_by": "retention"}
    assert old_quarantined.error == "X mentions page without meta (payload removed by retention)"
    assert (recent_quarantined.raw, recent_quarantined.error) == ({"text": "@buurman iets"}, error)


@pytest.mark.django_db
def test_a_second_night_finds_nothing_left_to_do(settings):
    closed_case("closed_13", closed_at=months_before(NOW, 13))
    PostFactory(fetched_at=NOW - timedelta(days=40))
    first = apply_retention(now=NOW)
    assert first.posts_pseudonymised and first.raw_payloads_emptied

    second = apply_retention(now=NOW + timedelta(days=1))

    assert second.as_dict() == dict.fromkeys(second.as_dict(), 0)


def test_months_are_counted_on_the_calendar():
    moment = datetime(2027, 3, 31, 12, 0, tzinfo=timezone.get_current_timezone())
    assert months_before(moment, 1) == moment.replace(month=2, day=28)
    assert months_before(moment, 12) == moment.replace(year=2026)
    assert months_before(moment, 15) == moment.replace(year=2025, month=12)


@pytest.mark.django_db
def test_the_nightly_task_applies_retention_and_is_scheduled(settings, officer):
    settings.ACCESS_LOG_RETENTION_DAYS = 365
    case = closed_case("closed_13", closed_at=months_before(NOW, 13))
    for days_ago in (400, 100):
        CaseAccess.objects.create(
            case=case, user=officer, username="olga", opened_at=NOW - timedelta(days=days_ago)
        )

    for days_ago in (400, 100):
        AccessLog.objects.create(username="olga", ip_address="10.0.0.8", user_agent="Firefox")
        AccessLog.objects.filter(attempt_time__gt=NOW - timedelta(seconds=60)).update(
            attempt_time=NOW - timedelta(days=days_ago)
        )

    summary = apply_retention_task()

    assert summary["posts_pseudonymised"] == 1
    assert summary["case_accesses_forgotten"] == 1
    assert CaseAccess.objects.get().opened_at == NOW - timedelta(days=100)
    assert summary["log_ins_forgotten"] == 1
    assert AccessLog.objects.get().attempt_time == NOW - timedelta(days=100)
    assert app.conf.beat_schedule["apply-retention-nightly"]["task"] == (
        "departments.tasks.apply_retention_task"
    )

from datetime import datetime, timedelta

import pytest
from axes.models import AccessLog
from django.utils import timezone

from departments.models import CaseAccess, CaseEvent, CaseStatus, Reply
from departments.privacy.retention import apply_retention, months_before
from departments.tasks import apply_retention_task
from listening.models import Post, QuarantinedPayload
from smartgov.celery import app
from tests.factories import AccountFactory, CaseFactory, PostFactory

NOW = timezone.now()


def closed_case(handle: str, *, closed_months_ago: int | None, officer=None):
    created = NOW - timedelta(days=800)
    post = PostFactory(
        author_handle=handle,
        author_name=f"{handle} Name",
        text=f"Tekst van {handle} over de Havenkade",
        created_at=created,
        fetched_at=created,
    )
    if closed_months_ago is None:
        case = CaseFactory(post=post, status=CaseStatus.ROUTED)
    else:
        case = CaseFactory(
            post=post,
            status=CaseStatus.CLOSED,
            closed_at=months_before(NOW, closed_months_ago),
        )
    Reply.objects.create(
        case=case, kind=Reply.Kind.ANSWER, text=f"@{handle} opgelost", author=officer
    )
    CaseEvent.record(case, kind=CaseEvent.Kind.STATUS_CHANGED, reason=f"gebeld met @{handle}")
    return case


@pytest.mark.django_db
def test_retention_pseudonymises_only_cases_closed_longer_ago_than_the_period(settings):
    settings.RESIDENT_DATA_RETENTION_MONTHS = 12
    long_closed = closed_case("closed_13", closed_months_ago=13)
    recently_closed = closed_case("closed_11", closed_months_ago=11)
    open_for_years = closed_case("open_2y", closed_months_ago=None)

    summary = apply_retention(now=NOW)

    assert summary.posts_pseudonymised == 1
    post = Post.objects.get(pk=long_closed.post_id)
    assert post.author_handle.startswith("erased-") and post.text == ""
    assert post.pseudonymised_at == NOW
    assert Reply.objects.get(case=long_closed).text == f"@{post.author_handle} opgelost"
    assert CaseEvent.objects.get(case=long_closed).reason == f"gebeld met @{post.author_handle}"
    for kept, handle in ((recently_closed, "closed_11"), (open_for_years, "open_2y")):
        post = Post.objects.get(pk=kept.post_id)
        assert (post.author_handle, post.pseudonymised_at) == (handle, None)
        assert post.text == f"Tekst van {handle} over de Havenkade"
        assert Reply.objects.get(case=kept).text == f"@{handle} opgelost"


@pytest.mark.django_db
def test_retention_empties_raw_payloads_past_their_period_and_keeps_the_rest(settings):
    settings.RAW_PAYLOAD_RETENTION_DAYS = 30
    old = PostFactory(fetched_at=NOW - timedelta(days=31), kind="own_post")
    recent = PostFactory(fetched_at=NOW - timedelta(days=29), kind="own_post")
    account = AccountFactory()
    old_quarantined = QuarantinedPayload.objects.create(
        account=account, error="bad", raw={"text": "iets"}, received_at=NOW - timedelta(days=31)
    )
    recent_quarantined = QuarantinedPayload.objects.create(
        account=account, error="bad", raw={"text": "iets"}, received_at=NOW - timedelta(days=29)
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
    assert recent_quarantined.raw == {"text": "iets"}


@pytest.mark.django_db
def test_a_second_night_finds_nothing_left_to_do(settings):
    closed_case("closed_13", closed_months_ago=13)
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
    case = closed_case("closed_13", closed_months_ago=13)
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

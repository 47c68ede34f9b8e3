"""The SQL aggregation: local days and weeks in the city's time zone, the latest snapshot per
post, department scoping."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from analytics import selectors
from analytics.periods import week_period
from listening.models import EngagementSnapshot, PostKind
from tests.factories import AccountFactory, CaseFactory, PostFactory

AMS = ZoneInfo("Europe/Amsterdam")
pytestmark = pytest.mark.django_db


def citizen_case(moment: datetime, department=None):
    post = PostFactory(created_at=moment)
    return CaseFactory(post=post, department=department)


def test_posts_around_midnight_of_the_summer_time_sunday_fall_in_their_local_week(departments):
    # Sunday 29 March 2026 23:30 CEST is 21:30 UTC: still week 13. Monday 00:30 CEST is
    # 22:30 UTC on Sunday: already week 14, although its UTC date is the Sunday.
    citizen_case(datetime(2026, 3, 29, 23, 30, tzinfo=AMS))
    citizen_case(datetime(2026, 3, 30, 0, 30, tzinfo=AMS))
    # Monday 23 March 00:10 CET (Sunday 23:10 UTC) opens week 13.
    citizen_case(datetime(2026, 3, 23, 0, 10, tzinfo=AMS))

    w13, w14 = week_period("2026-W13"), week_period("2026-W14")
    volume13 = selectors.citizen_volume_per_day(start=w13.start, end=w13.end)
    volume14 = selectors.citizen_volume_per_day(start=w14.start, end=w14.end)

    assert volume13.groupby("day")["posts"].sum().to_dict() == {
        w13.first_day: 1,
        w13.last_day: 1,
    }
    assert volume14.groupby("day")["posts"].sum().to_dict() == {w14.first_day: 1}


def test_the_week_back_from_summer_time_keeps_its_extra_hour(departments):
    # Sunday 25 October 2026 happens twice between 02:00 and 03:00; both are in week 43, and
    # Sunday 23:59 CET (22:59 UTC) too.
    w43 = week_period("2026-W43")
    citizen_case(datetime(2026, 10, 25, 0, 30, tzinfo=UTC))  # 02:30 CEST
    citizen_case(datetime(2026, 10, 25, 1, 30, tzinfo=UTC))  # 02:30 CET
    citizen_case(datetime(2026, 10, 25, 22, 59, tzinfo=UTC))  # 23:59 CET
    citizen_case(datetime(2026, 10, 25, 23, 0, tzinfo=UTC))  # Monday 00:00 CET: week 44

    volume = selectors.citizen_volume_per_day(start=w43.start, end=w43.end)

    assert volume.groupby("day")["posts"].sum().to_dict() == {w43.last_day: 3}


def test_only_the_latest_snapshot_of_each_post_counts(departments):
    account = AccountFactory(department=departments["traffic"], followers_count=1000)
    moment = datetime(2026, 11, 18, 10, 0, tzinfo=UTC)
    post = PostFactory(account=account, kind=PostKind.OWN_POST, created_at=moment)
    for hours, likes in [(1, 3), (5, 8), (24, 20)]:
        EngagementSnapshot.objects.create(
            post=post, taken_at=moment + timedelta(hours=hours), likes=likes, impressions=900
        )
    week = week_period("2026-W47")

    frame = selectors.own_posts_latest_engagement(start=week.start, end=week.end)
    gained = selectors.engagement_gained_per_day(start=week.start, end=week.end)

    assert frame["likes"].tolist() == [20]
    assert frame["followers"].tolist() == [1000]
    # Growth per day from consecutive snapshots: 8 on Wednesday, 12 more on Thursday.
    assert gained.set_index("day")["likes"].to_dict() == {
        datetime(2026, 11, 18).date(): 8,
        datetime(2026, 11, 19).date(): 12,
    }


def test_a_department_scope_leaves_other_departments_out(departments):
    moment = datetime(2026, 11, 18, 10, 0, tzinfo=UTC)
    citizen_case(moment, departments["traffic"])
    citizen_case(moment, departments["transit"])
    citizen_case(moment, None)
    week = week_period("2026-W47")

    city = selectors.cases_in_period(start=week.start, end=week.end)
    traffic = selectors.cases_in_period(
        start=week.start, end=week.end, department_id=departments["traffic"].pk
    )

    assert len(city) == 3
    assert traffic["department"].tolist() == ["Traffic"]


def test_the_backlog_counts_cases_open_at_the_end_of_each_day(departments):
    week = week_period("2026-W47")
    first = citizen_case(datetime(2026, 11, 16, 10, 0, tzinfo=AMS))
    citizen_case(datetime(2026, 11, 17, 10, 0, tzinfo=AMS))
    first.closed_at = datetime(2026, 11, 18, 12, 0, tzinfo=AMS)
    first.save()

    backlog = selectors.backlog_per_day(days=week.days)

    assert backlog["open_cases"].tolist() == [1, 2, 1, 1, 1, 1, 1]

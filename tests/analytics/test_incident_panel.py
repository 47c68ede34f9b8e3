"""The Incidents section of the dashboard and the weekly report."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from analytics.overview.build import overview_build
from analytics.periods import week_period
from departments.incidents.models import Incident, IncidentStatus

pytestmark = pytest.mark.django_db
CITY = ZoneInfo("Europe/Amsterdam")


def _incident(departments, *, first: datetime, posts: int, answered_after=None, status="open"):
    return Incident.objects.create(
        title=f"Incident of {first:%d %b}",
        department=departments["traffic"],
        status=status,
        first_post_at=first,
        last_post_at=first + timedelta(hours=1),
        first_message_at=first + answered_after if answered_after else None,
        case_count=posts,
    )


def test_the_week_counts_its_incidents_the_posts_they_absorbed_and_the_time_to_a_message(
    departments,
):
    monday = datetime(2026, 3, 9, 8, 0, tzinfo=CITY)
    _incident(departments, first=monday, posts=30, answered_after=timedelta(minutes=20))
    _incident(
        departments, first=monday + timedelta(days=2), posts=6, answered_after=timedelta(minutes=40)
    )
    _incident(departments, first=monday + timedelta(days=3), posts=2)  # not answered yet
    _incident(departments, first=monday, posts=0, status=IncidentStatus.DISSOLVED)
    _incident(departments, first=monday + timedelta(days=7), posts=9)  # the week after

    panel = overview_build(period=week_period("2026-W11")).panel("incidents")

    assert list(panel.table["posts"]) == [30, 6, 2]
    assert list(panel.table["minutes to first public message"].dropna()) == [20, 40]
    assert "3 incidents absorbed 38 residents' posts" in panel.description
    assert "30 minutes" in panel.description

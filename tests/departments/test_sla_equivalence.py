"""The SLA state read three ways gives one answer for every case: the badge the queue and the
case view show (departments.sla.sla_badge, Python, and sla_badges for a page), the queue's SLA
filter (departments.queue.filters.QueueFilterSet, SQL) and analytics (the clock outcomes of
analytics.overview.cases_with_outcomes over analytics.selectors.cases_in_period, pandas).

The cases are generated the way the app makes them (due times from the department's targets or a
topic's stricter ones, counted from when the citizen wrote), at moments in office hours, before
opening, on a Friday afternoon, on a Saturday and on a public holiday, with deadlines placed on
the boundaries between the states. Analytics says "pending" where the badge says "due soon" or
"ok": it does not split what is still running. A clock without a due time is left out of the
comparison: analytics measures it against the department's target, the badge shows no state.
"""

import random
from datetime import datetime, timedelta
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pandas as pd
import pytest
from django.utils import timezone

from analytics import metrics, selectors
from analytics.overview import cases_with_outcomes
from departments import sla
from departments.models import OPEN_STATUSES, Case, CaseStatus, Priority, Topic
from departments.queue.filters import SLA_STATES, QueueFilterSet
from departments.sla import ClockOutcome, SlaState
from tests.factories import AccountFactory, CaseFactory

pytestmark = pytest.mark.django_db
AMS = ZoneInfo("Europe/Amsterdam")
MICROSECOND = timedelta(microseconds=1)


def at(*args) -> datetime:
    return datetime(*args, tzinfo=AMS)


MOMENTS = {
    "tuesday morning": at(2026, 11, 24, 10, 0),
    "before opening": at(2026, 11, 24, 7, 30),
    "friday afternoon": at(2026, 11, 27, 16, 15),
    "saturday": at(2026, 11, 28, 11, 0),
    "kings day": at(2026, 4, 27, 12, 0),
}
STATUSES = [
    CaseStatus.NEW,
    CaseStatus.ROUTED,
    CaseStatus.IN_PROGRESS,
    CaseStatus.WAITING_ON_CITIZEN,
    CaseStatus.ANSWERED,
    CaseStatus.CLOSED,
    CaseStatus.SPAM,
    CaseStatus.DISMISSED,
]


@pytest.fixture(autouse=True)
def dutch_city(settings):
    """The moments above are Dutch ones: King's Day a holiday, offices open from 9 to 5."""
    settings.TIME_ZONE, settings.CITY_COUNTRY, settings.CITY_SUBDIVISION = (
        "Europe/Amsterdam",
        "NL",
        "",
    )
    settings.BUSINESS_HOURS_START, settings.BUSINESS_HOURS_END = "09:00", "17:00"


def _generated_cases(departments, now: datetime) -> list[Case]:
    """About eighty cases: answered in time, answered late, open within target, open overdue,
    closed with and without an answer, spam, triage; then one case on each boundary."""
    draw = random.Random(f"sla-equivalence {now.isoformat()}")
    urgent = Topic.objects.create(
        name="Dangerous traffic light",
        slug="dangerous-traffic-light",
        department=departments["traffic"],
        first_response_sla_hours=2,
        resolution_sla_hours=16,
    )
    account = AccountFactory(department=departments["traffic"])
    choices = [departments["traffic"], departments["transit"], None]
    made = []

    def case(*, created: datetime, department, status, **fields) -> Case:
        made.append(
            CaseFactory(
                post__account=account,
                post__created_at=created,
                department=department,
                status=status,
                priority=draw.choice(Priority.values),
                closed_at=None if status in OPEN_STATUSES else created + (now - created) / 2,
                **fields,
            )
        )
        return made[-1]

    for _ in range(70):
        department = draw.choice(choices)
        topics = [urgent] if department == departments["traffic"] and draw.random() < 0.3 else []
        created = now - timedelta(minutes=draw.randint(5, 60 * 24 * 12))
        first_due, resolution_due = sla.due_times_for(created, sla.targets_for(department, topics))
        responded = None
        if first_due is not None and draw.random() < 0.5:
            # Answered in time or late, but never after now.
            responded = min(now, first_due + timedelta(hours=draw.choice([-3, -1, 1, 5, 30])))
            responded = max(responded, created + timedelta(minutes=1))
        made_case = case(
            created=created,
            department=department,
            status=draw.choice(STATUSES),
            first_response_due_at=first_due,
            resolution_due_at=resolution_due,
            first_responded_at=responded,
        )
        made_case.topics.set(topics)

    # On the boundaries: the first response due at now and around the start of "due soon"; the
    # resolution likewise once answered; answered exactly at the due time (in time) and later,
    # without a resolution deadline ("met", then no state).
    soon = sla.due_soon_until(now)
    earlier = now - timedelta(days=3)
    in_time = earlier + timedelta(hours=2)
    boundaries = (now, now - MICROSECOND, now + MICROSECOND, soon, soon - MICROSECOND)
    fields = [
        {"first_response_due_at": due, "resolution_due_at": due + timedelta(days=5)}
        for due in boundaries
    ]
    fields += [
        {"first_response_due_at": in_time, "first_responded_at": answered, "resolution_due_at": due}
        for answered, due in [(in_time - timedelta(hours=1), due) for due in boundaries]
        + [(in_time, None), (in_time + MICROSECOND, None)]
    ]
    for more in fields:
        case(created=earlier, department=departments["traffic"], status=CaseStatus.ROUTED, **more)
    return made


def _badges(cases: list[Case], now: datetime) -> dict[int, str]:
    return {case.id: sla.sla_badge(case, now=now).state for case in cases}


def _queue_filter(officer, monkeypatch, now: datetime) -> dict[int, str]:
    """Each case's state by the filter that lists it: "none" when no SLA filter does."""
    states: dict[int, str] = {}
    request = SimpleNamespace(user=officer)
    with monkeypatch.context() as patched:
        patched.setattr(timezone, "now", lambda: now)
        for state, _label in SLA_STATES:
            listed = QueueFilterSet({"sla": state}, Case.objects.all(), request=request).qs
            for case_id in listed.values_list("id", flat=True):
                assert case_id not in states, f"case {case_id} is {states[case_id]} and {state}"
                states[case_id] = state
    return states


def _analytics(now: datetime) -> pd.DataFrame:
    cases = selectors.cases_in_period(start=now - timedelta(days=60), end=now + MICROSECOND)
    return cases_with_outcomes(cases, now=now).set_index("id")


def _state_analytics_gives(row) -> set[str]:
    """The badge states that analytics' outcomes allow for one case."""
    if row.department_id is None or row.status not in OPEN_STATUSES:
        return {SlaState.NONE}
    answered = pd.notna(row.first_responded_at)
    running_due = row.resolution_due_at if answered else row.first_response_due_at
    if pd.isna(running_due):
        return {SlaState.MET if row.frt_outcome == ClockOutcome.MET else SlaState.NONE}
    running = row.res_outcome if answered else row.frt_outcome
    return {
        ClockOutcome.MISSED: {SlaState.OVERDUE},
        ClockOutcome.PENDING: {SlaState.DUE_SOON, SlaState.OK},
    }[running]


@pytest.mark.parametrize("moment", MOMENTS)
def test_the_badge_the_queue_filter_and_analytics_agree_on_every_case(
    departments, officer, monkeypatch, moment
):
    now = MOMENTS[moment]
    cases = _generated_cases(departments, now)

    badges = _badges(cases, now)
    # The queue counts a page of badges in one pass (and a long list the vectorised way): each
    # must be the badge the case view shows for that case alone, label and deadline included.
    many = cases * (sla.ONE_BY_ONE_UP_TO // len(cases) + 1)
    one_by_one = [sla.sla_badge(case, now=now) for case in many]
    assert sla.sla_badges(cases, now=now) == one_by_one[: len(cases)]
    assert sla.sla_badges(many, now=now) == one_by_one
    filtered = _queue_filter(officer, monkeypatch, now)
    analytics = _analytics(now).join(
        pd.DataFrame.from_records(
            [(c.id, c.department_id) for c in cases], columns=["id", "department_id"]
        ).set_index("id")
    )

    disagreements = []
    for case in cases:
        badge = badges[case.id]
        listed_as = filtered.get(case.id, SlaState.NONE)
        allowed = _state_analytics_gives(analytics.loc[case.id])
        if badge != listed_as or badge not in allowed:
            disagreements.append(
                f"case {case.id} ({case.status}, first response due {case.first_response_due_at},"
                f" answered {case.first_responded_at}, resolution due {case.resolution_due_at}):"
                f" badge {badge}, queue filter {listed_as}, analytics {sorted(map(str, allowed))}"
            )
    assert not disagreements, "\n".join(disagreements)
    # Every state turns up, so that no part of the definition goes untested.
    assert set(badges.values()) == set(SlaState)


@pytest.mark.parametrize("moment", MOMENTS)
def test_analytics_counts_the_first_response_clocks_as_the_badge_defines_them(departments, moment):
    """The aggregate analytics reports (met, missed, pending) over the cases the SLA counts,
    against departments.sla.clock_outcome one case at a time."""
    now = MOMENTS[moment]
    cases = _generated_cases(departments, now)
    analytics = _analytics(now)

    expected = {"met": 0, "missed": 0, "pending": 0}
    for case in cases:
        outcome = sla.clock_outcome(
            stopped_at=case.first_responded_at, due_at=case.first_response_due_at, now=now
        )
        if outcome is not None and case.status not in sla.EXEMPT_STATUSES:
            expected[outcome] += 1
    reported = metrics.sla_compliance(analytics["frt_outcome"])

    assert (reported.met, reported.missed, reported.pending) == (
        expected["met"],
        expected["missed"],
        expected["pending"],
    )

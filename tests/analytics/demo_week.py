"""A week of the demo: the replayed municipality (the same data set and seed as `make demo`),
back-filled as of a fixed moment, routed by the real router, with officers' work simulated
deterministically (the replay data set holds only what citizens and the city posted)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from django.contrib.auth import get_user_model

from departments import roles
from departments.cases.actions import case_reroute
from departments.demo import replay_accounts_seed
from departments.models import Case, CaseEvent, CaseStatus, Department
from departments.routing.services import cases_route_automatically
from departments.seed import departments_seed
from departments.sla import add_business_hours, sla_due_times
from listening import polling

# Wednesday of ISO week 2026-W48: the replay's eight weeks end here, so 2026-W47 is complete.
DEMO_NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
DEMO_WEEK = "2026-W47"


def demo_city_seed(*, now: datetime = DEMO_NOW, route_since: datetime | None = None) -> None:
    departments_seed()
    for account in replay_accounts_seed():
        while polling.account_poll(account_id=account.id, now=now).has_more:
            pass
    # The report's week and the four before it (trending topics) are routed; older posts stay
    # in triage, which keeps the router's share of the test's time small.
    route_since = route_since or now - timedelta(weeks=5, days=3)
    ids = list(Case.objects.filter(created_at__gte=route_since).values_list("id", flat=True))
    cases_route_automatically(case_ids=ids)
    officer_work_simulate(now=now)


def officer_work_simulate(*, now: datetime) -> None:
    """Answer most routed cases within a few business hours, some late, leave some open, close
    half, mark a few as spam and correct one in twenty routings; all keyed on the case id so
    that every run gives the same numbers."""
    officer, _ = get_user_model().objects.get_or_create(username="demo-officer")
    officer.groups.add(roles.ensure_role_groups()[roles.OFFICERS])
    departments = list(Department.objects.order_by("slug"))
    routed = Case.objects.filter(department__isnull=False).select_related("department")
    # Corrections first: the workflow allows re-routing only before a case is answered.
    for case in routed.order_by("id"):
        if case.id % 20 == 11:
            other = next(d for d in departments if d.pk != case.department_id)
            case_reroute(case=case, department=other, by=officer, reason="demo correction")
    for case in routed.order_by("id"):
        first_due, resolution_due = sla_due_times(case)
        fields = {"first_response_due_at": first_due, "resolution_due_at": resolution_due}
        n = case.id
        if n % 20 == 7:
            fields["status"] = CaseStatus.SPAM
        elif n % 10 != 3:
            delay = [0.5, 1, 2, 3, 5, 7, 12][n % 7] * (1 if n % 6 else 2)
            responded = add_business_hours(case.created_at, delay)
            if responded <= now:
                fields["first_responded_at"] = responded
                fields["status"] = CaseStatus.ANSWERED
                if n % 2 == 0:
                    closed = add_business_hours(responded, [2, 8, 20, 45][n % 4])
                    if closed <= now:
                        fields["closed_at"] = closed
                        fields["status"] = CaseStatus.CLOSED
        Case.objects.filter(pk=case.pk).update(**fields)
    assert CaseEvent.objects.filter(kind=CaseEvent.Kind.REROUTED).exists()

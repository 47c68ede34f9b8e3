"""The demo's history, built by the same code `make run` runs (manage.py demo_history): eight
weeks of the replayed city worked as a back office would have worked them, so that a manager
evaluating the product sees realistic figures on the dashboard and in every weekly report."""

import contextlib
from datetime import UTC, datetime, timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from analytics import metrics
from analytics.overview.build import overview_build
from analytics.overview.period_data import period_data
from analytics.periods import Period, week_period
from departments import sla
from departments.case_view.selectors import case_history
from departments.demo import demo_users_create, replay_accounts_seed
from departments.demo_history import STORM_SLOWDOWN, demo_history_build
from departments.incidents.models import Incident
from departments.models import OPEN_STATUSES, Case, CaseEvent, Reply
from departments.routing.services import cases_route_automatically
from departments.tasks import send_demo_colleague_replies_task
from listening import polling
from listening.models import Account, Platform
from smartgov import clock
from smartgov.city_clock import local_time

# Building the eight weeks takes minutes, more on a machine running two suites side by side.
pytestmark = [pytest.mark.slow, pytest.mark.django_db, pytest.mark.timeout(1800)]

# A Wednesday at noon: the history's eight weeks end here.
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
TEN_BUSINESS_DAYS = 10 * sla._day_hours()


@pytest.fixture
def history(departments, active_router_model):
    demo_users_create()
    replay_accounts_seed()
    work = demo_history_build(now=NOW)
    return work


@contextlib.contextmanager
def patch_now(moment):
    """The task reads the present from timezone.now."""
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(timezone, "now", lambda: moment)
        yield


def _over(first_day, last_day):
    data = period_data(Period(first_day, last_day, "history"), None, now=NOW)
    return data.cases


def test_the_demo_history_is_a_working_back_office(history, capsys, settings):
    """One build (it takes a minute), every promise of it checked."""
    _figures_a_manager_expects(history)
    _the_storm_and_the_tram_outage_are_found_as_incidents()
    _every_weekly_report_has_its_response_charts()
    _the_citys_work_is_dated_when_it_happened_and_told_in_order()
    _the_live_stream_is_worked_by_a_colleague_in_the_demo_only(settings)
    _building_again_does_nothing_twice(capsys)


def _figures_a_manager_expects(history):
    first_day = local_time(Case.objects.order_by("created_at").first().created_at).date()
    cases = _over(first_day, local_time(NOW).date())

    compliance = metrics.sla_compliance(cases["frt_outcome"])
    median_first_response, _p90 = metrics.median_and_p90(cases["first_response_h"])
    assert 75 <= compliance.percent <= 90, compliance
    assert median_first_response < 8
    # Departments differ, and the storm week three weeks before the end was a bad one.
    by_department = (
        cases[cases["frt_outcome"].isin(["met", "missed"])]
        .groupby("department")["frt_outcome"]
        .apply(lambda outcomes: (outcomes == "met").mean() * 100)
    )
    assert by_department.max() - by_department.min() >= 5, by_department
    storm_start = NOW - timedelta(weeks=3)
    storm = cases[
        (cases["created_at"] >= storm_start)
        & (cases["created_at"] < storm_start + timedelta(weeks=1))
    ]
    assert metrics.sla_compliance(storm["frt_outcome"]).percent < compliance.percent - 15
    assert STORM_SLOWDOWN > 1

    # An open backlog of recent cases, none of them overdue by more than ten business days.
    open_cases = list(Case.objects.filter(status__in=OPEN_STATUSES))
    assert open_cases
    assert all(case.created_at > NOW - timedelta(weeks=3) for case in open_cases)
    overdue = [
        sla.business_hours_between(due, NOW)
        for case in open_cases
        if (due := sla.running_due_at(case)) is not None and due < NOW
    ]
    assert overdue and max(overdue) <= TEN_BUSINESS_DAYS
    assert history.corrected >= 20
    assert CaseEvent.objects.filter(kind=CaseEvent.Kind.REROUTED).count() >= 20


def _the_storm_and_the_tram_outage_are_found_as_incidents():
    # The replay's storm starts 39 days before its end, the tram outage 20 days before
    # (listening/replay/generator/clock.py), each a burst of posts the detector groups.
    end = Case.objects.order_by("-created_at").first().created_at

    def incidents(days_before: int, *, posts: int):
        return Incident.objects.filter(
            first_post_at__gte=end - timedelta(days=days_before + 2),
            first_post_at__lt=end - timedelta(days=days_before - 1),
            case_count__gte=posts,
        )

    assert incidents(20, posts=20).filter(department__slug="transit").exists()
    assert incidents(39, posts=5).count() >= 5
    overview = overview_build(period=week_period(f"{local_time(end - timedelta(days=20)):%G-W%V}"))
    assert len(overview.panel("incidents").table) >= 1


def _every_weekly_report_has_its_response_charts():
    monday = local_time(Case.objects.order_by("created_at").first().created_at).date()
    monday += timedelta(days=(7 - monday.weekday()) % 7)  # the first whole week
    weeks = []
    while monday + timedelta(days=7) <= local_time(NOW).date():
        weeks.append(f"{monday:%G-W%V}")
        monday += timedelta(days=7)
    assert len(weeks) >= 6

    for week in weeks:
        overview = overview_build(period=week_period(week), now=NOW)
        panels = {panel.key: panel for panel in overview.panels}
        by_department = panels["response_by_department"].table
        assert by_department["median first response (business h)"].notna().sum() >= 3, week
        assert by_department["first-response SLA met %"].notna().all(), week
        by_topic = panels["sla_by_topic"].table
        assert by_topic["first-response SLA met %"].notna().sum() >= 5, week
        routing = panels["routing"].table.set_index("measure")
        assert routing.loc["of those, corrected by an officer", "cases"] > 0, week


def _the_citys_work_is_dated_when_it_happened_and_told_in_order():
    sent = Reply.objects.filter(send_state=Reply.SendState.SENT).select_related("case")
    assert sent.count() > 1000
    assert all(reply.sent_at <= NOW and reply.sent_at >= reply.case.created_at for reply in sent)
    # The first reply sent is the one that stopped the first-response clock.
    answered = Case.objects.filter(first_responded_at__isnull=False)
    for case in answered[:200]:
        first_sent = min(r.sent_at for r in case.replies.filter(send_state=Reply.SendState.SENT))
        assert case.first_responded_at == first_sent
    # A case's history reads in order: created, routed, the officer's correction, replies, closed.
    corrected = Case.objects.filter(events__kind=CaseEvent.Kind.REROUTED, status="closed").first()
    entries = case_history(case=corrected)
    kinds = [entry.event.kind for entry in entries]
    assert kinds[0] == CaseEvent.Kind.CREATED
    assert kinds.index(CaseEvent.Kind.REROUTED) < kinds.index(CaseEvent.Kind.REPLIED)
    moments = [entry.event.created_at for entry in entries]
    assert moments == sorted(moments) and moments[-1] <= NOW


def _the_live_stream_is_worked_by_a_colleague_in_the_demo_only(settings):
    later = NOW + timedelta(hours=2)
    for account in Account.objects.filter(platform=Platform.REPLAY):
        polling.account_poll(account_id=account.id, now=later)
    live = Case.objects.filter(post__external_id__contains="-live")
    with clock.working_at(later):  # the worker routes them as they come
        cases_route_automatically(case_ids=list(live.values_list("id", flat=True)))
    assert live.count() > 50
    assert not Reply.objects.filter(case__in=live).exists()

    settings.DEMO_COLLEAGUE = False
    assert send_demo_colleague_replies_task() == 0  # a city's own deployment: nothing is done
    assert not Reply.objects.filter(case__in=live).exists()

    settings.DEMO_COLLEAGUE = True
    with patch_now(NOW + timedelta(days=1)):
        assert send_demo_colleague_replies_task() > 0
    answered = live.filter(first_responded_at__isnull=False)
    assert answered.count() > live.count() / 2
    assert all(case.first_responded_at <= NOW + timedelta(days=1) for case in answered)


def _building_again_does_nothing_twice(capsys):
    replies_before = Reply.objects.count()
    events_before = CaseEvent.objects.count()

    again = demo_history_build(now=NOW)

    assert (again.corrected, again.assigned, again.replies, again.notes, again.closed) == (0,) * 5
    assert Reply.objects.count() == replies_before
    assert CaseEvent.objects.count() == events_before

    # A later start (the present): the backlog that has come due since is worked, once.
    backlog = Case.objects.filter(status__in=OPEN_STATUSES, created_at__lte=NOW)
    waiting = backlog.count()
    call_command("demo_history")
    assert "Demo history: " in capsys.readouterr().out
    assert backlog.count() < waiting

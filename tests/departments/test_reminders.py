"""Reminders before a deadline: to the assignee (or the department), once per deadline."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.utils import timezone

from departments import sla
from departments.cases.actions import case_route
from departments.cases.reminders import case_sla_remind, sla_reminders_due
from departments.models import CaseEvent, CaseStatus
from departments.tasks import send_due_sla_reminders_task
from smartgov.celery import app
from tests.factories import CaseFactory

pytestmark = pytest.mark.django_db

AMS = ZoneInfo("Europe/Amsterdam")
TUESDAY_10H = datetime(2026, 11, 24, 10, 0, tzinfo=AMS)


def at(*args):
    return datetime(*args, tzinfo=AMS)


@pytest.fixture
def traffic(departments):
    department = departments["traffic"]
    department.contact_email = "verkeer@zeestad.example"
    department.save()
    return department


def case_due(department, *, first_response=None, resolution=None, **fields):
    return CaseFactory(
        status=fields.pop("status", CaseStatus.ROUTED),
        department=department,
        first_response_due_at=first_response,
        resolution_due_at=resolution,
        **fields,
    )


def test_the_assignee_is_reminded_once_before_the_first_response_is_due(traffic, traffic_staff):
    traffic_staff.email = "tom@zeestad.example"
    traffic_staff.save()
    case = case_due(traffic, first_response=at(2026, 11, 24, 10, 45), assignee=traffic_staff)

    assert sla_reminders_due(now=TUESDAY_10H) == [(case.pk, "first_response")]
    assert case_sla_remind(case_id=case.pk, clock="first_response", now=TUESDAY_10H)
    assert not case_sla_remind(case_id=case.pk, clock="first_response", now=TUESDAY_10H)

    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["tom@zeestad.example"]
    assert f"Case {case.pk} is due for a first response" in mail.outbox[0].subject
    assert f"/cases/{case.pk}/" in mail.outbox[0].body
    event = case.events.get(kind=CaseEvent.Kind.REMINDER_SENT)
    assert event.new_value["clock"] == "first_response"
    case.refresh_from_db()
    assert case.first_response_reminded_at == TUESDAY_10H
    assert sla_reminders_due(now=TUESDAY_10H) == []


def test_without_an_assignee_the_department_contact_is_reminded(traffic):
    case = case_due(traffic, resolution=at(2026, 11, 24, 10, 30))

    case_sla_remind(case_id=case.pk, clock="resolution", now=TUESDAY_10H)

    assert mail.outbox[0].to == ["verkeer@zeestad.example"]
    assert "for resolution" in mail.outbox[0].subject


def test_a_dutch_site_sends_its_reminders_in_dutch(traffic, settings):
    settings.LANGUAGE_CODE = "nl"
    case = case_due(traffic, resolution=at(2026, 11, 24, 10, 30))

    case_sla_remind(case_id=case.pk, clock="resolution", now=TUESDAY_10H)

    subject = f"Zaak {case.pk} moet uiterlijk di 24 nov 10:30 afgehandeld zijn"
    assert mail.outbox[0].subject == subject
    assert "Open de zaak: " in mail.outbox[0].body


def test_a_deadline_more_than_a_business_hour_away_waits(traffic):
    case_due(traffic, first_response=at(2026, 11, 24, 11, 30))

    assert sla_reminders_due(now=TUESDAY_10H) == []


def test_on_friday_afternoon_a_deadline_early_on_monday_is_reminded(traffic):
    case = case_due(traffic, first_response=at(2026, 11, 23, 9, 20))

    assert sla_reminders_due(now=at(2026, 11, 20, 16, 30)) == [(case.pk, "first_response")]


def test_answered_closed_and_triage_cases_get_no_first_response_reminder(traffic, departments):
    due = at(2026, 11, 24, 10, 30)
    case_due(traffic, first_response=due, first_responded_at=at(2026, 11, 24, 9, 30))
    case_due(traffic, first_response=due, status=CaseStatus.CLOSED)
    CaseFactory(first_response_due_at=due)  # triage: no department

    assert sla_reminders_due(now=TUESDAY_10H) == []


def test_last_years_deadlines_are_not_reminded_of(traffic):
    case_due(traffic, first_response=at(2025, 11, 24, 10, 30))

    assert sla_reminders_due(now=TUESDAY_10H) == []


def test_a_case_answered_after_selection_is_not_reminded(traffic):
    case = case_due(traffic, first_response=at(2026, 11, 24, 10, 30))
    due = sla_reminders_due(now=TUESDAY_10H)
    type(case).objects.filter(pk=case.pk).update(first_responded_at=TUESDAY_10H)

    assert not case_sla_remind(case_id=due[0][0], clock=due[0][1], now=TUESDAY_10H)
    assert mail.outbox == []


def test_new_deadlines_after_rerouting_get_their_own_reminder(traffic, departments, officer):
    case = case_due(traffic, first_response=at(2026, 11, 24, 10, 30), created_at=TUESDAY_10H)
    case_sla_remind(case_id=case.pk, clock="first_response", now=TUESDAY_10H)

    case_route(case=case, department=departments["transit"], by=officer)

    case.refresh_from_db()
    assert case.first_response_reminded_at is None
    assert case.first_response_due_at == sla.add_business_hours(TUESDAY_10H, 4)


def test_beat_fans_out_one_reminder_per_case_and_clock(traffic, settings):
    now = timezone.now()
    soon = sla.add_business_hours(now, 0.5)
    first = case_due(traffic, first_response=soon)
    both = case_due(traffic, first_response=soon, resolution=soon)
    case_due(traffic, first_response=sla.add_business_hours(now, 3))
    eager = app.conf.task_always_eager
    app.conf.task_always_eager = True
    try:
        assert send_due_sla_reminders_task() == 3
    finally:
        app.conf.task_always_eager = eager

    assert len(mail.outbox) == 3
    assert first.events.filter(kind=CaseEvent.Kind.REMINDER_SENT).count() == 1
    assert both.events.filter(kind=CaseEvent.Kind.REMINDER_SENT).count() == 2
    assert "send-sla-reminders" in app.conf.beat_schedule

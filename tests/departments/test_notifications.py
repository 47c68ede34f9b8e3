"""Notifications as each person chose them (at once, in a digest, or not at all) and escalation
of overdue cases to the communication office, each e-mailed exactly once: also when the beat
task runs twice in the same minute, or two workers run it at the same moment."""

import threading
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.db import connection

from departments import approvals, notifications
from departments.cases.actions import case_route
from departments.models import (
    CaseEvent,
    CaseStatus,
    Delivery,
    Notification,
    NotificationKind,
    Reply,
)
from departments.replies import reply_send
from departments.tasks import send_notifications_task
from tests.factories import CaseFactory

AMS = ZoneInfo("Europe/Amsterdam")
# A Tuesday afternoon: six business hours after ten in the morning.
TUESDAY_16H = datetime(2026, 11, 24, 16, 0, tzinfo=AMS)
TUESDAY_10H = datetime(2026, 11, 24, 10, 0, tzinfo=AMS)


def _to(address: str) -> list:
    return [message for message in mail.outbox if message.to == [address]]


@pytest.fixture
def people(db, departments, officer, traffic_staff):
    officer.email = "olga@zeestad.example"
    officer.save()
    traffic_staff.email = "tom@zeestad.example"
    traffic_staff.save()
    return {"officer": officer, "tom": traffic_staff}


@pytest.mark.django_db
def test_a_returned_reply_is_told_to_its_author_at_once_and_once(
    people, departments, django_capture_on_commit_callbacks
):
    case = CaseFactory(department=departments["traffic"], status=CaseStatus.ROUTED)
    with django_capture_on_commit_callbacks(execute=True):
        reply = reply_send(case=case, text="Klaar.", kind=Reply.Kind.ANSWER, by=people["tom"])
    approvals.reply_return(reply=reply, by=people["officer"], comment="Welke dag?")

    send_notifications_task()
    send_notifications_task()  # beat twice in the same minute

    told = _to("tom@zeestad.example")
    assert len(told) == 1
    assert f"Your reply on case {case.pk} was returned with a comment" == told[0].subject
    assert f"/cases/{case.pk}/" in told[0].body


@pytest.mark.django_db
def test_new_cases_come_in_one_digest_per_period(people, departments):
    officer = people["officer"]
    now = TUESDAY_16H
    cases = [CaseFactory(status=CaseStatus.NEW) for _ in range(3)]
    for case in cases:
        case_route(case=case, department=departments["traffic"], by=officer)

    assert notifications.notifications_run(now=now)["digests"] == 1
    assert notifications.notifications_run(now=now)["digests"] == 0
    (digest,) = _to("tom@zeestad.example")
    assert digest.subject == "SmartGov Listening: 3 new for you"
    for case in cases:
        assert f"New case {case.pk} for Traffic" in digest.body

    # The next case waits for the next digest, an hour after the last one.
    later = CaseFactory(status=CaseStatus.NEW)
    case_route(case=later, department=departments["traffic"], by=officer)
    notifications.notifications_run(now=now + timedelta(minutes=30))
    assert len(_to("tom@zeestad.example")) == 1
    notifications.notifications_run(now=now + timedelta(minutes=61))
    assert len(_to("tom@zeestad.example")) == 2
    assert f"New case {later.pk}" in _to("tom@zeestad.example")[1].body


@pytest.mark.django_db
def test_each_person_chooses_per_kind(people, departments, client):
    officer, tom = people["officer"], people["tom"]
    client.force_login(tom)
    page = client.get("/notifications/").content.decode()
    assert "A new case is routed to my department" in page
    client.post(
        "/notifications/",
        {
            "digest_minutes": 15,
            NotificationKind.CASE_ROUTED: Delivery.IMMEDIATE,
            NotificationKind.REPLY_RETURNED: Delivery.NONE,
            NotificationKind.DUE_SOON: Delivery.DIGEST,
            NotificationKind.OVERDUE: Delivery.IMMEDIATE,
            NotificationKind.ESCALATED: Delivery.NONE,
            NotificationKind.INCIDENT_SPIKE: Delivery.DIGEST,
        },
    )
    assert notifications.preferences_of(tom)[NotificationKind.CASE_ROUTED] == Delivery.IMMEDIATE
    assert notifications.digest_minutes_of(tom) == 15

    routed = CaseFactory(status=CaseStatus.NEW)
    case_route(case=routed, department=departments["traffic"], by=officer)
    notifications.notifications_run(now=TUESDAY_16H)
    (at_once,) = _to("tom@zeestad.example")
    assert at_once.subject == f"New case {routed.pk} for Traffic"

    # A returned reply, which Tom chose to hear nothing of.
    reply = Reply.objects.create(
        case=routed, author=tom, kind=Reply.Kind.ANSWER, text="Ja.", send_state="awaiting_approval"
    )
    approvals.reply_return(reply=reply, by=officer, comment="Nee.")
    notifications.notifications_run(now=TUESDAY_16H)
    assert len(_to("tom@zeestad.example")) == 1


@pytest.mark.django_db
def test_an_overdue_case_is_told_and_escalated_once(people, departments, settings):
    settings.ESCALATE_AFTER_BUSINESS_HOURS = 4
    case = CaseFactory(
        department=departments["traffic"],
        status=CaseStatus.ROUTED,
        first_response_due_at=TUESDAY_10H,
        resolution_due_at=TUESDAY_10H + timedelta(days=5),
    )
    departments["traffic"].members.add(people["tom"])

    first = notifications.notifications_run(now=TUESDAY_16H)
    again = notifications.notifications_run(now=TUESDAY_16H)

    assert first["escalated"] == 1 and again["escalated"] == 0
    assert case.events.filter(kind=CaseEvent.Kind.ESCALATED).count() == 1
    (overdue,) = _to("tom@zeestad.example")
    assert overdue.subject == f"Case {case.pk} of Traffic is overdue"
    (escalated,) = _to("olga@zeestad.example")
    assert escalated.subject == f"Escalated: case {case.pk} of Traffic is overdue"


@pytest.mark.django_db
def test_a_case_late_by_less_than_the_threshold_is_not_escalated(people, departments, settings):
    settings.ESCALATE_AFTER_BUSINESS_HOURS = 8
    CaseFactory(
        department=departments["traffic"],
        status=CaseStatus.ROUTED,
        first_response_due_at=TUESDAY_10H,
    )
    assert notifications.notifications_run(now=TUESDAY_16H)["escalated"] == 0
    assert _to("olga@zeestad.example") == []


@pytest.mark.django_db
def test_the_past_tells_nobody(people, departments):
    """The demo's back-filled history routes thousands of cases: nobody hears of them."""
    from smartgov import clock

    case = CaseFactory(status=CaseStatus.NEW)
    with clock.working_at(TUESDAY_10H - timedelta(days=30)):
        case_route(case=case, department=departments["traffic"], by=people["officer"])
    assert not Notification.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_two_workers_at_the_same_moment_send_each_notification_once(people, departments):
    cases = [CaseFactory(status=CaseStatus.NEW) for _ in range(12)]
    notifications.preferences_save(
        user=people["tom"],
        deliveries={NotificationKind.CASE_ROUTED: Delivery.IMMEDIATE},
        digest_minutes=60,
    )
    for case in cases:
        case_route(case=case, department=departments["traffic"], by=people["officer"])
    start = threading.Barrier(2)
    errors = []

    def worker():
        try:
            start.wait()
            notifications.notifications_send_immediate(now=TUESDAY_16H)
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    subjects = sorted(message.subject for message in _to("tom@zeestad.example"))
    assert subjects == sorted(f"New case {case.pk} for Traffic" for case in cases)


@pytest.mark.django_db
def test_a_friday_deadline_escalates_on_monday(people, departments, settings):
    """Four business hours past a Friday 14:00 deadline is Monday 10:00, two days later."""
    settings.ESCALATE_AFTER_BUSINESS_HOURS = 4
    friday_14h = datetime(2026, 11, 27, 14, 0, tzinfo=AMS)
    case = CaseFactory(
        department=departments["traffic"],
        status=CaseStatus.ROUTED,
        first_response_due_at=friday_14h,
    )

    assert notifications.notifications_run(now=friday_14h + timedelta(hours=3))["escalated"] == 0
    monday_10h30 = datetime(2026, 11, 30, 10, 30, tzinfo=AMS)
    assert notifications.notifications_run(now=monday_10h30)["escalated"] == 1
    assert case.events.filter(kind=CaseEvent.Kind.ESCALATED).count() == 1


@pytest.mark.django_db
def test_a_refused_address_does_not_hold_up_anyone_else(people, departments, monkeypatch):
    tom = people["tom"]
    pia = get_user_model().objects.create_user("pia", email="pia@zeestad.example")
    departments["traffic"].members.add(pia)
    for person in (tom, pia):
        notifications.preferences_save(
            user=person,
            deliveries={NotificationKind.CASE_ROUTED: Delivery.IMMEDIATE},
            digest_minutes=60,
        )
    real_send = notifications.send_mail

    def refusing_tom(subject, body, sender, to):
        if to == ["tom@zeestad.example"]:
            raise OSError("550 mailbox unavailable")
        return real_send(subject, body, sender, to)

    monkeypatch.setattr(notifications, "send_mail", refusing_tom)
    case = CaseFactory(status=CaseStatus.NEW)
    case_route(case=case, department=departments["traffic"], by=people["officer"])

    for _ in range(notifications.MAX_ATTEMPTS + 2):
        notifications.notifications_run(now=TUESDAY_16H)

    (told,) = _to("pia@zeestad.example")
    assert told.subject == f"New case {case.pk} for Traffic"
    failed = Notification.objects.get(user=tom)
    assert failed.attempts == notifications.MAX_ATTEMPTS and failed.sent_at is None
    assert failed.error == "sending failed: OSError"


@pytest.mark.django_db
def test_a_case_that_left_the_department_is_left_out_of_the_digest(people, departments):
    officer, tom = people["officer"], people["tom"]
    moved = CaseFactory(status=CaseStatus.NEW)
    stays = CaseFactory(status=CaseStatus.NEW)
    case_route(case=moved, department=departments["traffic"], by=officer)
    case_route(case=stays, department=departments["traffic"], by=officer)
    case_route(case=moved, department=departments["transit"], by=officer)

    notifications.notifications_run(now=TUESDAY_16H)

    (digest,) = _to("tom@zeestad.example")
    assert f"New case {stays.pk} for Traffic" in digest.body
    assert f"case {moved.pk} " not in digest.body.replace("New case", "case")
    left_out = Notification.objects.get(user=tom, case=moved)
    assert left_out.sent_at is not None and "no longer theirs" in left_out.error

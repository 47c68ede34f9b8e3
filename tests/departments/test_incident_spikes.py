"""Spike alerts: an incident that grows fast tells the officers once per threshold."""

from datetime import timedelta

import pytest
from django.utils import timezone

from departments.incidents.detection import incidents_detect
from departments.incidents.models import Incident, IncidentEvent
from departments.models import CaseStatus
from departments.notification_models import Notification, NotificationKind
from listening.models import Account
from tests.factories import AccountFactory, CaseFactory

pytestmark = pytest.mark.django_db


def _residents(departments, count: int, *, start_minutes: float, every_minutes: float):
    account = Account.objects.filter(handle="gemeente").first() or AccountFactory(
        handle="gemeente", department=departments["communication"]
    )
    first = timezone.now() - timedelta(minutes=start_minutes)
    return [
        CaseFactory(
            department=departments["transit"],
            status=CaseStatus.ROUTED,
            routing_confidence=0.9,
            post__account=account,
            post__text=f"Tram 2 rijdt niet, sta al {10 + index} minuten te wachten bij de halte",
            post__created_at=first + timedelta(minutes=index * every_minutes),
        )
        for index in range(count)
    ]


def _spike_mails() -> list[Notification]:
    return list(Notification.objects.filter(kind=NotificationKind.INCIDENT_SPIKE))


def test_ten_posts_in_fifteen_minutes_alert_the_officers_once(
    departments, officer, settings, client
):
    settings.INCIDENT_SPIKE_POSTS, settings.INCIDENT_SPIKE_MINUTES = 10, 15
    officer.email = "officer@zeestad.example"
    officer.save(update_fields=["email"])
    cases = _residents(departments, 14, start_minutes=20, every_minutes=1)

    incidents_detect(case_ids=[case.id for case in cases[:6]])
    assert _spike_mails() == []
    incidents_detect(case_ids=[case.id for case in cases[6:11]])
    incidents_detect(case_ids=[case.id for case in cases[11:]])

    incident = Incident.objects.get()
    assert incident.case_count == 14
    assert [mail.user for mail in _spike_mails()] == [officer]
    assert IncidentEvent.objects.filter(incident=incident, kind="spike").count() == 1
    client.force_login(officer)
    assert "Growing fast:" in client.get("/").content.decode()


def test_a_slow_incident_raises_no_alert_and_a_new_threshold_alerts_again(
    departments, officer, settings
):
    settings.INCIDENT_SPIKE_POSTS, settings.INCIDENT_SPIKE_MINUTES = 10, 15
    officer.email = "officer@zeestad.example"
    officer.save(update_fields=["email"])
    slow = _residents(departments, 12, start_minutes=240, every_minutes=20)
    incidents_detect(case_ids=[case.id for case in slow])
    assert _spike_mails() == []

    settings.INCIDENT_SPIKE_POSTS = 2
    more = _residents(departments, 2, start_minutes=1, every_minutes=0.5)
    incidents_detect(case_ids=[case.id for case in more])
    incidents_detect(case_ids=[case.id for case in more])

    assert len(_spike_mails()) == 1

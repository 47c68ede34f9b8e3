"""The admin shows cases, their history and sent replies, and changes none of them: those change
only through the queue and the case view, which check each step and record it."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from departments.models import Case, CaseEvent, CaseStatus, Reply
from tests.factories import CaseFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def administrator(client):
    user = get_user_model().objects.create_superuser("it-admin", password="x" * 20)
    client.force_login(user)
    return user


@pytest.fixture
def worked_case(departments, administrator):
    case = CaseFactory(department=departments["traffic"], status=CaseStatus.NEW)
    CaseEvent.objects.create(case=case, kind=CaseEvent.Kind.ROUTED, actor=administrator)
    Reply.objects.create(
        case=case, kind=Reply.Kind.ANSWER, text="We fixed the light.", author=administrator
    )
    return case


def test_a_case_opens_read_only_and_a_posted_change_is_refused(client, worked_case, departments):
    page = client.get(reverse("admin:departments_case_change", args=[worked_case.pk]))

    assert page.status_code == 200
    assert 'name="_save"' not in page.content.decode()  # nothing to save
    assert "We fixed the light." in page.content.decode()  # the reply is shown

    posted = client.post(
        reverse("admin:departments_case_change", args=[worked_case.pk]),
        {"status": CaseStatus.CLOSED, "department": departments["transit"].pk},
    )

    assert posted.status_code == 403
    worked_case.refresh_from_db()
    assert worked_case.status == CaseStatus.NEW
    assert worked_case.department == departments["traffic"]


def test_cases_events_and_replies_cannot_be_deleted_or_added_in_the_admin(client, worked_case):
    event = worked_case.events.get()

    assert (
        client.post(
            reverse("admin:departments_case_delete", args=[worked_case.pk]), {"post": "yes"}
        ).status_code
        == 403
    )
    assert (
        client.post(
            reverse("admin:departments_caseevent_delete", args=[event.pk]), {"post": "yes"}
        ).status_code
        == 403
    )
    assert client.get(reverse("admin:departments_case_add")).status_code == 403
    assert client.get(reverse("admin:departments_caseevent_add")).status_code == 403
    assert Case.objects.filter(pk=worked_case.pk).exists()
    assert worked_case.events.count() == 1
    assert worked_case.replies.get().text == "We fixed the light."

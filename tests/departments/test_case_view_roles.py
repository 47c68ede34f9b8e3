"""Who may do what on the case view: managers read, department staff have three big actions
(answer, hand back, resolve) on their own department's cases and see no other."""

from datetime import timedelta

import pytest
from django.utils import timezone

from departments.models import CaseEvent, CaseStatus, Reply
from listening.models import Platform, PostKind
from tests.departments.conversations import city_answer
from tests.departments.pages import page_of, post, url
from tests.factories import AccountFactory, CaseFactory

# Every page view records who is looking at the case, in Redis.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("presence_cleared")]

ACTIONS = [
    ("case_route", {"route-department": ""}),
    ("case_hand_back", {"handback-reason": "not ours"}),
    ("case_assign", {"assign-assignee": ""}),
    ("case_priority", {"priority-priority": "4"}),
    ("case_topics", {}),
    ("case_status", {"status-to_status": "closed"}),
    ("case_spam", {}),
    ("case_not_for_us", {"notforus-reason": ""}),
    ("case_merge", {"merge-into": "1"}),
    ("case_note", {"note-text": "hello"}),
    ("case_reply", {"reply-kind": "answer", "reply-text": "Thank you"}),
]


def test_managers_see_the_case_without_any_action_form(client, manager, traffic_case):
    client.force_login(manager)

    page = page_of(client, traffic_case)

    assert "Stoplicht Lange Voorhout" in page
    assert "You can read this case" in page
    for name, _data in ACTIONS:
        assert url(name, traffic_case) not in page
    assert 'id="reply-text"' not in page


@pytest.mark.parametrize(("name", "data"), ACTIONS)
def test_managers_are_refused_every_action(client, manager, traffic_case, name, data):
    client.force_login(manager)

    response = client.post(url(name, traffic_case), data)

    assert response.status_code == 403
    traffic_case.refresh_from_db()
    assert traffic_case.status == CaseStatus.ROUTED
    assert not traffic_case.replies.exists()


def test_managers_cannot_retry_a_failed_reply(client, manager, traffic_case):
    reply = Reply.objects.create(
        case=traffic_case, kind="answer", text="x", send_state=Reply.SendState.FAILED
    )
    client.force_login(manager)

    assert client.post(url("case_reply_retry", traffic_case, reply.pk)).status_code == 403


def test_department_staff_get_404_for_another_departments_case(client, transit_staff, traffic_case):
    client.force_login(transit_staff)

    assert client.get(url("case_detail", traffic_case)).status_code == 404
    assert (
        client.post(url("case_status", traffic_case), {"status-to_status": "closed"}).status_code
        == 404
    )
    assert client.post(url("case_reply", traffic_case), {"reply-text": "x"}).status_code == 404


def test_department_staff_see_answer_hand_back_and_resolve_but_not_the_officers_tools(
    client, traffic_staff, traffic_case
):
    client.force_login(traffic_staff)

    page = page_of(client, traffic_case)

    assert "Answer the citizen" in page and 'id="reply-text"' in page
    assert "Hand back to triage" in page
    assert "Resolve" in page
    for name in ("case_route", "case_assign", "case_merge", "case_spam", "case_note"):
        assert url(name, traffic_case) not in page
    assert client.post(url("case_route", traffic_case), {"route-department": ""}).status_code == 403
    assert client.post(url("case_spam", traffic_case)).status_code == 403


def test_department_staff_resolve_their_case(client, traffic_staff, traffic_case):
    client.force_login(traffic_staff)

    response = post(client, "case_status", traffic_case, {"status-to_status": "closed"})

    traffic_case.refresh_from_db()
    assert traffic_case.status == CaseStatus.CLOSED
    assert "Status changed to “Closed”." in response.content.decode()
    other_status = client.post(
        url("case_status", traffic_case), {"status-to_status": "in_progress"}
    )
    assert other_status.status_code == 403


def test_department_staff_hand_a_case_back_to_triage_with_a_reason(
    client, traffic_staff, traffic_case
):
    client.force_login(traffic_staff)

    without_reason = post(client, "case_hand_back", traffic_case, {"handback-reason": ""})
    assert "Say why, so the central office can route it better." in without_reason.content.decode()

    response = post(client, "case_hand_back", traffic_case, {"handback-reason": "Is een tram"})

    traffic_case.refresh_from_db()
    assert traffic_case.department is None
    assert f"Case {traffic_case.pk} was handed back to triage." in response.content.decode()
    assert traffic_case.events.filter(kind=CaseEvent.Kind.REROUTED, reason="Is een tram").exists()


def test_staff_see_the_public_posts_of_a_thread_but_another_departments_private_messages_never(
    client, officer, traffic_staff, departments
):
    # One Mastodon conversation: a public complaint, then private messages with the city about
    # two things, one for transit and one for traffic.
    account = AccountFactory(department=departments["communication"], platform=Platform.MASTODON)
    thread = {"post__account": account, "post__conversation_key": "mastodon:7"}
    CaseFactory(
        **thread,
        department=departments["traffic"],
        post__text="Het verkeerslicht op de Havenkade staat al een week op rood",
        post__created_at=timezone.now() - timedelta(hours=3),
    )
    transit_dm = CaseFactory(
        **thread,
        department=departments["transit"],
        post__kind=PostKind.DIRECT_MESSAGE,
        post__text="Mijn OV-pas met nummer 1234 5678 is geblokkeerd",
        post__created_at=timezone.now() - timedelta(hours=2),
    )
    city_answer(
        transit_dm,
        text="We hebben uw pas vrijgegeven, mevrouw De Vries.",
        sent_at=timezone.now() - timedelta(hours=1),
    )
    traffic_dm = CaseFactory(
        **thread,
        department=departments["traffic"],
        post__kind=PostKind.DIRECT_MESSAGE,
        post__text="En wanneer wordt dat verkeerslicht gemaakt?",
    )

    client.force_login(traffic_staff)
    staff_page = page_of(client, traffic_dm)
    client.force_login(officer)
    officer_page = page_of(client, traffic_dm)

    assert "staat al een week op rood" in staff_page  # the public post of the thread
    for private in ("OV-pas met nummer 1234", "uw pas vrijgegeven"):
        assert private not in staff_page
        assert private in officer_page  # the communication office sees the whole thread

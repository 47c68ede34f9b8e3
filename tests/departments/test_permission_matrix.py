"""The permission matrix (departments/permissions.py), held against every way a person
can act on a case: each role x each case action through the case view, and the bulk bar's
actions through the bulk bar, allow and refuse exactly what the matrix says."""

import pytest
from django.urls import reverse

from departments.models import CaseStatus, Reply, Topic
from departments.permissions import STAFF_ACTIONS, CaseAction
from departments.queue.forms import NOBODY
from tests.factories import CaseFactory

pytestmark = pytest.mark.django_db

ROLES = ("officer", "traffic_staff", "manager")


def _allowed(role: str, action: CaseAction) -> bool:
    return role == "officer" or (role == "traffic_staff" and action in STAFF_ACTIONS)


def _traces(case) -> int:
    """What an action leaves: history events, and replies (queued before any event)."""
    return case.events.count() + case.replies.count()


def _case_view_request(action: CaseAction, case, departments, officer) -> tuple[str, dict]:
    """The case view's form for the action, filled in as a person would."""
    topic = Topic.objects.filter(department=departments["traffic"]).first()
    requests = {
        CaseAction.ROUTE: ("case_route", {"route-department": departments["transit"].pk}),
        CaseAction.HAND_BACK: ("case_hand_back", {"handback-reason": "Not ours: a tram stop"}),
        CaseAction.ASSIGN: ("case_assign", {"assign-assignee": officer.pk}),
        CaseAction.SET_PRIORITY: ("case_priority", {"priority-priority": 4}),
        CaseAction.SET_TOPICS: ("case_topics", {"topics-topics": [topic.pk]}),
        CaseAction.SET_STATUS: ("case_status", {"status-to_status": CaseStatus.IN_PROGRESS}),
        CaseAction.RESOLVE: ("case_status", {"status-to_status": CaseStatus.CLOSED}),
        CaseAction.MARK_SPAM: ("case_spam", {}),
        CaseAction.MARK_NOT_FOR_US: ("case_not_for_us", {"notforus-reason": "Rijkswaterstaat"}),
        CaseAction.MERGE: (
            "case_merge",
            {"merge-into": CaseFactory(department=case.department).pk},
        ),
        CaseAction.ADD_NOTE: ("case_note", {"note-text": "Gezien"}),
        CaseAction.REPLY: ("case_reply", {"reply-kind": "answer", "reply-text": "Dank u!"}),
        CaseAction.TRANSFER: (
            "case_transfer",
            {"transfer-department": departments["transit"].pk, "transfer-reason": "Lijn 4"},
        ),
        CaseAction.ASK_OFFICE: ("case_ask_office", {"question-question": "Mag dit?"}),
    }
    if action == CaseAction.APPROVE_REPLY:
        # The approval queue's button, on a department's reply that waits.
        waiting = Reply.objects.create(
            case=case, kind="answer", text="Dank u!", send_state="awaiting_approval"
        )
        return reverse("departments:approval_approve", args=[waiting.pk]), {"text": "Dank u!"}
    name, data = requests[action]
    return reverse(f"departments:{name}", args=[case.pk]), data


@pytest.mark.parametrize("action", list(CaseAction))
@pytest.mark.parametrize("role", ROLES)
def test_the_case_view_allows_exactly_what_the_matrix_allows(
    role, action, request, client, departments, officer
):
    client.force_login(request.getfixturevalue(role))
    case = CaseFactory(status=CaseStatus.ROUTED, department=departments["traffic"])
    url, data = _case_view_request(action, case, departments, officer)
    before = _traces(case)

    response = client.post(url, data, headers={"HX-Request": "true"})

    if _allowed(role, action):
        # The case panel again, or (a transfer away, an approval) the page the person goes on to.
        assert response.status_code in (200, 302), response.content.decode()[:500]
        assert "Please correct the mistake" not in response.content.decode()
        assert _traces(case) > before  # it happened, and the case shows it
    else:
        assert response.status_code == 403
        assert _traces(case) == before


BULK_ACTIONS = {
    "route": (CaseAction.ROUTE, {"department": "transit"}),
    "assign": (CaseAction.ASSIGN, {"assignee": NOBODY}),
    "close": (CaseAction.RESOLVE, {}),
    "spam": (CaseAction.MARK_SPAM, {}),
}


@pytest.mark.parametrize("bulk_action", BULK_ACTIONS)
@pytest.mark.parametrize("role", ROLES)
def test_the_bulk_bar_allows_exactly_what_the_matrix_allows(
    role, bulk_action, request, client, departments, officer
):
    client.force_login(request.getfixturevalue(role))
    cases = [
        CaseFactory(status=CaseStatus.ROUTED, department=departments["traffic"], assignee=officer)
        for _ in range(2)
    ]
    action, fields = BULK_ACTIONS[bulk_action]

    client.post(
        reverse("departments:queue_bulk"),
        {"case": [c.pk for c in cases], "action": bulk_action, **fields},
    )

    changed = sum(case.events.exists() for case in cases)
    assert changed == (2 if _allowed(role, action) else 0)


@pytest.mark.parametrize("role", ROLES)
def test_the_bulk_bar_offers_only_the_actions_the_matrix_allows(role, request, client, departments):
    client.force_login(request.getfixturevalue(role))
    CaseFactory(status=CaseStatus.ROUTED, department=departments["traffic"])

    page = client.get(reverse("departments:queue")).content.decode()

    offered = {name for name in BULK_ACTIONS if f'name="action" value="{name}"' in page}
    assert offered == {name for name, (action, _) in BULK_ACTIONS.items() if _allowed(role, action)}

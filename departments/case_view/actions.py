"""The actions on a case: route, hand back, assign, priority, topics, status, spam, not for
us, merge and internal notes. Each validates its form and calls one service (case_panel)."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from departments.case_view.forms import (
    AssignForm,
    HandBackForm,
    MergeForm,
    NoteForm,
    NotForUsForm,
    PriorityForm,
    QuestionForm,
    ResolveForm,
    RouteForm,
    StatusForm,
    TopicsForm,
    TransferForm,
)
from departments.case_view.panel import RESOLVED, Outcome, _act, _form_action, _visible_case
from departments.case_view.selectors import priority_label, status_label
from departments.cases import actions
from departments.models import Case
from departments.permissions import CaseAction, role_may

__all__ = [
    "case_ask_office",
    "case_assign",
    "case_hand_back",
    "case_merge",
    "case_not_for_us",
    "case_note",
    "case_priority",
    "case_resolve",
    "case_route",
    "case_spam",
    "case_status",
    "case_topics",
    "case_transfer",
]


@require_POST
def case_route(request: HttpRequest, case_id: int) -> HttpResponse:
    def perform(case: Case, data: dict) -> str:
        department = data["department"]
        actions.case_route(case=case, department=department, by=request.user, reason=data["reason"])
        if department is None:
            return _("Sent back to triage.")
        return _("Routed to %(department)s.") % {"department": department.name}

    return _form_action(request, case_id, RouteForm, "route", perform, CaseAction.ROUTE)


@require_POST
def case_hand_back(request: HttpRequest, case_id: int) -> HttpResponse:
    def perform(case: Case, data: dict) -> str:
        actions.case_route(case=case, department=None, by=request.user, reason=data["reason"])
        return _("Case %(number)s was handed back to triage.") % {"number": case.pk}

    return _form_action(request, case_id, HandBackForm, "handback", perform, CaseAction.HAND_BACK)


@require_POST
def case_transfer(request: HttpRequest, case_id: int) -> HttpResponse:
    def perform(case: Case, data: dict) -> str:
        department = data["department"]
        actions.case_transfer(
            case=case, department=department, by=request.user, reason=data["reason"]
        )
        return _("Case %(number)s was transferred to %(department)s.") % {
            "number": case.pk,
            "department": department.name,
        }

    return _form_action(request, case_id, TransferForm, "transfer", perform, CaseAction.TRANSFER)


@require_POST
def case_ask_office(request: HttpRequest, case_id: int) -> HttpResponse:
    def perform(case: Case, data: dict) -> str:
        actions.case_ask_office(case=case, question=data["question"], by=request.user)
        return _("Your question is with the communication office; their answer appears here.")

    return _form_action(request, case_id, QuestionForm, "question", perform, CaseAction.ASK_OFFICE)


@require_POST
def case_resolve(request: HttpRequest, case_id: int) -> HttpResponse:
    def perform(case: Case, data: dict) -> str:
        actions.case_resolve(case=case, by=request.user, resolution=data["resolution"])
        if data["resolution"]:
            return _("Resolved; the resolution goes to the citizen as the answer.")
        return _("Resolved.")

    return _form_action(request, case_id, ResolveForm, "resolve", perform, CaseAction.RESOLVE)


@require_POST
def case_assign(request: HttpRequest, case_id: int) -> HttpResponse:
    def perform(case: Case, data: dict) -> str:
        assignee = data["assignee"]
        actions.case_assign(case=case, assignee=assignee, by=request.user)
        if assignee is None:
            return _("Nobody is assigned now.")
        return _("Assigned to %(name)s.") % {
            "name": assignee.get_full_name() or assignee.get_username()
        }

    return _form_action(request, case_id, AssignForm, "assign", perform, CaseAction.ASSIGN)


@require_POST
def case_priority(request: HttpRequest, case_id: int) -> HttpResponse:
    def perform(case: Case, data: dict) -> str:
        actions.case_set_priority(case=case, priority=data["priority"], by=request.user)
        return _("Priority set to %(priority)s.") % {"priority": priority_label(case.priority)}

    return _form_action(
        request, case_id, PriorityForm, "priority", perform, CaseAction.SET_PRIORITY
    )


@require_POST
def case_topics(request: HttpRequest, case_id: int) -> HttpResponse:
    def perform(case: Case, data: dict) -> str:
        topics = list(data["topics"])
        actions.case_set_topics(case=case, topics=topics, by=request.user)
        if not topics:
            return _("Topics removed.")
        return _("Topics: %(topics)s.") % {"topics": ", ".join(t.name for t in topics)}

    return _form_action(request, case_id, TopicsForm, "topics", perform, CaseAction.SET_TOPICS)


@require_POST
def case_status(request: HttpRequest, case_id: int) -> HttpResponse:
    """Officers pick any next status; department staff may only resolve."""
    resolving = request.POST.get("status-to_status") == RESOLVED
    action = CaseAction.RESOLVE if resolving else CaseAction.SET_STATUS
    if not role_may(request.user, action):
        _visible_case(request, case_id)  # 404 before 403 for another department's case
        raise PermissionDenied(_("Department staff can resolve a case, not set other statuses."))

    def perform(case: Case, data: dict) -> str:
        to_status = data["to_status"]
        actions.case_transition(
            case=case, to_status=to_status, by=request.user, reason=data["reason"]
        )
        return _("Status changed to “%(status)s”.") % {"status": status_label(to_status)}

    return _form_action(request, case_id, StatusForm, "status", perform, action)


@require_POST
def case_spam(request: HttpRequest, case_id: int) -> HttpResponse:
    def apply(case: Case) -> Outcome:
        actions.case_mark_spam(case=case, by=request.user)
        return Outcome(message=_("Marked as spam and closed."))

    return _act(request, case_id, apply, CaseAction.MARK_SPAM)


@require_POST
def case_not_for_us(request: HttpRequest, case_id: int) -> HttpResponse:
    def perform(case: Case, data: dict) -> str:
        actions.case_mark_not_for_us(case=case, by=request.user, reason=data["reason"])
        return _("Closed as not for us.")

    return _form_action(
        request, case_id, NotForUsForm, "notforus", perform, CaseAction.MARK_NOT_FOR_US
    )


@require_POST
def case_merge(request: HttpRequest, case_id: int) -> HttpResponse:
    def perform(case: Case, data: dict) -> str:
        into = data["into"]
        actions.case_merge(case=case, into=into, by=request.user)
        return _("Merged into case %(number)s.") % {"number": into.pk}

    return _form_action(request, case_id, MergeForm, "merge", perform, CaseAction.MERGE)


@require_POST
def case_note(request: HttpRequest, case_id: int) -> HttpResponse:
    def perform(case: Case, data: dict) -> str:
        actions.note_add(case=case, text=data["text"], by=request.user)
        return _("Note added.")

    return _form_action(request, case_id, NoteForm, "note", perform, CaseAction.ADD_NOTE)

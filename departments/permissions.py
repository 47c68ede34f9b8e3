"""Who may do what to which case: the permission matrix. Every service that changes a case asks
here first, and the case view's and the bulk bar's checks come from the same table, so one rule
holds for the case view, bulk actions and anything added later."""

from __future__ import annotations

from enum import StrEnum

from django.core.exceptions import PermissionDenied

from departments.models import Case
from departments.roles import can_change_cases, is_manager, is_officer


def may_change_case(user, case: Case) -> bool:
    """Officers change every case; department staff only their departments' cases; managers
    (who read everything) change nothing."""
    if user is None or not user.is_authenticated or not can_change_cases(user):
        return False
    if is_officer(user):
        return True
    if is_manager(user):
        return False
    return case.department_id is not None and _member_of(user, case.department_id)


class CaseAction(StrEnum):
    ROUTE = "route"
    HAND_BACK = "hand_back"  # back to triage, with a reason
    ASSIGN = "assign"
    SET_PRIORITY = "set_priority"
    SET_TOPICS = "set_topics"
    SET_STATUS = "set_status"
    RESOLVE = "resolve"  # close as done
    MARK_SPAM = "mark_spam"
    MARK_NOT_FOR_US = "mark_not_for_us"
    MERGE = "merge"
    ADD_NOTE = "add_note"
    REPLY = "reply"  # draft, send or retry a reply to the resident
    APPROVE_REPLY = "approve_reply"  # let a department's reply go out, or return it
    TRANSFER = "transfer"  # to another department, with a reason
    ASK_OFFICE = "ask_office"  # a question to the communication office


# The matrix. Communication officers: every action on every case. Department staff, on their
# own departments' cases: answer the resident, resolve, hand the case back to the office or
# transfer it to the department that owns it (each with a reason), or ask the office a
# question; routing, assigning, spam, approving replies and the rest stay with the office that
# owns triage and what the city says in public. Managers read everything and change nothing.
STAFF_ACTIONS = frozenset(
    {
        CaseAction.HAND_BACK,
        CaseAction.TRANSFER,
        CaseAction.ASK_OFFICE,
        CaseAction.RESOLVE,
        CaseAction.REPLY,
    }
)


def may_act(user, action: CaseAction, case: Case) -> bool:
    if not may_change_case(user, case):
        return False
    return is_officer(user) or action in STAFF_ACTIONS


def ensure_may_act(user, action: CaseAction, case: Case) -> None:
    if not may_act(user, action, case):
        raise PermissionDenied(f"You may not {action.value.replace('_', ' ')} this case.")


def role_may(user, action: CaseAction) -> bool:
    """Whether the user's role allows the action on some case (before a case is loaded)."""
    if user is None or not user.is_authenticated or not can_change_cases(user):
        return False
    return is_officer(user) or (not is_manager(user) and action in STAFF_ACTIONS)


def may_see_case(user, case: Case) -> bool:
    """Whether `user` may read the case: the rule of departments.cases.selectors.cases_visible_to,
    for one case already loaded (used before e-mailing someone about a case)."""
    if user is None or not user.is_active:
        return False
    if is_officer(user) or is_manager(user):
        return True
    return case.department_id is not None and _member_of(user, case.department_id)


def _member_of(user, department_id: int) -> bool:
    cached = getattr(user, "_department_ids", None)
    if cached is None:
        cached = set(user.departments.values_list("id", flat=True))
        user._department_ids = cached
    return department_id in cached

"""Who may change which case. Every service that changes a case asks here first, so the same
rule holds for the case view, bulk actions and anything added later."""

from __future__ import annotations

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


def ensure_may_change(user, case: Case) -> None:
    if not may_change_case(user, case):
        raise PermissionDenied("You may not change this case.")


def may_see_case(user, case: Case) -> bool:
    """Whether `user` may read the case: the rule of departments.selectors.cases_visible_to,
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

"""Reads of cases, always scoped to what the asking user may see."""

from __future__ import annotations

from django.db.models import QuerySet

from departments.models import OPEN_STATUSES, Case
from departments.roles import sees_all_cases


def cases_visible_to(user) -> QuerySet[Case]:
    """Every query of cases for a person goes through here: department staff see only the cases
    routed to one of their departments, never another department's or the triage queue."""
    cases = Case.objects.select_related("post", "post__account", "department", "assignee")
    if sees_all_cases(user):
        return cases
    if not user.is_authenticated:
        return cases.none()
    return cases.filter(department__in=user.departments.all())


def open_cases_visible_to(user) -> QuerySet[Case]:
    return cases_visible_to(user).filter(status__in=OPEN_STATUSES)

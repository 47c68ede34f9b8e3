"""The three roles of the back office, as Django groups, and what each may see and do."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser, Group
from django.db.models import Q, QuerySet

OFFICERS = "Communication officers"
DEPARTMENT_STAFF = "Department staff"
MANAGERS = "Managers"
ROLE_GROUPS = (OFFICERS, DEPARTMENT_STAFF, MANAGERS)


def ensure_role_groups() -> dict[str, Group]:
    return {name: Group.objects.get_or_create(name=name)[0] for name in ROLE_GROUPS}


def _in_group(user, name: str) -> bool:
    if not user.is_authenticated:
        return False
    cached = getattr(user, "_role_names", None)
    if cached is None:
        cached = set(user.groups.values_list("name", flat=True))
        user._role_names = cached
    return name in cached


def is_officer(user: AbstractBaseUser | AnonymousUser) -> bool:
    return user.is_authenticated and (user.is_superuser or _in_group(user, OFFICERS))


def is_manager(user: AbstractBaseUser | AnonymousUser) -> bool:
    return _in_group(user, MANAGERS)


def sees_all_cases(user) -> bool:
    """Officers work on every case; managers read every case but change none."""
    return is_officer(user) or is_manager(user)


def can_change_cases(user) -> bool:
    return is_officer(user) or _in_group(user, DEPARTMENT_STAFF)


# Who can be given a case: one rule for the case view's list, the queue's bulk bar and filter,
# and the services that assign and re-route.
def _assignable_to(department_ids) -> Q:
    """Active officers (and administrators), and active department staff who are members of
    one of these departments. A manager only reads, so is never given a case."""
    return Q(is_active=True) & (
        Q(is_superuser=True)
        | Q(groups__name=OFFICERS)
        | Q(groups__name=DEPARTMENT_STAFF, departments__in=list(department_ids))
    )


def people_assignable(*, department_ids) -> QuerySet:
    """Everyone who may be given a case of one of these departments (none: officers only),
    by name."""
    return (
        get_user_model()
        .objects.filter(_assignable_to(department_ids))
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


def may_be_assigned(user, department_id: int | None) -> bool:
    """Whether `user` may be given a case of this department (None: a case in triage)."""
    if user is None:
        return False
    department_ids = [department_id] if department_id else []
    return people_assignable(department_ids=department_ids).filter(pk=user.pk).exists()

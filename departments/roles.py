"""The three roles of the back office, as Django groups, and what each may see and do."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser, Group

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

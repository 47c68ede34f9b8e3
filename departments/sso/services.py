"""Who a person signing on is, from the claims their identity provider vouched for: their account
(made at the first log-in), their roles and their departments, taken again from the provider's
groups at every log-in so that someone removed from a group loses what it gave."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractUser
from django.core.exceptions import ImproperlyConfigured, SuspiciousOperation
from django.db import connection, transaction

from departments import roles
from departments.models import Department
from departments.sso.models import SingleSignOnAccount

logger = logging.getLogger(__name__)

_USERNAME_MAX = 150
_NOT_IN_USERNAMES = re.compile(r"[^\w.+-]")


@dataclass(frozen=True)
class GroupMapping:
    """The provider's groups (Entra ID: object ids or app role values; Keycloak: group names or
    paths) that give each role, and the departments each group makes its members staff of."""

    role_groups: Mapping[str, frozenset[str]]
    department_groups: Mapping[str, frozenset[str]]

    @classmethod
    def from_settings(cls) -> GroupMapping:
        department_groups: dict[str, set[str]] = {}
        for pair in settings.OIDC_DEPARTMENT_GROUPS:
            group, separator, slug = pair.partition("=")
            if not separator or not group.strip() or not slug.strip():
                raise ImproperlyConfigured(
                    f"OIDC_DEPARTMENT_GROUPS: {pair!r} is not group=department-slug"
                )
            department_groups.setdefault(group.strip(), set()).add(slug.strip())
        return cls(
            role_groups={
                roles.OFFICERS: frozenset(settings.OIDC_ROLE_OFFICERS),
                roles.DEPARTMENT_STAFF: frozenset(settings.OIDC_ROLE_DEPARTMENT_STAFF),
                roles.MANAGERS: frozenset(settings.OIDC_ROLE_MANAGERS),
            },
            department_groups={g: frozenset(slugs) for g, slugs in department_groups.items()},
        )

    def roles_of(self, groups: Iterable[str]) -> set[str]:
        groups = set(groups)
        return {role for role, givers in self.role_groups.items() if givers & groups}

    def department_slugs_of(self, groups: Iterable[str]) -> set[str]:
        return {slug for group in groups for slug in self.department_groups.get(group, frozenset())}


def provider_groups(claims: Mapping[str, Any]) -> set[str]:
    """The groups (or app roles) the provider put in OIDC_GROUPS_CLAIM: a list, or one string."""
    name = settings.OIDC_GROUPS_CLAIM
    value = claims.get(name)
    if value is None and name in claims.get("_claim_names", {}):
        # Entra ID leaves the groups out of the token of someone in more than 200 of them and
        # points to Microsoft Graph instead; the app registration should send only the groups
        # assigned to the application (docs/sso.md).
        logger.warning("The provider left out the %r claim (too many groups)", name)
    if isinstance(value, str):
        return {value}
    return {str(group) for group in value or ()}


@transaction.atomic
def sso_user_sync(*, claims: Mapping[str, Any]) -> AbstractUser | None:
    """The user for these verified claims, with the roles and departments their groups give now;
    None when their groups give no role: they may not log in, no account is made for them, and
    an account they already have keeps no role or department (it stays, for the history of the
    cases it worked on)."""
    subject = claims.get(settings.OIDC_USER_ID_CLAIM)
    if not subject:
        raise SuspiciousOperation(f"The provider sent no {settings.OIDC_USER_ID_CLAIM!r} claim")
    mapping = GroupMapping.from_settings()
    groups = provider_groups(claims)
    role_names = mapping.roles_of(groups)
    # Two first log-ins of one person at once (two tabs, a double click) would both find no
    # account and both make one: the second waits here for the first, then finds its account.
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", [f"sso:{subject}"])
    account = (
        SingleSignOnAccount.objects.select_related("user")
        .select_for_update()
        .filter(subject=str(subject))
        .first()
    )
    if account is None and not role_names:
        logger.info("Single sign-on refused: no mapped group for a new person")
        return None
    if account is None:
        account = SingleSignOnAccount.objects.create(
            user=_new_user(claims=claims), subject=str(subject)
        )
    user = account.user
    _user_details_update(user=user, claims=claims)
    _user_roles_set(user=user, role_names=role_names)
    if mapping.department_groups:
        # Without a department mapping, departments are given in the admin and left alone here.
        _user_departments_set(user=user, slugs=mapping.department_slugs_of(groups))
    if not role_names:
        logger.info("Single sign-on refused: %s is in no mapped group any more", user)
        return None
    return user


def _new_user(*, claims: Mapping[str, Any]) -> AbstractUser:
    """A user with no password (they log in at the provider only) and a short username that
    colleagues can @mention: the part of the provider's user name before the @."""
    seed = str(claims.get(settings.OIDC_USERNAME_CLAIM) or claims.get("email") or "user")
    base = _NOT_IN_USERNAMES.sub("", seed.split("@")[0].lower())[: _USERNAME_MAX - 4] or "user"
    User = get_user_model()
    username, number = base, 1
    while User.objects.filter(username__iexact=username).exists():
        number += 1
        username = f"{base}-{number}"
    return User.objects.create_user(username=username, password=None)


def _user_details_update(*, user: AbstractUser, claims: Mapping[str, Any]) -> None:
    """Name and e-mail address as the provider knows them now; the username never changes (the
    history of cases and @mentions refer to it)."""
    first_name = claims.get("given_name") or ""
    last_name = claims.get("family_name") or ""
    if not first_name and not last_name:
        first_name = claims.get("name") or ""
    user.first_name = str(first_name)[:150]
    user.last_name = str(last_name)[:150]
    if email := claims.get("email"):
        user.email = str(email)[:254]
    user.save(update_fields=["first_name", "last_name", "email"])


def _user_roles_set(*, user: AbstractUser, role_names: set[str]) -> None:
    """The role groups exactly as given; other groups an administrator added stay."""
    role_groups = roles.ensure_role_groups()
    user.groups.remove(*(group for name, group in role_groups.items() if name not in role_names))
    user.groups.add(*(role_groups[name] for name in role_names))


def _user_departments_set(*, user: AbstractUser, slugs: set[str]) -> None:
    departments = list(Department.objects.filter(slug__in=slugs))
    if unknown := slugs - {department.slug for department in departments}:
        logger.warning("OIDC_DEPARTMENT_GROUPS names unknown departments: %s", sorted(unknown))
    user.departments.set(departments)  # type: ignore[attr-defined]

"""The demo: one user for each role and one replay account for each account of the bundled
municipality, so that a city can try the product in one command."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction

from departments import roles
from departments.models import Department
from listening.models import Account, Platform
from listening.sources.replay import load_dataset


@dataclass(frozen=True)
class DemoLogin:
    username: str
    password: str
    role: str


# username: (full name, role group or None for the administrator, department slugs)
DEMO_USERS = {
    "admin": ("Demo Administrator", None, []),
    "officer": ("Olga Officer", roles.OFFICERS, []),
    "traffic": ("Tom Traffic", roles.DEPARTMENT_STAFF, ["traffic"]),
    "publicworks": ("Pia Publicworks", roles.DEPARTMENT_STAFF, ["public-works"]),
    "transit": ("Tara Transit", roles.DEPARTMENT_STAFF, ["transit"]),
    "manager": ("Max Manager", roles.MANAGERS, []),
}


@transaction.atomic
def demo_users_create(*, reset_passwords: bool = True) -> list[DemoLogin]:
    """Create (or refresh) the demo users with fresh random passwords, returned for printing."""
    groups = roles.ensure_role_groups()
    User = get_user_model()
    logins = []
    for username, (full_name, role, department_slugs) in DEMO_USERS.items():
        first, _, last = full_name.partition(" ")
        # Addresses on a reserved domain: reminders and @mentions show in the console mail log.
        user, created = User.objects.get_or_create(
            username=username,
            defaults={
                "first_name": first,
                "last_name": last,
                "email": f"{username}@zeestad.example",
            },
        )
        password = secrets.token_urlsafe(9)
        if created or reset_passwords:
            user.set_password(password)
        user.is_staff = user.is_superuser = role is None
        user.save()
        if role is not None:
            user.groups.set([groups[role]])
        user.departments.set(Department.objects.filter(slug__in=department_slugs))
        logins.append(DemoLogin(username, password, role or "Administrator"))
    return logins


@transaction.atomic
def replay_accounts_seed(*, dataset_path: str | None = None) -> list[Account]:
    dataset = load_dataset(str(dataset_path or settings.REPLAY_DATASET))
    departments = {department.slug: department for department in Department.objects.all()}
    accounts = []
    for key, spec in dataset.accounts.items():
        department = departments.get(spec["department"])
        if department is None:
            raise LookupError(
                f"Replay account {key!r} belongs to department {spec['department']!r}, which "
                "does not exist: run the department seed first."
            )
        account, _ = Account.objects.update_or_create(
            platform=Platform.REPLAY,
            platform_id=key,
            defaults={
                "handle": spec["handle"]
                if spec["network"] == Platform.X
                else f"{spec['handle']}-{spec['network']}",
                "display_name": f"{spec['display_name']} ({spec['network']})",
                "department": department,
                "followers_count": spec.get("followers"),
                "poll_interval_seconds": settings.REPLAY_POLL_SECONDS,
            },
        )
        accounts.append(account)
    return accounts

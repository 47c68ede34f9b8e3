"""The demo's accounts: one replay account for each account of the bundled municipality."""

from __future__ import annotations

from django.conf import settings
from django.db import transaction

from departments.models import Department
from listening.models import Account, Platform
from listening.sources.replay import load_dataset


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
                if spec["network"] == "x"
                else f"{spec['handle']}-{spec['network']}",
                "display_name": f"{spec['display_name']} ({spec['network']})",
                "department": department,
                "followers_count": spec.get("followers"),
                "poll_interval_seconds": settings.REPLAY_POLL_SECONDS,
            },
        )
        accounts.append(account)
    return accounts

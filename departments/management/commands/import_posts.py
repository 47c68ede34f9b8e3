import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from departments.models import Department
from listening.importing import IMPORTABLE, ImportRefused, account_for_import, files_import


class Command(BaseCommand):
    help = (
        "Import saved raw API response bodies (X v2 data/includes/meta, Graph API data/paging, "
        "Mastodon lists of statuses or notifications) for one account, through the same "
        "normalisation as live polling. Importing a file twice creates nothing the second time."
    )

    def add_arguments(self, parser):
        parser.add_argument("--platform", required=True, choices=sorted(IMPORTABLE))
        parser.add_argument("--account", required=True, help="The city's handle on the platform.")
        parser.add_argument(
            "--department", help="Owner of a new account (default: the communication office)."
        )
        parser.add_argument("files", nargs="+", type=Path)

    def handle(self, *args, platform, account, department, files, **options):
        try:
            first_payload = _first_payload(files)
            target, created = account_for_import(
                platform=platform,
                handle=account,
                payload=first_payload,
                department_for_new_account=lambda: _owner(department),
            )
        except ImportRefused as error:
            raise CommandError(str(error)) from error
        if created:
            self.stdout.write(
                f"Created account @{target.handle} ({platform}), inactive until "
                "credentials are added."
            )
        failures = 0
        totals = [0, 0, 0]
        for result in files_import(account=target, paths=files):
            path = result.path
            totals = [
                totals[0] + result.created,
                totals[1] + result.updated,
                totals[2] + result.quarantined,
            ]
            line = (
                f"{path}: {result.created} created, {result.updated} updated, "
                f"{result.quarantined} quarantined"
            )
            if result.error:
                failures += 1
                self.stderr.write(self.style.ERROR(f"{line} - {result.error}"))
            else:
                self.stdout.write(line)
        self.stdout.write(
            self.style.SUCCESS(
                f"Total: {totals[0]} created, {totals[1]} updated, {totals[2]} quarantined."
            )
        )
        if failures:
            raise CommandError(f"{failures} file(s) could not be read; see above.")


def _owner(department_slug: str | None) -> Department:
    """The department that owns a new account: the one named, else the communication office."""
    departments = Department.objects.all()
    owner = (
        departments.filter(slug=department_slug).first()
        if department_slug
        else departments.filter(is_central=True).first()
    )
    if owner is None:
        raise ImportRefused(
            f"There is no department {department_slug or '(central)'} to own a new account: "
            "create the department first."
        )
    return owner


def _first_payload(files):
    for path in files:
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError):
            continue
    return {}

import time

from django.core.management.base import BaseCommand, CommandError

from listening.models import Account
from listening.polling import account_poll
from listening.sources.errors import RateLimited


class Command(BaseCommand):
    help = "Pull every active account once, in the foreground, with a line per account."

    def add_arguments(self, parser):
        parser.add_argument(
            "--once",
            action="store_true",
            required=True,
            help="Poll each active account one time and exit.",
        )
        parser.add_argument(
            "--account", action="append", default=[], help="Only this handle (repeatable)."
        )

    def handle(self, *args, account, **options):
        accounts = Account.objects.filter(is_active=True).order_by("platform", "handle")
        if account:
            accounts = accounts.filter(handle__in=[h.lstrip("@") for h in account])
        if not accounts:
            raise CommandError("No active accounts to poll.")
        failed = 0
        for target in accounts:
            label = f"@{target.handle} ({target.get_platform_display()})"
            started = time.monotonic()
            try:
                run = account_poll(account_id=target.id)
            except RateLimited as error:
                failed += 1
                self.stdout.write(
                    self.style.WARNING(f"{label}: rate limited until {error.retry_at:%H:%M:%S}")
                )
                continue
            except Exception as error:  # noqa: BLE001 - report and go on with the next account
                failed += 1
                self.stdout.write(self.style.ERROR(f"{label}: {type(error).__name__}: {error}"))
                continue
            seconds = time.monotonic() - started
            ok = run.status in ("succeeded", "partial")
            failed += not ok
            style = self.style.SUCCESS if ok else self.style.ERROR
            self.stdout.write(
                style(
                    f"{label}: {run.status}, {run.items_seen} items, "
                    f"{run.posts_created} new posts, {run.cases_created} new cases, "
                    f"{run.items_quarantined} quarantined "
                    f"({seconds:.1f}s){' - ' + run.error if run.error else ''}"
                )
            )
        if failed:
            raise CommandError(f"{failed} account(s) could not be polled.")

from django.core.management.base import BaseCommand

from departments.demo import demo_users_create, replay_accounts_seed
from departments.seed import departments_seed


class Command(BaseCommand):
    help = (
        "Seed the departments and topics, the demo municipality's replay accounts, and one demo "
        "user per role (with fresh passwords, printed)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--no-users", action="store_true", help="Skip the demo users.")

    def handle(self, *args, no_users=False, **options):
        departments = departments_seed()
        accounts = replay_accounts_seed()
        self.stdout.write(
            f"Departments: {', '.join(sorted(departments))}. "
            f"Replay accounts: {', '.join('@' + a.handle for a in accounts)}."
        )
        if no_users:
            return
        self.stdout.write(self.style.SUCCESS("Demo logins (passwords are new on every start):"))
        for login in demo_users_create():
            self.stdout.write(f"  {login.username:<12} {login.password:<14} {login.role}")

import os

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email

from departments.seed import city_setup


class Command(BaseCommand):
    help = (
        "Set up a real installation: the departments, topics, reply templates and role groups "
        "(only what is missing; never demo accounts or users), and a first administrator. "
        "Run it after migrate; running it again changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--admin", default="", metavar="USERNAME", help="Create this administrator if missing."
        )
        parser.add_argument("--email", default="", help="The administrator's e-mail address.")

    def handle(self, *args, admin="", email="", **options):
        if email:
            try:
                validate_email(email)
            except ValidationError:
                raise CommandError(f"{email!r} is not an e-mail address.") from None
        # The password only from the environment: a command-line argument would be visible
        # to every user of the machine and kept in shell histories.
        setup = city_setup(
            admin_username=admin.strip(),
            admin_email=email,
            admin_password=os.environ.get("SMARTGOV_ADMIN_PASSWORD", ""),
        )
        added = [f"{count} {kind}" for kind, count in setup.created.items() if count]
        self.stdout.write(
            f"Created {', '.join(added)}." if added else "Everything was there; nothing created."
        )
        if setup.administrator:
            self.stdout.write(self.style.SUCCESS(f"Administrator {setup.administrator} created."))
            if setup.administrator_needs_password:
                self.stdout.write(
                    f"Set the password: python manage.py changepassword {setup.administrator}"
                )
        self.stdout.write("The first router: python manage.py train_router --if-missing")

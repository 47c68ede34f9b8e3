from django.core.management.base import BaseCommand, CommandError

from listening.accounts import credentials_reencrypt_all


class Command(BaseCommand):
    help = (
        "Encrypt every account's platform credentials again with the newest key, the first of "
        "CREDENTIALS_ENCRYPTION_KEYS. Put the new key first, keep the old ones after it, run "
        "this, then remove the old keys."
    )

    def handle(self, *args, **options):
        result = credentials_reencrypt_all()
        self.stdout.write(f"Re-encrypted the credentials of {result.reencrypted} account(s).")
        if result.unreadable:
            handles = ", ".join(f"@{account.handle}" for account in result.unreadable)
            raise CommandError(
                f"No key opens the credentials of {handles}: they are flagged as needing "
                "attention; enter their credentials again (or add the missing key and run this "
                "again)."
            )

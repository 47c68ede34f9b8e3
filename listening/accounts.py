"""A connected account's health, as officers and administrators see it, and its stored
credentials' key rotation."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from django.db import transaction

from listening.models import Account
from smartgov.crypto import CredentialsUnreadable, reencrypt

logger = logging.getLogger(__name__)


def account_needs_attention(*, account: Account, reason: str) -> None:
    """Stop polling an account whose credentials no longer work, and say why where officers
    and administrators look, instead of failing on every poll."""
    logger.warning("account %s needs attention: %s", account, reason)
    Account.objects.filter(pk=account.pk).update(
        needs_attention=True, attention_reason=reason[:300]
    )


@dataclass(frozen=True)
class KeyRotation:
    reencrypted: int
    unreadable: list[Account]


def credentials_reencrypt_all() -> KeyRotation:
    """Every account's stored credentials encrypted again with the newest key (the first of
    CREDENTIALS_ENCRYPTION_KEYS), each in its own short transaction, so the older keys can then
    be dropped from the list. Credentials no key opens are left as they are and the account is
    flagged: someone has to enter them again."""
    reencrypted, unreadable = 0, []
    for account in Account.objects.exclude(credentials="").order_by("pk"):
        stored = account.credentials.stored_token
        try:
            rotated = reencrypt(stored)
        except CredentialsUnreadable as error:
            account_needs_attention(account=account, reason=f"Credentials unreadable: {error}")
            unreadable.append(account)
            continue
        with transaction.atomic():
            # Only if nobody saved new credentials in the meantime.
            reencrypted += Account.objects.filter(pk=account.pk, credentials=stored).update(
                credentials=rotated
            )
    return KeyRotation(reencrypted=reencrypted, unreadable=unreadable)

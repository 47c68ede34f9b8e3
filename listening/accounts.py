"""A connected account's health, as officers and administrators see it, and its stored
credentials' key rotation."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from django.db import transaction

from listening.models import Account, FetchRun, QuarantinedPayload
from smartgov.crypto import CredentialsUnreadable, reencrypt

logger = logging.getLogger(__name__)


def account_needs_attention(*, account: Account, reason: str) -> None:
    """Stop polling an account whose credentials no longer work, and say why where officers
    and administrators look, instead of failing on every poll."""
    logger.warning("account %s needs attention: %s", account, reason)
    Account.objects.filter(pk=account.pk).update(
        needs_attention=True, attention_reason=reason[:300]
    )


# An account is flagged when this many polls in a row that fetched anything could store less
# than half of it: the platform has probably changed its bodies, and what follows would only
# go to quarantine too. One bad item now and then is only quarantined.
FAILING_POLLS_BEFORE_ATTENTION = 3


def account_flag_if_items_keep_failing(*, account: Account) -> bool:
    """Flag the account when its last polls quarantined most of what they fetched, with the
    latest reason; returns whether it did."""
    recent = list(
        FetchRun.objects.filter(account=account, finished_at__isnull=False, items_seen__gt=0)
        .order_by("-started_at", "-pk")
        .values("items_seen", "items_quarantined")[:FAILING_POLLS_BEFORE_ATTENTION]
    )
    if len(recent) < FAILING_POLLS_BEFORE_ATTENTION or any(
        run["items_quarantined"] * 2 <= run["items_seen"] for run in recent
    ):
        return False
    latest = recent[0]
    # The newest row, not the latest run's: an item that came back was not quarantined twice.
    example = (
        QuarantinedPayload.objects.filter(account=account)
        .order_by("-pk")
        .values_list("error", flat=True)
        .first()
    ) or ""
    account_needs_attention(
        account=account,
        reason=(
            f"Items keep failing: the last {len(recent)} polls could not store most of what "
            f"they fetched ({latest['items_quarantined']} of {latest['items_seen']} quarantined "
            f"last time; see the quarantined payloads). {example}"
        ),
    )
    return True


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

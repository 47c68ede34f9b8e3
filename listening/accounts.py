"""The health of a connected account, as officers and administrators see it."""

from __future__ import annotations

import logging

from listening.models import Account

logger = logging.getLogger(__name__)


def account_needs_attention(*, account: Account, reason: str) -> None:
    """Stop polling an account whose credentials no longer work, and say why where officers
    and administrators look, instead of failing on every poll."""
    logger.warning("account %s needs attention: %s", account, reason)
    Account.objects.filter(pk=account.pk).update(
        needs_attention=True, attention_reason=reason[:300]
    )

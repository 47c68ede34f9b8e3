"""Celery tasks of the listening app: thin, taking ids, owning the retry policy."""

from __future__ import annotations

from celery import shared_task
from django.db import OperationalError

from listening import engagement, polling
from listening.sources.errors import RateLimited, TransientSourceError

TRANSIENT_ERRORS = (OperationalError, ConnectionError, TimeoutError, TransientSourceError)


@shared_task
def poll_due_accounts_task() -> int:
    """Beat runs this every few seconds; it fans out one poll per account that is due."""
    account_ids = polling.accounts_claim_due()
    for account_id in account_ids:
        poll_account_task.delay(account_id=account_id)
    return len(account_ids)


@shared_task(autoretry_for=TRANSIENT_ERRORS, retry_backoff=True, max_retries=5)
def poll_account_task(*, account_id: int) -> int | None:
    try:
        run = polling.account_poll(account_id=account_id)
    except RateLimited:
        # Never sleep in a worker. account_poll stored the reset time; beat's claim skips the
        # account until then and polls it at the first tick after: one poll, not two.
        return None
    if run.has_more:
        poll_account_task.delay(account_id=account_id)
    return run.pk


@shared_task
def refresh_due_engagement_task() -> int:
    account_ids = engagement.accounts_with_engagement_due()
    for account_id in account_ids:
        refresh_engagement_task.delay(account_id=account_id)
    return len(account_ids)


@shared_task(autoretry_for=TRANSIENT_ERRORS, retry_backoff=True, max_retries=5)
def refresh_engagement_task(*, account_id: int) -> int:
    return engagement.account_engagement_refresh(account_id=account_id)

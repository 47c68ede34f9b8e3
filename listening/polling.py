"""Polling a connected account: which accounts are due, and one poll of an account, batch by
batch, each batch ingested (listening.ingestion) and committed with the cursor that follows it."""

from __future__ import annotations

from contextlib import contextmanager
from datetime import datetime, timedelta

from django.db import connection
from django.db.models import F, Q
from django.utils import timezone

from listening.accounts import account_flag_if_items_keep_failing, account_needs_attention
from listening.ingestion import IngestCounts, batch_ingest
from listening.models import Account, FetchRun
from listening.sources import source_for
from listening.sources.errors import CredentialsInvalid, RateLimited
from listening.sources.storable import text_storable

# A backfill is split into batches that each commit; one poll handles at most this many.
MAX_BATCHES_PER_POLL = 40


def accounts_claim_due(*, now: datetime | None = None) -> list[int]:
    """Ids of active accounts whose poll interval has passed, each claimed by a conditional
    update so that two beat ticks or two beat processes never poll one account twice."""
    now = now or timezone.now()
    due = (
        Account.objects.filter(is_active=True, needs_attention=False)
        .filter(Q(rate_limited_until__isnull=True) | Q(rate_limited_until__lte=now))
        .filter(
            Q(last_polled_at__isnull=True)
            | Q(last_polled_at__lte=now - timedelta(seconds=1) * F("poll_interval_seconds"))
        )
    )
    claimed = []
    for account_id, last_polled_at in due.values_list("id", "last_polled_at"):
        updated = Account.objects.filter(id=account_id, last_polled_at=last_polled_at).update(
            last_polled_at=now
        )
        if updated:
            claimed.append(account_id)
    return claimed


def account_poll(*, account_id: int, now: datetime | None = None) -> FetchRun:
    """Pull everything new for one account, batch by batch, each batch committed with its
    cursor. Network calls happen outside transactions."""
    account = Account.objects.select_related("department").get(pk=account_id)
    with _account_polling(account.pk):
        return _account_poll(account, now=now)


# Advisory lock keys: (this namespace, account id). Every poll holds the shared lock while it
# runs; the exclusive one is free only when no poll of the account is running.
_POLL_LOCK_NAMESPACE = 0x504F4C4C  # "POLL"
ABANDONED = (
    "Abandoned: the worker running this poll stopped before it finished (killed or "
    "restarted). What it saved is kept; the next poll continued from the saved cursor."
)


@contextmanager
def _account_polling(account_id: int):
    """Marks the runs of polls that died as abandoned, and holds the account's shared poll
    lock meanwhile. A run still "running" while nobody holds that lock belongs to a worker that
    was killed: PostgreSQL releases a session's locks when its connection goes away."""
    key = (_POLL_LOCK_NAMESPACE, account_id)
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s, %s)", key)
        if cursor.fetchone()[0]:
            try:
                FetchRun.objects.filter(
                    account_id=account_id, status=FetchRun.Status.RUNNING
                ).update(status=FetchRun.Status.FAILED, finished_at=timezone.now(), error=ABANDONED)
            finally:
                # Shared first, so that no other poll finds the account free in between.
                cursor.execute("SELECT pg_advisory_lock_shared(%s, %s)", key)
                cursor.execute("SELECT pg_advisory_unlock(%s, %s)", key)
        else:
            cursor.execute("SELECT pg_advisory_lock_shared(%s, %s)", key)
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_unlock_shared(%s, %s)", key)


def _account_poll(account: Account, *, now: datetime | None) -> FetchRun:
    run = FetchRun.objects.create(account=account)
    totals = IngestCounts()
    # Set when this poll stopped with items still waiting (a long back-fill): the task then
    # continues at once instead of waiting for the next interval.
    run.has_more = False
    notices: list[str] = []
    try:
        source = source_for(account)
        for _ in range(MAX_BATCHES_PER_POLL):
            batch = source.fetch_new(account.cursor, now=now or timezone.now())
            totals.add(batch_ingest(account=account, batch=batch, fetch_run=run))
            notices += [notice for notice in batch.notices if notice not in notices]
            run.has_more = batch.has_more
            if not batch.has_more:
                break
    except RateLimited as error:
        # What was saved stays saved; the rest comes when the limit resets.
        Account.objects.filter(pk=account.pk).update(rate_limited_until=error.retry_at)
        _fetch_run_finish(run, totals, status=FetchRun.Status.RATE_LIMITED, error=_describe(error))
        raise
    except CredentialsInvalid as error:
        account_needs_attention(account=account, reason=str(error))
        _fetch_run_finish(run, totals, status=FetchRun.Status.FAILED, error=_describe(error))
        return run
    except Exception as error:
        _fetch_run_finish(run, totals, status=FetchRun.Status.FAILED, error=_describe(error))
        raise
    status = FetchRun.Status.PARTIAL if totals.items_quarantined else FetchRun.Status.SUCCEEDED
    _fetch_run_finish(run, totals, status=status, error="\n".join(notices)[:2000])
    if totals.items_quarantined:
        account_flag_if_items_keep_failing(account=account)
    return run


def _describe(error: Exception) -> str:
    # The exception's type and message only: never the request, which may carry tokens.
    return f"{type(error).__name__}: {error}"[:2000]


def _fetch_run_finish(run: FetchRun, totals: IngestCounts, *, status: str, error: str = "") -> None:
    for name, value in vars(totals).items():
        setattr(run, name, value)
    run.status = status
    run.error = text_storable(error)  # an exception's message may quote a NUL it met
    run.finished_at = timezone.now()
    run.save()

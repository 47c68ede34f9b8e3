"""Writes of the listening app: polling an account and ingesting what its source returned.

Ingestion is idempotent: posts are keyed by (platform, external_id), cases by post, snapshots by
(post, taken_at); the cursor is stored in the same transaction as the items it covers. A worker
killed at any point and run again therefore leaves no duplicates and no gaps.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import connection, transaction
from django.db.models import F, Q
from django.utils import timezone

from departments.models import Case, CaseEvent
from listening.models import (
    CITIZEN_KINDS,
    Account,
    EngagementSnapshot,
    FetchRun,
    Post,
    QuarantinedPayload,
)
from listening.sources import source_for
from listening.sources.base import FetchBatch, FetchedEngagement, FetchedPost
from listening.sources.errors import CredentialsInvalid, RateLimited

logger = logging.getLogger(__name__)

# A backfill is split into batches that each commit; one poll handles at most this many.
MAX_BATCHES_PER_POLL = 40


@dataclass
class IngestCounts:
    items_seen: int = 0
    posts_created: int = 0
    snapshots_created: int = 0
    cases_created: int = 0
    items_quarantined: int = 0

    def add(self, other: IngestCounts) -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))


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
    run = FetchRun.objects.create(account=account)
    totals = IngestCounts()
    # Set when this poll stopped with items still waiting (a long back-fill): the task then
    # continues at once instead of waiting for the next interval.
    run.has_more = False
    try:
        source = source_for(account)
        for _ in range(MAX_BATCHES_PER_POLL):
            batch = source.fetch_new(account.cursor, now=now or timezone.now())
            totals.add(batch_ingest(account=account, batch=batch, fetch_run=run))
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
    _fetch_run_finish(run, totals, status=status)
    return run


def account_needs_attention(*, account: Account, reason: str) -> None:
    """Stop polling an account whose credentials no longer work, and say why where officers
    and administrators look, instead of failing on every poll."""
    logger.warning("account %s needs attention: %s", account, reason)
    Account.objects.filter(pk=account.pk).update(
        needs_attention=True, attention_reason=reason[:300]
    )


def _describe(error: Exception) -> str:
    # The exception's type and message only: never the request, which may carry tokens.
    return f"{type(error).__name__}: {error}"[:2000]


def _fetch_run_finish(run: FetchRun, totals: IngestCounts, *, status: str, error: str = "") -> None:
    for name, value in vars(totals).items():
        setattr(run, name, value)
    run.status = status
    run.error = error
    run.finished_at = timezone.now()
    run.save()


@transaction.atomic
def batch_ingest(
    *, account: Account, batch: FetchBatch, fetch_run: FetchRun | None = None
) -> IngestCounts:
    """Save one batch and the cursor that follows it, all or nothing."""
    counts = IngestCounts(items_seen=len(batch.posts) + len(batch.unparseable))
    counts.posts_created, new_citizen_posts = posts_upsert(account=account, fetched=batch.posts)
    counts.cases_created = cases_create_for_posts(post_ids=new_citizen_posts)
    counts.snapshots_created = snapshots_record(fetched=batch.engagement)
    for item in batch.unparseable:
        QuarantinedPayload.objects.create(
            account=account, fetch_run=fetch_run, error=item.error, raw=_jsonable(item.raw)
        )
    counts.items_quarantined = len(batch.unparseable)
    if batch.cursor:
        account.cursor = batch.cursor
        Account.objects.filter(pk=account.pk).update(cursor=batch.cursor)
    return counts


def _jsonable(raw):
    if isinstance(raw, dict | list | str | int | float | bool) or raw is None:
        return raw
    return repr(raw)


def posts_upsert(*, account: Account, fetched: Iterable[FetchedPost]) -> tuple[int, list[int]]:
    """Insert posts that are new; a post seen before is left as it was. Returns how many were
    new and the ids of the new citizen posts (which need a case)."""
    by_key = {(item.platform, item.external_id): item for item in fetched}
    if not by_key:
        return 0, []
    now = timezone.now()
    Post.objects.bulk_create(
        [
            Post(
                platform=item.platform,
                external_id=item.external_id,
                account=account,
                kind=item.kind,
                author_id=item.author_id,
                author_handle=item.author_handle,
                author_name=item.author_name,
                text=item.text,
                language=item.language,
                created_at=item.created_at,
                url=item.url,
                in_reply_to=item.in_reply_to,
                conversation_key=item.conversation_key,
                has_media=item.has_media,
                has_link=item.has_link,
                raw=item.raw,
                fetched_at=now,
            )
            for item in by_key.values()
        ],
        # Concurrent workers may insert the same post; the unique key makes the second a no-op.
        ignore_conflicts=True,
        batch_size=500,
    )
    # Rows carrying this call's fetched_at are the ones it inserted (ON CONFLICT DO NOTHING
    # returns no ids for the others).
    platforms = {platform for platform, _ in by_key}
    external_ids = [external_id for _, external_id in by_key]
    inserted = list(
        Post.objects.filter(
            platform__in=platforms, external_id__in=external_ids, fetched_at=now, account=account
        ).values_list("id", "kind")
    )
    _link_parents(platforms=platforms, external_ids=external_ids)
    return len(inserted), [post_id for post_id, kind in inserted if kind in CITIZEN_KINDS]


def _link_parents(*, platforms: set[str], external_ids: list[str]) -> None:
    """Point replies at their parent, in both directions: a reply that arrives before its
    parent is linked when the parent arrives."""
    with connection.cursor() as cursor:
        cursor.execute(
            """
            UPDATE listening_post AS child SET parent_id = parent.id
            FROM listening_post AS parent
            WHERE child.parent_id IS NULL
              AND child.in_reply_to <> ''
              AND parent.platform = child.platform
              AND parent.external_id = child.in_reply_to
              AND child.platform = ANY(%s)
              AND (child.external_id = ANY(%s) OR parent.external_id = ANY(%s))
            """,
            [list(platforms), external_ids, external_ids],
        )


def cases_create_for_posts(*, post_ids: list[int]) -> int:
    """One case per citizen post; its clock starts when the citizen posted."""
    if not post_ids:
        return 0
    posts = Post.objects.filter(id__in=post_ids).values_list("id", "created_at")
    Case.objects.bulk_create(
        [Case(post_id=post_id, created_at=created_at) for post_id, created_at in posts],
        ignore_conflicts=True,
    )
    # A case and its "created" event are written in one transaction, so a case without events
    # is one this call just made.
    fresh = Case.objects.filter(post_id__in=post_ids, events__isnull=True)
    events = CaseEvent.objects.bulk_create(
        [
            CaseEvent(case_id=case_id, kind=CaseEvent.Kind.CREATED, created_at=created_at)
            for case_id, created_at in fresh.values_list("id", "created_at")
        ]
    )
    return len(events)


def snapshots_record(*, fetched: Iterable[FetchedEngagement]) -> int:
    """Store engagement only where a number changed since the post's previous snapshot."""
    items = sorted(fetched, key=lambda item: item.taken_at)
    if not items:
        return 0
    keys = {(item.platform, item.external_id) for item in items}
    post_ids = dict(
        Post.objects.filter(
            platform__in={p for p, _ in keys}, external_id__in=[e for _, e in keys]
        ).values_list("external_id", "id")
    )
    latest: dict[int, tuple] = {}
    for snapshot in (
        EngagementSnapshot.objects.filter(post_id__in=post_ids.values())
        .order_by("post_id", "-taken_at")
        .distinct("post_id")
    ):
        latest[snapshot.post_id] = snapshot.counts()
    new_snapshots = []
    for item in items:
        post_id = post_ids.get(item.external_id)
        if post_id is None:
            logger.warning("engagement for unknown post %s:%s", item.platform, item.external_id)
            continue
        snapshot = EngagementSnapshot(
            post_id=post_id,
            taken_at=item.taken_at,
            likes=item.likes,
            shares=item.shares,
            replies=item.replies,
            quotes=item.quotes,
            impressions=item.impressions,
            reactions=item.reactions,
        )
        if latest.get(post_id) == snapshot.counts():
            continue
        latest[post_id] = snapshot.counts()
        new_snapshots.append(snapshot)
    EngagementSnapshot.objects.bulk_create(new_snapshots, ignore_conflicts=True)
    return len(new_snapshots)

"""Writes of the listening app: polling an account and ingesting what its source returned.

Ingestion is idempotent: posts are keyed by (platform, external_id), cases by post, snapshots by
(post, taken_at); the cursor is stored in the same transaction as the items it covers. A worker
killed at any point and run again therefore leaves no duplicates and no gaps.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import connection, transaction
from django.db.models import F, Q
from django.utils import timezone
from psycopg.types.json import Jsonb

from departments.models import CaseEvent, CaseStatus, Priority
from listening.models import (
    CITIZEN_KINDS,
    Account,
    FetchRun,
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
    # The batch and its cursor commit together, so losing this commit in a server crash only
    # means fetching the same items again. That makes waiting for the WAL flush unnecessary, and
    # skipping it is most of the cost of a small transaction.
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL synchronous_commit = off")
    counts = IngestCounts(items_seen=len(batch.posts) + len(batch.unparseable))
    counts.posts_created, case_ids = posts_upsert(account=account, fetched=batch.posts)
    counts.cases_created = len(case_ids)
    if case_ids:
        # Routing runs on its own queue once the cases are committed.
        transaction.on_commit(lambda: _route_new_cases(case_ids))
    counts.snapshots_created = snapshots_record(fetched=_engagement_worth_tracking(batch))
    for item in batch.unparseable:
        QuarantinedPayload.objects.create(
            account=account, fetch_run=fetch_run, error=item.error, raw=_jsonable(item.raw)
        )
    counts.items_quarantined = len(batch.unparseable)
    if batch.cursor:
        account.cursor = batch.cursor
        Account.objects.filter(pk=account.pk).update(cursor=batch.cursor)
    return counts


def _route_new_cases(case_ids: list[int]) -> None:
    from departments.tasks import ROUTE_CHUNK, route_cases_task

    for first in range(0, len(case_ids), ROUTE_CHUNK):
        route_cases_task.delay(case_ids=case_ids[first : first + ROUTE_CHUNK])


def _engagement_worth_tracking(batch: FetchBatch) -> list[FetchedEngagement]:
    """Engagement history is kept for what the city publishes: that is what managers measure.
    A citizen post's counts at the time of fetching stay in its raw payload."""
    citizen_posts = {
        (post.platform, post.external_id) for post in batch.posts if post.kind in CITIZEN_KINDS
    }
    return [
        reading
        for reading in batch.engagement
        if (reading.platform, reading.external_id) not in citizen_posts
    ]


def _jsonable(raw):
    if isinstance(raw, dict | list | str | int | float | bool) or raw is None:
        return raw
    return repr(raw)


# Posts and snapshots are streamed with COPY into session-local staging tables and moved into
# place with one set-based statement each: a page of 100 tweets costs a handful of round trips,
# not hundreds of bound parameters (see bench/ingest.py for the figures).
POST_STAGE_COLUMNS = (
    "platform",
    "external_id",
    "kind",
    "author_id",
    "author_handle",
    "author_name",
    "text",
    "language",
    "created_at",
    "url",
    "in_reply_to",
    "conversation_key",
    "has_media",
    "has_link",
    "raw",
)
_STAGING_TABLES = """
CREATE TEMP TABLE IF NOT EXISTS post_stage (
    platform varchar(16), external_id varchar(128), kind varchar(16), author_id varchar(128),
    author_handle varchar(200), author_name varchar(200), text text, language varchar(8),
    created_at timestamptz, url varchar(500), in_reply_to varchar(128),
    conversation_key varchar(160), has_media boolean, has_link boolean, raw jsonb
) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE IF NOT EXISTS snapshot_stage (
    platform varchar(16), external_id varchar(128), taken_at timestamptz, likes integer,
    shares integer, replies integer, quotes integer, impressions bigint, reactions jsonb
) ON COMMIT DELETE ROWS;
"""
_INSERT_POSTS = """
WITH new_posts AS (
    INSERT INTO listening_post (
        platform, external_id, kind, author_id, author_handle, author_name, text, language,
        created_at, url, in_reply_to, conversation_key, has_media, has_link, raw,
        account_id, fetched_at, parent_id
    )
    SELECT DISTINCT ON (stage.platform, stage.external_id)
        stage.platform, stage.external_id, stage.kind, stage.author_id, stage.author_handle,
        stage.author_name, stage.text, stage.language, stage.created_at, stage.url,
        stage.in_reply_to, stage.conversation_key, stage.has_media, stage.has_link, stage.raw,
        %(account_id)s, %(now)s, parent.id
    FROM post_stage AS stage
    -- A parent stored earlier is linked right away; one in this batch or later is linked by
    -- _LINK_WAITING_CHILDREN.
    LEFT JOIN listening_post AS parent
      ON stage.in_reply_to <> ''
     AND parent.platform = stage.platform AND parent.external_id = stage.in_reply_to
    ORDER BY stage.platform, stage.external_id
    -- Concurrent workers may insert the same post: the unique key makes the second a no-op.
    ON CONFLICT (platform, external_id) DO NOTHING
    RETURNING id, kind, created_at
), new_cases AS (
    -- One case per citizen post; its clock starts when the citizen posted.
    INSERT INTO departments_case (
        post_id, status, priority, routing_explanation, created_at, updated_at
    )
    SELECT id, %(status)s, %(priority)s, '{}'::jsonb, created_at, %(now)s
    FROM new_posts WHERE kind = ANY(%(citizen_kinds)s)
    ON CONFLICT (post_id) DO NOTHING
    RETURNING id, created_at
), created_events AS (
    INSERT INTO departments_caseevent (case_id, kind, reason, created_at)
    SELECT id, %(created_kind)s, '', %(now)s FROM new_cases
    RETURNING 1
)
SELECT (SELECT count(*) FROM new_posts), (SELECT array_agg(id) FROM new_cases)
"""
# Replies that arrived before their parent (or with it, in this batch) are linked when the
# parent arrives. The in_reply_to <> '' condition lets the planner use the partial index.
_LINK_WAITING_CHILDREN = """
UPDATE listening_post AS child SET parent_id = parent.id
FROM post_stage AS stage
JOIN listening_post AS parent
  ON parent.platform = stage.platform AND parent.external_id = stage.external_id
WHERE child.in_reply_to <> ''
  AND child.platform = stage.platform AND child.in_reply_to = stage.external_id
  AND child.parent_id IS NULL
"""


@contextmanager
def _raw_cursor():
    """A cursor on Django's own connection (so inside its transaction) with psycopg's
    server-side parameter binding and COPY. Errors come out as Django's database errors, so
    that the tasks' retry policy (OperationalError and friends) applies to them too."""
    connection.ensure_connection()
    with connection.wrap_database_errors, connection.connection.cursor() as cursor:
        cursor.execute(_STAGING_TABLES)
        yield cursor


@transaction.atomic  # the staging table empties at commit: COPY and INSERT need one transaction
def posts_upsert(*, account: Account, fetched: Iterable[FetchedPost]) -> tuple[int, list[int]]:
    """Insert the posts that are new, with a case and its first event for each new citizen
    post; a post seen before is left as it was. Returns (new posts, ids of the new cases)."""
    items = list(fetched)
    if not items:
        return 0, []
    with _raw_cursor() as cursor:
        cursor.execute("TRUNCATE post_stage")
        with cursor.copy(f"COPY post_stage ({', '.join(POST_STAGE_COLUMNS)}) FROM STDIN") as copy:
            for item in items:
                copy.write_row(
                    (
                        item.platform,
                        item.external_id,
                        item.kind,
                        item.author_id,
                        item.author_handle,
                        item.author_name,
                        item.text,
                        item.language,
                        item.created_at,
                        item.url,
                        item.in_reply_to,
                        item.conversation_key,
                        item.has_media,
                        item.has_link,
                        Jsonb(item.raw),
                    )
                )
        cursor.execute(
            _INSERT_POSTS,
            {
                "account_id": account.pk,
                "now": timezone.now(),
                "status": CaseStatus.NEW,
                "priority": Priority.NORMAL,
                "citizen_kinds": [str(kind) for kind in CITIZEN_KINDS],
                "created_kind": CaseEvent.Kind.CREATED,
            },
        )
        posts_created, case_ids = cursor.fetchone()
        cursor.execute(_LINK_WAITING_CHILDREN)
    return posts_created, case_ids or []


_INSERT_CHANGED_SNAPSHOTS = """
INSERT INTO listening_engagementsnapshot (
    post_id, taken_at, likes, shares, replies, quotes, impressions, reactions
)
SELECT post_id, taken_at, likes, shares, replies, quotes, impressions, reactions
FROM (
    SELECT post.id AS post_id, stage.platform, stage.external_id, stage.taken_at, stage.likes,
           stage.shares, stage.replies, stage.quotes, stage.impressions,
           COALESCE(stage.reactions, '{}'::jsonb) AS reactions,
           lag(ROW(stage.likes, stage.shares, stage.replies, stage.quotes, stage.impressions,
                   COALESCE(stage.reactions, '{}'::jsonb)))
               OVER (PARTITION BY post.id ORDER BY stage.taken_at) AS previous_in_batch,
           row_number() OVER (PARTITION BY post.id ORDER BY stage.taken_at) AS position
    FROM snapshot_stage AS stage
    JOIN listening_post AS post
      ON post.platform = stage.platform AND post.external_id = stage.external_id
) AS reading
LEFT JOIN LATERAL (
    SELECT ROW(stored.likes, stored.shares, stored.replies, stored.quotes, stored.impressions,
               stored.reactions) AS counts
    FROM listening_engagementsnapshot AS stored
    WHERE stored.post_id = reading.post_id AND stored.taken_at < reading.taken_at
    ORDER BY stored.taken_at DESC LIMIT 1
) AS last_stored ON reading.position = 1
-- Only readings where a number changed: against the reading before it in this batch, or for
-- the first one against what is stored.
WHERE ROW(likes, shares, replies, quotes, impressions, reactions) IS DISTINCT FROM
      CASE WHEN position = 1 THEN last_stored.counts ELSE previous_in_batch END
ON CONFLICT (post_id, taken_at) DO NOTHING
"""


@transaction.atomic  # the staging table empties at commit: COPY and INSERT need one transaction
def snapshots_record(*, fetched: Iterable[FetchedEngagement]) -> int:
    """Store engagement only where a number changed since the post's previous snapshot."""
    items = list(fetched)
    if not items:
        return 0
    with _raw_cursor() as cursor:
        cursor.execute("TRUNCATE snapshot_stage")
        with cursor.copy(
            "COPY snapshot_stage (platform, external_id, taken_at, likes, shares, replies, "
            "quotes, impressions, reactions) FROM STDIN"
        ) as copy:
            for item in items:
                copy.write_row(
                    (
                        item.platform,
                        item.external_id,
                        item.taken_at,
                        item.likes,
                        item.shares,
                        item.replies,
                        item.quotes,
                        item.impressions,
                        Jsonb(item.reactions),
                    )
                )
        cursor.execute(_INSERT_CHANGED_SNAPSHOTS)
        return cursor.rowcount

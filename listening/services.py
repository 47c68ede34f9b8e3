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

import psycopg
from django.db import IntegrityError, OperationalError, connection, transaction
from django.db.models import F, Q
from django.utils import timezone
from psycopg.errors import DeadlockDetected
from psycopg.types.json import Jsonb

from departments.models import CaseStatus, Priority
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


# The new cases of a batch go to routing in one message: publishing a Celery message costs about
# a millisecond (most of it in Celery and kombu, not Redis), as much as storing a few hundred
# posts, and a batch (at most SOURCE_MAX_PAGES_PER_POLL pages) is a fair unit of routing work.
# Only an unusually large batch (an import) is split.
ROUTE_MESSAGE_MAX_CASES = 1000


def _route_new_cases(case_ids: list[int]) -> None:
    from departments.tasks import route_cases_task

    # One broker connection for all the messages of a batch; a short description of the
    # arguments for Celery's logs (by default Celery builds a safe repr of every id, which cost
    # more than publishing the message); and no subscription to a result nobody reads, which
    # would cost two more round trips to Redis per message (bench/ingest.py).
    with route_cases_task.app.producer_or_acquire() as producer:
        for first in range(0, len(case_ids), ROUTE_MESSAGE_MAX_CASES):
            chunk = case_ids[first : first + ROUTE_MESSAGE_MAX_CASES]
            route_cases_task.apply_async(
                kwargs={"case_ids": chunk},
                producer=producer,
                ignore_result=True,
                kwargsrepr=f"{{'case_ids': <{len(chunk)} ids, {chunk[0]}..{chunk[-1]}>}}",
            )


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


# New posts are streamed with COPY straight into their table (posts_upsert); snapshots, and
# posts when a concurrent worker got there first, with COPY into session-local staging tables
# and moved into place with one set-based statement each: a page of 100 tweets costs a handful
# of round trips, not hundreds of bound parameters (see bench/ingest.py for the figures).
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
    SELECT DISTINCT ON (stage.platform COLLATE "C", stage.external_id COLLATE "C")
        stage.platform, stage.external_id, stage.kind, stage.author_id, stage.author_handle,
        stage.author_name, stage.text, stage.language, stage.created_at, stage.url,
        stage.in_reply_to, stage.conversation_key, stage.has_media, stage.has_link, stage.raw,
        %(account_id)s, %(now)s,
        -- A parent stored earlier is linked right away; one in this batch or later is linked
        -- by _LINK_WAITING_CHILDREN. A lookup per reply through the unique index, not a join:
        -- a join is planned as a scan of the whole post table once it is large.
        (SELECT parent.id FROM listening_post AS parent
         WHERE stage.in_reply_to <> ''
           AND parent.platform = stage.platform AND parent.external_id = stage.in_reply_to)
    FROM post_stage AS stage
    -- Sorted, so that concurrent workers inserting overlapping batches take the unique
    -- index's entries in the same order and cannot deadlock.
    ORDER BY stage.platform COLLATE "C", stage.external_id COLLATE "C"
    -- Concurrent workers may insert the same post: the unique key makes the second a no-op.
    ON CONFLICT (platform, external_id) DO NOTHING
    RETURNING id, kind, created_at
), new_cases AS (
    -- One case per citizen post; its clock starts when the citizen posted.
    INSERT INTO departments_case (
        post_id, status, priority, routing_explanation, created_at, updated_at
    )
    -- No ON CONFLICT: these posts did not exist before this statement, so neither did a
    -- case for them.
    SELECT id, %(status)s, %(priority)s, '{}'::jsonb, created_at, %(now)s
    FROM new_posts WHERE kind = ANY(%(citizen_kinds)s)
    RETURNING id
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
    # psycopg.Cursor explicitly: the connection's default cursor is Django's, which binds
    # parameters on the client (quoting each array element in Python) and refuses %b.
    with connection.wrap_database_errors, psycopg.Cursor(connection.connection) as cursor:
        yield cursor


@transaction.atomic  # the staging table empties at commit: COPY and INSERT need one transaction
def posts_upsert(*, account: Account, fetched: Iterable[FetchedPost]) -> tuple[int, list[int]]:
    """Insert the posts that are new, with a case for each new citizen post; a post seen before
    is left as it was. Returns (new posts, ids of the new cases).

    Posts already stored are looked up first and left out; the rest, almost always all of
    them (cursors only fetch what is newer), are streamed with COPY straight into the post
    table. Should a concurrent worker store one of them in the meantime, the unique key stops
    the COPY, its savepoint is rolled back and the batch goes through the staging table and
    INSERT ... ON CONFLICT DO NOTHING instead. Either way the unique key is what keeps
    duplicates out, and keys are taken in one order (sorted) so that workers cannot deadlock.
    """
    by_key: dict[tuple[str, str], FetchedPost] = {}
    for item in fetched:
        by_key.setdefault((item.platform, item.external_id), item)
    if not by_key:
        return 0, []
    with _raw_cursor() as cursor:
        wanted = set(by_key)
        wanted.update(
            (item.platform, item.in_reply_to) for item in by_key.values() if item.in_reply_to
        )
        known = _post_ids(cursor, wanted)
        new = [by_key[key] for key in sorted(by_key) if key not in known]
        if not new:
            return 0, []
        try:
            with transaction.atomic(), connection.wrap_database_errors:
                return _posts_copy(cursor, account=account, items=new, known=known)
        except (IntegrityError, OperationalError) as error:
            if isinstance(error, OperationalError) and not isinstance(
                error.__cause__, DeadlockDetected
            ):
                raise
            # Stored by someone else since the look-up (the savepoint undid our part of it).
            logger.info("posts of %s stored concurrently; inserting the rest one by one", account)
        cursor.execute(_STAGING_TABLES)
        return _posts_insert_staged(cursor, account=account, items=new)


def _by_platform(keys: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """External ids grouped by platform (a batch almost always holds one platform)."""
    grouped: dict[str, list[str]] = {}
    for platform, external_id in keys:
        grouped.setdefault(platform, []).append(external_id)
    return grouped


# Arrays are sent in binary (%b): psycopg's text format quotes each element through a regular
# expression, which cost about 2 us per id, more than the look-up itself (bench/ingest.py).
_POST_IDS = """
SELECT key.external_id,
       (SELECT post.id FROM listening_post AS post
        WHERE post.platform = %(platform)s AND post.external_id = key.external_id)
FROM unnest(%(external_ids)b::text[]) AS key(external_id)
"""


def _post_ids(cursor, keys: set[tuple[str, str]]) -> dict[tuple[str, str], int]:
    """Ids of the posts stored under these (platform, external_id) keys."""
    found: dict[tuple[str, str], int] = {}
    for platform, external_ids in _by_platform(keys).items():
        # A look-up per key through the unique index, written as a subquery so that the
        # planner cannot turn it into a scan of the whole post table.
        cursor.execute(_POST_IDS, {"platform": platform, "external_ids": external_ids})
        for external_id, post_id in cursor.fetchall():
            if post_id is not None:
                found[platform, external_id] = post_id
    return found


_sequences: dict[str, str] = {}


def _sequence(cursor, table: str) -> str:
    if table not in _sequences:
        cursor.execute("SELECT pg_get_serial_sequence(%s, 'id')", [table])
        _sequences[table] = cursor.fetchone()[0]
    return _sequences[table]


def _ids_reserve(cursor, *, posts: int, cases: int) -> tuple[list[int], list[int]]:
    """New ids from the post and case tables' own sequences (others may take ids in between),
    in one round trip: `posts` post ids and `cases` (at most as many) case ids."""
    # The sequences' names as constants: resolving them per row would cost ten times more. A
    # CASE evaluates its branch only where taken, so exactly `cases` case ids are drawn.
    cursor.execute(
        """
        SELECT nextval(%(posts_seq)s::regclass),
               CASE WHEN n <= %(cases)s THEN nextval(%(cases_seq)s::regclass) END
        FROM generate_series(1, %(posts)s) AS n
        """,
        {
            "posts_seq": _sequence(cursor, "listening_post"),
            "cases_seq": _sequence(cursor, "departments_case"),
            "posts": posts,
            "cases": cases,
        },
        binary=True,
    )
    rows = cursor.fetchall()
    return [row[0] for row in rows], [row[1] for row in rows[:cases]]


_column_types: dict[tuple[str, tuple[str, ...]], list[int]] = {}


@contextmanager
def _copy_binary(cursor, table: str, columns: tuple[str, ...]):
    """COPY ... FROM STDIN in PostgreSQL's binary format, whose values psycopg writes without
    the escaping and text conversions of the text format (half of the client's cost per row).
    Binary input must name each column's exact type: they are read from the catalog once."""
    key = (table, columns)
    if key not in _column_types:
        cursor.execute(
            "SELECT attname, atttypid::int FROM pg_attribute "
            "WHERE attrelid = %s::regclass AND attnum > 0 AND NOT attisdropped",
            [table],
        )
        oids = dict(cursor.fetchall())
        _column_types[key] = [oids[column] for column in columns]
    with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN (FORMAT BINARY)") as copy:
        copy.set_types(_column_types[key])
        yield copy


# Besides the staged columns: the id (taken from the sequence beforehand, so that replies in
# the same batch and the new cases know it), the parent, the account and the fetch time.
_POST_COPY_COLUMNS = ("id", *POST_STAGE_COLUMNS, "account_id", "fetched_at", "parent_id")


def _post_stage_row(item: FetchedPost) -> tuple:
    """A fetched post's values in the order of POST_STAGE_COLUMNS (both COPY paths use it)."""
    return (
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


# A new case gets no "created" event: its history shows the creation from the post's fetch time
# (departments.case_selectors.case_history). The event row, its two indexes and its foreign-key
# checks at commit were a sixth of the cost of ingesting a citizen post (bench/ingest.py).
# Columns not named here keep their defaults (migrations add only nullable columns or database
# defaults to these tables, which the city generator writes with COPY too).
_CASE_COPY_COLUMNS = (
    "id",
    "post_id",
    "status",
    "priority",
    "routing_explanation",
    "created_at",
    "updated_at",
)
# Replies stored before their parent are linked when the parent arrives: a look-up per new post
# through the partial in_reply_to index (fenced by OFFSET 0, so that it is never planned as a
# scan of every post without a parent), then the parent's id through the unique key.
_LINK_WAITING_CHILDREN_OF = """
UPDATE listening_post AS child
SET parent_id = (
    SELECT parent.id FROM listening_post AS parent
    WHERE parent.platform = child.platform AND parent.external_id = child.in_reply_to
)
FROM unnest(%(external_ids)b::text[]) AS new_post(external_id)
CROSS JOIN LATERAL (
    SELECT candidate.id FROM listening_post AS candidate
    WHERE candidate.in_reply_to <> '' AND candidate.platform = %(platform)s
      AND candidate.in_reply_to = new_post.external_id AND candidate.parent_id IS NULL
    OFFSET 0
) AS waiting
WHERE child.id = waiting.id
"""


def _posts_copy(
    cursor, *, account: Account, items: list[FetchedPost], known: dict[tuple[str, str], int]
) -> tuple[int, list[int]]:
    """The new posts written with one COPY into the post table and their cases with another,
    all with ids reserved beforehand."""
    citizen_kinds = set(CITIZEN_KINDS)
    citizen_count = sum(item.kind in citizen_kinds for item in items)
    post_ids, case_ids = _ids_reserve(cursor, posts=len(items), cases=citizen_count)
    new_ids = {
        (item.platform, item.external_id): id_ for item, id_ in zip(items, post_ids, strict=True)
    }
    now = timezone.now()
    account_id = account.pk
    # One case per citizen post; its clock starts when the citizen posted. Its row is built
    # while the server is still storing the posts streamed before it.
    status, priority, no_explanation = str(CaseStatus.NEW), int(Priority.NORMAL), Jsonb({})
    next_case_id = iter(case_ids).__next__
    case_rows = []
    with _copy_binary(cursor, "listening_post", _POST_COPY_COLUMNS) as copy:
        for item, id_ in zip(items, post_ids, strict=True):
            parent_id = None
            if item.in_reply_to:
                parent_key = (item.platform, item.in_reply_to)
                parent_id = known.get(parent_key) or new_ids.get(parent_key)
            copy.write_row((id_, *_post_stage_row(item), account_id, now, parent_id))
            if item.kind in citizen_kinds:
                case_rows.append(
                    (next_case_id(), id_, status, priority, no_explanation, item.created_at, now)
                )
    if case_rows:
        with _copy_binary(cursor, "departments_case", _CASE_COPY_COLUMNS) as copy:
            for row in case_rows:
                copy.write_row(row)
    for platform, external_ids in _by_platform(new_ids).items():
        cursor.execute(
            _LINK_WAITING_CHILDREN_OF, {"platform": platform, "external_ids": external_ids}
        )
    return len(items), case_ids


def _posts_insert_staged(
    cursor, *, account: Account, items: list[FetchedPost]
) -> tuple[int, list[int]]:
    """The new posts through the staging table and INSERT ... ON CONFLICT DO NOTHING: posts a
    concurrent worker stored meanwhile are skipped."""
    cursor.execute("TRUNCATE post_stage")
    with cursor.copy(f"COPY post_stage ({', '.join(POST_STAGE_COLUMNS)}) FROM STDIN") as copy:
        for item in items:
            copy.write_row(_post_stage_row(item))
    cursor.execute(
        _INSERT_POSTS,
        {
            "account_id": account.pk,
            "now": timezone.now(),
            "status": CaseStatus.NEW,
            "priority": Priority.NORMAL,
            "citizen_kinds": [str(kind) for kind in CITIZEN_KINDS],
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
        cursor.execute(_STAGING_TABLES)
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

"""Ingesting what a source returned: posts, engagement readings and unparseable items, one batch
at a time, with the cursor that follows it.

Ingestion is idempotent: posts are keyed by (platform, external_id), snapshots by (post,
taken_at), and whatever reacts to new posts (the back office opens a case for each citizen post)
runs in the same transaction; the cursor is stored in that transaction too. A worker killed at
any point and run again therefore leaves no duplicates and no gaps.

Listening knows nothing of what happens to a post next: an app that wants to hear of new posts
registers a listener with `on_new_posts` in its AppConfig.ready (departments does).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from django.db import DataError, IntegrityError, OperationalError, connection, transaction
from django.utils import timezone
from psycopg.errors import DeadlockDetected
from psycopg.types.json import Jsonb

from listening.bulk_sql import copy_binary, ids_reserve, raw_cursor
from listening.engagement import snapshots_record
from listening.item_checks import posts_checked, readings_checked
from listening.models import CITIZEN_KINDS, Account, FetchRun, QuarantinedPayload
from listening.sources.base import FetchBatch, FetchedEngagement, FetchedPost, Unparseable
from listening.sources.storable import (
    json_storable,
    jsonb_text,
    quarantine_raw_storable,
    text_storable,
)

logger = logging.getLogger(__name__)


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


@dataclass(frozen=True, slots=True)
class StoredPost:
    """A post that ingestion has just stored for the first time."""

    id: int
    kind: str
    created_at: datetime


# A listener is called inside the ingesting transaction with the posts the batch stored for the
# first time, and returns how many cases it opened for them (reported on the fetch run). It
# must be set-based: it runs once per batch of up to a few hundred posts, on the ingest path.
NewPostsListener = Callable[[list[StoredPost]], int]
_new_posts_listeners: list[NewPostsListener] = []


def on_new_posts(listener: NewPostsListener) -> NewPostsListener:
    """Register a listener for newly stored posts (once: registering it again changes nothing)."""
    if listener not in _new_posts_listeners:
        _new_posts_listeners.append(listener)
    return listener


def _new_posts_announce(stored: list[StoredPost]) -> int:
    return sum(listener(stored) for listener in _new_posts_listeners) if stored else 0


@transaction.atomic
def batch_ingest(
    *, account: Account, batch: FetchBatch, fetch_run: FetchRun | None = None
) -> IngestCounts:
    """Save one batch and the cursor that follows it, all or nothing. Each item is checked on its
    own (listening.item_checks): one that cannot be stored goes to quarantine with its raw body,
    the rest of the batch is stored, and the cursor moves past it."""
    # The batch and its cursor commit together, so losing this commit in a server crash only
    # means fetching the same items again. That makes waiting for the WAL flush unnecessary, and
    # skipping it is most of the cost of a small transaction.
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL synchronous_commit = off")
    counts = IngestCounts(items_seen=len(batch.posts) + len(batch.unparseable))
    posts, rejected = posts_checked(batch.posts)
    readings, unreadable = readings_checked(_engagement_worth_tracking(batch))
    if unreadable:
        batch.notices.append(
            f"{len(unreadable)} engagement reading(s) left out, e.g. {unreadable[0]}"[:500]
        )
    stored, refused = _posts_store(account=account, posts=posts)
    counts.posts_created = len(stored)
    counts.cases_created = _new_posts_announce(stored)
    counts.snapshots_created = snapshots_record(fetched=readings)
    quarantined = [*batch.unparseable, *rejected, *refused]
    quarantine_store(account=account, fetch_run=fetch_run, items=quarantined)
    counts.items_quarantined = len(quarantined)
    if batch.cursor:
        # A cursor is made of the platform's ids and times; one with a NUL in it must not
        # stop the account either.
        account.cursor = json_storable(batch.cursor)
        Account.objects.filter(pk=account.pk).update(cursor=account.cursor)
    return counts


# What PostgreSQL says of a value it cannot store (a check in listening.item_checks missed it),
# as opposed to the transient errors (OperationalError) that the tasks retry.
_REFUSED_VALUES = (DataError, IntegrityError, UnicodeEncodeError)


def _posts_store(
    *, account: Account, posts: list[FetchedPost]
) -> tuple[list[StoredPost], list[Unparseable]]:
    """The posts stored together; should the database refuse the batch all the same, they are
    stored one by one and the ones it refuses go to quarantine, so that the account's intake
    never stops on them (posts_upsert's savepoint undoes each failed attempt)."""
    try:
        return posts_upsert(account=account, fetched=posts), []
    except _REFUSED_VALUES as error:
        logger.warning("a batch of %s was refused (%s); storing it post by post", account, error)
    stored: list[StoredPost] = []
    refused: list[Unparseable] = []
    for post in posts:
        try:
            stored += posts_upsert(account=account, fetched=[post])
        except _REFUSED_VALUES as error:
            refused.append(
                Unparseable(raw=post.raw, error=f"Refused by the database: {error}"[:2000])
            )
    return stored, refused


def quarantine_store(
    *, account: Account, fetch_run: FetchRun | None, items: Iterable[Unparseable]
) -> int:
    """Keep each item that could not be stored, with its raw body in a form PostgreSQL accepts
    (listening.sources.storable: nothing of it is lost). An item already waiting in the
    account's quarantine is not kept twice: a stream whose cursor cannot move past it (a
    Facebook item without a readable time) brings it back at every poll. Returns the rows
    written."""
    written = 0
    for item in items:
        raw = quarantine_raw_storable(item.raw)
        if QuarantinedPayload.objects.filter(account=account, resolved=False, raw=raw).exists():
            continue
        QuarantinedPayload.objects.create(
            account=account, fetch_run=fetch_run, error=text_storable(item.error), raw=raw
        )
        written += 1
    return written


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
_POST_STAGING_TABLE = """
CREATE TEMP TABLE IF NOT EXISTS post_stage (
    platform varchar(16), external_id varchar(128), kind varchar(16), author_id varchar(128),
    author_handle varchar(200), author_name varchar(200), text text, language varchar(8),
    created_at timestamptz, url varchar(500), in_reply_to varchar(128),
    conversation_key varchar(160), has_media boolean, has_link boolean, raw jsonb
) ON COMMIT DELETE ROWS
"""
_INSERT_POSTS = """
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


@transaction.atomic  # the staging table empties at commit: COPY and INSERT need one transaction
def posts_upsert(*, account: Account, fetched: Iterable[FetchedPost]) -> list[StoredPost]:
    """Insert the posts that are new; a post seen before is left as it was. Returns the posts
    stored now.

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
        return []
    with raw_cursor() as cursor:
        wanted = set(by_key)
        wanted.update(
            (item.platform, item.in_reply_to) for item in by_key.values() if item.in_reply_to
        )
        known = _post_ids(cursor, wanted)
        new = [by_key[key] for key in sorted(by_key) if key not in known]
        if not new:
            return []
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
        cursor.execute(_POST_STAGING_TABLE)
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
        # Serialised here, once, in a form jsonb accepts (a NUL or a lone surrogate would fail
        # the COPY), and handed to psycopg as the JSON text it is.
        Jsonb(jsonb_text(item.raw), dumps=_json_text_as_is),
    )


def _json_text_as_is(text: bytes) -> bytes:
    return text


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
) -> list[StoredPost]:
    """The new posts written with one COPY into the post table, with ids reserved beforehand
    (so that replies in the same batch know their parent's id)."""
    post_ids = ids_reserve(cursor, "listening_post", len(items))
    new_ids = {
        (item.platform, item.external_id): id_ for item, id_ in zip(items, post_ids, strict=True)
    }
    now = timezone.now()
    account_id = account.pk
    with copy_binary(cursor, "listening_post", _POST_COPY_COLUMNS) as copy:
        for item, id_ in zip(items, post_ids, strict=True):
            parent_id = None
            if item.in_reply_to:
                parent_key = (item.platform, item.in_reply_to)
                parent_id = known.get(parent_key) or new_ids.get(parent_key)
            copy.write_row((id_, *_post_stage_row(item), account_id, now, parent_id))
    for platform, external_ids in _by_platform(new_ids).items():
        cursor.execute(
            _LINK_WAITING_CHILDREN_OF, {"platform": platform, "external_ids": external_ids}
        )
    return [
        StoredPost(id=id_, kind=item.kind, created_at=item.created_at)
        for item, id_ in zip(items, post_ids, strict=True)
    ]


def _posts_insert_staged(cursor, *, account: Account, items: list[FetchedPost]) -> list[StoredPost]:
    """The new posts through the staging table and INSERT ... ON CONFLICT DO NOTHING: posts a
    concurrent worker stored meanwhile are skipped."""
    cursor.execute("TRUNCATE post_stage")
    with cursor.copy(f"COPY post_stage ({', '.join(POST_STAGE_COLUMNS)}) FROM STDIN") as copy:
        for item in items:
            copy.write_row(_post_stage_row(item))
    cursor.execute(_INSERT_POSTS, {"account_id": account.pk, "now": timezone.now()})
    stored = [StoredPost(*row) for row in cursor.fetchall()]
    cursor.execute(_LINK_WAITING_CHILDREN)
    return stored

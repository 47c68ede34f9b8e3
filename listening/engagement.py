"""The engagement of the city's own posts: readings stored only where a number changed, and
kept current, often while a post is young and rarely once it is old (citizens react in the
first hours; a week later little changes)."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime, timedelta

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from psycopg.types.json import Jsonb

from listening.accounts import account_needs_attention
from listening.bulk_sql import raw_cursor
from listening.item_checks import readings_checked
from listening.models import Account, Post, PostKind
from listening.sources import source_for
from listening.sources.base import FetchedEngagement
from listening.sources.errors import CredentialsInvalid, RateLimited

logger = logging.getLogger(__name__)

# (post younger than, refresh at least this often)
REFRESH_SCHEDULE = [
    (timedelta(hours=6), timedelta(minutes=15)),
    (timedelta(days=1), timedelta(hours=1)),
    (timedelta(days=7), timedelta(hours=6)),
    (timedelta(days=28), timedelta(days=1)),
]
MAX_POSTS_PER_REFRESH = 100


def posts_with_engagement_due(*, now: datetime | None = None):
    now = now or timezone.now()
    due = Q()
    for younger_than, every in REFRESH_SCHEDULE:
        due |= Q(created_at__gt=now - younger_than) & (
            Q(engagement_checked_at__isnull=True) | Q(engagement_checked_at__lte=now - every)
        )
    return (
        Post.objects.filter(
            kind=PostKind.OWN_POST, account__is_active=True, account__needs_attention=False
        )
        .filter(
            Q(account__rate_limited_until__isnull=True) | Q(account__rate_limited_until__lte=now)
        )
        .filter(created_at__gt=now - REFRESH_SCHEDULE[-1][0])
        .filter(due)
    )


def accounts_with_engagement_due(*, now: datetime | None = None) -> list[int]:
    return sorted(set(posts_with_engagement_due(now=now).values_list("account_id", flat=True)))


def account_engagement_refresh(*, account_id: int, now: datetime | None = None) -> int:
    """Fetch current engagement for this account's due posts; returns snapshots written."""
    now = now or timezone.now()
    account = Account.objects.get(pk=account_id)
    posts = posts_with_engagement_due(now=now).filter(account=account)
    external_ids = list(posts.values_list("external_id", flat=True)[:MAX_POSTS_PER_REFRESH])
    if not external_ids:
        return 0
    try:
        fetched = source_for(account).fetch_engagement(external_ids, now=now)
    except CredentialsInvalid as error:
        account_needs_attention(account=account, reason=str(error))
        return 0
    except RateLimited as error:
        Account.objects.filter(pk=account.pk).update(rate_limited_until=error.retry_at)
        return 0
    written = snapshots_record(fetched=fetched)
    Post.objects.filter(account=account, external_id__in=external_ids).update(
        engagement_checked_at=now
    )
    return written


# Readings are streamed with COPY into a session-local staging table and moved into place with
# one set-based statement: a page of readings costs a handful of round trips (bench/ingest.py).
_SNAPSHOT_STAGING_TABLE = """
CREATE TEMP TABLE IF NOT EXISTS snapshot_stage (
    platform varchar(16), external_id varchar(128), taken_at timestamptz, likes integer,
    shares integer, replies integer, quotes integer, impressions bigint, reactions jsonb
) ON COMMIT DELETE ROWS
"""
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
    items, problems = readings_checked(fetched)
    if problems:
        # A negative or impossible count must not fail the readings of the other posts.
        logger.warning("engagement readings left out: %s", "; ".join(problems)[:2000])
    if not items:
        return 0
    with raw_cursor() as cursor:
        cursor.execute(_SNAPSHOT_STAGING_TABLE)
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

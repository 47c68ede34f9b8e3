"""Pseudonymising posts in SQL, shared by erasure and retention: the author's handle, name and
platform id become a stable pseudonym, the text, address and raw payload go, and everything on
the post's case that quotes them (replies, notes, event reasons, the routing explanation, the
search vector), and the city's own posts that answer them, are rewritten in the same
transaction.

The pseudonym is "erased-" and ten hex digits of a hash of the author's platform identity,
keyed with a digest of SECRET_KEY: the same person gets the same pseudonym on every post (the
case view's "earlier cases of this author" keeps working), and nobody can get the handle back
by hashing candidate handles without the key."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime

from django.conf import settings
from django.db import connection

from departments.cases.search import cases_index_for_search

PSEUDONYM_PREFIX = "erased-"


def pseudonym_key() -> str:
    # A digest, not the key itself: these statements can end up in PostgreSQL's logs.
    return hashlib.sha256(f"privacy-pseudonym:{settings.SECRET_KEY}".encode()).hexdigest()


def pseudonym_for(*, platform: str, identity: str) -> str:
    """The Python twin of _PSEUDONYM_SQL, for texts that name an author."""
    digest = hashlib.sha256(f"{pseudonym_key()}:{platform}:{identity}".encode()).hexdigest()
    return PSEUDONYM_PREFIX + digest[:10]


def author_identity(*, author_id: str, handle: str, name: str) -> str:
    """Who wrote a post, as the pseudonym is computed from: the platform's id of the author,
    which survives a change of handle; else the handle; else (Facebook) the name."""
    return author_id or handle.lower() or name.lower()


_PSEUDONYM_SQL = """
    %(prefix)s || left(encode(sha256(convert_to(
        %(key)s || ':' || p.platform || ':' || coalesce(
            nullif(p.author_id, ''), nullif(lower(p.author_handle), ''), lower(p.author_name)
        ), 'UTF8')), 'hex'), 10)
"""

# The posts to pseudonymise, with their case and what to look for in texts that quote them.
_TARGETS = f"""
    CREATE TEMPORARY TABLE privacy_targets ON COMMIT DROP AS
    SELECT p.id AS post_id, c.id AS case_id, p.author_handle AS handle,
           p.author_name AS name, {_PSEUDONYM_SQL} AS pseudonym
    FROM listening_post p
    LEFT JOIN departments_case c ON c.post_id = p.id
    WHERE p.id = ANY(%(post_ids)s) AND p.pseudonymised_at IS NULL
"""

_SCRUB_REPLIES = """
    UPDATE departments_reply r
    SET text = departments_privacy_scrub(r.text, t.handle, t.name, t.pseudonym, true),
        error = departments_privacy_scrub(r.error, t.handle, t.name, t.pseudonym, true),
        review_comment = departments_privacy_scrub(
            r.review_comment, t.handle, t.name, t.pseudonym, true)
    FROM privacy_targets t
    WHERE r.case_id = t.case_id
      AND (r.text, r.error, r.review_comment) IS DISTINCT FROM (
          departments_privacy_scrub(r.text, t.handle, t.name, t.pseudonym, true),
          departments_privacy_scrub(r.error, t.handle, t.name, t.pseudonym, true),
          departments_privacy_scrub(r.review_comment, t.handle, t.name, t.pseudonym, true))
"""

# The city's own posts that answer these posts: fetched back from the platform, the city's
# reply (Reply.platform_external_id), and any post of the city in reply to them or in a thread
# they started. They quote the resident as the replies on the case do.
OWN_ANSWERS = """
    SELECT o.id AS post_id, p.id AS answered
    FROM listening_post p
    JOIN listening_post o ON o.platform = p.platform AND o.in_reply_to = p.external_id
    WHERE p.id = ANY(%(post_ids)s) AND o.kind = 'own_post'
    UNION
    SELECT o.id, p.id
    FROM listening_post p
    JOIN listening_post o ON o.conversation_key = p.platform || ':' || p.external_id
    WHERE p.id = ANY(%(post_ids)s) AND o.kind = 'own_post'
    UNION
    SELECT o.id, p.id
    FROM listening_post p
    JOIN departments_case c ON c.post_id = p.id
    JOIN departments_reply r ON r.case_id = c.id AND r.platform_external_id <> ''
    JOIN listening_post o ON o.platform = p.platform AND o.external_id = r.platform_external_id
    WHERE p.id = ANY(%(post_ids)s) AND o.kind = 'own_post'
"""
_OWN_ANSWERS_TABLE = f"""
    CREATE TEMPORARY TABLE privacy_own_answers ON COMMIT DROP AS {OWN_ANSWERS}
"""
_SCRUB_OWN_ANSWERS = """
    UPDATE listening_post o
    SET text = departments_privacy_scrub(o.text, t.handle, t.name, t.pseudonym, true)
    FROM privacy_own_answers a
    JOIN privacy_targets t ON t.post_id = a.answered
    WHERE o.id = a.post_id
      AND o.text <> departments_privacy_scrub(o.text, t.handle, t.name, t.pseudonym, true)
"""

# A quarantined payload's error may quote the payload (X's "page unreadable: {...}", a
# parser's "created_at ... is not a date: '...'"): what comes before the first quote, colon,
# bracket or "@" says what went wrong without it. Executed with a "reason" parameter.
QUARANTINE_ERROR_SQL = r"""
    concat_ws(' ', nullif(rtrim(substring(error from '^[^:''"{[(<@]*'), ' .'), ''),
              '(payload removed by ' || %(reason)s::text || ')')
"""

# The router's own reasons quote the words of the post that matched a topic ("matched
# "lantaarnpaal" (Street lighting)"): the quotes go, the verdict and the scores stay.
QUOTED_WORDS = r'"[^"]*"'
_SCRUB_EVENTS = f"""
    UPDATE departments_caseevent e
    SET reason = CASE WHEN e.kind = 'routed' AND e.reason LIKE 'automatic:%'
                      THEN regexp_replace(e.reason, '{QUOTED_WORDS}', '"…"', 'g')
                      ELSE departments_privacy_scrub(e.reason, t.handle, t.name, t.pseudonym, true)
                 END
    FROM privacy_targets t
    WHERE e.case_id = t.case_id AND e.reason <> ''
"""

# The routing explanation keeps the scores, thresholds and decision (the case view shows why a
# case went where it did); the words and places it quoted from the post go.
_SCRUB_EXPLANATIONS = f"""
    UPDATE departments_case c
    SET routing_explanation = c.routing_explanation
        || jsonb_build_object('places', '[]'::jsonb)
        || jsonb_build_object('keywords', coalesce((
            SELECT jsonb_agg(CASE WHEN jsonb_typeof(k) = 'object'
                                  THEN k || '{{"term": ""}}'::jsonb ELSE k END)
            FROM jsonb_array_elements(CASE
                WHEN jsonb_typeof(c.routing_explanation -> 'keywords') = 'array'
                THEN c.routing_explanation -> 'keywords' ELSE '[]'::jsonb END) AS k
        ), '[]'::jsonb))
        || jsonb_build_object('summary', regexp_replace(
            coalesce(c.routing_explanation ->> 'summary', ''), '{QUOTED_WORDS}', '"…"', 'g'))
    FROM privacy_targets t
    WHERE c.id = t.case_id AND jsonb_typeof(c.routing_explanation) = 'object'
      AND c.routing_explanation <> '{{}}'::jsonb
"""

# Kind, language, dates, media and link flags, the account and the thread stay: the reports
# count them. A post with a handle keeps the pseudonym there (shown as "@erased-..."); a
# Facebook commenter, who has none, keeps it as the name.
_PSEUDONYMISE_POSTS = """
    UPDATE listening_post p
    SET author_id = t.pseudonym,
        author_handle = CASE WHEN p.author_handle = '' THEN '' ELSE t.pseudonym END,
        author_name = CASE WHEN p.author_handle = '' THEN t.pseudonym ELSE '' END,
        text = '',
        url = '',
        raw = jsonb_build_object('removed_by', %(reason)s::text),
        raw_removed_at = coalesce(p.raw_removed_at, %(now)s),
        pseudonymised_at = %(now)s
    FROM privacy_targets t
    WHERE p.id = t.post_id
"""


@contextmanager
def history_rewrite_allowed(cursor) -> Iterator[None]:
    """Case events are append-only; departments/migrations/0012_privacy lets the current
    transaction rewrite their reasons while this block runs, and only then (the setting is
    switched off again even if an outer transaction goes on)."""
    cursor.execute("SELECT set_config('smartgov.privacy_rewrite', 'on', true)")
    try:
        yield
    finally:
        cursor.execute("SELECT set_config('smartgov.privacy_rewrite', 'off', true)")


def posts_pseudonymise(*, post_ids: Iterable[int], reason: str, now: datetime) -> dict[str, int]:
    """Pseudonymise these posts and what their cases quote of them; posts already done are
    skipped. Must run inside a transaction (the temporary table and the history rewrite last
    until its end). Returns counts per kind of row changed."""
    post_ids = list(post_ids)
    counts = dict.fromkeys(
        ("posts", "replies", "events", "explanations", "own_answers", "search_vectors"), 0
    )
    if not post_ids:
        return counts
    params = {
        "post_ids": post_ids,
        "prefix": PSEUDONYM_PREFIX,
        "key": pseudonym_key(),
        "reason": reason,
        "now": now,
    }
    with connection.cursor() as cursor, history_rewrite_allowed(cursor):
        cursor.execute("DROP TABLE IF EXISTS privacy_targets")
        cursor.execute(_TARGETS, params)
        cursor.execute("SELECT case_id FROM privacy_targets WHERE case_id IS NOT NULL")
        case_ids = [row[0] for row in cursor.fetchall()]
        cursor.execute(_SCRUB_REPLIES)
        counts["replies"] = cursor.rowcount
        # Without parameters: the "%" of its LIKE is then sent as it is.
        cursor.execute(_SCRUB_EVENTS)
        counts["events"] = cursor.rowcount
        cursor.execute(_SCRUB_EXPLANATIONS)
        counts["explanations"] = cursor.rowcount
        cursor.execute("DROP TABLE IF EXISTS privacy_own_answers")
        cursor.execute(_OWN_ANSWERS_TABLE, params)
        cursor.execute(_SCRUB_OWN_ANSWERS)
        counts["own_answers"] = cursor.rowcount
        cursor.execute(_PSEUDONYMISE_POSTS, params)
        counts["posts"] = cursor.rowcount
        cursor.execute("DROP TABLE privacy_own_answers")
        cursor.execute("DROP TABLE privacy_targets")
        # Only cases that had a vector: the others are not routed yet and get theirs then.
        cursor.execute(
            "SELECT id FROM departments_case WHERE id = ANY(%s) AND search_vector IS NOT NULL",
            [case_ids],
        )
        indexed = [row[0] for row in cursor.fetchall()]
    counts["search_vectors"] = cases_index_for_search(case_ids=indexed)
    return counts

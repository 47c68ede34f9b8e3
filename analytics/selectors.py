"""Reads for analytics: the aggregation happens in PostgreSQL (GROUP BY, DISTINCT ON, windows,
date_trunc in the city's time zone) and only small frames come back. The only row-per-item reads
are the city's own posts of one period and the cases of one period, never every post.

The SQL reads the views that listening and departments own for reports (their migrations
0006_reporting_views and 0010_reporting_views), never their tables: an app that changes its
tables keeps its views' shape, and analytics depends on nothing else of theirs.

Every function takes the period as UTC bounds [start, end) and an optional department id that
scopes cases to their department and the city's own posts to the department's accounts.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta

import pandas as pd
from django.conf import settings
from django.db import connection, transaction
from psycopg.types.datetime import TimestamptzLoader

from listening.models import CITIZEN_KINDS, PostKind

# Engagement of a post grows for a few weeks at most: the daily engagement chart follows the
# snapshots of posts published up to this long before the period.
ENGAGEMENT_LOOKBACK = timedelta(days=35)


@contextmanager
def reading_session() -> Iterator[None]:
    """One transaction for the reads of an overview, with settings for its short analytical
    queries, undone when it ends: no JIT, whose compiling took 0.1 to 0.35 s per query on the
    city of a million posts, longer than most of them run; and enough work_mem for the
    engagement window's sort to stay in memory."""
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT set_config('jit', 'off', true), set_config('work_mem', '32MB', true)"
            )
        yield


def _frame(sql: str, params: dict) -> pd.DataFrame:
    with connection.cursor() as cursor:
        if connection.timezone_name == "UTC":
            # Django's timestamptz loader wraps psycopg's in Python, about 7 us a value: half a
            # second for a week's cases in a large city. With the session in UTC, as Django
            # keeps it, psycopg's own (C) loader gives the same aware UTC datetimes.
            cursor.cursor.adapters.register_loader("timestamptz", TimestamptzLoader)
        cursor.execute(sql, params)
        columns = [column.name for column in cursor.description]
        return pd.DataFrame(cursor.fetchall(), columns=columns)


def _params(start: datetime, end: datetime, department_id: int | None, **more) -> dict:
    return {
        "start": start,
        "end": end,
        "dept": department_id,
        "tz": settings.TIME_ZONE,
        "citizen_kinds": [str(kind) for kind in CITIZEN_KINDS],
        "own_post": str(PostKind.OWN_POST),
        **more,
    }


def own_posts_latest_engagement(
    *, start: datetime, end: datetime, department_id: int | None = None
) -> pd.DataFrame:
    """The city's own posts published in the period, each with its latest engagement snapshot
    (DISTINCT ON per post) and its account's followers."""
    sql = """
        WITH posts AS (
            SELECT p.id, p.platform, p.account_id, p.created_at, p.has_media, p.has_link,
                   p.url, left(p.text, 160) AS text,
                   (p.created_at AT TIME ZONE %(tz)s) AS local_created
            FROM listening_report_post p
            WHERE p.kind = %(own_post)s AND p.created_at >= %(start)s AND p.created_at < %(end)s
              AND (%(dept)s::bigint IS NULL OR p.account_department_id = %(dept)s::bigint)
        ), latest AS (
            SELECT DISTINCT ON (s.post_id) s.post_id, s.likes, s.shares, s.replies, s.quotes,
                   s.impressions, s.taken_at
            FROM listening_report_engagement s
            JOIN posts ON posts.id = s.post_id
            ORDER BY s.post_id, s.taken_at DESC
        )
        SELECT posts.*, a.handle, a.platform AS account_platform, a.followers_count AS followers,
               d.name AS department, latest.likes, latest.shares, latest.replies, latest.quotes,
               latest.impressions, latest.taken_at
        FROM posts
        JOIN listening_report_account a ON a.id = posts.account_id
        JOIN departments_report_department d ON d.id = a.department_id
        LEFT JOIN latest ON latest.post_id = posts.id
        ORDER BY posts.created_at
    """
    frame = _frame(sql, _params(start, end, department_id))
    for column in ("likes", "shares", "replies", "quotes"):
        frame[column] = pd.to_numeric(frame[column]).fillna(0).astype("int64")
    frame["impressions"] = pd.to_numeric(frame["impressions"]).astype("Float64")
    frame["followers"] = pd.to_numeric(frame["followers"]).astype("Float64")
    return frame


def engagement_gained_per_day(
    *, start: datetime, end: datetime, department_id: int | None = None
) -> pd.DataFrame:
    """Per local day and platform: how much each engagement count grew across the city's posts,
    from consecutive snapshots (LAG over each post's history)."""
    sql = """
        WITH steps AS (
            SELECT p.platform, s.taken_at,
                   s.likes - coalesce(lag(s.likes) OVER w, 0) AS likes,
                   s.shares - coalesce(lag(s.shares) OVER w, 0) AS shares,
                   s.replies - coalesce(lag(s.replies) OVER w, 0) AS replies,
                   s.quotes - coalesce(lag(s.quotes) OVER w, 0) AS quotes
            FROM listening_report_engagement s
            JOIN listening_report_post p ON p.id = s.post_id
            WHERE p.kind = %(own_post)s AND p.created_at >= %(lookback)s
              AND p.created_at < %(end)s AND s.taken_at < %(end)s
              AND (%(dept)s::bigint IS NULL OR p.account_department_id = %(dept)s::bigint)
            WINDOW w AS (PARTITION BY s.post_id ORDER BY s.taken_at)
        )
        SELECT date_trunc('day', taken_at AT TIME ZONE %(tz)s)::date AS day, platform,
               sum(likes)::bigint AS likes, sum(shares)::bigint AS shares,
               sum(replies)::bigint AS replies, sum(quotes)::bigint AS quotes
        FROM steps
        WHERE taken_at >= %(start)s
        GROUP BY 1, 2
        ORDER BY 1, 2
    """
    return _frame(sql, _params(start, end, department_id, lookback=start - ENGAGEMENT_LOOKBACK))


def citizen_volume_per_day(
    *, start: datetime, end: datetime, department_id: int | None = None
) -> pd.DataFrame:
    """Incoming citizen posts per local day, department, platform and language."""
    sql = """
        SELECT date_trunc('day', c.created_at AT TIME ZONE %(tz)s)::date AS day,
               coalesce(c.department_name, 'Triage (no department)') AS department,
               c.platform, coalesce(nullif(c.language, ''), 'unknown') AS language,
               count(*) AS posts
        FROM departments_report_case c
        WHERE c.created_at >= %(start)s AND c.created_at < %(end)s
          AND (%(dept)s::bigint IS NULL OR c.department_id = %(dept)s::bigint)
        GROUP BY 1, 2, 3, 4
        ORDER BY 1, 2, 3, 4
    """
    return _frame(sql, _params(start, end, department_id))


def citizen_posts_per_day(
    *, start: datetime, end: datetime, department_id: int | None = None
) -> pd.DataFrame:
    """Incoming citizen posts (cases) per local day, all departments, platforms and languages
    together: the baseline of the daily spikes, read from the cases alone."""
    sql = """
        SELECT date_trunc('day', c.created_at AT TIME ZONE %(tz)s)::date AS day, count(*) AS posts
        FROM departments_report_case c
        WHERE c.created_at >= %(start)s AND c.created_at < %(end)s
          AND (%(dept)s::bigint IS NULL OR c.department_id = %(dept)s::bigint)
        GROUP BY 1
        ORDER BY 1
    """
    return _frame(sql, _params(start, end, department_id))


def topic_posts_per_day(
    *, start: datetime, end: datetime, department_id: int | None = None
) -> pd.DataFrame:
    """Citizen posts per local day and topic (a case with two topics counts for both)."""
    sql = """
        SELECT date_trunc('day', c.created_at AT TIME ZONE %(tz)s)::date AS day,
               c.topic, count(*) AS posts
        FROM departments_report_case_topic c
        WHERE c.created_at >= %(start)s AND c.created_at < %(end)s
          AND (%(dept)s::bigint IS NULL OR c.department_id = %(dept)s::bigint)
        GROUP BY 1, 2
        ORDER BY 1, 2
    """
    return _frame(sql, _params(start, end, department_id))


def topic_posts_per_week(
    *, start: datetime, end: datetime, department_id: int | None = None
) -> pd.DataFrame:
    """Citizen posts per topic in the week [start, end) (weeks_ago 0) and each of the four
    weeks before it (1..4). Weeks are counted in whole weeks of the city's clock, so a week
    with a summer-time change is still one week."""
    sql = """
        WITH bounds AS (
            SELECT n AS weeks_ago,
                   ((%(start_local)s::timestamp - make_interval(weeks => n)) AT TIME ZONE %(tz)s)
                       AS lo,
                   ((%(start_local)s::timestamp - make_interval(weeks => n - 1))
                       AT TIME ZONE %(tz)s) AS hi
            FROM generate_series(0, 4) AS n
        )
        SELECT c.topic, b.weeks_ago, count(*) AS posts
        FROM departments_report_case_topic c
        JOIN bounds b ON c.created_at >= b.lo AND c.created_at < b.hi
        WHERE c.created_at >= (SELECT min(lo) FROM bounds) AND c.created_at < %(end)s
          AND (%(dept)s::bigint IS NULL OR c.department_id = %(dept)s::bigint)
        GROUP BY 1, 2
    """
    from smartgov.city_clock import city_zone

    start_local = start.astimezone(city_zone()).replace(tzinfo=None)
    return _frame(sql, _params(start, end, department_id, start_local=start_local))


def cases_in_period(
    *, start: datetime, end: datetime, department_id: int | None = None
) -> pd.DataFrame:
    """One row per case created in the period (a week's worth, not the whole history): its
    times, due times, status, department with its targets, account and first topic."""
    sql = """
        SELECT c.id, c.status, c.created_at, c.first_responded_at, c.closed_at,
               c.first_response_due_at, c.resolution_due_at,
               coalesce(c.department_name, 'Triage (no department)') AS department,
               c.first_response_target_h, c.resolution_target_h,
               c.account_id, c.platform, c.first_topic AS topic
        FROM departments_report_case c
        WHERE c.created_at >= %(start)s AND c.created_at < %(end)s
          AND (%(dept)s::bigint IS NULL OR c.department_id = %(dept)s::bigint)
    """
    frame = _frame(sql, _params(start, end, department_id))
    frame["topic"] = frame["topic"].fillna("No topic")
    return frame


def backlog_per_day(
    *, days: list, department_id: int | None = None, excluded_statuses=()
) -> pd.DataFrame:
    """Open cases at the end of each local day: created before the day ended and not closed by
    then. One pass over the cases with one FILTER per day; a case closed before the first day
    ended counts on no day, so the WHERE leaves it out before the FILTERs (most of a city's
    history)."""
    from smartgov.city_clock import local_midnight

    ends = [local_midnight(day + timedelta(days=1)) for day in days]
    if not ends:
        return pd.DataFrame(columns=["day", "open_cases"])
    filters = ",\n".join(
        f"count(*) FILTER (WHERE c.created_at < %(e{n})s "
        f"AND (c.closed_at IS NULL OR c.closed_at >= %(e{n})s)) AS d{n}"
        for n in range(len(ends))
    )
    sql = f"""
        SELECT {filters}
        FROM departments_report_case c
        WHERE c.created_at < %(last)s
          AND (c.closed_at IS NULL OR c.closed_at >= %(e0)s)
          AND (%(dept)s::bigint IS NULL OR c.department_id = %(dept)s::bigint)
          AND NOT (c.status = ANY(%(excluded)s))
    """
    params = {f"e{n}": end for n, end in enumerate(ends)}
    params.update(dept=department_id, last=ends[-1], excluded=list(excluded_statuses))
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        counts = cursor.fetchone()
    return pd.DataFrame({"day": days, "open_cases": [int(c) for c in counts]})


def routing_in_period(
    *, start: datetime, end: datetime, department_id: int | None = None
) -> dict[str, int]:
    """How the cases of the period were routed: by the router (a 'routed' event without a
    person) and how many of those an officer corrected afterwards (a 're-routed' event)."""
    # The view walks each case's events once, both flags at once: a week's cases, not a GROUP BY
    # over every event of the period's cases.
    sql = """
        SELECT count(*) AS cases,
               count(*) FILTER (WHERE c.auto_routed) AS auto_routed,
               count(*) FILTER (WHERE c.auto_routed AND c.corrected) AS auto_routed_corrected,
               count(*) FILTER (WHERE c.corrected) AS corrected
        FROM departments_report_case_routing c
        WHERE c.created_at >= %(start)s AND c.created_at < %(end)s
          AND (%(dept)s::bigint IS NULL OR c.department_id = %(dept)s::bigint)
    """
    frame = _frame(sql, _params(start, end, department_id))
    return {key: int(value or 0) for key, value in frame.iloc[0].items()}


def accounts_overview(*, department_id: int | None = None) -> pd.DataFrame:
    sql = """
        SELECT a.id AS account_id, a.platform AS account_platform, a.handle, a.display_name,
               a.followers_count AS followers, d.name AS department
        FROM listening_report_account a
        JOIN departments_report_department d ON d.id = a.department_id
        WHERE (%(dept)s::bigint IS NULL OR a.department_id = %(dept)s::bigint)
        ORDER BY d.name, a.handle
    """
    return _frame(sql, {"dept": department_id})


def mentions_per_account(
    *, start: datetime, end: datetime, department_id: int | None = None
) -> pd.DataFrame:
    """Citizen posts received per account in the period, whoever the case went to."""
    sql = """
        SELECT p.account_id, count(*) AS mentions
        FROM listening_report_post p
        WHERE p.kind = ANY(%(citizen_kinds)s)
          AND p.created_at >= %(start)s AND p.created_at < %(end)s
          AND (%(dept)s::bigint IS NULL OR p.account_department_id = %(dept)s::bigint)
        GROUP BY 1
    """
    return _frame(sql, _params(start, end, department_id))


def incidents_in_period(
    *, start: datetime, end: datetime, department_id: int | None = None
) -> pd.DataFrame:
    """The incidents whose first post falls in the period: their posts, and when the city's
    first public message went out."""
    sql = """
        SELECT i.id, i.title, coalesce(i.department_name, 'Triage (no department)') AS department,
               i.first_post_at, i.first_message_at, i.case_count AS posts
        FROM departments_report_incident i
        WHERE i.first_post_at >= %(start)s AND i.first_post_at < %(end)s
          AND (%(dept)s::bigint IS NULL OR i.department_id = %(dept)s::bigint)
        ORDER BY i.first_post_at
    """
    return _frame(sql, _params(start, end, department_id))

"""The weekly manager report on a generated city (issue 6: under 10 s for a city with 1,000,000
posts and 2,000,000 engagement snapshots, with its peak memory).

Runs in a fresh process whose database is the city's: one build per process, so the peak
memory the harness reports is this build's. The week is the last full ISO week (city time)
before the city's generated history ends."""

from __future__ import annotations

import tempfile
import time
from datetime import timedelta
from pathlib import Path

_REFERENCE = """
WITH posts AS (
    SELECT count(*) AS n, sum(length(text)) AS chars FROM listening_post
    WHERE created_at >= %(start)s AND created_at < %(end)s
), cases AS (
    SELECT count(*) AS n, count(first_responded_at) AS answered FROM departments_case
    WHERE created_at >= %(start)s AND created_at < %(end)s
), snapshots AS (
    SELECT count(*) AS n, sum(s.likes + s.shares + s.replies) AS engagement
    FROM listening_engagementsnapshot AS s
    JOIN listening_post AS p ON p.id = s.post_id
    WHERE p.kind = 'own_post' AND p.created_at >= %(start)s AND p.created_at < %(end)s
)
SELECT posts.n, cases.n, snapshots.n FROM posts, cases, snapshots
"""


def city_end():
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT ends_at FROM bench_city WHERE complete")
        return cursor.fetchone()[0]


def last_full_week(end) -> str:
    from smartgov.city_clock import city_zone

    local = end.astimezone(city_zone()).date()
    monday = local - timedelta(days=local.weekday() + 7)
    year, week, _ = monday.isocalendar()
    return f"{year}-W{week:02d}"


def run_weekly_report(size: int) -> dict:
    from django.db import connection

    from analytics.periods import week_period
    from analytics.reports import weekly_report_build

    end = city_end()
    week = last_full_week(end)
    with tempfile.TemporaryDirectory() as out:
        started = time.perf_counter()
        report = weekly_report_build(week=week, out_dir=Path(out), now=end)
        seconds = time.perf_counter() - started
        written = sorted(path.suffix for path in Path(out).iterdir())
    missing = {".html", ".pdf", ".zip"} - set(written)
    if missing:
        raise SystemExit(f"the report for {week} wrote {written}, without {sorted(missing)}")

    period = week_period(week)
    with connection.cursor() as cursor:
        started = time.perf_counter()
        cursor.execute(_REFERENCE, {"start": period.start, "end": period.end})
        posts, cases, snapshots = cursor.fetchone()
        reference = time.perf_counter() - started
    parts = ", ".join(f"{name} {value:.2f} s" for name, value in report.seconds.items())
    note = (
        f"week {week}: {posts:,} posts, {cases:,} cases, {snapshots:,} snapshots of the week's "
        f"own posts; {parts}"
    )
    if report.charts_note:
        note += "; charts left out: " + report.charts_note
    return {
        "figures": {"whole city": {"samples": [seconds], "reference": [reference], "note": note}}
    }

"""Every benchmark the issues ask for: what it measures, at which sizes, against which reference,
and the target it must meet.

Two kinds: "rate" benchmarks report items per second (higher is better), one sample per run;
"latency" benchmarks report the time of one operation in their unit (lower is better), many
samples per run and possibly several figures (the queue has four pages). Benchmarks with a
`city` run on a generated city database (bench.make_city), built once per size and reused."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from bench.city import OWN_SHARE


def posts_for_cases(cases: int) -> int:
    """The size of the city whose citizen posts (one case each) number at least `cases`."""
    posts = math.ceil(cases / (1 - OWN_SHARE))
    while posts - max(1, round(posts * OWN_SHARE)) < cases:
        posts += 1
    return posts


@dataclass(frozen=True)
class Benchmark:
    name: str
    issue: int
    what: str
    reference: str
    unit: str
    sizes: tuple[int, ...]
    target: str
    # (median, median of the reference) -> met? None: a figure for comparison, with no target.
    meets_target: Callable[[float, float], bool] | None
    runner: str  # "module:function" taking the size
    kind: str = "rate"  # "rate" (higher is better) or "latency" (lower is better)
    size_unit: str = "posts"
    # For benchmarks on a generated city: size -> number of posts of that city.
    city: Callable[[int], int] | None = None
    digits: int = 0  # decimals shown
    # For benchmarks whose figures have targets of their own (the load benchmark: a latency
    # target on some pages, zero errors on all): "module:function" taking (figure, median,
    # reference median, errors) and returning met?, used instead of meets_target.
    judge: str | None = None


BENCHMARKS = {
    benchmark.name: benchmark
    for benchmark in [
        Benchmark(
            name="ingest",
            issue=3,
            what="X API v2 mention pages normalised and stored (posts, a case per citizen post)",
            reference="plain COPY of the same post rows into the same table",
            unit="posts/s",
            sizes=(10_000, 100_000),
            target=">= 1/3 of the COPY rate",
            meets_target=lambda rate, reference: rate >= reference / 3,
            runner="bench.ingest:run_pipeline",
        ),
        Benchmark(
            name="classify",
            issue=4,
            what=(
                "mixed-language citizen posts routed (language, rules, model) on one core, in "
                "the routing messages ingestion sends (at most 1,000 posts each)"
            ),
            reference="spaCy's bare tokenizer on the same posts",
            unit="posts/s",
            sizes=(2_000, 10_000),
            target=">= 5,000 posts/s and >= 1/4 of the tokenizer's rate",
            meets_target=lambda rate, reference: rate >= 5000 and rate >= reference / 4,
            runner="bench.classify:run_classification",
        ),
        Benchmark(
            name="classify_small_messages",
            issue=4,
            what=(
                "the same posts routed in messages of 200 (the safety net's size, more than a "
                "quiet account's poll brings): what the fixed cost of a message does to the rate"
            ),
            reference="spaCy's bare tokenizer on the same posts",
            unit="posts/s",
            sizes=(10_000,),
            target="none: for comparison with the row above",
            meets_target=None,
            runner="bench.classify:run_classification_in_small_messages",
        ),
        Benchmark(
            name="incidents",
            issue=19,
            what=(
                "incident detection on routed citizen posts (the evaluation set's, repeated a "
                "week apart), one routing message of 1,000 at a time, through the database as "
                "the route worker runs it (clues read and written, incidents formed)"
            ),
            reference="routing alone (active_router().route_many) on the same posts",
            unit="posts/s",
            sizes=(10_000,),
            target=">= 1,000 posts/s",
            meets_target=lambda rate, reference: rate >= 1000,
            runner="bench.incidents:run_detection",
        ),
        Benchmark(
            name="queue",
            issue=5,
            what=(
                "the queue page (GET /, the real view through django.test.Client, logged in as "
                "an officer) on a generated city: the first page of open cases, a filtered page "
                "(department=traffic&status=routed), page 500 through the keyset cursor (its "
                "cursor computed with one SQL query) and a full-text search for a common word "
                "(q=kapot); the median of many requests each"
            ),
            reference=(
                "the page's main SQL query alone (the slowest query on departments_case that "
                "the page ran, replayed as captured)"
            ),
            unit="ms",
            sizes=(10_000, 1_000_000),
            size_unit="cases",
            target="< 150 ms median",
            meets_target=lambda median, reference: median < 150,
            runner="bench.queue:run_queue",
            kind="latency",
            city=posts_for_cases,
            digits=1,
        ),
        Benchmark(
            name="weekly_report",
            issue=6,
            what=(
                "analytics.reports.weekly_report_build for the last full week of a generated "
                "city, for the whole city, as HTML, PDF and CSV written to a directory"
            ),
            reference=(
                "one SQL statement reading the week's posts, cases and engagement snapshots once "
                "(counts and sums), the least any report of that week must read"
            ),
            unit="s",
            sizes=(posts_for_cases(100_000), posts_for_cases(1_000_000)),
            target="< 10 s (at 1,000,000 posts and 2,000,000 snapshots)",
            meets_target=lambda median, reference: median < 10,
            runner="bench.weekly_report:run_weekly_report",
            kind="latency",
            city=lambda posts: posts,
            digits=2,
        ),
        Benchmark(
            name="load",
            issue=17,
            what=(
                "50 simulated officers (threads with keep-alive connections, seeded think time of "
                "1-3 s) working the queue against gunicorn (gunicorn.conf.py, DEBUG off) on "
                "loopback for 60 s after 10 s of warm-up, while ingestion stores 100 posts/s "
                "through the real pipeline in a process of its own and a Celery worker routes "
                "the new cases: the queue page, a filtered page and a search (htmx), the queue's "
                "poll for new cases, the left pane, a case in the pane (htmx) and on its own "
                "page, presence heartbeats and internal notes (POST with the CSRF token); each "
                "page's median and 95th percentile (the p95 rows) over every request of the run"
            ),
            reference=(
                "the same page asked for by one officer alone, on the same server, before the load"
            ),
            unit="ms",
            sizes=(10_000,),
            size_unit="cases",
            target="p95 < 500 ms for the queue and case pages, zero errors",
            meets_target=None,
            judge="bench.load:meets_target",
            runner="bench.load:run_load",
            kind="latency",
            city=posts_for_cases,
            digits=0,
        ),
    ]
}

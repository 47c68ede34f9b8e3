"""The load benchmark's figures from its samples."""

from __future__ import annotations

import os
import runpy
import statistics
from collections import Counter

from bench.load.officers import PAGES, Sample
from bench.load.server import PROJECT

ALL_REQUESTS = "all requests"


def p95(values: list[float]) -> float:
    if len(values) < 2:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[94]


def _server_settings() -> str:
    conf = runpy.run_path(str(PROJECT / "gunicorn.conf.py"))
    return (
        f"gunicorn {conf['workers']} workers x {conf['threads']} threads "
        f"(keep-alive {conf.get('keepalive', 2)} s)"
    )


def figures_of(result: dict, reference: dict[str, list[float]], *, officers: int) -> dict:
    """The table's figures: each page's requests of the measured window (median and, as a
    figure of its own, the 95th percentile) against the page alone; the note on "all requests"
    says what else happened meanwhile."""
    samples: list[Sample] = result["samples"]
    window = result["window"]
    figures = {}
    for page in PAGES:
        ms = [s.ms for s in samples if s.page == page]
        if not ms:
            continue
        failed = Counter(s.error or str(s.status) for s in samples if s.page == page and s.failed)
        errors = sum(failed.values())
        note = f"{len(ms):,} requests, {errors} errors" + (
            f" ({', '.join(f'{what} x{n}' for what, n in failed.most_common())})" if failed else ""
        )
        figures[page] = {
            "samples": ms,
            "reference": reference[page],
            "errors": errors,
            "note": note,
        }
        figures[f"{page} p95"] = {
            "samples": [p95(ms)],
            "reference": [p95(reference[page])],
            "errors": errors,
            "note": "",
        }
    every = [s.ms for s in samples]
    errors = sum(1 for s in samples if s.failed)
    batches = [
        b
        for b in result["ingestion"]["batches"]
        if result["window_start"] <= b[0] < result["window_end"]
    ]
    posts = sum(b[2] for b in batches)
    slowest_batch = max((b[1] for b in batches), default=0.0)
    routing = result["routing"]
    cpu, requests = result["cpu"], max(len(every), 1)
    note = (
        f"{officers} officers for {window:.0f} s: {len(every):,} requests "
        f"({len(every) / window:.1f}/s), {errors} errors; ingestion meanwhile "
        f"{posts / window:.0f} posts/s (batches of 100, the slowest {slowest_batch:.2f} s, "
        f"{result['ingestion']['late']} late), {routing['routed']:,} of {routing['cases']:,} "
        f"new cases routed by the worker when the load stopped; {_server_settings()}, "
        f"{result['connections']} database connections at the end; CPU per request: "
        f"{cpu['web'] * 1000 / requests:.0f} ms in the web server, "
        f"{cpu['database'] * 1000 / requests:.0f} ms in PostgreSQL (ingestion's work included); "
        f"CPU of the whole window: web {cpu['web'] / window:.2f} cores, PostgreSQL "
        f"{cpu['database'] / window:.2f}, routing worker {cpu['worker'] / window:.2f}, this "
        f"process (officers, ingestion not included) {cpu['officers'] / window:.2f}; load average "
        f"{result['load_average']:.1f} on {os.cpu_count()} cores"
    )
    if every:
        figures[ALL_REQUESTS] = {
            "samples": every,
            "reference": [v for page in PAGES for v in reference[page]],
            "errors": errors,
            "note": note,
        }
        figures[f"{ALL_REQUESTS} p95"] = {
            "samples": [p95(every)],
            "reference": [p95([v for page in PAGES for v in reference[page]])],
            "errors": errors,
            "note": "",
        }
    return {
        "figures": figures,
        "requests": len(every),
        "errors": errors,
        "seconds": window,
        "posts_ingested": posts,
        "routing": routing,
    }

"""Every benchmark the issues ask for: what it measures, at which sizes, against which reference,
and the target it must meet."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Benchmark:
    name: str
    issue: int
    what: str
    reference: str
    unit: str
    sizes: tuple[int, ...]
    target: str
    # (median rate, median reference rate) -> met?
    meets_target: Callable[[float, float], bool]
    runner: str  # "module:function" taking the size, returning items/seconds/reference_seconds


BENCHMARKS = {
    benchmark.name: benchmark
    for benchmark in [
        Benchmark(
            name="ingest",
            issue=3,
            what="X API v2 mention pages normalised and stored (posts, cases, history)",
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
            what="mixed-language citizen posts routed (language, rules, model) on one core",
            reference="spaCy's bare tokenizer on the same posts",
            unit="posts/s",
            sizes=(2_000, 10_000),
            target=">= 5,000 posts/s and >= 1/4 of the tokenizer's rate",
            meets_target=lambda rate, reference: rate >= 5000 and rate >= reference / 4,
            runner="bench.classify:run_classification",
        ),
    ]
}

"""python -m bench run [NAME ...] [--json] [--repeat N] [--write-docs]

Each measurement runs in a fresh process, so that its peak memory is its own. Benchmarks on a
generated city first make sure that city exists (python -m bench.make_city, reused when its
fingerprint matches), then measure against its database."""

from __future__ import annotations

import argparse
import importlib
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.registry import BENCHMARKS, Benchmark

PROJECT = Path(__file__).resolve().parent.parent


def measure_once(name: str, size: int) -> dict:
    """Run in a child process: one measurement, printed as JSON."""
    from bench.database import ensure_bench_database, migrate, setup_django

    benchmark = BENCHMARKS[name]
    if benchmark.city is None:
        ensure_bench_database()
        setup_django()
        migrate()
    else:
        # DATABASE_URL names the city's database (set by the parent); it is migrated already.
        setup_django()
    result = _load(benchmark.runner)(size)
    # ru_maxrss is in kilobytes on Linux.
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    # Processes it started (Chromium drawing the report's charts), the largest of them.
    result["peak_children_rss_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return result


def _load(name: str):
    """The function a "module:function" name in the registry names."""
    module_name, _, function_name = name.partition(":")
    return getattr(importlib.import_module(module_name), function_name)


def ensure_city(posts: int) -> dict:
    """Build (or reuse) the city of `posts` posts in a child process; returns its marker."""
    child = subprocess.run(
        [sys.executable, "-m", "bench.make_city", "--posts", str(posts), "--json"],
        cwd=PROJECT,
        env=os.environ,
        stdout=subprocess.PIPE,
        text=True,
    )
    if child.returncode != 0:
        raise SystemExit(f"building the city of {posts:,} posts failed")
    return json.loads(child.stdout.strip().splitlines()[-1])


def _child(name: str, size: int, env: dict) -> dict:
    child = subprocess.run(
        [sys.executable, "-m", "bench", "_measure", name, str(size)],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
    )
    if child.returncode != 0:
        raise SystemExit(f"benchmark {name} ({size}) failed:\n{child.stderr[-4000:]}")
    return json.loads(child.stdout.strip().splitlines()[-1])


def _row(
    benchmark: Benchmark,
    *,
    size: int,
    repeat: int,
    figure: str,
    values: list[float],
    references: list[float],
    peak: float,
    note: str = "",
    city: dict | None = None,
    errors: int = 0,
) -> dict:
    median, reference = statistics.median(values), statistics.median(references)
    if benchmark.judge:
        met = _load(benchmark.judge)(figure, median, reference, errors)
    elif benchmark.meets_target:
        met = benchmark.meets_target(median, reference)
    else:
        met = None
    return {
        "name": benchmark.name,
        "figure": figure,
        "issue": benchmark.issue,
        "kind": benchmark.kind,
        "size": size,
        "size_unit": benchmark.size_unit,
        "unit": benchmark.unit,
        "digits": benchmark.digits,
        "repeat": repeat,
        "samples": len(values),
        "median": median,
        "min": min(values),
        "max": max(values),
        "reference_median": reference,
        "ratio": median / reference if reference else float("inf"),
        "peak_rss_mb": peak,
        "target": benchmark.target,
        "met": met,
        "errors": errors,
        "note": note,
        "city": city,
    }


def run_benchmark(name: str, size: int, repeat: int) -> list[dict]:
    benchmark = BENCHMARKS[name]
    env = dict(os.environ)
    city = None
    if benchmark.city is not None:
        city = ensure_city(benchmark.city(size))
        env["DATABASE_URL"] = city["url"]
    samples = [_child(name, size, env) for _ in range(repeat)]
    peak = max(s["peak_rss_mb"] for s in samples)
    children = max(s.get("peak_children_rss_mb", 0) for s in samples)
    extra = f"peak memory of its child processes {children:,.0f} MB" if children >= 1 else ""
    city_info = (
        {key: city.get(key) for key in ("name", "posts", "state", "seconds", "built_at", "summary")}
        if city
        else None
    )
    if benchmark.kind == "rate":
        rates = [s["items"] / s["seconds"] for s in samples]
        reference_rates = [s["items"] / s["reference_seconds"] for s in samples]
        return [
            _row(
                benchmark,
                size=size,
                repeat=repeat,
                figure="",
                values=rates,
                references=reference_rates,
                peak=peak,
                city=city_info,
            )
        ]
    rows = []
    for figure in samples[0]["figures"]:
        values = [v for s in samples for v in s["figures"][figure]["samples"]]
        references = [v for s in samples for v in s["figures"][figure]["reference"]]
        note = "; ".join(n for n in (samples[0]["figures"][figure].get("note", ""), extra) if n)
        rows.append(
            _row(
                benchmark,
                size=size,
                repeat=repeat,
                figure=figure,
                values=values,
                references=references,
                peak=peak,
                note=note,
                city=city_info,
                errors=sum(s["figures"][figure].get("errors", 0) for s in samples),
            )
        )
    return rows


def add_growth(results: list[dict]) -> None:
    """Each figure against the same figure at the benchmark's smallest size: how the cost grows
    with the data (a rate that falls, or a time that rises, far from 1 means a scan)."""
    smallest: dict[tuple[str, str], dict] = {}
    for r in results:
        key = (r["name"], r["figure"])
        if key not in smallest or r["size"] < smallest[key]["size"]:
            smallest[key] = r
    for r in results:
        base = smallest[(r["name"], r["figure"])]
        r["growth"] = r["median"] / base["median"] if base is not r and base["median"] else None
        r["size_factor"] = r["size"] / base["size"] if base is not r else None


def label(r: dict) -> str:
    return f"{r['name']} {r['figure']}".strip()


def _verdict(met: bool | None, yes: str, no: str) -> str:
    return "no target" if met is None else yes if met else no


def print_table(results: list[dict]) -> None:
    header = f"{'benchmark':<26} {'size':>10} {'median':>10} {'min':>10} {'max':>10} "
    header += f"{'reference':>10} {'ratio':>6} {'growth':>7} {'peak MB':>8}  target"
    print(header)
    for r in results:
        d = r["digits"]
        growth = f"{r['growth']:.2f}" if r.get("growth") else "-"
        print(
            f"{label(r):<26} {r['size']:>10,} {r['median']:>10,.{d}f} {r['min']:>10,.{d}f} "
            f"{r['max']:>10,.{d}f} {r['reference_median']:>10,.{d}f} {r['ratio']:>6.2f} "
            f"{growth:>7} {r['peak_rss_mb']:>8.0f}  {r['unit']}: {r['target']} "
            f"({_verdict(r['met'], 'met', 'NOT met')})"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="run benchmarks")
    run.add_argument("names", nargs="*", help=f"any of: {', '.join(BENCHMARKS)} (default: all)")
    run.add_argument("--json", action="store_true", help="print results as JSON")
    run.add_argument("--repeat", type=int, default=3, help="fresh processes per figure and size")
    run.add_argument("--sizes", help="comma-separated sizes instead of the registry's (try-outs)")
    run.add_argument("--write-docs", action="store_true", help="rewrite docs/performance.md")
    one = sub.add_parser("_measure", help=argparse.SUPPRESS)
    one.add_argument("name")
    one.add_argument("size", type=int)
    args = parser.parse_args(argv)

    if args.command == "_measure":
        print(json.dumps(measure_once(args.name, args.size)))
        return 0
    unknown = set(args.names) - set(BENCHMARKS)
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
    if args.write_docs and args.sizes:
        parser.error("--write-docs takes the registry's sizes only")
    started = time.monotonic()
    results = []
    for name in args.names or list(BENCHMARKS):
        sizes = (
            tuple(int(s) for s in args.sizes.split(",")) if args.sizes else BENCHMARKS[name].sizes
        )
        for size in sizes:
            step = time.monotonic()
            results += run_benchmark(name, size, args.repeat)
            print(f"  {name} at {size:,}: done in {time.monotonic() - step:.0f} s", file=sys.stderr)
    add_growth(results)
    if args.json:
        print(json.dumps(results, indent=2, default=str))
    else:
        print_table(results)
    if args.write_docs:
        from bench.report import write_performance_doc

        path = write_performance_doc(results, seconds=time.monotonic() - started)
        print(f"wrote {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

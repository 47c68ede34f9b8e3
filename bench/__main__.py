"""python -m bench run [NAME ...] [--json] [--repeat N] [--write-docs]

Each measurement runs in a fresh process, so that its peak memory is its own."""

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

from bench.registry import BENCHMARKS

PROJECT = Path(__file__).resolve().parent.parent


def measure_once(name: str, size: int) -> dict:
    """Run in a child process: one measurement, printed as JSON."""
    from bench.database import ensure_bench_database, migrate, setup_django

    ensure_bench_database()
    setup_django()
    migrate()
    module_name, _, function_name = BENCHMARKS[name].runner.partition(":")
    runner = getattr(importlib.import_module(module_name), function_name)
    result = runner(size)
    # ru_maxrss is in kilobytes on Linux.
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


def run_benchmark(name: str, size: int, repeat: int) -> dict:
    samples = []
    for _ in range(repeat):
        child = subprocess.run(
            [sys.executable, "-m", "bench", "_measure", name, str(size)],
            cwd=PROJECT,
            env=os.environ,
            capture_output=True,
            text=True,
        )
        if child.returncode != 0:
            raise SystemExit(f"benchmark {name} ({size}) failed:\n{child.stderr[-4000:]}")
        samples.append(json.loads(child.stdout.strip().splitlines()[-1]))
    rates = [s["items"] / s["seconds"] for s in samples]
    reference_rates = [s["items"] / s["reference_seconds"] for s in samples]
    benchmark = BENCHMARKS[name]
    median, reference = statistics.median(rates), statistics.median(reference_rates)
    return {
        "name": name,
        "issue": benchmark.issue,
        "size": size,
        "unit": benchmark.unit,
        "repeat": repeat,
        "median": median,
        "min": min(rates),
        "max": max(rates),
        "reference_median": reference,
        "ratio": median / reference,
        "peak_rss_mb": max(s["peak_rss_mb"] for s in samples),
        "target": benchmark.target,
        "met": benchmark.meets_target(median, reference),
    }


def print_table(results: list[dict]) -> None:
    header = f"{'benchmark':<10} {'size':>9} {'median':>11} {'min':>11} {'max':>11} "
    header += f"{'reference':>11} {'ratio':>6} {'peak MB':>8}  target"
    print(header)
    for r in results:
        print(
            f"{r['name']:<10} {r['size']:>9,} {r['median']:>11,.0f} {r['min']:>11,.0f} "
            f"{r['max']:>11,.0f} {r['reference_median']:>11,.0f} {r['ratio']:>6.2f} "
            f"{r['peak_rss_mb']:>8.0f}  {r['target']} ({'met' if r['met'] else 'NOT met'})"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="run benchmarks")
    run.add_argument("names", nargs="*", help=f"any of: {', '.join(BENCHMARKS)} (default: all)")
    run.add_argument("--json", action="store_true", help="print results as JSON")
    run.add_argument("--repeat", type=int, default=3)
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
    started = time.monotonic()
    results = []
    for name in args.names or list(BENCHMARKS):
        for size in BENCHMARKS[name].sizes:
            results.append(run_benchmark(name, size, args.repeat))
            if not args.json:
                print(f"  {name} at {size:,}: done", file=sys.stderr)
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        print_table(results)
    if args.write_docs:
        from bench.report import write_performance_doc

        path = write_performance_doc(results, seconds=time.monotonic() - started)
        print(f"wrote {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

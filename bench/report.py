"""docs/performance.md, rewritten by `make bench` from measured figures only."""

from __future__ import annotations

import os
import platform
import subprocess
from datetime import UTC, datetime
from pathlib import Path

from bench.registry import BENCHMARKS

DOC = Path(__file__).resolve().parent.parent / "docs" / "performance.md"


def _machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        memory_kb = next(
            int(line.split()[1])
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        )
        memory = f"{memory_kb / 1024 / 1024:.0f} GiB"
    except (OSError, StopIteration):
        memory = "unknown memory"
    return f"{cpu}, {os.cpu_count()} cores, {memory}; {platform.platform()}"


def _postgres_version() -> str:
    from bench.database import setup_django

    setup_django()
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        return cursor.fetchone()[0]


def write_performance_doc(results: list[dict], *, seconds: float) -> Path:
    commit = (
        subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True
        ).stdout.strip()
        or "unknown"
    )
    lines = [
        "# Performance",
        "",
        "Written by `make bench` (`python -m bench run --write-docs`); never edit the figures by "
        "hand. Each figure is the median of several runs, each in a fresh process, next to a "
        "reference measured on the same machine in the same run.",
        "",
        f"- Date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, commit {commit}",
        f"- Machine: {_machine()}",
        f"- PostgreSQL {_postgres_version()}; Python {platform.python_version()}",
        f"- The whole run took {seconds / 60:.1f} minutes.",
        "",
        "| benchmark (issue) | size | median | min | max | reference | ratio | peak memory | "
        "target | met |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---|---|",
    ]
    for r in results:
        lines.append(
            f"| {r['name']} (#{r['issue']}) | {r['size']:,} | {r['median']:,.0f} {r['unit']} | "
            f"{r['min']:,.0f} | {r['max']:,.0f} | {r['reference_median']:,.0f} | "
            f"{r['ratio']:.2f} | {r['peak_rss_mb']:.0f} MB | {r['target']} | "
            f"{'yes' if r['met'] else '**no**'} |"
        )
    lines += ["", "## What each benchmark measures", ""]
    for benchmark in BENCHMARKS.values():
        lines.append(
            f"- **{benchmark.name}** (issue #{benchmark.issue}): {benchmark.what}. Reference: "
            f"{benchmark.reference}. Sizes: {', '.join(f'{s:,}' for s in benchmark.sizes)}."
        )
    DOC.parent.mkdir(parents=True, exist_ok=True)
    DOC.write_text("\n".join(lines) + "\n")
    return DOC

"""docs/performance.md, rewritten by `make bench` from measured figures only."""

from __future__ import annotations

import os
import platform
import subprocess
from datetime import UTC, datetime
from pathlib import Path

from bench.registry import BENCHMARKS

DOC = Path(__file__).resolve().parent.parent / "docs" / "performance.md"
# The routing-quality section of DOC: figures of evaluate_routing, kept in a file of their own.
ROUTING_QUALITY = DOC.parent / "routing-quality.md"
# The same for incident detection (evaluate_incidents on the written evaluation set).
INCIDENT_QUALITY = DOC.parent / "incident-quality.md"


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


def _value(value: float, digits: int) -> str:
    return f"{value:,.{digits}f}"


def _size(r: dict) -> str:
    return f"{r['size']:,} {r['size_unit']}"


def write_performance_doc(results: list[dict], *, seconds: float) -> Path:
    commit = (
        subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True
        ).stdout.strip()
        or "unknown"
    )
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=no"], capture_output=True, text=True
    ).stdout.strip()
    lines = [
        "# Performance",
        "",
        "Written by `make bench` (`python -m bench run --write-docs`); never edit the figures by "
        "hand. Each figure is the median of its samples, taken in fresh processes (rates: one "
        "sample per process; latencies: many requests per process, or one report per process), "
        "next to a reference measured on the same machine in the same run. *Ratio* is the "
        "figure over its reference; *growth* is the figure over the same figure at the smaller "
        "size (for rates a value below 1 means slower per item; for times, a value close to the "
        "size factor means the cost grows with all the data, not with what is shown).",
        "",
        f"- Date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, commit {commit}"
        + (" with uncommitted changes" if dirty else ""),
        f"- Machine: {_machine()}",
        f"- PostgreSQL {_postgres_version()}; Python {platform.python_version()}",
        f"- The whole run took {seconds / 60:.1f} minutes, building or reusing the cities "
        "included.",
        "",
        "| benchmark (issue) | figure | size | median | min | max | reference | ratio | "
        "growth | peak memory | target | met |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|",
    ]
    for r in results:
        d = r["digits"]
        growth = f"{r['growth']:.2f} (size x{r['size_factor']:,.0f})" if r.get("growth") else "-"
        lines.append(
            f"| {r['name']} (#{r['issue']}) | {r['figure'] or '-'} | {_size(r)} | "
            f"{_value(r['median'], d)} {r['unit']} | {_value(r['min'], d)} | "
            f"{_value(r['max'], d)} | {_value(r['reference_median'], d)} | {r['ratio']:.2f} | "
            f"{growth} | {r['peak_rss_mb']:.0f} MB | {r['target']} | "
            f"{'-' if r['met'] is None else 'yes' if r['met'] else '**no**'} |"
        )

    cities = {}
    for r in results:
        if r.get("city"):
            # Several benchmarks may use one city: the first to use it built it, if anyone did.
            cities.setdefault(r["city"]["name"], r["city"])
    if cities:
        lines += [
            "",
            "## Generated cities",
            "",
            "Built by `python -m bench.make_city --posts N` (COPY into a database of their own "
            "on the same server), reused while the generator, size, seed and the models' columns "
            "are unchanged (migrations that only add indexes are applied to the existing city).",
            "",
            "| database | posts | snapshots | cases | case events | replies | all rows | "
            "build time | rows/s | built |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|",
        ]
        for name, city in sorted(cities.items(), key=lambda item: item[1]["posts"]):
            summary = city.get("summary") or {}
            rows = summary.get("rows", 0)
            build = city.get("seconds") or 0
            lines.append(
                f"| {name} | {city['posts']:,} | {summary.get('snapshots', 0):,} | "
                f"{summary.get('departments_case', 0):,} | "
                f"{summary.get('departments_caseevent', 0):,} | "
                f"{summary.get('departments_reply', 0):,} | {rows:,} | {build:.0f} s | "
                f"{rows / build if build else 0:,.0f} | {str(city.get('built_at'))[:16]} UTC"
                f"{' (this run)' if city.get('state') == 'built' else ''} |"
            )

    notes = [r for r in results if r.get("note")]
    if notes:
        lines += ["", "## Notes on the figures", ""]
        for r in notes:
            lines.append(f"- {r['name']} {r['figure']} at {_size(r)}: {r['note']}.")

    # Measured with evaluate_routing and evaluate_incidents, not by the benchmarks: kept in
    # files of their own and carried over whole.
    for quality in (ROUTING_QUALITY, INCIDENT_QUALITY):
        if quality.exists():
            lines += ["", quality.read_text().strip()]

    lines += ["", "## What each benchmark measures", ""]
    for benchmark in BENCHMARKS.values():
        sizes = ", ".join(f"{s:,}" for s in benchmark.sizes)
        lines.append(
            f"- **{benchmark.name}** (issue #{benchmark.issue}): {benchmark.what}. Reference: "
            f"{benchmark.reference}. Sizes: {sizes} {benchmark.size_unit}. Target: "
            f"{benchmark.target}."
        )
    DOC.parent.mkdir(parents=True, exist_ok=True)
    DOC.write_text("\n".join(lines) + "\n")
    return DOC

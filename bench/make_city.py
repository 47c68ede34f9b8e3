"""python -m bench.make_city --posts N [--database NAME] [--seed S] [--end ISO] [--force]

Builds a city at scale in its own database on the application's PostgreSQL server (the
embedded one unless DATABASE_URL is set): the seeded departments and topics, a dozen accounts
on X, Facebook and Mastodon, N posts over two years ending now (a tenth of them the city's own,
the rest citizens' mentions, replies, comments and direct messages in nl/en/de/es/el, with their
conversations), a case for every citizen post in every status, engagement snapshots of the
city's posts, replies and the case events. Everything is drawn from one seeded generator.

The database is named smartgov_city_<N> unless --database says otherwise, and carries a
fingerprint (generator version and sources, size, seed, migrations): a second run with the same
fingerprint does nothing, a run with another one rebuilds the database. A database that
make_city did not create is never touched."""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from datetime import UTC, datetime, timedelta

import psycopg

from bench.database import (
    conninfo,
    database_url,
    server_conninfo,
    server_url,
    setup_django,
    use_database,
)

# With a hash of the generator's sources in the fingerprint, any change to them rebuilds the
# cities; the version says which generation of the generator made a city.
GENERATOR_VERSION = 1
DEFAULT_SEED = 20261127
MARKER_TABLE = "bench_city"
CITY_PREFIX = "smartgov_city_"
BENCH_PASSWORD = None  # generated users cannot log in with a password; benchmarks force_login

_MARKER_DDL = f"""
CREATE TABLE IF NOT EXISTS {MARKER_TABLE} (
    fingerprint text NOT NULL,
    posts integer NOT NULL,
    seed bigint NOT NULL,
    complete boolean NOT NULL DEFAULT false,
    ends_at timestamptz,
    built_at timestamptz NOT NULL DEFAULT now(),
    seconds double precision,
    summary jsonb NOT NULL DEFAULT '{{}}'
)
"""


def city_database_name(posts: int) -> str:
    return f"{CITY_PREFIX}{posts}"


def schema_fingerprint() -> str:
    """The tables and columns the models describe: a new column means a new city (the
    generator must fill it). Indexes and constraints are left out on purpose: a migration that
    only adds an index is applied to the existing city (see ensure_city) instead of rebuilding
    millions of rows."""
    from django.apps import apps
    from django.db import connection

    layout = sorted(
        (model._meta.db_table, field.column, str(field.db_type(connection)))
        for model in apps.get_models(include_auto_created=True)
        for field in model._meta.local_fields
    )
    return hashlib.sha256(json.dumps(layout).encode()).hexdigest()[:16]


def generator_fingerprint() -> str:
    """The generator's code and the texts it draws from: any change means a new city."""
    from pathlib import Path

    from bench.city import vocabulary

    here = Path(__file__).resolve().parent
    sources = [
        Path(__file__).resolve(),
        *sorted((here / "city").glob("*.py")),
        *vocabulary.REPLAY_SOURCES,
        vocabulary.TRAINING_SET,
    ]
    digest = hashlib.sha256()
    for source in sources:
        digest.update(source.read_bytes())
    return digest.hexdigest()[:12]


def fingerprint(*, posts: int, seed: int) -> str:
    return (
        f"v{GENERATOR_VERSION}-{generator_fingerprint()}:posts={posts}:seed={seed}:"
        f"schema={schema_fingerprint()}"
    )


def city_state(base_url: str, name: str, expected: str) -> tuple[str, dict | None]:
    """("missing" | "foreign" | "incomplete" | "stale" | "current", marker row or None)."""
    with psycopg.connect(server_conninfo(base_url), autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            return "missing", None
    with psycopg.connect(conninfo(database_url(base_url, name)), autocommit=True) as conn:
        if conn.execute("SELECT to_regclass(%s)", [MARKER_TABLE]).fetchone()[0] is None:
            return "foreign", None
        row = conn.execute(
            f"SELECT fingerprint, complete, ends_at, built_at, seconds, summary, posts "
            f"FROM {MARKER_TABLE} ORDER BY built_at DESC LIMIT 1"
        ).fetchone()
    if row is None or not row[1]:
        return "incomplete", None
    marker = {
        "fingerprint": row[0],
        "ends_at": row[2],
        "built_at": row[3],
        "seconds": row[4],
        "summary": row[5],
        "posts": row[6],
    }
    return ("current" if row[0] == expected else "stale"), marker


def _recreate_database(base_url: str, name: str, *, drop: bool) -> None:
    with psycopg.connect(server_conninfo(base_url), autocommit=True) as conn:
        if drop:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    with psycopg.connect(conninfo(database_url(base_url, name)), autocommit=True) as conn:
        conn.execute(_MARKER_DDL)


def _seed(*, posts: int):
    """Departments, topics, users, accounts and a few settings, through the ORM (few rows)."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password

    from analytics.models import ReportSubscription
    from bench.city import vocabulary as vocab
    from departments import roles
    from departments.models import Department, SavedFilter, Topic
    from departments.seed import departments_seed
    from listening.models import Account

    departments = departments_seed()
    groups = roles.ensure_role_groups()
    User = get_user_model()
    unusable = make_password(BENCH_PASSWORD)

    def people(prefix: str, count: int, group: str, department: Department | None):
        created = User.objects.bulk_create(
            [
                User(
                    username=f"{prefix}{i:02d}",
                    first_name=prefix.capitalize(),
                    last_name=f"{i:02d}",
                    email=f"{prefix}{i:02d}@zeestad.example",
                    password=unusable,
                )
                for i in range(1, count + 1)
            ]
        )
        groups[group].user_set.add(*created)
        if department is not None:
            department.members.add(*created)
        return created

    officers = people("officer", 12, roles.OFFICERS, departments["communication"])
    staff = {"communication": [u.pk for u in officers]}
    for slug, prefix in (
        ("traffic", "traffic"),
        ("public-works", "publicworks"),
        ("transit", "transit"),
    ):
        staff[slug] = [u.pk for u in people(prefix, 8, roles.DEPARTMENT_STAFF, departments[slug])]
    managers = people("manager", 3, roles.MANAGERS, None)
    ReportSubscription.objects.bulk_create(
        [
            ReportSubscription(user=managers[0]),
            ReportSubscription(user=managers[1], department=departments["traffic"]),
        ]
    )
    SavedFilter.objects.bulk_create(
        [
            SavedFilter(owner=officers[0], name="My overdue", query="assignee=me&sla=overdue"),
            SavedFilter(
                owner=officers[0], name="Traffic triage", query="department=traffic&status=routed"
            ),
        ]
    )
    accounts = []
    for i, (platform, handle, display, slug, followers) in enumerate(vocab.ACCOUNTS):
        platform_id = {
            "x": str(1_400_000_000 + i),
            "facebook": str(200_000_000_000_000 + i),
            "mastodon": str(108_000_000 + i),
        }[platform]
        accounts.append(
            Account.objects.create(
                platform=platform,
                handle=handle,
                display_name=display,
                platform_id=platform_id,
                department=departments[slug],
                followers_count=followers,
                # Generated accounts are never polled: there is nothing behind them.
                is_active=False,
                credentials={},
            )
        )
    usernames = dict(User.objects.values_list("pk", "username"))
    topics = {t.slug: t for t in Topic.objects.select_related("department")}
    return departments, topics, accounts, officers, staff, usernames


def build_city(*, posts: int, seed: int, end: datetime, log=print) -> dict:
    """Fill the current Django database (migrated, empty) with the city. Returns a summary."""
    from django.conf import settings
    from django.db import connection

    from bench.city import load
    from bench.city.generate import CityInputs, generate
    from departments.cases.search import cases_index_for_search
    from departments.sla import holidays_between

    steps: dict[str, float] = {}
    started = time.perf_counter()
    departments, topics, accounts, officers, staff, usernames = _seed(posts=posts)
    steps["seed"] = time.perf_counter() - started

    def seconds_of(value: str) -> int:
        hours, _, minutes = value.partition(":")
        return int(hours) * 3600 + int(minutes or 0) * 60

    inputs = CityInputs(
        posts=posts,
        seed=seed,
        end=end,
        zone=settings.TIME_ZONE,
        department_ids={slug: d.pk for slug, d in departments.items()},
        department_names={slug: d.name for slug, d in departments.items()},
        topic_ids={slug: t.pk for slug, t in topics.items()},
        topic_departments={slug: t.department.slug for slug, t in topics.items()},
        account_ids=[a.pk for a in accounts],
        account_platform_ids=[a.platform_id for a in accounts],
        officers=[u.pk for u in officers],
        staff=staff,
        usernames=usernames,
        sla_hours={
            slug: (d.first_response_sla_hours, d.resolution_sla_hours)
            for slug, d in departments.items()
        },
        holidays=holidays_between(
            (end - timedelta(days=760)).date(), (end + timedelta(days=120)).date()
        ),
        opening_seconds=(
            seconds_of(settings.BUSINESS_HOURS_START),
            seconds_of(settings.BUSINESS_HOURS_END),
        ),
    )
    timer = time.perf_counter()
    city = generate(inputs)
    steps["generate"] = time.perf_counter() - timer
    log(f"  generated {sum(t.rows for t in city.tables):,} rows in {steps['generate']:.1f} s")

    connection.ensure_connection()
    rows = 0
    with connection.connection.cursor() as cursor:
        cursor.execute("SET synchronous_commit = off")
        cursor.execute("SET maintenance_work_mem = '512MB'")
        cursor.execute("SET TIME ZONE 'UTC'")
        try:
            # Generated rows are consistent by construction: skip the per-row foreign key
            # triggers (superuser only; without it the load is slower, not different).
            cursor.execute("SET session_replication_role = replica")
        except psycopg.errors.InsufficientPrivilege:
            log("  (not a superuser: foreign keys are checked row by row)")
        structure = load.secondary_structure(cursor)
        load.drop_secondary(cursor, structure)
        timer = time.perf_counter()
        for table in city.tables:
            seconds = load.copy_table(cursor, table)
            rows += table.rows
            log(
                f"  {table.name}: {table.rows:,} rows in {seconds:.1f} s "
                f"({table.rows / max(seconds, 1e-9):,.0f} rows/s)"
            )
        steps["copy"] = time.perf_counter() - timer
        load.reset_sequences(cursor)
        cursor.execute("RESET session_replication_role")

    timer = time.perf_counter()
    indexed = _index_for_search(cases_index_for_search, cases=city.summary["departments_case"])
    steps["search_index"] = time.perf_counter() - timer
    log(f"  search vectors for {indexed:,} cases in {steps['search_index']:.1f} s")

    timer = time.perf_counter()
    with connection.connection.cursor() as cursor:
        # The search vectors' UPDATE left a dead copy of every case row behind.
        cursor.execute("VACUUM FULL departments_case")
    target = conninfo(settings_database_url())
    # Largest first, so that the two connections finish at about the same time.
    by_size = {table.name: table.rows for table in city.tables}
    ordered = sorted(structure, key=lambda item: -by_size.get(item[0], 0))
    load.run_parallel(
        target,
        [definition for _table, _name, definition in ordered],
        setup=("SET maintenance_work_mem = '384MB'", "SET max_parallel_maintenance_workers = 0"),
    )
    steps["indexes"] = time.perf_counter() - timer
    log(f"  {len(structure)} indexes and constraints rebuilt in {steps['indexes']:.1f} s")
    timer = time.perf_counter()
    # Visibility map (index-only scans) and planner statistics, as a long-lived database would
    # have them.
    load.run_parallel(
        target,
        [
            f"VACUUM (ANALYZE) {table}"
            for table in sorted(load.TABLES, key=lambda name: -by_size.get(name, 0))
        ]
        + ["VACUUM (ANALYZE) listening_account", "VACUUM (ANALYZE) auth_user"],
    )
    steps["analyze"] = time.perf_counter() - timer
    total = time.perf_counter() - started
    return {
        **city.summary,
        "rows": rows,
        "seconds": round(total, 1),
        "rows_per_second": round(rows / total),
        "steps": {k: round(v, 1) for k, v in steps.items()},
        "ends_at": end.isoformat(),
    }


def settings_database_url() -> str:
    import os

    return os.environ["DATABASE_URL"]


def _index_for_search(index, *, cases: int) -> int:
    """departments.cases.search.cases_index_for_search over the cases in two halves at once (two
    connections, two cores): to_tsvector is most of the cost."""
    import threading

    from django.db import connection

    from bench.city import load

    halves = [list(range(1, cases // 2 + 1)), list(range(cases // 2 + 1, cases + 1))]
    counts: list[int] = []
    errors: list[BaseException] = []

    def work(ids: list[int]) -> None:
        try:
            counts.append(index(case_ids=ids))
        except BaseException as error:  # noqa: BLE001 - re-raised below
            errors.append(error)
        finally:
            connection.close()  # this thread's own connection

    load.run_threads([threading.Thread(target=work, args=(ids,)) for ids in halves if ids], errors)
    return sum(counts)


def _write_marker(
    url: str, *, expected: str, posts: int, seed: int, end: datetime, summary: dict | None
) -> None:
    with psycopg.connect(conninfo(url), autocommit=True) as conn:
        conn.execute(_MARKER_DDL)
        conn.execute(f"DELETE FROM {MARKER_TABLE}")
        conn.execute(
            f"INSERT INTO {MARKER_TABLE} (fingerprint, posts, seed, complete, ends_at, seconds, "
            f"summary) VALUES (%s, %s, %s, %s, %s, %s, %s)",
            [
                expected,
                posts,
                seed,
                summary is not None,
                end,
                summary["seconds"] if summary else None,
                json.dumps(summary or {}),
            ],
        )


def ensure_city(
    *,
    posts: int,
    seed: int = DEFAULT_SEED,
    database: str | None = None,
    end: datetime | None = None,
    force: bool = False,
    log=print,
) -> dict:
    """Build the city unless an identical one is there. Returns its marker (with "url",
    "state" and, when built now, the build summary)."""
    base = server_url()
    name = database or city_database_name(posts)
    url = database_url(base, name)
    use_database(url)
    setup_django()
    expected = fingerprint(posts=posts, seed=seed)
    state, marker = city_state(base, name, expected)
    if state == "current" and not force:
        from django.core.management import call_command
        from django.db import connection

        # Same tables and columns; migrations that only add indexes may be new.
        call_command("migrate", verbosity=0, interactive=False)
        connection.close()
        log(
            f"{name}: up to date (built {marker['built_at']:%Y-%m-%d %H:%M} UTC in "
            f"{marker['seconds']:.0f} s); migrations applied, nothing else to do"
        )
        return {**marker, "url": url, "state": state, "name": name}
    if state == "foreign":
        raise SystemExit(
            f"Database {name} exists and was not made by bench.make_city: refusing to touch it. "
            f"Choose another --database."
        )
    log(
        f"{name}: {'building' if state == 'missing' else 'rebuilding (' + state + ')'} "
        f"a city of {posts:,} posts"
    )
    _recreate_database(base, name, drop=state != "missing")
    end = end or datetime.now(UTC).replace(second=0, microsecond=0)
    _write_marker(url, expected=expected, posts=posts, seed=seed, end=end, summary=None)

    from django.core.management import call_command
    from django.db import connection

    timer = time.perf_counter()
    call_command("migrate", verbosity=0, interactive=False)
    migrate_seconds = time.perf_counter() - timer
    summary = build_city(posts=posts, seed=seed, end=end, log=log)
    summary["migrate_seconds"] = round(migrate_seconds, 1)
    connection.close()
    _write_marker(url, expected=expected, posts=posts, seed=seed, end=end, summary=summary)
    log(
        f"{name}: {summary['rows']:,} rows in {summary['seconds']:.0f} s "
        f"({summary['rows_per_second']:,} rows/s; migrations {migrate_seconds:.0f} s before)"
    )
    _, marker = city_state(base, name, expected)
    return {**marker, "url": url, "state": "built", "name": name}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.make_city",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--posts", type=int, required=True, help="number of posts (<= 4,000,000)")
    parser.add_argument("--database", help="database name (default smartgov_city_<posts>)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--end", help="when the city's two years end (ISO, UTC; default now)")
    parser.add_argument("--force", action="store_true", help="rebuild even if up to date")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args(argv)
    if not 100 <= args.posts <= 4_000_000:
        parser.error("--posts must be between 100 and 4,000,000")
    end = None
    if args.end:
        end = datetime.fromisoformat(args.end)
        end = (end if end.tzinfo else end.replace(tzinfo=UTC)).astimezone(UTC)
    log = (lambda *a, **k: print(*a, file=sys.stderr, **k)) if args.json else print
    result = ensure_city(
        posts=args.posts, seed=args.seed, database=args.database, end=end, force=args.force, log=log
    )
    if args.json:
        print(json.dumps(result, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())

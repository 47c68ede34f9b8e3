"""The benchmarks' own database, next to (never inside) the application's."""

from __future__ import annotations

import os
from urllib.parse import urlsplit, urlunsplit

import psycopg

BENCH_DATABASE = "smartgov_bench"


def bench_database_url(base_url: str) -> str:
    parts = urlsplit(base_url)
    return urlunsplit(parts._replace(path=f"/{BENCH_DATABASE}"))


def _conninfo(url: str) -> str:
    # psycopg understands postgres:// URLs, including ?host=/socket/dir.
    return url.replace("postgres://", "postgresql://", 1)


def ensure_bench_database() -> str:
    """Create the bench database if needed, point this process (and its children) at it and
    bring its schema up to date. Returns its URL."""
    from smartgov import embedded

    base = embedded.service_urls()["DATABASE_URL"]
    url = bench_database_url(base)
    with psycopg.connect(_conninfo(base), autocommit=True) as conn:
        exists = conn.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [BENCH_DATABASE]
        ).fetchone()
        if not exists:
            conn.execute(f"CREATE DATABASE {BENCH_DATABASE}")
    os.environ["DATABASE_URL"] = url
    embedded.current().urls["DATABASE_URL"] = url
    return url


def setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "smartgov.settings")
    import django

    django.setup()


def migrate() -> None:
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)


def truncate_listening_data() -> None:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "TRUNCATE listening_post, listening_engagementsnapshot, listening_fetchrun, "
            "listening_quarantinedpayload, departments_case, departments_case_topics, "
            "departments_caseevent, departments_reply RESTART IDENTITY CASCADE"
        )

"""The benchmarks' own database, next to (never inside) the application's."""

from __future__ import annotations

import os
from urllib.parse import urlsplit, urlunsplit

import psycopg

BENCH_DATABASE = "smartgov_bench"


def bench_database_url(base_url: str) -> str:
    return database_url(base_url, BENCH_DATABASE)


def database_url(base_url: str, name: str) -> str:
    """The URL of another database on the same server."""
    parts = urlsplit(base_url)
    return urlunsplit(parts._replace(path=f"/{name}"))


def server_url() -> str:
    """The application's database URL (embedded server started if DATABASE_URL is unset)."""
    from smartgov import embedded

    return embedded.service_urls()["DATABASE_URL"]


def use_database(url: str) -> None:
    """Point this process (and the children it starts) at another database, before Django
    is set up."""
    from smartgov import embedded

    os.environ["DATABASE_URL"] = url
    embedded.service_urls()
    embedded.current().urls["DATABASE_URL"] = url


def conninfo(url: str) -> str:
    # psycopg understands postgres:// URLs, including ?host=/socket/dir.
    return url.replace("postgres://", "postgresql://", 1)


def server_conninfo(url: str) -> str:
    """Where to list, create and drop databases: the server's `postgres` database, because the
    URL's own database may not exist (CI names one that only pytest-django's test_ copy of it
    ever gets)."""
    return conninfo(database_url(url, "postgres"))


def ensure_bench_database() -> str:
    """Create the bench database if needed and point this process (and its children) at it.
    Returns its URL."""
    base = server_url()
    url = bench_database_url(base)
    with psycopg.connect(server_conninfo(base), autocommit=True) as conn:
        exists = conn.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [BENCH_DATABASE]
        ).fetchone()
        if not exists:
            conn.execute(f"CREATE DATABASE {BENCH_DATABASE}")
    use_database(url)
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

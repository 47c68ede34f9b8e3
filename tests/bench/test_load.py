"""The load benchmark's runner at a tiny size (3 officers for a few seconds, on a small city of
its own): officers get their pages, notes and heartbeats through the real web server while
ingestion stores posts and a worker routes them. No timing here: the figures are `make bench`'s
business."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from bench.database import database_url, server_conninfo

PROJECT = Path(__file__).resolve().parents[2]
CITY = f"smartgov_city_load_test_{os.getpid()}"

pytestmark = pytest.mark.slow


def _server() -> str:
    url = os.environ.get("DATABASE_URL")
    if not url:
        pytest.fail("Run the tests through smartgov.supervisor (make test): DATABASE_URL is unset.")
    return url


@pytest.fixture(scope="module")
def city_url():
    built = subprocess.run(
        [sys.executable, "-m", "bench.make_city", "--posts", "2000", "--database", CITY],
        cwd=PROJECT,
        env=os.environ,
        capture_output=True,
        text=True,
    )
    assert built.returncode == 0, built.stderr
    yield database_url(_server(), CITY)
    with psycopg.connect(server_conninfo(_server()), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{CITY}" WITH (FORCE)')


@pytest.fixture(scope="module")
def result(city_url):
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "bench.load",
            *("--officers", "3", "--seconds", "6", "--warm-up", "2"),
            *("--posts-per-second", "50", "--reference-rounds", "1"),
        ],
        cwd=PROJECT,
        env={**os.environ, "DATABASE_URL": city_url},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr[-4000:]
    return json.loads(run.stdout.strip().splitlines()[-1])


def test_officers_work_the_queue_through_the_web_server_without_errors(result):
    # An error is any answer but 200: a lost session (a redirect to the log-in page) or a
    # refused CSRF token counts too.
    assert result["requests"] > 0
    assert result["errors"] == 0
    assert len(result["figures"]["all requests"]["samples"]) == result["requests"]
    assert result["figures"]["all requests p95"]["samples"]


def test_every_page_was_measured_alone_first_as_the_reference(result):
    for page in ("queue", "case panel", "presence"):
        if page in result["figures"]:
            assert result["figures"][page]["reference"]


def test_ingestion_stores_posts_and_the_worker_routes_their_cases_during_the_run(result):
    assert result["posts_ingested"] > 0
    assert result["routing"]["routed"] > 0


def test_the_run_works_on_a_copy_that_is_dropped_and_leaves_the_city_as_built(result, city_url):
    with psycopg.connect(server_conninfo(city_url), autocommit=True) as conn:
        copy = conn.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [result["database"]]
        ).fetchone()
    with psycopg.connect(city_url.replace("postgres://", "postgresql://", 1)) as conn:
        (posts,) = conn.execute("SELECT count(*) FROM listening_post").fetchone()
    assert copy is None
    assert posts == 2000

"""The benchmark city generator, on a small city (2,000 posts) in a database of its own on the
test server. No timing here: the figures are `make bench`'s business."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from bench.database import conninfo, database_url, server_conninfo
from bench.registry import posts_for_cases
from departments.cases.workflow import CLOSED_STATUSES
from departments.models import CaseStatus

PROJECT = Path(__file__).resolve().parents[2]
POSTS = 2_000
END = "2026-11-20T12:00:00"
CITY = f"smartgov_city_test_{os.getpid()}"
TWIN = f"{CITY}_twin"
FOREIGN = f"{CITY}_foreign"


def _server() -> str:
    url = os.environ.get("DATABASE_URL")
    if not url:
        pytest.fail("Run the tests through smartgov.supervisor (make test): DATABASE_URL is unset.")
    return url


def make_city(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "bench.make_city", "--posts", str(POSTS), "--end", END, *args],
        cwd=PROJECT,
        env=os.environ,
        capture_output=True,
        text=True,
    )


def _drop(name: str) -> None:
    with psycopg.connect(server_conninfo(_server()), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="module")
def city():
    built = make_city("--database", CITY, "--json")
    assert built.returncode == 0, built.stderr
    marker = json.loads(built.stdout.strip().splitlines()[-1])
    with psycopg.connect(conninfo(database_url(_server(), CITY)), autocommit=True) as conn:
        yield conn, marker
    _drop(CITY)


def rows(conn, sql: str, *params):
    return conn.execute(sql, params).fetchall()


def test_every_case_status_is_in_the_city(city):
    conn, _ = city
    statuses = {status for (status,) in rows(conn, "SELECT DISTINCT status FROM departments_case")}
    assert statuses == set(CaseStatus.values)


def test_every_citizen_post_has_one_case_and_the_citys_own_posts_none(city):
    conn, marker = city
    counts = dict(
        rows(
            conn,
            "SELECT p.kind = 'own_post', count(c.id) FROM listening_post p "
            "LEFT JOIN departments_case c ON c.post_id = p.id GROUP BY 1",
        )
    )
    citizen_posts = rows(conn, "SELECT count(*) FROM listening_post WHERE kind <> 'own_post'")[0][0]
    assert counts[True] == 0
    assert counts[False] == citizen_posts
    assert rows(conn, "SELECT count(*) FROM listening_post")[0][0] == POSTS
    assert marker["summary"]["departments_case"] == citizen_posts
    own_share = (POSTS - citizen_posts) / POSTS
    assert 0.08 <= own_share <= 0.12


def test_posts_come_in_five_languages_on_three_platforms_from_a_dozen_accounts(city):
    conn, _ = city
    languages = {lang for (lang,) in rows(conn, "SELECT DISTINCT language FROM departments_case")}
    assert {"nl", "en", "de", "es", "el"} <= languages
    platforms = rows(conn, "SELECT platform, count(*) FROM listening_account GROUP BY 1")
    assert {platform for platform, _ in platforms} == {"x", "facebook", "mastodon"}
    assert sum(count for _, count in platforms) >= 12


def test_the_citys_posts_have_about_two_snapshots_per_post_that_never_count_down(city):
    conn, _ = city
    ((snapshots, on_citizen_posts),) = rows(
        conn,
        "SELECT count(*), count(*) FILTER (WHERE p.kind <> 'own_post') "
        "FROM listening_engagementsnapshot s JOIN listening_post p ON p.id = s.post_id",
    )
    assert 1.5 <= snapshots / POSTS <= 3
    # As ingestion does: engagement history is kept for what the city publishes.
    assert on_citizen_posts == 0
    ((decreasing,),) = rows(
        conn,
        "SELECT count(*) FROM (SELECT likes - lag(likes) OVER w AS d_likes, "
        "shares - lag(shares) OVER w AS d_shares FROM listening_engagementsnapshot "
        "WINDOW w AS (PARTITION BY post_id ORDER BY taken_at)) AS steps "
        "WHERE d_likes < 0 OR d_shares < 0",
    )
    assert decreasing == 0


def test_replies_hang_under_an_earlier_post_of_their_conversation(city):
    conn, _ = city
    ((replies, linked),) = rows(
        conn,
        "SELECT count(*), count(*) FILTER (WHERE parent.created_at < child.created_at "
        "AND parent.external_id = child.in_reply_to AND parent.platform = child.platform "
        "AND child.conversation_key LIKE child.platform || ':%%' "
        "AND (parent.conversation_key = child.conversation_key)) "
        "FROM listening_post child JOIN listening_post parent ON parent.id = child.parent_id",
    )
    assert replies > POSTS / 10
    assert linked == replies
    ((unlinked,),) = rows(
        conn,
        "SELECT count(*) FROM listening_post WHERE (in_reply_to <> '') <> (parent_id IS NOT NULL)",
    )
    assert unlinked == 0


def test_case_times_and_fields_agree_with_the_status(city):
    conn, _ = city
    cases = rows(
        conn,
        "SELECT c.status, c.closed_at IS NOT NULL, c.department_id IS NOT NULL, "
        "c.first_responded_at >= c.created_at, c.closed_at >= c.created_at, "
        "c.merged_into_id IS NOT NULL, c.search_vector IS NOT NULL, c.created_at = p.created_at "
        "FROM departments_case c JOIN listening_post p ON p.id = c.post_id",
    )
    for status, closed, routed, responded_after, closed_after, merged, indexed, same_time in cases:
        assert closed == (status in CLOSED_STATUSES), status
        assert merged == (status == "merged"), status
        if status == "new":
            assert not routed
        if status in {"routed", "in_progress", "waiting_on_citizen", "answered", "closed"}:
            assert routed, status
        assert responded_after in (None, True)
        assert closed_after in (None, True)
        assert indexed and same_time
    ((without_due_times,),) = rows(
        conn,
        "SELECT count(*) FROM departments_case WHERE department_id IS NOT NULL "
        "AND (first_response_due_at IS NULL OR resolution_due_at < first_response_due_at)",
    )
    assert without_due_times == 0


def test_every_case_has_its_created_event_and_events_follow_each_other(city):
    conn, _ = city
    ((cases, created),) = rows(
        conn,
        "SELECT (SELECT count(*) FROM departments_case), "
        "(SELECT count(DISTINCT case_id) FROM departments_caseevent WHERE kind = 'created')",
    )
    assert created == cases
    ((before_case,),) = rows(
        conn,
        "SELECT count(*) FROM departments_caseevent e JOIN departments_case c ON c.id = e.case_id "
        "WHERE e.created_at < c.created_at",
    )
    assert before_case == 0
    kinds = {kind for (kind,) in rows(conn, "SELECT DISTINCT kind FROM departments_caseevent")}
    assert {
        "created",
        "routed",
        "rerouted",
        "assigned",
        "status_changed",
        "replied",
        "marked_spam",
        "merged",
    } <= kinds


def test_a_search_for_a_word_of_a_generated_post_finds_its_case(city):
    conn, _ = city
    case_id, text = rows(
        conn,
        "SELECT c.id, p.text FROM departments_case c JOIN listening_post p ON p.id = c.post_id "
        "WHERE c.language = 'nl' AND p.text ILIKE '%%stoplicht%%' ORDER BY c.id LIMIT 1",
    )[0]
    found = rows(
        conn,
        "SELECT id FROM departments_case WHERE search_vector @@ websearch_to_tsquery('dutch', %s)",
        "stoplichten",
    )
    assert "stoplicht" in text.lower()
    assert case_id in {row[0] for row in found}


def test_a_second_run_into_the_same_database_leaves_it_as_it_was(city):
    conn, marker = city
    before = rows(conn, "SELECT count(*), max(id) FROM departments_caseevent")
    again = make_city("--database", CITY, "--json")
    assert again.returncode == 0, again.stderr
    assert "up to date" in again.stderr
    assert rows(conn, "SELECT count(*), max(id) FROM departments_caseevent") == before
    assert json.loads(again.stdout.strip().splitlines()[-1])["built_at"] == marker["built_at"]


def test_the_same_seed_and_end_give_the_same_city(city):
    conn, _ = city
    checksum = (
        "SELECT md5(string_agg(concat_ws('|', p.external_id, p.text, p.created_at, c.status, "
        "c.department_id, c.closed_at), ',' ORDER BY p.id)) "
        "FROM listening_post p LEFT JOIN departments_case c ON c.post_id = p.id"
    )
    twin = make_city("--database", TWIN)
    try:
        assert twin.returncode == 0, twin.stderr
        with psycopg.connect(conninfo(database_url(_server(), TWIN))) as other:
            assert other.execute(checksum).fetchone() == conn.execute(checksum).fetchone()
    finally:
        _drop(TWIN)


def test_a_database_it_did_not_make_is_refused():
    with psycopg.connect(server_conninfo(_server()), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{FOREIGN}"')
    try:
        with psycopg.connect(conninfo(database_url(_server(), FOREIGN)), autocommit=True) as conn:
            conn.execute("CREATE TABLE precious (id integer)")
        refused = make_city("--database", FOREIGN)
        assert refused.returncode != 0
        assert "not made by bench.make_city" in refused.stderr
        with psycopg.connect(conninfo(database_url(_server(), FOREIGN))) as conn:
            assert conn.execute("SELECT to_regclass('precious')").fetchone()[0] == "precious"
    finally:
        _drop(FOREIGN)


def test_the_city_for_a_number_of_cases_holds_at_least_that_many():
    for cases in (10_000, 100_000, 1_000_000):
        posts = posts_for_cases(cases)
        assert posts - round(posts * 0.10) >= cases
        assert posts - round(posts * 0.10) <= cases + 2

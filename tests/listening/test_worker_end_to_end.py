"""A real Celery worker process, on the test database, pulling the replay end to end."""

import gzip
import json
import shutil
import time
from collections import Counter

import pytest
from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

from departments.demo import replay_accounts_seed
from departments.models import Case
from listening.models import FetchRun, Post
from listening.sources.replay import load_dataset
from listening.tasks import poll_account_task
from smartgov.celery import app
from smartgov.health import HEARTBEAT_INDEX_KEY
from tests.processes import kill, start_worker, wait_for
from tests.replay_fixtures import build_tiny_dataset

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def worker_env():
    app.control.purge()  # messages left by an earlier, interrupted run
    cache.delete(HEARTBEAT_INDEX_KEY)  # heartbeats of workers from earlier tests
    return {}


def test_a_worker_process_runs_a_poll_task_end_to_end(
    tiny_dataset, departments, worker_env, client
):
    account = {a.platform_id: a for a in replay_accounts_seed()}["central"]
    worker = start_worker(REPLAY_DATASET=str(tiny_dataset))
    try:
        wait_for(
            lambda: client.get("/healthz").status_code == 200,
            timeout=60,
            every=0.5,
            what="/healthz to see the worker's heartbeat",
        )
        poll_account_task.delay(account_id=account.id)
        wait_for(
            lambda: FetchRun.objects.filter(account=account, status="succeeded").exists(),
            timeout=90,
            every=0.5,
            what="the worker to finish the poll",
        )
    finally:
        kill(worker)

    assert Post.objects.filter(account=account).count() == 33
    assert Case.objects.count() == 32


def test_a_worker_killed_mid_backfill_and_restarted_leaves_no_duplicates_and_no_gaps(
    departments, worker_env
):
    dataset = load_dataset(str(settings.REPLAY_DATASET))
    account = {a.platform_id: a for a in replay_accounts_seed()}["central"]
    history = dataset.history["central"]
    # Small batches so that the kill lands between and inside committed batches.
    env = {"REPLAY_BATCH_SIZE": "20", "REPLAY_LIVE_POSTS_PER_MINUTE": "0"}

    first = start_worker(**env)
    try:
        poll_account_task.delay(account_id=account.id)
        wait_for(
            lambda: Post.objects.filter(account=account).count() >= 100,
            timeout=90,
            what="the back-fill to be under way",
        )
    finally:
        kill(first)
    stored_when_killed = Post.objects.filter(account=account).count()
    assert stored_when_killed < len(history), "the kill came too late to test anything"

    restarted_at = timezone.now()
    second = start_worker(**env)
    try:
        poll_account_task.delay(account_id=account.id)  # what beat does at the next tick
        # The back-fill goes on poll after poll until it has caught up; a gap would keep the
        # count below the history's size and time out here.
        wait_for(
            lambda: Post.objects.filter(account=account).count() >= len(history),
            timeout=120,
            every=0.5,
            what="the second worker to finish the back-fill",
        )
        wait_for_the_last_poll(account, timeout=30, since=restarted_at)
    finally:
        kill(second)

    assert_history_stored_once_with_a_case_per_citizen_post(account, history)


# Issue 17: 10,000 posts, the worker killed with SIGKILL part-way, and Redis (which holds the
# queued tasks) restarted without persistence twice: once with no worker, once under one.
BIG_BACKFILL = 10_000


@pytest.fixture
def big_dataset(tmp_path, settings):
    """The tiny data set's accounts, with BIG_BACKFILL citizen posts to the central account."""
    data = build_tiny_dataset()
    data["citizen_posts"] = [
        {
            "id": f"big-{n:05d}",
            "account": "central",
            "network": "x",
            "kind": "mention",
            "offset_minutes": -80_000 + n * 7,
            "lang": "nl",
            "author": {"id": f"u{n % 97}", "handle": f"burger{n % 97}", "name": f"Burger {n}"},
            "text": f"Melding {n}: lantaarnpaal {n % 50} op de Havenkade is kapot",
            "in_reply_to": None,
            "intended_department": "public-works",
        }
        for n in range(BIG_BACKFILL)
    ]
    data["own_posts"] = [post for post in data["own_posts"] if post["account"] == "central"]
    path = tmp_path / "big.json.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        json.dump(data, handle)
    settings.REPLAY_DATASET = path
    load_dataset.cache_clear()
    yield path
    load_dataset.cache_clear()


@pytest.mark.skipif(shutil.which("redis-server") is None, reason="needs redis-server on the PATH")
def test_10000_posts_through_a_killed_worker_and_two_redis_restarts_are_each_stored_once(
    departments, worker_env, private_redis, big_dataset
):
    account = {a.platform_id: a for a in replay_accounts_seed()}["central"]
    history = load_dataset(str(big_dataset)).history["central"]
    env = {
        "REDIS_URL": private_redis.url,
        "REPLAY_DATASET": str(big_dataset),
        "REPLAY_BATCH_SIZE": "50",
        "REPLAY_LIVE_POSTS_PER_MINUTE": "0",
    }

    def stored() -> int:
        return Post.objects.filter(account=account).count()

    first = start_worker(**env)
    try:
        poll_account_task.delay(account_id=account.id)
        wait_for(lambda: stored() >= 2_470, timeout=300, every=0.2, what="the back-fill")
    finally:
        kill(first)  # SIGKILL, in the middle of a batch as likely as not
    assert stored() < len(history), "the kill came too late to test anything"
    private_redis.restart()  # whatever was queued is gone

    second = start_worker(**env)
    try:
        poll_account_task.delay(account_id=account.id)  # what beat does at the next tick
        wait_for(lambda: stored() >= 6_130, timeout=300, every=0.2, what="the back-fill to go on")
        private_redis.restart()  # under a running worker, its poll under way
        assert stored() < len(history), "the restart came too late to test anything"
        deadline = time.monotonic() + 600
        while stored() < len(history) and time.monotonic() < deadline:
            # Beat's tick: a poll that is still running makes the new one wait for it, and a
            # caught-up account gets nothing twice.
            poll_account_task.delay(account_id=account.id)
            time.sleep(5)
        wait_for_the_last_poll(account, timeout=120)
    finally:
        kill(second)

    assert_history_stored_once_with_a_case_per_citizen_post(account, history)


def wait_for_the_last_poll(account, *, timeout: float, since=None) -> None:
    """Until no poll of the account is running (only those started `since`, when given: the
    run of a killed worker stays "running" until a later poll marks it abandoned)."""
    running = FetchRun.objects.filter(account=account, status="running")
    if since is not None:
        running = running.filter(started_at__gte=since)
    wait_for(
        lambda: not running.exists(), timeout=timeout, every=0.5, what="the last poll to finish"
    )


def assert_history_stored_once_with_a_case_per_citizen_post(account, history) -> None:
    stored = list(Post.objects.filter(account=account).values_list("external_id", flat=True))
    expected = {item["id"] for item in history}
    assert not set(stored) - expected, sorted(set(stored) - expected)[:10]
    assert not [key for key, n in Counter(stored).items() if n > 1]  # each post once
    assert sorted(stored) == sorted(item["id"] for item in history)  # and none missing
    citizen_ids = {item["id"] for item in history if item["kind"] != "own_post"}
    cases = Case.objects.filter(post__account=account)
    assert sorted(cases.values_list("post__external_id", flat=True)) == sorted(citizen_ids)

"""Celery as a city runs it: every task has time limits that fit under the broker's visibility
time-out, and only one beat sends the schedule, a second one standing by until the first dies."""

import os
import signal
import subprocess
import time

import pytest
import redis
from django.conf import settings

from smartgov.beat import LOCK_KEY
from smartgov.celery import QUEUES, app, queue_of
from tests.processes import BIN, PROJECT, database_url_for_test_db, kill, wait_for


def _project_tasks():
    app.loader.import_default_modules()
    return {
        name: task
        for name, task in app.tasks.items()
        if name.startswith(("listening.", "departments.", "analytics."))
    }


def test_every_task_is_stopped_before_redis_would_hand_it_to_a_second_worker():
    visibility = settings.CELERY_BROKER_TRANSPORT_OPTIONS["visibility_timeout"]
    tasks = _project_tasks()

    assert len(tasks) >= 15
    for name, task in tasks.items():
        assert queue_of(name) in QUEUES, name
        assert 0 < task.soft_time_limit < task.time_limit < visibility, name
    # A poll or a reply never waits minutes for a hung platform; a report may take longer.
    assert tasks["listening.tasks.poll_account_task"].time_limit <= 300
    assert tasks["departments.tasks.send_reply_task"].time_limit <= 300


def _holder(client) -> str:
    value = client.get(LOCK_KEY)
    return value.decode() if value else ""


def _start_beat(tmp_path, name: str) -> subprocess.Popen:
    env = {
        **os.environ,
        "DATABASE_URL": database_url_for_test_db(),
        "BEAT_LOCK_SECONDS": "4",
    }
    return subprocess.Popen(
        [
            str(BIN / "celery"),
            *("-A", "smartgov", "beat", "-l", "info"),
            *("-s", str(tmp_path / f"schedule-{name}")),
        ],
        cwd=PROJECT,
        env=env,
        start_new_session=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


@pytest.mark.django_db(transaction=True)
def test_a_second_beat_stands_by_and_takes_over_when_the_first_dies(tmp_path):
    client = redis.Redis.from_url(settings.REDIS_URL)
    client.delete(LOCK_KEY)
    first = _start_beat(tmp_path, "first")
    second = None
    try:
        wait_for(
            lambda: _holder(client).endswith(f":{first.pid}"), timeout=60, what="the first beat"
        )
        second = _start_beat(tmp_path, "second")
        # Long enough for the second to have started and taken the lock, were it free.
        time.sleep(10)
        assert _holder(client).endswith(f":{first.pid}")
        assert second.poll() is None  # standing by, not gone

        kill(first, signal.SIGKILL)

        wait_for(
            lambda: _holder(client).endswith(f":{second.pid}"),
            timeout=30,
            what="the standby beat to take over",
        )
    finally:
        for beat in (first, second):
            if beat is not None:
                kill(beat, signal.SIGKILL)
        client.delete(LOCK_KEY)
        # What the beats scheduled must not reach a worker of a later test.
        app.control.purge()
    output = second.stdout.read()
    assert "Another Celery beat" in output and "standing by" in output

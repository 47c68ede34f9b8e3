"""Real processes for end-to-end tests: a Celery worker on the test database."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

from django.db import connection

from smartgov.supervisor import celery_worker_command

BIN = Path(sys.executable).parent
PROJECT = Path(__file__).resolve().parent.parent


def database_url_for_test_db() -> str:
    """The URL of the database pytest-django created, for processes outside the test."""
    settings = connection.settings_dict
    host = settings["HOST"] or settings["OPTIONS"].get("host", "")
    if host.startswith("/"):
        return f"postgres://{settings['USER']}@/{settings['NAME']}?host={quote(host)}"
    password = f":{settings['PASSWORD']}" if settings["PASSWORD"] else ""
    return (
        f"postgres://{settings['USER']}{password}@{host}:{settings['PORT'] or 5432}/"
        f"{settings['NAME']}"
    )


def start_worker(**extra_env: str) -> subprocess.Popen:
    env = {**os.environ, "DATABASE_URL": database_url_for_test_db(), **extra_env}
    return subprocess.Popen(
        celery_worker_command(
            concurrency=1,
            name=f"test-{uuid.uuid4().hex[:8]}@%h",
            extra=("--without-gossip", "--without-mingle"),
        ),
        cwd=PROJECT,
        env=env,
        start_new_session=True,
    )


def kill(process: subprocess.Popen, signum: int = signal.SIGKILL) -> None:
    try:
        os.killpg(process.pid, signum)
    except ProcessLookupError:
        return
    process.wait(timeout=30)


def wait_for(
    condition: Callable[[], bool], *, timeout: float, every: float = 0.05, what: str = "condition"
) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(every)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


def embedded_servers(var_dir: Path) -> dict[str, list[int]]:
    """The PostgreSQL and Valkey servers running on var_dir's data, found by command line (one
    of each, or none, is right; two would be writing the same files)."""
    import psutil

    from smartgov.embedded import redis_socket_path

    pgdata = f"-D {(var_dir / 'pgdata').resolve()} "
    socket_path = str(redis_socket_path(var_dir))
    found: dict[str, list[int]] = {"postgres": [], "redis": []}
    for process in psutil.process_iter(["cmdline"]):
        command = " ".join(process.info["cmdline"] or ()) + " "
        if "valkey-server" in command and socket_path in command:
            found["redis"].append(process.pid)
        elif "bin/postgres " in command and pgdata in command:
            found["postgres"].append(process.pid)
    return found

"""Real processes for end-to-end tests: a Celery worker on the test database, a Redis of a
test's own, Python started afresh."""

from __future__ import annotations

import json
import os
import signal
import socket
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


def python_run(code: str, *, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess:
    """Python code run in a fresh process with this environment (settings read as a new
    deployment would read them), what it printed captured."""
    return subprocess.run(
        [sys.executable, "-c", code], cwd=cwd, env=env, capture_output=True, text=True, timeout=60
    )


def python_printed_json(code: str, *, env: dict[str, str], cwd: Path):
    """The last line the code printed, as JSON, once it has run without an error."""
    read = python_run(code, env=env, cwd=cwd)
    assert read.returncode == 0, read.stderr[-2000:]
    return json.loads(read.stdout.strip().splitlines()[-1])


class PrivateRedis:
    """A redis-server of a test's own, without persistence: a restart loses every message.
    (The shared one serves other tests and must not be restarted.)"""

    def __init__(self) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        options = ["--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), *options], stdout=subprocess.DEVNULL
        )
        wait_for(self._accepts, timeout=10, what="the private redis-server to start")

    def stop(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.wait(timeout=10)
            self.process = None

    def restart(self) -> None:
        self.stop()
        self.start()

    def _accepts(self) -> bool:
        try:
            socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
        except OSError:
            return False
        return True


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

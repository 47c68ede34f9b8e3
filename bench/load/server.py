"""What the load benchmark runs against: a copy of the generated city (the run adds posts, cases
and notes; the city itself stays as make_city built it), the real web server (gunicorn with
gunicorn.conf.py) and a real Celery worker that routes the cases ingestion opens."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import requests

from bench.database import database_url, server_conninfo

PROJECT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
START_SECONDS = 60
STOP_GRACE_SECONDS = 20


def copy_database(city_url: str) -> str:
    """A fresh copy of the city's database next to it; returns its URL. Copying needs the city
    to have no other connection for a moment: another benchmark on it is waited for."""
    city = urlsplit(city_url).path.lstrip("/")
    name = f"smartgov_load_{os.getpid()}"
    deadline = time.monotonic() + START_SECONDS
    with psycopg.connect(server_conninfo(city_url), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        while True:
            try:
                conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{city}"')
                break
            except psycopg.errors.ObjectInUse:
                if time.monotonic() > deadline:
                    raise
                time.sleep(1)
    return database_url(city_url, name)


def drop_database(url: str) -> None:
    name = urlsplit(url).path.lstrip("/")
    with psycopg.connect(server_conninfo(url), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_web(env: dict[str, str], log) -> tuple[subprocess.Popen, str]:
    """gunicorn as the web container runs it (gunicorn.conf.py, its workers and threads as the
    environment sets them), on a free loopback port. Returns it and its base URL, once /readyz
    says it can serve pages."""
    port = free_port()
    web = subprocess.Popen(
        [str(BIN / "gunicorn"), "-c", "gunicorn.conf.py", "smartgov.wsgi"],
        cwd=PROJECT,
        env={**env, "GUNICORN_BIND": f"127.0.0.1:{port}"},
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_ready(web, base_url, log)
    except BaseException:
        stop(web)  # not left running behind a failed start, whatever stopped it
        raise
    return web, base_url


def _wait_until_ready(web: subprocess.Popen, base_url: str, log) -> None:
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        if web.poll() is not None:
            raise SystemExit(f"gunicorn exited with status {web.returncode} (log: {log.name})")
        with contextlib.suppress(requests.RequestException):  # not listening yet, or busy
            if requests.get(f"{base_url}/readyz", timeout=5).status_code == 200:
                return
        time.sleep(0.2)
    raise SystemExit(f"gunicorn did not become ready in {START_SECONDS} s (log: {log.name})")


def start_worker(env: dict[str, str], log) -> subprocess.Popen:
    """One Celery worker process on every queue, as make run starts (with one process rather
    than two: the web server gets the rest of the machine)."""
    from smartgov.supervisor import celery_worker_command

    command = celery_worker_command(
        concurrency=1,
        name=f"bench-load-{uuid.uuid4().hex[:8]}@%h",
        extra=("--without-gossip", "--without-mingle"),
    )
    return subprocess.Popen(
        command, cwd=PROJECT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )


def group_cpu_seconds(group: int) -> float:
    """CPU time (user and system) of the live processes of a process group: what the web
    server or the worker used, whoever else is busy on the machine."""
    return sum(_cpu_seconds(pid) for pid in _pids() if _process_group(pid) == group)


class DatabaseCpu:
    """CPU time of the PostgreSQL backends of one database (on this machine) over a window.
    Backends come and go (CONN_MAX_AGE closes them), so each is read twice a second from the
    moment it is first seen; what a backend does in its last half second before closing is
    missed."""

    EVERY_SECONDS = 0.5

    def __init__(self, url: str) -> None:
        self.name = urlsplit(url).path.lstrip("/")
        self.conninfo = server_conninfo(url)
        self.first: dict[int, float] = {}
        self.last: dict[int, float] = {}
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._watch, daemon=True)

    def start(self) -> None:
        self.conn = psycopg.connect(self.conninfo, autocommit=True)
        self.first = self._sample()
        self.last = dict(self.first)
        self.thread.start()

    def stop(self) -> float:
        self.done.set()
        self.thread.join()
        self.last.update(self._sample())
        self.conn.close()
        return sum(cpu - self.first.get(pid, 0.0) for pid, cpu in self.last.items())

    def _watch(self) -> None:
        while not self.done.wait(self.EVERY_SECONDS):
            self.last.update(self._sample())

    def _sample(self) -> dict[int, float]:
        pids = self.conn.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = %s", [self.name]
        ).fetchall()
        return {pid: _cpu_seconds(pid) for (pid,) in pids}


def _pids() -> list[int]:
    return [int(entry.name) for entry in Path("/proc").iterdir() if entry.name.isdigit()]


def _stat(pid: int) -> list[str]:
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:  # gone in between, or not Linux
        return []
    # The command name (field 2) is in parentheses and may hold spaces.
    return text.rpartition(")")[2].split()


def _process_group(pid: int) -> int:
    fields = _stat(pid)
    return int(fields[2]) if fields else -1


def _cpu_seconds(pid: int) -> float:
    fields = _stat(pid)
    if not fields:
        return 0.0
    # utime and stime, fields 14 and 15 of /proc/<pid>/stat (11 and 12 after the name).
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def routing_queue_purge() -> int:
    """Drop the routing messages the worker had not reached when the run stopped: they name
    cases of the copy, which is dropped, and must not reach the next worker on this Redis.
    Routing messages of an application sharing the Redis would go too; its safety net
    (route_waiting_cases_task) sends them again."""
    from smartgov.celery import app

    with app.connection_for_write() as connection:
        return connection.default_channel.queue_purge("route") or 0


def stop(process: subprocess.Popen) -> None:
    """SIGTERM to the process group (gunicorn's and Celery's own children too), then SIGKILL."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=STOP_GRACE_SECONDS)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()


class CpuMeter:
    """CPU used over the measured window by the web server, the routing worker, PostgreSQL's
    backends for the copy and this process (the officers)."""

    def __init__(self, *, web: int, worker: int, url: str) -> None:
        self.groups = {"web": web, "worker": worker}
        self.database = DatabaseCpu(url)

    def _now(self) -> dict[str, float]:
        used = {name: group_cpu_seconds(group) for name, group in self.groups.items()}
        return {**used, "officers": time.process_time()}

    def start(self) -> None:
        self.before = self._now()
        self.database.start()

    def stop(self) -> dict[str, float]:
        after = self._now()
        used = {name: after[name] - self.before[name] for name in after}
        return {**used, "database": self.database.stop()}

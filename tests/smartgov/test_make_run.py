"""`make run` as a user runs it: it serves the login page, the replay fills the database, and
Ctrl-C leaves nothing behind. Always on embedded servers, as on a fresh laptop."""

import json
import os
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import psutil
import psycopg
import pytest

from tests.processes import PROJECT, wait_for

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _serves_login(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/login/", timeout=2) as response:
            return response.status == 200 and b'name="password"' in response.read()
    except OSError:
        return False


def _citizen_posts(var_dir: Path) -> int:
    postmaster = (var_dir / "pgdata" / "postmaster.pid").read_text().splitlines()
    socket_dir = postmaster[4]
    try:
        with psycopg.connect(host=socket_dir, dbname="smartgov", user="postgres") as conn:
            return conn.execute(
                "SELECT count(*) FROM listening_post WHERE kind <> 'own_post'"
            ).fetchone()[0]
    except psycopg.Error:
        return 0  # not migrated yet


def _demo_password(log: Path, username: str) -> str:
    for line in log.read_text().splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0] == username:
            return parts[1]
    raise AssertionError(f"make run printed no login for {username}")


def _look_at_the_demo(page, screenshot, port: int, password: str) -> None:
    page.goto(f"http://127.0.0.1:{port}/")
    page.get_by_label("Username").fill("admin")
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()
    page.get_by_text("open cases").first.wait_for()
    screenshot(page, "demo-queue")
    page.goto(f"http://127.0.0.1:{port}/admin/listening/post/?kind__exact=mention")
    page.get_by_role("link", name="zs-cit-").first.wait_for()
    screenshot(page, "demo-admin-posts")


def test_make_run_serves_the_demo_and_ctrl_c_stops_every_process(tmp_path, page, screenshot):
    port = _free_port()
    var_dir = tmp_path / "var"
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
    env |= {"SMARTGOV_VAR_DIR": str(var_dir), "SMARTGOV_PORT": str(port)}
    log = (tmp_path / "make-run.log").open("w")
    make = subprocess.Popen(
        ["make", "run"],
        cwd=PROJECT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    started = time.monotonic()
    try:
        wait_for(
            lambda: _serves_login(port) or make.poll() is not None,
            timeout=180,
            every=1,
            what="the login page",
        )
        assert make.poll() is None, (tmp_path / "make-run.log").read_text()[-3000:]
        served_after = time.monotonic() - started
        wait_for(
            lambda: _citizen_posts(var_dir) > 0,
            timeout=60,
            every=1,
            what="the replay to store citizen posts",
        )
        assert _citizen_posts(var_dir) >= 100
        _look_at_the_demo(
            page, screenshot, port, _demo_password(tmp_path / "make-run.log", "admin")
        )
        ours = psutil.Process(make.pid).children(recursive=True)
        pids = json.loads((var_dir / "run" / "pids.json").read_text())
        assert {"web", "worker", "beat", "postgres", "redis"} <= set(pids)
    finally:
        # What a terminal does on Ctrl-C: SIGINT to the whole foreground process group.
        os.killpg(make.pid, signal.SIGINT)
        make.wait(timeout=60)
        log.close()

    print(f"login page served {served_after:.0f}s after `make run`")
    survivors = [p for p in ours if p.is_running() and p.status() != psutil.STATUS_ZOMBIE]
    survivors += [
        psutil.Process(pid)
        for pid in pids.values()
        if psutil.pid_exists(pid) and psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    ]
    assert not survivors, f"left running: {[p.cmdline() for p in survivors]}"
    assert "Stopped." in (tmp_path / "make-run.log").read_text()

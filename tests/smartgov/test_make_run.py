"""`make run` as a user runs it: it serves the login page, the replay fills the database,
commands run beside it share its servers, and neither Ctrl-C nor killing it leaves anything
behind. Always on embedded servers, as on a fresh laptop.

A first start takes a few minutes (a new database, the demo seeded, the router trained, eight
weeks of history worked), so the tests share one run, in the order written; the last one
starts it again, as a second `make run` on the same var directory does."""

import contextlib
import json
import os
import signal
import socket
import subprocess
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import psutil
import psycopg
import pytest

from tests.processes import BIN, PROJECT, embedded_servers, wait_for

# The demo's first start builds its eight weeks of history: up to 15 minutes on a slow machine.
pytestmark = [pytest.mark.slow, pytest.mark.own_servers, pytest.mark.timeout(1800)]


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


def _demo_sql(var_dir: Path, query: str) -> list[tuple]:
    socket_dir = (var_dir / "pgdata" / "postmaster.pid").read_text().splitlines()[4]
    with psycopg.connect(host=socket_dir, dbname="smartgov", user="postgres") as conn:
        return conn.execute(query).fetchall()


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


def _log_in(page, port: int, username: str, password: str) -> None:
    page.context.clear_cookies()
    page.goto(f"http://127.0.0.1:{port}/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()
    page.get_by_role("navigation", name="Main").wait_for()


def _approval_round_trip(page, screenshot, demo: "Run") -> None:
    """Publication control on the demo: traffic staff answer a case of theirs, the answer waits,
    the officer returns it with a comment, its author revises it, the officer approves it, and
    the demo's worker sends it through the replay platform."""
    port = demo.port
    (case_id,) = _demo_sql(
        demo.var_dir,
        "SELECT c.id FROM departments_case c JOIN departments_department d"
        " ON d.id = c.department_id WHERE d.slug = 'traffic'"
        " AND c.status IN ('routed', 'in_progress') AND NOT EXISTS"
        " (SELECT 1 FROM departments_reply r WHERE r.case_id = c.id) ORDER BY c.id DESC LIMIT 1",
    )[0]
    case_url = f"http://127.0.0.1:{port}/cases/{case_id}/"

    _log_in(page, port, "traffic", _demo_password(demo.log, "traffic"))
    page.goto(case_url)
    page.get_by_label("Answer").check()
    page.locator("#reply-text").fill("We repair the traffic light on Monday.")
    page.get_by_role("button", name="Send for approval").click()
    page.get_by_text("it waits for a communication officer's approval").wait_for()
    assert page.locator(".send-awaiting_approval").count() == 1

    officer_password = _demo_password(demo.log, "officer")
    _log_in(page, port, "officer", officer_password)
    page.get_by_role("link", name="Approvals").click()
    waiting = page.locator(f"li.approval:has(a[href='/cases/{case_id}/'])")
    waiting.get_by_label("Or return it").fill("Please give the time of day as well.")
    screenshot(page, "demo-approval-queue")
    waiting.get_by_role("button", name="Return to author").click()
    page.get_by_text("Returned to its author").wait_for()

    _log_in(page, port, "traffic", _demo_password(demo.log, "traffic"))
    page.goto(case_url)
    page.locator(".reply-returned").get_by_text("Please give the time of day as well.").wait_for()
    page.get_by_label("Revised reply").fill("We repair the traffic light on Monday before 10:00.")
    page.get_by_role("button", name="Send for approval again").click()
    page.get_by_text("waits for approval again").wait_for()

    _log_in(page, port, "officer", officer_password)
    page.goto(f"http://127.0.0.1:{port}/approvals/")
    waiting = page.locator(f"li.approval:has(a[href='/cases/{case_id}/'])")
    assert "before 10:00" in waiting.locator("textarea[name=text]").input_value()
    waiting.get_by_role("button", name="Approve and send").click()
    page.get_by_text("Approved: the reply on case").wait_for()

    def sent() -> bool:
        page.goto(case_url)
        return page.locator(".send-sent").count() == 1

    wait_for(sent, timeout=120, every=3, what="the approved reply to be sent")
    assert "before 10:00" in page.locator(".reply-sent .post-text").inner_text()


def _managers_dashboard(page, screenshot, demo: "Run") -> None:
    """The manager's first look: a working office, not 0.0 h and 0.1 %."""
    _log_in(page, demo.port, "manager", _demo_password(demo.log, "manager"))
    page.goto(f"http://127.0.0.1:{demo.port}/analytics/")
    sla = page.locator("[data-headline=sla_compliance] .value").inner_text()
    median = page.locator("[data-headline=median_first_response] .value").inner_text()
    screenshot(page, "demo-dashboard-manager")
    assert 60 <= float(sla.rstrip(" %").replace(",", "")) <= 95, sla
    assert 0 < float(median.split()[0]) < 8, median


def _embedded_env(var_dir: Path, **extra: str) -> dict[str, str]:
    """A laptop's environment: no DATABASE_URL or REDIS_URL, so the embedded servers."""
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
    return env | {"SMARTGOV_VAR_DIR": str(var_dir), **extra}


@dataclass
class Run:
    make: subprocess.Popen
    var_dir: Path
    port: int
    log: Path

    @classmethod
    def start(cls, var_dir: Path, log: Path) -> "Run":
        """`make run` in a terminal of its own, once it serves the login page."""
        port = _free_port()
        with log.open("w") as output:
            make = subprocess.Popen(
                ["make", "run"],
                cwd=PROJECT,
                env=_embedded_env(var_dir, SMARTGOV_PORT=str(port)),
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        run = cls(make, var_dir, port, log)
        started = time.monotonic()
        try:
            wait_for(
                lambda: _serves_login(port) or make.poll() is not None,
                timeout=900,
                every=1,
                what="the login page",
            )
            assert make.poll() is None, log.read_text()[-3000:]
        except BaseException:
            run.ctrl_c()
            raise
        print(f"login page served {time.monotonic() - started:.0f}s after `make run`")
        return run

    def processes(self) -> list[psutil.Process]:
        """Every process of the run: make's descendants, and those the run lists as its own
        (PostgreSQL, which pg_ctl detaches; the lifeline, in a session of its own)."""
        pids = json.loads((self.var_dir / "run" / "pids.json").read_text())
        assert {"web", "worker", "beat", "postgres", "redis", "lifeline"} <= set(pids)
        listed = [psutil.Process(pid) for pid in pids.values() if psutil.pid_exists(pid)]
        return psutil.Process(self.make.pid).children(recursive=True) + listed

    def ctrl_c(self) -> None:
        """What a terminal does on Ctrl-C: SIGINT to the whole foreground process group."""
        if self.make.poll() is None:
            os.killpg(self.make.pid, signal.SIGINT)
            self.make.wait(timeout=60)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    directory = tmp_path_factory.mktemp("make-run")
    run = Run.start(directory / "var", directory / "make-run.log")
    yield run
    run.ctrl_c()


def _running(processes: list[psutil.Process]) -> list[psutil.Process]:
    return [p for p in processes if p.is_running() and p.status() != psutil.STATUS_ZOMBIE]


def _assert_all_gone(processes: list[psutil.Process]) -> None:
    with contextlib.suppress(AssertionError):  # the message below says more
        wait_for(lambda: not _running(processes), timeout=60, every=0.5)
    survivors = _running(processes)
    assert not survivors, f"left running: {[p.cmdline() for p in survivors]}"


def test_make_run_serves_the_demo(demo, page, screenshot):
    wait_for(
        lambda: _citizen_posts(demo.var_dir) > 0,
        timeout=60,
        every=1,
        what="the replay to store citizen posts",
    )
    assert _citizen_posts(demo.var_dir) >= 100
    _look_at_the_demo(page, screenshot, demo.port, _demo_password(demo.log, "admin"))
    _managers_dashboard(page, screenshot, demo)
    _approval_round_trip(page, screenshot, demo)


def test_commands_beside_make_run_join_its_servers_and_the_demo_keeps_ingesting(demo):
    servers = embedded_servers(demo.var_dir)
    assert len(servers["postgres"]) == 1 and len(servers["redis"]) == 1, servers

    # What an officer runs in another terminal of the same checkout while the demo runs.
    for command in (
        ["listen", "--once"],
        ["shell", "-c", "from listening.models import Post; print(Post.objects.count())"],
    ):
        subprocess.run(
            [str(BIN / "python"), "manage.py", *command],
            cwd=PROJECT,
            env=_embedded_env(demo.var_dir),
            check=True,
            capture_output=True,
            timeout=120,
        )

    assert embedded_servers(demo.var_dir) == servers
    # Its worker and beat still reach Redis: the replay's next posts (3 a minute) arrive.
    before = _citizen_posts(demo.var_dir)
    wait_for(lambda: _citizen_posts(demo.var_dir) > before, timeout=120, every=2, what="posts")


def test_ctrl_c_stops_every_process_of_make_run(demo):
    ours = demo.processes()

    demo.ctrl_c()

    _assert_all_gone(ours)
    assert "Stopped." in demo.log.read_text()


def test_killing_make_run_leaves_no_process_behind(demo):
    demo.ctrl_c()  # the shared run, when the test before did not stop it
    again = Run.start(demo.var_dir, demo.log.with_name("make-run-again.log"))
    try:
        ours = again.processes()
    finally:
        again.make.kill()  # SIGKILL: make can do nothing about it
        again.make.wait()

    _assert_all_gone(ours)
    assert embedded_servers(demo.var_dir) == {"postgres": [], "redis": []}

"""Embedded servers are shared, never duplicated, and stop with the last process that uses
them (smartgov/embedded/, smartgov/lifeline.py, smartgov/supervisor.py)."""

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest
import redis

from smartgov.embedded import redis_socket_path
from tests.processes import PROJECT, embedded_servers, wait_for

pytestmark = [pytest.mark.slow, pytest.mark.own_servers]

# Starts (or joins) both servers, says which processes own them, then waits for a line on stdin.
USE_THE_SERVERS = """
from smartgov import embedded; import os, sys
embedded.start_postgres(embedded.VAR_DIR); embedded.start_redis(embedded.VAR_DIR)
run = embedded.VAR_DIR / "run"
owners = [(run / f"{name}.owner").read_text().split("@")[0] for name in embedded.SERVERS]
print(os.getpid(), *owners, flush=True)
sys.stdin.readline()
"""


def _as_in_a_terminal() -> None:
    """Ctrl-C reaches a command in a terminal; CI starts the tests as a background job, whose
    children inherit an ignored SIGINT (a shell's rule for background jobs)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _python(code: str, var_dir: Path, *args: str, **popen) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, *(("-c", code) if code else ()), *args],
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(PROJECT), "SMARTGOV_VAR_DIR": str(var_dir)},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=PROJECT,
        preexec_fn=_as_in_a_terminal,
        **popen,
    )


@pytest.fixture(scope="module")
def initialised(tmp_path_factory) -> Path:
    """A var directory whose database cluster exists: initdb takes seconds, a copy does not."""
    var_dir = tmp_path_factory.mktemp("initialised") / "var"
    _python(USE_THE_SERVERS, var_dir).communicate("\n", timeout=120)
    assert _nothing_runs_on(var_dir)
    return var_dir


@pytest.fixture
def var_dir(initialised, tmp_path) -> Iterator[Path]:
    # cp -a keeps the files' owner: run as root, PostgreSQL runs as a user of its own.
    subprocess.run(["cp", "-a", str(initialised), str(tmp_path / "var")], check=True)
    yield tmp_path / "var"
    # What a failing test left running.
    left = [
        psutil.Process(pid) for pids in embedded_servers(tmp_path / "var").values() for pid in pids
    ]
    for process in left:
        process.terminate()
    psutil.wait_procs(left, timeout=30)


def _nothing_runs_on(var_dir: Path) -> bool:
    return embedded_servers(var_dir) == {"postgres": [], "redis": []}


def _lifeline_of(process: subprocess.Popen) -> psutil.Process:
    """The lifeline (smartgov/lifeline.py) the process started beside the servers it owns."""
    (lifeline,) = [
        child
        for child in psutil.Process(process.pid).children()
        if "smartgov.lifeline" in child.cmdline()
    ]
    return lifeline


def test_processes_starting_together_share_one_server_of_each_and_the_last_to_leave_stops_it(
    var_dir,
):
    users = [_python(USE_THE_SERVERS, var_dir) for _ in range(3)]
    try:
        said = [user.stdout.readline().split() for user in users]
        owners = {pid for _, *owner_pids in said for pid in owner_pids}
        assert len({tuple(owner_pids) for _, *owner_pids in said}) == 1  # all see the same
        servers = embedded_servers(var_dir)
        assert len(servers["postgres"]) == 1 and len(servers["redis"]) == 1, servers

        # The processes that joined exit: the socket stays, the servers keep running.
        joined = [user for user, (pid, *_) in zip(users, said, strict=True) if pid not in owners]
        assert joined
        for user in joined:
            user.communicate("\n", timeout=60)
        assert embedded_servers(var_dir) == servers
        assert redis.Redis(unix_socket_path=str(redis_socket_path(var_dir))).ping()

        for user in users:
            if user not in joined:
                user.communicate("\n", timeout=60)
                assert user.returncode == 0
        assert _nothing_runs_on(var_dir)
    finally:
        for user in users:
            user.kill()


def test_servers_left_without_their_owner_are_taken_over_and_stopped_by_the_next_process(var_dir):
    owner = _python(USE_THE_SERVERS, var_dir)
    owner.stdout.readline()
    # The owner and its lifeline die together (an out-of-memory kill): the servers stay.
    _lifeline_of(owner).kill()
    owner.kill()
    owner.wait()
    orphans = embedded_servers(var_dir)
    assert len(orphans["postgres"]) == 1 and len(orphans["redis"]) == 1

    successor = _python(USE_THE_SERVERS, var_dir)
    successor_pid, *owners = successor.stdout.readline().split()
    assert owners == [successor_pid, successor_pid]
    assert embedded_servers(var_dir) == orphans  # joined, none started beside them
    successor.communicate("\n", timeout=60)

    assert _nothing_runs_on(var_dir)


# Run by `supervisor exec`, as make run's worker would be: it holds a connection to each server
# from the start, then at each line on stdin uses them through those and through new ones.
KEEP_USING_THE_SERVERS = """
import os, sys, psycopg, redis
database = os.environ["DATABASE_URL"].replace("postgres://", "postgresql://")
held = psycopg.connect(database), redis.Redis.from_url(os.environ["REDIS_URL"])
held[1].ping()
print("connected", flush=True)
while sys.stdin.readline():
    fresh = psycopg.connect(database), redis.Redis.from_url(os.environ["REDIS_URL"])
    for db, cache in (held, fresh):
        print(db.execute("SELECT 42").fetchone()[0], cache.incr("uses"), flush=True)
"""


@pytest.mark.parametrize("how", ["exits", "is killed", "is interrupted"])
def test_servers_stay_up_for_a_process_that_joined_them_after_the_one_that_started_them_leaves(
    var_dir, how
):
    # In a terminal of its own, where Ctrl-C reaches its whole foreground process group.
    starter = _python(USE_THE_SERVERS, var_dir, start_new_session=True)
    joiner = None
    try:
        starter_pid, *owners = starter.stdout.readline().split()
        assert owners == [starter_pid, starter_pid]
        servers = embedded_servers(var_dir)
        joiner = _python(
            "",
            var_dir,
            "-m",
            "smartgov.supervisor",
            "exec",
            "--",
            sys.executable,
            "-c",
            KEEP_USING_THE_SERVERS,
        )
        while (said := joiner.stdout.readline()) != "connected\n":
            assert said, "the joining command exited"

        if how == "exits":
            starter.communicate("\n", timeout=60)
            assert starter.returncode == 0
        elif how == "is interrupted":
            os.killpg(starter.pid, signal.SIGINT)  # Ctrl-C
            starter.wait(timeout=60)
        else:
            starter_lifeline = _lifeline_of(starter)
            starter.kill()
            starter.wait()
            # The lifeline leaves the servers for the killed starter, then exits.
            _, alive = psutil.wait_procs([starter_lifeline], timeout=60)
            assert not alive

        assert embedded_servers(var_dir) == servers
        joiner.stdin.write("\n")
        joiner.stdin.flush()
        assert [joiner.stdout.readline().split() for _ in range(2)] == [["42", "1"], ["42", "2"]]

        joiner.communicate(timeout=60)  # its command reads the end of its input and exits
        assert joiner.returncode == 0
        assert _nothing_runs_on(var_dir)
    finally:
        for process in (starter, joiner):
            if process is not None:
                process.kill()


def test_a_stale_postmaster_pid_naming_another_running_process_does_not_keep_postgres_down(var_dir):
    # After a crash: postmaster.pid and the socket's lock file name a pid that another
    # program has since been given (here, this test's own).
    pgdata = var_dir / "pgdata"
    lines = ["", str(pgdata), "0", "5432", str(pgdata), "", "0 0", "ready"]
    lines[0] = str(os.getpid())
    (pgdata / "postmaster.pid").write_text("\n".join(lines) + "\n")
    (pgdata / ".s.PGSQL.5432.lock").write_text(f"{os.getpid()}\n")

    again = _python(
        "from smartgov import embedded; import psycopg; "
        "url = embedded.start_postgres(embedded.VAR_DIR).replace('postgres:', 'postgresql:'); "
        "print(psycopg.connect(url).execute('SELECT 42').fetchone()[0])",
        var_dir,
    )
    printed, _ = again.communicate(timeout=120)

    assert printed.strip() == "42"
    assert _nothing_runs_on(var_dir)


def test_a_killed_supervisor_leaves_neither_its_command_nor_its_servers_and_redis_saves(var_dir):
    supervisor = _python("", var_dir, "-m", "smartgov.supervisor", "exec", "--", "sleep", "300")
    wait_for(
        lambda: (var_dir / "run" / "pids.json").exists() and _sleeping(supervisor.pid),
        timeout=60,
        every=0.2,
        what="the command to run",
    )
    command = _sleeping(supervisor.pid)
    redis.Redis(unix_socket_path=str(redis_socket_path(var_dir))).set("kept-key", "yes")

    supervisor.kill()
    supervisor.wait()

    wait_for(lambda: _nothing_runs_on(var_dir), timeout=60, every=0.5, what="servers to stop")
    assert not command.is_running() or command.status() == psutil.STATUS_ZOMBIE
    # Stopped with SIGTERM, not killed: Valkey saved its data file on the way out.
    assert b"kept-key" in (var_dir / "redis" / "redis.db").read_bytes()


def _sleeping(parent: int) -> psutil.Process | None:
    children = [p for p in psutil.Process(parent).children() if p.name() == "sleep"]
    return children[0] if children else None

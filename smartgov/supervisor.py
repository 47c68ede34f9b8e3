"""Start and stop everything on one machine: `make run` and `make test` go through here.

    python -m smartgov.supervisor demo            # the whole product with the demo data
    python -m smartgov.supervisor exec -- CMD...  # CMD with the database and Redis available

Without DATABASE_URL / REDIS_URL the embedded servers are started first and their URLs handed to
every child process, so the web server, the Celery worker and Celery beat share them. Ctrl-C
stops the children, then leaves the servers, which stop unless another process (a `manage.py
shell` of the same var directory) still uses them: nothing else is left running. Nor when
`make run` dies some other way: a closed terminal (SIGHUP) stops them the same way; a killed make
is noticed within a second (our parent changes); and if the supervisor itself is killed, its
children get SIGTERM from Linux (PR_SET_PDEATHSIG) and its lifeline (smartgov.lifeline) stops
what is left and leaves the servers, on macOS too.
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from smartgov import embedded, lifeline

PYTHON = sys.executable
BIN = Path(sys.executable).parent


def celery_worker_command(*, concurrency: int, name: str, extra: tuple[str, ...] = ()) -> list[str]:
    """One Celery worker for every queue (ingest, route, send, reports): the demo's and the
    tests'; a deployment runs a worker per queue (docker-compose.yml)."""
    return [
        str(BIN / "celery"),
        *("-A", "smartgov", "worker", "-l", "warning", "-Q", "ingest,route,send,reports"),
        *("--concurrency", str(concurrency), "-n", name, *extra),
    ]


STOP_GRACE_SECONDS = lifeline.STOP_GRACE_SECONDS
_PR_SET_PDEATHSIG = 1  # linux/prctl.h
# Loaded here, not between fork and exec, where a child should do as little as it can.
_LIBC = ctypes.CDLL(None, use_errno=True) if sys.platform.startswith("linux") else None


def _stop_with_parent() -> None:
    """In a child between fork and exec: SIGTERM when the supervisor dies (Linux only; the
    lifeline covers the other systems and whatever this misses)."""
    if _LIBC is not None:
        _LIBC.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


class Supervisor:
    def __init__(self) -> None:
        self.children: dict[str, subprocess.Popen] = {}
        self.stopping = False
        # make, or the shell: when it is gone (killed), we are re-parented and stop too.
        self.parent = os.getppid()
        # What the supervisor runs is a laptop's demo, tests or benchmarks, never a deployment:
        # secrets may be generated under var/secrets/ (smartgov/settings.py).
        self.env = {**os.environ, "SMARTGOV_LOCAL_SECRETS": "1"}

    # -- services ---------------------------------------------------------------------------

    def start_services(self) -> None:
        if not self.env.get("DATABASE_URL"):
            print("Starting embedded PostgreSQL under", embedded.VAR_DIR, flush=True)
            self.env["DATABASE_URL"] = embedded.start_postgres(embedded.VAR_DIR)
        if not self.env.get("REDIS_URL"):
            print("Starting embedded Redis under", embedded.VAR_DIR, flush=True)
            self.env["REDIS_URL"] = embedded.start_redis(embedded.VAR_DIR)
        self._write_pid_file()

    def stop_services(self) -> None:
        embedded.current().stop()

    def _write_pid_file(self) -> None:
        """Which processes belong to this run, so that an operator (or a test) can check that
        all of them are gone after a stop."""
        services = embedded.current()
        pids = {name: child.pid for name, child in self.children.items()}
        # Servers another process answers for (it started them) are not this run's own.
        if postgres := services.postgres_pid():
            pids["postgres"] = postgres
        if redis := services.redis_pid():
            pids["redis"] = redis
        pids["lifeline"] = lifeline.current().process.pid
        path = embedded.VAR_DIR / "run" / "pids.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({"supervisor": os.getpid(), **pids}))

    # -- children ---------------------------------------------------------------------------

    def run_step(self, *args: str) -> None:
        """A setup step that must succeed before anything else starts."""
        subprocess.run(args, env=self.env, check=True, preexec_fn=_stop_with_parent)

    def start(self, name: str, *args: str) -> None:
        # Each child leads its own process group: the supervisor decides when and how it stops,
        # and can stop its grandchildren (Celery's pool processes) with it.
        child = subprocess.Popen(
            args, env=self.env, start_new_session=True, preexec_fn=_stop_with_parent
        )
        self.children[name] = child
        lifeline.current().stop_process(child.pid, group=True)
        self._write_pid_file()

    def stop_children(self) -> None:
        for child in self.children.values():
            _signal_group(child, signal.SIGTERM)
        deadline = time.monotonic() + STOP_GRACE_SECONDS
        for child in self.children.values():
            try:
                child.wait(timeout=max(deadline - time.monotonic(), 0.1))
            except subprocess.TimeoutExpired:
                _signal_group(child, signal.SIGKILL)
                child.wait()
            _signal_group(child, signal.SIGKILL)  # any grandchild left behind

    def watch(self) -> int:
        """Wait until a child dies or we are asked to stop; returns the exit status."""
        while not self.stopping:
            if self.orphaned():
                print("\nThe process that started us has gone; stopping.", flush=True)
                return 1
            for name, child in self.children.items():
                if child.poll() is not None:
                    print(f"\n{name} exited with status {child.returncode}; stopping.", flush=True)
                    return child.returncode or 1
            time.sleep(0.5)
        return 0

    def request_stop(self, signum, frame) -> None:
        self.stopping = True

    def orphaned(self) -> bool:
        return os.getppid() != self.parent


def _signal_group(child: subprocess.Popen, signum: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(child.pid, signum)


def run_demo(port: int) -> int:
    supervisor = Supervisor()
    signal.signal(signal.SIGINT, supervisor.request_stop)
    signal.signal(signal.SIGTERM, supervisor.request_stop)
    signal.signal(signal.SIGHUP, supervisor.request_stop)  # the terminal was closed
    supervisor.env.setdefault("DJANGO_DEBUG", "true")
    supervisor.env.setdefault("DJANGO_SECURE_COOKIES", "false")
    supervisor.env.setdefault("SMARTGOV_DEMO_COLLEAGUE", "true")
    status = 0
    try:
        supervisor.start_services()
        manage = (PYTHON, "manage.py")
        supervisor.run_step(*manage, "migrate", "--noinput", "-v", "0")
        supervisor.run_step(*manage, "seed_demo")
        # The first start trains the router on the shipped training set; later starts reuse it.
        supervisor.run_step(*manage, "train_router", "--if-missing")
        # Eight weeks of the city's history, worked as the back office would have (the first
        # start takes a minute or two; later ones only catch up).
        supervisor.run_step(*manage, "demo_history")
        supervisor.start("worker", *celery_worker_command(concurrency=2, name="demo@%h"))
        supervisor.start(
            "beat",
            str(BIN / "celery"),
            "-A",
            "smartgov",
            "beat",
            "-l",
            "warning",
            "-s",
            str(embedded.VAR_DIR / "run" / "celerybeat-schedule"),
        )
        supervisor.start(
            "web",
            str(BIN / "gunicorn"),
            "smartgov.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            # gunicorn.conf.py's keep-alive and threads (bench/load), with a laptop's two
            # processes.
            "--workers",
            "2",
            "--threads",
            "8",
            "--access-logfile",
            "-",
        )
        print(
            f"\nSmartGov Listening runs at http://127.0.0.1:{port}/ (log in with a demo user "
            "above). The replay fills the queue as you watch. Ctrl-C stops everything.\n",
            flush=True,
        )
        status = supervisor.watch()
    except subprocess.CalledProcessError as error:
        print(f"Start-up step failed: {' '.join(error.cmd)}", file=sys.stderr)
        status = error.returncode or 1
    finally:
        print("Stopping...", flush=True)
        supervisor.stop_children()
        supervisor.stop_services()
        print("Stopped.", flush=True)
    return status


def run_command(command: list[str]) -> int:
    supervisor = Supervisor()
    try:
        supervisor.start_services()
        # The child shares our terminal: Ctrl-C reaches it directly; we ignore it only once the
        # child runs (an ignored signal would be inherited), then wait for it and clean up.
        child = subprocess.Popen(command, env=supervisor.env, preexec_fn=_stop_with_parent)
        lifeline.current().stop_process(child.pid, group=False)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        while not supervisor.orphaned():
            with contextlib.suppress(subprocess.TimeoutExpired):
                return child.wait(timeout=1)
        child.terminate()
        return child.wait()
    finally:
        supervisor.stop_services()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m smartgov.supervisor")
    sub = parser.add_subparsers(dest="mode", required=True)
    demo = sub.add_parser("demo", help="run web, worker, beat and the replay demo")
    demo.add_argument("--port", type=int, default=int(os.environ.get("SMARTGOV_PORT", 8000)))
    run = sub.add_parser("exec", help="run a command with the services available")
    run.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)
    if args.mode == "demo":
        return run_demo(args.port)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("exec needs a command")
    return run_command(command)


if __name__ == "__main__":
    sys.exit(main())

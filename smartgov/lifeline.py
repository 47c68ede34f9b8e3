"""What a process starts does not outlive it, however it dies.

SIGKILL, a closed terminal or a crash gives a process no chance to stop what it started (make
run's worker, beat and web server) or to leave the embedded PostgreSQL and Valkey it uses, which
stop with their last user (smartgov.embedded.users). So the first time a process starts or uses
something it must not leave behind, it also starts its lifeline: a small process in a session of
its own (Ctrl-C and a closed terminal do not reach it) that reads a pipe from its owner. The
owner writes a line for each thing to stop or leave. Only the owner holds the pipe's write end,
so the lifeline reads end-of-file once the owner is gone, whichever way it went; it then stops
whatever the owner left running, leaves the servers for it (each stops only if nobody else uses
it), and exits. An owner that stopped and left everything itself leaves it nothing to do.

Linux's PR_SET_PDEATHSIG (smartgov.supervisor) signals a child when its parent dies, but macOS
has no such thing, and it cannot reach PostgreSQL, which pg_ctl detaches. The pipe works on both.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

# How long children get to stop after SIGTERM (smartgov.supervisor waits as long).
STOP_GRACE_SECONDS = 15


class Lifeline:
    def __init__(self, log: Path) -> None:
        read_end, self._write_end = os.pipe()
        log.parent.mkdir(parents=True, exist_ok=True)
        with log.open("ab") as log_file:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "smartgov.lifeline", str(read_end), process_identity()],
                pass_fds=(read_end,),
                stdin=subprocess.DEVNULL,
                stdout=log_file,
                stderr=subprocess.STDOUT,
                start_new_session=True,
                cwd=Path(__file__).resolve().parent.parent,
            )
        os.close(read_end)

    def stop_process(self, pid: int, *, group: bool) -> None:
        """Have the process (with group=True, its whole process group) stopped if it still runs
        when the owner is gone."""
        self._send({"process": pid, "identity": process_identity(pid), "group": group})

    def leave_server(self, server: str, var_dir: Path) -> None:
        """Have this process leave the embedded server if it has not when it is gone: the
        server stops then unless another process still uses it."""
        self._send({"server": server, "var_dir": str(var_dir)})

    def _send(self, item: dict) -> None:
        # One short line is one atomic write on a pipe.
        try:
            os.write(self._write_end, (json.dumps(item) + "\n").encode())
        except BrokenPipeError:
            print(
                "warning: the lifeline has died; a crash would leave processes behind", flush=True
            )


_lifeline: Lifeline | None = None


def current() -> Lifeline:
    """This process's lifeline, started on first use."""
    global _lifeline
    if _lifeline is None:
        from smartgov.embedded import VAR_DIR

        _lifeline = Lifeline(VAR_DIR / "run" / "lifeline.log")
    return _lifeline


def process_identity(pid: int | None = None) -> str:
    """A process id with its start time: after the process has gone, its id may be given to
    another process, which must not be taken for it. Empty when no such process runs."""
    import psutil

    pid = os.getpid() if pid is None else pid
    try:
        return f"{pid}@{psutil.Process(pid).create_time()}"
    except psutil.NoSuchProcess:
        return ""


def is_running(identity: str) -> bool:
    pid = identity.partition("@")[0]
    return bool(identity) and pid.isdigit() and process_identity(int(pid)) == identity


def _stop_processes(items: list[dict]) -> None:
    running = [item for item in items if is_running(item["identity"])]
    for item in running:
        _signal(item, signal.SIGTERM)
    deadline = time.monotonic() + STOP_GRACE_SECONDS
    while time.monotonic() < deadline and any(is_running(i["identity"]) for i in running):
        time.sleep(0.2)
    for item in running:
        # Also what is left of the group once its leader exited (Celery's pool processes).
        _signal(item, signal.SIGKILL)


def _signal(item: dict, signum: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        if item["group"]:
            os.killpg(item["process"], signum)
        elif is_running(item["identity"]):
            os.kill(item["process"], signum)


def main(read_end: int, owner: str) -> None:
    # A session of its own already keeps the terminal's signals away; ignoring them also
    # covers a lifeline started from a process that is not a session leader's child.
    for signum in (signal.SIGINT, signal.SIGHUP):
        signal.signal(signum, signal.SIG_IGN)
    with os.fdopen(read_end, "rb") as pipe:
        items = [json.loads(line) for line in pipe]  # until the owner is gone
    _stop_processes([item for item in items if "process" in item])
    from smartgov import embedded

    for item in items:
        if "server" in item:
            embedded.leave(item["server"], Path(item["var_dir"]), user=owner)


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2])

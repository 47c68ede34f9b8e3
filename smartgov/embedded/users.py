"""Who uses the embedded servers of a var directory: the last one to leave stops them.

Every process that starts or joins a server registers as one of its users: a file named by its
identity (pid and start time, smartgov.lifeline.process_identity) under var/run/users/<server>/.
Leaving removes the file, and the process that finds no other user still running stops the
server. So a server runs as long as anyone uses it, whichever process started it: `make run`
keeps the servers that a `manage.py shell` started before it, when the shell exits first.

A process leaves when it exits or calls EmbeddedServices.stop(); if it dies first, its lifeline
leaves for it; if both die, its file names a process that no longer runs, which counts for
nothing, and the next user to leave stops the server.

The list decides, not the server's connections: a process between two requests (a shell, an idle
beat) may hold no connection yet still needs the server, and a connection over a UNIX socket
does not say which process holds it. The processes that `make run` and `make test` start are
covered by their supervisor's file: it stops them before it leaves.

var/run/<server>.owner names the user that answers for the server: the one that started it, took
it over after its owner died, or was handed it when its owner left first. It decides nothing
about stopping; a run lists the servers it owns among its processes (var/run/pids.json).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path

from smartgov import lifeline


@contextlib.contextmanager
def one_process_at_a_time(var_dir: Path) -> Iterator[None]:
    """Whether to start, join, leave or stop the servers of a var directory is decided by one
    process at a time: two that start together would otherwise both start a Valkey on the same
    socket and data file, and one joining while another leaves would lose its server. The lock
    goes with the file's descriptor, also when the process dies."""
    import fcntl

    path = var_dir / "run" / "embedded.lock"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def _users_dir(server: str, var_dir: Path) -> Path:
    return var_dir / "run" / "users" / server


def _owner_file(server: str, var_dir: Path) -> Path:
    return var_dir / "run" / f"{server}.owner"


def owner(server: str, var_dir: Path) -> str:
    """The identity of the process that answers for the server ("" when none does)."""
    try:
        return _owner_file(server, var_dir).read_text().strip()
    except FileNotFoundError:
        return ""


def register(server: str, var_dir: Path, *, user: str) -> None:
    """Record `user` (a process identity) as using the server, and as its owner if the owner
    has gone. Called under one_process_at_a_time, with the server running."""
    directory = _users_dir(server, var_dir)
    directory.mkdir(parents=True, exist_ok=True)
    (directory / user).touch()
    if not lifeline.is_running(owner(server, var_dir)):
        _owner_file(server, var_dir).write_text(user)


def running_users(server: str, var_dir: Path) -> list[str]:
    """The users still running; the files of those that died without leaving are removed."""
    directory = _users_dir(server, var_dir)
    running = []
    for entry in sorted(directory.iterdir()) if directory.is_dir() else ():
        if lifeline.is_running(entry.name):
            running.append(entry.name)
        else:
            entry.unlink(missing_ok=True)
    return running


def leave(server: str, var_dir: Path, *, user: str, stop: Callable[[Path], None]) -> None:
    """`user` stops using the server; `stop(var_dir)` stops it when no other user runs."""
    entry = _users_dir(server, var_dir) / user
    if not user or not entry.exists():
        return  # left already (and the var directory may have been removed since)
    with one_process_at_a_time(var_dir):
        if not entry.exists():
            return
        entry.unlink()
        others = running_users(server, var_dir)
        if others:
            answering = owner(server, var_dir)
            if answering == user or not lifeline.is_running(answering):
                _owner_file(server, var_dir).write_text(others[0])
            return
        stop(var_dir)
        _owner_file(server, var_dir).unlink(missing_ok=True)


def stop_process(pid: int | None, signum: int, timeout: float) -> None:
    """Stop a server with its signal for a clean stop, killing it if that takes too long."""
    import psutil

    if pid is None:
        return
    try:
        process = psutil.Process(pid)
        process.send_signal(signum)
        try:
            process.wait(timeout)
        except psutil.TimeoutExpired:
            process.kill()
            process.wait(10)
    except psutil.NoSuchProcess:
        pass

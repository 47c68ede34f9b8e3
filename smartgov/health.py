"""What the health endpoints report. /livez: the process answers (restart it if not). /readyz:
it can serve pages, the database and Redis answer (send it no traffic if not). /healthz: the
whole installation, with a live worker too (what a monitoring system watches)."""

from __future__ import annotations

import time

from django.conf import settings
from django.core.cache import cache
from django.db import connection

HEARTBEAT_KEY = "worker-heartbeat:{hostname}"
HEARTBEAT_INDEX_KEY = "worker-heartbeats"


def record_worker_heartbeat(hostname: str) -> None:
    ttl = settings.WORKER_HEARTBEAT_SECONDS * 4
    cache.set(HEARTBEAT_KEY.format(hostname=hostname), time.time(), timeout=ttl)
    known = set(cache.get(HEARTBEAT_INDEX_KEY) or ())
    if hostname not in known:
        cache.set(HEARTBEAT_INDEX_KEY, sorted(known | {hostname}), timeout=None)


def check_database() -> dict:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        return {"ok": True}
    except Exception as error:  # noqa: BLE001 - any failure means unhealthy
        return {"ok": False, "error": type(error).__name__}


def check_redis() -> dict:
    try:
        cache.set("healthz-probe", 1, timeout=10)
        return {"ok": cache.get("healthz-probe") == 1}
    except Exception as error:  # noqa: BLE001 - any failure means unhealthy
        return {"ok": False, "error": type(error).__name__}


def check_workers() -> dict:
    """Workers whose heartbeat is fresh. Their hostnames are not secret but tell little."""
    try:
        hostnames = cache.get(HEARTBEAT_INDEX_KEY) or []
        beats = cache.get_many([HEARTBEAT_KEY.format(hostname=h) for h in hostnames])
    except Exception as error:  # noqa: BLE001 - any failure means unhealthy
        return {"ok": False, "error": type(error).__name__}
    fresh_after = time.time() - settings.WORKER_HEARTBEAT_SECONDS * 3
    alive = [key.split(":", 1)[1] for key, at in beats.items() if at >= fresh_after]
    last = max(beats.values(), default=None)
    return {"ok": bool(alive), "alive": len(alive), "last_heartbeat_age_s": _age(last)}


def _age(at: float | None) -> float | None:
    return None if at is None else round(time.time() - at, 1)


def health_report() -> dict:
    checks = {"database": check_database(), "redis": check_redis(), "worker": check_workers()}
    return {"ok": all(check["ok"] for check in checks.values()), "checks": checks}


def readiness_report() -> dict:
    checks = {"database": check_database(), "redis": check_redis()}
    return {"ok": all(check["ok"] for check in checks.values()), "checks": checks}

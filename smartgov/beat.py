"""One Celery beat at a time. Two beats (a scaled service, a new container started before the old
one stopped, `make run` next to a city's own beat on the same Redis) would each send every
scheduled task: reports mailed twice, reminders twice. Each beat takes a lock in Redis before it
sends anything; a second beat stands by until the first is gone and then takes over."""

from __future__ import annotations

import logging
import os
import socket
import threading
import time

import redis
from django.conf import settings

logger = logging.getLogger(__name__)

LOCK_KEY = "smartgov:beat:lock"


def _lock_seconds() -> int:
    """A beat that dies without letting go (SIGKILL, a lost host) holds the lock this long at
    most; the running beat renews it, and a standby asks for it, four times as often."""
    return settings.BEAT_LOCK_SECONDS


def _redis() -> redis.Redis:
    return redis.Redis.from_url(settings.REDIS_URL, socket_timeout=10)


def beat_lock_acquire(*, token: str | None = None, wait: float | None = None) -> str | None:
    """Blocks until this process holds the beat lock (or `wait` seconds have passed: None),
    then keeps it renewed from a daemon thread. The token names the holder."""
    token = token or f"{socket.gethostname()}:{os.getpid()}"
    client = _redis()
    deadline = None if wait is None else time.monotonic() + wait
    announced = False
    while not client.set(LOCK_KEY, token, nx=True, ex=_lock_seconds()):
        if not announced:
            holder = client.get(LOCK_KEY)
            logger.warning(
                "Another Celery beat (%s) is running: standing by until it stops.",
                holder.decode() if holder else "unknown",
            )
            announced = True
        if deadline is not None and time.monotonic() > deadline:
            return None
        time.sleep(_lock_seconds() / 4)
    logger.info("This Celery beat holds the lock (%s): scheduling.", token)
    threading.Thread(target=_keep, args=(client, token), daemon=True, name="beat-lock").start()
    return token


_RENEW = """
if redis.call('get', KEYS[1]) == ARGV[1] then
    return redis.call('expire', KEYS[1], ARGV[2])
end
return redis.call('set', KEYS[1], ARGV[1], 'NX', 'EX', ARGV[2]) and 1 or 0
"""


def _keep(client: redis.Redis, token: str) -> None:
    """Renews the lock while the beat runs. Lost to another beat (after Redis lost its data,
    or a pause longer than the lock): this beat stops at once rather than run as a second one;
    its supervisor (Compose, make run) starts it again, as a standby."""
    renew = client.register_script(_RENEW)
    while True:
        time.sleep(_lock_seconds() / 4)
        try:
            held = renew(keys=[LOCK_KEY], args=[token, _lock_seconds()])
        except redis.RedisError as error:
            # Redis away for a moment: keep scheduling (the tasks cannot be sent either) and
            # ask again; the lock's expiry covers a beat that never comes back.
            logger.warning("Could not renew the beat lock: %s", error)
            continue
        if not held:
            logger.error("Another Celery beat took the lock: this one stops.")
            os._exit(1)


def hold_the_only_beat(**_signal) -> None:
    """celery.signals.beat_init: runs before the beat sends its first task."""
    beat_lock_acquire()

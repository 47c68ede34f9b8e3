"""Who else has a case open right now, and who is writing a reply on it (collision detection).

Each open case view sends a heartbeat every few seconds (presence_touch). A viewer is kept in a
Redis sorted set per case, scored by when their heartbeat expires, so a closed tab disappears by
itself after PRESENCE_TTL_SECONDS without anyone having to say goodbye. The Redis is the one the
cache uses (settings.CACHES), shared by every web process.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache

KEY = "smartgov:presence:case:{case_id}"
DETAILS_KEY = "smartgov:presence:case:{case_id}:who"


@dataclass(frozen=True)
class Viewer:
    username: str
    display_name: str
    composing: bool


def _redis():
    # Django's RedisCache has no sorted sets or hashes; its client (a redis-py client on the
    # same connection pool) has. A plain get/set of one list per case would lose updates when
    # two people open the case at the same moment.
    return cache._cache.get_client(write=True)


def _ttl() -> int:
    return settings.PRESENCE_TTL_SECONDS


def presence_touch(
    *, case_id: int, user, composing: bool = False, now: float | None = None
) -> None:
    """Say that `user` has the case open (and whether they are writing a reply) for the next
    PRESENCE_TTL_SECONDS."""
    client = _redis()
    key = KEY.format(case_id=case_id)
    details = DETAILS_KEY.format(case_id=case_id)
    member = str(user.pk)
    who = json.dumps(
        {
            "username": user.get_username(),
            "display_name": user.get_full_name() or user.get_username(),
            "composing": bool(composing),
        }
    )
    now = time.time() if now is None else now
    pipe = client.pipeline()
    pipe.zadd(key, {member: now + _ttl()})
    pipe.hset(details, member, who)
    # The keys themselves go once nobody has touched the case for a while.
    pipe.expire(key, _ttl() * 2)
    pipe.expire(details, _ttl() * 2)
    pipe.execute()


def presence_leave(*, case_id: int, user) -> None:
    """The viewer closed the case (best effort: a lost request just waits for the TTL)."""
    client = _redis()
    pipe = client.pipeline()
    pipe.zrem(KEY.format(case_id=case_id), str(user.pk))
    pipe.hdel(DETAILS_KEY.format(case_id=case_id), str(user.pk))
    pipe.execute()


def presence_others(*, case_id: int, user, now: float | None = None) -> list[Viewer]:
    """Everyone but `user` whose heartbeat on the case has not expired, composers first."""
    client = _redis()
    key = KEY.format(case_id=case_id)
    details = DETAILS_KEY.format(case_id=case_id)
    now = time.time() if now is None else now
    pipe = client.pipeline()
    pipe.zrangebyscore(key, "-inf", now)
    pipe.zremrangebyscore(key, "-inf", now)
    pipe.zrangebyscore(key, now, "+inf")
    expired, _count, members = pipe.execute()
    if expired:
        client.hdel(details, *expired)
    mine = str(user.pk) if user is not None else None
    others = [m.decode() if isinstance(m, bytes) else str(m) for m in members]
    others = [m for m in others if m != mine]
    if not others:
        return []
    viewers = []
    for raw in client.hmget(details, others):
        if raw is None:
            continue
        data = json.loads(raw)
        viewers.append(Viewer(data["username"], data["display_name"], data["composing"]))
    return sorted(viewers, key=lambda v: (not v.composing, v.display_name.lower()))

"""The moment that services record as "now": the real time, except inside `working_at`.

The demo's eight weeks of history are worked by the same services a person uses (a reply
sent from a template, a re-route, a closure), each at the moment it happened in that history,
so that every record they write (the reply's sending time, the case's first response, the
history's events) says when. Case events cannot be changed once written, so the moment has to
be right when they are made. Outside the demo nothing sets it, and `now()` is
`timezone.now()`, looked up at each call (tests that move timezone.now move this too)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import datetime

from django.utils import timezone

_working_at: ContextVar[datetime | None] = ContextVar("working_at", default=None)


def now() -> datetime:
    return _working_at.get() or timezone.now()


@contextmanager
def working_at(moment: datetime) -> Iterator[datetime]:
    """Everything done inside is recorded as done at `moment` (an aware datetime)."""
    if timezone.is_naive(moment):
        raise ValueError("working_at needs a time-zone-aware moment.")
    token = _working_at.set(moment)
    try:
        yield moment
    finally:
        _working_at.reset(token)

"""The city's clock: its time zone (CITY_TIME_ZONE), local time and dates there.

Every "today", "this week", due date and date shown to a person is on this clock, whatever the
server's or the browser's zone. Business hours and public holidays are departments.sla's.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from django.conf import settings


def city_zone() -> ZoneInfo:
    return ZoneInfo(settings.TIME_ZONE)


def local_time(moment: datetime) -> datetime:
    """An aware moment as the city's wall-clock time."""
    if moment.tzinfo is None:
        raise ValueError("The city's clock needs time-zone-aware datetimes.")
    return moment.astimezone(city_zone())


def city_today(now: datetime | None = None) -> date:
    return local_time(now or datetime.now(UTC)).date()


def local_midnight(day: date, zone: ZoneInfo | None = None) -> datetime:
    """Midnight of a local day, as an aware UTC moment (midnight exists on every day in the
    zones cities use; the summer-time changes happen at night, not at midnight)."""
    return datetime.combine(day, time.min, tzinfo=zone or city_zone()).astimezone(UTC)

"""Periods in the city's time zone: ISO weeks run from Monday 00:00 to the next Monday 00:00
local time, so the week of a change to or from summer time lasts 167 or 169 hours."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from smartgov.city_clock import city_today, local_midnight
from smartgov.params import day_in_range

WEEK_PATTERN = re.compile(r"^(\d{4})-W(\d{2})$")


@dataclass(frozen=True)
class Period:
    """Local days first_day..last_day inclusive, as UTC bounds [start, end)."""

    first_day: date
    last_day: date
    label: str

    @property
    def start(self) -> datetime:
        return local_midnight(self.first_day)

    @property
    def end(self) -> datetime:
        return local_midnight(self.last_day + timedelta(days=1))

    @property
    def days(self) -> list[date]:
        count = (self.last_day - self.first_day).days + 1
        return [self.first_day + timedelta(days=n) for n in range(count)]

    @property
    def hours(self) -> float:
        return (self.end - self.start).total_seconds() / 3600

    def previous(self) -> Period:
        """The period of the same length just before this one (the previous week for a week)."""
        length = len(self.days)
        last = self.first_day - timedelta(days=1)
        first = last - timedelta(days=length - 1)
        if WEEK_PATTERN.match(self.label):
            # Not through week_period: the first week on the calendar has a previous one too.
            return Period(first, last, iso_week_label(first))
        return Period(first, last, f"{first:%d %b %Y} to {last:%d %b %Y}")

    def __str__(self) -> str:
        return self.label


def parse_week(week: str) -> tuple[int, int]:
    match = WEEK_PATTERN.match(week.strip())
    if not match:
        raise ValueError(f"A week looks like 2026-W47, not {week!r}.")
    year, number = int(match.group(1)), int(match.group(2))
    try:
        monday = date.fromisocalendar(year, number, 1)
    except ValueError as error:
        raise ValueError(f"{week} is not an ISO week: {error}") from None
    # 0001-W01 has no week before it to compare with; 9999-W52 ends in the year 10000.
    if not (day_in_range(monday) and day_in_range(monday + timedelta(days=6))):
        raise ValueError(f"{week} is off the calendar the reports cover.")
    return year, number


def week_period(week: str) -> Period:
    year, number = parse_week(week)
    monday = date.fromisocalendar(year, number, 1)
    return Period(monday, monday + timedelta(days=6), f"{year}-W{number:02d}")


def iso_week_label(day: date) -> str:
    year, number, _ = day.isocalendar()
    return f"{year}-W{number:02d}"


def last_complete_week(now: datetime | None = None) -> str:
    """The ISO week before the one that contains `now` in the city's time zone."""
    local_today = city_today(now)
    return iso_week_label(local_today - timedelta(days=7))


def days_period(first_day: date, last_day: date) -> Period:
    if last_day < first_day:
        first_day, last_day = last_day, first_day
    return Period(first_day, last_day, f"{first_day:%d %b %Y} to {last_day:%d %b %Y}")

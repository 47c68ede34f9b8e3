"""Time in the data set: offsets in minutes before "now", the daily and weekly rhythm, and when
the incidents happen."""

from __future__ import annotations

import math
from random import Random

from listening.replay.generator.material import (
    CITIZEN_WEEKDAY_HOURS,
    CITIZEN_WEEKEND_HOURS,
    OWN_WEEKDAY_HOURS,
    OWN_WEEKEND_HOURS,
    WEEKEND_FACTOR,
)

SPAN_MINUTES = 8 * 7 * 24 * 60  # 80640: every history item has -SPAN <= offset < 0
HOURS_IN_SPAN = SPAN_MINUTES // 60
# Offset 0 is taken to be a Monday 12:00 local time. Only used to place the daily and weekly
# rhythm; the replay source re-anchors everything to the real "now".
NOW_MINUTE_OF_DAY = 12 * 60


def local_clock(offset: int) -> tuple[int, int]:
    """(weekday with Monday = 0, hour) of an offset, given that offset 0 is Monday 12:00."""
    minute = NOW_MINUTE_OF_DAY + offset
    return (minute // 1440) % 7, (minute % 1440) // 60


def hour_start(index: int) -> int:
    return -SPAN_MINUTES + index * 60


def hour_profile(weekday_hours: list, weekend_hours: list, weekend_factor: float) -> list:
    weights = []
    for index in range(HOURS_IN_SPAN):
        weekday, hour = local_clock(hour_start(index))
        if weekday >= 5:
            weights.append(weekend_hours[hour] * weekend_factor)
        else:
            weights.append(weekday_hours[hour])
    return weights


CITIZEN_PROFILE = hour_profile(CITIZEN_WEEKDAY_HOURS, CITIZEN_WEEKEND_HOURS, WEEKEND_FACTOR)
OWN_PROFILE = hour_profile(OWN_WEEKDAY_HOURS, OWN_WEEKEND_HOURS, 1.0)


def sample_offset(
    rng: Random, profile: list, lo: int = -SPAN_MINUTES, hi: int = 0, envelope=None
) -> int:
    """A minute in [lo, hi), picked by hourly weight (times an optional envelope over the
    hours since lo), then uniformly within the hour."""
    first = max((lo + SPAN_MINUTES) // 60, 0)
    last = min((hi - 1 + SPAN_MINUTES) // 60, HOURS_IN_SPAN - 1)
    indices = range(first, last + 1)
    weights = [
        profile[i] * (envelope((hour_start(i) + 30 - lo) / 60) if envelope else 1.0)
        for i in indices
    ]
    index = rng.choices(indices, weights=weights)[0]
    return rng.randrange(max(lo, hour_start(index)), min(hi, hour_start(index) + 60))


def day_start(day: int) -> int:
    """Offset of local midnight at the start of `day` (0 = today, -1 = yesterday)."""
    return -NOW_MINUTE_OF_DAY + day * 1440


def at(day: int, hhmm: str) -> int:
    hours, minutes = hhmm.split(":")
    return day_start(day) + int(hours) * 60 + int(minutes)


# Incident timing: when each spike happens and how many citizen posts it brings. Days count back
# from today (0); "envelope" shapes intensity over the hours since the start. What the posts say
# is in listening/replay/data/templates/incidents.yaml.
INCIDENTS = {
    # Autumn storm on a Thursday: wind peaks in the afternoon, damage reports into Friday.
    "storm": {
        "start": at(-39, "09:00"),
        "hours": 40,
        "count": 170,
        "envelope": lambda h: 0.3 + h / 7 if h < 7 else math.exp(-(h - 7) / 10),
    },
    # Overhead line failure on a Tuesday morning rush hour.
    "tram_outage": {
        "start": at(-20, "06:35"),
        "hours": 12,
        "count": 105,
        "envelope": lambda h: math.exp(-h / 2.5) + 0.04,
    },
    # Cold snap from Saturday evening to Tuesday night, worst on the Monday morning commute.
    "cold": {
        "start": at(-9, "18:00"),
        "hours": 76,
        "count": 120,
        "envelope": lambda h: 3.0 if 36 <= h < 42 else 1.0,
    },
    # Three weeks of quay works on the Havenkade: a steady trickle, more in the first days.
    "havenkade": {
        "start": at(-28, "06:00"),
        "hours": 18 * 24 + 12,
        "count": 70,
        "envelope": lambda h: 1 + 2 * math.exp(-h / 48),
    },
}

"""Time for the generated city: int64 microseconds since the epoch (UTC), NULL_TIME for NULL;
moments drawn with the city's rhythm, local time in the city's zone, and business hours."""

from __future__ import annotations

import numpy as np
import pandas as pd

US = 1_000_000
HOUR = 3600 * US
DAY = 24 * HOUR
NULL_TIME = np.iinfo(np.int64).min
SPAN_DAYS = 730


def lognormal(rng, median_seconds: float, sigma: float, size: int) -> np.ndarray:
    # Whole seconds, like every time the generator makes (platforms give seconds too).
    seconds = np.maximum(median_seconds * np.exp(sigma * rng.standard_normal(size)), 1)
    return seconds.astype(np.int64) * US


def local_to_utc(local_ns: np.ndarray, zone: str) -> np.ndarray:
    index = pd.DatetimeIndex(local_ns.astype("datetime64[ns]"))
    # An autumn hour that happens twice is read as winter time; a spring hour that does not
    # exist moves forward: both as a phone's clock would show it.
    utc = index.tz_localize(
        zone, ambiguous=np.zeros(len(index), dtype=bool), nonexistent="shift_forward"
    ).tz_convert("UTC")
    return (utc.asi8 // 1000).astype(np.int64)


def utc_to_local_ns(utc_us: np.ndarray, zone: str) -> np.ndarray:
    index = pd.DatetimeIndex((utc_us * 1000).astype("datetime64[ns]"), tz="UTC")
    return index.tz_convert(zone).tz_localize(None).asi8


def draw_times(rng, n, *, start_us, end_us, zone, weekday_hours, weekend_hours, weekend_factor):
    """n moments between start and end, with the city's growth, weekly and daily rhythm and
    the odd busy day (a storm, a tram outage)."""
    first_day = (
        utc_to_local_ns(np.array([start_us]), zone).astype("datetime64[ns]").astype("datetime64[D]")
    )[0]
    days = int((end_us - start_us) // DAY) + 2
    day_dates = first_day + np.arange(days)
    weekday = (day_dates.astype("datetime64[D]").view("int64") - 4) % 7  # 0 = Monday
    weekend = weekday >= 5
    weight = np.linspace(0.75, 1.25, days) * np.where(weekend, weekend_factor, 1.0)
    weight *= rng.gamma(8.0, 1 / 8.0, days)
    busy = rng.random(days) < 0.025
    weight[busy] *= rng.uniform(1.5, 3.5, busy.sum())
    chosen = rng.choice(days, size=n, p=weight / weight.sum())
    hours = np.empty(n, dtype=np.int64)
    on_weekend = weekend[chosen]
    for mask, profile in ((~on_weekend, weekday_hours), (on_weekend, weekend_hours)):
        p = np.asarray(profile, dtype=float)
        hours[mask] = rng.choice(24, size=int(mask.sum()), p=p / p.sum())
    seconds = rng.integers(0, 3600, n)
    local_ns = (
        day_dates[chosen].astype("datetime64[ns]").view("int64")
        + (hours * 3600 + seconds) * 1_000_000_000
    )
    utc = local_to_utc(local_ns, zone)
    utc = np.where(utc >= end_us, utc - 7 * DAY, utc)
    return np.where(utc < start_us, utc + 7 * DAY, utc)


def pick_earlier(rng, group_times: np.ndarray, group_index: np.ndarray, times, p_back: float):
    """For each moment, one of the group's items from before it: the latest one, or a few
    before that. -1 where the group has nothing earlier."""
    position = np.searchsorted(group_times, times, side="left") - rng.geometric(p_back, len(times))
    found = position >= 0
    result = np.full(len(times), -1, dtype=np.int64)
    result[found] = group_index[position[found]]
    return result


class BusinessClock:
    """departments.sla.add_business_hours for arrays: business days counted with numpy's busday
    functions (the same weekmask and holidays), the rest in seconds of opening time."""

    def __init__(self, *, zone: str, holidays: list, opening_seconds: tuple[int, int]):
        self.zone = zone
        self.holidays = np.array(sorted(holidays), dtype="datetime64[D]")
        self.open, self.close = opening_seconds
        self.day_length = self.close - self.open
        self.epoch = np.busday_offset(
            np.datetime64("2000-01-03"), 0, roll="forward", holidays=self.holidays
        )

    def add(self, start_us: np.ndarray, hours: np.ndarray) -> np.ndarray:
        local_ns = utc_to_local_ns(start_us, self.zone)
        day = local_ns.astype("datetime64[ns]").astype("datetime64[D]")
        seconds = (local_ns - day.astype("datetime64[ns]").view("int64")) / 1e9
        open_day = np.is_busday(day, holidays=self.holidays)
        into = np.where(open_day, np.clip(seconds - self.open, 0, self.day_length), 0.0)
        day = np.where(
            open_day, day, np.busday_offset(day, 0, roll="forward", holidays=self.holidays)
        )
        index = np.busday_count(self.epoch, day, holidays=self.holidays)
        total = index * self.day_length + into + hours * 3600.0
        whole, rest = np.divmod(total, self.day_length)
        # A deadline that uses up a day exactly falls at closing time.
        exact = rest == 0
        whole = np.where(exact, whole - 1, whole)
        rest = np.where(exact, self.day_length, rest)
        due_day = np.busday_offset(self.epoch, whole.astype(np.int64), holidays=self.holidays)
        due_local = due_day.astype("datetime64[ns]").view("int64") + (
            (self.open + rest) * 1e9
        ).astype(np.int64)
        return local_to_utc(due_local, self.zone)

"""Service-level targets in business hours: Monday to Friday, between the city's opening hours,
minus the public holidays of the city's country, in the city's time zone.

All arithmetic goes through one idea: the business hours between two moments are the business
days between their dates (numpy's busday_count, holidays included) times the length of a
business day, corrected by how far into its own day each moment is. That is exact, handles
weekends and holidays without walking hour by hour, and vectorises for analytics.

It also holds the one definition of a case's SLA state (met, overdue, due soon, ...), which the
badge, the queue's filter and analytics read in Python, SQL and pandas: see "the SLA state of a
case" below.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

import holidays
import numpy as np
import pandas as pd
from django.conf import settings
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from smartgov.city_clock import city_zone, local_time

# Monday to Friday, as numpy's weekmask spells it.
WEEKMASK = "1111100"
# Less than this many business hours left and a case is "due soon" (SlaState.DUE_SOON).
DUE_SOON_HOURS = 2.0


def _parse_time(value: str | time) -> time:
    if isinstance(value, time):
        return value
    hours, _sep, minutes = str(value).partition(":")
    return time(int(hours), int(minutes or 0))


def _opening() -> tuple[time, time]:
    start = _parse_time(getattr(settings, "BUSINESS_HOURS_START", "09:00"))
    end = _parse_time(getattr(settings, "BUSINESS_HOURS_END", "17:00"))
    if end <= start:
        raise ValueError("BUSINESS_HOURS_END must be later than BUSINESS_HOURS_START.")
    return start, end


def _seconds(moment: time) -> int:
    return moment.hour * 3600 + moment.minute * 60 + moment.second


def _day_hours() -> float:
    start, end = _opening()
    return (_seconds(end) - _seconds(start)) / 3600


@functools.lru_cache(maxsize=64)
def _holidays_of_year(country: str, subdivision: str, year: int) -> tuple[date, ...]:
    calendar = holidays.country_holidays(country, subdiv=subdivision or None, years=year)
    return tuple(sorted(calendar))


def holidays_between(first: date, last: date) -> list[date]:
    """The city's public holidays from the year of `first` to the year of `last`."""
    country = settings.CITY_COUNTRY
    subdivision = getattr(settings, "CITY_SUBDIVISION", "")
    days: list[date] = []
    for year in range(first.year, last.year + 1):
        days.extend(_holidays_of_year(country, subdivision, year))
    return days


def is_business_day(day: date) -> bool:
    return bool(np.is_busday(day, weekmask=WEEKMASK, holidays=holidays_between(day, day)))


def business_hours_between(start: datetime, end: datetime) -> float:
    """Business hours from `start` to `end` (0 when `end` is not later)."""
    return business_hours_between_many([start], [end])[0]


# Up to this many pairs, each moment is converted in Python: quicker than setting up pandas for a
# badge in the queue, which asks for one pair.
ONE_BY_ONE_UP_TO = 64


def _is_aware_series(values: object) -> bool:
    return isinstance(values, pd.Series | pd.Index) and isinstance(values.dtype, pd.DatetimeTZDtype)


def _utc_moments(moments: Sequence[datetime] | pd.Series) -> pd.DatetimeIndex:
    """Aware moments as a UTC index in microseconds (a datetime's own resolution)."""
    if _is_aware_series(moments):
        values = pd.DatetimeIndex(moments)
    else:
        if any(timezone.is_naive(moment) for moment in moments):
            raise ValueError("SLA arithmetic needs time-zone-aware datetimes.")
        values = pd.DatetimeIndex(pd.to_datetime(list(moments), utc=True))
    return values.tz_convert("UTC").as_unit("us")


def _hours_into_day(seconds: np.ndarray) -> np.ndarray:
    """Business hours already passed on a day at `seconds` after its local midnight: 0 before
    opening, a full day after closing. Wall-clock time: daylight saving switches happen at
    night, outside office hours."""
    start, end = _opening()
    into = np.minimum(np.maximum(seconds - _seconds(start), 0), _seconds(end) - _seconds(start))
    return into / 3600


def _days_and_hours_vectorised(moments: pd.DatetimeIndex) -> tuple[np.ndarray, np.ndarray]:
    """Each moment's local date and business hours into it. Seconds are whole seconds plus
    microseconds / 1e6, the sum a datetime's own fields give in _days_and_hours_one_by_one, so
    both give the same hours to the bit."""
    wall = moments.tz_convert(city_zone()).tz_localize(None).as_unit("us").to_numpy()
    days = wall.astype("datetime64[D]")
    micros = (wall - days.astype("datetime64[us]")).astype("int64")
    return days, _hours_into_day(micros // 1_000_000 + (micros % 1_000_000) / 1e6)


def _days_and_hours_one_by_one(moments: Sequence[datetime]) -> tuple[np.ndarray, np.ndarray]:
    start, end = _opening()
    opening, day = _seconds(start), _seconds(end) - _seconds(start)
    local = [local_time(moment) for moment in moments]
    days = np.array([moment.date() for moment in local], dtype="datetime64[D]")
    into = [
        min(max(m.hour * 3600 + m.minute * 60 + m.second + m.microsecond / 1e6 - opening, 0), day)
        / 3600
        for m in local
    ]
    return days, np.array(into, dtype="float64")


def business_hours_between_arrays(
    starts: Sequence[datetime] | Iterable[datetime] | pd.Series,
    ends: Sequence[datetime] | Iterable[datetime] | pd.Series,
) -> np.ndarray:
    """business_hours_between for many pairs at once, as a float array: aware datetimes or
    time-zone-aware pandas Series, converted to the city's wall clock in one pass (analytics
    over a week of cases in a large city)."""
    if not _is_aware_series(starts):
        starts = list(starts)
    if not _is_aware_series(ends):
        ends = list(ends)
    if len(starts) != len(ends):
        raise ValueError("starts and ends must have the same length.")
    if not len(starts):
        return np.array([], dtype="float64")
    if len(starts) > ONE_BY_ONE_UP_TO or _is_aware_series(starts) or _is_aware_series(ends):
        utc_starts, utc_ends = _utc_moments(starts), _utc_moments(ends)
        start_days, start_into = _days_and_hours_vectorised(utc_starts)
        end_days, end_into = _days_and_hours_vectorised(utc_ends)
        later = utc_ends.asi8 > utc_starts.asi8
    else:
        start_days, start_into = _days_and_hours_one_by_one(starts)
        end_days, end_into = _days_and_hours_one_by_one(ends)
        later = np.array([e > s for s, e in zip(starts, ends, strict=True)], dtype=bool)
    first = min(start_days.min(), end_days.min()).astype(date)
    last = max(start_days.max(), end_days.max()).astype(date)
    free = holidays_between(first, last)
    # busday_count counts business days in [start day, end day), negative when reversed.
    days = np.busday_count(start_days, end_days, weekmask=WEEKMASK, holidays=free)
    start_open = np.is_busday(start_days, weekmask=WEEKMASK, holidays=free)
    end_open = np.is_busday(end_days, weekmask=WEEKMASK, holidays=free)
    hours = (
        days * _day_hours() - np.where(start_open, start_into, 0) + np.where(end_open, end_into, 0)
    )
    # numpy counts a reversed pair by its own convention; a reversed pair has no time between.
    return np.where(later, np.maximum(hours, 0.0), 0.0)


def business_hours_between_many(
    starts: Sequence[datetime] | Iterable[datetime], ends: Sequence[datetime] | Iterable[datetime]
) -> list[float]:
    """business_hours_between for many pairs at once."""
    return business_hours_between_arrays(starts, ends).tolist()


def add_business_hours(start: datetime, hours: float) -> datetime:
    """The moment `hours` business hours after `start`. A deadline that uses up a day exactly
    falls at closing time, not at the next opening."""
    zone = city_zone()
    opening, closing = _opening()
    current = local_time(start)
    remaining = timedelta(hours=hours)
    if remaining <= timedelta(0):
        return start
    while True:
        day = current.date()
        day_open = datetime.combine(day, opening, tzinfo=zone)
        day_close = datetime.combine(day, closing, tzinfo=zone)
        if not is_business_day(day) or current >= day_close:
            current = _next_opening(day, opening, zone)
            continue
        current = max(current, day_open)
        left_today = day_close - current
        if remaining <= left_today:
            return current + remaining
        remaining -= left_today
        current = _next_opening(day, opening, zone)


def _next_opening(day: date, opening: time, zone: ZoneInfo) -> datetime:
    following = np.busday_offset(
        np.datetime64(day, "D") + np.timedelta64(1, "D"),
        0,
        roll="forward",
        weekmask=WEEKMASK,
        holidays=holidays_between(day, day + timedelta(days=370)),
    )
    return datetime.combine(following.astype(date), opening, tzinfo=zone)


def targets_for(department, topics: Iterable) -> tuple[int | None, int | None]:
    """(first-response hours, resolution hours): the strictest override among the topics, else
    the department's targets; (None, None) without a department."""
    if department is None:
        return None, None
    topics = list(topics)
    first_overrides = [t.first_response_sla_hours for t in topics if t.first_response_sla_hours]
    resolution_overrides = [t.resolution_sla_hours for t in topics if t.resolution_sla_hours]
    return (
        min(first_overrides, default=department.first_response_sla_hours),
        min(resolution_overrides, default=department.resolution_sla_hours),
    )


def sla_targets(case) -> tuple[int | None, int | None]:
    """(first-response hours, resolution hours) for a case (see targets_for)."""
    if case.department_id is None:
        return None, None
    topics = case.topics.all() if case.pk is not None else []
    return targets_for(case.department, topics)


def due_times_for(
    start: datetime, targets: tuple[int | None, int | None]
) -> tuple[datetime | None, datetime | None]:
    first_response, resolution = targets
    return (
        add_business_hours(start, first_response) if first_response is not None else None,
        add_business_hours(start, resolution) if resolution is not None else None,
    )


def sla_due_times(case) -> tuple[datetime | None, datetime | None]:
    """(first_response_due_at, resolution_due_at), counted from when the citizen wrote: a
    re-routing does not give the new department a fresh clock at the citizen's expense."""
    return due_times_for(case.created_at, sla_targets(case))


# -- the SLA state of a case ---------------------------------------------------------------
#
# One definition, read three ways: sla_state and sla_badge for one case in Python (the queue's
# rows, the case view), sla_state_q in SQL (the queue's SLA filter and the left pane's counts),
# clock_outcomes in pandas (analytics over a period's cases, analytics.metrics.sla_outcome).
# tests/departments/test_sla_equivalence.py holds the three to the same answers.
#
# A case has two clocks, both started when the citizen wrote: the first response, stopped by the
# first reply sent on the platform (first_responded_at; an internal note does not count), and the
# resolution, stopped by closing (closed_at). A clock with a due time is met when stopped by then,
# missed when stopped later or not stopped when the due time comes (the due moment itself is
# late), pending before that. The clock that runs is the first response until there is one, then
# the resolution (running_due_at; departments.models.case_due_expression in SQL). An open case
# with a department is overdue when its running clock is missed, due soon with less than
# DUE_SOON_HOURS business hours left, ok with more, and met when no clock runs but the first
# response came in time. Any other case has no state.


# Cases the city owes no answer, so no clock of theirs counts in reports: spam, posts for another
# organisation, duplicates merged into another case, and cases dismissed.
EXEMPT_STATUSES = frozenset({"spam", "not_for_us", "merged", "dismissed"})


class ClockOutcome(StrEnum):
    MET = "met"
    MISSED = "missed"
    PENDING = "pending"


class SlaState(StrEnum):
    NONE = "none"
    MET = "met"
    OK = "ok"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"


def clock_outcome(
    *, stopped_at: datetime | None, due_at: datetime | None, now: datetime
) -> ClockOutcome | None:
    """The outcome of one clock; None without a due time."""
    if due_at is None:
        return None
    if stopped_at is not None:
        return ClockOutcome.MET if stopped_at <= due_at else ClockOutcome.MISSED
    return ClockOutcome.MISSED if due_at <= now else ClockOutcome.PENDING


def clock_outcomes(stopped_at: pd.Series, due_at: pd.Series, *, now: datetime) -> pd.Series:
    """clock_outcome for many cases at once, as plain strings (None without a due time)."""
    stopped = pd.to_datetime(stopped_at, utc=True)
    due = pd.to_datetime(due_at, utc=True)
    moment = pd.Timestamp(now).tz_convert("UTC")
    is_stopped = stopped.notna()
    outcomes = pd.Series(str(ClockOutcome.PENDING), index=stopped.index, dtype="object")
    outcomes[is_stopped & (stopped <= due)] = str(ClockOutcome.MET)
    outcomes[(is_stopped & (stopped > due)) | (~is_stopped & (due <= moment))] = str(
        ClockOutcome.MISSED
    )
    outcomes[due.isna()] = None
    return outcomes


def due_soon_until(now: datetime) -> datetime:
    """A running deadline before this moment is due soon: DUE_SOON_HOURS business hours from
    now."""
    calendar = (
        settings.TIME_ZONE,
        settings.CITY_COUNTRY,
        getattr(settings, "CITY_SUBDIVISION", ""),
        _opening(),
    )
    return _due_soon_until(now, calendar)


# A page of the queue asks once per row, with the same `now` (0.1 ms each); the city's calendar is
# part of the key because tests change it.
@functools.lru_cache(maxsize=16)
def _due_soon_until(now: datetime, calendar: tuple) -> datetime:
    return add_business_hours(now, DUE_SOON_HOURS)


def running_due_at(case) -> datetime | None:
    """The deadline that counts now: the first response until there is one, then resolution.
    The queue's SLA filter uses the same rule in SQL (departments.models.case_due_expression)."""
    if case.first_responded_at is None:
        return case.first_response_due_at
    return case.resolution_due_at


def sla_state(case, *, now: datetime) -> SlaState:
    from departments.models import OPEN_STATUSES

    if case.department_id is None or case.status not in OPEN_STATUSES:
        return SlaState.NONE
    due = running_due_at(case)
    if due is None:
        first_response = clock_outcome(
            stopped_at=case.first_responded_at, due_at=case.first_response_due_at, now=now
        )
        return SlaState.MET if first_response == ClockOutcome.MET else SlaState.NONE
    # The running clock has not stopped: the first response one runs only until there is one,
    # and an open case is not resolved.
    if clock_outcome(stopped_at=None, due_at=due, now=now) == ClockOutcome.MISSED:
        return SlaState.OVERDUE
    return SlaState.DUE_SOON if due < due_soon_until(now) else SlaState.OK


def sla_state_q(state: str, *, now: datetime) -> Q:
    """sla_state as conditions in SQL, so that the database does the filtering: for a queryset
    of open cases only (the queryset says so once; saying it again here would mislead the
    planner) that aliases queue_due_at to departments.models.case_due_expression."""
    with_department = Q(department__isnull=False)
    if state == SlaState.OVERDUE:
        return with_department & Q(queue_due_at__lte=now)
    soon = due_soon_until(now)
    if state == SlaState.DUE_SOON:
        return with_department & Q(queue_due_at__gt=now, queue_due_at__lt=soon)
    if state == SlaState.OK:
        return with_department & Q(queue_due_at__gte=soon)
    if state == SlaState.MET:
        return with_department & Q(
            queue_due_at__isnull=True,
            first_responded_at__isnull=False,
            first_response_due_at__isnull=False,
            first_responded_at__lte=F("first_response_due_at"),
        )
    return Q()


@dataclass(frozen=True)
class SlaBadge:
    state: SlaState
    label: str
    due_at: datetime | None


def _duration(hours: float) -> str:
    """Business time as officers say it: hours within a business day, else business days."""
    day = _day_hours()
    if hours < day:
        return _("%(hours)dh") % {"hours": max(1, math.ceil(hours))}
    return _("%(days)dd") % {"days": math.floor(hours / day)}


def sla_badge(case, now: datetime | None = None) -> SlaBadge:
    """sla_state in words, with the deadline it is about."""
    return sla_badges([case], now=now)[0]


def sla_badges(cases: Sequence, now: datetime | None = None) -> list[SlaBadge]:
    """sla_badge for each of `cases` (a page of the queue), with the business time of all of
    them counted in one pass: one by one, the calendar arithmetic took a third of the time
    of drawing the queue's rows."""
    now = now or timezone.now()
    states = [sla_state(case, now=now) for case in cases]
    # The business hours each badge speaks of: how late an overdue case is, how long a case
    # that is not yet due soon still has.
    counted = {
        index: (running_due_at(case), now)
        if state == SlaState.OVERDUE
        else (now, running_due_at(case))
        for index, (case, state) in enumerate(zip(cases, states, strict=True))
        if state in (SlaState.OVERDUE, SlaState.OK)
    }
    hours = dict(
        zip(
            counted,
            business_hours_between_many(
                [start for start, _end in counted.values()],
                [end for _start, end in counted.values()],
            ),
            strict=True,
        )
    )
    return [
        _badge(case, state, hours.get(index))
        for index, (case, state) in enumerate(zip(cases, states, strict=True))
    ]


def _badge(case, state: SlaState, hours: float | None) -> SlaBadge:
    if state == SlaState.NONE:
        return SlaBadge(state, "", None)
    if state == SlaState.MET:
        return SlaBadge(state, _("responded in time"), case.first_response_due_at)
    due = running_due_at(case)
    if state == SlaState.OVERDUE:
        if hours == 0:
            # Past the deadline outside office hours: late, though no business time has passed.
            return SlaBadge(state, _("overdue"), due)
        return SlaBadge(state, _("overdue %(time)s") % {"time": _duration(hours)}, due)
    if state == SlaState.DUE_SOON:
        return SlaBadge(state, _("due soon"), due)
    return SlaBadge(state, _("due %(time)s") % {"time": _duration(hours)}, due)

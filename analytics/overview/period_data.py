"""The rows an overview is computed from: one period's cases, with their business hours and SLA
outcomes, and the city's own posts of the period, with their engagement."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import pandas as pd

from analytics import metrics, selectors
from analytics.periods import Period
from departments.sla import business_hours_between_arrays


@dataclass(frozen=True)
class Clock:
    """One of a case's two SLA clocks (departments.sla), by the columns that describe it."""

    done: str  # the moment it stopped, from the case
    due: str  # its due time, from the case
    target: str  # the department's target in business hours
    hours: str  # added: business hours it took
    elapsed: str  # added: business hours so far (for the SLA of a case without a due time)
    outcome: str  # added: metrics.sla_outcome


CLOCKS = (
    Clock(
        done="first_responded_at",
        due="first_response_due_at",
        target="first_response_target_h",
        hours="first_response_h",
        elapsed="frt_elapsed_h",
        outcome="frt_outcome",
    ),
    Clock(
        done="closed_at",
        due="resolution_due_at",
        target="resolution_target_h",
        hours="resolution_h",
        elapsed="res_elapsed_h",
        outcome="res_outcome",
    ),
)


def cases_with_business_hours(cases: pd.DataFrame, *, now: datetime) -> pd.DataFrame:
    """Adds business hours to first response and to closing, and the business hours elapsed so
    far for the SLA of cases that have neither yet. Only the pairs a number needs are sent to
    departments.sla, in one call: a case with a due time needs no elapsed hours."""
    cases = cases.copy()
    for clock in CLOCKS:
        for column in (clock.hours, clock.elapsed):
            cases[column] = pd.Series(float("nan"), index=cases.index, dtype="float64")
    if cases.empty:
        return cases
    created = pd.to_datetime(cases["created_at"], utc=True)
    wanted = []  # (row positions, until, column the hours go to)
    for clock in CLOCKS:
        done_at = pd.to_datetime(cases[clock.done], utc=True)
        has_due = (
            pd.to_datetime(cases[clock.due], utc=True).notna()
            if clock.due in cases
            else pd.Series(False, index=cases.index)
        )
        measured = done_at.notna()
        running = ~measured & ~has_due
        wanted.append((measured, done_at, clock.hours))
        wanted.append((running, pd.Series(pd.Timestamp(now), index=cases.index), clock.elapsed))
    starts = pd.concat([created[rows] for rows, _until, _column in wanted])
    ends = pd.concat([pd.to_datetime(until[rows], utc=True) for rows, until, _column in wanted])
    hours = business_hours_between_arrays(starts, ends)
    offset = 0
    for rows, _until, column in wanted:
        count = int(rows.sum())
        cases.loc[rows, column] = hours[offset : offset + count]
        offset += count
    # A finished clock counts as elapsed too (the SLA rule reads one column).
    for clock in CLOCKS:
        cases[clock.elapsed] = cases[clock.elapsed].fillna(cases[clock.hours])
    return cases


def cases_with_outcomes(cases: pd.DataFrame, *, now: datetime) -> pd.DataFrame:
    """Adds the outcome of each case's two SLA clocks (metrics.sla_outcome): frt_outcome for the
    first response, res_outcome for the resolution."""
    cases = cases_with_business_hours(cases, now=now)
    for clock in CLOCKS:
        cases[clock.outcome] = (
            metrics.sla_outcome(
                cases,
                done=clock.done,
                due=clock.due,
                hours=clock.elapsed,
                target=clock.target,
                now=now,
            )
            if not cases.empty
            else pd.Series(dtype="object")
        )
    return cases


@dataclass
class PeriodData:
    cases: pd.DataFrame
    posts: pd.DataFrame


def period_data(period: Period, department_id: int | None, *, now: datetime) -> PeriodData:
    cases = selectors.cases_in_period(
        start=period.start, end=period.end, department_id=department_id
    )
    posts = selectors.own_posts_latest_engagement(
        start=period.start, end=period.end, department_id=department_id
    )
    return PeriodData(
        cases=cases_with_outcomes(cases, now=now), posts=metrics.with_engagement_rate(posts)
    )

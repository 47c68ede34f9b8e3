"""The metric definitions, as pure functions over pandas DataFrames.

Nothing here touches the database: selectors aggregate in SQL and hand over small frames, and the
tests check every definition on hand-made frames with known answers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import numpy as np
import pandas as pd

from departments.sla import EXEMPT_STATUSES, clock_outcomes

ENGAGEMENT_COLUMNS = ("likes", "shares", "replies", "quotes")

# What counts as an engagement on each platform. The snapshot's columns are normalised by the
# adapters: on Facebook "likes" holds all reactions and "replies" the comments; Mastodon's
# quotes are not part of its usual definition (favourites + reblogs + replies).
PLATFORM_ENGAGEMENT: dict[str, tuple[str, ...]] = {
    "x": ("likes", "shares", "replies", "quotes"),
    "facebook": ("likes", "replies", "shares"),
    "mastodon": ("likes", "shares", "replies"),
}
DEFAULT_ENGAGEMENT = ("likes", "shares", "replies", "quotes")

IMPRESSIONS = "impressions"
FOLLOWERS = "followers"

# A topic is flagged as a spike when it has at least this many posts this week and at least this
# many times its average of the previous four weeks (an average below one counts as one).
SPIKE_MIN_POSTS = 5
SPIKE_RATIO = 2.0


def post_engagement(posts: pd.DataFrame) -> pd.Series:
    """Engagements per post by its platform's definition. Missing counts are zero."""
    total = pd.Series(0, index=posts.index, dtype="int64")
    platforms = posts["platform"].astype(str)
    for platform in platforms.unique():
        columns = PLATFORM_ENGAGEMENT.get(platform, DEFAULT_ENGAGEMENT)
        rows = platforms == platform
        total[rows] = posts.loc[rows, list(columns)].fillna(0).astype("int64").sum(axis=1)
    return total


def with_engagement_rate(posts: pd.DataFrame) -> pd.DataFrame:
    """Adds engagement, the denominator used for each post (impressions where the platform
    reports them, otherwise the account's followers) and the rate in percent of it."""
    out = posts.copy()
    out["engagement"] = post_engagement(out)
    impressions = pd.to_numeric(out.get(IMPRESSIONS), errors="coerce")
    followers = pd.to_numeric(out.get("followers"), errors="coerce")
    has_impressions = impressions.fillna(0) > 0
    has_followers = ~has_impressions & (followers.fillna(0) > 0)
    out["denominator"] = np.select([has_impressions, has_followers], [IMPRESSIONS, FOLLOWERS], "")
    out["denominator_value"] = np.where(
        has_impressions, impressions, np.where(has_followers, followers, np.nan)
    )
    out["engagement_rate"] = out["engagement"] / out["denominator_value"] * 100
    return out


@dataclass(frozen=True)
class EngagementRate:
    """Engagements over the sum of one kind of denominator, in percent."""

    percent: float | None
    denominator: str  # "impressions" or "followers"
    denominator_total: int
    engagements: int
    posts: int

    def describe(self) -> str:
        if self.percent is None:
            return "no posts"
        return (
            f"{self.engagements:,} engagements / {self.denominator_total:,} {self.denominator} "
            f"on {self.posts:,} posts"
        )


def engagement_rates(posts: pd.DataFrame) -> dict[str, EngagementRate]:
    """The rate per kind of denominator. The two are never mixed: a reach of 5,000 people and an
    audience of 5,000 followers are different things."""
    rated = posts if "denominator" in posts else with_engagement_rate(posts)
    rates = {}
    for kind in (IMPRESSIONS, FOLLOWERS):
        part = rated[rated["denominator"] == kind]
        total = float(part["denominator_value"].sum()) if len(part) else 0.0
        engagements = int(part["engagement"].sum()) if len(part) else 0
        rates[kind] = EngagementRate(
            percent=engagements / total * 100 if total > 0 else None,
            denominator=kind,
            denominator_total=int(total),
            engagements=engagements,
            posts=len(part),
        )
    return rates


def headline_engagement_rate(posts: pd.DataFrame) -> EngagementRate:
    """The rate on the denominator most posts have (impressions on a tie)."""
    rates = engagement_rates(posts)
    if rates[FOLLOWERS].posts > rates[IMPRESSIONS].posts:
        return rates[FOLLOWERS]
    return rates[IMPRESSIONS]


def median_and_p90(values: pd.Series) -> tuple[float | None, float | None]:
    """Median and 90th percentile (linear interpolation between the nearest ranks), ignoring
    missing values; None when nothing is left."""
    clean = pd.to_numeric(values, errors="coerce").dropna()
    if clean.empty:
        return None, None
    return float(clean.median()), float(clean.quantile(0.9))


def sla_outcome(
    cases: pd.DataFrame,
    *,
    done: str,
    due: str,
    hours: str,
    target: str,
    now: datetime,
) -> pd.Series:
    """'met', 'missed', 'pending' or 'exempt' for each case.

    With a due time (set when the case was routed): the clock's outcome as departments.sla
    defines it for the badge and the queue too (clock_outcomes). Without one (a case from before
    due times were kept): the business hours taken (or elapsed so far, for a case not done yet)
    against the department's target in business hours, by the same rule: met when done within
    it, missed when done later or when the target is used up before it is done.
    """
    done_at = pd.to_datetime(cases[done], utc=True)
    taken = pd.to_numeric(cases[hours], errors="coerce")
    limit = pd.to_numeric(cases[target], errors="coerce")
    outcome = clock_outcomes(cases[done], cases[due], now=now)
    undated = outcome.isna()
    is_done = done_at.notna()
    met = is_done & (taken <= limit)
    missed = (is_done & (taken > limit)) | (~is_done & (taken >= limit))
    outcome[undated] = np.select([met, missed], ["met", "missed"], "pending")[undated]
    if "status" in cases:
        outcome[cases["status"].isin(EXEMPT_STATUSES)] = "exempt"
    # Without a due time and without a target there is nothing to measure against.
    outcome[undated & limit.isna()] = "exempt"
    return outcome


@dataclass(frozen=True)
class Compliance:
    met: int
    missed: int
    pending: int

    @property
    def percent(self) -> float | None:
        decided = self.met + self.missed
        return self.met / decided * 100 if decided else None


def sla_compliance(outcomes: pd.Series) -> Compliance:
    """Share of decided cases (met or missed) that met the target; pending cases wait."""
    counts = outcomes.value_counts()
    return Compliance(
        met=int(counts.get("met", 0)),
        missed=int(counts.get("missed", 0)),
        pending=int(counts.get("pending", 0)),
    )


def sla_compliance_by(cases: pd.DataFrame, *, key: str, outcome: str) -> pd.DataFrame:
    rows = []
    for value, group in cases.groupby(key, dropna=False, sort=True):
        result = sla_compliance(group[outcome])
        rows.append(
            {
                key: value,
                "met": result.met,
                "missed": result.missed,
                "pending": result.pending,
                "compliance_pct": result.percent,
            }
        )
    return pd.DataFrame(rows, columns=[key, "met", "missed", "pending", "compliance_pct"])


def response_times_by(cases: pd.DataFrame, *, key: str, hours: str) -> pd.DataFrame:
    """Median and 90th percentile of business hours per group, with how many cases had one."""
    rows = []
    for value, group in cases.groupby(key, dropna=False, sort=True):
        median, p90 = median_and_p90(group[hours])
        rows.append(
            {
                key: value,
                "cases": len(group),
                "measured": int(group[hours].notna().sum()),
                "median_h": median,
                "p90_h": p90,
            }
        )
    return pd.DataFrame(rows, columns=[key, "cases", "measured", "median_h", "p90_h"])


def trending_topics(weekly: pd.DataFrame) -> pd.DataFrame:
    """This week's posts per topic against the average of the previous four weeks.

    `weekly` has columns topic, weeks_ago (0 = this week, 1..4 = previous weeks), posts. A topic
    is a spike when it reaches SPIKE_MIN_POSTS and SPIKE_RATIO times its previous average.
    """
    columns = ["topic", "this_week", "previous_avg", "change_pct", "spike"]
    if weekly.empty:
        return pd.DataFrame(columns=columns)
    table = weekly.pivot_table(
        index="topic", columns="weeks_ago", values="posts", aggfunc="sum", fill_value=0
    )
    table = table.reindex(columns=range(5), fill_value=0)
    out = pd.DataFrame(index=table.index)
    out["this_week"] = table[0].astype(int)
    out["previous_avg"] = table[[1, 2, 3, 4]].mean(axis=1)
    previous = out["previous_avg"]
    out["change_pct"] = np.where(
        previous > 0, (out["this_week"] - previous) / previous.where(previous > 0) * 100, np.nan
    )
    out["spike"] = (out["this_week"] >= SPIKE_MIN_POSTS) & (
        out["this_week"] >= SPIKE_RATIO * previous.clip(lower=1)
    )
    out = out.reset_index().sort_values(["spike", "this_week"], ascending=[False, False])
    return out[columns].reset_index(drop=True)


def daily_spikes(counts: pd.Series, *, baseline: pd.Series) -> pd.Series:
    """True for days whose count is at least SPIKE_RATIO times the baseline's daily median and
    SPIKE_MIN_POSTS or more. The baseline is the previous weeks' daily counts."""
    median = float(baseline.median()) if len(baseline) else 0.0
    return (counts >= SPIKE_MIN_POSTS) & (counts >= SPIKE_RATIO * max(median, 1.0))


@dataclass(frozen=True)
class Change:
    current: float | None
    previous: float | None

    @property
    def delta(self) -> float | None:
        if self.current is None or self.previous is None:
            return None
        return self.current - self.previous

    @property
    def percent(self) -> float | None:
        if self.delta is None or not self.previous:
            return None
        return self.delta / abs(self.previous) * 100


def period_change(current: float | None, previous: float | None) -> Change:
    return Change(current=current, previous=previous)


def weekday_hour_engagement(posts: pd.DataFrame, *, local_time: str) -> pd.DataFrame:
    """Average engagement per post by local weekday (Monday first) and hour of publication."""
    if posts.empty:
        return pd.DataFrame(columns=["weekday", "hour", "posts", "avg_engagement"])
    moments = pd.to_datetime(posts[local_time])
    frame = pd.DataFrame(
        {
            "weekday": moments.dt.day_of_week,
            "hour": moments.dt.hour,
            "engagement": posts["engagement"],
        }
    )
    grouped = frame.groupby(["weekday", "hour"])["engagement"].agg(["count", "mean"])
    grouped = grouped.reset_index().rename(columns={"count": "posts", "mean": "avg_engagement"})
    return grouped


def engagement_by_content(posts: pd.DataFrame) -> pd.DataFrame:
    """Average engagement and rate for posts with and without media or a link."""
    if posts.empty:
        return pd.DataFrame(columns=["content", "posts", "avg_engagement", "median_rate_pct"])
    kinds = np.select(
        [posts["has_media"] & posts["has_link"], posts["has_media"], posts["has_link"]],
        ["media and link", "media", "link"],
        "text only",
    )
    frame = posts.assign(content=kinds)
    grouped = frame.groupby("content").agg(
        posts=("engagement", "size"),
        avg_engagement=("engagement", "mean"),
        median_rate_pct=("engagement_rate", "median"),
    )
    return grouped.reset_index()

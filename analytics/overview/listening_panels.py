"""The Listening section: how much citizens wrote, per day, by department, platform, language and
topic, and which topics are trending."""

from __future__ import annotations

from datetime import timedelta

import pandas as pd
from django.utils.translation import gettext as _

from analytics import charts, metrics, selectors
from analytics.overview.panel import Panel, day_table, days_on_x, per_day_wide, platform_names
from analytics.periods import Period
from smartgov.city_clock import local_midnight

# The daily spikes are measured against this many days before the period.
BASELINE_DAYS = 28
TOPIC_COLUMNS = 8


def volume_panels(period: Period, department_id: int | None) -> list[Panel]:
    volume = selectors.citizen_volume_per_day(
        start=period.start, end=period.end, department_id=department_id
    )
    volume["platform"] = platform_names(volume["platform"])
    baseline_start = local_midnight(period.first_day - timedelta(days=BASELINE_DAYS))
    baseline = selectors.citizen_posts_per_day(
        start=baseline_start, end=period.start, department_id=department_id
    )
    base_per_day = (
        baseline.groupby("day")["posts"].sum() if not baseline.empty else pd.Series(dtype=int)
    )
    # Days without any post count as zero in the baseline too.
    base_days = [period.first_day - timedelta(days=n) for n in range(1, BASELINE_DAYS + 1)]
    base_per_day = base_per_day.reindex(base_days, fill_value=0)
    panels = []
    for key, column, title in (
        ("volume_by_department", "department", _("Incoming citizen posts per day by department")),
        ("volume_by_platform", "platform", _("Incoming citizen posts per day by platform")),
        ("volume_by_language", "language", _("Incoming citizen posts per day by language")),
    ):
        grouped = (
            volume.groupby(["day", column], as_index=False)["posts"].sum()
            if not volume.empty
            else pd.DataFrame(columns=["day", column, "posts"])
        )
        wide = per_day_wide(period.days, grouped, column=column, values="posts")
        wide["total"] = wide.sum(axis=1)
        if key == "volume_by_department":
            wide["spike"] = metrics.daily_spikes(wide["total"], baseline=base_per_day)
        figure = charts.stacked_bars(
            grouped,
            x="day",
            y="posts",
            colour=column,
            title=title,
            x_label=_("Day (city time)"),
            y_label=_("Citizen posts"),
        )
        description = _("Citizen posts (one case each) by the day they were written.")
        if key == "volume_by_department":
            description += " " + _(
                "A day is flagged as a spike with at least %(posts)s posts and %(ratio)s times "
                "the median day of the previous four weeks."
            ) % {"posts": metrics.SPIKE_MIN_POSTS, "ratio": f"{metrics.SPIKE_RATIO:g}"}
        panels.append(
            Panel(
                key,
                title,
                description,
                day_table(wide),
                days_on_x(figure),
                section=_("Listening"),
            )
        )
    return panels


def topic_volume_panel(period: Period, department_id: int | None) -> Panel:
    daily = selectors.topic_posts_per_day(
        start=period.start, end=period.end, department_id=department_id
    )
    if not daily.empty:
        totals = daily.groupby("topic")["posts"].sum().sort_values(ascending=False)
        top = list(totals.index[:TOPIC_COLUMNS])
        daily = daily.assign(topic=daily["topic"].where(daily["topic"].isin(top), "other topics"))
    wide = per_day_wide(period.days, daily, column="topic", values="posts")
    if not daily.empty:
        wide = wide[[t for t in [*top, "other topics"] if t in wide.columns]]
    return Panel(
        "volume_by_topic",
        _("Incoming citizen posts per day by topic"),
        _(
            "The %(count)s busiest topics of the period; a case with two topics counts for both; "
            "cases without a topic are left out."
        )
        % {"count": TOPIC_COLUMNS},
        day_table(wide),
        None,
        section=_("Listening"),
    )


def trending_panel(period: Period, department_id: int | None) -> Panel:
    week_start = local_midnight(period.last_day - timedelta(days=6))
    weekly = selectors.topic_posts_per_week(
        start=week_start, end=period.end, department_id=department_id
    )
    trending = metrics.trending_topics(weekly)
    top = trending.head(12)
    figure = charts.grouped_bars(
        top,
        category="topic",
        series={
            "this_week": _("Last 7 days"),
            "previous_avg": _("Average of the 4 weeks before"),
        },
        title=_("Topics: the last 7 days against the four weeks before"),
        x_label=_("Topic"),
        y_label=_("Citizen posts per week"),
        horizontal=True,
    )
    table = trending.rename(
        columns={
            "this_week": "posts in the last 7 days",
            "previous_avg": "weekly average, 4 weeks before",
            "change_pct": "change %",
        }
    )
    return Panel(
        "trending_topics",
        _("Trending topics"),
        _(
            "A spike: at least %(posts)s posts and %(ratio)s times the weekly average of the "
            "four weeks before. A case can have several topics."
        )
        % {"posts": metrics.SPIKE_MIN_POSTS, "ratio": f"{metrics.SPIKE_RATIO:g}"},
        table,
        figure,
        section=_("Listening"),
    )

"""One period's analytics, for the dashboard and the weekly report alike: four headline numbers
with their change against the previous period, and panels (a table, maybe a chart) for
listening volume, response performance, engagement and the account landscape."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pandas as pd
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from analytics import charts, metrics, selectors
from analytics.periods import Period, local_midnight
from departments.models import Department
from departments.sla import business_hours_between_arrays


@dataclass
class Headline:
    key: str
    label: str
    value: float | None
    previous: float | None
    unit: str  # "", "%", "h"
    note: str = ""
    # None: neither direction is good or bad in itself (how much citizens write).
    higher_is_better: bool | None = True

    @property
    def change(self) -> metrics.Change:
        return metrics.period_change(self.value, self.previous)

    def display(self, value: float | None = None) -> str:
        value = self.value if value is None else value
        if value is None:
            return "-"
        if self.unit == "%":
            return f"{value:.1f}%"
        if self.unit == "h":
            return f"{value:.1f} h"
        return f"{value:,.0f}"

    @property
    def previous_display(self) -> str:
        return self.display(self.previous) if self.previous is not None else "-"

    @property
    def change_display(self) -> str:
        """'+12%' for counts, '+1.5 pt' for percentages, '-0.7 h' for hours."""
        delta = self.change.delta
        if delta is None:
            return _("no comparison")
        if self.unit == "%":
            return f"{delta:+.1f} pt"
        if self.unit == "h":
            return f"{delta:+.1f} h"
        percent = self.change.percent
        return f"{delta:+,.0f}" + (f" ({percent:+.0f}%)" if percent is not None else "")

    @property
    def trend(self) -> str:
        """'better', 'worse', 'more', 'fewer' or 'same': said in words beside the arrow, never
        by colour alone."""
        delta = self.change.delta
        if not delta:
            return "same"
        if self.higher_is_better is None:
            return "more" if delta > 0 else "fewer"
        return "better" if (delta > 0) == self.higher_is_better else "worse"

    @property
    def arrow(self) -> str:
        delta = self.change.delta
        return "▲" if delta and delta > 0 else "▼" if delta else "●"

    def as_row(self) -> dict[str, Any]:
        return {
            "measure": self.label,
            "value": self.value,
            "previous_period": self.previous,
            "change": self.change.delta,
            "unit": self.unit,
            "note": self.note,
        }


PLATFORM_NAMES = {"x": "X", "facebook": "Facebook", "mastodon": "Mastodon"}


def _platform_names(values: pd.Series) -> pd.Series:
    return values.map(lambda value: PLATFORM_NAMES.get(value, value))


@dataclass
class Panel:
    key: str
    title: str
    description: str
    table: pd.DataFrame
    figure: charts.Chart | None = None
    section: str = ""
    # Columns left out of the PDF's table to fit the page; the CSV has them.
    csv_only: tuple[str, ...] = ()

    def printed(self) -> Panel:
        if not self.csv_only:
            return self
        columns = [c for c in self.table.columns if c not in self.csv_only]
        return Panel(self.key, self.title, self.description, self.table[columns], self.figure)

    def rows(self) -> list[list[str]]:
        return [[_cell(value) for value in row] for row in self.table.itertuples(index=False)]

    def numeric_columns(self) -> list[bool]:
        return [
            pd.api.types.is_numeric_dtype(dtype) and not pd.api.types.is_bool_dtype(dtype)
            for dtype in self.table.dtypes
        ]

    def csv(self) -> str:
        return self.table.to_csv(index=False, float_format="%.2f")


def _cell(value: Any) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return "-"
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:,.1f}"
    if isinstance(value, pd.Timestamp | datetime):
        return f"{value:%Y-%m-%d %H:%M}"
    if isinstance(value, date):
        return date_format(value, "D d M")
    return str(value)


@dataclass
class Overview:
    period: Period
    previous_period: Period
    department: Department | None
    built_at: datetime
    headlines: list[Headline]
    panels: list[Panel]
    notes: list[str] = field(default_factory=list)

    @property
    def scope(self) -> str:
        return self.department.name if self.department else _("Whole city")

    def panel(self, key: str) -> Panel:
        return next(panel for panel in self.panels if panel.key == key)

    def sections(self) -> list[tuple[str, list[Panel]]]:
        order: dict[str, list[Panel]] = {}
        for panel in self.panels:
            order.setdefault(panel.section, []).append(panel)
        return list(order.items())

    def headline_table(self) -> pd.DataFrame:
        return pd.DataFrame([headline.as_row() for headline in self.headlines])


# -- the numbers ---------------------------------------------------------------------------


def cases_with_business_hours(cases: pd.DataFrame, *, now: datetime) -> pd.DataFrame:
    """Adds business hours to first response and to closing, and the business hours elapsed so
    far for the SLA of cases that have neither yet. Only the pairs a number needs are sent to
    departments.sla, in one call: a case with a due time needs no elapsed hours."""
    cases = cases.copy()
    columns = ("first_response_h", "resolution_h", "frt_elapsed_h", "res_elapsed_h")
    for column in columns:
        cases[column] = pd.Series(float("nan"), index=cases.index, dtype="float64")
    if cases.empty:
        return cases
    created = pd.to_datetime(cases["created_at"], utc=True)
    wanted = []  # (row positions, done column, due column, hours column, elapsed column)
    for done, due, hours, elapsed in (
        ("first_responded_at", "first_response_due_at", "first_response_h", "frt_elapsed_h"),
        ("closed_at", "resolution_due_at", "resolution_h", "res_elapsed_h"),
    ):
        done_at = pd.to_datetime(cases[done], utc=True)
        has_due = (
            pd.to_datetime(cases[due], utc=True).notna()
            if due in cases
            else pd.Series(False, index=cases.index)
        )
        measured = done_at.notna()
        running = ~measured & ~has_due
        wanted.append((measured, done_at, hours))
        wanted.append((running, pd.Series(pd.Timestamp(now), index=cases.index), elapsed))
    starts = pd.concat([created[rows] for rows, _until, _column in wanted])
    ends = pd.concat([pd.to_datetime(until[rows], utc=True) for rows, until, _column in wanted])
    hours = business_hours_between_arrays(starts, ends)
    offset = 0
    for rows, _until, column in wanted:
        count = int(rows.sum())
        cases.loc[rows, column] = hours[offset : offset + count]
        offset += count
    # A finished clock counts as elapsed too (the SLA rule reads one column).
    cases["frt_elapsed_h"] = cases["frt_elapsed_h"].fillna(cases["first_response_h"])
    cases["res_elapsed_h"] = cases["res_elapsed_h"].fillna(cases["resolution_h"])
    return cases


def cases_with_outcomes(cases: pd.DataFrame, *, now: datetime) -> pd.DataFrame:
    cases = cases_with_business_hours(cases, now=now)
    if cases.empty:
        cases["frt_outcome"] = pd.Series(dtype="object")
        cases["res_outcome"] = pd.Series(dtype="object")
        return cases
    cases["frt_outcome"] = metrics.sla_outcome(
        cases,
        done="first_responded_at",
        due="first_response_due_at",
        hours="frt_elapsed_h",
        target="first_response_target_h",
        now=now,
    )
    cases["res_outcome"] = metrics.sla_outcome(
        cases,
        done="closed_at",
        due="resolution_due_at",
        hours="res_elapsed_h",
        target="resolution_target_h",
        now=now,
    )
    return cases


@dataclass
class _PeriodData:
    cases: pd.DataFrame
    posts: pd.DataFrame


def _period_data(period: Period, department_id: int | None, *, now: datetime) -> _PeriodData:
    cases = selectors.cases_in_period(
        start=period.start, end=period.end, department_id=department_id
    )
    posts = selectors.own_posts_latest_engagement(
        start=period.start, end=period.end, department_id=department_id
    )
    return _PeriodData(
        cases=cases_with_outcomes(cases, now=now), posts=metrics.with_engagement_rate(posts)
    )


def _rate_note(rate: metrics.EngagementRate) -> str:
    """metrics.EngagementRate.describe(), in the reader's language."""
    if rate.percent is None:
        return _("No posts.")
    per = _("impressions") if rate.denominator == metrics.IMPRESSIONS else _("followers")
    return _("%(engagements)s engagements / %(total)s %(per)s on %(posts)s posts.") % {
        "engagements": f"{rate.engagements:,}",
        "total": f"{rate.denominator_total:,}",
        "per": per,
        "posts": f"{rate.posts:,}",
    }


def _headlines(current: _PeriodData, previous: _PeriodData) -> list[Headline]:
    def median_frt(data: _PeriodData) -> float | None:
        return metrics.median_and_p90(data.cases["first_response_h"])[0]

    def compliance(data: _PeriodData) -> float | None:
        return metrics.sla_compliance(data.cases["frt_outcome"]).percent

    rate_now = metrics.headline_engagement_rate(current.posts)
    rates_before = metrics.engagement_rates(previous.posts)
    rate_before = rates_before[rate_now.denominator]
    frt = metrics.sla_compliance(current.cases["frt_outcome"])
    return [
        Headline(
            "incoming",
            _("Incoming citizen posts"),
            float(len(current.cases)),
            float(len(previous.cases)),
            "",
            note=_("Mentions, replies, comments and messages to the city's accounts."),
            higher_is_better=None,
        ),
        Headline(
            "median_first_response",
            _("Median first response"),
            median_frt(current),
            median_frt(previous),
            "h",
            note=_("Business hours, over %(cases)s cases with a first response.")
            % {"cases": f"{int(current.cases['first_response_h'].notna().sum()):,}"},
            higher_is_better=False,
        ),
        Headline(
            "sla_compliance",
            _("First-response SLA met"),
            compliance(current),
            compliance(previous),
            "%",
            note=_(
                "%(met)s met, %(missed)s missed; not yet counted: %(pending)s open and still "
                "within target."
            )
            % {"met": f"{frt.met:,}", "missed": f"{frt.missed:,}", "pending": f"{frt.pending:,}"},
        ),
        Headline(
            "engagement_rate",
            _("Engagement rate (per impression)")
            if rate_now.denominator == metrics.IMPRESSIONS
            else _("Engagement rate (per follower)"),
            rate_now.percent,
            rate_before.percent,
            "%",
            note=_rate_note(rate_now),
        ),
    ]


# -- panels ------------------------------------------------------------------------------


def _volume_panels(period: Period, department_id: int | None) -> list[Panel]:
    volume = selectors.citizen_volume_per_day(
        start=period.start, end=period.end, department_id=department_id
    )
    volume["platform"] = _platform_names(volume["platform"])
    baseline_start = local_midnight(period.first_day - timedelta(days=28))
    baseline = selectors.citizen_posts_per_day(
        start=baseline_start, end=period.start, department_id=department_id
    )
    days = pd.DataFrame({"day": period.days})
    base_per_day = (
        baseline.groupby("day")["posts"].sum() if not baseline.empty else pd.Series(dtype=int)
    )
    # Days without any post count as zero in the baseline too.
    base_days = pd.Series(0, index=[period.first_day - timedelta(days=n) for n in range(1, 29)])
    base_per_day = base_per_day.reindex(base_days.index, fill_value=0)
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
        wide = grouped.pivot_table(
            index="day", columns=column, values="posts", aggfunc="sum", fill_value=0
        )
        wide = days.set_index("day").join(wide).fillna(0).astype(int)
        wide["total"] = wide.sum(axis=1)
        if key == "volume_by_department":
            wide["spike"] = metrics.daily_spikes(wide["total"], baseline=base_per_day)
        table = wide.reset_index().rename(columns={"day": "day (city time)"})
        figure = charts.stacked_bars(
            grouped,
            x="day",
            y="posts",
            colour=column,
            title=title,
            x_label=_("Day (city time)"),
            y_label=_("Citizen posts"),
        )
        figure.update_xaxes(tickformat="%a %d %b")
        description = _("Citizen posts (one case each) by the day they were written.")
        if key == "volume_by_department":
            description += " " + _(
                "A day is flagged as a spike with at least %(posts)s posts and %(ratio)s times "
                "the median day of the previous four weeks."
            ) % {"posts": metrics.SPIKE_MIN_POSTS, "ratio": f"{metrics.SPIKE_RATIO:g}"}
        panels.append(Panel(key, title, description, table, figure, section=_("Listening")))
    return panels


TOPIC_COLUMNS = 8


def _topic_volume_panel(period: Period, department_id: int | None) -> Panel:
    daily = selectors.topic_posts_per_day(
        start=period.start, end=period.end, department_id=department_id
    )
    wide = pd.DataFrame({"day": period.days}).set_index("day")
    if not daily.empty:
        totals = daily.groupby("topic")["posts"].sum().sort_values(ascending=False)
        top = list(totals.index[:TOPIC_COLUMNS])
        daily = daily.assign(topic=daily["topic"].where(daily["topic"].isin(top), "other topics"))
        pivot = daily.pivot_table(index="day", columns="topic", values="posts", aggfunc="sum")
        ordered = [t for t in [*top, "other topics"] if t in pivot.columns]
        wide = wide.join(pivot[ordered])
    wide = wide.fillna(0).astype(int)
    return Panel(
        "volume_by_topic",
        _("Incoming citizen posts per day by topic"),
        _(
            "The %(count)s busiest topics of the period; a case with two topics counts for both; "
            "cases without a topic are left out."
        )
        % {"count": TOPIC_COLUMNS},
        wide.reset_index().rename(columns={"day": "day (city time)"}),
        None,
        section=_("Listening"),
    )


def _trending_panel(period: Period, department_id: int | None) -> Panel:
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


def _response_panels(cases: pd.DataFrame, period: Period, department_id: int | None) -> list[Panel]:
    counted = cases[cases["frt_outcome"] != "exempt"] if not cases.empty else cases
    times = metrics.response_times_by(counted, key="department", hours="first_response_h")
    resolution = metrics.response_times_by(counted, key="department", hours="resolution_h")
    frt_sla = metrics.sla_compliance_by(counted, key="department", outcome="frt_outcome")
    res_sla = metrics.sla_compliance_by(counted, key="department", outcome="res_outcome")
    by_department = times.merge(
        resolution[["department", "median_h", "p90_h"]], on="department", suffixes=("", "_res")
    )
    by_department = by_department.merge(
        frt_sla[["department", "compliance_pct"]], on="department"
    ).merge(res_sla[["department", "compliance_pct"]], on="department", suffixes=("", "_res"))
    by_department.columns = [
        "department",
        "cases",
        "with first response",
        "median first response (business h)",
        "p90 first response (business h)",
        "median resolution (business h)",
        "p90 resolution (business h)",
        "first-response SLA met %",
        "resolution SLA met %",
    ]
    figure = charts.grouped_bars(
        by_department,
        category="department",
        series={
            "median first response (business h)": _("Median"),
            "p90 first response (business h)": _("90th percentile"),
        },
        title=_("First response time by department"),
        x_label=_("Department"),
        y_label=_("Business hours"),
    )
    by_topic = metrics.sla_compliance_by(counted, key="topic", outcome="frt_outcome")
    topic_times = metrics.response_times_by(counted, key="topic", hours="first_response_h")
    by_topic = topic_times.merge(by_topic, on="topic")
    by_topic = by_topic.rename(
        columns={
            "median_h": "median first response (business h)",
            "p90_h": "p90 first response (business h)",
            "measured": "with first response",
            "compliance_pct": "first-response SLA met %",
        }
    )
    topic_figure = charts.grouped_bars(
        by_topic.sort_values("cases", ascending=False).head(15),
        category="topic",
        series={"first-response SLA met %": _("First-response SLA met")},
        title=_("First-response SLA met by topic"),
        x_label=_("Topic"),
        y_label=_("Cases that met the target (%)"),
        horizontal=True,
    )
    topic_figure.update_xaxes(range=[0, 100])
    backlog = selectors.backlog_per_day(
        days=period.days,
        department_id=department_id,
        excluded_statuses=sorted(metrics.NO_SLA_STATUSES),
    )
    backlog_figure = charts.line(
        backlog,
        x="day",
        y="open_cases",
        title=_("Open cases at the end of each day"),
        x_label=_("Day (city time)"),
        y_label=_("Open cases"),
    )
    backlog_figure.update_xaxes(tickformat="%a %d %b")
    routing = selectors.routing_in_period(
        start=period.start, end=period.end, department_id=department_id
    )
    total = routing["cases"]
    auto = routing["auto_routed"]
    routing_table = pd.DataFrame(
        [
            {"measure": "cases", "cases": total, "share %": 100.0 if total else None},
            {
                "measure": "routed automatically",
                "cases": auto,
                "share %": auto / total * 100 if total else None,
            },
            {
                "measure": "of those, corrected by an officer",
                "cases": routing["auto_routed_corrected"],
                "share %": routing["auto_routed_corrected"] / auto * 100 if auto else None,
            },
            {
                "measure": "router's real-world accuracy",
                "cases": auto - routing["auto_routed_corrected"],
                "share %": (auto - routing["auto_routed_corrected"]) / auto * 100 if auto else None,
            },
        ]
    )
    note = _(
        "Business hours: Monday to Friday in office hours, without public holidays, city time. "
        "An answer counts against its due time when the case has one, otherwise against the "
        "department's target; spam, not-for-us, merged and dismissed cases are not counted; "
        "cases still within their target are pending."
    )
    return [
        Panel(
            "response_by_department",
            _("Response performance by department"),
            note,
            by_department,
            figure,
            section=_("Response"),
        ),
        Panel(
            "sla_by_topic",
            _("First-response SLA by topic"),
            _("Each case under its first topic (alphabetical)."),
            by_topic,
            topic_figure,
            section=_("Response"),
        ),
        Panel(
            "backlog",
            _("Backlog"),
            _(
                "Cases not closed at the end of each day (spam, not for us, merged and dismissed "
                "cases left out)."
            ),
            backlog.rename(columns={"day": "day (city time)", "open_cases": "open cases"}),
            backlog_figure,
            section=_("Response"),
        ),
        Panel(
            "routing",
            _("Routing"),
            _(
                "How many of the period's cases the router sent to a department on its own, and "
                "how many of those an officer re-routed afterwards."
            ),
            routing_table,
            None,
            section=_("Response"),
        ),
    ]


def _engagement_panels(
    posts: pd.DataFrame, period: Period, department_id: int | None
) -> list[Panel]:
    gained = selectors.engagement_gained_per_day(
        start=period.start, end=period.end, department_id=department_id
    )
    if not gained.empty:
        gained["engagement"] = metrics.post_engagement(gained)
        gained["platform"] = _platform_names(gained["platform"])
    per_day = gained[["day", "platform", "engagement"]] if not gained.empty else gained
    wide = pd.DataFrame({"day": period.days}).set_index("day")
    if not per_day.empty:
        wide = wide.join(
            per_day.pivot_table(index="day", columns="platform", values="engagement", aggfunc="sum")
        )
    wide = wide.fillna(0).astype(int)
    wide["total"] = wide.sum(axis=1)
    day_figure = charts.stacked_bars(
        per_day,
        x="day",
        y="engagement",
        colour="platform",
        title=_("Engagement gained per day on the city's posts"),
        x_label=_("Day (city time)"),
        y_label=_("Engagements"),
    )
    day_figure.update_xaxes(tickformat="%a %d %b")

    rows = []
    for platform, group in posts.groupby("platform", sort=True) if not posts.empty else []:
        rates = metrics.engagement_rates(group)
        rows.append(
            {
                "platform": PLATFORM_NAMES.get(platform, platform),
                "posts": len(group),
                "engagements": int(group["engagement"].sum()),
                "avg impressions per post": group["impressions"].astype(float).mean(),
                "rate per impression %": rates[metrics.IMPRESSIONS].percent,
                "posts with impressions": rates[metrics.IMPRESSIONS].posts,
                "rate per follower %": rates[metrics.FOLLOWERS].percent,
                "posts rated per follower": rates[metrics.FOLLOWERS].posts,
            }
        )
    by_platform = pd.DataFrame(rows)

    post_columns = {
        "created_at": "published",
        "handle": "account",
        "platform": "platform",
        "text": "post",
        "engagement": "engagements",
        "engagement_rate": "rate %",
        "denominator": "rate per",
    }
    ranked = posts.dropna(subset=["engagement_rate"]).sort_values(
        "engagement_rate", ascending=False
    )
    top = ranked.head(5)[list(post_columns)].rename(columns=post_columns)
    bottom = ranked.tail(5).iloc[::-1][list(post_columns)].rename(columns=post_columns)
    for frame in (top, bottom):
        frame["platform"] = _platform_names(frame["platform"])
        frame["published"] = (
            pd.to_datetime(frame["published"], utc=True).dt.tz_convert(_zone()).dt.tz_localize(None)
        )

    weekday_hour = metrics.weekday_hour_engagement(posts, local_time="local_created")
    heat = charts.heatmap(
        weekday_hour,
        title=_("Average engagement per post by weekday and hour of publication"),
        value="avg_engagement",
        value_label=_("Engagements per post"),
    )
    weekday_names = dict(enumerate(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]))
    weekday_table = weekday_hour.assign(weekday=weekday_hour["weekday"].map(weekday_names)).rename(
        columns={"avg_engagement": "avg engagements per post", "hour": "hour (city time)"}
    )

    content = metrics.engagement_by_content(posts)
    content_figure = charts.grouped_bars(
        content,
        category="content",
        series={"avg_engagement": _("Average engagements per post")},
        title=_("Engagement by media and link presence"),
        x_label=_("What the post contains"),
        y_label=_("Engagements per post"),
    )
    description = _(
        "Engagement per post: X likes + reposts + replies + quotes; Facebook reactions + "
        "comments + shares; Mastodon favourites + boosts + replies; latest counts of posts "
        "published in the period. Rate = engagements / impressions x 100 where the platform "
        "reports impressions, otherwise / the account's current followers x 100; the two are "
        "never mixed."
    )
    return [
        Panel(
            "engagement_per_day",
            _("Engagement over time"),
            _(
                "Growth of the engagement counts between consecutive snapshots, per day, on posts "
                "published up to five weeks before."
            ),
            wide.reset_index().rename(columns={"day": "day (city time)"}),
            day_figure,
            section=_("Engagement"),
        ),
        Panel(
            "engagement_by_platform",
            _("Engagement by platform"),
            description,
            by_platform,
            None,
            section=_("Engagement"),
        ),
        Panel(
            "top_posts",
            _("Top posts by engagement rate"),
            "",
            top,
            None,
            section=_("Engagement"),
        ),
        Panel(
            "bottom_posts",
            _("Bottom posts by engagement rate"),
            "",
            bottom,
            None,
            section=_("Engagement"),
        ),
        Panel(
            "engagement_weekday_hour",
            _("Engagement by weekday and hour"),
            _("Posts published in the period; empty cells had no post."),
            weekday_table,
            heat,
            section=_("Engagement"),
        ),
        Panel(
            "engagement_by_content",
            _("Engagement by media and link"),
            "",
            content.rename(
                columns={
                    "avg_engagement": "avg engagements per post",
                    "median_rate_pct": "median rate %",
                }
            ),
            content_figure,
            section=_("Engagement"),
        ),
    ]


def _zone():
    from analytics.periods import city_zone

    return city_zone()


def _landscape_panel(
    period: Period, department_id: int | None, posts: pd.DataFrame, cases: pd.DataFrame
) -> Panel:
    accounts = selectors.accounts_overview(department_id=department_id)
    mentions = selectors.mentions_per_account(
        start=period.start, end=period.end, department_id=department_id
    )
    weeks = len(period.days) / 7
    if posts.empty:
        own = pd.DataFrame(columns=["account_id", "posts", "engagements", "avg_rate"])
    else:
        own = posts.groupby("account_id").agg(
            posts=("id", "size"),
            engagements=("engagement", "sum"),
            avg_rate=("engagement_rate", "mean"),
        )
        own = own.reset_index()
    if cases.empty:
        response = pd.DataFrame(columns=["account_id", "median_frt"])
    else:
        response = (
            cases.groupby("account_id")["first_response_h"]
            .median()
            .rename("median_frt")
            .reset_index()
        )
    table = accounts.merge(own, on="account_id", how="left")
    table = table.merge(mentions, on="account_id", how="left").merge(
        response, on="account_id", how="left"
    )
    for column in ("posts", "engagements", "mentions"):
        table[column] = table[column].fillna(0).astype(int)
    table["posts per week"] = table["posts"] / weeks
    table["engagements per post"] = table["engagements"] / table["posts"].where(table["posts"] > 0)
    figure = charts.scatter(
        table,
        x="posts per week",
        y="engagements per post",
        label="handle",
        title=_("Posting frequency and engagement per account"),
        x_label=_("Own posts per week"),
        y_label=_("Engagements per post"),
    )
    # The handle names the account; the source (a platform, or the demo's replay) and the
    # display name are in the CSV only, so that the PDF's table fits the page.
    table = table[
        [
            "handle",
            "department",
            "followers",
            "posts",
            "posts per week",
            "engagements",
            "engagements per post",
            "avg_rate",
            "mentions",
            "median_frt",
            "account_platform",
            "display_name",
        ]
    ].rename(
        columns={
            "account_platform": "source",
            "display_name": "name",
            "posts": "own posts",
            "avg_rate": "avg rate % (per post)",
            "mentions": "citizen posts received",
            "median_frt": "median first response (business h)",
        }
    )
    return Panel(
        "account_landscape",
        _("Account landscape"),
        _(
            "All of the city's accounts side by side: where many department accounts each reach "
            "a small audience, the city's message is fragmented. Followers are today's count."
        ),
        table,
        figure,
        section=_("Accounts"),
        csv_only=("source", "name"),
    )


def overview_build(
    *, period: Period, department: Department | None = None, now: datetime | None = None
) -> Overview:
    now = now or datetime.now(UTC)
    department_id = department.pk if department else None
    previous_period = period.previous()
    with selectors.reading_session():
        current = _period_data(period, department_id, now=now)
        previous = _period_data(previous_period, department_id, now=now)
        panels = [
            *_volume_panels(period, department_id),
            _topic_volume_panel(period, department_id),
            _trending_panel(period, department_id),
            *_response_panels(current.cases, period, department_id),
            *_engagement_panels(current.posts, period, department_id),
            _landscape_panel(period, department_id, current.posts, current.cases),
        ]
    return Overview(
        period=period,
        previous_period=previous_period,
        department=department,
        built_at=now,
        headlines=_headlines(current, previous),
        panels=panels,
    )

"""The Engagement section: how citizens react to the city's own posts, per day, per platform, per
post (the top and the bottom five), by weekday and hour of publication, and by what a post holds."""

from __future__ import annotations

import pandas as pd
from django.utils.translation import gettext as _

from analytics import charts, metrics, selectors
from analytics.overview.panel import (
    PLATFORM_NAMES,
    Panel,
    day_table,
    days_on_x,
    per_day_wide,
    platform_names,
)
from analytics.periods import Period
from smartgov.city_clock import city_zone


def engagement_panels(
    posts: pd.DataFrame, period: Period, department_id: int | None
) -> list[Panel]:
    gained = selectors.engagement_gained_per_day(
        start=period.start, end=period.end, department_id=department_id
    )
    if not gained.empty:
        gained["engagement"] = metrics.post_engagement(gained)
        gained["platform"] = platform_names(gained["platform"])
    per_day = gained[["day", "platform", "engagement"]] if not gained.empty else gained
    wide = per_day_wide(period.days, per_day, column="platform", values="engagement")
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
        frame["platform"] = platform_names(frame["platform"])
        frame["published"] = (
            pd.to_datetime(frame["published"], utc=True)
            .dt.tz_convert(city_zone())
            .dt.tz_localize(None)
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
            day_table(wide),
            days_on_x(day_figure),
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

"""The Incidents section: how many incidents the period had, how many residents' posts they
absorbed (answered once instead of one by one), and how long the city took from an incident's
first post to its first public message."""

from __future__ import annotations

import pandas as pd
from django.utils.translation import gettext as _

from analytics import charts, selectors
from analytics.overview.panel import Panel
from analytics.periods import Period


def incidents_panel(period: Period, department_id: int | None) -> Panel:
    incidents = selectors.incidents_in_period(
        start=period.start, end=period.end, department_id=department_id
    )
    first_post = pd.to_datetime(incidents["first_post_at"], utc=True)
    first_message = pd.to_datetime(incidents["first_message_at"], utc=True)
    minutes = (first_message - first_post).dt.total_seconds() / 60
    table = pd.DataFrame(
        {
            "incident": incidents["title"],
            "department": incidents["department"],
            "posts": incidents["posts"].astype(int),
            "first post": first_post,
            "minutes to first public message": minutes.round(0),
        }
    )
    weeks = (
        table.assign(week=first_post.dt.strftime("%G-W%V"))
        .groupby("week")
        .agg(incidents=("posts", "size"), posts=("posts", "sum"))
        .reset_index()
        if not table.empty
        else pd.DataFrame(columns=["week", "incidents", "posts"])
    )
    figure = charts.grouped_bars(
        weeks,
        category="week",
        series={"incidents": _("Incidents"), "posts": _("Posts they absorbed")},
        title=_("Incidents per week and the posts they absorbed"),
        x_label=_("Week"),
        y_label=_("Count"),
    )
    absorbed = int(table["posts"].sum()) if not table.empty else 0
    answered = minutes.dropna()
    median = f"{answered.median():.0f}" if not answered.empty else _("not measured")
    return Panel(
        key="incidents",
        title=_("Incidents"),
        description=_(
            "%(incidents)s incidents absorbed %(posts)s residents' posts; median time from an "
            "incident's first post to the city's first public message: %(median)s minutes."
        )
        % {"incidents": len(table), "posts": absorbed, "median": median},
        table=table,
        figure=figure,
        section=_("Incidents"),
    )

"""The Accounts section: all of the city's accounts side by side."""

from __future__ import annotations

import pandas as pd
from django.utils.translation import gettext as _

from analytics import charts, selectors
from analytics.overview.panel import Panel
from analytics.periods import Period


def account_landscape_panel(
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

"""A panel of the overview: a table, maybe a chart, under a section's heading; and the day-by-day
tables and charts that several panels share."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import pandas as pd
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from analytics import charts
from analytics.exports import table_csv

# What a figure without data says: never 0 or 100 %, which would be a claim.
NOT_MEASURED = gettext_lazy("not measured")

PLATFORM_NAMES = {"x": "X", "facebook": "Facebook", "mastodon": "Mastodon"}
# The column heading of a day in every table: the days are the city's calendar days.
DAY_HEADING = "day (city time)"


def platform_names(values: pd.Series) -> pd.Series:
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
        return table_csv(self.table)


def _cell(value: Any) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return str(NOT_MEASURED)
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


def per_day_wide(
    days: list[date], counts: pd.DataFrame, *, column: str, values: str
) -> pd.DataFrame:
    """One row per day of the period, one column per value of `column`, indexed by day: the
    `values` of the long table `counts` (day, column, values) summed, zero on days without any."""
    wide = pd.DataFrame({"day": days}).set_index("day")
    if not counts.empty:
        wide = wide.join(
            counts.pivot_table(index="day", columns=column, values=values, aggfunc="sum")
        )
    return wide.fillna(0).astype(int)


def day_table(wide: pd.DataFrame) -> pd.DataFrame:
    """A table indexed by day, as the panel shows it: the day a column of its own."""
    return wide.reset_index().rename(columns={"day": DAY_HEADING})


def days_on_x(figure: charts.Chart) -> charts.Chart:
    """A chart over the period's days, each tick a weekday and date."""
    return figure.update_xaxes(tickformat="%a %d %b")

"""Plotly figures for the dashboard and the weekly report, and their export to static images.

Every figure has a title, axis labels with units and uses the Okabe-Ito palette, which stays
distinguishable for the common kinds of colour blindness. plotly.js is served by the app itself
(analytics.views.plotly_js); static images come from kaleido, which drives a local Chromium.
"""

from __future__ import annotations

import asyncio
import functools
import json
import logging
import math
import os
import shutil
import threading
from collections.abc import Callable
from concurrent.futures import Future
from datetime import date, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import plotly
from django.conf import settings
from django.utils.dates import WEEKDAYS_ABBR
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)

# Okabe & Ito (2008); yellow last because it is hard to read on white.
PALETTE = [
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#56B4E9",
    "#D55E00",
    "#000000",
    "#F0E442",
]
PLOTLY_JS = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
FONT = "DejaVu Sans, Segoe UI, Roboto, Helvetica, Arial, sans-serif"


class ChartExportUnavailable(RuntimeError):
    """Static images cannot be drawn here (no Chromium); reports fall back to tables only."""


def _plain(value: Any) -> Any:
    if value is None or value is pd.NA:
        return None
    if isinstance(value, float | np.floating):
        return None if math.isnan(value) else float(value)
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, np.bool_):
        return bool(value)
    if isinstance(value, datetime | date | pd.Timestamp):
        return value.isoformat()
    return value


def _values(values: Any) -> list:
    return [_plain(value) for value in list(values)]


class Chart:
    """A plotly figure as plain, JSON-ready data. plotly.graph_objects validates every property
    as it is set, which cost more than all the SQL of a report; plotly.js and kaleido take the
    plain figure as it is."""

    def __init__(self, data: list[dict], layout: dict):
        self.data = data
        self.layout = layout

    def update_layout(self, **props: Any) -> Chart:
        for key, value in props.items():
            if isinstance(value, dict) and isinstance(self.layout.get(key), dict):
                self.layout[key] = {**self.layout[key], **value}
            else:
                self.layout[key] = value
        return self

    def update_xaxes(self, **props: Any) -> Chart:
        return self.update_layout(xaxis=props)

    def update_yaxes(self, **props: Any) -> Chart:
        return self.update_layout(yaxis=props)

    @property
    def height(self) -> int:
        return int(self.layout.get("height") or 380)

    def to_dict(self) -> dict:
        return {"data": self.data, "layout": self.layout}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), separators=(",", ":"))

    def without_title(self) -> Chart:
        """For a page whose heading already names the chart."""
        layout = {**self.layout, "title": {"text": ""}}
        layout["margin"] = {**layout.get("margin", {}), "t": 20}
        return Chart(self.data, layout)


_AXIS = {
    "gridcolor": "#e3e8ef",
    "linecolor": "#9aa3ad",
    "zerolinecolor": "#9aa3ad",
    "automargin": True,
}


def _layout(
    data: list[dict], *, title: str, x: str, y: str, height: int = 380, **more: Any
) -> Chart:
    layout = {
        "title": {"text": title, "x": 0, "xanchor": "left", "font": {"size": 16}},
        "paper_bgcolor": "#ffffff",
        "plot_bgcolor": "#ffffff",
        "colorway": PALETTE,
        "font": {"family": FONT, "size": 12, "color": "#1b1f24"},
        "height": height,
        "margin": {"l": 60, "r": 20, "t": 60, "b": 70},
        # Below the x axis' title, left-aligned: readable at any width.
        "legend": {"orientation": "h", "yanchor": "top", "y": -0.28, "x": 0},
        "xaxis": {**_AXIS, "title": {"text": x}},
        "yaxis": {**_AXIS, "title": {"text": y}, "rangemode": "tozero"},
    }
    return Chart(data, layout).update_layout(**more)


def _empty(title: str) -> Chart:
    chart = _layout([], title=title, x="", y="", height=220)
    chart.update_xaxes(visible=False).update_yaxes(visible=False)
    chart.layout["annotations"] = [
        {"text": _("No data in this period"), "showarrow": False, "font": {"size": 14}}
    ]
    return chart


def _says_so_when_empty(draw: Callable[..., Chart]) -> Callable[..., Chart]:
    """A chart of an empty table says there is no data instead of drawing empty axes."""

    @functools.wraps(draw)
    def drawn(table: pd.DataFrame, *, title: str, **options: Any) -> Chart:
        if table.empty:
            return _empty(title)
        return draw(table, title=title, **options)

    return drawn


def _top_down(chart: Chart) -> Chart:
    """Categories listed down the y axis in the table's order, the first at the top."""
    return chart.update_yaxes(autorange="reversed", rangemode="normal")


@_says_so_when_empty
def stacked_bars(
    table: pd.DataFrame, *, x: str, y: str, colour: str, title: str, x_label: str, y_label: str
) -> Chart:
    data = []
    for n, (name, part) in enumerate(table.groupby(colour, sort=True)):
        data.append(
            {
                "type": "bar",
                "x": _values(part[x]),
                "y": _values(part[y]),
                "name": str(name),
                "marker": {"color": PALETTE[n % len(PALETTE)]},
                "hovertemplate": f"{name}<br>%{{x}}: %{{y:,}}<extra></extra>",
            }
        )
    return _layout(data, title=title, x=x_label, y=y_label, barmode="stack")


@_says_so_when_empty
def grouped_bars(
    table: pd.DataFrame,
    *,
    category: str,
    series: dict[str, str],
    title: str,
    x_label: str,
    y_label: str,
    horizontal: bool = False,
) -> Chart:
    """One bar per category for each column in `series` (column -> legend name)."""
    data = []
    categories = _values(table[category].astype(str))
    for n, (column, name) in enumerate(series.items()):
        values = _values(pd.to_numeric(table[column], errors="coerce"))
        data.append(
            {
                "type": "bar",
                "x": values if horizontal else categories,
                "y": categories if horizontal else values,
                "orientation": "h" if horizontal else "v",
                "name": name,
                "marker": {"color": PALETTE[n % len(PALETTE)]},
            }
        )
    if not horizontal:
        return _layout(data, title=title, x=x_label, y=y_label, barmode="group")
    chart = _layout(
        data,
        title=title,
        x=y_label,
        y="",
        height=max(300, 60 + 28 * len(table)),
        barmode="group",
    )
    # The category names speak for themselves; an axis title beside long names would overlap
    # them in a narrow panel (the chart's title names the categories).
    return _top_down(chart)


@_says_so_when_empty
def line(table: pd.DataFrame, *, x: str, y: str, title: str, x_label: str, y_label: str) -> Chart:
    data = [
        {
            "type": "scatter",
            "x": _values(table[x]),
            "y": _values(table[y]),
            "mode": "lines+markers",
            "line": {"color": PALETTE[0], "width": 3},
            "name": y_label,
        }
    ]
    return _layout(data, title=title, x=x_label, y=y_label)


@_says_so_when_empty
def heatmap(table: pd.DataFrame, *, title: str, value: str, value_label: str) -> Chart:
    """Weekday (rows, Monday first) by hour of day (columns)."""
    grid = table.pivot_table(index="weekday", columns="hour", values=value, aggfunc="mean")
    grid = grid.reindex(index=range(7), columns=range(24))
    data = [
        {
            "type": "heatmap",
            "z": [_values(row) for row in grid.to_numpy()],
            "x": [f"{h:02d}" for h in range(24)],
            "y": [str(WEEKDAYS_ABBR[day]) for day in range(7)],
            # A sequential blue scale: readable for colour-blind readers and in grey print.
            "colorscale": "Blues",
            "reversescale": False,
            "colorbar": {"title": {"text": value_label}},
            "hovertemplate": "%{y} %{x}:00<br>%{z:.1f}<extra></extra>",
            "hoverongaps": False,
        }
    ]
    chart = _layout(data, title=title, x=_("Hour of publication (city time)"), y=_("Weekday"))
    return _top_down(chart)


@_says_so_when_empty
def scatter(
    table: pd.DataFrame, *, x: str, y: str, label: str, title: str, x_label: str, y_label: str
) -> Chart:
    data = [
        {
            "type": "scatter",
            "x": _values(table[x]),
            "y": _values(table[y]),
            "mode": "markers+text",
            "text": _values(table[label].astype(str)),
            "textposition": "top center",
            "marker": {"size": 12, "color": PALETTE[0]},
            "cliponaxis": False,
        }
    ]
    chart = _layout(data, title=title, x=x_label, y=y_label)
    # Room for the labels of the points at the edges.
    right = float(pd.to_numeric(table[x], errors="coerce").max() or 0)
    chart.update_xaxes(range=[-0.05 * max(right, 1), right * 1.15 + 0.5])
    chart.update_layout(margin={"r": 60})
    return chart


# -- static export ------------------------------------------------------------------------


def _browser_path() -> str | None:
    """The configured Chromium (CHART_BROWSER_PATH, then kaleido's own BROWSER_PATH), or the
    first one on the PATH."""
    configured = getattr(settings, "CHART_BROWSER_PATH", "") or os.environ.get("BROWSER_PATH")
    if configured:
        return configured if Path(configured).exists() else None
    names = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
    return next((found for name in names if (found := shutil.which(name))), None)


def _kaleido_class() -> type:
    import kaleido

    class SamePageKaleido(kaleido.Kaleido):
        """Kaleido reloads its page after every image, which parses plotly.js again: most of
        the quarter of a second each chart took. A report's charts are drawn one after another
        in the same page instead; the SVGs are the same (but for the ids plotly draws at random
        on every render). Overrides a private method of kaleido 1.5 (pinned in pyproject)."""

        async def _return_kaleido_tab(self, tab) -> None:
            await self.tabs_ready.put(tab)

    return SamePageKaleido


class StaticCharts:
    """Draws figures as SVG with kaleido in one Chromium. Starting the browser is most of the
    cost (seconds), so `start()` launches it in a thread of its own while the caller computes
    the numbers, and `draw()` waits for it. Any failure raises ChartExportUnavailable."""

    def __init__(self, *, width: int = 900, timeout: float = 120):
        self.width = width
        self.timeout = timeout
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._opening: Future | None = None
        self._closing: Future | None = None
        self._error: str = ""

    def start(self) -> StaticCharts:
        browser = _browser_path()
        if browser is None:
            self._error = "no Chromium found (set CHART_BROWSER_PATH or BROWSER_PATH)"
            return self
        os.environ["BROWSER_PATH"] = browser
        # A loop in a thread of its own: the caller may already run one (Playwright, ASGI).
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._thread.start()
        self._opening = asyncio.run_coroutine_threadsafe(self._open(), self._loop)
        return self

    async def _open(self):
        # plotly.js from the installed package, no MathJax: nothing is fetched from a CDN.
        drawer = _kaleido_class()(n=1, plotlyjs=str(PLOTLY_JS), mathjax=False)
        await drawer.__aenter__()
        return drawer

    def draw(self, figures: dict[str, Chart]) -> dict[str, bytes]:
        if self._error:
            raise ChartExportUnavailable(self._error)
        if self._opening is None:
            self.start()
            return self.draw(figures)
        try:
            drawer = self._opening.result(timeout=self.timeout)
            images = {}
            for key, fig in figures.items():
                opts = {"format": "svg", "width": self.width, "height": fig.height}
                job = asyncio.run_coroutine_threadsafe(
                    drawer.calc_fig(fig.to_dict(), opts=opts), self._loop
                )
                images[key] = job.result(timeout=self.timeout)
            return images
        except Exception as error:
            logger.warning("Charts could not be drawn as images: %s", error)
            self._error = str(error) or type(error).__name__
            raise ChartExportUnavailable(self._error) from error

    def close_soon(self) -> None:
        """Ask Chromium to quit without waiting for it (a report lays out its PDF meanwhile:
        quitting takes half a second); close() waits."""
        if self._loop is None or self._closing is not None:
            return
        if self._opening is not None and self._opening.done() and not self._opening.exception():
            drawer = self._opening.result()
            self._closing = asyncio.run_coroutine_threadsafe(
                drawer.__aexit__(None, None, None), self._loop
            )

    def close(self) -> None:
        if self._loop is None:
            return
        try:
            self.close_soon()
            if self._closing is not None:
                self._closing.result(timeout=30)
        except Exception as error:  # noqa: BLE001 - closing must never fail a report
            logger.warning("Chromium for charts did not close cleanly: %s", error)
        finally:
            self._loop.call_soon_threadsafe(self._loop.stop)
            if self._thread is not None:
                self._thread.join(timeout=10)
            self._loop.close()
            self._loop = None
            self._closing = None

    def __enter__(self) -> StaticCharts:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.close()


def figures_to_svg(figures: dict[str, Chart]) -> dict[str, bytes]:
    with StaticCharts() as drawer:
        return drawer.draw(figures)

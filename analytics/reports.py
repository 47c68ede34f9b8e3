"""The weekly report, per department and for the whole city: a standalone HTML page, a PDF
(weasyprint, charts as static images) and a CSV bundle (a zip of every table).

`weekly_report_build` is the one entry point: the Monday task, the management command, the
report page's downloads and the benchmark all call it.
"""

from __future__ import annotations

import base64
import contextlib
import importlib
import io
import logging
import re
import threading
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from analytics import charts
from analytics.exports import table_csv
from analytics.overview import Overview, overview_build
from analytics.periods import week_period
from departments.models import Department
from smartgov.city_clock import city_zone

logger = logging.getLogger(__name__)

FORMATS = ("html", "pdf", "csv")
# The steps of a build, in order, as `progress` hears them.
BUILD_STEPS = ("numbers", "charts", "pdf", "csv", "files")
# The charts drawn into the PDF; the other panels show their table only.
REPORT_CHARTS = (
    "volume_by_department",
    "trending_topics",
    "response_by_department",
    "backlog",
    "engagement_per_day",
    "engagement_weekday_hour",
    "account_landscape",
)
# Longer tables are cut in the PDF (laying out rows is most of its cost); the CSV bundle always
# has every row, and a chart-only panel's numbers are only there.
PDF_TABLE_ROWS = 10
CHART_ONLY = ("engagement_weekday_hour",)


@dataclass
class WeeklyReport:
    week: str
    department_slug: str | None
    overview: Overview
    html: str = ""
    pdf: bytes | None = None
    csv_zip: bytes | None = None
    files: dict[str, Path] = field(default_factory=dict)
    charts_note: str = ""
    pdf_note: str = ""  # why there is no PDF, when one was asked for and could not be made
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def scope(self) -> str:
        return self.overview.scope

    @property
    def basename(self) -> str:
        return f"weekly-report-{self.week}-{self.department_slug or 'city'}"

    @property
    def subject(self) -> str:
        return _("%(city)s: weekly report %(week)s, %(scope)s") % {
            "city": settings.CITY_NAME,
            "week": self.week,
            "scope": self.scope,
        }


def _data_uri(svg: bytes) -> str:
    return "data:image/svg+xml;base64," + base64.b64encode(svg).decode("ascii")


# Characters beyond the Basic Multilingual Plane (emoji, mostly) have no glyph in the fonts a
# server has; weasyprint would print empty boxes for them.
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def _printable(text: str) -> str:
    return _ASTRAL.sub("", text)


def report_html(overview: Overview, *, images: dict[str, bytes], charts_note: str) -> str:
    panels = []
    for section, members in overview.sections():
        for panel in (member.printed() for member in members):
            numeric = panel.numeric_columns()
            rows = [
                [(_printable(cell), flag) for cell, flag in zip(row, numeric, strict=True)]
                for row in panel.rows()
            ]
            panels.append(
                {
                    "section": section,
                    "panel": panel,
                    "image": _data_uri(images[panel.key]) if panel.key in images else None,
                    "table_hidden": panel.key in CHART_ONLY and panel.key in images,
                    "columns": list(zip(panel.table.columns, numeric, strict=True)),
                    "rows": rows[:PDF_TABLE_ROWS],
                    "cut": max(len(rows) - PDF_TABLE_ROWS, 0),
                }
            )
    zone = city_zone()
    return render_to_string(
        "analytics/report_document.html",
        {
            "overview": overview,
            "city": settings.CITY_NAME,
            "panels": panels,
            "charts_note": charts_note,
            "built_local": overview.built_at.astimezone(zone),
            "start_local": overview.period.start.astimezone(zone),
            "end_local": overview.period.end.astimezone(zone),
            "hours": overview.period.hours,
        },
    )


def _import_in_background(module: str) -> None:
    """weasyprint takes more than a second to import in a fresh process (a worker's first report);
    a thread of its own does it while the main thread mostly waits for PostgreSQL. A failed import
    fails again, and is reported, where the module is used."""

    def load() -> None:
        # OSError: a library the module loads is missing (weasyprint without Pango).
        with contextlib.suppress(ImportError, OSError):
            importlib.import_module(module)

    threading.Thread(target=load, name=f"import {module}", daemon=True).start()


class PdfUnavailable(Exception):
    """This server cannot lay out PDFs: weasyprint or the Pango library it needs is missing."""


def report_pdf(html: str) -> bytes:
    try:
        from weasyprint import HTML
    except (ImportError, OSError) as error:
        # OSError: weasyprint is installed but cannot load Pango ("cannot load library
        # 'libpango-1.0-0'"), which comes from the system, not from pip.
        raise PdfUnavailable(str(error).splitlines()[0]) from error
    return HTML(string=html, base_url=str(settings.BASE_DIR)).write_pdf()


def _pdf_note(error: PdfUnavailable) -> str:
    return _(
        "The PDF could not be made on this server (%(error)s): it needs the Pango library "
        "(Debian/Ubuntu: apt-get install libpango-1.0-0 libpangoft2-1.0-0; macOS: brew install "
        "pango). The report is attached as a web page and every table as CSV."
    ) % {"error": error}


def report_csv_zip(overview: Overview) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
        lines = [
            f"{settings.CITY_NAME}, {overview.scope}, {overview.period.label}",
            _("Period: %(start)s to %(end)s (UTC; local weeks in %(zone)s)")
            % {
                "start": overview.period.start.isoformat(),
                "end": overview.period.end.isoformat(),
                "zone": settings.TIME_ZONE,
            },
            _("Compared with: %(period)s") % {"period": overview.previous_period.label},
            _("Built at: %(time)s") % {"time": overview.built_at.isoformat()},
            "",
            "headlines.csv: " + _("the four headline numbers with the previous period"),
        ]
        bundle.writestr("headlines.csv", table_csv(overview.headline_table()))
        for panel in overview.panels:
            bundle.writestr(f"{panel.key}.csv", panel.csv())
            lines.append(f"{panel.key}.csv: {panel.title}. {panel.description}".strip())
        bundle.writestr("README.txt", "\n".join(lines) + "\n")
    return buffer.getvalue()


def _draw(drawer: charts.StaticCharts, overview: Overview, report: WeeklyReport) -> dict:
    figures = {
        panel.key: panel.figure
        for panel in overview.panels
        if panel.key in REPORT_CHARTS and panel.figure is not None
    }
    try:
        return drawer.draw(figures)
    except charts.ChartExportUnavailable as error:
        report.charts_note = _(
            "Charts are left out of this report because they could not be drawn here "
            "(%(error)s). Every number is in the tables below and in the CSV bundle."
        ) % {"error": error}
        return {}


def _slug(value: str) -> str:
    return re.sub(r"[^a-z0-9-]+", "-", value.lower()).strip("-")


def weekly_report_build(
    *,
    week: str,
    department_slug: str | None = None,
    out_dir: Path | None = None,
    formats: tuple[str, ...] = FORMATS,
    now: datetime | None = None,
    progress: Callable[[str], None] = lambda step: None,
) -> WeeklyReport:
    """Build the report for an ISO week (city time) for one department or the whole city, in
    the given formats; write the files to out_dir when one is given. `progress` hears each
    step as it starts (one of BUILD_STEPS)."""
    unknown = set(formats) - set(FORMATS)
    if unknown:
        raise ValueError(f"Unknown report formats: {', '.join(sorted(unknown))}.")
    period = week_period(week)
    department = Department.objects.get(slug=department_slug) if department_slug else None
    drawer = charts.StaticCharts()
    if "html" in formats or "pdf" in formats:
        drawer.start()  # Chromium starts while the numbers are computed
    if "pdf" in formats:
        _import_in_background("weasyprint")
    try:
        progress("numbers")
        timer = time.perf_counter()
        overview = overview_build(
            period=period, department=department, now=now or datetime.now(UTC)
        )
        report = WeeklyReport(week=period.label, department_slug=department_slug, overview=overview)
        report.seconds["numbers"] = time.perf_counter() - timer
        if "html" in formats or "pdf" in formats:
            progress("charts")
            timer = time.perf_counter()
            images = _draw(drawer, overview, report)
            report.seconds["charts"] = time.perf_counter() - timer
        drawer.close_soon()  # Chromium quits while the PDF is laid out

        if "html" in formats or "pdf" in formats:
            timer = time.perf_counter()
            report.html = report_html(overview, images=images, charts_note=report.charts_note)
            report.seconds["html"] = time.perf_counter() - timer
            if "pdf" in formats:
                progress("pdf")
                timer = time.perf_counter()
                try:
                    report.pdf = report_pdf(report.html)
                except PdfUnavailable as error:
                    logger.warning("Weekly report %s without a PDF: %s", period.label, error)
                    report.pdf_note = _pdf_note(error)
                report.seconds["pdf"] = time.perf_counter() - timer
        if "csv" in formats:
            progress("csv")
            timer = time.perf_counter()
            report.csv_zip = report_csv_zip(overview)
            report.seconds["csv"] = time.perf_counter() - timer
    finally:
        drawer.close()

    if out_dir is not None:
        progress("files")
        out_dir = Path(out_dir)
        out_dir.mkdir(parents=True, exist_ok=True)
        base = _slug(report.basename)
        if "html" in formats:
            report.files["html"] = out_dir / f"{base}.html"
            report.files["html"].write_text(report.html, encoding="utf-8")
        if report.pdf is not None:
            report.files["pdf"] = out_dir / f"{base}.pdf"
            report.files["pdf"].write_bytes(report.pdf)
        if report.csv_zip is not None:
            report.files["csv"] = out_dir / f"{base}-csv.zip"
            report.files["csv"].write_bytes(report.csv_zip)
    return report

"""The analytics pages: the dashboard (any period), the weekly report page with its PDF and CSV
downloads, one CSV per chart, and plotly.js served by the app itself (no CDN).

Managers and officers see every department and the whole city; department staff see only their
own departments. Views are thin: they read the filters, scope them and call overview_build."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET, require_POST

from analytics import charts, report_builds
from analytics.exports import table_csv
from analytics.overview import Overview, overview_build
from analytics.periods import (
    Period,
    days_period,
    iso_week_label,
    last_complete_week,
    week_period,
)
from departments.models import Department
from departments.roles import sees_all_cases
from smartgov.city_clock import city_today
from smartgov.params import day_in_range

PRESETS = {
    "7d": ("Last 7 days", 7),
    "28d": ("Last 28 days", 28),
    "90d": ("Last 90 days", 90),
}
DEFAULT_PRESET = "28d"
# Panels whose tables need the page's full width.
WIDE_PANELS = {
    "trending_topics",
    "response_by_department",
    "engagement_by_platform",
    "top_posts",
    "bottom_posts",
    "account_landscape",
}


def _departments_for(user) -> tuple[bool, list[Department]]:
    """(may see the whole city, the departments the user may pick)."""
    if sees_all_cases(user):
        return True, list(Department.objects.order_by("name"))
    return False, list(user.departments.order_by("name"))


def _scope(request) -> Department | None:
    """The department asked for, if the user may see it; department staff always get one of
    their own departments, never the whole city."""
    whole_city, allowed = _departments_for(request.user)
    if not whole_city and not allowed:
        raise PermissionDenied("You belong to no department.")
    slug = request.GET.get("department", "")
    chosen = next((d for d in allowed if d.slug == slug), None)
    if slug and chosen is None:
        # Another department's numbers are not shown; nor is whether it exists.
        raise Http404("No such department.")
    if chosen is None and not whole_city:
        chosen = allowed[0]
    return chosen


def _parse_day(value: str | None) -> date | None:
    """A day on the app's calendar, or None (the page then shows its default period)."""
    try:
        day = date.fromisoformat(value) if value else None
    except ValueError:
        return None
    return day if day is not None and day_in_range(day) else None


def _period(request) -> tuple[Period, str]:
    today = city_today()
    first, last = _parse_day(request.GET.get("from")), _parse_day(request.GET.get("to"))
    if first and last:
        last = min(last, today)
        first = max(min(first, last), last - timedelta(days=366))
        return days_period(first, last), "custom"
    week = request.GET.get("week", "")
    if week:
        try:
            return week_period(week), "week"
        except ValueError:
            pass
    preset = request.GET.get("period", DEFAULT_PRESET)
    if preset == "last_week":
        return week_period(last_complete_week()), preset
    label, length = PRESETS.get(preset, PRESETS[DEFAULT_PRESET])
    preset = preset if preset in PRESETS else DEFAULT_PRESET
    period = days_period(today - timedelta(days=length - 1), today)
    return Period(period.first_day, period.last_day, label), preset


def _chart_context(overview: Overview, query: dict) -> list[dict]:
    panels = []
    for section, members in overview.sections():
        for panel in members:
            panels.append(
                {
                    "section": section,
                    "panel": panel,
                    "wide": panel.key in WIDE_PANELS,
                    # The panel's heading already names the chart.
                    "figure_json": _script_json(panel.figure.without_title().to_json())
                    if panel.figure is not None
                    else None,
                    "columns": list(panel.table.columns),
                    "rows": panel.rows(),
                    "csv_url": reverse("analytics:panel_csv", args=[panel.key])
                    + "?"
                    + urlencode(query),
                }
            )
    return panels


def _script_json(text: str) -> str:
    """JSON that is safe inside a <script> element, escaped as json_script does: a topic or a
    handle containing "</script>" cannot end the element."""
    escaped = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return mark_safe(escaped)


def _query(period: Period, preset: str, department: Department | None) -> dict:
    query: dict[str, str] = {}
    if preset in ("custom",):
        query.update({"from": period.first_day.isoformat(), "to": period.last_day.isoformat()})
    elif preset == "week":
        query["week"] = period.label
    else:
        query["period"] = preset
    if department:
        query["department"] = department.slug
    return query


@require_GET
def dashboard(request):
    department = _scope(request)
    period, preset = _period(request)
    overview = overview_build(period=period, department=department)
    whole_city, allowed = _departments_for(request.user)
    query = _query(period, preset, department)
    return render(
        request,
        "analytics/dashboard.html",
        {
            "overview": overview,
            "panels": _chart_context(overview, query),
            "departments": allowed,
            "whole_city": whole_city,
            "department": department,
            "presets": PRESETS,
            "preset": preset,
            "query": query,
            "headlines_csv_url": reverse("analytics:panel_csv", args=["headlines"])
            + "?"
            + urlencode(query),
            "last_week": last_complete_week(),
        },
    )


@require_GET
def panel_csv(request, key: str):
    department = _scope(request)
    period, _preset = _period(request)
    overview = overview_build(period=period, department=department)
    if key == "headlines":
        body = table_csv(overview.headline_table())
    else:
        try:
            body = overview.panel(key).csv()
        except StopIteration:
            raise Http404("No such chart.") from None
    scope = department.slug if department else "city"
    name = f"{key}-{scope}-{period.first_day}-{period.last_day}.csv"
    response = HttpResponse(body, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@require_GET
def weekly_report(request, week: str):
    department = _scope(request)
    try:
        period = week_period(week)
    except ValueError:
        raise Http404("Not an ISO week.") from None
    overview = overview_build(period=period, department=department)
    query = _query(period, "week", department)
    scope_query = {"department": department.slug} if department else {}
    previous = iso_week_label(period.first_day - timedelta(days=7))
    following = iso_week_label(period.first_day + timedelta(days=7))
    return render(
        request,
        "analytics/weekly_report.html",
        {
            "overview": overview,
            "panels": _chart_context(overview, query),
            "department": department,
            "week": period.label,
            "scope_query": urlencode(scope_query),
            "previous_week": previous,
            "next_week": following if period.end <= datetime.now(UTC) else None,
            "headlines_csv_url": reverse("analytics:panel_csv", args=["headlines"])
            + "?"
            + urlencode(query),
            **_report_files_context(period.label, department),
        },
    )


# What the reports worker is doing, step by step (reports.BUILD_STEPS), as the page says it.
BUILD_STEP_LABELS = {
    "numbers": gettext_lazy("computing the numbers"),
    "charts": gettext_lazy("drawing the charts"),
    "pdf": gettext_lazy("laying out the PDF"),
    "csv": gettext_lazy("writing the CSV tables"),
    "files": gettext_lazy("saving the files"),
}


def _report_files_context(week: str, department: Department | None) -> dict:
    build = report_builds.latest_build(week=week, department=department)
    return {
        "build": build,
        "build_step": report_builds.step_number(build) if build else 0,
        "build_steps": len(BUILD_STEP_LABELS),
        "build_step_label": BUILD_STEP_LABELS.get(build.step, "") if build else "",
        "has_pdf": bool(build and report_builds.report_file(build, "pdf")),
        "has_csv": bool(build and report_builds.report_file(build, "csv")),
        "week": week,
        "scope_query": urlencode({"department": department.slug} if department else {}),
    }


def _week_label(week: str) -> str:
    try:
        return week_period(week).label
    except ValueError:
        raise Http404("Not an ISO week.") from None


def _report_page(week: str, department: Department | None) -> str:
    page = reverse("analytics:weekly_report", args=[week])
    return f"{page}?{urlencode({'department': department.slug})}" if department else page


@require_POST
def weekly_report_build_start(request, week: str):
    """Asks the reports worker for this report's PDF and CSV files (or joins the build that is
    already running); the page then shows its progress."""
    department = _scope(request)
    week = _week_label(week)
    report_builds.report_build_request(week=week, department=department, user=request.user)
    if request.htmx:
        return render(
            request, "analytics/_report_files.html", _report_files_context(week, department)
        )
    return redirect(_report_page(week, department))


@require_GET
def weekly_report_files(request, week: str):
    """The report files' status, polled by the page while they are built."""
    department = _scope(request)
    week = _week_label(week)
    return render(request, "analytics/_report_files.html", _report_files_context(week, department))


@require_GET
def weekly_report_download(request, week: str, fmt: str):
    """The stored file of the report's latest build; without one, back to the page, which
    says why and offers to build it."""
    department = _scope(request)
    week = _week_label(week)
    kind = {"pdf": "pdf", "zip": "csv"}.get(fmt)
    if kind is None:
        raise Http404("Unknown format.")
    build = report_builds.latest_build(week=week, department=department)
    path = report_builds.report_file(build, kind) if build else None
    if path is None:
        if build is not None and build.status == build.Status.READY and kind == "pdf":
            # Built without a PDF (no Pango on the reports worker): the notes say why.
            for note in build.notes:
                messages.error(request, note)
        else:
            messages.info(request, _("Prepare the report's files first; it takes a minute."))
        return redirect(_report_page(week, department))
    return FileResponse(path.open("rb"), as_attachment=True, filename=path.name)


_PLOTLY_ETAG = hashlib.sha256(charts.PLOTLY_JS.read_bytes()).hexdigest()[:16]


@require_GET
@cache_control(max_age=86400, private=True)
def plotly_js(request):
    """plotly.js from the installed plotly package: the version always matches the figures'
    JSON, and nothing is loaded from a CDN."""
    if request.headers.get("If-None-Match") == f'"{_PLOTLY_ETAG}"':
        return HttpResponse(status=304)
    response = FileResponse(
        charts.PLOTLY_JS.open("rb"), content_type="text/javascript; charset=utf-8"
    )
    response["ETag"] = f'"{_PLOTLY_ETAG}"'
    return response

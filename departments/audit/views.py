"""The managers' audit view of the access log, and the same entries as a CSV download. Managers
and administrators only; everyone else gets 403 (the page's existence is no secret)."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, QueryDict, StreamingHttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from departments.audit.selectors import (
    AUDIT_COUNT_CAP,
    access_log_count,
    access_log_csv_lines,
    access_log_filtered,
    access_log_page,
    access_log_people,
    may_read_access_log,
)

# Paging parameters: kept out of the CSV link and out of the other page's link.
PAGING = ("before", "after")


def _require_auditor(request: HttpRequest) -> None:
    if not may_read_access_log(request.user):
        raise PermissionDenied(_("Only managers may read the access log."))


def _filters_only(query: QueryDict) -> QueryDict:
    filters = query.copy()
    for name in PAGING:
        filters.pop(name, None)
    return filters


def _with(query: QueryDict, **params: str) -> str:
    query = query.copy()
    for name, value in params.items():
        query[name] = value
    return f"?{query.urlencode()}" if query else ""


@require_GET
def access_log(request: HttpRequest) -> HttpResponse:
    _require_auditor(request)
    filterset, entries = access_log_filtered(request.GET)
    page = access_log_page(
        entries, before=request.GET.get("before"), after=request.GET.get("after")
    )
    count = access_log_count(entries)
    filters = _filters_only(request.GET)
    return render(
        request,
        "departments/audit.html",
        {
            "filter": filterset,
            "people": access_log_people(),
            "entries": page.entries,
            "count": min(count, AUDIT_COUNT_CAP),
            "count_capped": count > AUDIT_COUNT_CAP,
            "filtered": any(value for value in filters.values()),
            "older_url": _with(filters, before=page.older.encode()) if page.older else "",
            "newer_url": _with(filters, after=page.newer.encode()) if page.newer else "",
            "csv_url": reverse("departments:audit_csv") + _with(filters),
            "retention_days": settings.ACCESS_LOG_RETENTION_DAYS,
        },
    )


@require_GET
def access_log_csv(request: HttpRequest) -> StreamingHttpResponse:
    """Every entry the filters let through, not only the page on screen."""
    _require_auditor(request)
    _filterset, entries = access_log_filtered(request.GET)
    # The header is translated now: the lines are written after the view has returned.
    header = [
        _("Opened at (city time)"),
        _("User name"),
        _("Name"),
        _("Case"),
        _("Department of the case"),
    ]
    response = StreamingHttpResponse(
        access_log_csv_lines(entries, header=header), content_type="text/csv; charset=utf-8"
    )
    name = f"access-log-{timezone.localdate():%Y-%m-%d}.csv"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response

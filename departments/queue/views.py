"""The queue: every open case a user may see, filtered, searched and paged by key; the whole
page or, for htmx, the part it asked for. Thin: filters live in departments.queue.filters, queries
in queue_query, rows in queue_rows, the left pane in queue_sidebar, bulk actions in
queue_bulk and saved filters in saved_filters."""

from __future__ import annotations

from django.conf import settings
from django.http import QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET

from departments.incidents.selectors import open_incidents_for
from departments.incidents.spikes import spiking_incidents_for
from departments.queue.filters import QueueFilterSet
from departments.queue.forms import BulkActionForm, SavedFilterForm
from departments.queue.query import (
    QUEUE_PAGE_SIZE,
    Cursor,
    _capped_count,
    _filter_query,
    _newest_case_id,
    _page_newest,
    _page_urgent,
    _parse_cursor,
    _queue_filter,
    _slim,
)
from departments.queue.rows import _decorate, _filter_controls, _folded, _grouped, _sla_group
from departments.queue.sidebar import _saved_views_for, _views_for
from departments.roles import can_change_cases, is_officer, sees_all_cases
from departments.sla import running_due_at
from listening.selectors import accounts_needing_attention
from smartgov.params import whole_number

__all__ = [
    "QUEUE_PAGE_SIZE",
    "queue",
]

# The heading's count of the current view, computed on every refresh of the first page.
HEADING_COUNT_CAP = 1_000
# Open incidents shown above the queue, one row each with its posts and growth.
INCIDENT_BAND_SIZE = 5
NEWEST = "newest"
URGENT = "urgent"


def _query(filters: str, sort: str, default_sort: str = NEWEST) -> str:
    return "&".join(
        [*([f"sort={sort}"] if sort != default_sort else []), *([filters] if filters else [])]
    )


def _context(request, filterset: QueueFilterSet, sort: str) -> dict:
    now = timezone.now()
    cursor = _parse_cursor(request.GET.get("after") or request.GET.get("before"))
    pager = _page_urgent if sort == URGENT else _page_newest
    page = pager(filterset.qs, cursor, QUEUE_PAGE_SIZE + 1)
    has_more = len(page) > QUEUE_PAGE_SIZE
    page = page[:QUEUE_PAGE_SIZE]
    next_cursor = None
    if has_more:
        last = page[-1]
        moment = running_due_at(last) if sort == URGENT else last.created_at
        next_cursor = Cursor(moment, last.id).encode()
    filters = _filter_query(request.GET)
    can_bulk = can_change_cases(request.user)
    rows = _decorate(page, now)
    if sort == URGENT and not sees_all_cases(request.user):
        previous = None if cursor is None else _sla_group(cursor.moment, now)
        rows = _grouped(rows, now, previous)
    rows = _folded(rows)
    return {
        "cases": page,
        "rows": rows,
        "next_cursor": next_cursor,
        "filter": filterset,
        "filters": filters,
        "sort": sort,
        "query": _query(filters, sort, _default_sort(request.user)),
        "sees_all": sees_all_cases(request.user),
        "can_bulk": can_bulk,
        "refresh_seconds": settings.QUEUE_REFRESH_SECONDS,
        "newest_case_id": _newest_case_id(),
    }


def _bulk_form(request) -> BulkActionForm | None:
    return BulkActionForm(user=request.user) if can_change_cases(request.user) else None


def _with_count(context: dict, filterset: QueueFilterSet) -> dict:
    count = _capped_count(filterset.qs, HEADING_COUNT_CAP)
    context["open_count"] = min(count, HEADING_COUNT_CAP)
    context["count_capped"] = count > HEADING_COUNT_CAP
    context["filtered"] = bool(context["filters"])
    return context


def _default_sort(user) -> str:
    """Officers watch what comes in; department staff work through their deadlines."""
    return NEWEST if sees_all_cases(user) else URGENT


def _sort(request) -> str:
    sort = request.GET.get("sort")
    return sort if sort in (NEWEST, URGENT) else _default_sort(request.user)


@require_GET
def queue(request):
    """The whole page, or for htmx the part it asked for: the rows after a cursor ("more"), the
    cases that arrived since the page was drawn ("newer"), or the results of a new filter."""
    filterset = _queue_filter(request, request.GET)
    sort = _sort(request)
    newer = whole_number(request.GET.get("newer"))
    if request.htmx and newer is not None:
        return _newer_cases(request, filterset, sort, newer)
    context = _context(request, filterset, sort)
    if request.htmx and (request.GET.get("after") or request.GET.get("before")):
        return render(request, "departments/_queue_rows.html", context)
    context = _with_count(context, filterset)
    context["bulk_form"] = _bulk_form(request)
    if request.htmx and request.htmx.target == "queue-results":
        return render(request, "departments/_queue_results.html", context)
    if request.htmx and request.htmx.target == "queue-rows":
        return render(request, "departments/_queue_rows.html", context)
    context["filter_controls"] = _filter_controls(filterset)
    context["views"] = _views_for(request.user)
    context["saved_views"] = _saved_views_for(request.user)
    context["advanced_filters"] = any(key != "q" for key in QueryDict(context["filters"]))
    context["save_form"] = SavedFilterForm()
    context["incidents"] = open_incidents_for(request.user, limit=INCIDENT_BAND_SIZE)
    context["spiking_incidents"] = spiking_incidents_for(request.user)
    context["accounts_needing_attention"] = (
        accounts_needing_attention() if is_officer(request.user) else []
    )
    return render(request, "departments/queue.html", context)


def _newer_cases(request, filterset: QueueFilterSet, sort: str, newer: int):
    """Cases that arrived after the page was drawn, put on top of the list and marked new. By
    id: a late post (its platform time older than the newest row) still shows up."""
    cases = list(_slim(filterset.qs).filter(id__gt=newer).order_by("-id")[:QUEUE_PAGE_SIZE])
    context = {
        "cases": cases,
        "rows": _decorate(cases, timezone.now()),
        "fresh": True,
        "filters": _filter_query(request.GET),
        "sort": sort,
        "can_bulk": can_change_cases(request.user),
        "refresh_seconds": settings.QUEUE_REFRESH_SECONDS,
        "newest_case_id": max([newer, *(case.id for case in cases)]),
    }
    context["query"] = _query(context["filters"], sort, _default_sort(request.user))
    context = _with_count(context, filterset)
    return render(request, "departments/_queue_newer.html", context)


def _back_to_queue(query: str):
    url = reverse("departments:queue")
    return redirect(f"{url}?{query}" if query else url)

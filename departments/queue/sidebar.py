"""The queue's left pane: the standard views, each department and the user's saved filters,
with capped counts."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit

from django.http import QueryDict
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from departments.models import Department, SavedFilter
from departments.queue.filters import ME, QUESTION_OPEN, TRIAGE
from departments.queue.query import _capped_count, _filter_query, _queue_filter
from departments.roles import can_change_cases, sees_all_cases

__all__ = [
    "queue_views",
]

# Counts in the left pane stop here ("10,000+"): past that the exact number helps nobody and
# would cost a scan of every open case on each refresh.
VIEW_COUNT_CAP = 10_000


@dataclass
class QueueView:
    label: str
    query: str
    count: int | None = None
    capped: bool = False
    saved: SavedFilter | None = None


def _views_for(user) -> list[QueueView]:
    views = [QueueView(_("All open"), "")]
    if sees_all_cases(user):
        views.append(QueueView(_("Triage"), f"department={TRIAGE}"))
        views.append(QueueView(_("Questions from departments"), f"question={QUESTION_OPEN}"))
    views.append(QueueView(_("Overdue"), "sla=overdue"))
    if can_change_cases(user):
        views.append(QueueView(_("Mine"), f"assignee={ME}"))
    departments = Department.objects.all()
    if not sees_all_cases(user):
        departments = departments.filter(members=user)
    views += [QueueView(d.name, urlencode({"department": d.slug})) for d in departments]
    return views


def _saved_views_for(user) -> list[QueueView]:
    return [
        QueueView(s.name, _filter_query(QueryDict(s.query)), saved=s)
        for s in SavedFilter.objects.filter(owner=user).order_by("name")
    ]


def _count_for(request, query: str) -> int:
    """One view's count, capped. Not cached: after a change the officer expects the numbers to
    move at once, and with the queue's partial indexes each capped count is one short scan."""
    return _capped_count(_queue_filter(request, QueryDict(query)).qs, VIEW_COUNT_CAP)


@require_GET
def queue_views(request):
    """The left pane: the standard views, each department, the saved filters, with counts."""
    # The page's address may have changed since it was drawn (filters applied through htmx).
    current = request.GET.get("current", "")
    if request.htmx and request.htmx.current_url:
        current = _filter_query(QueryDict(urlsplit(request.htmx.current_url).query))
    views = _views_for(request.user)
    saved = _saved_views_for(request.user)
    for view in [*views, *saved]:
        count = _count_for(request, view.query)
        view.count = min(count, VIEW_COUNT_CAP)
        view.capped = count > VIEW_COUNT_CAP
    return render(
        request,
        "departments/_sidebar.html",
        {"views": views, "saved_views": saved, "current": current, "with_counts": True},
    )

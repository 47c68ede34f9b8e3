"""Bulk actions on the cases ticked in the queue, through departments.cases.actions."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import QueryDict
from django.shortcuts import render
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from departments.queue.forms import BulkActionForm
from departments.queue.query import _queue_filter
from departments.queue.views import _back_to_queue, _bulk_form, _context, _sort, _with_count
from departments.roles import can_change_cases

__all__ = [
    "queue_bulk",
]


@require_POST
def queue_bulk(request):
    """Route, assign, close or mark as spam the selected cases, through the service, which
    only touches cases the user may change."""
    from departments.cases.actions import cases_bulk_apply

    if not can_change_cases(request.user):
        raise PermissionDenied
    form = BulkActionForm(request.POST, user=request.user)
    next_query = request.POST.get("next", "").lstrip("?")
    if form.is_valid():
        changed = cases_bulk_apply(
            case_ids=form.cleaned_data["case"],
            action=form.cleaned_data["action"],
            by=request.user,
            value=form.value(),
        )
        level = messages.SUCCESS
        text = ngettext("%(count)d case changed.", "%(count)d cases changed.", changed) % {
            "count": changed
        }
    else:
        level, text = messages.ERROR, form.error_text()
    if not request.htmx:
        messages.add_message(request, level, text)
        return _back_to_queue(next_query)
    # Redraw the list for the filters it was showing, saying what happened above it; the left
    # pane refreshes its counts.
    request.GET = QueryDict(next_query)
    filterset = _queue_filter(request, request.GET)
    context = _with_count(_context(request, filterset, _sort(request)), filterset)
    context["bulk_form"] = _bulk_form(request)
    context["notice"] = text
    context["notice_is_error"] = level == messages.ERROR
    response = render(request, "departments/_queue_results.html", context)
    response["HX-Trigger"] = "queue-counts-changed"
    return response

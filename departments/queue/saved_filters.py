"""Saved filters: a user's named queue views, kept and deleted from the queue page."""

from __future__ import annotations

import contextlib

from django.contrib import messages
from django.db import IntegrityError
from django.http import HttpResponse, QueryDict
from django.shortcuts import get_object_or_404
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from departments.models import SavedFilter
from departments.queue.forms import SavedFilterForm
from departments.queue.query import _filter_query
from departments.queue.views import _back_to_queue

__all__ = [
    "saved_filter_delete",
    "saved_filter_save",
]


@require_POST
def saved_filter_save(request):
    query = _filter_query(QueryDict(request.POST.get("query", "")))
    form = SavedFilterForm({"name": request.POST.get("name", ""), "query": query})
    if form.is_valid():
        # Two saves of the same name at once: the first one stands.
        with contextlib.suppress(IntegrityError):
            SavedFilter.objects.update_or_create(
                owner=request.user, name=form.cleaned_data["name"], defaults={"query": query}
            )
        level, text = messages.SUCCESS, _("Saved the view “%(name)s”.") % form.cleaned_data
    else:
        level, text = messages.ERROR, form.error_text()
    if request.htmx:
        # Said beside the form; the left pane redraws itself with the new view.
        response = HttpResponse(format_html('<span role="status">{}</span>', text))
        response["HX-Trigger"] = "queue-counts-changed"
        return response
    messages.add_message(request, level, text)
    return _back_to_queue(query)


@require_POST
def saved_filter_delete(request, filter_id: int):
    # Someone else's saved filter answers 404: its existence is not shown.
    saved = get_object_or_404(SavedFilter, pk=filter_id, owner=request.user)
    saved.delete()
    if request.htmx:  # the left pane redraws itself without it
        response = HttpResponse(status=204)
        response["HX-Trigger"] = "queue-counts-changed"
        return response
    messages.success(request, _("Deleted the view “%(name)s”.") % {"name": saved.name})
    return _back_to_queue("")

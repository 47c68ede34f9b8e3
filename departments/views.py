"""The back-office pages. Thin: they read through selectors scoped to the user and render."""

from __future__ import annotations

from datetime import datetime

from django.conf import settings
from django.shortcuts import get_object_or_404, render
from django.utils.dateparse import parse_datetime
from django.views.decorators.http import require_GET

from departments.roles import is_officer, sees_all_cases
from departments.selectors import cases_visible_to, open_cases_visible_to
from listening.selectors import accounts_needing_attention

QUEUE_PAGE_SIZE = 50


def _parse_cursor(value: str | None) -> tuple[datetime, int] | None:
    """The queue pages by (created_at, id) so that page 500 costs what page 1 does."""
    if not value or "|" not in value:
        return None
    stamp, _, case_id = value.partition("|")
    moment = parse_datetime(stamp)
    if moment is None or not case_id.isdigit():
        return None
    return moment, int(case_id)


@require_GET
def queue(request):
    cases = open_cases_visible_to(request.user).order_by("-created_at", "-id")
    cursor = _parse_cursor(request.GET.get("before"))
    if cursor is not None:
        moment, case_id = cursor
        cases = cases.filter(created_at__lte=moment).exclude(created_at=moment, id__gte=case_id)
    page = list(cases[: QUEUE_PAGE_SIZE + 1])
    has_more = len(page) > QUEUE_PAGE_SIZE
    page = page[:QUEUE_PAGE_SIZE]
    next_cursor = f"{page[-1].created_at.isoformat()}|{page[-1].id}" if has_more else None
    context = {
        "cases": page,
        "next_cursor": next_cursor,
        "open_count": open_cases_visible_to(request.user).count(),
        "sees_all": sees_all_cases(request.user),
        "refresh_seconds": settings.QUEUE_REFRESH_SECONDS,
        "accounts_needing_attention": accounts_needing_attention()
        if is_officer(request.user)
        else [],
    }
    template = "departments/_queue_rows.html" if request.htmx else "departments/queue.html"
    return render(request, template, context)


@require_GET
def case_detail(request, case_id: int):
    # A case outside the user's departments answers 404, not 403: its existence is not shown.
    case = get_object_or_404(cases_visible_to(request.user), pk=case_id)
    events = case.events.select_related("actor")
    return render(
        request,
        "departments/case_detail.html",
        {"case": case, "events": events, "replies": case.replies.select_related("author")},
    )

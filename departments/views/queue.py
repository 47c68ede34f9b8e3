"""The queue: every open case a user may see, filtered, searched and paged by key, with the views
in the left pane, saved filters and bulk actions. Thin: filters live in departments.filters,
changes in departments.services."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError
from django.db.models import Max, Prefetch, QuerySet
from django.http import HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.dateparse import parse_datetime
from django.utils.html import format_html
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_POST

from departments.filters import (
    ME,
    STATUS_LABELS,
    TRIAGE,
    QueueFilterSet,
    due_expression,
)
from departments.forms import BulkActionForm, SavedFilterForm
from departments.models import Case, Department, SavedFilter, Topic
from departments.roles import can_change_cases, is_officer, sees_all_cases
from departments.selectors import cases_visible_to
from departments.sla import running_due_at, sla_badge
from listening.models import EngagementSnapshot
from listening.selectors import accounts_needing_attention

__all__ = [
    "QUEUE_PAGE_SIZE",
    "queue",
    "queue_bulk",
    "queue_views",
    "saved_filter_delete",
    "saved_filter_save",
]

QUEUE_PAGE_SIZE = 50
# Counts in the left pane stop here ("10,000+"): past that the exact number helps nobody and
# would cost a scan of every open case on each refresh.
VIEW_COUNT_CAP = 10_000
# The heading's count of the current view, computed on every refresh of the first page.
HEADING_COUNT_CAP = 1_000
NEWEST = "newest"
URGENT = "urgent"
# Parameters that are not filters: they are left out of saved filters and view links.
NOT_FILTERS = {"sort", "after", "before", "newer", "page"}


@dataclass(frozen=True)
class Cursor:
    """Where a page ends: the sort key of its last case and the case's id."""

    moment: datetime | None
    case_id: int

    def encode(self) -> str:
        return f"{self.moment.isoformat() if self.moment else ''}|{self.case_id}"


def _parse_cursor(value: str | None) -> Cursor | None:
    """The queue pages by key (sort value, id) so that page 500 costs what page 1 does. An
    empty moment stands for a case without a due time (they come last in the urgent sort)."""
    if not value or "|" not in value:
        return None
    stamp, _sep, case_id = value.partition("|")
    if not case_id.isdigit():
        return None
    if not stamp:
        return Cursor(None, int(case_id))
    moment = parse_datetime(stamp)
    if moment is None:
        return None
    return Cursor(moment, int(case_id))


def _page_newest(cases: QuerySet[Case], cursor: Cursor | None, size: int) -> list[Case]:
    cases = cases.order_by("-created_at", "-id")
    if cursor is not None and cursor.moment is not None:
        # "<=" bounds the index scan; the exclude drops the few rows of the same moment.
        cases = cases.filter(created_at__lte=cursor.moment).exclude(
            created_at=cursor.moment, id__gte=cursor.case_id
        )
    return list(cases[:size])


def _page_urgent(cases: QuerySet[Case], cursor: Cursor | None, size: int) -> list[Case]:
    """Earliest deadline first, cases without one last. Two index-friendly queries rather than
    one with an OR: the dated cases by (due, id), then the undated ones by id."""
    cases = cases.alias(queue_due_at=due_expression())
    page: list[Case] = []
    if cursor is None or cursor.moment is not None:
        dated = cases.filter(queue_due_at__isnull=False)
        if cursor is not None:
            dated = dated.filter(queue_due_at__gte=cursor.moment).exclude(
                queue_due_at=cursor.moment, id__lte=cursor.case_id
            )
        page = list(dated.order_by("queue_due_at", "id")[:size])
    if len(page) < size:
        undated = cases.filter(queue_due_at__isnull=True)
        if cursor is not None and cursor.moment is None:
            undated = undated.filter(id__gt=cursor.case_id)
        page += list(undated.order_by("id")[: size - len(page)])
    return page


# Only what a row shows (the platform payload, routing explanation and search vector are large).
ROW_FIELDS = (
    "id",
    "status",
    "language",
    "created_at",
    "routing_confidence",
    "first_response_due_at",
    "resolution_due_at",
    "first_responded_at",
    "post",
    "department",
    "assignee",
    "department__name",
    "assignee__username",
    "assignee__first_name",
    "assignee__last_name",
    "post__platform",
    "post__author_handle",
    "post__text",
    "post__language",
    "post__account",
    "post__account__handle",
)


def _slim(cases: QuerySet[Case]) -> QuerySet[Case]:
    return cases.only(*ROW_FIELDS).prefetch_related(
        Prefetch("topics", queryset=Topic.objects.only("id", "name"))
    )


@dataclass(frozen=True)
class QueueRow:
    """One row as shown, formatted here: the list redraws every few seconds for every officer,
    and plain attributes render several times faster than lookups and filters in the template."""

    id: int
    url: str
    platform: str
    platform_label: str
    author: str
    account: str
    created_iso: str
    created_label: str
    language: str
    text: str
    department: str
    confidence: str
    topics: list[str]
    status_label: str
    assignee: str
    engagement: str
    sla_state: str
    sla_label: str
    select_label: str


@dataclass(frozen=True)
class FilterControl:
    name: str
    label: str
    value: str
    options: list[tuple[str, str, bool]] | None  # None: a date input


def _filter_controls(filterset: QueueFilterSet) -> list[FilterControl]:
    """The filter bar's controls with their options marked: plainer (and cheaper) than Django's
    widget templates, and only drawn with the whole page."""
    form = filterset.form
    options = filterset.options()
    controls = []
    for name, field in form.fields.items():
        if name == "q":
            continue
        value = str(form[name].value() or "")
        choices = options.get(name)
        marked = None
        if choices is not None:
            marked = [(str(option), str(label), str(option) == value) for option, label in choices]
        controls.append(FilterControl(name, str(field.label), value, marked))
    return controls


def _engagement_text(snapshot: EngagementSnapshot | None) -> str:
    if snapshot is None:
        return ""
    parts = [
        ngettext("%(counter)s like", "%(counter)s likes", snapshot.likes),
        ngettext("%(counter)s share", "%(counter)s shares", snapshot.shares),
        ngettext("%(counter)s reply", "%(counter)s replies", snapshot.replies),
    ]
    counts = (snapshot.likes, snapshot.shares, snapshot.replies)
    return " · ".join(part % {"counter": count} for part, count in zip(parts, counts, strict=True))


def _decorate(cases: list[Case], now: datetime) -> list[QueueRow]:
    """What each row shows, including the SLA badge and the engagement so far (the post's
    latest snapshot). Two queries for the whole page, none per row."""
    latest = {
        snapshot.post_id: snapshot
        for snapshot in EngagementSnapshot.objects.filter(
            post_id__in=[case.post_id for case in cases]
        )
        .order_by("post_id", "-taken_at")
        .distinct("post_id")
    }
    rows = []
    for case in cases:
        post = case.post
        badge = sla_badge(case, now=now)
        language = case.language or post.language or ""
        assignee = case.assignee
        rows.append(
            QueueRow(
                id=case.id,
                url=reverse("departments:case_detail", args=[case.id]),
                platform=post.platform,
                platform_label=post.get_platform_display(),
                author=post.author_handle,
                account=post.account.handle,
                created_iso=case.created_at.isoformat(),
                created_label=formats.date_format(timezone.localtime(case.created_at), "j M H:i"),
                language=language,
                text=Truncator(post.text).chars(180),
                department=case.department.name if case.department else "",
                confidence=formats.number_format(case.routing_confidence, 2)
                if case.department and case.routing_confidence is not None
                else "",
                topics=[topic.name for topic in case.topics.all()],
                status_label=str(STATUS_LABELS.get(case.status, case.get_status_display())),
                assignee=(assignee.get_full_name() or assignee.username) if assignee else "",
                engagement=_engagement_text(latest.get(case.post_id)),
                sla_state=badge.state,
                sla_label=badge.label,
                select_label=_("Select case %(id)s from @%(author)s")
                % {"id": case.id, "author": post.author_handle},
            )
        )
    return rows


def _filter_query(params: QueryDict) -> str:
    """The filters of a request as a query string, without paging or sorting, in a stable order
    (saved filters and the left pane compare these)."""
    pairs = sorted(
        (key, value)
        for key in params
        if key not in NOT_FILTERS
        for value in params.getlist(key)
        if value != ""
    )
    return urlencode(pairs)


def _query(filters: str, sort: str) -> str:
    return "&".join(
        [*([f"sort={sort}"] if sort != NEWEST else []), *([filters] if filters else [])]
    )


def _capped_count(cases: QuerySet[Case], cap: int) -> int:
    return cases.order_by().values("pk")[: cap + 1].count()


def _queue_filter(request, params: QueryDict) -> QueueFilterSet:
    return QueueFilterSet(params, queryset=cases_visible_to(request.user), request=request)


def _newest_case_id() -> int:
    return Case.objects.aggregate(newest=Max("id"))["newest"] or 0


def _context(request, filterset: QueueFilterSet, sort: str) -> dict:
    now = timezone.now()
    cursor = _parse_cursor(request.GET.get("after") or request.GET.get("before"))
    pager = _page_urgent if sort == URGENT else _page_newest
    page = pager(_slim(filterset.qs), cursor, QUEUE_PAGE_SIZE + 1)
    has_more = len(page) > QUEUE_PAGE_SIZE
    page = page[:QUEUE_PAGE_SIZE]
    next_cursor = None
    if has_more:
        last = page[-1]
        moment = running_due_at(last) if sort == URGENT else last.created_at
        next_cursor = Cursor(moment, last.id).encode()
    filters = _filter_query(request.GET)
    can_bulk = can_change_cases(request.user)
    return {
        "cases": page,
        "rows": _decorate(page, now),
        "next_cursor": next_cursor,
        "filter": filterset,
        "filters": filters,
        "sort": sort,
        "query": _query(filters, sort),
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


def _sort(request) -> str:
    return URGENT if request.GET.get("sort") == URGENT else NEWEST


@require_GET
def queue(request):
    """The whole page, or for htmx the part it asked for: the rows after a cursor ("more"), the
    cases that arrived since the page was drawn ("newer"), or the results of a new filter."""
    filterset = _queue_filter(request, request.GET)
    sort = _sort(request)
    newer = request.GET.get("newer")
    if request.htmx and newer is not None and newer.isdigit():
        return _newer_cases(request, filterset, sort, int(newer))
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
    context["query"] = _query(context["filters"], sort)
    context = _with_count(context, filterset)
    return render(request, "departments/_queue_newer.html", context)


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


def _back_to_queue(query: str):
    url = reverse("departments:queue")
    return redirect(f"{url}?{query}" if query else url)


@require_POST
def saved_filter_save(request):
    form = SavedFilterForm(request.POST)
    query = _filter_query(QueryDict(request.POST.get("query", "")))
    if form.is_valid():
        # Two saves of the same name at once: the first one stands.
        with contextlib.suppress(IntegrityError):
            SavedFilter.objects.update_or_create(
                owner=request.user, name=form.cleaned_data["name"], defaults={"query": query}
            )
        level, text = messages.SUCCESS, _("Saved the view “%(name)s”.") % form.cleaned_data
    else:
        level, text = messages.ERROR, _("Give the view a name of at most 80 characters.")
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


@require_POST
def queue_bulk(request):
    """Route, assign, close or mark as spam the selected cases, through the service, which
    only touches cases the user may change."""
    from departments.services import cases_bulk_apply

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

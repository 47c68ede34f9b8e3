"""The queue's queries: paging by key (sort value, id), the few fields a row loads, capped
counts, and a request's filters as a stable query string. The list, its left pane and the
bulk actions' redraw all read cases through these."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlencode

from django.db.models import Max, Prefetch, QuerySet
from django.http import QueryDict

from departments.cases.selectors import cases_visible_to
from departments.models import Case, Topic
from departments.queue.filters import QueueFilterSet, due_expression
from smartgov.params import moment, whole_number

QUEUE_PAGE_SIZE = 50
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
    stamp, _sep, id_text = value.partition("|")
    case_id = whole_number(id_text)
    if case_id is None:
        return None
    if not stamp:
        return Cursor(None, case_id)
    # A cursor someone edited by hand (an impossible date, a moment off the calendar) is
    # ignored: the list starts from its first page.
    at = moment(stamp)
    return None if at is None else Cursor(at, case_id)


def _page_newest(cases: QuerySet[Case], cursor: Cursor | None, size: int) -> list[Case]:
    cases = cases.order_by("-created_at", "-id")
    if cursor is not None and cursor.moment is not None:
        # "<=" bounds the index scan; the exclude drops the few rows of the same moment.
        cases = cases.filter(created_at__lte=cursor.moment).exclude(
            created_at=cursor.moment, id__gte=cursor.case_id
        )
    return _fetch(cases, size)


def _page_urgent(cases: QuerySet[Case], cursor: Cursor | None, size: int) -> list[Case]:
    """Earliest deadline first, cases without one last. Two index-friendly queries rather than
    one with an OR: the dated cases by (due, id), then the undated ones by id. Both are ordered
    by (due, id), the case_open_due index's order: the undated ones all have a NULL due, so this
    is their order by id, read from the index instead of sorting every undated case."""
    cases = cases.alias(queue_due_at=due_expression())
    page: list[Case] = []
    if cursor is None or cursor.moment is not None:
        dated = cases.filter(queue_due_at__isnull=False)
        if cursor is not None:
            dated = dated.filter(queue_due_at__gte=cursor.moment).exclude(
                queue_due_at=cursor.moment, id__lte=cursor.case_id
            )
        page = _fetch(dated.order_by("queue_due_at", "id"), size)
    if len(page) < size:
        undated = cases.filter(queue_due_at__isnull=True)
        if cursor is not None and cursor.moment is None:
            undated = undated.filter(id__gt=cursor.case_id)
        page += _fetch(undated.order_by("queue_due_at", "id"), size - len(page))
    return page


def _fetch(cases: QuerySet[Case], size: int) -> list[Case]:
    """The first `size` cases of an ordered queryset, with what their rows show. The ids come
    first, from departments_case alone: in one query the planner may join every matching case
    to its post, account and people before it sorts and cuts (thousands of rows for a search
    or a filter that the index order does not serve), where the ids need no join. The rows are
    then read by id, through the same filters, so a case that changed in between is left out
    rather than shown where it no longer belongs."""
    ids = list(cases.values_list("id", flat=True)[:size])
    if not ids:
        return []
    rows = _slim(cases.order_by()).in_bulk(ids)
    return [rows[case_id] for case_id in ids if case_id in rows]


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
    "post__author_id",
    "post__author_handle",
    "post__author_name",
    "post__text",
    "post__language",
    "post__account",
    "post__account__handle",
)


def _slim(cases: QuerySet[Case]) -> QuerySet[Case]:
    return cases.only(*ROW_FIELDS).prefetch_related(
        Prefetch("topics", queryset=Topic.objects.only("id", "name"))
    )


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


def _capped_count(cases: QuerySet[Case], cap: int) -> int:
    return cases.order_by().values("pk")[: cap + 1].count()


def _queue_filter(request, params: QueryDict) -> QueueFilterSet:
    return QueueFilterSet(params, queryset=cases_visible_to(request.user), request=request)


def _newest_case_id() -> int:
    return Case.objects.aggregate(newest=Max("id"))["newest"] or 0

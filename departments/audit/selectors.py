"""Reading the access log: who may, its entries filtered and paged by key, and its CSV rows."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from django.contrib.auth import get_user_model
from django.db.models import QuerySet
from django.utils import timezone

from departments.audit.filters import AccessLogFilterSet
from departments.models import CaseAccess
from departments.roles import is_manager
from smartgov.params import moment, whole_number
from smartgov.spreadsheets import spreadsheet_safe

AUDIT_PAGE_SIZE = 50
# The heading counts this far and then says "more than": counting millions of entries on every
# page would cost more than the page.
AUDIT_COUNT_CAP = 10_000
CSV_CHUNK_ROWS = 2_000


def may_read_access_log(user) -> bool:
    """Managers and administrators. Not officers or department staff: the log says what their
    colleagues read."""
    return user.is_authenticated and (user.is_superuser or is_manager(user))


def access_log_filtered(data) -> tuple[AccessLogFilterSet, QuerySet[CaseAccess]]:
    """The filters read from `data` and the entries they let through, newest first. A filter
    that does not make sense (a case number "abc") lets nothing through, rather than being
    dropped and showing every entry as if it matched."""
    filterset = AccessLogFilterSet(data, queryset=CaseAccess.objects.all())
    if not filterset.is_valid():
        return filterset, CaseAccess.objects.none()
    return filterset, filterset.qs.order_by("-opened_at", "-id")


def access_log_people() -> list[str]:
    """User names the person filter suggests."""
    return list(get_user_model().objects.order_by("username").values_list("username", flat=True))


@dataclass(frozen=True)
class AccessCursor:
    """Where a page ends: the opening time of an entry and its id."""

    opened_at: datetime
    access_id: int

    def encode(self) -> str:
        return f"{self.opened_at.isoformat()}|{self.access_id}"

    @classmethod
    def parse(cls, value: str | None) -> AccessCursor | None:
        stamp, _sep, id_text = (value or "").partition("|")
        opened_at, access_id = moment(stamp), whole_number(id_text)
        if opened_at is None or access_id is None:
            return None
        return cls(opened_at, access_id)


@dataclass
class AccessPage:
    entries: list[CaseAccess]
    older: AccessCursor | None
    newer: AccessCursor | None


def access_log_page(
    entries: QuerySet[CaseAccess],
    *,
    before: str | None = None,
    after: str | None = None,
    size: int = AUDIT_PAGE_SIZE,
) -> AccessPage:
    """One page of entries, newest first, by key (opened_at, id) so that a page deep in a year
    of entries costs what the first does. `before`: the page after an entry (older); `after`:
    the page before one (newer)."""
    entries = entries.select_related("user", "case__department")
    older_than = AccessCursor.parse(before)
    newer_than = None if older_than else AccessCursor.parse(after)
    if newer_than is not None:
        # Read upwards from the cursor, then turn the rows round to newest first.
        upwards = entries.filter(opened_at__gte=newer_than.opened_at).exclude(
            opened_at=newer_than.opened_at, id__lte=newer_than.access_id
        )
        rows = list(upwards.order_by("opened_at", "id")[: size + 1])
        more_newer = len(rows) > size
        rows = rows[:size][::-1]
        return AccessPage(
            entries=rows,
            older=_cursor(rows[-1]) if rows else None,
            newer=_cursor(rows[0]) if rows and more_newer else None,
        )
    if older_than is not None:
        entries = entries.filter(opened_at__lte=older_than.opened_at).exclude(
            opened_at=older_than.opened_at, id__gte=older_than.access_id
        )
    rows = list(entries.order_by("-opened_at", "-id")[: size + 1])
    more_older = len(rows) > size
    rows = rows[:size]
    return AccessPage(
        entries=rows,
        older=_cursor(rows[-1]) if more_older else None,
        newer=_cursor(rows[0]) if rows and older_than is not None else None,
    )


def _cursor(entry: CaseAccess) -> AccessCursor:
    return AccessCursor(entry.opened_at, entry.pk)


def access_log_count(entries: QuerySet[CaseAccess]) -> int:
    """How many entries match, counted up to one past AUDIT_COUNT_CAP."""
    return entries.order_by()[: AUDIT_COUNT_CAP + 1].count()


class _Echo:
    """A file whose writes come back as the written line, for csv.writer in a streamed reply."""

    def write(self, value: str) -> str:
        return value


def access_log_csv_lines(entries: QuerySet[CaseAccess], *, header: list[str]) -> Iterator[str]:
    """Every filtered entry as a CSV line, read in chunks so that a year of entries is streamed
    rather than held in memory. Times are the city's; text cells never read as formulas."""
    writer = csv.writer(_Echo())
    yield writer.writerow(header)
    rows = entries.values_list(
        "opened_at",
        "username",
        "user__first_name",
        "user__last_name",
        "case_id",
        "case__department__name",
    )
    for opened_at, username, first_name, last_name, case_id, department in rows.iterator(
        chunk_size=CSV_CHUNK_ROWS
    ):
        name = f"{first_name or ''} {last_name or ''}".strip()
        cells = [
            timezone.localtime(opened_at).isoformat(timespec="seconds"),
            username,
            name,
            case_id,
            department or "",
        ]
        yield writer.writerow([spreadsheet_safe(cell) for cell in cells])

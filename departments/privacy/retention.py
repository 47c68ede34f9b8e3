"""The nightly retention (settings, "Privacy"): raw payloads are emptied
RAW_PAYLOAD_RETENTION_DAYS after they were fetched (quarantined ones after they were received),
and a resident's handle, name and text are pseudonymised RESIDENT_DATA_RETENTION_MONTHS after
their case was closed (departments.privacy.pseudonyms: the same rewrite as an erasure, limited
to that case and the city's own posts that answer it: a mention of them on another case, in
another resident's post or in a saved queue view stays; an erasure reaches those). Open cases
are never touched; counts, statuses and timestamps are kept. The record of who opened which
case, and of who logged in, are deleted after ACCESS_LOG_RETENTION_DAYS.

Written for a city with millions of posts: set-based SQL over id ranges, one short transaction
per range, and the marks on the posts (raw_removed_at, pseudonymised_at) keep a second run from
rewriting what the first did. Nothing reads a post's raw payload once it is stored (ingestion
copies what the app needs into columns), so nothing is kept of it but a marker."""

from __future__ import annotations

import calendar
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from departments.audit.services import forget_old_accesses, forget_old_log_ins
from departments.models import OPEN_STATUSES, IncidentClue
from departments.privacy.pseudonyms import QUARANTINE_ERROR_SQL, posts_pseudonymise

RETENTION = "retention"
# Ids per statement: a range of posts is updated in well under a second.
ID_RANGE = 20_000


@dataclass
class RetentionSummary:
    raw_payloads_emptied: int = 0
    quarantined_payloads_emptied: int = 0
    posts_pseudonymised: int = 0
    replies_scrubbed: int = 0
    events_scrubbed: int = 0
    city_posts_scrubbed: int = 0
    case_accesses_forgotten: int = 0
    log_ins_forgotten: int = 0
    incident_clues_forgotten: int = 0

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


def months_before(moment: datetime, months: int) -> datetime:
    """The same day and time `months` calendar months earlier (the month's last day when it
    is shorter: 31 March less one month is 28 or 29 February)."""
    month_index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(month_index, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


def _id_ranges(table: str):
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT min(id), max(id) FROM {table}")
        low, high = cursor.fetchone()
    if low is None:
        return
    for start in range(low, high + 1, ID_RANGE):
        yield start, start + ID_RANGE


_EMPTY_RAW = """
    UPDATE listening_post
    SET raw = jsonb_build_object('removed_by', %(reason)s::text), raw_removed_at = %(now)s
    WHERE id >= %(start)s AND id < %(end)s
      AND raw_removed_at IS NULL AND fetched_at < %(cutoff)s
"""

_EMPTY_QUARANTINED = f"""
    UPDATE listening_quarantinedpayload
    SET raw = jsonb_build_object('removed_by', %(reason)s::text), error = {QUARANTINE_ERROR_SQL}
    WHERE received_at < %(cutoff)s AND NOT raw ? 'removed_by'
"""

_PAST_RESIDENT_RETENTION = """
    SELECT p.id
    FROM departments_case c
    JOIN listening_post p ON p.id = c.post_id
    WHERE c.id >= %(start)s AND c.id < %(end)s
      AND c.closed_at < %(cutoff)s AND NOT c.status = ANY(%(open)s)
      AND p.pseudonymised_at IS NULL
"""


def raw_payloads_expire(*, now: datetime, summary: RetentionSummary) -> None:
    cutoff = now - timedelta(days=settings.RAW_PAYLOAD_RETENTION_DAYS)
    params = {"reason": RETENTION, "now": now, "cutoff": cutoff}
    for start, end in _id_ranges("listening_post"):
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(_EMPTY_RAW, {**params, "start": start, "end": end})
            summary.raw_payloads_emptied += cursor.rowcount
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(_EMPTY_QUARANTINED, params)
        summary.quarantined_payloads_emptied = cursor.rowcount


def residents_pseudonymise(*, now: datetime, summary: RetentionSummary) -> None:
    cutoff = months_before(now, settings.RESIDENT_DATA_RETENTION_MONTHS)
    params = {"cutoff": cutoff, "open": [str(status) for status in OPEN_STATUSES]}
    for start, end in _id_ranges("departments_case"):
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute(_PAST_RESIDENT_RETENTION, {**params, "start": start, "end": end})
                post_ids = [row[0] for row in cursor.fetchall()]
            counts = posts_pseudonymise(post_ids=post_ids, reason=RETENTION, now=now)
        summary.posts_pseudonymised += counts["posts"]
        summary.replies_scrubbed += counts["replies"]
        summary.events_scrubbed += counts["events"]
        summary.city_posts_scrubbed += counts["own_answers"]


def incident_clues_forget(*, now: datetime) -> int:
    """What incident detection read of residents' posts (word stems, places) is needed only
    while a post can still join an incident."""
    cutoff = now - timedelta(hours=settings.INCIDENT_CLUES_KEEP_HOURS)
    return IncidentClue.objects.filter(posted_at__lt=cutoff).delete()[0]


def apply_retention(*, now: datetime | None = None) -> RetentionSummary:
    """Apply every retention period as of `now`; what is within its period is left alone."""
    now = now or timezone.now()
    summary = RetentionSummary()
    raw_payloads_expire(now=now, summary=summary)
    residents_pseudonymise(now=now, summary=summary)
    summary.case_accesses_forgotten = forget_old_accesses(now=now)
    summary.log_ins_forgotten = forget_old_log_ins(now=now)
    summary.incident_clues_forgotten = incident_clues_forget(now=now)
    return summary

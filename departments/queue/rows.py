"""What each row of the queue shows, formatted in Python (the list redraws every few seconds
for every officer), the filter bar's controls, and the department staff's SLA groups."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from django.urls import reverse
from django.utils import formats
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from departments.incidents.models import IncidentMember, IncidentStatus
from departments.models import Case
from departments.queue.filters import STATUS_LABELS, QueueFilterSet
from departments.sla import running_due_at, sla_badges
from listening.models import EngagementSnapshot, Platform
from smartgov.city_clock import local_time

# Labels looked up once: a model's get_<field>_display() rebuilds a dict of all its choices on
# every call, about 3 ms of the 17 ms that drawing the queue's 50 rows took (the status label
# was computed that way even when STATUS_LABELS had it).
PLATFORM_LABELS = dict(Platform.choices)


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
    language_label: str
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
    due_at: datetime | None = None
    # The open incident the case is part of (departments.incidents), as a link on the row.
    incident_title: str = ""
    incident_url: str = ""
    # Set on the first row of each SLA group in the department staff's list.
    group: str = ""
    group_label: str = ""


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
    """What each row shows, including the SLA badge, the engagement so far (the post's latest
    snapshot) and the open incident the case is part of. Three queries for the whole page, none
    per row."""
    latest = {
        snapshot.post_id: snapshot
        for snapshot in EngagementSnapshot.objects.filter(
            post_id__in=[case.post_id for case in cases]
        )
        .order_by("post_id", "-taken_at")
        .distinct("post_id")
    }
    incidents = {
        case_id: (incident_id, title)
        for case_id, incident_id, title in IncidentMember.objects.filter(
            case_id__in=[case.id for case in cases], incident__status=IncidentStatus.OPEN
        ).values_list("case_id", "incident_id", "incident__title")
    }
    rows = []
    for case, badge in zip(cases, sla_badges(cases, now=now), strict=True):
        incident_id, incident_title = incidents.get(case.id, (None, ""))
        post = case.post
        language = case.reply_language
        assignee = case.assignee
        rows.append(
            QueueRow(
                id=case.id,
                url=reverse("departments:case_detail", args=[case.id]),
                platform=post.platform,
                platform_label=str(PLATFORM_LABELS.get(post.platform, post.platform)),
                author=post.author_label,
                account=post.account.handle,
                created_iso=case.created_at.isoformat(),
                created_label=formats.date_format(local_time(case.created_at), "j M H:i"),
                language=language,
                language_label=language.upper() if language else "?",
                text=Truncator(post.text).chars(180),
                department=case.department.name if case.department else "",
                confidence=formats.number_format(case.routing_confidence, 2)
                if case.department and case.routing_confidence is not None
                else "",
                topics=[topic.name for topic in case.topics.all()],
                status_label=str(STATUS_LABELS.get(case.status) or case.get_status_display()),
                assignee=(assignee.get_full_name() or assignee.username) if assignee else "",
                engagement=_engagement_text(latest.get(case.post_id)),
                sla_state=badge.state,
                sla_label=badge.label,
                select_label=_("Select case %(id)s from %(author)s")
                % {"id": case.id, "author": post.author_label},
                due_at=running_due_at(case),
                incident_title=incident_title,
                incident_url=reverse("departments:incident_detail", args=[incident_id])
                if incident_id
                else "",
            )
        )
    return rows


# Department staff see their cases grouped by SLA state, most urgent first (UI.md).
OVERDUE_GROUP = "overdue"
TODAY_GROUP = "today"
LATER_GROUP = "later"


def _sla_group(due: datetime | None, now: datetime) -> str:
    """Overdue, due today (the city's calendar day), or later (including no deadline). In the
    urgent sort the groups follow one another, so a heading goes above each group's first row."""
    if due is None:
        return LATER_GROUP
    if due <= now:
        return OVERDUE_GROUP
    if local_time(due).date() == local_time(now).date():
        return TODAY_GROUP
    return LATER_GROUP


def _grouped(rows: list[QueueRow], now: datetime, previous: str | None) -> list[QueueRow]:
    """The rows with a heading on each group's first one. `previous` is the group the page
    before ended with (a "more" page continues it without a second heading)."""
    labels = {
        OVERDUE_GROUP: _("Overdue"),
        TODAY_GROUP: _("Due today"),
        LATER_GROUP: _("Later"),
    }
    grouped = []
    for row in rows:
        group = _sla_group(row.due_at, now)
        if group != previous:
            row = replace(row, group=group, group_label=labels[group])
            previous = group
        grouped.append(row)
    return grouped

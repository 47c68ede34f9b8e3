"""What each row of the queue shows, formatted in Python (the list redraws every few seconds
for every officer), the filter bar's controls, and the department staff's SLA groups."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from datetime import datetime

from django.urls import reverse
from django.utils import formats
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from departments.incidents.models import IncidentMember, IncidentStatus
from departments.incidents.selectors import incidents_growth
from departments.models import Case
from departments.queue.filters import STATUS_LABELS, QueueFilterSet
from departments.sla import SlaState, running_due_at, sla_badges
from listening.models import EngagementSnapshot, Platform
from smartgov.city_clock import local_time

# Labels looked up once: a model's get_<field>_display() rebuilds a dict of all its choices on
# every call, about 3 ms of the 17 ms that drawing the queue's 50 rows took (the status label
# was computed that way even when STATUS_LABELS had it).
PLATFORM_LABELS = dict(Platform.choices)


@dataclass(frozen=True)
class IncidentFold:
    """One row for an incident's cases on this page of the list: they are one job, and the
    officer opens them when needed (the incident's page answers them all at once)."""

    id: int
    title: str
    url: str
    posts_label: str  # all its posts, not just those on this page
    growth_label: str
    here_label: str
    sla_state: str  # the most urgent of its rows here
    sla_label: str
    hide_label: str


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
    incident_id: int | None = None
    incident_title: str = ""
    incident_posts: int = 0  # all its posts, on this page or not
    incident_url: str = ""
    # Rows of one incident are folded under one row for it (IncidentFold), on the first's place.
    fold: IncidentFold | None = None
    folded: bool = False
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
        case_id: (incident_id, title, posts)
        for case_id, incident_id, title, posts in IncidentMember.objects.filter(
            case_id__in=[case.id for case in cases], incident__status=IncidentStatus.OPEN
        ).values_list("case_id", "incident_id", "incident__title", "incident__case_count")
    }
    rows = []
    for case, badge in zip(cases, sla_badges(cases, now=now), strict=True):
        incident_id, incident_title, incident_posts = incidents.get(case.id, (None, "", 0))
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
                incident_id=incident_id,
                incident_title=incident_title,
                incident_posts=incident_posts,
                incident_url=reverse("departments:incident_detail", args=[incident_id])
                if incident_id
                else "",
            )
        )
    return rows


# The SLA badges, most urgent first.
SLA_URGENCY = (SlaState.OVERDUE, SlaState.DUE_SOON, SlaState.OK, SlaState.MET, SlaState.NONE)


def _folded(rows: list[QueueRow]) -> list[QueueRow]:
    """Rows of one open incident, when two or more are on the page, folded under one row for
    the incident at the place of its first: its title, all its posts and their growth, and the
    most urgent SLA badge among them. The rows stay in the list, together under it and hidden
    until unfolded. In the department staff's SLA groups, each group folds its own rows."""
    counts = Counter(row.incident_id for row in rows if row.incident_id is not None)
    if not any(count > 1 for count in counts.values()):
        return rows
    growth = incidents_growth([key for key, count in counts.items() if count > 1])
    folded: list[QueueRow] = []
    for segment in _sla_segments(rows):
        members: dict[int, list[QueueRow]] = {}
        for row in segment:
            if row.incident_id is not None:
                members.setdefault(row.incident_id, []).append(row)
        placed: list[QueueRow] = []
        for row in segment:
            group = members.get(row.incident_id, [row])
            if len(group) == 1:
                placed.append(row)
            elif row is group[0]:
                fold = _fold(group, growth)
                placed.append(replace(group[0], fold=fold, folded=True, group="", group_label=""))
                placed.extend(
                    replace(member, folded=True, group="", group_label="") for member in group[1:]
                )
        # The group's heading goes above whatever now comes first.
        placed[0] = replace(placed[0], group=segment[0].group, group_label=segment[0].group_label)
        folded.extend(placed)
    return folded


def _sla_segments(rows: list[QueueRow]) -> list[list[QueueRow]]:
    segments: list[list[QueueRow]] = []
    for row in rows:
        if row.group_label or not segments:
            segments.append([])
        segments[-1].append(row)
    return segments


def _fold(group: list[QueueRow], growth: dict[int, int]) -> IncidentFold:
    first = group[0]
    urgent = min(group, key=lambda row: _urgency(row.sla_state))
    posts, new = first.incident_posts, growth.get(first.incident_id, 0)
    return IncidentFold(
        id=first.incident_id,
        title=first.incident_title,
        url=first.incident_url,
        posts_label=ngettext("%(count)s post", "%(count)s posts", posts) % {"count": posts},
        growth_label=_("+%(posts)s in the last hour") % {"posts": new} if new else "",
        here_label=ngettext(
            "Show its %(count)s post on this page",
            "Show its %(count)s posts on this page",
            len(group),
        )
        % {"count": len(group)},
        hide_label=_("Hide its posts"),
        sla_state=urgent.sla_state,
        sla_label=urgent.sla_label,
    )


def _urgency(state: str) -> int:
    return SLA_URGENCY.index(state) if state in SLA_URGENCY else len(SLA_URGENCY)


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

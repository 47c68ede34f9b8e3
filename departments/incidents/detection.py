"""Incident detection on the database: the route queue's step after routing. Each batch reads the
recent cases' clues, lets the detector (detector.py) place the new posts, and writes back the
incidents that formed or grew.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Count, Max, Min
from django.utils.translation import gettext

from departments.incidents.clues import ATTACHED_KINDS, Clues, clues_of, word_rarity
from departments.incidents.detector import DetectorSettings, Group, IncidentDetector, Sighting
from departments.incidents.models import (
    Incident,
    IncidentClue,
    IncidentEvent,
    IncidentMember,
    IncidentStatus,
)
from departments.models import Case, Department, Topic
from smartgov import clock

# One detection at a time: two workers placing posts at once could each start an incident for
# the same burst. pg_advisory_xact_lock's key, any number no other lock of the project uses.
DETECTION_LOCK = 7_190_019


@dataclass(frozen=True)
class Detected:
    """What a batch did: the incidents it started and those it added cases to."""

    started: list[int]
    grown: list[int]
    cases_grouped: int


def detector_settings() -> DetectorSettings:
    return DetectorSettings(**getattr(settings, "INCIDENT_DETECTOR", {}))


def clues_as_json(clues: Clues) -> dict:
    return {
        "places": sorted(clues.places),
        "lines": sorted(clues.lines),
        "words": sorted(clues.words),
        "names": sorted(clues.names),
    }


def clues_from_json(data: dict) -> Clues:
    return Clues(
        places=frozenset(data.get("places", ())),
        lines=frozenset(data.get("lines", ())),
        words=frozenset(data.get("words", ())),
        names=frozenset(data.get("names", ())),
    )


def cases_waiting_for_detection(*, limit: int) -> list[int]:
    """Routed cases that detection has not seen (its task was lost after routing), from the
    hours in which they could still join an incident."""
    since = clock.now() - timedelta(hours=detector_settings().max_gap_hours)
    return list(
        Case.objects.filter(
            routing_confidence__isnull=False,
            incident_clue__isnull=True,
            merged_into__isnull=True,
            created_at__gte=since,
        )
        .order_by("id")
        .values_list("id", flat=True)[:limit]
    )


def incidents_detect(*, case_ids: list[int]) -> Detected:
    """Place the given cases (newly routed) among the recent ones. A case already placed is
    left alone, so a repeated task changes nothing."""
    cases = list(
        Case.objects.filter(id__in=case_ids, incident_clue__isnull=True, merged_into__isnull=True)
        .select_related("post", "department")
        .order_by("created_at", "id")
    )
    if not cases:
        return Detected([], [], 0)
    tuning = detector_settings()
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [DETECTION_LOCK])
        detector = _recent_groups(
            IncidentDetector(rarity=word_rarity(), settings=tuning),
            since=cases[0].created_at - timedelta(hours=tuning.max_gap_hours),
            until=cases[-1].created_at + timedelta(hours=tuning.hot_hours),
            excluding=[case.id for case in cases],
        )
        before = {key: set(group.members) for key, group in detector.groups.items()}
        absorbed: dict[int, int] = {}  # group key -> the key of the group it was merged into
        clue_rows = []
        for case in cases:
            clues = clues_of(case.post.text, case.post.language or case.language)
            department = case.department.slug if case.department else ""
            clue_rows.append(
                IncidentClue(
                    case=case,
                    posted_at=case.created_at,
                    department_slug=department,
                    clues=clues_as_json(clues),
                )
            )
            sighting = Sighting(
                case.id,
                case.created_at.timestamp(),
                department or None,
                clues,
                case.post.account_id,
            )
            group, merged = detector.place(sighting, new_key=-case.id)
            for other in merged:
                absorbed[other.key] = group.key
        IncidentClue.objects.bulk_create(clue_rows, ignore_conflicts=True)
        return _incidents_write(detector, before, absorbed)


def _incidents_write(detector: IncidentDetector, before: dict, absorbed: dict) -> Detected:
    """Store what the batch changed: new incidents, cases added to incidents, and incidents
    that a post showed to be one (merged, as an officer's merge does, by nobody)."""
    started, grown, grouped = [], [], 0
    for group in detector.groups.values():
        new_members = [m for m in group.members if m not in before.get(group.key, set())]
        if not new_members or len(group.members) < 2:
            continue
        if group.key > 0:
            _incident_grow(group.key, new_members)
            grown.append(group.key)
        else:
            incident = _incident_start(group)
            started.append(incident.pk)
            group.key = incident.pk
        grouped += len(new_members)
    for old_key, survivor_key in absorbed.items():
        if old_key > 0:
            survivor = detector.groups.get(survivor_key)
            into = survivor.key if survivor else survivor_key
            Incident.objects.filter(pk=old_key).update(
                status=IncidentStatus.MERGED, merged_into_id=into, case_count=0
            )
            IncidentEvent.objects.create(
                incident_id=old_key, kind=IncidentEvent.Kind.MERGED, details={"into": into}
            )
    return Detected(started, grown, grouped)


def _recent_groups(detector, *, since, until, excluding) -> IncidentDetector:
    """The detector with the groups of the cases posted between `since` and `until`: an open
    incident's cases as its group, every other case alone."""
    rows = (
        IncidentClue.objects.filter(posted_at__gte=since, posted_at__lte=until, kept_alone=False)
        .exclude(case_id__in=excluding)
        .values_list(
            "case_id",
            "posted_at",
            "department_slug",
            "clues",
            "case__incident_member__incident_id",
            "case__incident_member__incident__status",
            "case__post__account_id",
        )
        .order_by("posted_at", "case_id")
    )
    for case_id, posted_at, department, clues, incident_id, status, account in rows:
        if incident_id is not None and status != IncidentStatus.OPEN:
            continue  # resolved, merged or dissolved: no longer takes posts
        key = incident_id if incident_id is not None else -case_id
        at = posted_at.timestamp()
        group = detector.groups.get(key) or detector.group_new(at=at, key=key)
        detector.join(
            group, Sighting(case_id, at, department or None, clues_from_json(clues), account)
        )
    return detector


def _incident_start(group: Group) -> Incident:
    cases = list(Case.objects.filter(id__in=group.members).order_by("created_at"))
    department = (
        Department.objects.filter(slug=group.department).first() if group.department else None
    )
    incident = Incident.objects.create(
        title=group_title(group, group.members),
        department=department,
        place=place_label(group),
        case_count=len(cases),
        first_post_at=cases[0].created_at,
        last_post_at=cases[-1].created_at,
    )
    _members_set(incident.pk, group.members)
    IncidentEvent.objects.create(
        incident=incident, kind=IncidentEvent.Kind.DETECTED, details={"cases": group.members}
    )
    return incident


def _incident_grow(incident_id: int, case_ids: list[int]) -> None:
    _members_set(incident_id, case_ids)
    cases = Case.objects.filter(incident_member__incident_id=incident_id)
    figures = cases.aggregate(first=Min("created_at"), last=Max("created_at"), count=Count("id"))
    Incident.objects.filter(pk=incident_id).update(
        case_count=figures["count"], first_post_at=figures["first"], last_post_at=figures["last"]
    )


def _members_set(incident_id: int, case_ids: list[int]) -> None:
    """The cases belong to the incident: moved from the one that held them, if any."""
    IncidentMember.objects.filter(case_id__in=case_ids).exclude(incident_id=incident_id).update(
        incident_id=incident_id
    )
    IncidentMember.objects.bulk_create(
        [IncidentMember(case_id=case_id, incident_id=incident_id) for case_id in case_ids],
        ignore_conflicts=True,
    )


def place_label(group: Group) -> str:
    """The place most of the group's posts name, as residents write it ("Vondellaan",
    "Oxford Rd"), or else its line ("line 12")."""
    if group.places:
        name, kind = group.places.most_common(1)[0][0].split("|", 1)
        if kind in ATTACHED_KINDS:
            return f"{name.capitalize()}{kind}"
        return f"{name.capitalize()} {kind.capitalize()}"
    if group.lines:
        return f"line {group.lines.most_common(1)[0][0]}"
    return ""


def group_title(group: Group, case_ids: list[int]) -> str:
    """A working title an officer can change: the topic most of the posts have and the place
    ("Traffic lights, Vondellaan"). Never the residents' own words: a title outlives the
    retention and erasure of their texts."""
    topic = (
        Topic.objects.filter(cases__in=case_ids)
        .annotate(posts=Count("cases"))
        .order_by("-posts", "name")
        .values_list("name", flat=True)
        .first()
    )
    department = Department.objects.filter(slug=group.department or "").first()
    parts = [topic or (department.name if department else gettext("Incident")), place_label(group)]
    return ", ".join(part for part in parts if part)

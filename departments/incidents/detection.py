"""Incident detection on the database: the route queue's step after routing. Each batch reads the
recent cases' clues, lets the detector (detector.py) place the new posts, and writes back the
incidents that formed or grew.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from datetime import timedelta

from django.conf import settings
from django.db import connection, transaction
from django.db.models import F
from django.utils.translation import gettext

from departments.incidents.clues import ATTACHED_KINDS, Clues, clues_of, word_rarity
from departments.incidents.detector import DetectorSettings, Group, IncidentDetector, Sighting
from departments.incidents.models import (
    Incident,
    IncidentClue,
    IncidentDetectionVersion,
    IncidentEvent,
    IncidentMember,
    IncidentStatus,
)
from departments.incidents.spikes import spikes_check
from departments.models import Case, Department
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


# How far officers' corrections move the thresholds, at most, and over which period they count.
LEARNED_SHIFT_MAX = 0.15
LEARNED_SHIFT_PER_CORRECTION = 0.01
CORRECTIONS_WINDOW = timedelta(days=90)


def detector_settings() -> DetectorSettings:
    """The city's settings (INCIDENT_DETECTOR), moved by what officers corrected: each post they
    split out or incident they dissolved (the detector joined too much) raises the thresholds a
    little, each merge of two incidents (it joined too little) lowers them, within bounds. As
    re-routes teach the router, so corrections teach the grouping."""
    base = DetectorSettings(**getattr(settings, "INCIDENT_DETECTOR", {}))
    shift = learned_threshold_shift()
    if not shift:
        return base
    return replace(
        base,
        threshold=max(0.0, base.threshold + shift),
        pair_threshold=max(0.0, base.pair_threshold + shift),
    )


def learned_threshold_shift() -> float:
    since = clock.now() - CORRECTIONS_WINDOW
    corrections = IncidentEvent.objects.filter(
        actor__isnull=False, created_at__gte=since, kind__in=("split", "dissolved", "merged")
    ).values_list("kind", "details")
    too_much = too_little = 0
    for kind, details in corrections:
        if kind == "merged":
            too_little += 1
        else:
            too_much += len(details.get("cases", ())) if kind == "split" else 1
    # An officer's merge writes an event on both incidents: one correction.
    shift = LEARNED_SHIFT_PER_CORRECTION * (too_much - too_little / 2)
    return max(-LEARNED_SHIFT_MAX, min(LEARNED_SHIFT_MAX, shift))


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


# The groups a route worker placed posts among in its last batch, kept for the next one: read
# from the database again only when someone else changed incidents since (the version row), or
# when a batch reaches back further than what it holds. Rebuilding them from every recent case's
# clues for each batch grew with the day's volume and took the worker's core under load.
_kept: dict = {}


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
    since = cases[0].created_at - timedelta(hours=tuning.max_gap_hours)
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [DETECTION_LOCK])
        version = _version()
        kept = _kept.copy()
        _kept.clear()  # a batch that fails leaves nothing half-changed behind
        if (
            kept.get("version") == version
            and kept.get("settings") == tuning
            and kept["since"] <= since
        ):
            detector = kept["detector"]
            detector.close_older_than(cases[0].created_at.timestamp())
        else:
            detector = _recent_groups(
                IncidentDetector(rarity=word_rarity(), settings=tuning),
                since=since,
                until=cases[-1].created_at + timedelta(hours=tuning.hot_hours),
                excluding=[case.id for case in cases],
            )
        detected = _place(detector, cases)
        spikes_check(incident_ids=[*detected.started, *detected.grown])
        version = _version(bump=True)
        keep = {"version": version, "settings": tuning, "since": since, "detector": detector}
        transaction.on_commit(lambda: _kept.update(keep))
        return detected


def _version(*, bump: bool = False) -> tuple[str, int]:
    row, _ = IncidentDetectionVersion.objects.get_or_create(pk=1)
    if bump:
        IncidentDetectionVersion.objects.filter(pk=1).update(version=F("version") + 1)
        return str(row.token), row.version + 1
    return str(row.token), row.version


def incidents_changed() -> None:
    """Officers changed incidents: route workers read the groups from the database again."""
    IncidentDetectionVersion.objects.get_or_create(pk=1)
    IncidentDetectionVersion.objects.filter(pk=1).update(version=F("version") + 1)


def _place(detector: IncidentDetector, cases: list[Case]) -> Detected:
    batch = {case.id for case in cases}
    touched: dict[int, Group] = {}
    # The posts of groups merged into another, by its key; a merged stored incident is
    # marked by its id, negated.
    moved_in: dict[int, set[int]] = {}
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
            case.id, case.created_at.timestamp(), department or None, clues, case.post.account_id
        )
        group, merged = detector.place(sighting, new_key=-case.id)
        touched[group.key] = group
        came = moved_in.setdefault(group.key, set())
        for other in merged:
            touched.pop(other.key, None)
            came.update(other.members)
            came |= moved_in.pop(other.key, set())
            if other.key > 0:
                came.add(-other.key)
    IncidentClue.objects.bulk_create(clue_rows, ignore_conflicts=True)
    return _incidents_write(detector, touched, moved_in, batch)


def _incidents_write(
    detector: IncidentDetector, touched: dict, moved_in: dict, batch: set[int]
) -> Detected:
    """Store what the batch changed, in a few statements whatever the number of incidents:
    new incidents, cases added to incidents, and incidents that a post showed to be one
    (merged, as an officer's merge does, by nobody)."""
    starting, growing, grouped = [], [], 0
    new_members: dict[int, list[int]] = {}
    merged_away: dict[int, int] = {}  # incident -> the key of the group it went into
    for key, group in touched.items():
        if len(group.members) < 2:
            continue
        came = moved_in.get(key, set())
        for marker in [m for m in came if m < 0]:
            merged_away[-marker] = key
        arrived = [m for m in group.members if m in batch or m in came]
        if key > 0:
            growing.append(group)
            new_members[key] = arrived
            grouped += len(arrived)
        else:
            starting.append(group)
            grouped += len(group.members)
    started = _incidents_start(starting)
    for group, incident_id in zip(starting, started, strict=True):
        old_key = group.key
        detector.rekey(old_key, incident_id)
        new_members[incident_id] = list(group.members)
        for incident, into in list(merged_away.items()):
            if into == old_key:
                merged_away[incident] = incident_id
    _members_set(new_members)
    incidents_counts_refresh(list(new_members))
    for incident, into in merged_away.items():
        Incident.objects.filter(pk=incident).update(
            status=IncidentStatus.MERGED, merged_into_id=into, case_count=0
        )
    IncidentEvent.objects.bulk_create(
        [
            IncidentEvent(
                incident_id=incident, kind=IncidentEvent.Kind.MERGED, details={"into": into}
            )
            for incident, into in merged_away.items()
        ]
    )
    return Detected(started, [group.key for group in growing], grouped)


def _recent_groups(detector, *, since, until, excluding) -> IncidentDetector:
    """The detector with the groups of the cases posted between `since` and `until`: an open
    incident's cases as its group (its earlier cases too, whatever their age: a straggler the
    next morning is compared with the whole incident), every other case alone."""
    columns = (
        "case_id",
        "posted_at",
        "department_slug",
        "clues",
        "case__incident_member__incident_id",
        "case__incident_member__incident__status",
        "case__post__account_id",
    )
    recent = list(
        IncidentClue.objects.filter(posted_at__gte=since, posted_at__lte=until, kept_alone=False)
        .exclude(case_id__in=excluding)
        .values_list(*columns)
    )
    incidents = {row[4] for row in recent if row[4] is not None and row[5] == IncidentStatus.OPEN}
    earlier = list(
        IncidentClue.objects.filter(
            posted_at__lt=since, case__incident_member__incident_id__in=incidents
        ).values_list(*columns)
    )
    rows = sorted(earlier + recent, key=lambda row: (row[1], row[0]))
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


def _incidents_start(groups: list[Group]) -> list[int]:
    if not groups:
        return []
    every_case = [case_id for group in groups for case_id in group.members]
    posted = dict(Case.objects.filter(id__in=every_case).values_list("id", "created_at"))
    departments = {department.slug: department for department in Department.objects.all()}
    topic_counts: dict[int, Counter] = {}
    case_topics = Case.topics.through.objects.filter(case_id__in=every_case)
    for case_id, topic in case_topics.values_list("case_id", "topic__name"):
        topic_counts.setdefault(case_id, Counter())[topic] += 1
    incidents = Incident.objects.bulk_create(
        [
            Incident(
                title=group_title(group, topic_counts, departments.get(group.department or "")),
                department=departments.get(group.department or ""),
                place=place_label(group),
                case_count=len(group.members),
                first_post_at=min(posted[case_id] for case_id in group.members),
                last_post_at=max(posted[case_id] for case_id in group.members),
            )
            for group in groups
        ]
    )
    IncidentEvent.objects.bulk_create(
        [
            IncidentEvent(
                incident=incident,
                kind=IncidentEvent.Kind.DETECTED,
                details={"cases": group.members},
            )
            for incident, group in zip(incidents, groups, strict=True)
        ]
    )
    return [incident.pk for incident in incidents]


def _members_set(members: dict[int, list[int]]) -> None:
    """Each case belongs to its incident: moved from the one that held it, if any."""
    incident_of = {case_id: incident for incident, cases in members.items() for case_id in cases}
    if not incident_of:
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE departments_incidentmember AS m SET incident_id = v.incident "
            "FROM unnest(%s::bigint[], %s::bigint[]) AS v(case_id, incident) "
            "WHERE m.case_id = v.case_id AND m.incident_id <> v.incident",
            [list(incident_of), list(incident_of.values())],
        )
    now = clock.now()
    IncidentMember.objects.bulk_create(
        [
            IncidentMember(case_id=case_id, incident_id=incident, joined_at=now)
            for case_id, incident in incident_of.items()
        ],
        ignore_conflicts=True,
    )


def incidents_counts_refresh(incident_ids: list[int]) -> None:
    """Count and first and last post of each incident, from its members as they are now."""
    if not incident_ids:
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE departments_incident AS i SET case_count = f.count, "
            "first_post_at = f.first, last_post_at = f.last "
            "FROM (SELECT m.incident_id, count(*) AS count, min(c.created_at) AS first, "
            "max(c.created_at) AS last FROM departments_incidentmember m "
            "JOIN departments_case c ON c.id = m.case_id WHERE m.incident_id = ANY(%s) "
            "GROUP BY m.incident_id) AS f WHERE i.id = f.incident_id",
            [incident_ids],
        )


def place_label(group: Group) -> str:
    """What most of the group's posts name: a place as residents write it ("Vondellaan",
    "Oxford Rd"), or a line ("line 12")."""
    place = group.places.most_common(1)[0] if group.places else None
    line = group.lines.most_common(1)[0] if group.lines else None
    if line and (place is None or line[1] > place[1]):
        return gettext("line %(line)s") % {"line": line[0]}
    if place:
        name, kind = place[0].split("|", 1)
        if kind in ATTACHED_KINDS:
            return f"{name.capitalize()}{kind}"
        return f"{name.capitalize()} {kind.capitalize()}"
    return ""


def group_title(group: Group, topic_counts: dict[int, Counter], department) -> str:
    """A working title an officer can change: the topic most of the posts have and the place
    ("Traffic lights, Vondellaan"). Never the residents' own words: a title outlives the
    retention and erasure of their texts."""
    topics: Counter = Counter()
    for case_id in group.members:
        topics.update(topic_counts.get(case_id, {}))
    topic = min(topics, key=lambda name: (-topics[name], name)) if topics else None
    parts = [topic or (department.name if department else gettext("Incident")), place_label(group)]
    return ", ".join(part for part in parts if part)

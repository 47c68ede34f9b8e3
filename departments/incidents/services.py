"""What officers do to incidents: merge two, split posts out, dissolve a wrong one, rename,
resolve. Cases are never deleted or changed by these: only which incident holds them. Every
change is an IncidentEvent, and a post split out or dissolved is marked so that detection never
groups it again (what the office corrected stays corrected)."""

from __future__ import annotations

from django.db import transaction

from departments.incidents.detection import incidents_changed, incidents_counts_refresh
from departments.incidents.models import (
    Incident,
    IncidentClue,
    IncidentEvent,
    IncidentMember,
    IncidentStatus,
)
from smartgov import clock


class IncidentChangeRefused(ValueError):
    """The change cannot be made; the message says why, for the officer."""


def _ensure_open(*incidents: Incident) -> None:
    for incident in incidents:
        if incident.status != IncidentStatus.OPEN:
            raise IncidentChangeRefused(
                f"“{incident.title}” is {incident.get_status_display().lower()}: "
                "only open incidents can be changed."
            )


def incident_counts_refresh(incident: Incident) -> Incident:
    """Count and first and last post from the members as they are now (as detection counts)."""
    incidents_counts_refresh([incident.pk])
    incident.refresh_from_db(fields=["case_count", "first_post_at", "last_post_at"])
    return incident


@transaction.atomic
def incident_merge(*, incident: Incident, into: Incident, by) -> Incident:
    """All of `incident`'s cases join `into`; `incident` stays, marked as merged, as the
    record of what happened."""
    incidents_changed()
    if incident.pk == into.pk:
        raise IncidentChangeRefused("An incident cannot be merged into itself.")
    incident = Incident.objects.select_for_update().get(pk=incident.pk)
    into = Incident.objects.select_for_update().get(pk=into.pk)
    _ensure_open(incident, into)
    moved = list(incident.members.values_list("case_id", flat=True))
    incident.members.update(incident=into)
    incident.status, incident.merged_into, incident.case_count = IncidentStatus.MERGED, into, 0
    incident.save(update_fields=["status", "merged_into", "case_count"])
    incident_counts_refresh(into)
    details = {"from": incident.pk, "into": into.pk, "cases": moved}
    IncidentEvent.objects.create(incident=incident, actor=by, kind="merged", details=details)
    IncidentEvent.objects.create(incident=into, actor=by, kind="merged", details=details)
    return into


@transaction.atomic
def incident_split(
    *, incident: Incident, case_ids: list[int], by, together: bool
) -> Incident | None:
    """Take the given cases out of the incident: each alone, never grouped again by detection
    (`together` false), or as a new incident of their own (`together` true, two or more)."""
    incidents_changed()
    incident = Incident.objects.select_for_update().get(pk=incident.pk)
    _ensure_open(incident)
    members = IncidentMember.objects.filter(incident=incident, case_id__in=case_ids)
    taken = sorted(members.values_list("case_id", flat=True))
    if not taken:
        raise IncidentChangeRefused("None of the chosen posts is in this incident.")
    if together and len(taken) < 2:
        raise IncidentChangeRefused("A new incident needs two posts or more.")
    if len(taken) == incident.members.count():
        raise IncidentChangeRefused("That is every post of the incident: dissolve it instead.")
    new_incident = None
    if together:
        new_incident = Incident.objects.create(
            title=incident.title,
            department=incident.department,
            place=incident.place,
            first_post_at=incident.first_post_at,
            last_post_at=incident.last_post_at,
        )
        members.update(incident=new_incident, added_by=by)
        incident_counts_refresh(new_incident)
        IncidentEvent.objects.create(
            incident=new_incident,
            actor=by,
            kind="split",
            details={"from": incident.pk, "cases": taken},
        )
    else:
        members.delete()
        IncidentClue.objects.filter(case_id__in=taken).update(kept_alone=True)
    incident_counts_refresh(incident)
    IncidentEvent.objects.create(
        incident=incident,
        actor=by,
        kind="split",
        details={"cases": taken, "into": new_incident.pk if new_incident else None},
    )
    return new_incident


@transaction.atomic
def incident_dissolve(*, incident: Incident, by) -> Incident:
    """A wrong grouping: every case is on its own again, and detection leaves them so."""
    incidents_changed()
    incident = Incident.objects.select_for_update().get(pk=incident.pk)
    _ensure_open(incident)
    released = list(incident.members.values_list("case_id", flat=True))
    incident.members.all().delete()
    IncidentClue.objects.filter(case_id__in=released).update(kept_alone=True)
    incident.status, incident.case_count = IncidentStatus.DISSOLVED, 0
    incident.save(update_fields=["status", "case_count"])
    IncidentEvent.objects.create(
        incident=incident, actor=by, kind="dissolved", details={"cases": released}
    )
    return incident


@transaction.atomic
def incident_rename(*, incident: Incident, title: str, by) -> Incident:
    title = " ".join(title.split())
    if not title:
        raise IncidentChangeRefused("The title cannot be empty.")
    old = incident.title
    incident.title = title[:200]
    incident.save(update_fields=["title"])
    IncidentEvent.objects.create(
        incident=incident, actor=by, kind="renamed", details={"old": old, "new": incident.title}
    )
    return incident


@transaction.atomic
def incident_resolve(*, incident: Incident, by) -> Incident:
    """The thing is fixed: the incident takes no new posts (a new failure is a new incident)."""
    incidents_changed()
    _ensure_open(incident)
    incident.status = IncidentStatus.RESOLVED
    incident.save(update_fields=["status"])
    IncidentEvent.objects.create(
        incident=incident, actor=by, kind="resolved", details={"at": clock.now().isoformat()}
    )
    return incident

"""Reading incidents, scoped as cases are: officers and managers see every incident, department
staff those of their own departments."""

from __future__ import annotations

from datetime import timedelta

from django.db.models import Count, QuerySet

from departments.incidents.models import Incident, IncidentMember, IncidentStatus
from departments.roles import sees_all_cases
from smartgov import clock

# "Growth": posts in the last hour, what tells an officer an incident is still spreading.
GROWTH_WINDOW = timedelta(hours=1)


def incidents_visible_to(user) -> QuerySet[Incident]:
    incidents = Incident.objects.select_related("department")
    if sees_all_cases(user):
        return incidents
    return incidents.filter(department__members=user)


def open_incidents_for(user, *, limit: int | None = None) -> list[Incident]:
    """Open incidents, the most recently active first, each with `growth`: the latest first
    (an index), then the growth of those alone (the queue shows five of possibly many)."""
    open_ones = incidents_visible_to(user).filter(status=IncidentStatus.OPEN)
    open_ones = open_ones.order_by("-last_post_at")
    incidents = list(open_ones[:limit] if limit else open_ones)
    growth = incidents_growth([incident.pk for incident in incidents])
    for incident in incidents:
        incident.growth = growth.get(incident.pk, 0)
    return incidents


def incidents_growth(incident_ids: list[int]) -> dict[int, int]:
    """Each incident's posts of the last hour (GROWTH_WINDOW); incidents with none left out."""
    since = clock.now() - GROWTH_WINDOW
    return dict(
        IncidentMember.objects.filter(incident__in=incident_ids, case__created_at__gte=since)
        .values("incident")
        .annotate(posts=Count("id"))
        .values_list("incident", "posts")
    )


def incident_cases(incident: Incident):
    from departments.models import Case

    return (
        Case.objects.filter(incident_member__incident=incident)
        .select_related("post", "department")
        .order_by("created_at", "id")
    )

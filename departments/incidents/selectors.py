"""Reading incidents, scoped as cases are: officers and managers see every incident, department
staff those of their own departments."""

from __future__ import annotations

from datetime import timedelta

from django.db.models import Count, Q, QuerySet

from departments.incidents.models import Incident, IncidentStatus
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
    """Open incidents, the most recently active first, each with `growth`."""
    since = clock.now() - GROWTH_WINDOW
    incidents = (
        incidents_visible_to(user)
        .filter(status=IncidentStatus.OPEN)
        .annotate(growth=Count("members", filter=Q(members__case__created_at__gte=since)))
        .order_by("-last_post_at")
    )
    return list(incidents[:limit] if limit else incidents)


def incident_cases(incident: Incident):
    from departments.models import Case

    return (
        Case.objects.filter(incident_member__incident=incident)
        .select_related("post", "department")
        .order_by("created_at", "id")
    )

"""Spike alerts: an incident that gains settings.INCIDENT_SPIKE_POSTS posts within
settings.INCIDENT_SPIKE_MINUTES tells the communication officers, by e-mail (their notification
settings) and with a banner above the queue. Once per incident and threshold: a city that lowers
or raises the threshold hears again when the new one is crossed."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from departments.incidents.models import Incident, IncidentEvent, IncidentStatus
from departments.models import Case
from departments.notification_models import NotificationKind
from departments.notifications import notify
from departments.roles import OFFICERS
from smartgov import clock

# The banner above the queue shows spikes alerted this recently.
BANNER_HOURS = 2


def incident_url(incident_id: int) -> str:
    return f"{settings.SITE_URL.rstrip('/')}/incidents/{incident_id}/"


def spikes_check(*, incident_ids: list[int]) -> list[int]:
    """The incidents among these that crossed the threshold now (each alerted once)."""
    threshold = settings.INCIDENT_SPIKE_POSTS
    window = timedelta(minutes=settings.INCIDENT_SPIKE_MINUTES)
    alerted = []
    # Only incidents big enough, and not alerted at this threshold yet, are counted: a batch
    # that grows a large incident again costs two queries, not a count of its posts.
    candidates = Incident.objects.filter(
        pk__in=incident_ids, status=IncidentStatus.OPEN, case_count__gte=threshold
    )
    done = set(
        IncidentEvent.objects.filter(
            incident__in=candidates, kind=IncidentEvent.Kind.SPIKE, details__threshold=threshold
        ).values_list("incident_id", flat=True)
    )
    for incident in candidates.exclude(pk__in=done):
        recent = Case.objects.filter(
            incident_member__incident=incident,
            created_at__gte=incident.last_post_at - window,
            created_at__lte=incident.last_post_at,
        ).count()
        if recent >= threshold and _claim(incident, threshold, recent):
            alerted.append(incident.pk)
    return alerted


@transaction.atomic
def _claim(incident: Incident, threshold: int, recent: int) -> bool:
    locked = Incident.objects.select_for_update().get(pk=incident.pk)
    if locked.events.filter(kind=IncidentEvent.Kind.SPIKE, details__threshold=threshold).exists():
        return False
    locked.spike_alerted_at = clock.now()
    locked.save(update_fields=["spike_alerted_at"])
    IncidentEvent.objects.create(
        incident=locked,
        kind=IncidentEvent.Kind.SPIKE,
        details={"threshold": threshold, "posts": recent},
    )
    officers = (
        get_user_model()
        .objects.filter(Q(groups__name=OFFICERS) | Q(is_superuser=True), is_active=True)
        .distinct()
    )
    subject = _(
        "Fast-growing incident: %(title)s, %(posts)s posts in %(minutes)s minutes: %(url)s"
    ) % {
        "title": locked.title,
        "posts": recent,
        "minutes": settings.INCIDENT_SPIKE_MINUTES,
        "url": incident_url(locked.pk),
    }
    notify(
        users=officers,
        kind=NotificationKind.INCIDENT_SPIKE,
        case=None,
        key=f"incident-spike:{locked.pk}:{threshold}",
        subject=subject[:300],
    )
    return True


def spiking_incidents_for(user) -> list[Incident]:
    """Open incidents alerted in the last hours, for the banner above the queue."""
    from departments.incidents.selectors import incidents_visible_to

    since = clock.now() - timedelta(hours=BANNER_HOURS)
    return list(
        incidents_visible_to(user).filter(status=IncidentStatus.OPEN, spike_alerted_at__gte=since)
    )

"""Incidents: many residents' posts about one thing (registered through departments.models)."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from departments.models import Case, Department
from smartgov import clock


class IncidentStatus(models.TextChoices):
    OPEN = "open", _("Open")
    RESOLVED = "resolved", _("Resolved")
    MERGED = "merged", _("Merged into another")
    DISSOLVED = "dissolved", _("Dissolved")


class Incident(models.Model):
    """Posts about one outage, flood or stopped line, grouped by the detector
    (departments.incidents.detector) or by an officer. Each post keeps its own case; the
    incident is what the office answers once and what the department works as one job."""

    title = models.CharField(max_length=200)
    department = models.ForeignKey(
        Department, null=True, blank=True, on_delete=models.SET_NULL, related_name="incidents"
    )
    place = models.CharField(max_length=200, blank=True)
    status = models.CharField(
        max_length=16, choices=IncidentStatus.choices, default=IncidentStatus.OPEN
    )
    merged_into = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="merged_from"
    )
    case_count = models.PositiveIntegerField(default=0)
    first_post_at = models.DateTimeField()
    last_post_at = models.DateTimeField()
    created_at = models.DateTimeField(default=clock.now)
    # The first status message the city published, for "time to the first public message".
    first_message_at = models.DateTimeField(null=True, blank=True)
    # The highest spike threshold this incident has crossed: each alert is sent once.
    spike_alerted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-last_post_at"]
        indexes = [models.Index(fields=["status", "-last_post_at"], name="incident_status_last")]

    def __str__(self) -> str:
        return self.title


class IncidentMember(models.Model):
    """A case in an incident: at most one incident per case."""

    case = models.OneToOneField(Case, on_delete=models.CASCADE, related_name="incident_member")
    incident = models.ForeignKey(Incident, on_delete=models.CASCADE, related_name="members")
    joined_at = models.DateTimeField(default=clock.now)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Empty when the detector added it.",
    )

    def __str__(self) -> str:
        return f"case {self.case_id} in incident {self.incident_id}"


class IncidentClue(models.Model):
    """What the detector read of a recent case (departments.incidents.clues): kept while the
    case can still be grouped (settings.INCIDENT_CLUES_KEEP_HOURS), so that each batch compares
    new posts with the recent ones without reading their texts again. Holds word stems of the
    resident's text: deleted with the case, by erasure and after those hours."""

    case = models.OneToOneField(
        Case, primary_key=True, on_delete=models.CASCADE, related_name="incident_clue"
    )
    posted_at = models.DateTimeField(db_index=True)
    department_slug = models.CharField(max_length=64, blank=True)
    clues = models.JSONField()
    # Split out of an incident by an officer: the detector never groups it again.
    kept_alone = models.BooleanField(default=False)

    def __str__(self) -> str:
        return f"clues of case {self.case_id}"


class IncidentEvent(models.Model):
    """One change to an incident, with who made it: its history, and what officers' merges,
    splits and dissolutions teach the detector."""

    class Kind(models.TextChoices):
        DETECTED = "detected", _("Detected")
        MERGED = "merged", _("Merged")
        SPLIT = "split", _("Posts split out")
        DISSOLVED = "dissolved", _("Dissolved")
        RENAMED = "renamed", _("Renamed")
        MESSAGE = "message", _("Status message")
        SPIKE = "spike", _("Spike alert")
        RESOLVED = "resolved", _("Resolved")

    incident = models.ForeignKey(Incident, on_delete=models.CASCADE, related_name="events")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    kind = models.CharField(max_length=16, choices=Kind.choices)
    details = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=clock.now)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} on incident {self.incident_id}"


class IncidentMessage(models.Model):
    """One status message of the city about an incident ("we know, a crew is on its way"; "the
    lights work again"), sent to every resident of the incident as a reply on their own post,
    and posted on the city's accounts the officer chose, through the reply outbox: each
    resident gets each message once, each account posts it once."""

    class Kind(models.TextChoices):
        ACKNOWLEDGEMENT = "acknowledgement", _("We know and are on it")
        ANSWER = "answer", _("Solved or answered")

    incident = models.ForeignKey(Incident, on_delete=models.CASCADE, related_name="messages")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.ACKNOWLEDGEMENT)
    text = models.TextField()
    created_at = models.DateTimeField(default=clock.now)
    residents = models.PositiveIntegerField(default=0, help_text="Replies it made.")
    public_posts = models.PositiveIntegerField(
        default=0, db_default=0, help_text="Posts on the city's own timelines it made."
    )

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"message {self.pk} on incident {self.incident_id}"


class IncidentDetectionVersion(models.Model):
    """One row: bumped by every detection batch and every officer's change to incidents, so a
    route worker knows whether the groups it kept in memory since its last batch are still
    what the database holds (departments.incidents.detection)."""

    version = models.BigIntegerField(default=0)
    # A new row (a new database, a test's) is never mistaken for the one a worker remembers.
    token = models.UUIDField(default=uuid.uuid4)

    def __str__(self) -> str:
        return f"incident detection version {self.version}"

"""Notifications (departments.notifications): what each person wants to hear of, and each thing
to tell one person once."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from departments.models import Case
from smartgov import clock


class NotificationKind(models.TextChoices):
    CASE_ROUTED = "case_routed", _("A new case is routed to my department")
    REPLY_RETURNED = "reply_returned", _("An officer returned my reply")
    DUE_SOON = "due_soon", _("A case of mine is due soon")
    OVERDUE = "overdue", _("A case of mine is overdue")
    ESCALATED = "escalated", _("An overdue case is escalated to the communication office")
    INCIDENT_SPIKE = "incident_spike", _("An incident grows fast (officers)")


class Delivery(models.TextChoices):
    IMMEDIATE = "immediate", _("E-mail at once")
    DIGEST = "digest", _("In my digest")
    NONE = "none", _("Nothing")


class NotificationPreference(models.Model):
    """How one person wants to hear of one kind of event (departments.notifications has the
    default for a kind nobody chose for)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_preferences"
    )
    kind = models.CharField(max_length=20, choices=NotificationKind.choices)
    delivery = models.CharField(max_length=12, choices=Delivery.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "kind"], name="notification_preference_once")
        ]

    def __str__(self) -> str:
        return f"{self.kind}: {self.delivery}"


class NotificationDigest(models.Model):
    """One person's digest: how often it goes out, and when it last did."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_digest"
    )
    every_minutes = models.PositiveSmallIntegerField(default=60)
    last_sent_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"digest every {self.every_minutes} min"


class Notification(models.Model):
    """One thing to tell one person, once: `key` names the event (a routing, a deadline, a
    returned reply), and the unique (user, key) makes a second detection of the same event, a
    beat task run twice, find the row already there. Sent when `sent_at` is set."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(max_length=20, choices=NotificationKind.choices)
    delivery = models.CharField(max_length=12, choices=Delivery.choices)
    case = models.ForeignKey(Case, null=True, on_delete=models.CASCADE, related_name="+")
    key = models.CharField(max_length=200)
    subject = models.CharField(max_length=300)
    created_at = models.DateTimeField(default=clock.now)
    # Handled: e-mailed, or left out (`error` says why: the person may no longer see the case).
    sent_at = models.DateTimeField(null=True, blank=True)
    # Failed sends (a mail server refusing the address): tried again up to a limit, so that one
    # bad address never holds up everyone else's.
    attempts = models.PositiveSmallIntegerField(default=0, db_default=0)
    error = models.CharField(max_length=300, blank=True, db_default="")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "key"], name="notification_once")]
        indexes = [
            models.Index(
                fields=["delivery", "user"],
                name="notification_unsent",
                condition=models.Q(sent_at__isnull=True),
            )
        ]

    def __str__(self) -> str:
        return self.subject

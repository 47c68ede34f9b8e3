"""Who receives the weekly report by e-mail."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def _report_scope(*, related_name: str) -> models.ForeignKey:
    """The department a report is about, or none for the report on the whole city."""
    return models.ForeignKey(
        "departments.Department",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name=related_name,
        help_text="Empty: the report for the whole city.",
    )


class ReportSubscription(models.Model):
    """A manager's wish to receive the weekly report for one department or the whole city."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="report_subscriptions"
    )
    department = _report_scope(related_name="report_subscriptions")
    is_active = models.BooleanField(default=True)
    # Claimed with a conditional update before sending, so a repeated task sends once per week.
    last_sent_week = models.CharField(max_length=8, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["user__username", "department__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "department"], name="reportsubscription_user_department"
            ),
            models.UniqueConstraint(
                fields=["user"],
                condition=models.Q(department__isnull=True),
                name="reportsubscription_user_city",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} to {self.department or 'whole city'}"

    def clean(self) -> None:
        from departments.roles import is_manager

        if self.user_id and not (self.user.is_superuser or is_manager(self.user)):
            raise ValidationError({"user": "Only managers receive the weekly report."})
        if self.user_id and not self.user.email:
            raise ValidationError({"user": "This user has no e-mail address."})


class ReportBuild(models.Model):
    """A weekly report's files (HTML, PDF, CSV bundle) built in the background by the reports
    worker and kept under ANALYTICS_REPORT_DIR, so that a download never waits for Chromium and
    weasyprint inside a web request. The page shows its status and step while it is built."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting for the reports worker")
        BUILDING = "building", _("Being built")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Failed")

    week = models.CharField(max_length=8)
    department = _report_scope(related_name="report_builds")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    step = models.CharField(max_length=10, blank=True)  # one of reports.BUILD_STEPS
    # Format ("html", "pdf", "csv") -> file path relative to ANALYTICS_REPORT_DIR.
    files = models.JSONField(default=dict, blank=True)
    # What the report says it could not do here (charts without Chromium, PDF without Pango).
    notes = models.JSONField(default=list, blank=True)
    error = models.TextField(blank=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    requested_at = models.DateTimeField(default=timezone.now)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-requested_at", "-id"]
        constraints = [
            # One build at a time per report: asking again while it is built joins it.
            models.UniqueConstraint(
                fields=["week", "department"],
                condition=models.Q(status__in=["queued", "building"]),
                nulls_distinct=False,
                name="reportbuild_one_unfinished_per_report",
            )
        ]

    def __str__(self) -> str:
        return f"{self.week} {self.department or 'whole city'}: {self.status}"

    @property
    def is_unfinished(self) -> bool:
        return self.status in (self.Status.QUEUED, self.Status.BUILDING)

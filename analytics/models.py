"""Who receives the weekly report by e-mail."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone


class ReportSubscription(models.Model):
    """A manager's wish to receive the weekly report for one department or the whole city."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="report_subscriptions"
    )
    department = models.ForeignKey(
        "departments.Department",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="report_subscriptions",
        help_text="Empty: the report for the whole city.",
    )
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

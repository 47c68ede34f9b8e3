"""The access log's model (departments.audit)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from departments.models import Case


class CaseAccess(models.Model):
    """Who opened which case, and when: the record a data protection officer asks for. Kept for
    settings.ACCESS_LOG_RETENTION_DAYS, then deleted by the nightly retention task."""

    # Both keys lead the composite indexes below, which serve their look-ups too.
    case = models.ForeignKey(
        Case, on_delete=models.CASCADE, related_name="accesses", db_index=False
    )
    # SET_NULL with the name kept: a deleted account's reads stay on record.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        db_index=False,
    )
    username = models.CharField(max_length=150)
    opened_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [
            models.Index(fields=["opened_at"], name="caseaccess_opened_at"),
            models.Index(fields=["case", "opened_at"], name="caseaccess_case_opened_at"),
            models.Index(fields=["user", "opened_at"], name="caseaccess_user_opened_at"),
        ]

    def __str__(self) -> str:
        return f"{self.username} opened case {self.case_id} at {self.opened_at:%Y-%m-%d %H:%M}"

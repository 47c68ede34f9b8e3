"""The router's trained versions (registered through departments.models)."""

from __future__ import annotations

from django.db import models
from django.utils import timezone


class RouterModel(models.Model):
    """A trained version of the router: where its pipelines are, what it was trained on, how it
    scored on held-out posts. One version is active; an earlier one can be reactivated."""

    version = models.PositiveIntegerField(unique=True)
    path = models.CharField(max_length=500, help_text="Folder of the saved spaCy pipelines.")
    created_at = models.DateTimeField(default=timezone.now)
    training_examples = models.PositiveIntegerField(default=0)
    corrections_used = models.PositiveIntegerField(default=0)
    metrics = models.JSONField(default=dict, help_text="Held-out scores, per language.")
    is_active = models.BooleanField(default=False)
    note = models.CharField(max_length=300, blank=True)
    # A spaCy pipeline keeps every word it was trained on (vocab/strings.json): set when a
    # resident whose re-routed post this version learned from was erased (departments.privacy).
    # Such a version should be replaced by a new training and its folder deleted.
    holds_erased_text = models.BooleanField(default=False, db_default=False)

    class Meta:
        ordering = ["-version"]
        constraints = [
            models.UniqueConstraint(
                fields=["is_active"], condition=models.Q(is_active=True), name="one_active_router"
            )
        ]

    def __str__(self) -> str:
        return f"Router v{self.version}{' (active)' if self.is_active else ''}"

    @property
    def macro_f1(self) -> float | None:
        return self.metrics.get("overall", {}).get("macro_f1")

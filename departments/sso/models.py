from __future__ import annotations

from django.conf import settings
from django.db import models


class SingleSignOnAccount(models.Model):
    """The person at the identity provider behind a user of the back office.

    Matched by a claim that never changes for that person (OIDC_USER_ID_CLAIM: Entra ID's "oid",
    Keycloak's "sub"), never by e-mail address: addresses change and are given to someone else
    later, and matching on them would let a provider account take over a local one (the
    administrator's)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="single_sign_on"
    )
    subject = models.CharField(
        max_length=255,
        unique=True,
        help_text="The provider's identifier for this person (the OIDC_USER_ID_CLAIM claim).",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "single sign-on account"

    def __str__(self) -> str:
        return f"{self.user} ({self.subject})"

"""Reads of the listening app."""

from __future__ import annotations

from listening.models import Account


def accounts_needing_attention() -> list[Account]:
    """Accounts whose credentials stopped working: nothing arrives from them until fixed."""
    return list(
        Account.objects.filter(needs_attention=True)
        .select_related("department")
        .order_by("platform", "handle")
    )

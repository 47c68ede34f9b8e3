"""One adapter per platform behind one small interface (see base.Source)."""

from __future__ import annotations

from listening.models import Account, Platform
from listening.sources.base import Source


def source_for(account: Account) -> Source:
    if account.platform == Platform.REPLAY:
        from listening.sources.replay import ReplaySource

        return ReplaySource(account)
    raise LookupError(
        f"No connector for platform {account.platform!r} yet (account @{account.handle})."
    )

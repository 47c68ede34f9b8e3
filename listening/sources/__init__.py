"""One adapter per platform behind one small interface (see base.Source)."""

from __future__ import annotations

from importlib import import_module

from listening.models import Account, Platform
from listening.sources.base import Source

ADAPTERS = {
    Platform.X: "listening.sources.x.XSource",
    Platform.FACEBOOK: "listening.sources.facebook.FacebookSource",
    Platform.MASTODON: "listening.sources.mastodon.MastodonSource",
    Platform.REPLAY: "listening.sources.replay.ReplaySource",
}


def source_for(account: Account) -> Source:
    """The adapter for the account's platform; imported on demand so that a worker only loads
    the client libraries it uses."""
    path = ADAPTERS.get(account.platform)
    if path is None:
        raise LookupError(f"No connector for platform {account.platform!r} (@{account.handle}).")
    module_name, _, class_name = path.rpartition(".")
    return getattr(import_module(module_name), class_name)(account)

"""One adapter per platform behind one small interface (see base.Source), and the one registry
that leads from a platform (listening.models.Platform) to its adapter: polling, engagement,
replies and imports all find their adapter through source_for and saved_payload_reader.

An adapter is a module or package of listening.sources that exposes its Source class; those that
read saved response bodies (listening.importing) expose batch_from_payload and identify_account
too (base.SavedPayloadReader). Adapters are imported on demand so that a worker only loads the
client libraries it uses.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from typing import cast

from listening.models import Account, Platform
from listening.sources.base import SavedPayloadReader, Source
from listening.sources.errors import CredentialsInvalid
from smartgov.crypto import CredentialsUnreadable


@dataclass(frozen=True)
class Adapter:
    module: str
    source_class: str
    # Reads saved response bodies (batch_from_payload, identify_account): importable.
    reads_saved_payloads: bool = True


ADAPTERS: dict[str, Adapter] = {
    Platform.X: Adapter("listening.sources.x", "XSource"),
    Platform.FACEBOOK: Adapter("listening.sources.facebook", "FacebookSource"),
    Platform.MASTODON: Adapter("listening.sources.mastodon", "MastodonSource"),
    # The demo's source replays a bundled data set: it has no saved bodies of its own.
    Platform.REPLAY: Adapter(
        "listening.sources.replay", "ReplaySource", reads_saved_payloads=False
    ),
}


def source_for(account: Account) -> Source:
    """The adapter for the account's platform. Credentials that no key opens are invalid
    credentials like an expired token: a person has to enter them again (or restore the key),
    and the account is flagged instead of failing on every poll."""
    adapter = ADAPTERS.get(account.platform)
    if adapter is None:
        raise LookupError(f"No connector for platform {account.platform!r} (@{account.handle}).")
    try:
        dict(account.credentials)
    except CredentialsUnreadable as error:
        raise CredentialsInvalid(f"@{account.handle}: {error}") from error
    return getattr(import_module(adapter.module), adapter.source_class)(account)


def importable_platforms() -> list[str]:
    """The platforms whose saved response bodies can be imported, in the order of Platform."""
    return [str(platform) for platform, adapter in ADAPTERS.items() if adapter.reads_saved_payloads]


def saved_payload_reader(platform: str) -> SavedPayloadReader:
    """The adapter module that normalises this platform's saved response bodies."""
    adapter = ADAPTERS.get(platform)
    if adapter is None or not adapter.reads_saved_payloads:
        raise LookupError(f"No reader of saved {platform!r} payloads.")
    return cast(SavedPayloadReader, import_module(adapter.module))

"""The one registry from a platform to its adapter (listening.sources)."""

import pytest

from listening.models import Account, Platform
from listening.sources import (
    ADAPTERS,
    importable_platforms,
    saved_payload_reader,
    source_for,
)
from listening.sources.facebook import FacebookSource
from listening.sources.mastodon import MastodonSource
from listening.sources.x import XSource


def test_every_platform_has_an_adapter():
    assert set(ADAPTERS) == set(Platform.values)


def test_an_account_gets_the_adapter_of_its_platform():
    credentials = {
        "page_access_token": "token",
        "api_base_url": "https://social.zeestad.nl",
        "access_token": "token",
    }
    adapters = {
        Platform.X: XSource,
        Platform.FACEBOOK: FacebookSource,
        Platform.MASTODON: MastodonSource,
    }
    for platform, adapter in adapters.items():
        account = Account(platform=platform, handle="zeestad", credentials=credentials)
        assert isinstance(source_for(account), adapter)


def test_an_unknown_platform_has_no_connector():
    with pytest.raises(LookupError, match="No connector for platform 'myspace'"):
        source_for(Account(platform="myspace", handle="zeestad"))


def test_saved_bodies_of_the_live_platforms_can_be_imported_and_none_of_the_demo():
    assert importable_platforms() == ["x", "facebook", "mastodon"]
    for platform in importable_platforms():
        reader = saved_payload_reader(platform)
        assert callable(reader.batch_from_payload) and callable(reader.identify_account)
    with pytest.raises(LookupError):
        saved_payload_reader(Platform.REPLAY)

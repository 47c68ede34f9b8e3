import pytest

from listening.models import Platform
from tests.listening.sources.mastodon.recorded_api import CITY_ACCOUNT


@pytest.fixture
def account(city_account):
    return city_account(Platform.MASTODON, **CITY_ACCOUNT)

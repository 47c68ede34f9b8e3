import pytest

from listening.models import Platform
from tests.listening.sources.facebook.recorded_api import CITY_ACCOUNT


@pytest.fixture(autouse=True)
def graph_version(settings):
    settings.FACEBOOK_GRAPH_API_VERSION = "v24.0"


@pytest.fixture
def account(city_account):
    return city_account(Platform.FACEBOOK, **CITY_ACCOUNT)

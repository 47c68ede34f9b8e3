import pytest
import responses

from listening.models import Platform
from tests.listening.sources.x.recorded_api import CITY_ACCOUNT


@pytest.fixture
def account(city_account):
    return city_account(Platform.X, **CITY_ACCOUNT)


@pytest.fixture
def api():
    with responses.RequestsMock() as mock:
        yield mock

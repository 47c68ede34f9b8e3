"""What the connector tests share: the city's account on each platform."""

import pytest

from tests.factories import AccountFactory


@pytest.fixture
def city_account(departments):
    """Makes the city's account on a platform, the communication office's, as the platform
    tests' `account` fixtures describe it."""

    def make(platform, *, handle, platform_id, credentials):
        return AccountFactory(
            platform=platform,
            handle=handle,
            display_name="Gemeente Zeestad",
            platform_id=platform_id,
            department=departments["communication"],
            credentials=credentials,
        )

    return make

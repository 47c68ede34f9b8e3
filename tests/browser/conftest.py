"""The browser tests' shared data: the demo city, made once per test run (it takes a minute) and
put back before each test that asks for it; and the replay's tiny data set."""

from dataclasses import dataclass
from datetime import datetime

import pytest
from django.utils import timezone

from analytics.periods import last_complete_week
from tests.analytics.demo_week import demo_city_seed
from tests.browser.database_snapshot import Tables, tables_restore, tables_snapshot
from tests.replay_fixtures import tiny_dataset  # noqa: F401 - a fixture for these tests


@dataclass(frozen=True)
class DemoCity:
    now: datetime  # the moment the replay was polled and the officers' work simulated
    report_week: str  # the last complete ISO week before it, such as "2026-W47"


@pytest.fixture(scope="session")
def _demo_city_tables(django_db_setup, django_db_blocker) -> tuple[DemoCity, Tables]:
    # As of the run's start, not the fixed DEMO_NOW: the dashboard opens on the last 28 days.
    now = timezone.now()
    with django_db_blocker.unblock():
        demo_city_seed(now=now)
        return DemoCity(now=now, report_week=last_complete_week(now)), tables_snapshot()


@pytest.fixture
def demo_city(transactional_db, _demo_city_tables) -> DemoCity:
    """The replayed municipality's eight weeks up to the run's start, routed, with officers'
    work simulated. It replaces every row in the database, so request it before any fixture
    that writes (`@pytest.mark.usefixtures("demo_city")` does): no test sees another's
    writes, only the same city."""
    city, tables = _demo_city_tables
    tables_restore(tables)
    return city

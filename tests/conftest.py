"""The cast every test can use: one user per role, with the seeded departments; a Redis of a
test's own as the Celery broker, for end-to-end tests that restart it; and a headless
Chromium (Debian's package) driven by Playwright, for what a person sees. Playwright's own browser
download does not work offline, so the system one is used."""

import os
import shutil
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model

from departments import roles
from departments.seed import departments_seed
from smartgov.celery import app
from tests.processes import PrivateRedis
from tests.screenshots import SCREENSHOTS


@pytest.fixture
def departments(db):
    return departments_seed()


def _user(username: str, group: str | None, departments=()):
    user = get_user_model().objects.create_user(username=username, password="correct horse 42")
    if group:
        user.groups.add(roles.ensure_role_groups()[group])
    for department in departments:
        department.members.add(user)
    return user


@pytest.fixture
def officer(departments):
    return _user("olga", roles.OFFICERS)


@pytest.fixture
def traffic_staff(departments):
    return _user("tom", roles.DEPARTMENT_STAFF, [departments["traffic"]])


@pytest.fixture
def transit_staff(departments):
    return _user("tara", roles.DEPARTMENT_STAFF, [departments["transit"]])


@pytest.fixture
def manager(departments):
    return _user("max", roles.MANAGERS)


@pytest.fixture
def private_redis():
    """A Redis of the test's own as the Celery broker, for this process (what it enqueues) and
    the workers it starts (given its url as REDIS_URL): the test may restart it."""
    server = PrivateRedis()
    server.start()
    saved = app.conf.broker_url
    app.conf.broker_url = server.url
    app._pool, app.amqp._producer_pool = None, None
    yield server
    app.conf.broker_url = saved
    app._pool, app.amqp._producer_pool = None, None
    server.stop()


# Debian's Chromium (Playwright's own browser download needs the internet). CI sets
# SMARTGOV_REQUIRE_BROWSER=1, so a missing browser fails there instead of skipping.
CHROMIUM = Path(
    os.environ.get("CHROMIUM_PATH")
    or shutil.which("chromium")
    or shutil.which("chromium-browser")
    or "/usr/bin/chromium"
)


@pytest.fixture(scope="session")
def chromium() -> Path:
    """Chromium's path, for tests that draw in a browser: skipped where it is not installed."""
    if not CHROMIUM.exists():
        message = (
            f"browser tests need Chromium at {CHROMIUM}: install it (Debian/Ubuntu: apt-get "
            "install chromium) or set CHROMIUM_PATH"
        )
        if os.environ.get("SMARTGOV_REQUIRE_BROWSER") == "1":
            pytest.fail(message)
        pytest.skip(message)
    return CHROMIUM


@pytest.fixture(scope="session")
def browser(chromium):
    # Playwright runs its own event loop; Django must allow sync ORM calls from the test.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(chromium),
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1366, "height": 768}, locale="en-GB")
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def screenshot():
    def take(page, name: str) -> Path:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=False)
        return path

    return take

"""What a person sees: log in, the queue filling by itself, the replayed posts in the admin."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from listening import services
from listening.demo import replay_accounts_seed
from listening.models import PostKind
from listening.sources.base import FetchBatch, FetchedPost

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]
PASSWORD = "correct horse 42"


def log_in(page, live_server, username):
    page.goto(f"{live_server.url}/")
    assert "/login/" in page.url  # every page asks for a login first
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()


def test_an_officer_sees_new_cases_arrive_without_reloading(
    page, live_server, settings, tiny_dataset, officer, screenshot
):
    settings.QUEUE_REFRESH_SECONDS = 1
    officer.set_password(PASSWORD)
    officer.save()
    central = {a.platform_id: a for a in replay_accounts_seed()}["central"]
    services.account_poll(account_id=central.id)

    log_in(page, live_server, "olga")
    page.get_by_text("32 open cases").wait_for()
    screenshot(page, "queue-officer")

    services.batch_ingest(
        account=central,
        batch=FetchBatch(
            posts=[
                FetchedPost(
                    platform="x",
                    external_id="browser-1",
                    kind=PostKind.MENTION,
                    created_at=timezone.now() + timedelta(seconds=1),
                    raw={"id": "browser-1"},
                    author_handle="new_citizen",
                    text="Bankje bij de Vismarkt is vernield",
                    language="nl",
                )
            ]
        ),
    )

    page.get_by_text("Bankje bij de Vismarkt is vernield").wait_for(timeout=10_000)
    page.get_by_text("33 open cases").wait_for(timeout=5_000)


def test_the_admin_lists_the_replayed_posts(
    page, live_server, tiny_dataset, departments, screenshot
):
    get_user_model().objects.create_superuser("root", password=PASSWORD)
    central = {a.platform_id: a for a in replay_accounts_seed()}["central"]
    services.account_poll(account_id=central.id)

    log_in(page, live_server, "root")
    page.goto(f"{live_server.url}/admin/listening/post/")

    page.get_by_role("link", name="t-cit-0032").wait_for()
    screenshot(page, "admin-replayed-posts")

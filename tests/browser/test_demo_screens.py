"""What a person sees: log in, the queue filling by itself, the replayed posts in the admin."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from departments.demo import replay_accounts_seed
from listening import ingestion, polling
from listening.models import PostKind
from listening.sources.base import FetchBatch, FetchedPost
from tests.browser.scenes import PASSWORD, log_in

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]


def test_an_officer_sees_new_cases_arrive_without_reloading(
    page, live_server, settings, tiny_dataset, officer, screenshot
):
    settings.QUEUE_REFRESH_SECONDS = 1
    central = {a.platform_id: a for a in replay_accounts_seed()}["central"]
    polling.account_poll(account_id=central.id)

    log_in(page, live_server, "olga")
    page.get_by_text("32 open cases").wait_for()
    screenshot(page, "queue-officer")

    ingestion.batch_ingest(
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
    polling.account_poll(account_id=central.id)

    log_in(page, live_server, "root")
    page.goto(f"{live_server.url}/admin/listening/post/")

    page.get_by_role("link", name="t-cit-0032").wait_for()
    screenshot(page, "admin-replayed-posts")

"""What the Graph API's refusals, failures and broken bodies do to a poll."""

import json
from datetime import timedelta

import pytest
import requests
import responses
from django.utils import timezone

from listening import polling
from listening.models import Account, FetchRun, Platform, Post, QuarantinedPayload
from listening.sources.errors import CredentialsInvalid, RateLimited, TransientSourceError
from listening.sources.facebook import FacebookSource
from tests.listening.sources.facebook.recorded_api import (
    FEED,
    LANTAARNPALEN,
    NOW,
    PAGE,
    TOKEN,
    comments_page,
    feed_page,
    load,
    unix,
)


@pytest.mark.parametrize(
    ("error", "headers", "wait"),
    [
        (
            "error_page_throttled.json",
            {
                "X-Business-Use-Case-Usage": json.dumps(
                    {
                        PAGE: [
                            {
                                "type": "pages",
                                "call_count": 100,
                                "total_cputime": 14,
                                "total_time": 38,
                                "estimated_time_to_regain_access": 30,
                            }
                        ]
                    }
                )
            },
            timedelta(minutes=30),
        ),
        (
            "error_page_throttled.json",
            {"X-App-Usage": json.dumps({"call_count": 100, "total_cputime": 9, "total_time": 21})},
            timedelta(minutes=15),
        ),
    ],
)
@responses.activate
def test_throttling_holds_the_account_until_facebook_says_it_may_call_again(
    account, error, headers, wait
):
    feed_page(load(error), status=400, headers=headers)
    before = timezone.now()

    with pytest.raises(RateLimited) as raised:
        polling.account_poll(account_id=account.pk, now=NOW)

    assert before + wait <= raised.value.retry_at <= timezone.now() + wait
    account.refresh_from_db()
    assert account.rate_limited_until == raised.value.retry_at
    assert FetchRun.objects.get(account=account).status == FetchRun.Status.RATE_LIMITED
    assert "Page request limit reached" in str(raised.value)


@responses.activate
def test_an_expired_page_token_puts_the_account_up_for_attention(account):
    feed_page(load("error_token_expired.json"), status=400)

    run = polling.account_poll(account_id=account.pk, now=NOW)

    account.refresh_from_db()
    assert account.needs_attention
    assert "the page token expired or was revoked: reconnect the page" in account.attention_reason
    assert "Session has expired" in account.attention_reason
    assert run.status == FetchRun.Status.FAILED and "CredentialsInvalid" in run.error
    assert TOKEN not in account.attention_reason and TOKEN not in run.error


@pytest.mark.parametrize(
    "failure",
    [
        {"body": requests.ConnectionError(f"Max retries exceeded with url: ?access_token={TOKEN}")},
        {"json": load("error_unknown.json"), "status": 500},
        {
            "body": "<html><body>502 Bad Gateway</body></html>",
            "status": 502,
            "content_type": "text/html",
        },
    ],
)
@responses.activate
def test_a_lost_connection_or_facebook_outage_is_worth_retrying(account, failure):
    responses.get(FEED, **failure)

    with pytest.raises(TransientSourceError) as raised:
        FacebookSource(account).fetch_new({}, now=NOW)

    assert TOKEN not in str(raised.value)


@responses.activate
def test_broken_items_are_quarantined_while_the_rest_is_stored(account):
    body = load("page_feed_with_broken_items.json")
    feed_page(body)
    comments_page(LANTAARNPALEN, load("no_comments.json"))

    run = polling.account_poll(account_id=account.pk, now=NOW)

    assert run.status == FetchRun.Status.PARTIAL and run.items_quarantined == 2
    assert Post.objects.filter(platform=Platform.FACEBOOK).get().external_id == LANTAARNPALEN
    quarantined = {row.raw["message"][:20]: row for row in QuarantinedPayload.objects.all()}
    assert {row.raw["message"] for row in quarantined.values()} == {
        body["data"][1]["message"],
        body["data"][2]["message"],
    }
    assert any("KeyError: 'id'" in row.error for row in quarantined.values())
    assert any("gisteren" in row.error for row in quarantined.values())


@responses.activate
def test_a_body_that_is_not_json_is_quarantined_and_the_cursor_stays(account):
    account.cursor = {"feed": {"since": unix("2026-11-20T08:45:12+0000")}}
    account.save()
    responses.get(FEED, body="<html>Sorry, something went wrong.</html>", content_type="text/html")

    run = polling.account_poll(account_id=account.pk, now=NOW)

    assert run.status == FetchRun.Status.PARTIAL
    assert QuarantinedPayload.objects.get().raw == "<html>Sorry, something went wrong.</html>"
    account.refresh_from_db()
    assert account.cursor["feed"] == {"since": unix("2026-11-20T08:45:12+0000")}


def test_an_account_without_a_page_token_asks_to_reconnect(departments):
    account = Account(platform=Platform.FACEBOOK, handle="zeestad", credentials={})

    with pytest.raises(CredentialsInvalid, match="reconnect the page"):
        FacebookSource(account)

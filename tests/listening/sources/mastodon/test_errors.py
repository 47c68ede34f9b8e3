"""What an instance's refusals and failures do to a poll: rate limits, tokens, outages."""

from datetime import UTC, datetime

import pytest
import requests
import responses

from listening import polling
from listening.models import FetchRun, Platform
from listening.sources.errors import CredentialsInvalid, RateLimited, TransientSourceError
from listening.sources.mastodon import MastodonSource
from tests.factories import AccountFactory
from tests.listening.sources.mastodon.recorded_api import (
    NOTIFICATIONS,
    NOW,
    TOKEN,
)


@responses.activate
def test_a_rate_limit_holds_the_account_until_the_reset_time_the_server_gave(account):
    responses.get(
        NOTIFICATIONS,
        status=429,
        json={"error": "Too many requests"},
        headers={
            "X-RateLimit-Limit": "300",
            "X-RateLimit-Remaining": "0",
            "X-RateLimit-Reset": "2031-05-04T10:05:00.000Z",
        },
    )

    with pytest.raises(RateLimited) as raised:
        polling.account_poll(account_id=account.id)

    reset = datetime(2031, 5, 4, 10, 5, tzinfo=UTC)
    assert raised.value.retry_at == reset
    account.refresh_from_db()
    assert account.rate_limited_until == reset
    assert FetchRun.objects.get(account=account).status == FetchRun.Status.RATE_LIMITED


@pytest.mark.parametrize(
    ("status", "error"),
    [(401, "The access token was revoked"), (403, "This action is outside the authorized scopes")],
)
@responses.activate
def test_a_refused_token_puts_the_account_up_for_attention(account, status, error):
    responses.get(NOTIFICATIONS, status=status, json={"error": error})

    run = polling.account_poll(account_id=account.id)

    account.refresh_from_db()
    assert account.needs_attention
    assert "@gemeente_zeestad on social.zeestad.nl" in account.attention_reason
    assert error in account.attention_reason
    assert TOKEN not in account.attention_reason and TOKEN not in run.error
    assert run.status == FetchRun.Status.FAILED


@responses.activate
def test_a_source_raises_credentials_invalid_for_a_revoked_token(account):
    responses.get(NOTIFICATIONS, status=401, json={"error": "The access token is invalid"})

    with pytest.raises(CredentialsInvalid, match="expired or was revoked"):
        MastodonSource(account).fetch_new({}, now=NOW)


@pytest.mark.parametrize("failure", [503, requests.ConnectionError("connection reset by peer")])
@responses.activate
def test_a_server_error_or_lost_connection_is_worth_retrying(account, failure):
    if isinstance(failure, int):
        responses.get(NOTIFICATIONS, status=failure, body="<html>Service Unavailable</html>")
    else:
        responses.get(NOTIFICATIONS, body=failure)

    with pytest.raises(TransientSourceError):
        MastodonSource(account).fetch_new({}, now=NOW)


def test_an_account_without_credentials_asks_for_them(departments):
    account = AccountFactory(platform=Platform.MASTODON, credentials={})

    with pytest.raises(CredentialsInvalid, match="api_base_url and access_token"):
        MastodonSource(account)

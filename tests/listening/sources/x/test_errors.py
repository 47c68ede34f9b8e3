"""What X's refusals and failures do to a poll: rate limits, tokens, outages."""

from datetime import UTC, datetime

import pytest
import requests

from listening import polling
from listening.models import Account, FetchRun, Post
from listening.sources.errors import (
    CredentialsInvalid,
    RateLimited,
    TransientSourceError,
)
from listening.sources.x import XSource
from tests.listening.sources.x.recorded_api import (
    BEARER,
    MENTIONS_URL,
    NOW,
    TWEETS_URL,
    load,
    rate_limited,
)


def test_a_429_says_when_x_lets_the_account_read_again(account, api):
    rate_limited(api, TWEETS_URL, reset="1732620600")

    with pytest.raises(RateLimited) as raised:
        XSource(account).fetch_new({}, now=NOW)

    assert raised.value.retry_at == datetime(2024, 11, 26, 11, 30, tzinfo=UTC)
    assert "@GemeenteZeestad" in str(raised.value)


def test_a_rate_limited_poll_saves_nothing_and_waits_for_the_reset(account, api):
    api.get(TWEETS_URL, json=load("users_tweets.json"))
    rate_limited(api, MENTIONS_URL, reset="1732620600")

    with pytest.raises(RateLimited):
        polling.account_poll(account_id=account.id, now=NOW)

    account.refresh_from_db()
    assert account.rate_limited_until == datetime(2024, 11, 26, 11, 30, tzinfo=UTC)
    assert account.cursor == {}
    assert FetchRun.objects.get().status == FetchRun.Status.RATE_LIMITED


def test_an_expired_token_flags_the_account_for_attention_and_fails_the_run(account, api):
    api.get(TWEETS_URL, status=401, json=load("unauthorized.json"))

    run = polling.account_poll(account_id=account.id, now=NOW)

    account.refresh_from_db()
    assert account.needs_attention
    assert "X does not accept the tokens of @GemeenteZeestad" in account.attention_reason
    assert "invalid, expired or revoked" in account.attention_reason
    assert BEARER not in account.attention_reason
    assert run.status == FetchRun.Status.FAILED
    assert "CredentialsInvalid" in run.error and BEARER not in run.error
    assert not Post.objects.exists()


def test_an_account_without_a_bearer_token_asks_for_one(account):
    account.credentials = {}

    with pytest.raises(CredentialsInvalid, match="no bearer_token"):
        XSource(account).fetch_new({}, now=NOW)


def test_an_x_account_without_its_numeric_id_needs_attention(account, api):
    Account.objects.filter(pk=account.pk).update(platform_id="")

    run = polling.account_poll(account_id=account.id, now=NOW)

    account.refresh_from_db()
    assert account.needs_attention and "numeric X user id" in account.attention_reason
    assert run.status == FetchRun.Status.FAILED


def test_a_network_error_or_a_server_error_is_worth_retrying(account, api):
    api.get(TWEETS_URL, body=requests.ConnectionError("connection reset"))
    api.get(TWEETS_URL, status=503, json={"title": "Service Unavailable", "status": 503})

    with pytest.raises(TransientSourceError, match="Could not reach X"):
        XSource(account).fetch_new({}, now=NOW)
    with pytest.raises(TransientSourceError):
        XSource(account).fetch_new({}, now=NOW)

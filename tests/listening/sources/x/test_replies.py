"""Posting the city's answer on X."""

import json

import pytest

from listening.sources import source_for
from listening.sources.errors import (
    CredentialsInvalid,
    SourceError,
)
from listening.sources.x import XSource
from tests.listening.sources.x.recorded_api import (
    API,
    BEARER,
    TWEETS_URL,
    load,
)


def test_a_reply_is_posted_in_reply_to_the_citizens_post_and_its_id_returned(account, api):
    api.post(f"{API}/tweets", status=201, json=load("create_tweet.json"))

    new_id = source_for(account).send_reply(
        in_reply_to="1861395120987654321",
        text="@kees_fietst Via de Stationsweg, daar staan vanaf maandag borden. Goede reis!",
    )

    assert new_id == "1861431234567890123"
    request = api.calls[0].request
    assert json.loads(request.body) == {
        "reply": {"in_reply_to_tweet_id": "1861395120987654321"},
        "text": "@kees_fietst Via de Stationsweg, daar staan vanaf maandag borden. Goede reis!",
    }
    # Posting is done as the city's own account (OAuth 1.0a user context), not the app.
    assert request.headers["Authorization"].startswith("OAuth ")
    assert 'oauth_consumer_key="ck-zeestad"' in request.headers["Authorization"]


def test_replying_without_user_tokens_says_which_are_missing(account):
    account.credentials = {"bearer_token": BEARER}

    with pytest.raises(CredentialsInvalid) as raised:
        XSource(account).send_reply(in_reply_to="1861395120987654321", text="Dank!")

    assert "consumer_key, consumer_secret, access_token, access_token_secret" in str(raised.value)


def test_a_refused_duplicate_reply_is_not_taken_for_bad_credentials(account, api):
    api.post(f"{API}/tweets", status=403, json=load("forbidden_duplicate.json"))

    with pytest.raises(SourceError) as raised:
        XSource(account).send_reply(in_reply_to="1861395120987654321", text="Dank!")

    assert not isinstance(raised.value, CredentialsInvalid)
    assert "duplicate content" in str(raised.value)


def test_a_public_post_answers_nothing_and_is_found_again_only_as_a_post_of_its_own(account, api):
    api.post(f"{API}/tweets", status=201, json=load("create_tweet.json"))
    api.get(TWEETS_URL, json=load("users_tweets.json"))
    own_post = load("users_tweets.json")["data"][0]["text"]
    reply = load("users_tweets.json")["data"][1]["text"]
    source = XSource(account)

    new_id = source.publish(text="De verkeerslichten op de Havenkade werken weer.")

    assert new_id == "1861431234567890123"
    assert json.loads(api.calls[0].request.body) == {
        "text": "De verkeerslichten op de Havenkade werken weer."
    }
    # An unknown outcome is settled by the timeline: the city's own post is found by its
    # text; its reply to a resident is not taken for a public post.
    assert source.find_published(text=own_post) == "1861391056201744385"
    api.get(TWEETS_URL, json=load("users_tweets.json"))
    assert source.find_published(text=reply) is None

"""The X API v2 as the tests fake it: its URLs, the city's ids and tokens, the recorded bodies."""

from datetime import UTC, datetime

from listening.models import Platform
from tests.listening.sources.recorded import recorded_body

CITY_ID = "1402611112223334445"
API = "https://api.twitter.com/2"
TWEETS_URL = f"{API}/users/{CITY_ID}/tweets"
MENTIONS_URL = f"{API}/users/{CITY_ID}/mentions"
SEARCH_URL = f"{API}/tweets/search/recent"
BEARER = "AAAAAAAAAAAAAAAAAAAAAsecret-bearer-zeestad"
USER_TOKENS = {
    "consumer_key": "ck-zeestad",
    "consumer_secret": "cs-secret-zeestad",
    "access_token": f"{CITY_ID}-at-zeestad",
    "access_token_secret": "ats-secret-zeestad",
}
NOW = datetime(2024, 11, 26, 11, 0, tzinfo=UTC)
# The city's account there (the `account` fixture).
CITY_ACCOUNT = {
    "handle": "GemeenteZeestad",
    "platform_id": CITY_ID,
    "credentials": {"bearer_token": BEARER, **USER_TOKENS},
}


def load(name):
    return recorded_body(Platform.X.value, name)


def rate_limited(api, url, *, reset, limit="10"):
    """X answers `url` with a 429 whose headers say the limit resets at `reset` (unix time)."""
    api.get(
        url,
        status=429,
        json=load("rate_limited.json"),
        headers={
            "x-rate-limit-limit": limit,
            "x-rate-limit-remaining": "0",
            "x-rate-limit-reset": reset,
        },
    )


def first_poll_answers(api):
    """X's answers to a first poll: the city's timeline and mentions as recorded, and no reply
    in the city's threads found by search."""
    api.get(TWEETS_URL, json=load("users_tweets.json"))
    api.get(MENTIONS_URL, json=load("users_mentions.json"))
    api.get(SEARCH_URL, json=load("empty.json"))

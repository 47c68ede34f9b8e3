"""A Mastodon instance as the tests fake it: the city's account, the statuses in the recorded
bodies, and the pages a poll asks for."""

from datetime import UTC, datetime

import responses
from responses import matchers

from listening.models import Platform
from tests.listening.sources.recorded import recorded_body

BASE = "https://social.zeestad.nl"
TOKEN = "zeestad-secret-token-1234"
CITY_ID = "109349825110230118"
NOTIFICATIONS = f"{BASE}/api/v1/notifications"
OWN_STATUSES = f"{BASE}/api/v1/accounts/{CITY_ID}/statuses"
NOW = datetime(2024, 11, 21, 13, 0, tzinfo=UTC)
# The city's account there (the `account` fixture).
CITY_ACCOUNT = {
    "handle": "gemeente_zeestad",
    "platform_id": CITY_ID,
    "credentials": {"api_base_url": BASE, "access_token": TOKEN},
}

# Status ids in the fixtures.
CITY_POST = "113508711248311040"
CITY_REPLY = "113509020551022592"
CITY_REBLOG = "113509300411878400"
ANOUK_REPLY = "113508960112345088"
PIETER_MENTION = "113508905520316416"
FATIMA_DM = "113509102367219712"
FERRY_QUESTION = "113509611732008960"


def load(name):
    return recorded_body(Platform.MASTODON.value, name)


def link_header(endpoint, *, newest, oldest):
    return f'<{endpoint}?max_id={oldest}>; rel="next", <{endpoint}?min_id={newest}>; rel="prev"'


def mentions_page(min_id, body, *, limit="80", headers=None):
    responses.get(
        NOTIFICATIONS,
        json=body,
        headers=headers or {},
        match=[
            matchers.query_param_matcher({"types[]": "mention", "min_id": min_id, "limit": limit})
        ],
    )


def own_posts_page(min_id, body, *, headers=None):
    responses.get(
        OWN_STATUSES,
        json=body,
        headers=headers or {},
        match=[matchers.query_param_matcher({"min_id": min_id, "limit": "40"})],
    )

"""Reading the favourites, reblogs and replies of the city's statuses."""

import responses
from responses import matchers

from listening.sources.mastodon import MastodonSource
from tests.listening.sources.mastodon.recorded_api import (
    BASE,
    CITY_POST,
    CITY_REPLY,
    NOW,
    load,
)


@responses.activate
def test_engagement_is_read_for_many_statuses_at_once(account):
    own = {status["id"]: status for status in load("account_statuses.json")}
    responses.get(
        f"{BASE}/api/v1/statuses",
        json=[{**own[CITY_POST], "favourites_count": 58, "reblogs_count": 20}],
        match=[matchers.query_param_matcher({"id[]": [CITY_POST, "113500000000000001"]})],
    )

    found = MastodonSource(account).fetch_engagement([CITY_POST, "113500000000000001"], now=NOW)

    assert [(item.external_id, item.likes, item.shares) for item in found] == [(CITY_POST, 58, 20)]


@responses.activate
def test_engagement_falls_back_to_one_request_per_status_on_older_servers(account):
    own = {status["id"]: status for status in load("account_statuses.json")}
    responses.get(f"{BASE}/api/v1/statuses", status=404, json={"error": "Not Found"})
    responses.get(f"{BASE}/api/v1/statuses/{CITY_POST}", json=own[CITY_POST])
    responses.get(f"{BASE}/api/v1/statuses/{CITY_REPLY}", status=404, json={"error": "Not Found"})

    found = MastodonSource(account).fetch_engagement([CITY_POST, CITY_REPLY], now=NOW)

    assert [(item.external_id, item.likes, item.replies) for item in found] == [(CITY_POST, 41, 6)]

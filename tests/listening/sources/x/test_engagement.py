"""Reading the public metrics of the city's X posts."""

from listening.sources.x import XSource
from tests.listening.sources.x.recorded_api import (
    API,
    NOW,
    load,
)


def test_engagement_is_asked_for_in_chunks_of_a_hundred(account, api):
    ids = ["1861391056201744385", "1861388822006784001", "1861300000000000001"]
    ids += [str(1861000000000000000 + n) for n in range(147)]
    api.get(f"{API}/tweets", json=load("tweets_lookup.json"))
    api.get(f"{API}/tweets", json={"data": []})

    found = XSource(account).fetch_engagement(ids, now=NOW)

    assert [len(call.request.params["ids"].split(",")) for call in api.calls] == [100, 50]
    assert api.calls[0].request.params["tweet.fields"] == "public_metrics"
    by_id = {item.external_id: item for item in found}
    assert set(by_id) == {"1861391056201744385", "1861388822006784001"}  # one was deleted
    announcement = by_id["1861391056201744385"]
    assert (announcement.likes, announcement.shares, announcement.replies) == (48, 15, 6)
    assert announcement.quotes == 3 and announcement.impressions == 7311
    assert by_id["1861388822006784001"].impressions is None
    assert announcement.taken_at == NOW

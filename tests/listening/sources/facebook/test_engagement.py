"""Reading the reactions, shares and comments of the page's posts and comments."""

import responses

from listening.sources.facebook import FacebookSource
from tests.listening.sources.facebook.recorded_api import (
    AFVAL,
    CITY_ANSWER,
    GRAPH,
    HAVENKADE,
    NOW,
    load,
    query,
)


@responses.activate
def test_engagement_is_read_for_posts_and_comments_in_one_lookup_each(account):
    responses.get(
        f"{GRAPH}/",
        json=load("engagement_lookup.json"),
        match=[query(ids=f"{HAVENKADE},{AFVAL}")],
    )
    responses.get(
        f"{GRAPH}/",
        json={CITY_ANSWER: {"id": CITY_ANSWER, "like_count": 9, "comment_count": 1}},
        match=[query(ids=CITY_ANSWER, fields="id,like_count,comment_count")],
    )

    found = FacebookSource(account).fetch_engagement([HAVENKADE, CITY_ANSWER, AFVAL], now=NOW)

    engagement = {item.external_id: item for item in found}
    assert engagement[HAVENKADE].likes == 61 and engagement[HAVENKADE].replies == 5
    assert engagement[HAVENKADE].reactions["love"] == 4
    assert engagement[AFVAL].shares == 5
    assert (engagement[CITY_ANSWER].likes, engagement[CITY_ANSWER].replies) == (9, 1)

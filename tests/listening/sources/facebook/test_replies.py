"""Posting the city's answer on Facebook, as a comment."""

import pytest
import responses
from responses import matchers

from listening.sources.errors import CredentialsInvalid
from listening.sources.facebook import FacebookSource
from tests.listening.sources.facebook.recorded_api import (
    GRAPH,
    PAGE,
    SANNE_QUESTION,
    TOKEN,
    load,
)


@responses.activate
def test_a_reply_is_posted_as_a_comment_under_the_citizens_comment(account):
    responses.post(
        f"{GRAPH}/{SANNE_QUESTION}/comments",
        json=load("comment_created.json"),
        match=[
            matchers.urlencoded_params_matcher(
                {"message": "Hallo Sanne, de garage blijft open.", "access_token": TOKEN}
            )
        ],
    )

    new_id = FacebookSource(account).send_reply(
        in_reply_to=SANNE_QUESTION, text="Hallo Sanne, de garage blijft open."
    )

    assert new_id == "1029384756102938_1202022938475610"
    assert len(responses.calls) == 1


@responses.activate
def test_a_refused_reply_because_of_the_token_raises_credentials_invalid(account):
    responses.post(
        f"{GRAPH}/{SANNE_QUESTION}/comments", json=load("error_token_expired.json"), status=400
    )

    with pytest.raises(CredentialsInvalid, match="reconnect the page"):
        FacebookSource(account).send_reply(in_reply_to=SANNE_QUESTION, text="Dank u wel!")


@responses.activate
def test_a_public_post_goes_on_the_pages_feed_and_is_found_again_among_the_pages_own(account):
    responses.post(
        f"{GRAPH}/{PAGE}/feed",
        json=load("page_post_created.json"),
        match=[
            matchers.urlencoded_params_matcher(
                {"message": "De Havenkade is weer open.", "access_token": TOKEN}
            )
        ],
    )
    feed = load("page_feed_p1.json")
    responses.get(f"{GRAPH}/{PAGE}/posts", json=feed)
    source = FacebookSource(account)

    assert source.publish(text="De Havenkade is weer open.") == "104729583311870_1029512384756102"
    city_post, visitor_post = feed["data"][0], feed["data"][2]
    assert source.find_published(text=city_post["message"]) == city_post["id"]
    # A resident's post on the page is not the city's, whatever it says.
    assert source.find_published(text=visitor_post["message"]) is None

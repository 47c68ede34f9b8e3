"""Posting the city's answer on Facebook, as a comment."""

import pytest
import responses
from responses import matchers

from listening.sources.errors import CredentialsInvalid
from listening.sources.facebook import FacebookSource
from tests.listening.sources.facebook.recorded_api import (
    GRAPH,
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

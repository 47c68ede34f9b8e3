"""Saved X v2 bodies (imports) normalised like polled ones, and the account found in them."""

from listening.models import PostKind
from listening.sources.x import batch_from_payload, identify_account
from tests.listening.sources.x.recorded_api import (
    CITY_ID,
    NOW,
    load,
)


def test_a_saved_response_body_is_normalised_like_a_polled_one(account):
    batch = batch_from_payload(load("users_mentions.json"), account=account, now=NOW)

    assert [post.kind for post in batch.posts] == [
        PostKind.REPLY,
        PostKind.MENTION,
        PostKind.MENTION,
    ]
    assert batch.posts[1].author_handle == "marit_vdberg"
    assert not batch.engagement and batch.cursor == {}  # citizens' posts only


def test_posts_saved_without_their_author_are_told_apart_by_whom_they_address(account):
    batch = batch_from_payload(load("saved_default_fields.json"), account=account, now=NOW)

    question, sunset = batch.posts
    assert question.kind == PostKind.MENTION and question.author_handle == ""
    assert question.url == "https://x.com/i/web/status/1861196501234567890"
    assert sunset.kind == PostKind.OWN_POST and sunset.author_handle == "GemeenteZeestad"
    assert sunset.conversation_key == "x:1861176900012345678"


def test_an_imported_account_is_identified_from_the_users_in_the_body(db):
    assert identify_account(load("users_tweets.json"), handle="@gemeentezeestad") == {
        "platform_id": CITY_ID,
        "display_name": "Gemeente Zeestad",
    }
    assert identify_account(load("users_mentions.json"), handle="GemeenteZeestad") == {}
    assert identify_account(load("saved_default_fields.json"), handle="GemeenteZeestad") == {}

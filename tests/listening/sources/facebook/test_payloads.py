"""Saved Graph API bodies (imports) normalised like polled ones, and the page found in them."""

from listening.models import Platform, PostKind
from listening.sources.facebook import batch_from_payload, identify_account
from tests.factories import AccountFactory
from tests.listening.sources.facebook.recorded_api import (
    AFVAL,
    CITY_ANSWER,
    GROFVUIL,
    HAVENKADE,
    NOW,
    PAGE,
    SANNE_FOLLOW_UP,
    SANNE_QUESTION,
    load,
)
from tests.listening.sources.recorded import posts_by_id


def test_a_saved_feed_page_is_normalised_like_a_live_one(account):
    body = load("page_feed_p1.json")

    batch = batch_from_payload(body, account=account, now=NOW)

    assert [post.external_id for post in batch.posts] == [HAVENKADE, AFVAL, GROFVUIL]
    assert [post.kind for post in batch.posts] == [
        PostKind.OWN_POST,
        PostKind.OWN_POST,
        PostKind.MENTION,
    ]
    assert batch.posts[0].raw == body["data"][0]
    assert batch.engagement[0].reactions["angry"] == 7
    assert batch.cursor == {}


def test_a_saved_comments_page_knows_its_post_even_for_an_account_without_page_id(departments):
    unknown = AccountFactory(
        platform=Platform.FACEBOOK, handle="zeestad", department=departments["communication"]
    )

    batch = batch_from_payload(load("post_comments.json"), account=unknown, now=NOW)

    posts = posts_by_id(batch)
    assert posts[SANNE_QUESTION].kind == PostKind.COMMENT
    assert posts[SANNE_QUESTION].in_reply_to == HAVENKADE
    assert posts[SANNE_QUESTION].conversation_key == f"facebook:{HAVENKADE}"
    assert posts[CITY_ANSWER].kind == PostKind.OWN_POST
    assert posts[SANNE_FOLLOW_UP].in_reply_to == SANNE_QUESTION


def test_a_saved_body_that_is_no_graph_page_is_quarantined(account):
    batch = batch_from_payload({"error": {"code": 190}}, account=account, now=NOW)

    assert not batch.posts and len(batch.unparseable) == 1


def test_the_page_is_recognised_in_a_saved_body():
    assert identify_account(load("page_feed_p1.json"), handle="GemeenteZeestad") == {
        "platform_id": PAGE,
        "display_name": "Gemeente Zeestad",
    }
    assert identify_account(load("page_feed_p2.json"), handle="zeestad") == {
        "platform_id": PAGE,
        "display_name": "Gemeente Zeestad",
    }
    assert identify_account({"data": []}, handle="zeestad") == {}

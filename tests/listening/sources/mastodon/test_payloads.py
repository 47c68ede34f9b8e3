"""Saved Mastodon bodies (imports) normalised like polled ones, and the account found in
them."""

from listening.models import PostKind
from listening.sources.mastodon import batch_from_payload, identify_account
from tests.listening.sources.mastodon.recorded_api import (
    CITY_ID,
    CITY_POST,
    NOW,
    load,
)
from tests.listening.sources.recorded import posts_by_id


def test_a_saved_notifications_body_is_normalised_like_a_live_page(account):
    batch = batch_from_payload(load("notifications_mentions.json"), account=account, now=NOW)

    assert [post.kind for post in batch.posts] == [
        PostKind.DIRECT_MESSAGE,
        PostKind.REPLY,
        PostKind.MENTION,
    ]
    assert len(batch.engagement) == 3 and not batch.cursor


def test_a_saved_thread_keeps_its_replies_in_one_conversation(account):
    batch = batch_from_payload(load("status_context.json"), account=account, now=NOW)

    assert {post.conversation_key for post in batch.posts} == {f"mastodon:{CITY_POST}"}
    assert posts_by_id(batch)[CITY_POST].kind == PostKind.OWN_POST


def test_a_saved_body_that_is_no_list_of_statuses_is_quarantined(account):
    batch = batch_from_payload({"error": "Record not found"}, account=account, now=NOW)

    assert not batch.posts
    assert batch.unparseable[0].raw == {"error": "Record not found"}


def test_the_account_is_recognised_in_a_saved_body():
    assert identify_account(load("account_statuses.json"), handle="@gemeente_zeestad") == {
        "platform_id": CITY_ID,
        "display_name": "Gemeente Zeestad",
    }
    assert identify_account(
        load("notifications_mentions.json"), handle="gemeente_zeestad@social.zeestad.nl"
    ) == {"platform_id": CITY_ID, "display_name": ""}
    assert identify_account(load("notifications_mentions.json"), handle="someone_else") == {}

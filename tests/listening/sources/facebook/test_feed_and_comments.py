"""Reading a Facebook page's feed and the comments under its recent posts: kinds,
conversations, cursors and walks cut short."""

from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlparse

import responses

from departments.models import Case
from listening import polling
from listening.models import FetchRun, Platform, Post, PostKind
from listening.sources.facebook import FacebookSource
from tests.listening.sources.facebook.recorded_api import (
    AFVAL,
    CITY_ANSWER,
    FIRST_PULL_CURSOR,
    GRAPH,
    GROFVUIL,
    HAVENKADE,
    INSPRAAK,
    LANTAARNPALEN,
    NOW,
    PAGE,
    PAGE_1_AFTER,
    PIM_COMMENT,
    PIM_QUESTION,
    SANNE_FOLLOW_UP,
    SANNE_QUESTION,
    SINT_MAARTEN,
    comments_page,
    feed_page,
    first_pull_responses,
    load,
    unix,
)
from tests.listening.sources.recorded import post_kinds, posts_by_id


@responses.activate
def test_a_first_pull_brings_in_the_pages_posts_and_the_comments_under_recent_ones(account):
    feed = load("page_feed_p1.json")
    comments = load("post_comments.json")
    first_pull_responses()

    batch = FacebookSource(account).fetch_new({}, now=NOW)

    posts = posts_by_id(batch)
    assert post_kinds(batch) == {
        HAVENKADE: PostKind.OWN_POST,
        AFVAL: PostKind.OWN_POST,
        GROFVUIL: PostKind.MENTION,
        SINT_MAARTEN: PostKind.OWN_POST,
        INSPRAAK: PostKind.OWN_POST,
        SANNE_QUESTION: PostKind.COMMENT,
        CITY_ANSWER: PostKind.OWN_POST,
        PIM_COMMENT: PostKind.COMMENT,
        SANNE_FOLLOW_UP: PostKind.COMMENT,
    }
    city_post = posts[HAVENKADE]
    assert city_post.text.startswith("Vanaf maandag 24 november is de Havenkade drie weken")
    assert city_post.created_at == datetime(2026, 11, 20, 8, 45, 12, tzinfo=UTC)
    assert city_post.url == f"https://www.facebook.com/{PAGE}/posts/1029384756102938/"
    assert city_post.author_id == PAGE and city_post.author_name == "Gemeente Zeestad"
    assert city_post.has_media and not city_post.has_link
    assert city_post.raw == feed["data"][0]
    assert posts[AFVAL].has_link and not posts[AFVAL].has_media
    henk = posts[GROFVUIL]
    assert henk.author_name == "Henk Jansen" and henk.author_id == "7391028374651029"
    assert henk.conversation_key == f"facebook:{GROFVUIL}"
    # Comments answer the post, replies their parent comment; all are the post's conversation.
    question = posts[SANNE_QUESTION]
    assert question.text == "Hoe kom ik dan met de auto bij de parkeergarage aan de Vismarkt?"
    assert question.author_name == "Sanne de Boer"
    assert question.created_at == datetime(2026, 11, 20, 9, 10, 44, tzinfo=UTC)
    assert question.in_reply_to == HAVENKADE
    assert question.raw == comments["data"][3]
    assert posts[CITY_ANSWER].in_reply_to == SANNE_QUESTION and posts[CITY_ANSWER].has_link
    assert posts[SANNE_FOLLOW_UP].in_reply_to == SANNE_QUESTION
    assert {posts[i].conversation_key for i in (HAVENKADE, SANNE_QUESTION, CITY_ANSWER)} == {
        f"facebook:{HAVENKADE}"
    }
    engagement = {item.external_id: item for item in batch.engagement}
    havenkade = engagement[HAVENKADE]
    assert (havenkade.likes, havenkade.shares, havenkade.replies, havenkade.quotes) == (
        47,
        12,
        4,
        0,
    )
    assert havenkade.reactions == {"like": 38, "love": 2, "wow": 0, "haha": 0, "sad": 0, "angry": 7}
    assert havenkade.impressions is None and havenkade.taken_at == NOW
    assert engagement[INSPRAAK].shares == 0  # a post nobody shared has no "shares" at all
    assert engagement[SANNE_QUESTION].likes == 3 and engagement[SANNE_QUESTION].replies == 2
    # Posts of the last week are watched for comments; older ones are not asked about.
    assert batch.cursor == FIRST_PULL_CURSOR
    assert not batch.has_more and not batch.unparseable
    # The version is in the path once (facebook-sdk's own would be v2.8), with the counts asked.
    first = responses.calls[0].request
    assert first.url.startswith(f"https://graph.facebook.com/v24.0/{PAGE}/feed?")
    fields = parse_qs(urlparse(first.url).query)["fields"][0]
    assert "reactions.type(LOVE).limit(0).summary(total_count).as(love)" in fields
    assert "comments.summary(true).limit(0)" in fields and "permalink_url" in fields


@responses.activate
def test_the_next_poll_asks_only_for_what_came_after_the_stored_cursor(account):
    later = NOW + timedelta(hours=5)
    watched = FIRST_PULL_CURSOR["comments"]
    cursor = {
        "feed": FIRST_PULL_CURSOR["feed"],
        "comments": {
            HAVENKADE: watched[HAVENKADE],
            AFVAL: watched[AFVAL],
            # A week old by now: no longer asked about.
            SINT_MAARTEN: {"posted": unix("2026-11-10T16:30:00+0000")},
        },
    }
    feed_page(load("page_feed_newer.json"), since=unix("2026-11-20T08:45:12+0000"))
    comments_page(LANTAARNPALEN, load("no_comments.json"))
    comments_page(
        HAVENKADE, load("post_comments_newer.json"), since=unix("2026-11-20T11:40:09+0000")
    )
    comments_page(AFVAL, load("no_comments.json"))

    batch = FacebookSource(account).fetch_new(cursor, now=later)

    assert sorted(posts_by_id(batch)) == sorted([LANTAARNPALEN, PIM_QUESTION])
    assert posts_by_id(batch)[PIM_QUESTION].in_reply_to == HAVENKADE
    assert batch.cursor["feed"] == {"since": unix("2026-11-20T15:30:00+0000")}
    assert batch.cursor["comments"][HAVENKADE]["since"] == unix("2026-11-20T16:05:51+0000")
    assert set(batch.cursor["comments"]) == {LANTAARNPALEN, HAVENKADE, AFVAL}
    assert not any(SINT_MAARTEN in call.request.url for call in responses.calls)


@responses.activate
def test_a_walk_cut_short_by_the_page_limit_goes_on_where_it_stopped(account, settings):
    settings.SOURCE_MAX_PAGES_PER_POLL = 1
    old_since = unix("2026-11-01T00:00:00+0000")
    feed_page(load("page_feed_p1.json"), since=old_since)
    feed_page(load("page_feed_p2.json"), since=old_since, after=PAGE_1_AFTER)
    responses.get(f"{GRAPH}/{HAVENKADE}/comments", json=load("no_comments.json"))
    responses.get(f"{GRAPH}/{AFVAL}/comments", json=load("no_comments.json"))
    responses.get(f"{GRAPH}/{GROFVUIL}/comments", json=load("no_comments.json"))
    source = FacebookSource(account)

    first = source.fetch_new({"feed": {"since": old_since}}, now=NOW)

    assert sorted(posts_by_id(first)) == sorted([HAVENKADE, AFVAL, GROFVUIL])
    assert first.has_more
    # Until the walk reaches the old cursor, since stays where it was.
    assert first.cursor["feed"] == {
        "since": old_since,
        "pending": {"paging": {"after": PAGE_1_AFTER}, "top": unix("2026-11-20T08:45:12+0000")},
    }

    second = source.fetch_new(first.cursor, now=NOW)

    assert sorted(posts_by_id(second)) == sorted([SINT_MAARTEN, INSPRAAK])
    assert second.cursor["feed"] == {"since": unix("2026-11-20T08:45:12+0000")}
    assert not second.has_more


@responses.activate
def test_two_pages_are_stored_with_their_comments_through_a_poll(account):
    first_pull_responses()

    run = polling.account_poll(account_id=account.pk, now=NOW)

    assert run.status == FetchRun.Status.SUCCEEDED
    assert Post.objects.filter(platform=Platform.FACEBOOK).count() == 9
    question = Post.objects.get(external_id=SANNE_QUESTION)
    assert question.parent.external_id == HAVENKADE
    assert Post.objects.get(external_id=CITY_ANSWER).parent == question
    # Citizens' comments and posts on the page become cases; the city's own posts do not.
    assert set(Case.objects.values_list("post__external_id", flat=True)) == {
        SANNE_QUESTION,
        PIM_COMMENT,
        SANNE_FOLLOW_UP,
        GROFVUIL,
    }
    snapshot = Post.objects.get(external_id=HAVENKADE).snapshots.get()
    assert snapshot.reactions["angry"] == 7 and snapshot.likes == 47
    account.refresh_from_db()
    assert account.cursor["feed"] == {"since": unix("2026-11-20T08:45:12+0000")}


@responses.activate
def test_a_deleted_post_is_no_longer_watched_for_comments(account):
    feed_page(load("no_comments.json"), since=unix("2026-11-20T08:45:12+0000"))
    responses.get(
        f"{GRAPH}/{AFVAL}/comments",
        status=400,
        json={
            "error": {
                "message": "Unsupported get request. Object with ID '...' does not exist.",
                "type": "GraphMethodException",
                "code": 100,
                "error_subcode": 33,
                "fbtrace_id": "AnQ0rZ1",
            }
        },
    )
    cursor = {
        "feed": {"since": unix("2026-11-20T08:45:12+0000")},
        "comments": {AFVAL: {"posted": unix("2026-11-19T14:02:40+0000")}},
    }

    batch = FacebookSource(account).fetch_new(cursor, now=NOW)

    assert batch.cursor["comments"] == {} and not batch.posts


@responses.activate
def test_commenters_are_named_by_their_facebook_name_not_by_an_empty_handle(account):
    first_pull_responses()

    polling.account_poll(account_id=account.pk, now=NOW)

    comment = Post.objects.get(external_id=SANNE_QUESTION)
    # Facebook gives a name and a page-scoped id, no handle: none is invented.
    assert comment.author_handle == ""
    assert comment.author_label == comment.author_name
    assert comment.author_label and not comment.author_label.startswith("@")

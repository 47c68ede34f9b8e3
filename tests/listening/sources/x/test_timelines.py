"""Reading an X account's own timeline and its mentions: kinds, cursors, pages, and what
is quarantined."""

from datetime import UTC, datetime

from responses import matchers

from listening import polling
from listening.models import FetchRun, Post, PostKind, QuarantinedPayload
from listening.sources.x import XSource
from tests.listening.sources.recorded import post_kinds
from tests.listening.sources.x.recorded_api import (
    BEARER,
    MENTIONS_URL,
    NOW,
    TWEETS_URL,
    first_poll_answers,
    load,
)


def test_a_first_pull_brings_in_own_posts_mentions_and_replies_with_the_right_kinds(account, api):
    first_poll_answers(api)

    batch = XSource(account).fetch_new({}, now=NOW)

    assert post_kinds(batch) == {
        "1861391056201744385": PostKind.OWN_POST,
        "1861388822006784001": PostKind.OWN_POST,
        "1861372233445566778": PostKind.REPOST,
        "1861395120987654321": PostKind.REPLY,
        "1861385500011223040": PostKind.MENTION,
        "1861380001112223334": PostKind.MENTION,
    }
    posts = {post.external_id: post for post in batch.posts}
    announcement = posts["1861391056201744385"]
    assert announcement.text.startswith("Vanaf maandag 2 december is de Havenkade")
    assert "Omleiding & planning" in announcement.text
    assert announcement.author_handle == "GemeenteZeestad"
    assert announcement.url == "https://x.com/GemeenteZeestad/status/1861391056201744385"
    assert announcement.created_at == datetime(2024, 11, 26, 8, 15, 2, tzinfo=UTC)
    assert announcement.has_media and announcement.has_link
    assert announcement.raw == load("users_tweets.json")["data"][0]

    question = posts["1861395120987654321"]
    assert question.author_id == "1577001234567890123"
    assert (question.author_handle, question.author_name) == ("kees_fietst", "Kees 🚲")
    assert question.in_reply_to == "1861391056201744385"
    assert question.conversation_key == "x:1861391056201744385"
    assert question.language == "nl"
    assert question.url == "https://x.com/kees_fietst/status/1861395120987654321"

    lamp = posts["1861385500011223040"]
    assert lamp.has_media and not lamp.has_link  # the photo's own link is no link to elsewhere
    assert posts["1861380001112223334"].language == "de"
    assert posts["1861388822006784001"].in_reply_to == "1861385500011223040"

    engagement = {item.external_id: item for item in batch.engagement}
    own = engagement["1861391056201744385"]
    assert (own.likes, own.shares, own.replies, own.quotes) == (31, 12, 4, 2)
    assert own.impressions == 4823 and own.taken_at == NOW
    # Only the city's own posts are read: a citizen's numbers stay in its raw payload, and a
    # retweet's counters are the original's.
    assert set(engagement) == {"1861391056201744385", "1861388822006784001"}
    assert batch.cursor == {
        "tweets": {"since_id": "1861391056201744385"},
        "mentions": {"since_id": "1861395120987654321"},
        # The announcement started a conversation; the city's reply and retweet did not.
        "conversations": {"roots": ["1861391056201744385"]},
    }
    assert not batch.has_more and not batch.unparseable

    sent = api.calls[0].request.params
    assert sent["max_results"] == "100" and sent["expansions"] == "author_id"
    assert "public_metrics" in sent["tweet.fields"] and "conversation_id" in sent["tweet.fields"]
    assert "since_id" not in sent
    assert api.calls[0].request.headers["Authorization"] == f"Bearer {BEARER}"


def test_the_next_poll_asks_only_for_posts_newer_than_the_stored_cursor(account, api):
    cursor = {
        "tweets": {"since_id": "1861391056201744385"},
        "mentions": {"since_id": "1861395120987654321"},
        "conversations": {"roots": []},
    }
    api.get(
        TWEETS_URL,
        json=load("empty.json"),
        match=[
            matchers.query_param_matcher({"since_id": "1861391056201744385"}, strict_match=False)
        ],
    )
    api.get(
        MENTIONS_URL,
        json=load("users_mentions_newer.json"),
        match=[
            matchers.query_param_matcher({"since_id": "1861395120987654321"}, strict_match=False)
        ],
    )

    batch = XSource(account).fetch_new(cursor, now=NOW)

    assert [post.external_id for post in batch.posts] == ["1861402233445566779"]
    assert batch.posts[0].kind == PostKind.REPLY
    assert batch.posts[0].in_reply_to == "1861388822006784001"
    assert batch.posts[0].conversation_key == "x:1861385500011223040"
    assert batch.cursor == {
        "tweets": {"since_id": "1861391056201744385"},
        "mentions": {"since_id": "1861402233445566779"},
        "conversations": {"roots": []},
    }


def test_a_pull_follows_next_token_across_two_pages(account, api):
    api.get(TWEETS_URL, json=load("empty.json"))
    api.get(MENTIONS_URL, json=load("users_mentions_page1.json"))
    api.get(
        MENTIONS_URL,
        json=load("users_mentions_page2.json"),
        match=[
            matchers.query_param_matcher(
                {"pagination_token": "7140dibdnow9c7btw3w3j1fl2pc6x8pbtcyd4nkgk8fdp"},
                strict_match=False,
            )
        ],
    )

    batch = XSource(account).fetch_new({"mentions": {"since_id": "1861402233445566779"}}, now=NOW)

    assert [post.author_handle for post in batch.posts] == [
        "fenna_zee",
        "omar_zeestad",
        "liesbakker",
        "bram_b",
    ]
    assert api.calls[2].request.params["since_id"] == "1861402233445566779"
    # The newest post of the first page is where the next poll starts.
    assert batch.cursor["mentions"] == {"since_id": "1861420087766554433"}
    assert not batch.has_more


def test_a_backlog_longer_than_one_poll_is_saved_in_parts_without_a_gap(account, api, settings):
    settings.SOURCE_MAX_PAGES_PER_POLL = 1
    api.get(TWEETS_URL, json=load("empty.json"))
    api.get(MENTIONS_URL, json=load("users_mentions_page1.json"))
    source = XSource(account)

    first = source.fetch_new({"mentions": {"since_id": "1861402233445566779"}}, now=NOW)

    assert [post.author_handle for post in first.posts] == ["fenna_zee", "omar_zeestad"]
    assert first.has_more
    # Not yet past the posts still to come: the old since_id stays until the sweep is done.
    assert first.cursor["mentions"] == {
        "since_id": "1861402233445566779",
        "until_id": "1861418812345678912",
        "sweep_newest_id": "1861420087766554433",
    }

    api.get(TWEETS_URL, json=load("empty.json"))
    api.get(
        MENTIONS_URL,
        json=load("users_mentions_page2.json"),
        match=[
            matchers.query_param_matcher(
                {"since_id": "1861402233445566779", "until_id": "1861418812345678912"},
                strict_match=False,
            )
        ],
    )
    second = source.fetch_new(first.cursor, now=NOW)

    assert [post.author_handle for post in second.posts] == ["liesbakker", "bram_b"]
    assert not second.has_more
    assert second.cursor["mentions"] == {"since_id": "1861420087766554433"}


def test_unreadable_items_are_quarantined_while_the_others_are_stored(account, api):
    api.get(TWEETS_URL, json=load("empty.json"))
    api.get(MENTIONS_URL, json=load("users_mentions_malformed_items.json"))

    run = polling.account_poll(account_id=account.id, now=NOW)

    assert sorted(Post.objects.values_list("author_handle", flat=True)) == ["bram_b", "fenna_zee"]
    quarantined = QuarantinedPayload.objects.order_by("id")
    assert [item.raw.get("text") for item in quarantined] == [
        "@GemeenteZeestad Tram 3 weer vertraagd.",
        "@GemeenteZeestad Glas op het fietspad is nog niet opgeruimd.",
    ]
    assert "not a date: 'gisteren om 10 uur'" in quarantined[0].error
    assert "post without a valid id" in quarantined[1].error
    assert run.status == FetchRun.Status.PARTIAL and run.items_quarantined == 2
    account.refresh_from_db()
    # The quarantined items are kept, so the cursor may move past them.
    assert account.cursor["mentions"] == {"since_id": "1861426600011122233"}


def test_an_unreadable_body_is_quarantined_and_its_stream_read_again_next_time(account, api):
    api.get(TWEETS_URL, body='{"data": [{"id": "1861', content_type="application/json")
    api.get(MENTIONS_URL, json=load("users_mentions.json"))
    account.cursor = {"tweets": {"since_id": "1861300000000000000"}}
    account.save()

    run = polling.account_poll(account_id=account.id, now=NOW)

    assert Post.objects.filter(kind__in=[PostKind.MENTION, PostKind.REPLY]).count() == 3
    assert QuarantinedPayload.objects.get().raw == '{"data": [{"id": "1861'
    assert run.status == FetchRun.Status.PARTIAL
    account.refresh_from_db()
    assert account.cursor["tweets"] == {"since_id": "1861300000000000000"}
    assert account.cursor["mentions"] == {"since_id": "1861395120987654321"}


def test_x_authors_are_named_by_their_handle(account, api):
    api.get(TWEETS_URL, json=load("empty.json"))
    api.get(MENTIONS_URL, json=load("users_mentions.json"))

    polling.account_poll(account_id=account.id, now=NOW)

    labels = set(Post.objects.values_list("author_handle", flat=True))
    assert {post.author_label for post in Post.objects.all()} == {f"@{h}" for h in labels}

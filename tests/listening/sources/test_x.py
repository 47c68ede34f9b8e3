"""The X connector against recorded API v2 bodies, through the real tweepy client."""

import json
import logging
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import requests
import responses
from responses import matchers

from listening import services
from listening.models import Account, FetchRun, Platform, Post, PostKind, QuarantinedPayload
from listening.sources import source_for
from listening.sources.errors import (
    CredentialsInvalid,
    RateLimited,
    SourceError,
    TransientSourceError,
)
from listening.sources.x import XSource, batch_from_payload, identify_account
from tests.factories import AccountFactory

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "x"
CITY_ID = "1402611112223334445"
API = "https://api.twitter.com/2"
TWEETS_URL = f"{API}/users/{CITY_ID}/tweets"
MENTIONS_URL = f"{API}/users/{CITY_ID}/mentions"
SEARCH_URL = f"{API}/tweets/search/recent"
BEARER = "AAAAAAAAAAAAAAAAAAAAAsecret-bearer-zeestad"
USER_TOKENS = {
    "consumer_key": "ck-zeestad",
    "consumer_secret": "cs-secret-zeestad",
    "access_token": f"{CITY_ID}-at-zeestad",
    "access_token_secret": "ats-secret-zeestad",
}
NOW = datetime(2024, 11, 26, 11, 0, tzinfo=UTC)


def body(name):
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


@pytest.fixture
def account(departments):
    return AccountFactory(
        platform=Platform.X,
        handle="GemeenteZeestad",
        display_name="Gemeente Zeestad",
        platform_id=CITY_ID,
        department=departments["communication"],
        credentials={"bearer_token": BEARER, **USER_TOKENS},
    )


@pytest.fixture
def api():
    with responses.RequestsMock() as mock:
        yield mock


def test_a_first_pull_brings_in_own_posts_mentions_and_replies_with_the_right_kinds(account, api):
    api.get(TWEETS_URL, json=body("users_tweets.json"))
    api.get(MENTIONS_URL, json=body("users_mentions.json"))
    api.get(SEARCH_URL, json=body("empty.json"))

    batch = XSource(account).fetch_new({}, now=NOW)

    kinds = {post.external_id: post.kind for post in batch.posts}
    assert kinds == {
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
    assert announcement.raw == body("users_tweets.json")["data"][0]

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
        json=body("empty.json"),
        match=[
            matchers.query_param_matcher({"since_id": "1861391056201744385"}, strict_match=False)
        ],
    )
    api.get(
        MENTIONS_URL,
        json=body("users_mentions_newer.json"),
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
    api.get(TWEETS_URL, json=body("empty.json"))
    api.get(MENTIONS_URL, json=body("users_mentions_page1.json"))
    api.get(
        MENTIONS_URL,
        json=body("users_mentions_page2.json"),
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
    api.get(TWEETS_URL, json=body("empty.json"))
    api.get(MENTIONS_URL, json=body("users_mentions_page1.json"))
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

    api.get(TWEETS_URL, json=body("empty.json"))
    api.get(
        MENTIONS_URL,
        json=body("users_mentions_page2.json"),
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


def test_a_429_says_when_x_lets_the_account_read_again(account, api):
    api.get(
        TWEETS_URL,
        status=429,
        json=body("rate_limited.json"),
        headers={
            "x-rate-limit-limit": "10",
            "x-rate-limit-remaining": "0",
            "x-rate-limit-reset": "1732620600",
        },
    )

    with pytest.raises(RateLimited) as raised:
        XSource(account).fetch_new({}, now=NOW)

    assert raised.value.retry_at == datetime(2024, 11, 26, 11, 30, tzinfo=UTC)
    assert "@GemeenteZeestad" in str(raised.value)


def test_a_rate_limited_poll_saves_nothing_and_waits_for_the_reset(account, api):
    api.get(TWEETS_URL, json=body("users_tweets.json"))
    api.get(
        MENTIONS_URL,
        status=429,
        json=body("rate_limited.json"),
        headers={"x-rate-limit-reset": "1732620600"},
    )

    with pytest.raises(RateLimited):
        services.account_poll(account_id=account.id, now=NOW)

    account.refresh_from_db()
    assert account.rate_limited_until == datetime(2024, 11, 26, 11, 30, tzinfo=UTC)
    assert account.cursor == {}
    assert FetchRun.objects.get().status == FetchRun.Status.RATE_LIMITED


def test_an_expired_token_flags_the_account_for_attention_and_fails_the_run(account, api):
    api.get(TWEETS_URL, status=401, json=body("unauthorized.json"))

    run = services.account_poll(account_id=account.id, now=NOW)

    account.refresh_from_db()
    assert account.needs_attention
    assert "X does not accept the tokens of @GemeenteZeestad" in account.attention_reason
    assert "invalid, expired or revoked" in account.attention_reason
    assert BEARER not in account.attention_reason
    assert run.status == FetchRun.Status.FAILED
    assert "CredentialsInvalid" in run.error and BEARER not in run.error
    assert not Post.objects.exists()


def test_an_account_without_a_bearer_token_asks_for_one(account):
    account.credentials = {}

    with pytest.raises(CredentialsInvalid, match="no bearer_token"):
        XSource(account).fetch_new({}, now=NOW)


def test_unreadable_items_are_quarantined_while_the_others_are_stored(account, api):
    api.get(TWEETS_URL, json=body("empty.json"))
    api.get(MENTIONS_URL, json=body("users_mentions_malformed_items.json"))

    run = services.account_poll(account_id=account.id, now=NOW)

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
    api.get(MENTIONS_URL, json=body("users_mentions.json"))
    account.cursor = {"tweets": {"since_id": "1861300000000000000"}}
    account.save()

    run = services.account_poll(account_id=account.id, now=NOW)

    assert Post.objects.filter(kind__in=[PostKind.MENTION, PostKind.REPLY]).count() == 3
    assert QuarantinedPayload.objects.get().raw == '{"data": [{"id": "1861'
    assert run.status == FetchRun.Status.PARTIAL
    account.refresh_from_db()
    assert account.cursor["tweets"] == {"since_id": "1861300000000000000"}
    assert account.cursor["mentions"] == {"since_id": "1861395120987654321"}


def test_a_network_error_or_a_server_error_is_worth_retrying(account, api):
    api.get(TWEETS_URL, body=requests.ConnectionError("connection reset"))
    api.get(TWEETS_URL, status=503, json={"title": "Service Unavailable", "status": 503})

    with pytest.raises(TransientSourceError, match="Could not reach X"):
        XSource(account).fetch_new({}, now=NOW)
    with pytest.raises(TransientSourceError):
        XSource(account).fetch_new({}, now=NOW)


def test_a_reply_is_posted_in_reply_to_the_citizens_post_and_its_id_returned(account, api):
    api.post(f"{API}/tweets", status=201, json=body("create_tweet.json"))

    new_id = source_for(account).send_reply(
        in_reply_to="1861395120987654321",
        text="@kees_fietst Via de Stationsweg, daar staan vanaf maandag borden. Goede reis!",
    )

    assert new_id == "1861431234567890123"
    request = api.calls[0].request
    assert json.loads(request.body) == {
        "reply": {"in_reply_to_tweet_id": "1861395120987654321"},
        "text": "@kees_fietst Via de Stationsweg, daar staan vanaf maandag borden. Goede reis!",
    }
    # Posting is done as the city's own account (OAuth 1.0a user context), not the app.
    assert request.headers["Authorization"].startswith("OAuth ")
    assert 'oauth_consumer_key="ck-zeestad"' in request.headers["Authorization"]


def test_replying_without_user_tokens_says_which_are_missing(account):
    account.credentials = {"bearer_token": BEARER}

    with pytest.raises(CredentialsInvalid) as raised:
        XSource(account).send_reply(in_reply_to="1861395120987654321", text="Dank!")

    assert "consumer_key, consumer_secret, access_token, access_token_secret" in str(raised.value)


def test_a_refused_duplicate_reply_is_not_taken_for_bad_credentials(account, api):
    api.post(f"{API}/tweets", status=403, json=body("forbidden_duplicate.json"))

    with pytest.raises(SourceError) as raised:
        XSource(account).send_reply(in_reply_to="1861395120987654321", text="Dank!")

    assert not isinstance(raised.value, CredentialsInvalid)
    assert "duplicate content" in str(raised.value)


def test_engagement_is_asked_for_in_chunks_of_a_hundred(account, api):
    ids = ["1861391056201744385", "1861388822006784001", "1861300000000000001"]
    ids += [str(1861000000000000000 + n) for n in range(147)]
    api.get(f"{API}/tweets", json=body("tweets_lookup.json"))
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


def test_a_saved_response_body_is_normalised_like_a_polled_one(account):
    batch = batch_from_payload(body("users_mentions.json"), account=account, now=NOW)

    assert [post.kind for post in batch.posts] == [
        PostKind.REPLY,
        PostKind.MENTION,
        PostKind.MENTION,
    ]
    assert batch.posts[1].author_handle == "marit_vdberg"
    assert not batch.engagement and batch.cursor == {}  # citizens' posts only


def test_posts_saved_without_their_author_are_told_apart_by_whom_they_address(account):
    batch = batch_from_payload(body("saved_default_fields.json"), account=account, now=NOW)

    question, sunset = batch.posts
    assert question.kind == PostKind.MENTION and question.author_handle == ""
    assert question.url == "https://x.com/i/web/status/1861196501234567890"
    assert sunset.kind == PostKind.OWN_POST and sunset.author_handle == "GemeenteZeestad"
    assert sunset.conversation_key == "x:1861176900012345678"


def test_an_imported_account_is_identified_from_the_users_in_the_body(db):
    assert identify_account(body("users_tweets.json"), handle="@gemeentezeestad") == {
        "platform_id": CITY_ID,
        "display_name": "Gemeente Zeestad",
    }
    assert identify_account(body("users_mentions.json"), handle="GemeenteZeestad") == {}
    assert identify_account(body("saved_default_fields.json"), handle="GemeenteZeestad") == {}


def test_an_x_account_without_its_numeric_id_needs_attention(account, api):
    Account.objects.filter(pk=account.pk).update(platform_id="")

    run = services.account_poll(account_id=account.id, now=NOW)

    account.refresh_from_db()
    assert account.needs_attention and "numeric X user id" in account.attention_reason
    assert run.status == FetchRun.Status.FAILED


def test_a_run_left_running_by_a_killed_worker_is_marked_abandoned_by_the_next_poll(account, api):
    api.get(TWEETS_URL, json=body("users_tweets.json"))
    api.get(MENTIONS_URL, json=body("users_mentions.json"))
    api.get(SEARCH_URL, json=body("empty.json"))
    # What a worker killed in the middle of a poll leaves behind: a run that never finished.
    killed = FetchRun.objects.create(account=account)

    run = services.account_poll(account_id=account.id, now=NOW)

    killed.refresh_from_db()
    assert killed.status == FetchRun.Status.FAILED
    assert killed.error.startswith("Abandoned") and killed.finished_at is not None
    assert run.status == FetchRun.Status.SUCCEEDED
    assert not FetchRun.objects.filter(status=FetchRun.Status.RUNNING).exists()


def test_the_run_of_a_poll_still_under_way_elsewhere_is_not_taken_for_abandoned(account, api):
    import psycopg
    from django.db import connection

    api.get(TWEETS_URL, json=body("users_tweets.json"))
    api.get(MENTIONS_URL, json=body("users_mentions.json"))
    api.get(SEARCH_URL, json=body("empty.json"))
    live = FetchRun.objects.create(account=account)
    # Another worker polling the same account holds its poll lock on its own connection.
    with psycopg.connect(**connection.get_connection_params(), autocommit=True) as other:
        other.execute(
            "SELECT pg_advisory_lock_shared(%s, %s)", [services._POLL_LOCK_NAMESPACE, account.id]
        )

        services.account_poll(account_id=account.id, now=NOW)

    live.refresh_from_db()
    assert live.status == FetchRun.Status.RUNNING


def test_posts_stored_by_another_worker_after_the_look_up_are_skipped_not_duplicated(
    account, monkeypatch
):
    from departments.models import Case

    batch = batch_from_payload(body("users_mentions.json"), account=account, now=NOW)
    first, *rest = batch.posts
    services.posts_upsert(account=account, fetched=[first])
    # The other worker commits between our look-up of known posts and our COPY.
    monkeypatch.setattr(services, "_post_ids", lambda cursor, keys: {})

    counts = services.batch_ingest(account=account, batch=batch)

    assert counts.posts_created == len(rest)
    stored = list(Post.objects.values_list("external_id", flat=True))
    assert sorted(stored) == sorted(post.external_id for post in batch.posts)
    assert Case.objects.filter(post__external_id=first.external_id).count() == 1
    assert Case.objects.count() == len(batch.posts)


def test_x_authors_are_named_by_their_handle(account, api):
    api.get(TWEETS_URL, json=body("empty.json"))
    api.get(MENTIONS_URL, json=body("users_mentions.json"))

    services.account_poll(account_id=account.id, now=NOW)

    labels = set(Post.objects.values_list("author_handle", flat=True))
    assert {post.author_label for post in Post.objects.all()} == {f"@{h}" for h in labels}


# -- replies in the conversations the city started ---------------------------------------

ANNOUNCEMENT = "1861391056201744385"  # the city's post about the Havenkade
STADSPARK = "1861133016626274755"  # the city's post about pruning in the Stadspark
KEES_QUESTION = "1861395120987654321"  # a reply to the announcement that mentions the city
SANNE_REPLY = "1861398318937125383"  # Sanne answers Kees, without mentioning the city
RUUD_REPLY = "1861405461836972305"
BAS_REPLY = "1861425225397197345"
FATIMA_REPLY = "1861418833278071017"

# The fixtures' ids were made a few hours after their created_at; a search stops 30 seconds
# before its poll, so the polls that search come after the newest of them.
POLLED_AT = datetime(2024, 11, 26, 16, 0, tzinfo=UTC)


def snowflake(at):
    return str((int(at.timestamp() * 1000) - 1288834974657) << 22)


# Every query of a poll's search stops 30 seconds before the poll, at this id.
SEARCH_UNTIL = snowflake(POLLED_AT - timedelta(seconds=30))


def searches(api):
    return [call.request for call in api.calls if call.request.url.startswith(SEARCH_URL)]


def polled_cursor(**conversations):
    return {
        "tweets": {"since_id": ANNOUNCEMENT},
        "mentions": {"since_id": KEES_QUESTION},
        "conversations": conversations,
    }


def test_a_first_pull_finds_a_reply_in_the_citys_thread_that_does_not_mention_it(account, api):
    from departments.models import Case

    api.get(TWEETS_URL, json=body("users_tweets.json"))
    api.get(MENTIONS_URL, json=body("users_mentions.json"))
    api.get(SEARCH_URL, json=body("search_conversations.json"))

    run = services.account_poll(account_id=account.id, now=POLLED_AT)

    reply = Post.objects.get(external_id=SANNE_REPLY)
    assert reply.kind == PostKind.REPLY and reply.author_label == "@sanne_dewit"
    assert "@GemeenteZeestad" not in reply.text
    assert reply.parent.external_id == KEES_QUESTION
    assert reply.parent.parent.external_id == ANNOUNCEMENT
    assert reply.conversation_key == f"x:{ANNOUNCEMENT}"
    assert Case.objects.filter(post=reply).count() == 1
    # Kees's question came both as a mention and from the search: one post, one case.
    assert Post.objects.filter(external_id=KEES_QUESTION).count() == 1
    assert Case.objects.filter(post__external_id=KEES_QUESTION).count() == 1
    assert run.status == FetchRun.Status.SUCCEEDED and run.cases_created == 4

    (search,) = searches(api)
    mentions = next(call.request for call in api.calls if call.request.url.startswith(MENTIONS_URL))
    assert search.params["query"] == f"conversation_id:{ANNOUNCEMENT} -from:{CITY_ID}"
    for name in ("tweet.fields", "expansions", "user.fields", "max_results"):
        assert search.params[name] == mentions.params[name]
    assert search.params["until_id"] == SEARCH_UNTIL
    assert "since_id" not in search.params and "end_time" not in search.params
    account.refresh_from_db()
    assert account.cursor["conversations"] == {"since_id": SANNE_REPLY, "roots": [ANNOUNCEMENT]}


def test_the_next_poll_searches_the_conversations_from_their_own_since_id(account, api):
    since = matchers.query_param_matcher
    api.get(
        TWEETS_URL,
        json=body("empty.json"),
        match=[since({"since_id": ANNOUNCEMENT}, strict_match=False)],
    )
    api.get(
        MENTIONS_URL,
        json=body("empty.json"),
        match=[since({"since_id": KEES_QUESTION}, strict_match=False)],
    )
    api.get(
        SEARCH_URL,
        json=body("search_conversations_newer.json"),
        match=[since({"since_id": SANNE_REPLY}, strict_match=False)],
    )

    batch = XSource(account).fetch_new(
        polled_cursor(since_id=SANNE_REPLY, roots=[ANNOUNCEMENT]), now=POLLED_AT
    )

    (reply,) = batch.posts
    assert reply.external_id == RUUD_REPLY and reply.kind == PostKind.REPLY
    assert reply.in_reply_to == SANNE_REPLY and reply.conversation_key == f"x:{ANNOUNCEMENT}"
    assert batch.cursor == polled_cursor(since_id=RUUD_REPLY, roots=[ANNOUNCEMENT])
    assert not batch.has_more
    # X refuses a since_id together with a start_time or an end_time: the search stops at an id.
    (search,) = searches(api)
    assert search.params["until_id"] == SEARCH_UNTIL
    assert not {"start_time", "end_time"} & set(search.params)


def test_a_search_follows_next_token_with_the_same_query(account, api):
    api.get(TWEETS_URL, json=body("empty.json"))
    api.get(MENTIONS_URL, json=body("empty.json"))
    # Registered twice: responses answers them in order.
    api.get(SEARCH_URL, json=body("search_conversations_page1.json"))
    api.get(SEARCH_URL, json=body("search_conversations_page2.json"))

    batch = XSource(account).fetch_new(
        polled_cursor(since_id=SANNE_REPLY, roots=[STADSPARK, ANNOUNCEMENT]), now=POLLED_AT
    )

    assert [post.author_handle for post in batch.posts] == ["bas_v", "fatima_b", "noor_fietst"]
    first, second = searches(api)
    assert first.params["query"] == (
        f"(conversation_id:{ANNOUNCEMENT} OR conversation_id:{STADSPARK}) -from:{CITY_ID}"
    )
    assert first.params["since_id"] == SANNE_REPLY and "next_token" not in first.params
    assert second.params == {
        **first.params,
        "next_token": "b26v89c19zqg8o3fpdm7fcu5h5zmxg8wfwz1w3pn4qdj1",
    }
    # The newest reply of the first page is where the next search starts.
    assert batch.cursor["conversations"] == {
        "since_id": BAS_REPLY,
        "roots": [ANNOUNCEMENT, STADSPARK],
    }
    assert not batch.has_more


def test_a_search_longer_than_one_poll_is_saved_in_parts_without_a_gap(account, api, settings):
    settings.SOURCE_MAX_PAGES_PER_POLL = 1
    api.get(TWEETS_URL, json=body("empty.json"))
    api.get(MENTIONS_URL, json=body("empty.json"))
    api.get(SEARCH_URL, json=body("search_conversations_page1.json"))
    source = XSource(account)

    first = source.fetch_new(
        polled_cursor(since_id=SANNE_REPLY, roots=[ANNOUNCEMENT, STADSPARK]), now=POLLED_AT
    )

    assert [post.author_handle for post in first.posts] == ["bas_v", "fatima_b"]
    assert first.has_more
    # The since_id stays until the sweep is done; the next part goes on below the oldest reply
    # saved, and stops at the same moment as this one.
    state = first.cursor["conversations"]
    assert state["since_id"] == SANNE_REPLY
    assert state["sweep"] == {
        "until_id": SEARCH_UNTIL,
        "queries": [
            {
                "conversations": [ANNOUNCEMENT, STADSPARK],
                "since_id": SANNE_REPLY,
                "until_id": FATIMA_REPLY,
                "sweep_newest_id": BAS_REPLY,
            }
        ],
    }

    api.replace(responses.GET, SEARCH_URL, json=body("search_conversations_page2.json"))
    second = source.fetch_new(first.cursor, now=POLLED_AT + timedelta(minutes=1))

    assert [post.author_handle for post in second.posts] == ["noor_fietst"]
    assert not second.has_more
    request = searches(api)[-1]
    assert request.params["until_id"] == FATIMA_REPLY
    assert request.params["since_id"] == SANNE_REPLY
    assert second.cursor["conversations"] == {
        "since_id": BAS_REPLY,
        "roots": [ANNOUNCEMENT, STADSPARK],
    }


def test_many_conversations_are_searched_in_queries_that_fit_xs_query_length(account, api):
    searched = [snowflake(POLLED_AT - timedelta(hours=5 * n)) for n in range(20)]
    learnt = [snowflake(POLLED_AT - timedelta(hours=100 + 3 * n)) for n in range(10)]
    too_old = snowflake(POLLED_AT - timedelta(days=8))
    since_id = snowflake(POLLED_AT - timedelta(hours=1))
    api.get(TWEETS_URL, json=body("empty.json"))
    api.get(MENTIONS_URL, json=body("empty.json"))
    api.get(SEARCH_URL, json=body("empty.json"))

    batch = XSource(account).fetch_new(
        polled_cursor(since_id=since_id, roots=[*searched, too_old], new_roots=learnt),
        now=POLLED_AT,
    )

    queries = {request.params["query"]: request.params.get("since_id") for request in searches(api)}
    assert len(queries) == 3
    asked = {}
    for query, query_since_id in queries.items():
        assert len(query) <= 512 and query.endswith(f" -from:{CITY_ID}")
        for root in re.findall(r"conversation_id:(\d+)", query):
            assert root not in asked
            asked[root] = query_since_id
    # Searched before: from the since_id; newly learnt: over the whole window; too old: no more.
    assert asked == {**dict.fromkeys(searched, since_id), **dict.fromkeys(learnt)}
    assert {request.params["until_id"] for request in searches(api)} == {SEARCH_UNTIL}
    assert batch.cursor["conversations"] == {
        "since_id": since_id,
        "roots": sorted([*searched, *learnt], key=int, reverse=True),
    }


def test_a_since_id_older_than_the_search_window_is_left_out(account, api):
    api.get(TWEETS_URL, json=body("empty.json"))
    api.get(MENTIONS_URL, json=body("empty.json"))
    api.get(SEARCH_URL, json=body("empty.json"))
    stale = snowflake(POLLED_AT - timedelta(days=7))

    batch = XSource(account).fetch_new(
        polled_cursor(since_id=stale, roots=[ANNOUNCEMENT]), now=POLLED_AT
    )

    (request,) = searches(api)
    assert "since_id" not in request.params
    assert batch.cursor["conversations"] == {"since_id": stale, "roots": [ANNOUNCEMENT]}


def test_the_citys_own_posts_found_by_the_search_are_left_to_its_timeline(account, api):
    found = body("search_conversations.json")
    announcement = body("users_tweets.json")["data"][0]
    found["data"].append(announcement)
    found["includes"]["users"].append(body("users_tweets.json")["includes"]["users"][0])
    api.get(TWEETS_URL, json=body("empty.json"))
    api.get(MENTIONS_URL, json=body("empty.json"))
    api.get(SEARCH_URL, json=found)

    batch = XSource(account).fetch_new(polled_cursor(roots=[ANNOUNCEMENT]), now=POLLED_AT)

    assert [post.external_id for post in batch.posts] == [SANNE_REPLY, KEES_QUESTION]
    assert ANNOUNCEMENT not in {item.external_id for item in batch.engagement}


def test_a_reply_found_again_by_a_later_search_is_not_stored_twice(account, api):
    from departments.models import Case

    api.get(TWEETS_URL, json=body("users_tweets.json"))
    api.get(MENTIONS_URL, json=body("users_mentions.json"))
    api.get(SEARCH_URL, json=body("empty.json"))
    services.account_poll(account_id=account.id, now=POLLED_AT)
    assert Post.objects.filter(external_id=KEES_QUESTION, kind=PostKind.REPLY).exists()

    api.replace(responses.GET, TWEETS_URL, json=body("empty.json"))
    api.replace(responses.GET, MENTIONS_URL, json=body("empty.json"))
    api.replace(responses.GET, SEARCH_URL, json=body("search_conversations.json"))
    run = services.account_poll(account_id=account.id, now=POLLED_AT + timedelta(minutes=5))

    # Kees's question, stored as a mention, comes again from the search: only Sanne's is new.
    assert (run.items_seen, run.posts_created, run.cases_created) == (2, 1, 1)
    assert Post.objects.filter(external_id=KEES_QUESTION).count() == 1
    assert Case.objects.filter(post__external_id=KEES_QUESTION).count() == 1
    assert Post.objects.get(external_id=SANNE_REPLY).parent.external_id == KEES_QUESTION


def test_an_access_level_without_search_leaves_the_account_healthy_and_its_mentions_read(
    account, api, caplog
):
    api.get(TWEETS_URL, json=body("users_tweets.json"))
    api.get(MENTIONS_URL, json=body("users_mentions.json"))
    api.get(SEARCH_URL, status=403, json=body("search_forbidden.json"))

    with caplog.at_level(logging.INFO, logger="listening.sources.x"):
        run = services.account_poll(account_id=account.id, now=POLLED_AT)

    account.refresh_from_db()
    assert not account.needs_attention and not account.attention_reason
    assert run.status == FetchRun.Status.SUCCEEDED and run.cases_created == 3
    assert Post.objects.filter(kind__in=[PostKind.MENTION, PostKind.REPLY]).count() == 3
    assert account.cursor["mentions"] == {"since_id": KEES_QUESTION}
    # Where an administrator looks at the account: why its threads are not searched.
    state = account.cursor["conversations"]
    assert state["roots"] == [ANNOUNCEMENT] and state["checked_at"] == POLLED_AT.isoformat()
    assert state["unavailable"].startswith("X refused recent search for @GemeenteZeestad (403 ")
    assert "access level does not include it" in state["unavailable"]
    assert BEARER not in state["unavailable"]
    warnings = [record for record in caplog.records if record.levelno == logging.WARNING]
    assert [record.getMessage() for record in warnings] == [state["unavailable"]]
    # ... and on the run, where an operator checking the polls sees it.
    assert run.error == state["unavailable"]

    # The next polls leave search alone, and say nothing more, until a day has passed.
    api.replace(responses.GET, TWEETS_URL, json=body("empty.json"))
    api.replace(responses.GET, MENTIONS_URL, json=body("empty.json"))
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="listening.sources.x"):
        later = services.account_poll(account_id=account.id, now=POLLED_AT + timedelta(hours=6))
    assert later.status == FetchRun.Status.SUCCEEDED and len(searches(api)) == 1
    assert not [record for record in caplog.records if record.levelno >= logging.WARNING]

    api.replace(responses.GET, SEARCH_URL, json=body("search_conversations.json"))
    next_day = services.account_poll(account_id=account.id, now=POLLED_AT + timedelta(days=1))

    assert next_day.status == FetchRun.Status.SUCCEEDED and len(searches(api)) == 2
    assert Post.objects.filter(external_id=SANNE_REPLY).exists()
    account.refresh_from_db()
    assert account.cursor["conversations"] == {"since_id": SANNE_REPLY, "roots": [ANNOUNCEMENT]}


def test_a_429_on_search_says_when_x_lets_the_account_search_again(account, api):
    api.get(TWEETS_URL, json=body("users_tweets.json"))
    api.get(MENTIONS_URL, json=body("users_mentions.json"))
    api.get(
        SEARCH_URL,
        status=429,
        json=body("rate_limited.json"),
        headers={
            "x-rate-limit-limit": "60",
            "x-rate-limit-remaining": "0",
            "x-rate-limit-reset": "1732637700",
        },
    )

    with pytest.raises(RateLimited) as raised:
        services.account_poll(account_id=account.id, now=POLLED_AT)

    assert raised.value.retry_at == datetime(2024, 11, 26, 16, 15, tzinfo=UTC)
    assert "reading its conversations for @GemeenteZeestad" in str(raised.value)
    account.refresh_from_db()
    assert account.rate_limited_until == datetime(2024, 11, 26, 16, 15, tzinfo=UTC)
    assert not account.needs_attention and account.cursor == {}
    assert FetchRun.objects.get().status == FetchRun.Status.RATE_LIMITED


def test_an_account_polled_before_its_threads_were_watched_finds_those_of_the_last_week(
    account, api
):
    cursor = {"tweets": {"since_id": ANNOUNCEMENT}, "mentions": {"since_id": KEES_QUESTION}}
    api.get(
        TWEETS_URL,
        json=body("empty.json"),
        match=[matchers.query_param_matcher({"since_id": ANNOUNCEMENT}, strict_match=False)],
    )
    api.get(
        TWEETS_URL,
        json=body("users_tweets_started.json"),
        match=[matchers.query_param_matcher({"exclude": "retweets,replies"}, strict_match=False)],
    )
    api.get(MENTIONS_URL, json=body("empty.json"))
    api.get(SEARCH_URL, json=body("empty.json"))
    source = XSource(account)

    batch = source.fetch_new(cursor, now=POLLED_AT)

    seed = api.calls[2].request
    assert seed.params["start_time"] == "2024-11-19T17:00:00Z"
    assert seed.params["tweet.fields"] == "conversation_id"
    (search,) = searches(api)
    assert search.params["query"] == (
        f"(conversation_id:{ANNOUNCEMENT} OR conversation_id:{STADSPARK}) -from:{CITY_ID}"
    )
    assert batch.cursor["conversations"] == {"roots": [ANNOUNCEMENT, STADSPARK]}

    source.fetch_new(batch.cursor, now=POLLED_AT + timedelta(minutes=5))

    assert len([c for c in api.calls if c.request.url.startswith(TWEETS_URL)]) == 3

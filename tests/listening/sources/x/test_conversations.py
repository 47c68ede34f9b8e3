"""Replies in the conversations the city started on X, found by recent search: citizens
answering citizens in the city's threads."""

import logging
import re
from datetime import UTC, datetime, timedelta

import pytest
import responses
from responses import matchers

from listening import polling
from listening.models import FetchRun, Post, PostKind
from listening.sources.errors import (
    RateLimited,
)
from listening.sources.x import XSource
from tests.listening.sources.x.recorded_api import (
    BEARER,
    CITY_ID,
    MENTIONS_URL,
    SEARCH_URL,
    TWEETS_URL,
    first_poll_answers,
    load,
    rate_limited,
)

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

    api.get(TWEETS_URL, json=load("users_tweets.json"))
    api.get(MENTIONS_URL, json=load("users_mentions.json"))
    api.get(SEARCH_URL, json=load("search_conversations.json"))

    run = polling.account_poll(account_id=account.id, now=POLLED_AT)

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
        json=load("empty.json"),
        match=[since({"since_id": ANNOUNCEMENT}, strict_match=False)],
    )
    api.get(
        MENTIONS_URL,
        json=load("empty.json"),
        match=[since({"since_id": KEES_QUESTION}, strict_match=False)],
    )
    api.get(
        SEARCH_URL,
        json=load("search_conversations_newer.json"),
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
    api.get(TWEETS_URL, json=load("empty.json"))
    api.get(MENTIONS_URL, json=load("empty.json"))
    # Registered twice: responses answers them in order.
    api.get(SEARCH_URL, json=load("search_conversations_page1.json"))
    api.get(SEARCH_URL, json=load("search_conversations_page2.json"))

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
    api.get(TWEETS_URL, json=load("empty.json"))
    api.get(MENTIONS_URL, json=load("empty.json"))
    api.get(SEARCH_URL, json=load("search_conversations_page1.json"))
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

    api.replace(responses.GET, SEARCH_URL, json=load("search_conversations_page2.json"))
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
    api.get(TWEETS_URL, json=load("empty.json"))
    api.get(MENTIONS_URL, json=load("empty.json"))
    api.get(SEARCH_URL, json=load("empty.json"))

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
    api.get(TWEETS_URL, json=load("empty.json"))
    api.get(MENTIONS_URL, json=load("empty.json"))
    api.get(SEARCH_URL, json=load("empty.json"))
    stale = snowflake(POLLED_AT - timedelta(days=7))

    batch = XSource(account).fetch_new(
        polled_cursor(since_id=stale, roots=[ANNOUNCEMENT]), now=POLLED_AT
    )

    (request,) = searches(api)
    assert "since_id" not in request.params
    assert batch.cursor["conversations"] == {"since_id": stale, "roots": [ANNOUNCEMENT]}


def test_the_citys_own_posts_found_by_the_search_are_left_to_its_timeline(account, api):
    found = load("search_conversations.json")
    announcement = load("users_tweets.json")["data"][0]
    found["data"].append(announcement)
    found["includes"]["users"].append(load("users_tweets.json")["includes"]["users"][0])
    api.get(TWEETS_URL, json=load("empty.json"))
    api.get(MENTIONS_URL, json=load("empty.json"))
    api.get(SEARCH_URL, json=found)

    batch = XSource(account).fetch_new(polled_cursor(roots=[ANNOUNCEMENT]), now=POLLED_AT)

    assert [post.external_id for post in batch.posts] == [SANNE_REPLY, KEES_QUESTION]
    assert ANNOUNCEMENT not in {item.external_id for item in batch.engagement}


def test_a_reply_found_again_by_a_later_search_is_not_stored_twice(account, api):
    from departments.models import Case

    first_poll_answers(api)
    polling.account_poll(account_id=account.id, now=POLLED_AT)
    assert Post.objects.filter(external_id=KEES_QUESTION, kind=PostKind.REPLY).exists()

    api.replace(responses.GET, TWEETS_URL, json=load("empty.json"))
    api.replace(responses.GET, MENTIONS_URL, json=load("empty.json"))
    api.replace(responses.GET, SEARCH_URL, json=load("search_conversations.json"))
    run = polling.account_poll(account_id=account.id, now=POLLED_AT + timedelta(minutes=5))

    # Kees's question, stored as a mention, comes again from the search: only Sanne's is new.
    assert (run.items_seen, run.posts_created, run.cases_created) == (2, 1, 1)
    assert Post.objects.filter(external_id=KEES_QUESTION).count() == 1
    assert Case.objects.filter(post__external_id=KEES_QUESTION).count() == 1
    assert Post.objects.get(external_id=SANNE_REPLY).parent.external_id == KEES_QUESTION


def test_an_access_level_without_search_leaves_the_account_healthy_and_its_mentions_read(
    account, api, caplog
):
    api.get(TWEETS_URL, json=load("users_tweets.json"))
    api.get(MENTIONS_URL, json=load("users_mentions.json"))
    api.get(SEARCH_URL, status=403, json=load("search_forbidden.json"))

    with caplog.at_level(logging.INFO, logger="listening.sources.x"):
        run = polling.account_poll(account_id=account.id, now=POLLED_AT)

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
    api.replace(responses.GET, TWEETS_URL, json=load("empty.json"))
    api.replace(responses.GET, MENTIONS_URL, json=load("empty.json"))
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="listening.sources.x"):
        later = polling.account_poll(account_id=account.id, now=POLLED_AT + timedelta(hours=6))
    assert later.status == FetchRun.Status.SUCCEEDED and len(searches(api)) == 1
    assert not [record for record in caplog.records if record.levelno >= logging.WARNING]

    api.replace(responses.GET, SEARCH_URL, json=load("search_conversations.json"))
    next_day = polling.account_poll(account_id=account.id, now=POLLED_AT + timedelta(days=1))

    assert next_day.status == FetchRun.Status.SUCCEEDED and len(searches(api)) == 2
    assert Post.objects.filter(external_id=SANNE_REPLY).exists()
    account.refresh_from_db()
    assert account.cursor["conversations"] == {"since_id": SANNE_REPLY, "roots": [ANNOUNCEMENT]}


def test_a_429_on_search_says_when_x_lets_the_account_search_again(account, api):
    api.get(TWEETS_URL, json=load("users_tweets.json"))
    api.get(MENTIONS_URL, json=load("users_mentions.json"))
    rate_limited(api, SEARCH_URL, reset="1732637700", limit="60")

    with pytest.raises(RateLimited) as raised:
        polling.account_poll(account_id=account.id, now=POLLED_AT)

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
        json=load("empty.json"),
        match=[matchers.query_param_matcher({"since_id": ANNOUNCEMENT}, strict_match=False)],
    )
    api.get(
        TWEETS_URL,
        json=load("users_tweets_started.json"),
        match=[matchers.query_param_matcher({"exclude": "retweets,replies"}, strict_match=False)],
    )
    api.get(MENTIONS_URL, json=load("empty.json"))
    api.get(SEARCH_URL, json=load("empty.json"))
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

"""The Facebook connector, driving the real facebook-sdk GraphAPI against faked HTTP responses."""

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
import requests
import responses
from django.utils import timezone
from responses import matchers

from departments.models import Case
from listening import services
from listening.models import Account, FetchRun, Platform, Post, PostKind, QuarantinedPayload
from listening.sources.errors import CredentialsInvalid, RateLimited, TransientSourceError
from listening.sources.facebook import FacebookSource, batch_from_payload, identify_account
from tests.factories import AccountFactory

TOKEN = "EAAZeestadPageToken0123456789"
PAGE = "104729583311870"
GRAPH = "https://graph.facebook.com/v24.0"
FEED = f"{GRAPH}/{PAGE}/feed"
FIXTURES = Path(__file__).parents[2] / "fixtures" / "facebook"
NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)

# Posts of the page (ids as in the fixtures), newest first.
HAVENKADE = f"{PAGE}_1029384756102938"  # the city's photo post, 20 November
AFVAL = f"{PAGE}_1029301847562019"  # the city's link post, 19 November
GROFVUIL = f"{PAGE}_1029255019283746"  # Henk's post on the page, 18 November
SINT_MAARTEN = f"{PAGE}_1028812736450192"  # 10 November: too old for comments to be watched
INSPRAAK = f"{PAGE}_1028390128374650"  # 3 November, never shared
LANTAARNPALEN = f"{PAGE}_1029410293847561"  # 20 November, 15:30, in the newer feed
# Comments under the Havenkade post.
SANNE_QUESTION = "1029384756102938_1201928374650192"
CITY_ANSWER = "1029384756102938_1201930192837465"
PIM_COMMENT = "1029384756102938_1201941029384756"
SANNE_FOLLOW_UP = "1029384756102938_1201958273640192"
PIM_QUESTION = "1029384756102938_1202010293847561"  # in the newer comments
PAGE_1_AFTER = "QVFIUjZAmTHdCOHBRZAFp4QUFrcW9"


def load(name):
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def unix(text):
    return int(datetime.strptime(text, "%Y-%m-%dT%H:%M:%S%z").timestamp())


def query(**expected):
    """Matches a request whose query has these values; None means the parameter is absent."""

    def match(request):
        params = {key: values[0] for key, values in parse_qs(urlparse(request.url).query).items()}
        for key, value in expected.items():
            if params.get(key) != (None if value is None else str(value)):
                return False, f"{key}={params.get(key)!r}, wanted {value!r}"
        return True, ""

    return match


def feed_page(body, *, since=None, after=None, **kwargs):
    responses.get(FEED, json=body, match=[query(since=since, after=after)], **kwargs)


def comments_page(post_id, body, *, since=None):
    responses.get(f"{GRAPH}/{post_id}/comments", json=body, match=[query(since=since)])


def first_pull_responses():
    feed_page(load("page_feed_p1.json"))
    feed_page(load("page_feed_p2.json"), after=PAGE_1_AFTER)
    comments_page(HAVENKADE, load("post_comments.json"))
    comments_page(AFVAL, load("no_comments.json"))
    comments_page(GROFVUIL, load("no_comments.json"))


@pytest.fixture(autouse=True)
def graph_version(settings):
    settings.FACEBOOK_GRAPH_API_VERSION = "v24.0"


@pytest.fixture
def account(departments):
    return AccountFactory(
        platform=Platform.FACEBOOK,
        handle="gemeentezeestad",
        display_name="Gemeente Zeestad",
        platform_id=PAGE,
        department=departments["communication"],
        credentials={"page_access_token": TOKEN},
    )


def by_id(batch):
    return {post.external_id: post for post in batch.posts}


@responses.activate
def test_a_first_pull_brings_in_the_pages_posts_and_the_comments_under_recent_ones(account):
    feed = load("page_feed_p1.json")
    comments = load("post_comments.json")
    first_pull_responses()

    batch = FacebookSource(account).fetch_new({}, now=NOW)

    posts = by_id(batch)
    assert {external_id: post.kind for external_id, post in posts.items()} == {
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
    assert batch.cursor == {
        "feed": {"since": unix("2026-11-20T08:45:12+0000")},
        # Posts of the last week are watched for comments; older ones are not asked about.
        "comments": {
            HAVENKADE: {
                "posted": unix("2026-11-20T08:45:12+0000"),
                "since": unix("2026-11-20T11:40:09+0000"),
            },
            AFVAL: {"posted": unix("2026-11-19T14:02:40+0000")},
            GROFVUIL: {"posted": unix("2026-11-18T10:15:03+0000")},
        },
    }
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
    cursor = {
        "feed": {"since": unix("2026-11-20T08:45:12+0000")},
        "comments": {
            HAVENKADE: {
                "posted": unix("2026-11-20T08:45:12+0000"),
                "since": unix("2026-11-20T11:40:09+0000"),
            },
            AFVAL: {"posted": unix("2026-11-19T14:02:40+0000")},
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

    assert sorted(by_id(batch)) == sorted([LANTAARNPALEN, PIM_QUESTION])
    assert by_id(batch)[PIM_QUESTION].in_reply_to == HAVENKADE
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

    assert sorted(by_id(first)) == sorted([HAVENKADE, AFVAL, GROFVUIL])
    assert first.has_more
    # Until the walk reaches the old cursor, since stays where it was.
    assert first.cursor["feed"] == {
        "since": old_since,
        "pending": {"paging": {"after": PAGE_1_AFTER}, "top": unix("2026-11-20T08:45:12+0000")},
    }

    second = source.fetch_new(first.cursor, now=NOW)

    assert sorted(by_id(second)) == sorted([SINT_MAARTEN, INSPRAAK])
    assert second.cursor["feed"] == {"since": unix("2026-11-20T08:45:12+0000")}
    assert not second.has_more


@responses.activate
def test_two_pages_are_stored_with_their_comments_through_a_poll(account):
    first_pull_responses()

    run = services.account_poll(account_id=account.pk, now=NOW)

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


@pytest.mark.parametrize(
    ("error", "headers", "wait"),
    [
        (
            "error_page_throttled.json",
            {
                "X-Business-Use-Case-Usage": json.dumps(
                    {
                        PAGE: [
                            {
                                "type": "pages",
                                "call_count": 100,
                                "total_cputime": 14,
                                "total_time": 38,
                                "estimated_time_to_regain_access": 30,
                            }
                        ]
                    }
                )
            },
            timedelta(minutes=30),
        ),
        (
            "error_page_throttled.json",
            {"X-App-Usage": json.dumps({"call_count": 100, "total_cputime": 9, "total_time": 21})},
            timedelta(minutes=15),
        ),
    ],
)
@responses.activate
def test_throttling_holds_the_account_until_facebook_says_it_may_call_again(
    account, error, headers, wait
):
    feed_page(load(error), status=400, headers=headers)
    before = timezone.now()

    with pytest.raises(RateLimited) as raised:
        services.account_poll(account_id=account.pk, now=NOW)

    assert before + wait <= raised.value.retry_at <= timezone.now() + wait
    account.refresh_from_db()
    assert account.rate_limited_until == raised.value.retry_at
    assert FetchRun.objects.get(account=account).status == FetchRun.Status.RATE_LIMITED
    assert "Page request limit reached" in str(raised.value)


@responses.activate
def test_an_expired_page_token_puts_the_account_up_for_attention(account):
    feed_page(load("error_token_expired.json"), status=400)

    run = services.account_poll(account_id=account.pk, now=NOW)

    account.refresh_from_db()
    assert account.needs_attention
    assert "the page token expired or was revoked: reconnect the page" in account.attention_reason
    assert "Session has expired" in account.attention_reason
    assert run.status == FetchRun.Status.FAILED and "CredentialsInvalid" in run.error
    assert TOKEN not in account.attention_reason and TOKEN not in run.error


@responses.activate
def test_a_refused_reply_because_of_the_token_raises_credentials_invalid(account):
    responses.post(
        f"{GRAPH}/{SANNE_QUESTION}/comments", json=load("error_token_expired.json"), status=400
    )

    with pytest.raises(CredentialsInvalid, match="reconnect the page"):
        FacebookSource(account).send_reply(in_reply_to=SANNE_QUESTION, text="Dank u wel!")


@pytest.mark.parametrize(
    "failure",
    [
        {"body": requests.ConnectionError(f"Max retries exceeded with url: ?access_token={TOKEN}")},
        {"json": load("error_unknown.json"), "status": 500},
        {
            "body": "<html><body>502 Bad Gateway</body></html>",
            "status": 502,
            "content_type": "text/html",
        },
    ],
)
@responses.activate
def test_a_lost_connection_or_facebook_outage_is_worth_retrying(account, failure):
    responses.get(FEED, **failure)

    with pytest.raises(TransientSourceError) as raised:
        FacebookSource(account).fetch_new({}, now=NOW)

    assert TOKEN not in str(raised.value)


@responses.activate
def test_broken_items_are_quarantined_while_the_rest_is_stored(account):
    body = load("page_feed_with_broken_items.json")
    feed_page(body)
    comments_page(LANTAARNPALEN, load("no_comments.json"))

    run = services.account_poll(account_id=account.pk, now=NOW)

    assert run.status == FetchRun.Status.PARTIAL and run.items_quarantined == 2
    assert Post.objects.filter(platform=Platform.FACEBOOK).get().external_id == LANTAARNPALEN
    quarantined = {row.raw["message"][:20]: row for row in QuarantinedPayload.objects.all()}
    assert {row.raw["message"] for row in quarantined.values()} == {
        body["data"][1]["message"],
        body["data"][2]["message"],
    }
    assert any("KeyError: 'id'" in row.error for row in quarantined.values())
    assert any("gisteren" in row.error for row in quarantined.values())


@responses.activate
def test_a_body_that_is_not_json_is_quarantined_and_the_cursor_stays(account):
    account.cursor = {"feed": {"since": unix("2026-11-20T08:45:12+0000")}}
    account.save()
    responses.get(FEED, body="<html>Sorry, something went wrong.</html>", content_type="text/html")

    run = services.account_poll(account_id=account.pk, now=NOW)

    assert run.status == FetchRun.Status.PARTIAL
    assert QuarantinedPayload.objects.get().raw == "<html>Sorry, something went wrong.</html>"
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

    posts = by_id(batch)
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


def test_an_account_without_a_page_token_asks_to_reconnect(departments):
    account = Account(platform=Platform.FACEBOOK, handle="zeestad", credentials={})

    with pytest.raises(CredentialsInvalid, match="reconnect the page"):
        FacebookSource(account)


@responses.activate
def test_commenters_are_named_by_their_facebook_name_not_by_an_empty_handle(account):
    first_pull_responses()

    services.account_poll(account_id=account.pk, now=NOW)

    comment = Post.objects.get(external_id=SANNE_QUESTION)
    # Facebook gives a name and a page-scoped id, no handle: none is invented.
    assert comment.author_handle == ""
    assert comment.author_label == comment.author_name
    assert comment.author_label and not comment.author_label.startswith("@")

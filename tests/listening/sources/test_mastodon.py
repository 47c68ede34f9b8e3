"""The Mastodon connector, driving the real Mastodon.py against faked HTTP responses."""

import json
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import parse_qs

import pytest
import requests
import responses
from responses import matchers

from departments.models import Case
from listening import services
from listening.models import FetchRun, Platform, Post, PostKind, QuarantinedPayload
from listening.sources import mastodon as mastodon_source
from listening.sources.errors import CredentialsInvalid, RateLimited, TransientSourceError
from listening.sources.mastodon import MastodonSource, batch_from_payload, identify_account
from tests.factories import AccountFactory

BASE = "https://social.zeestad.nl"
TOKEN = "zeestad-secret-token-1234"
CITY_ID = "109349825110230118"
NOTIFICATIONS = f"{BASE}/api/v1/notifications"
OWN_STATUSES = f"{BASE}/api/v1/accounts/{CITY_ID}/statuses"
FIXTURES = Path(__file__).parents[2] / "fixtures" / "mastodon"
NOW = datetime(2024, 11, 21, 13, 0, tzinfo=UTC)

# Status ids in the fixtures.
CITY_POST = "113508711248311040"
CITY_REPLY = "113509020551022592"
CITY_REBLOG = "113509300411878400"
ANOUK_REPLY = "113508960112345088"
PIETER_MENTION = "113508905520316416"
FATIMA_DM = "113509102367219712"
FERRY_QUESTION = "113509611732008960"


def load(name):
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def link_header(endpoint, *, newest, oldest):
    return f'<{endpoint}?max_id={oldest}>; rel="next", <{endpoint}?min_id={newest}>; rel="prev"'


def mentions_page(min_id, body, *, limit="80", headers=None):
    responses.get(
        NOTIFICATIONS,
        json=body,
        headers=headers or {},
        match=[
            matchers.query_param_matcher({"types[]": "mention", "min_id": min_id, "limit": limit})
        ],
    )


def own_posts_page(min_id, body, *, headers=None):
    responses.get(
        OWN_STATUSES,
        json=body,
        headers=headers or {},
        match=[matchers.query_param_matcher({"min_id": min_id, "limit": "40"})],
    )


@pytest.fixture
def account(departments):
    return AccountFactory(
        platform=Platform.MASTODON,
        handle="gemeente_zeestad",
        display_name="Gemeente Zeestad",
        platform_id=CITY_ID,
        department=departments["communication"],
        credentials={"api_base_url": BASE, "access_token": TOKEN},
    )


def by_id(batch):
    return {post.external_id: post for post in batch.posts}


@responses.activate
def test_a_first_pull_brings_in_mentions_replies_direct_messages_and_own_posts(account):
    notifications = load("notifications_mentions.json")
    mentions_page(
        "0",
        notifications,
        headers={"Link": link_header(NOTIFICATIONS, newest="48220", oldest="48213")},
    )
    own_posts_page(
        "0",
        load("account_statuses.json"),
        headers={"Link": link_header(OWN_STATUSES, newest=CITY_REBLOG, oldest=CITY_POST)},
    )

    batch = MastodonSource(account).fetch_new({}, now=NOW)

    posts = by_id(batch)
    assert {external_id: post.kind for external_id, post in posts.items()} == {
        FATIMA_DM: PostKind.DIRECT_MESSAGE,
        ANOUK_REPLY: PostKind.REPLY,
        PIETER_MENTION: PostKind.MENTION,
        CITY_REBLOG: PostKind.REPOST,
        CITY_REPLY: PostKind.OWN_POST,
        CITY_POST: PostKind.OWN_POST,
    }
    reply = posts[ANOUK_REPLY]
    assert reply.text == (
        "@gemeente_zeestad Geldt dat ook voor de bezorgers? Ik woon aan de Havenkade & krijg "
        "elke dag boodschappen.\nGraag snel antwoord!"
    )
    assert reply.author_handle == "anouk_devries" and reply.author_name == "Anouk de Vries"
    assert reply.created_at == datetime(2024, 11, 21, 9, 18, 19, tzinfo=UTC)
    assert reply.in_reply_to == CITY_POST
    assert reply.url == f"{BASE}/@anouk_devries/{ANOUK_REPLY}"
    assert reply.language == "nl"
    # The notification's status is stored exactly as the server sent it.
    assert reply.raw == notifications[1]["status"]
    mention = posts[PIETER_MENTION]
    assert mention.author_handle == "pieterb@mastodon.nl"
    assert "'s Avonds is het daar echt donker." in mention.text
    assert mention.has_media and not mention.has_link
    assert mention.conversation_key == f"mastodon:{PIETER_MENTION}"
    city_post = posts[CITY_POST]
    assert city_post.text == (
        "Vanaf maandag 25 november is de Havenkade afgesloten voor autoverkeer: we herstellen de "
        "kademuur. Fietsers en voetgangers kunnen er langs.\n\n"
        "Meer informatie: https://www.zeestad.nl/havenkade #Havenkade"
    )
    assert city_post.has_link and not city_post.has_media
    # The reply, the city's post and the city's answer are one conversation.
    assert {posts[i].conversation_key for i in (CITY_POST, ANOUK_REPLY, CITY_REPLY)} == {
        f"mastodon:{CITY_POST}"
    }
    repost = posts[CITY_REBLOG]
    assert repost.text.startswith("Let op: zaterdag verwachten we windkracht 9")
    engagement = {item.external_id: item for item in batch.engagement}
    assert CITY_REBLOG not in engagement
    assert engagement[CITY_POST].likes == 41 and engagement[CITY_POST].shares == 17
    assert engagement[CITY_POST].replies == 6 and engagement[CITY_POST].quotes == 2
    assert engagement[CITY_POST].impressions is None and engagement[CITY_POST].taken_at == NOW
    assert batch.cursor == {"mentions": {"min_id": "48220"}, "own_posts": {"min_id": CITY_REBLOG}}
    assert not batch.has_more and not batch.unparseable


@responses.activate
def test_the_next_pull_asks_only_for_what_came_after_the_stored_cursor(account):
    mentions_page(
        "48220",
        load("notifications_newer.json"),
        headers={"Link": link_header(NOTIFICATIONS, newest="48231", oldest="48231")},
    )
    own_posts_page(CITY_REBLOG, [])
    cursor = {"mentions": {"min_id": "48220"}, "own_posts": {"min_id": CITY_REBLOG}}

    batch = MastodonSource(account).fetch_new(cursor, now=NOW)

    assert [post.external_id for post in batch.posts] == [FERRY_QUESTION]
    assert batch.posts[0].language == "en"
    assert batch.cursor == {"mentions": {"min_id": "48231"}, "own_posts": {"min_id": CITY_REBLOG}}
    assert all("min_id=0" not in call.request.url for call in responses.calls)


@responses.activate
def test_a_backlog_of_several_pages_is_read_upwards_from_the_cursor(account, monkeypatch):
    monkeypatch.setattr(mastodon_source, "MENTIONS_PAGE_SIZE", 3)
    mentions_page(
        "0",
        load("notifications_mentions.json"),
        limit="3",
        headers={"Link": link_header(NOTIFICATIONS, newest="48220", oldest="48213")},
    )
    mentions_page(
        "48220",
        load("notifications_newer.json"),
        limit="3",
        headers={"Link": link_header(NOTIFICATIONS, newest="48231", oldest="48231")},
    )
    own_posts_page("0", [])

    batch = MastodonSource(account).fetch_new({}, now=NOW)

    assert FERRY_QUESTION in by_id(batch) and ANOUK_REPLY in by_id(batch)
    assert batch.cursor["mentions"] == {"min_id": "48231"}
    assert not batch.has_more


@responses.activate
def test_a_poll_that_reaches_the_page_limit_moves_the_cursor_only_past_what_it_read(
    account, monkeypatch, settings
):
    settings.SOURCE_MAX_PAGES_PER_POLL = 1
    monkeypatch.setattr(mastodon_source, "MENTIONS_PAGE_SIZE", 3)
    mentions_page(
        "0",
        load("notifications_mentions.json"),
        limit="3",
        headers={"Link": link_header(NOTIFICATIONS, newest="48220", oldest="48213")},
    )
    own_posts_page("0", [])

    batch = MastodonSource(account).fetch_new({}, now=NOW)

    assert len(batch.posts) == 3
    assert batch.has_more
    assert batch.cursor["mentions"] == {"min_id": "48220"}


@responses.activate
def test_a_rate_limit_holds_the_account_until_the_reset_time_the_server_gave(account):
    responses.get(
        NOTIFICATIONS,
        status=429,
        json={"error": "Too many requests"},
        headers={
            "X-RateLimit-Limit": "300",
            "X-RateLimit-Remaining": "0",
            "X-RateLimit-Reset": "2031-05-04T10:05:00.000Z",
        },
    )

    with pytest.raises(RateLimited) as raised:
        services.account_poll(account_id=account.id)

    reset = datetime(2031, 5, 4, 10, 5, tzinfo=UTC)
    assert raised.value.retry_at == reset
    account.refresh_from_db()
    assert account.rate_limited_until == reset
    assert FetchRun.objects.get(account=account).status == FetchRun.Status.RATE_LIMITED


@pytest.mark.parametrize(
    ("status", "error"),
    [(401, "The access token was revoked"), (403, "This action is outside the authorized scopes")],
)
@responses.activate
def test_a_refused_token_puts_the_account_up_for_attention(account, status, error):
    responses.get(NOTIFICATIONS, status=status, json={"error": error})

    run = services.account_poll(account_id=account.id)

    account.refresh_from_db()
    assert account.needs_attention
    assert "@gemeente_zeestad on social.zeestad.nl" in account.attention_reason
    assert error in account.attention_reason
    assert TOKEN not in account.attention_reason and TOKEN not in run.error
    assert run.status == FetchRun.Status.FAILED


@responses.activate
def test_a_source_raises_credentials_invalid_for_a_revoked_token(account):
    responses.get(NOTIFICATIONS, status=401, json={"error": "The access token is invalid"})

    with pytest.raises(CredentialsInvalid, match="expired or was revoked"):
        MastodonSource(account).fetch_new({}, now=NOW)


@pytest.mark.parametrize("failure", [503, requests.ConnectionError("connection reset by peer")])
@responses.activate
def test_a_server_error_or_lost_connection_is_worth_retrying(account, failure):
    if isinstance(failure, int):
        responses.get(NOTIFICATIONS, status=failure, body="<html>Service Unavailable</html>")
    else:
        responses.get(NOTIFICATIONS, body=failure)

    with pytest.raises(TransientSourceError):
        MastodonSource(account).fetch_new({}, now=NOW)


@responses.activate
def test_broken_items_are_quarantined_while_the_rest_is_stored(account):
    broken = load("notifications_with_broken_items.json")
    mentions_page(
        "0", broken, headers={"Link": link_header(NOTIFICATIONS, newest="48240", oldest="48238")}
    )
    own_posts_page("0", [])

    run = services.account_poll(account_id=account.id)

    assert run.status == FetchRun.Status.PARTIAL
    assert list(Post.objects.values_list("external_id", flat=True)) == ["113509744409600000"]
    assert Case.objects.count() == 1
    quarantined = QuarantinedPayload.objects.filter(account=account).order_by("id")
    assert [item.raw for item in quarantined] == [broken[0], broken[1]]
    assert "gisteren" in quarantined[1].error
    account.refresh_from_db()
    # The broken items are in quarantine, so the cursor may pass them.
    assert account.cursor["mentions"] == {"min_id": "48240"}


@responses.activate
def test_a_body_that_is_not_json_is_quarantined_and_the_other_stream_still_arrives(account):
    responses.get(NOTIFICATIONS, body="<html><h1>We'll be right back</h1></html>", status=200)
    own_posts_page("0", load("account_statuses.json"))

    batch = MastodonSource(account).fetch_new({}, now=NOW)

    assert [item.raw for item in batch.unparseable] == ["<html><h1>We'll be right back</h1></html>"]
    assert {post.kind for post in batch.posts} == {PostKind.OWN_POST, PostKind.REPOST}
    assert "mentions" not in batch.cursor or not batch.cursor["mentions"]


@responses.activate
def test_an_account_without_a_platform_id_finds_its_own_id(account):
    account.platform_id = ""
    responses.get(
        f"{BASE}/api/v1/accounts/verify_credentials", json=load("verify_credentials.json")
    )
    mentions_page("0", [])
    own_posts_page("0", load("account_statuses.json"))

    batch = MastodonSource(account).fetch_new({}, now=NOW)

    assert by_id(batch)[CITY_POST].kind == PostKind.OWN_POST


@responses.activate
def test_a_reply_mentions_the_citizen_and_answers_the_right_status(account):
    anouk_reply = load("notifications_mentions.json")[1]["status"]
    responses.get(f"{BASE}/api/v1/statuses/{ANOUK_REPLY}", json=anouk_reply)
    posted = responses.post(f"{BASE}/api/v1/statuses", json=load("status_reply_posted.json"))

    new_id = MastodonSource(account).send_reply(
        in_reply_to=ANOUK_REPLY, text="Ook bezorgers kunnen via de Kadebrug bij u komen."
    )

    assert new_id == "113509802330505216"
    sent = parse_qs(posted.calls[0].request.body)
    assert sent["in_reply_to_id"] == [ANOUK_REPLY]
    assert sent["status"] == ["@anouk_devries Ook bezorgers kunnen via de Kadebrug bij u komen."]
    assert "visibility" not in sent
    assert posted.calls[0].request.headers["Authorization"] == f"Bearer {TOKEN}"
    assert posted.calls[0].request.headers["Idempotency-Key"]


@responses.activate
def test_an_answer_to_a_direct_message_stays_direct(account):
    dm = load("notifications_mentions.json")[0]["status"]
    responses.get(f"{BASE}/api/v1/statuses/{FATIMA_DM}", json=dm)
    posted = responses.post(f"{BASE}/api/v1/statuses", json=load("status_reply_posted.json"))

    MastodonSource(account).send_reply(
        in_reply_to=FATIMA_DM, text="@fatima_el_amrani We geven het door aan de afvaldienst."
    )

    sent = parse_qs(posted.calls[0].request.body)
    assert sent["visibility"] == ["direct"]
    assert sent["status"] == ["@fatima_el_amrani We geven het door aan de afvaldienst."]


@responses.activate
def test_engagement_is_read_for_many_statuses_at_once(account):
    own = {status["id"]: status for status in load("account_statuses.json")}
    responses.get(
        f"{BASE}/api/v1/statuses",
        json=[{**own[CITY_POST], "favourites_count": 58, "reblogs_count": 20}],
        match=[matchers.query_param_matcher({"id[]": [CITY_POST, "113500000000000001"]})],
    )

    found = MastodonSource(account).fetch_engagement([CITY_POST, "113500000000000001"], now=NOW)

    assert [(item.external_id, item.likes, item.shares) for item in found] == [(CITY_POST, 58, 20)]


@responses.activate
def test_engagement_falls_back_to_one_request_per_status_on_older_servers(account):
    own = {status["id"]: status for status in load("account_statuses.json")}
    responses.get(f"{BASE}/api/v1/statuses", status=404, json={"error": "Not Found"})
    responses.get(f"{BASE}/api/v1/statuses/{CITY_POST}", json=own[CITY_POST])
    responses.get(f"{BASE}/api/v1/statuses/{CITY_REPLY}", status=404, json={"error": "Not Found"})

    found = MastodonSource(account).fetch_engagement([CITY_POST, CITY_REPLY], now=NOW)

    assert [(item.external_id, item.likes, item.replies) for item in found] == [(CITY_POST, 41, 6)]


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
    assert by_id(batch)[CITY_POST].kind == PostKind.OWN_POST


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


def test_an_account_without_credentials_asks_for_them(departments):
    account = AccountFactory(platform=Platform.MASTODON, credentials={})

    with pytest.raises(CredentialsInvalid, match="api_base_url and access_token"):
        MastodonSource(account)

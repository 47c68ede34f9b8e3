"""Reading a Mastodon account's mentions (as notifications) and its own statuses: kinds,
conversations, cursors, pages, and what is quarantined."""

from datetime import UTC, datetime

import responses

from departments.models import Case
from listening import polling
from listening.models import FetchRun, Post, PostKind, QuarantinedPayload
from listening.sources.mastodon import MastodonSource
from listening.sources.mastodon import source as mastodon_source
from tests.listening.sources.mastodon.recorded_api import (
    ANOUK_REPLY,
    BASE,
    CITY_POST,
    CITY_REBLOG,
    CITY_REPLY,
    FATIMA_DM,
    FERRY_QUESTION,
    NOTIFICATIONS,
    NOW,
    OWN_STATUSES,
    PIETER_MENTION,
    link_header,
    load,
    mentions_page,
    own_posts_page,
)
from tests.listening.sources.recorded import post_kinds, posts_by_id


def first_of_mention_pages_of_three(monkeypatch):
    """Mentions come in pages of three; the first is the three of notifications_mentions.json,
    with a link to the page above it."""
    monkeypatch.setattr(mastodon_source, "MENTIONS_PAGE_SIZE", 3)
    mentions_page(
        "0",
        load("notifications_mentions.json"),
        limit="3",
        headers={"Link": link_header(NOTIFICATIONS, newest="48220", oldest="48213")},
    )


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

    posts = posts_by_id(batch)
    assert post_kinds(batch) == {
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
    first_of_mention_pages_of_three(monkeypatch)
    mentions_page(
        "48220",
        load("notifications_newer.json"),
        limit="3",
        headers={"Link": link_header(NOTIFICATIONS, newest="48231", oldest="48231")},
    )
    own_posts_page("0", [])

    batch = MastodonSource(account).fetch_new({}, now=NOW)

    assert FERRY_QUESTION in posts_by_id(batch) and ANOUK_REPLY in posts_by_id(batch)
    assert batch.cursor["mentions"] == {"min_id": "48231"}
    assert not batch.has_more


@responses.activate
def test_a_poll_that_reaches_the_page_limit_moves_the_cursor_only_past_what_it_read(
    account, monkeypatch, settings
):
    settings.SOURCE_MAX_PAGES_PER_POLL = 1
    first_of_mention_pages_of_three(monkeypatch)
    own_posts_page("0", [])

    batch = MastodonSource(account).fetch_new({}, now=NOW)

    assert len(batch.posts) == 3
    assert batch.has_more
    assert batch.cursor["mentions"] == {"min_id": "48220"}


@responses.activate
def test_broken_items_are_quarantined_while_the_rest_is_stored(account):
    broken = load("notifications_with_broken_items.json")
    mentions_page(
        "0", broken, headers={"Link": link_header(NOTIFICATIONS, newest="48240", oldest="48238")}
    )
    own_posts_page("0", [])

    run = polling.account_poll(account_id=account.id)

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

    assert posts_by_id(batch)[CITY_POST].kind == PostKind.OWN_POST

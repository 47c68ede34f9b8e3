"""One bad item never stops an account's intake (issue 17): a NUL byte, a broken surrogate, an
over-long id, a list where text belongs or a negative count costs that item (quarantined with
its raw body, kept whole) or that reading, never the batch, the cursor or the next poll; an
account whose items keep failing is flagged with the reason."""

import copy

import pytest
import responses

from listening import ingestion, polling
from listening.accounts import FAILING_POLLS_BEFORE_ATTENTION
from listening.models import (
    EngagementSnapshot,
    FetchRun,
    Platform,
    Post,
    PostKind,
    QuarantinedPayload,
)
from listening.sources.storable import QUARANTINE_JSON_TEXT, quarantine_raw_original
from tests.factories import AccountFactory
from tests.listening.sources.x.recorded_api import (
    CITY_ACCOUNT,
    MENTIONS_URL,
    NOW,
    SEARCH_URL,
    TWEETS_URL,
    load,
)

pytestmark = pytest.mark.django_db

MENTIONS = load("users_mentions.json")
FIRST, SECOND, THIRD = (item["id"] for item in MENTIONS["data"])


@pytest.fixture
def account(departments):
    return AccountFactory(
        platform=Platform.X, department=departments["communication"], **CITY_ACCOUNT
    )


def x_poll(account, *, mentions, tweets=None):
    """One poll of the X account, X answering with these bodies."""
    with responses.RequestsMock(assert_all_requests_are_fired=False) as api:
        api.get(TWEETS_URL, json=tweets or load("empty.json"))
        api.get(MENTIONS_URL, json=mentions)
        api.get(SEARCH_URL, json=load("empty.json"))
        return polling.account_poll(account_id=account.pk, now=NOW)


def mentions_with(**changes):
    """users_mentions.json with changes to its items: {"0": {"text": ...}} by position."""
    body = copy.deepcopy(MENTIONS)
    for position, fields in changes.items():
        body["data"][int(position.lstrip("_"))].update(fields)
    return body


def stored_ids():
    return set(Post.objects.values_list("external_id", flat=True))


def test_a_nul_byte_and_a_broken_surrogate_no_longer_stop_the_accounts_intake(account):
    body = mentions_with(_0={"text": "Fietspad\x00 dicht \ud83d bij het station"})

    run = x_poll(account, mentions=body)

    assert run.status == FetchRun.Status.SUCCEEDED
    assert stored_ids() == {FIRST, SECOND, THIRD}
    post = Post.objects.get(external_id=FIRST)
    assert post.text == "Fietspad dicht \ufffd bij het station"
    assert post.raw["text"] == "Fietspad dicht \ufffd bij het station"
    account.refresh_from_db()
    assert account.cursor["mentions"] == {"since_id": FIRST}
    # The poll after it goes on from the cursor, as the every later poll did not.
    assert x_poll(account, mentions=load("empty.json")).status == FetchRun.Status.SUCCEEDED


def test_an_over_long_id_or_a_list_for_text_goes_to_quarantine_and_the_rest_is_stored(account):
    body = mentions_with(_1={"id": "9" * 400}, _2={"text": ["een", "lijst"]})

    run = x_poll(account, mentions=body)

    assert run.status == FetchRun.Status.PARTIAL
    assert run.posts_created == 1 and run.items_quarantined == 2
    assert stored_ids() == {FIRST}
    quarantined = QuarantinedPayload.objects.filter(account=account, fetch_run=run)
    assert {item.raw["id"] for item in quarantined} == {"9" * 400, THIRD}
    assert quarantined.get(raw__id=THIRD).raw["text"] == ["een", "lijst"]
    account.refresh_from_db()
    # The bad items are in quarantine: the cursor moves past them.
    assert account.cursor["mentions"] == {"since_id": FIRST}
    assert not account.needs_attention


def test_a_quarantined_body_that_postgresql_cannot_hold_as_json_is_kept_character_for_character(
    account,
):
    bad = {"id": "18613\x0095120987654321", "text": "kapotte \udc00 tekens"}
    body = copy.deepcopy(MENTIONS)
    body["data"].append(bad)

    run = x_poll(account, mentions=body)

    assert stored_ids() == {FIRST, SECOND, THIRD}
    row = QuarantinedPayload.objects.get(fetch_run=run)
    assert QUARANTINE_JSON_TEXT in row.raw  # stored as its exact JSON text
    original = quarantine_raw_original(row.raw)
    assert original["id"] == bad["id"] and original["text"] == bad["text"]
    assert "\x00" not in row.error


def test_a_negative_count_leaves_out_that_reading_and_keeps_the_post(account):
    tweets = load("users_tweets.json")
    own = tweets["data"][0]
    own["public_metrics"]["like_count"] = -4

    run = x_poll(account, mentions=MENTIONS, tweets=tweets)

    assert run.status == FetchRun.Status.SUCCEEDED
    assert Post.objects.filter(external_id=own["id"]).exists()
    assert not EngagementSnapshot.objects.filter(post__external_id=own["id"]).exists()
    assert "like" in run.error and "-4" in run.error  # said on the fetch run
    others = Post.objects.filter(kind=PostKind.OWN_POST).exclude(external_id=own["id"])
    assert others and all(post.snapshots.exists() for post in others)


def test_a_post_the_database_still_refuses_is_quarantined_alone(account, monkeypatch):
    # As if a check had missed the NUL: PostgreSQL refuses the COPY of the batch.
    monkeypatch.setattr(ingestion, "posts_checked", lambda posts: (list(posts), []))
    body = mentions_with(_1={"text": "nul\x00byte"})

    run = x_poll(account, mentions=body)

    assert stored_ids() == {FIRST, THIRD}
    row = QuarantinedPayload.objects.get(fetch_run=run)
    assert row.error.startswith("Refused by the database")
    assert quarantine_raw_original(row.raw)["text"] == "nul\x00byte"


def test_an_item_that_comes_back_at_every_poll_is_quarantined_once(account):
    body = mentions_with(_1={"id": "9" * 400})

    first, second = x_poll(account, mentions=body), x_poll(account, mentions=body)

    assert first.items_quarantined == second.items_quarantined == 1
    assert QuarantinedPayload.objects.filter(account=account).count() == 1


def all_bad():
    return mentions_with(**{f"_{i}": {"created_at": ["niet", "een", "datum", i]} for i in range(3)})


def test_an_account_whose_items_keep_failing_is_flagged_with_the_reason(account):
    for _ in range(FAILING_POLLS_BEFORE_ATTENTION - 1):
        x_poll(account, mentions=all_bad())
        account.refresh_from_db()
        assert not account.needs_attention

    x_poll(account, mentions=all_bad())

    account.refresh_from_db()
    assert account.needs_attention
    assert account.attention_reason.startswith("Items keep failing")
    assert "created_at" in account.attention_reason  # the latest item's own reason
    assert account.pk not in polling.accounts_claim_due()


def test_bad_items_now_and_then_do_not_flag_the_account(account):
    x_poll(account, mentions=all_bad())
    x_poll(account, mentions=all_bad())
    x_poll(account, mentions=MENTIONS)
    x_poll(account, mentions=all_bad())
    x_poll(account, mentions=mentions_with(_0={"id": "9" * 400}))  # one of three

    account.refresh_from_db()
    assert not account.needs_attention

"""Property-based: real bodies of X, Facebook and Mastodon (the recorded ones in tests/fixtures
and the reference ones in /work/shared/reference/payloads, copied into tests/fixtures/reference),
broken item by item the ways platforms break them: NUL bytes, lone surrogates, huge strings,
lists and objects where text belongs, negative and huge counts, missing keys, whole items
replaced. Whatever the body, a poll raises nothing, every item ends as a stored post or in
quarantine (with its raw body, whole), and the cursor moves past the bad items."""

import copy
import json
import re
from contextlib import contextmanager
from decimal import Decimal

import pytest
import responses
from django.db import transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from listening import polling
from listening.models import FetchRun, Platform, Post, QuarantinedPayload
from listening.sources.facebook.parsing import created_unix
from listening.sources.storable import quarantine_raw_original
from tests.factories import AccountFactory
from tests.listening.sources.facebook import recorded_api as facebook
from tests.listening.sources.mastodon import recorded_api as mastodon
from tests.listening.sources.recorded import recorded_body
from tests.listening.sources.x import recorded_api as x

pytestmark = pytest.mark.django_db

# Bounded: three platforms, each example a whole poll against the database.
PROPERTY_SETTINGS = settings(
    max_examples=40,
    deadline=None,
    database=None,  # no .hypothesis directory in the checkout
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

NASTY = st.one_of(
    st.sampled_from(["\x00", "\ud83d", "kapot \udc00 teken", "a\x00b\ud800c", "", " "]),
    st.text(max_size=8).map(lambda text: f"{text}\x00{text}"),
    st.integers(min_value=129, max_value=600).map(lambda n: "9" * n),  # an over-long id
    st.just("x" * 100_000),  # a huge string
    st.lists(st.text(max_size=4), max_size=3),  # a list where text belongs
    st.dictionaries(st.text(max_size=4), st.integers(), max_size=2),
    st.integers(max_value=-1),  # a negative count
    st.integers(min_value=2**31, max_value=2**70),  # a count no column holds
    st.none(),
    st.booleans(),
    st.floats(allow_nan=False, allow_infinity=False),  # JSON has no NaN
    st.text(max_size=12),
)
DELETE = object()


def slots(value):
    """Every (container, key) inside a JSON value: where a mutation can land."""
    found = []
    children = value.items() if isinstance(value, dict) else enumerate(value)
    for key, child in children:
        found.append((value, key))
        if isinstance(child, dict | list) and child:
            found.extend(slots(child))
    return found


def broken(data, items, *, also=()):
    """The items broken in place, one to four times: a value replaced, a key removed, or a
    whole item replaced. `also`: other parts of the body a mutation may hit."""
    targets = [(items, index) for index in range(len(items))]
    for part in (*items, *also):
        if isinstance(part, dict | list):
            targets.extend(slots(part))
    for _ in range(data.draw(st.integers(min_value=1, max_value=4), label="mutations")):
        container, key = data.draw(st.sampled_from(targets), label="where")
        value = data.draw(st.one_of(NASTY, st.just(DELETE)), label="value")
        try:
            if value is DELETE and isinstance(container, dict):
                del container[key]
            else:
                container[key] = None if value is DELETE else value
        except (KeyError, IndexError):
            pass  # removed by an earlier mutation
    return items


@contextmanager
def rolled_back():
    """Each example starts from the test's database state: its writes are undone after it."""
    with transaction.atomic():
        yield
        transaction.set_rollback(True)


def assert_every_item_stored_or_quarantined(account, items, *, post_id):
    stored = set(Post.objects.filter(account=account).values_list("external_id", flat=True))
    quarantined = [
        as_jsonb(quarantine_raw_original(row.raw))
        for row in QuarantinedPayload.objects.filter(account=account)
    ]
    for item in items:
        external_id = post_id(item)
        if external_id is None:
            continue  # not a post (a favourite's notification)
        # A notification whose status cannot be stored is quarantined as that status.
        held = [item, item.get("status")] if isinstance(item, dict) else [item]
        assert (isinstance(external_id, str) and external_id in stored) or any(
            as_jsonb(part) in quarantined for part in held
        ), repr(item)[:500]


def as_jsonb(value):
    """A JSON value as jsonb keeps it: numbers as decimals (3.5e+16 comes back as the integer
    35000000000000000, the same number)."""
    return json.loads(json.dumps(value), parse_float=Decimal, parse_int=Decimal)


def poll_finished(account):
    run = polling.account_poll(account_id=account.pk, now=NOW_OF[account.platform])
    assert run.status in (FetchRun.Status.SUCCEEDED, FetchRun.Status.PARTIAL), run.error
    account.refresh_from_db()
    return run


NOW_OF = {Platform.X: x.NOW, Platform.FACEBOOK: facebook.NOW, Platform.MASTODON: mastodon.NOW}


def city_account(departments, platform, city):
    # Made once per test, outside the examples: each example's writes are rolled back.
    return AccountFactory(platform=platform, department=departments["communication"], **city)


@pytest.fixture
def x_account(departments):
    return city_account(departments, Platform.X, x.CITY_ACCOUNT)


@pytest.fixture
def facebook_account(departments):
    return city_account(departments, Platform.FACEBOOK, facebook.CITY_ACCOUNT)


@pytest.fixture
def mastodon_account(departments):
    return city_account(departments, Platform.MASTODON, mastodon.CITY_ACCOUNT)


# X -----------------------------------------------------------------------------------------

X_BODIES = [
    x.load("users_mentions.json"),
    x.load("users_mentions_malformed_items.json"),
    recorded_body("reference", "x_users_mentions.json"),
]


def x_post_id(item):
    return str(item.get("id")) if isinstance(item, dict) else "not a post"


@PROPERTY_SETTINGS
@given(data=st.data())
def test_any_broken_x_items_end_stored_or_quarantined_and_the_cursor_moves(x_account, data):
    account = x_account
    body = copy.deepcopy(data.draw(st.sampled_from(X_BODIES), label="body"))
    body["meta"].pop("next_token", None)
    items = broken(data, body["data"], also=[body.get("includes", {})])
    with rolled_back(), responses.RequestsMock(assert_all_requests_are_fired=False) as api:
        api.get(x.TWEETS_URL, json=x.load("empty.json"))
        api.get(x.MENTIONS_URL, json=body)
        api.get(x.SEARCH_URL, json=x.load("empty.json"))

        poll_finished(account)

        assert_every_item_stored_or_quarantined(account, items, post_id=x_post_id)
        assert account.cursor["mentions"] == {"since_id": body["meta"]["newest_id"]}


# Facebook ----------------------------------------------------------------------------------

FACEBOOK_BODIES = [
    facebook.load("page_feed_p1.json"),
    facebook.load("page_feed_with_broken_items.json"),
    recorded_body("reference", "facebook_page_feed_p1.json"),
]


def facebook_post_id(item):
    return item.get("id") if isinstance(item, dict) else "not a post"


@PROPERTY_SETTINGS
@given(data=st.data())
def test_any_broken_facebook_items_end_stored_or_quarantined_and_the_cursor_moves(
    facebook_account, data
):
    account = facebook_account
    body = copy.deepcopy(data.draw(st.sampled_from(FACEBOOK_BODIES), label="body"))
    body.pop("paging", None)  # one page: the walk ends with it
    items = broken(data, body["data"])
    with rolled_back(), responses.RequestsMock(assert_all_requests_are_fired=False) as api:
        api.get(facebook.FEED, json=body)
        api.get(
            re.compile(rf"{facebook.GRAPH}/.+/comments"), json=facebook.load("no_comments.json")
        )

        poll_finished(account)

        assert_every_item_stored_or_quarantined(account, items, post_id=facebook_post_id)
        times = [time for time in map(created_unix, items) if time is not None]
        assert account.cursor["feed"] == ({"since": max(times)} if times else {})


# Mastodon ----------------------------------------------------------------------------------

MENTION_BODIES = [
    mastodon.load("notifications_mentions.json"),
    mastodon.load("notifications_with_broken_items.json"),
]
OWN_POST_BODIES = [
    mastodon.load("account_statuses.json"),
    [recorded_body("reference", "mastodon_status.json")],
]
NEWEST_MENTION, NEWEST_OWN_POST = "48999", "113599999999999999"


def mastodon_post_id(item):
    if not isinstance(item, dict):
        return "not a post"
    if "type" in item and "content" not in item:  # a notification
        if item["type"] != "mention":
            return None
        status = item.get("status")
        return status.get("id") if isinstance(status, dict) else "not a post"
    return item.get("id")


@PROPERTY_SETTINGS
@given(data=st.data())
def test_any_broken_mastodon_items_end_stored_or_quarantined_and_the_cursor_moves(
    mastodon_account, data
):
    account = mastodon_account
    mentions = copy.deepcopy(data.draw(st.sampled_from(MENTION_BODIES), label="mentions"))
    own_posts = copy.deepcopy(data.draw(st.sampled_from(OWN_POST_BODIES), label="own posts"))
    broken(data, mentions, also=[own_posts])
    with rolled_back(), responses.RequestsMock(assert_all_requests_are_fired=False) as api:
        api.get(
            mastodon.NOTIFICATIONS,
            json=mentions,
            headers={
                "Link": mastodon.link_header(
                    mastodon.NOTIFICATIONS, newest=NEWEST_MENTION, oldest="1"
                )
            },
        )
        api.get(
            mastodon.OWN_STATUSES,
            json=own_posts,
            headers={
                "Link": mastodon.link_header(
                    mastodon.OWN_STATUSES, newest=NEWEST_OWN_POST, oldest="1"
                )
            },
        )

        poll_finished(account)

        for items in (mentions, own_posts):
            assert_every_item_stored_or_quarantined(account, items, post_id=mastodon_post_id)
        assert account.cursor["mentions"] == {"min_id": NEWEST_MENTION}
        assert account.cursor["own_posts"] == {"min_id": NEWEST_OWN_POST}

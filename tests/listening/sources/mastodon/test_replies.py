"""Posting the city's answer on Mastodon."""

from urllib.parse import parse_qs

import responses

from listening.sources.mastodon import MastodonSource
from listening.sources.mastodon.html_text import html_text
from tests.listening.sources.mastodon.recorded_api import (
    ANOUK_REPLY,
    BASE,
    CITY_POST,
    FATIMA_DM,
    OWN_STATUSES,
    TOKEN,
    load,
)


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
def test_a_public_post_is_posted_once_per_key_and_found_again_among_the_citys_own(account):
    posted = responses.post(f"{BASE}/api/v1/statuses", json=load("status_reply_posted.json"))
    responses.get(OWN_STATUSES, json=load("account_statuses.json"))
    source = MastodonSource(account)

    new_id = source.publish(text="Tram 2 rijdt weer.", idempotency_key="message-7-account-3")

    assert new_id == "113509802330505216"
    sent = parse_qs(posted.calls[0].request.body)
    assert sent["status"] == ["Tram 2 rijdt weer."]
    assert "in_reply_to_id" not in sent and "visibility" not in sent  # the account's default
    assert posted.calls[0].request.headers["Idempotency-Key"] == "message-7-account-3"
    assert source.find_published(text="Tram 2 rijdt weer.") is None
    havenkade = (
        "Vanaf maandag 25 november is de Havenkade afgesloten voor autoverkeer: we herstellen "
        "de kademuur. Fietsers en voetgangers kunnen er langs."
    )
    assert source.find_published(text=havenkade) is None  # the status says more than that
    whole = html_text(load("account_statuses.json")[2]["content"])[0]
    assert source.find_published(text=whole) == CITY_POST

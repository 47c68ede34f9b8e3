import gzip
import json

import pytest

from listening.sources.replay import load_dataset

ACCOUNTS = [
    {
        "key": "central",
        "handle": "gemeentetest",
        "display_name": "Gemeente Test",
        "network": "x",
        "department": "communication",
        "followers": 1000,
    },
    {
        "key": "transit",
        "handle": "testov",
        "display_name": "Test OV",
        "network": "mastodon",
        "department": "transit",
        "followers": 300,
    },
]


def _citizen(
    n: int, *, account: str, network: str, offset: int, in_reply_to=None, kind="mention", text=None
):
    return {
        "id": f"t-cit-{n:04d}",
        "account": account,
        "network": network,
        "kind": kind,
        "offset_minutes": offset,
        "lang": "nl",
        "author": {"id": f"u{n % 7}", "handle": f"burger{n % 7}", "name": f"Burger {n % 7}"},
        "text": text or f"Lantaarnpaal {n} op de Havenkade is kapot",
        "in_reply_to": in_reply_to,
        "intended_department": "public-works",
    }


def build_tiny_dataset():
    own = [
        {
            "id": "t-own-001",
            "account": "central",
            "network": "x",
            "offset_minutes": -3000,
            "lang": "nl",
            "text": "Werkzaamheden Havenkade vanaf maandag",
            "has_media": True,
            "has_link": False,
            "half_life_hours": 4.0,
            "final": {"likes": 80, "shares": 12, "replies": 3, "quotes": 1, "impressions": 5000},
        },
        {
            "id": "t-own-002",
            "account": "transit",
            "network": "mastodon",
            "offset_minutes": -100,
            "lang": "nl",
            "text": "Tram 2 rijdt vandaag een omleiding",
            "has_media": False,
            "has_link": True,
            "half_life_hours": 3.0,
            "final": {"likes": 20, "shares": 5, "replies": 2, "quotes": 0, "impressions": None},
        },
    ]
    citizen = [
        _citizen(n, account="central", network="x", offset=-2900 + n * 10) for n in range(1, 31)
    ]
    # Replies: (n, account, network, offset in minutes, the post replied to, text).
    replies = [
        (31, "central", "x", -2500, "t-own-001", "Hoe lang duurt dat?"),
        (32, "central", "x", -2400, "t-cit-0031", "Dat wil ik ook weten"),
        (33, "transit", "mastodon", -90, "t-own-002", "Alweer? Tram 2 is elke week te laat"),
    ]
    citizen += [
        _citizen(
            n,
            account=account,
            network=network,
            offset=offset,
            kind="reply",
            in_reply_to=to,
            text=text,
        )
        for n, account, network, offset, to, text in replies
    ]
    return {
        "schema": 1,
        "city": {"name": "Gemeente Test", "country": "NL", "timezone": "Europe/Amsterdam"},
        "span_minutes": 80640,
        "accounts": ACCOUNTS,
        "own_posts": own,
        "citizen_posts": sorted(citizen, key=lambda c: c["offset_minutes"]),
    }


@pytest.fixture
def tiny_dataset(tmp_path, settings):
    path = tmp_path / "tiny.json.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        json.dump(build_tiny_dataset(), handle)
    settings.REPLAY_DATASET = path
    load_dataset.cache_clear()
    yield path
    load_dataset.cache_clear()

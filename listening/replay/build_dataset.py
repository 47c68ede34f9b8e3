"""Generate the bundled "replay" demo dataset: eight weeks of the fictional Gemeente Zeestad.

Run from the repository root:

    python -m listening.replay.build_dataset

The output, listening/replay/data/zeestad.json.gz, is deterministic: one random.Random with a
fixed seed drives every choice, iteration order is fixed and the gzip header carries mtime=0, so
re-running the script gives the same bytes.

Everything here is invented: the city, its streets, stops, people, handles and every text (the
templates and vocabulary in listening/replay/data/templates/*.yaml were written for this data
set). Nothing comes from real social media. How the generator works: see
listening/replay/generator/__init__.py.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from random import Random

from listening.replay.generator.authors import assign_authors, build_authors
from listening.replay.generator.citizen_posts import (
    CitizenPost,
    plan_background,
    plan_followups,
    plan_incident_posts,
    plan_replies,
)
from listening.replay.generator.clock import SPAN_MINUTES
from listening.replay.generator.material import ACCOUNTS, CITY
from listening.replay.generator.own_posts import (
    OwnPost,
    own_engagement,
    plan_own_posts,
    render_own_post,
)
from listening.replay.generator.tuning import DEPARTMENT_MIX, LANGUAGE_MIX, TEXT_LIMIT
from listening.replay.generator.writing import render_citizen_post

SEED = 20240607
OUT_PATH = Path(__file__).resolve().parent / "data" / "zeestad.json.gz"


def build(seed: int = SEED) -> dict:
    rng = Random(seed)
    people, spammers = build_authors(rng)

    own_posts = plan_own_posts(rng)
    seen_own: set = set()
    for post in own_posts:
        render_own_post(rng, post, seen_own)
        own_engagement(rng, post)
    for number, post in enumerate(own_posts, start=1):
        post.id = f"zs-own-{number:05d}"

    citizen = plan_incident_posts(rng)
    citizen += plan_replies(rng, own_posts)
    citizen += plan_background(rng, citizen)
    assign_authors(rng, citizen, people, spammers)

    # Facebook shows full names; commenters tag friends by name.
    friends = [
        a.name if a.name.replace(" ", "").replace("-", "").isalpha() else a.first
        for a in people
        if a.group in ("dutch", "turkish", "moroccan")
    ]
    seen: set = set()
    for post in citizen:
        render_citizen_post(rng, post, seen, friends)
    followups = plan_followups(rng, citizen)
    for post in followups:
        render_citizen_post(rng, post, seen, friends)
    citizen += followups

    # Stable chronological order; a reply always comes after what it answers.
    order = {id(post): index for index, post in enumerate(citizen)}
    citizen.sort(key=lambda post: (post.offset, order[id(post)]))
    for number, post in enumerate(citizen, start=1):
        post.id = f"zs-cit-{number:06d}"

    # A post's final reply count is at least the replies the data set actually holds.
    held: dict = {}
    for post in citizen:
        root = post.root
        if root is not None:
            held[root.id] = held.get(root.id, 0) + 1
    for post in own_posts:
        post.final["replies"] = max(post.final["replies"], held.get(post.id, 0))

    return {
        "schema": 1,
        "city": CITY,
        "span_minutes": SPAN_MINUTES,
        "accounts": ACCOUNTS,
        "own_posts": [own_post_json(post) for post in own_posts],
        "citizen_posts": [citizen_post_json(post) for post in citizen],
    }


def own_post_json(post: OwnPost) -> dict:
    return {
        "id": post.id,
        "account": post.account,
        "network": post.network,
        "offset_minutes": post.offset,
        "lang": post.lang,
        "text": post.text,
        "has_media": post.has_media,
        "has_link": post.has_link,
        "final": post.final,
        "half_life_hours": post.half_life,
    }


def citizen_post_json(post: CitizenPost) -> dict:
    parent = post.parent_citizen or post.parent_own
    return {
        "id": post.id,
        "account": post.account,
        "network": post.network,
        "kind": post.kind,
        "offset_minutes": post.offset,
        "lang": post.lang,
        "author": post.author.as_json(),
        "text": post.text,
        "in_reply_to": parent.id if parent is not None else None,
        "intended_department": post.department,
    }


def validate(data: dict) -> None:
    """The promises the replay source and the demo rely on."""
    accounts = {account["key"]: account for account in data["accounts"]}
    seen_ids: dict = {}
    for list_name in ("own_posts", "citizen_posts"):
        items = data[list_name]
        offsets = [item["offset_minutes"] for item in items]
        assert offsets == sorted(offsets), f"{list_name} not sorted"
        for item in items:
            assert item["id"] not in seen_ids, f"duplicate id {item['id']}"
            seen_ids[item["id"]] = item
            assert -SPAN_MINUTES <= item["offset_minutes"] < 0, item["id"]
            assert item["network"] == accounts[item["account"]]["network"], item["id"]
            assert item["lang"] in LANGUAGE_MIX and item["text"], item["id"]
            assert len(item["text"]) <= TEXT_LIMIT[item["network"]], item["id"]
    for item in data["own_posts"]:
        final = item["final"]
        assert 2 <= item["half_life_hours"] <= 24, item["id"]
        assert (final["impressions"] is None) == (item["network"] != "x"), item["id"]
        assert item["network"] != "facebook" or final["quotes"] == 0, item["id"]
        assert min(v for v in final.values() if v is not None) >= 0, item["id"]
    for item in data["citizen_posts"]:
        kind, network, parent_id = item["kind"], item["network"], item["in_reply_to"]
        assert kind in ("mention", "reply", "comment", "direct_message"), item["id"]
        assert (kind == "comment") == (network == "facebook" and kind != "direct_message")
        assert (parent_id is not None) == (kind in ("reply", "comment")), item["id"]
        assert item["intended_department"] in DEPARTMENT_MIX, item["id"]
        if parent_id is not None:
            parent = seen_ids[parent_id]
            assert parent["offset_minutes"] < item["offset_minutes"], item["id"]
            assert parent["network"] == network, item["id"]
            if kind == "comment":
                assert parent_id.startswith("zs-own-"), item["id"]


def main() -> None:
    data = build()
    validate(data)
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    OUT_PATH.parent.mkdir(parents=True, exist_ok=True)
    OUT_PATH.write_bytes(gzip.compress(payload, compresslevel=9, mtime=0))
    print(
        f"wrote {OUT_PATH.name}: {len(data['own_posts'])} own posts, "
        f"{len(data['citizen_posts'])} citizen posts, {OUT_PATH.stat().st_size:,} bytes"
    )


if __name__ == "__main__":
    main()

"""Helpers the connector tests share: the recorded API bodies in tests/fixtures/<platform>/,
and a batch's posts by their platform id."""

import json
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def recorded_body(platform, name):
    return json.loads((FIXTURES / platform / name).read_text(encoding="utf-8"))


def posts_by_id(batch):
    return {post.external_id: post for post in batch.posts}


def post_kinds(batch):
    return {post.external_id: post.kind for post in batch.posts}

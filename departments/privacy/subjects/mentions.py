"""Where other rows name the resident, and what they read once the name is replaced.

Other residents' words must survive an erasure unchanged, so nothing is matched as a bare
word: in free text (replies, notes, event reasons, posts, saved filters, a quarantined
payload's error) a handle only as "@handle" or in a platform link, a name only whole and only
when it has several words (departments_privacy_scrub, departments/migrations/0012_privacy, is
the one place these rules live: texts are sent to it in batches). In a JSON payload a string
that is exactly one of the person's identifiers counts too, where the payload says it is
theirs: their platform id anywhere; their handle under "screen_name" or "acct" (X's
"username" too); and, in an object that holds one of those, their handle's local part and
their name (Mastodon's "username": "user" beside "acct": "user@instance").

Every search first narrows the rows with ILIKE (a scan, but no regular expression per row)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import parse_qsl, urlencode

from django.db import connection

from departments.privacy.pseudonyms import OWN_ANSWERS
from departments.privacy.subjects.find import Alias, Subject
from listening.models import Platform, Post, QuarantinedPayload

# Platform ids shorter than this are not looked for in payloads: they would match numbers.
MIN_ID_SEARCHED = 6
# Keys under which a payload gives an account's handle, by platform.
_HANDLE_KEYS = {"screen_name", "acct"}
_X_HANDLE_KEYS = {"username"}


def like_pattern(value: str) -> str:
    return "%" + re.sub(r"([\\%_])", r"\\\1", value) + "%"


def text_patterns(aliases: Iterable[Alias]) -> list[str]:
    """ILIKE patterns a free text must match to name one of these aliases at all."""
    patterns = set()
    for alias in aliases:
        local_part = alias.handle.lstrip("@").split("@")[0]
        if local_part:
            patterns.add(like_pattern(local_part))
        words = alias.name.split()
        if len(words) > 1:
            patterns.add("%" + "%".join(like_pattern(word)[1:-1] for word in words) + "%")
    return sorted(patterns)


def payload_patterns(subject: Subject) -> list[str]:
    ids = [author_id for author_id in subject.author_ids if len(author_id) >= MIN_ID_SEARCHED]
    return sorted({*text_patterns(subject.aliases), *(like_pattern(i) for i in ids)})


def texts_scrubbed(texts: list[str], aliases: Iterable[Alias]) -> list[str]:
    """The texts with every alias replaced by its pseudonym, in order (one statement per
    alias, whatever the number of texts)."""
    if not texts:
        return []
    with connection.cursor() as cursor:
        for alias in aliases:
            cursor.execute(
                "SELECT departments_privacy_scrub(t.value, %s, %s, %s, false) "
                "FROM unnest(%s::text[]) WITH ORDINALITY AS t(value, n) ORDER BY t.n",
                [alias.handle, alias.name, alias.pseudonym, texts],
            )
            texts = [row[0] for row in cursor.fetchall()]
    return texts


class PayloadScrubber:
    """Replaces the person in JSON payloads; strings in free text go to the SQL function in
    one batch per call of `scrubbed`."""

    def __init__(self, subject: Subject):
        self.aliases = subject.aliases
        self.by_id = {
            alias.author_id: alias.pseudonym
            for alias in subject.aliases
            if len(alias.author_id) >= MIN_ID_SEARCHED
        }
        self.handle_keys = _HANDLE_KEYS | (
            _X_HANDLE_KEYS if subject.platform == Platform.X else set()
        )
        self.by_handle: dict[str, str] = {}
        self.near_her: dict[str, str] = {}
        for alias in subject.aliases:
            handle = alias.handle.lstrip("@").lower()
            if handle:
                self.by_handle[handle] = alias.pseudonym
                self.near_her[handle.split("@")[0]] = alias.pseudonym
            if alias.name.strip():
                self.near_her.setdefault(alias.name.strip().lower(), alias.pseudonym)

    def _is_hers(self, key: Any, value: Any) -> bool:
        if not isinstance(value, str):
            return False
        if value in self.by_id:
            return True
        return key in self.handle_keys and value.lstrip("@").lower() in self.by_handle

    def _exact(self, key: Any, value: str, near_her: bool) -> str | None:
        if value in self.by_id:
            return self.by_id[value]
        lowered = value.strip().lstrip("@").lower()
        if key in self.handle_keys and lowered in self.by_handle:
            return self.by_handle[lowered]
        if near_her and value.strip().lower() in self.near_her:
            return self.near_her[value.strip().lower()]
        return None

    def _strings(self, value: Any, found: set[str]) -> None:
        if isinstance(value, str):
            found.add(value)
        elif isinstance(value, list):
            for item in value:
                self._strings(item, found)
        elif isinstance(value, dict):
            for item in value.values():
                self._strings(item, found)

    def _rebuilt(self, value: Any, texts: dict[str, str], key: Any = None, near: bool = False):
        if isinstance(value, str):
            exact = self._exact(key, value, near)
            return exact if exact is not None else texts[value]
        if isinstance(value, list):
            return [self._rebuilt(item, texts, key, near) for item in value]
        if isinstance(value, dict):
            near_her = any(self._is_hers(k, v) for k, v in value.items())
            return {k: self._rebuilt(v, texts, k, near_her) for k, v in value.items()}
        return value

    def scrubbed(self, values: list[Any]) -> list[Any]:
        found: set[str] = set()
        for value in values:
            self._strings(value, found)
        strings = sorted(found)
        texts = dict(zip(strings, texts_scrubbed(strings, self.aliases), strict=True))
        return [self._rebuilt(value, texts) for value in values]


def _candidate_rows(sql: str, params: list[Any] | dict[str, Any]) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def own_answers_of(post_ids: list[int]) -> list[int]:
    """The city's own posts that answer these posts (departments.privacy.pseudonyms)."""
    rows = _candidate_rows(
        f"SELECT DISTINCT post_id FROM ({OWN_ANSWERS}) AS answers", {"post_ids": post_ids}
    )
    return sorted(row[0] for row in rows)


def others_posts_naming(subject: Subject) -> list[int]:
    """Other people's posts whose text names the person."""
    patterns = text_patterns(subject.aliases)
    if not patterns:
        return []
    rows = _candidate_rows(
        "SELECT id, text FROM listening_post WHERE text ILIKE ANY(%s) AND NOT id = ANY(%s)",
        [patterns, subject.post_ids],
    )
    texts = [row[1] for row in rows]
    scrubbed = texts_scrubbed(texts, subject.aliases)
    return [row[0] for row, after in zip(rows, scrubbed, strict=True) if after != row[1]]


def others_payloads_naming(subject: Subject) -> dict[int, Any]:
    """Other posts' raw payloads that name the person (a reply's mention entities, a quoted
    author), each as it reads once scrubbed; the structure stays valid JSON."""
    rows = _candidate_rows(
        "SELECT id FROM listening_post WHERE raw::text ILIKE ANY(%s) AND NOT id = ANY(%s)",
        [payload_patterns(subject), subject.post_ids],
    )
    posts = list(Post.objects.filter(pk__in=[row[0] for row in rows]).only("id", "raw"))
    scrubbed = PayloadScrubber(subject).scrubbed([post.raw for post in posts])
    return {
        post.pk: after for post, after in zip(posts, scrubbed, strict=True) if after != post.raw
    }


def quarantined_naming(subject: Subject) -> list[int]:
    """Quarantined payloads could not be read, so whom they are from is unknown: any that
    names the person, in its body or in the error that quotes it, is theirs to see and to
    have erased."""
    rows = _candidate_rows(
        "SELECT id FROM listening_quarantinedpayload "
        "WHERE raw::text ILIKE ANY(%s) OR error ILIKE ANY(%s)",
        [payload_patterns(subject), text_patterns(subject.aliases)],
    )
    items = list(
        QuarantinedPayload.objects.filter(pk__in=[row[0] for row in rows]).only("raw", "error")
    )
    raws = PayloadScrubber(subject).scrubbed([item.raw for item in items])
    errors = texts_scrubbed([item.error for item in items], subject.aliases)
    return sorted(
        item.pk
        for item, raw, error in zip(items, raws, errors, strict=True)
        if raw != item.raw or error != item.error
    )


def saved_filter_scrubbed(*, name: str, query: str, subject: Subject) -> tuple[str, str]:
    """A saved queue view's name and query string without the person: a search for exactly
    their handle or id ("q=marit_vdb") is theirs, other words only as in free text."""
    exact = {alias.handle.lstrip("@").lower(): alias.pseudonym for alias in subject.aliases}
    exact.update({alias.author_id.lower(): alias.pseudonym for alias in subject.aliases})
    exact.pop("", None)
    pairs = parse_qsl(query, keep_blank_values=True)
    texts = texts_scrubbed([name, *(value for _, value in pairs)], subject.aliases)
    values = [
        exact.get(value.strip().lstrip("@").lower(), scrubbed)
        for (_, value), scrubbed in zip(pairs, texts[1:], strict=True)
    ]
    new_query = urlencode([(key, value) for (key, _), value in zip(pairs, values, strict=True)])
    new_name = exact.get(name.strip().lstrip("@").lower(), texts[0])
    return new_name, new_query if new_query != urlencode(pairs) else query

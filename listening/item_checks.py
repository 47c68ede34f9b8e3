"""Each fetched item checked and normalised on its own before a batch is stored, so that one bad
item never fails the batch (and with it the cursor, poll after poll).

The adapters turn a platform's body into FetchedPost and FetchedEngagement; what they produce
is only as sound as the body. Here each post is held against its table's columns:

- ids (its own, its author's, the post it answers, its conversation) must be text that fits its
  column: cutting an id would make it another post's or another person's, so a post whose id
  does not fit goes to quarantine, with its raw body;
- text it is shown by may be cut or dropped: a handle or a name longer than its column is
  cut, a language or a web address that is not text or does not fit is left empty;
- NUL characters and lone surrogates, which PostgreSQL refuses, are cleaned
  (listening.sources.storable);
- engagement counts must be whole numbers from 0 up to what their column holds; a reading that
  is not is left out (its post is stored all the same) and said in the fetch run's notices.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, datetime

from listening.models import Platform, Post, PostKind
from listening.sources.base import FetchedEngagement, FetchedPost, Unparseable
from listening.sources.storable import is_text_storable, text_storable


def _max_length(name: str) -> int:
    return Post._meta.get_field(name).max_length


# Ids: never cut. Post.url is varchar(500) whatever the URLField says.
ID_FIELDS = ("external_id", "author_id", "in_reply_to", "conversation_key")
CUT_FIELDS = ("author_handle", "author_name")
EMPTIED_FIELDS = ("language", "url")
_LIMITS = {name: _max_length(name) for name in (*ID_FIELDS, *CUT_FIELDS, *EMPTIED_FIELDS)}
_PLATFORMS = frozenset(Platform.values)
_KINDS = frozenset(PostKind.values)
# PositiveIntegerField is an integer column with a check >= 0; impressions a bigint.
MAX_COUNT = 2**31 - 1
MAX_IMPRESSIONS = 2**63 - 1


class ItemRejected(ValueError):
    """A fetched item that cannot be stored as it is: it goes to quarantine."""


def posts_checked(posts: Iterable[FetchedPost]) -> tuple[list[FetchedPost], list[Unparseable]]:
    """The posts ready to store, and those rejected, each with its raw body and why."""
    kept, rejected = [], []
    for post in posts:
        try:
            kept.append(post_checked(post))
        except ItemRejected as error:
            rejected.append(Unparseable(raw=post.raw, error=f"Not stored: {error}"))
    return kept, rejected


def post_checked(post: FetchedPost) -> FetchedPost:
    """The post as it can be stored (the same object when nothing needed changing), or
    ItemRejected."""
    # Almost every post is sound: that is told with one search over all its text and a few
    # comparisons (the field by field way costs as much as parsing the post).
    try:
        joined = "".join(
            (
                post.external_id,
                post.author_id,
                post.in_reply_to,
                post.conversation_key,
                post.text,
                post.author_handle,
                post.author_name,
                post.language,
                post.url,
            )
        )
    except TypeError:  # a field that is not text
        return _post_checked_field_by_field(post)
    created_at = post.created_at
    if (
        post.platform in _PLATFORMS
        and post.kind in _KINDS
        and 0 < len(post.external_id) <= _LIMITS["external_id"]
        and len(post.author_id) <= _LIMITS["author_id"]
        and len(post.in_reply_to) <= _LIMITS["in_reply_to"]
        and len(post.conversation_key) <= _LIMITS["conversation_key"]
        and len(post.author_handle) <= _LIMITS["author_handle"]
        and len(post.author_name) <= _LIMITS["author_name"]
        and len(post.language) <= _LIMITS["language"]
        and len(post.url) <= _LIMITS["url"]
        and post.has_media.__class__ is bool
        and post.has_link.__class__ is bool
        and isinstance(created_at, datetime)
        and created_at.utcoffset() is not None
        and 1 < created_at.year < 9999  # far from the ends, where a time zone overflows
        and is_text_storable(joined)
    ):
        return post
    return _post_checked_field_by_field(post)


def _post_checked_field_by_field(post: FetchedPost) -> FetchedPost:
    changes: dict[str, object] = {}
    if post.platform not in _PLATFORMS:
        raise ItemRejected(f"unknown platform {post.platform!r:.40}")
    if post.kind not in _KINDS:
        raise ItemRejected(f"unknown kind {post.kind!r:.40}")
    for name in ID_FIELDS:
        value = getattr(post, name)
        if not isinstance(value, str):
            raise ItemRejected(f"{name} is a {type(value).__name__}, not text")
        if not is_text_storable(value):
            raise ItemRejected(f"{name} {value!r:.80} holds a NUL or a broken character")
        if len(value) > _LIMITS[name]:
            raise ItemRejected(
                f"{name} is {len(value)} characters long, longer than any id ({_LIMITS[name]})"
            )
    if not post.external_id:
        raise ItemRejected("the post has no id")
    if not isinstance(post.text, str):
        raise ItemRejected(f"text is a {type(post.text).__name__}, not text")
    if not is_text_storable(post.text):
        changes["text"] = text_storable(post.text)
    for name in CUT_FIELDS:
        value = getattr(post, name)
        cut = text_storable(value if isinstance(value, str) else "")[: _LIMITS[name]]
        if cut != value:
            changes[name] = cut
    for name in EMPTIED_FIELDS:
        value = getattr(post, name)
        if not isinstance(value, str) or len(value) > _LIMITS[name] or not is_text_storable(value):
            changes[name] = ""
    _check_created_at(post.created_at)
    for name in ("has_media", "has_link"):
        if not isinstance(getattr(post, name), bool):
            changes[name] = bool(getattr(post, name))
    return replace(post, **changes) if changes else post


def _check_created_at(created_at: object) -> None:
    if not isinstance(created_at, datetime) or created_at.utcoffset() is None:
        raise ItemRejected(f"created_at {created_at!r:.60} is not a moment with a time zone")
    try:
        created_at.astimezone(UTC)
    except OverflowError:
        raise ItemRejected(f"created_at {created_at.isoformat()} is out of range") from None


def readings_checked(
    readings: Iterable[FetchedEngagement],
) -> tuple[list[FetchedEngagement], list[str]]:
    """The engagement readings that can be stored, and why the others cannot."""
    kept, problems = [], []
    for reading in readings:
        problem = reading_problem(reading)
        if problem is None:
            kept.append(reading)
        else:
            problems.append(f"{reading.platform}:{str(reading.external_id)[:80]}: {problem}")
    return kept, problems


def reading_problem(reading: FetchedEngagement) -> str | None:
    """Why a reading cannot be stored, or None."""
    if reading.platform not in _PLATFORMS:
        return f"unknown platform {reading.platform!r:.40}"
    external_id = reading.external_id
    if not isinstance(external_id, str) or not is_text_storable(external_id):
        return "its post's id is not text"
    if len(external_id) > _LIMITS["external_id"]:
        return f"its post's id is {len(external_id)} characters long"
    counts = {
        "likes": reading.likes,
        "shares": reading.shares,
        "replies": reading.replies,
        "quotes": reading.quotes,
    }
    for name, count in counts.items():
        if not _is_count(count, MAX_COUNT):
            return f"{name} is {count!r:.40}, not a count"
    if reading.impressions is not None and not _is_count(reading.impressions, MAX_IMPRESSIONS):
        return f"impressions is {reading.impressions!r:.40}, not a count"
    if not isinstance(reading.reactions, dict):
        return f"reactions is a {type(reading.reactions).__name__}"
    for kind, count in reading.reactions.items():
        if not isinstance(kind, str) or not is_text_storable(kind):
            return f"reaction type {kind!r:.40} is not text"
        if not _is_count(count, MAX_COUNT):
            return f"{kind} reactions is {count!r:.40}, not a count"
    if not isinstance(reading.taken_at, datetime) or reading.taken_at.utcoffset() is None:
        return "taken_at is not a moment with a time zone"
    return None


def _is_count(value: object, most: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= most

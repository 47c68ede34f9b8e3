"""Mastodon bodies (lists of notifications or statuses, one status, a status context) into
posts and engagement, shared by polling and by importing saved bodies."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any
from urllib.parse import urlparse

from listening.models import Account, Platform, PostKind
from listening.sources.base import (
    PARSE_ERRORS,
    FetchBatch,
    FetchedEngagement,
    FetchedPost,
    Unparseable,
)
from listening.sources.mastodon.html_text import html_text

PLATFORM = Platform.MASTODON.value


def batch_from_payload(payload: Any, *, account: Account, now: datetime) -> FetchBatch:
    """Normalise one saved response body: a list of notifications or statuses, one status, or
    a status context (ancestors and descendants)."""
    batch = FetchBatch()
    root = None
    ancestors = payload.get("ancestors") if isinstance(payload, dict) else None
    if ancestors and isinstance(ancestors, list) and isinstance(ancestors[0], dict):
        # A context leaves out the status it was asked for, the link between its ancestors
        # and its descendants; its first ancestor is the root of them all.
        root = ancestors[0].get("id") if isinstance(ancestors[0].get("id"), str) else None
    known = statuses_by_id([payload])
    normalise_into(batch, payload, account=account, now=now, known=known, root=root)
    return batch


def identify_account(payload: Any, *, handle: str) -> dict[str, str]:
    """The account with this handle as the payload shows it: a full account object where one
    is found (an author, also of a reblogged status), else the id in a status's mentions."""
    mentioned = {}
    for status in _walk_statuses(payload):
        author = status.get("account")
        if isinstance(author, dict) and _is_handle(author, handle):
            return {
                "platform_id": str(author["id"]),
                "display_name": author.get("display_name") or "",
            }
        for mention in status.get("mentions") or []:
            if not mentioned and isinstance(mention, dict) and _is_handle(mention, handle):
                mentioned = {"platform_id": str(mention["id"]), "display_name": ""}
    return mentioned


def normalise_into(
    batch: FetchBatch,
    payload: Any,
    *,
    account: Account,
    now: datetime,
    known: dict[str, dict[str, Any]],
    root: str | None = None,
) -> None:
    """The statuses of one body into the batch. known: every status at hand, by id, to find
    the conversations in; root: the conversation of them all, when the body says it."""
    for item in _items(payload):
        if isinstance(item, Unparseable):
            batch.unparseable.append(item)
            continue
        try:
            status = _status_of(item)
            if status is None:
                continue
            post = _post(status, account=account, known=known, root=root)
        except PARSE_ERRORS as error:
            batch.quarantine(item, error)
            continue
        # A reblog's numbers belong to the reblogged status of somebody else.
        engagement = engagement_of(status, now=now) if post.kind != PostKind.REPOST else None
        batch.add(post, engagement)


def engagement_of(status: dict[str, Any], *, now: datetime) -> FetchedEngagement | None:
    """A status's favourites, reblogs, replies and quotes; None when it does not carry them."""
    counts = [status.get(name) for name in ("favourites_count", "reblogs_count", "replies_count")]
    if not all(isinstance(count, int) for count in counts) or not isinstance(status.get("id"), str):
        return None
    quotes = status.get("quotes_count")
    return FetchedEngagement(
        platform=PLATFORM,
        external_id=status["id"],
        taken_at=now,
        likes=counts[0],
        shares=counts[1],
        replies=counts[2],
        quotes=quotes if isinstance(quotes, int) else 0,
        impressions=None,
    )


def statuses_by_id(payloads: Iterable[Any]) -> dict[str, dict[str, Any]]:
    known = {}
    for payload in payloads:
        for status in _walk_statuses(payload):
            if isinstance(status.get("id"), str):
                known[status["id"]] = status
    return known


def is_own(author: dict[str, Any], account: Account) -> bool:
    if account.platform_id:
        return str(author["id"]) == account.platform_id
    return _is_handle(author, account.handle)


def _items(payload: Any) -> Iterable[Any]:
    if isinstance(payload, list):
        return payload
    if isinstance(payload, dict) and ("ancestors" in payload or "descendants" in payload):
        return [*(payload.get("ancestors") or []), *(payload.get("descendants") or [])]
    if isinstance(payload, dict) and ("content" in payload or "type" in payload):
        return [payload]
    return [Unparseable(raw=payload, error="Not a Mastodon list of statuses or notifications.")]


def _is_notification(item: dict[str, Any]) -> bool:
    return "type" in item and "content" not in item


def _status_of(item: Any) -> dict[str, Any] | None:
    if not isinstance(item, dict):
        raise TypeError(f"expected a status or notification object, got {type(item).__name__}")
    if not _is_notification(item):
        return item
    if item["type"] != "mention":
        # Favourites, follows and the like are no posts; the stream asks for mentions only.
        return None
    if not isinstance(item.get("status"), dict):
        raise KeyError("mention notification without its status")
    return item["status"]


def _post(
    status: dict[str, Any], *, account: Account, known: dict[str, dict], root: str | None = None
) -> FetchedPost:
    external_id = status["id"]
    if not isinstance(external_id, str) or not external_id:
        raise ValueError(f"status id {external_id!r} is not a string id")
    author = status["account"]
    shown = status.get("reblog") or status
    if is_own(author, account):
        kind = PostKind.REPOST if status.get("reblog") else PostKind.OWN_POST
    elif status.get("visibility") == "direct":
        kind = PostKind.DIRECT_MESSAGE
    elif status.get("in_reply_to_id"):
        kind = PostKind.REPLY
    else:
        kind = PostKind.MENTION
    text, has_link = html_text(shown.get("content") or "")
    if shown.get("spoiler_text"):
        # A content warning often says what the post is about ("klacht", "overlast").
        text = f"{shown['spoiler_text']}\n\n{text}".strip()
    url = status.get("url") or shown.get("url") or ""
    language = shown.get("language") or ""
    in_reply_to = "" if kind == PostKind.REPOST else str(status.get("in_reply_to_id") or "")
    return FetchedPost(
        platform=PLATFORM,
        external_id=external_id,
        kind=kind,
        created_at=_parse_time(status["created_at"]),
        raw=status,
        author_id=str(author["id"]),
        author_handle=str(author.get("acct") or author.get("username") or "")[:200],
        author_name=str(author.get("display_name") or "")[:200],
        text=text,
        language=language if len(language) <= 8 else "",
        url=url if len(url) <= 500 else "",
        in_reply_to=in_reply_to,
        conversation_key=f"{PLATFORM}:{root or _root_id(shown, known)}",
        has_media=bool(shown.get("media_attachments")),
        has_link=has_link or bool(shown.get("card")),
    )


def _root_id(status: dict[str, Any], known: dict[str, dict]) -> str:
    # Mastodon's status entity names no conversation: follow in_reply_to_id through the
    # statuses at hand. A parent that is not at hand is the topmost id known, so a reply to
    # the city's post joins that post's conversation.
    current, seen = status, set()
    while current.get("in_reply_to_id") and current["id"] not in seen:
        seen.add(current["id"])
        parent_id = str(current["in_reply_to_id"])
        if parent_id not in known:
            return parent_id
        current = known[parent_id]
    return str(current["id"])


def _walk_statuses(payload: Any) -> Iterable[dict[str, Any]]:
    if isinstance(payload, dict) and ("ancestors" in payload or "descendants" in payload):
        yield from _walk_statuses(list(_items(payload)))
        return
    for item in payload if isinstance(payload, list) else [payload]:
        if not isinstance(item, dict):
            continue
        status = item.get("status") if _is_notification(item) else item
        if isinstance(status, dict):
            yield status
            if isinstance(status.get("reblog"), dict):
                yield status["reblog"]


def _is_handle(candidate: dict[str, Any], handle: str) -> bool:
    wanted = handle.lstrip("@").lower()
    acct = str(candidate.get("acct") or "").lower()
    username = str(candidate.get("username") or "").lower()
    host = urlparse(str(candidate.get("url") or "")).netloc.lower()
    if not username:
        return False
    # A local account's acct is its bare username; the handle may carry the instance too.
    return wanted in {acct, f"{username}@{host}"} or ("@" not in acct and wanted == username)


def _parse_time(value: Any) -> datetime:
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        raise ValueError(f"created_at {value!r} has no time zone")
    return parsed

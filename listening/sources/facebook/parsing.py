"""Graph API bodies (pages of a feed or of comments, single posts and comments) into posts and
engagement, shared by polling and by importing saved bodies."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from listening.models import Account, Platform, PostKind
from listening.sources.base import PARSE_ERRORS, FetchBatch, FetchedEngagement, FetchedPost

PLATFORM = Platform.FACEBOOK.value
REACTION_TYPES = ("like", "love", "care", "wow", "haha", "sad", "angry")
MEDIA_TYPES = {"photo", "video", "album", "animated_image_video", "animated_image_share"}
URL_IN_TEXT = re.compile(r"https?://\S+|\bwww\.\S+", re.IGNORECASE)
_POST_PERMALINK = re.compile(r"facebook\.com/(\d+)/posts/(\d+)")
_GRAPH_ID = re.compile(r"[0-9]{1,40}(?:_[0-9]{1,40}){0,2}", re.ASCII)


def batch_from_payload(payload: Any, *, account: Account, now: datetime) -> FetchBatch:
    """Normalise one saved response body: a page of a feed or of comments (as /feed, /posts or
    /{post-id}/comments return it), or one post or comment object."""
    batch = FetchBatch()
    page_id = account.platform_id or _page_id_in(payload)
    if is_page(payload):
        normalise_into(batch, payload, page_id=page_id, now=now)
    elif isinstance(payload, dict) and "id" in payload and "error" not in payload:
        normalise_into(batch, {"data": [payload]}, page_id=page_id, now=now)
    else:
        batch.quarantine(payload, "Not a Graph API page of data, post or comment.")
    return batch


def identify_account(payload: Any, *, handle: str) -> dict[str, str]:
    """The page with this handle as the payload shows it: an author or page object whose
    username or name is the handle, else the page whose feed the payload is (every post id
    starts with the page's id)."""
    wanted = _squashed(handle)
    names: dict[str, str] = {}
    for item in _items(payload):
        if not isinstance(item, dict):
            continue
        for who in (item, item.get("from")):
            if not isinstance(who, dict) or not who.get("id") or not who.get("name"):
                continue
            names[str(who["id"])] = str(who["name"])
            if wanted in {_squashed(who.get("username")), _squashed(who.get("name"))}:
                return {"platform_id": str(who["id"]), "display_name": str(who["name"])}
    owner = _page_id_in(payload)
    if owner:
        return {"platform_id": owner, "display_name": names.get(owner, "")}
    return {}


def normalise_into(
    batch: FetchBatch,
    body: dict[str, Any],
    *,
    page_id: str,
    now: datetime,
    post_id: str | None = None,
) -> None:
    """The posts and comments of one page of data into the batch; post_id: the post whose
    comments these are."""
    for item in body["data"]:
        try:
            if not isinstance(item, dict):
                raise TypeError(f"expected a post or comment object, got {type(item).__name__}")
            if post_id is not None or _is_comment(item):
                post = _comment(item, page_id=page_id, post_id=post_id)
            else:
                post = _post(item, page_id=page_id)
        except PARSE_ERRORS as error:
            batch.quarantine(item, error)
            continue
        batch.add(post, engagement_of(item, now=now))


def engagement_of(item: dict[str, Any], *, now: datetime) -> FetchedEngagement | None:
    """A post's reactions, shares and comments, or a comment's likes and replies; None when
    the item carries no counts."""
    if not isinstance(item.get("id"), str) or not item["id"]:
        return None
    if "like_count" in item:  # a comment
        likes, replies = item.get("like_count"), item.get("comment_count")
        if not isinstance(likes, int):
            return None
        return FetchedEngagement(
            platform=PLATFORM,
            external_id=item["id"],
            taken_at=now,
            likes=likes,
            replies=replies if isinstance(replies, int) else 0,
        )
    if not any(key in item for key in ("reactions", "comments", "shares", *REACTION_TYPES)):
        return None
    reactions = {
        kind: count
        for kind in REACTION_TYPES
        if (count := _summary_count(item.get(kind))) is not None
    }
    likes = _summary_count(item.get("reactions"))
    if likes is None:
        likes = reactions.get("like", 0)
    # A post nobody shared has no "shares" at all.
    shared = item.get("shares")
    shares = shared.get("count") if isinstance(shared, dict) else 0
    return FetchedEngagement(
        platform=PLATFORM,
        external_id=item["id"],
        taken_at=now,
        likes=likes,
        shares=shares if isinstance(shares, int) else 0,
        replies=_summary_count(item.get("comments")) or 0,
        quotes=0,
        impressions=None,  # page insights are not read
        reactions=reactions,
    )


def is_page(body: Any) -> bool:
    return isinstance(body, dict) and isinstance(body.get("data"), list)


def created_unix(item: Any) -> int | None:
    try:
        return unix(_parse_time(item["created_time"]))
    except (KeyError, TypeError, ValueError):
        return None


def unix(moment: datetime) -> int:
    return int(moment.timestamp())


def _post(item: dict[str, Any], *, page_id: str) -> FetchedPost:
    external_id = _id(item)
    author = _author(item)
    # A page post's id starts with the id of the page whose feed it is in.
    page = page_id or external_id.partition("_")[0]
    own = not author or str(author.get("id")) == page
    attachments = (item.get("attachments") or {}).get("data") or []
    text = _text(item)
    return FetchedPost(
        platform=PLATFORM,
        external_id=external_id,
        kind=PostKind.OWN_POST if own else PostKind.MENTION,
        created_at=_parse_time(item["created_time"]),
        raw=item,
        author_id=str(author.get("id") or page),
        author_name=str(author.get("name") or "")[:200],
        text=text,
        url=_url(item),
        conversation_key=f"{PLATFORM}:{external_id}",
        has_media=any(_is_media(attachment) for attachment in attachments),
        has_link=any(_is_link(attachment) for attachment in attachments)
        or bool(URL_IN_TEXT.search(text)),
    )


def _comment(item: dict[str, Any], *, page_id: str, post_id: str | None) -> FetchedPost:
    external_id = _id(item)
    post = post_id or _post_of_comment(item, page_id=page_id)
    author = _author(item)
    page = page_id or post.partition("_")[0]
    own = bool(author) and str(author.get("id")) == page
    parent = item.get("parent")
    if parent is not None and not isinstance(parent, dict):
        raise TypeError(f"parent is a {type(parent).__name__}, not a comment object")
    attachment = item.get("attachment") or {}
    text = _text(item)
    return FetchedPost(
        platform=PLATFORM,
        external_id=external_id,
        kind=PostKind.OWN_POST if own else PostKind.COMMENT,
        created_at=_parse_time(item["created_time"]),
        raw=item,
        author_id=str(author.get("id") or ""),
        author_name=str(author.get("name") or "")[:200],
        text=text,
        url=_url(item),
        in_reply_to=str(parent["id"]) if parent else post,
        conversation_key=f"{PLATFORM}:{post}",
        has_media=_is_media(attachment),
        has_link=_is_link(attachment) or bool(URL_IN_TEXT.search(text)),
    )


def _id(item: dict[str, Any]) -> str:
    external_id = item["id"]
    # Graph ids are numbers joined by "_" (page_post, post_comment). Anything else would be
    # asked for again (the comments under the post) and fail the whole poll.
    if not isinstance(external_id, str) or not _GRAPH_ID.fullmatch(external_id):
        raise ValueError(f"id {external_id!r:.80} is not a Graph id")
    return external_id


def _author(item: dict[str, Any]) -> dict[str, Any]:
    # Without a page token of the page, Facebook leaves out who wrote a comment.
    author = item.get("from") or {}
    if not isinstance(author, dict):
        raise TypeError(f"from is a {type(author).__name__}, not a user or page object")
    return author


def _text(item: dict[str, Any]) -> str:
    message = item.get("message") or ""
    if not isinstance(message, str):
        raise TypeError(f"message is a {type(message).__name__}, not text")
    return message


def _url(item: dict[str, Any]) -> str:
    url = item.get("permalink_url") or ""
    return url if isinstance(url, str) and len(url) <= 500 else ""


def _is_comment(item: dict[str, Any]) -> bool:
    # A saved body does not say which edge it came from; comments carry these, posts do not.
    permalink = str(item.get("permalink_url") or "")
    return any(key in item for key in ("like_count", "comment_count", "parent")) or (
        "comment_id=" in permalink
    )


def _items(payload: Any) -> list[Any]:
    """The objects of a saved body: a page's data, or the one object it is."""
    return payload["data"] if is_page(payload) else [payload]


def _permalink_post(item: dict[str, Any]) -> tuple[str, str] | None:
    """The page id and the post id in a comment's permalink (facebook.com/<page>/posts/<post>)."""
    match = _POST_PERMALINK.search(str(item.get("permalink_url") or ""))
    return (match[1], match[2]) if match else None


def _post_of_comment(item: dict[str, Any], *, page_id: str) -> str:
    """The post a saved comment is under: from its permalink, else from its id, which starts
    with the post's own id (the page post id without the page)."""
    permalink = _permalink_post(item)
    if permalink:
        return "_".join(permalink)
    comment_id = _id(item)
    if page_id and "_" in comment_id:
        return f"{page_id}_{comment_id.partition('_')[0]}"
    raise ValueError("cannot tell which post the comment is under")


def _page_id_in(payload: Any) -> str:
    """The page whose posts these are, if they all say the same one."""
    owners = set()
    for item in _items(payload):
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            continue
        if _is_comment(item):
            permalink = _permalink_post(item)
            if permalink:
                owners.add(permalink[0])
        elif "_" in item["id"]:
            owners.add(item["id"].partition("_")[0])
    return owners.pop() if len(owners) == 1 else ""


def _is_media(attachment: Any) -> bool:
    if not isinstance(attachment, dict):
        return False
    return attachment.get("media_type") in MEDIA_TYPES or str(attachment.get("type", "")) in (
        MEDIA_TYPES | {"video_autoplay", "video_inline"}
    )


def _is_link(attachment: Any) -> bool:
    return isinstance(attachment, dict) and (
        attachment.get("media_type") == "link" or attachment.get("type") == "share"
    )


def _summary_count(edge: Any) -> int | None:
    if not isinstance(edge, dict) or not isinstance(edge.get("summary"), dict):
        return None
    count = edge["summary"].get("total_count")
    return count if isinstance(count, int) else None


def _parse_time(value: Any) -> datetime:
    # The Graph API writes "2026-11-20T08:45:12+0000": always with its offset.
    return datetime.strptime(value, "%Y-%m-%dT%H:%M:%S%z")


def _squashed(value: Any) -> str:
    return re.sub(r"[^0-9a-z]", "", str(value or "").lower())

"""X v2 response bodies (data / includes / meta) into posts and engagement, shared by polling
and by importing saved bodies."""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime
from typing import Any

from listening.models import Account, Platform, PostKind
from listening.sources.base import (
    PARSE_ERRORS,
    FetchBatch,
    FetchedEngagement,
    FetchedPost,
)

PLATFORM = Platform.X.value
TIMELINES = ("tweets", "mentions")
STREAMS = (*TIMELINES, "conversations")
# Milliseconds since the epoch of X's snowflake ids' zero.
SNOWFLAKE_EPOCH_MS = 1288834974657
MAX_ID_DIGITS = len(str(2**64 - 1))


def batch_from_payload(
    payload: Any, *, account: Account, now: datetime, stream: str | None = None
) -> FetchBatch:
    """One saved X v2 response body (data / includes / meta) as a batch, without a cursor.

    stream ("tweets", "mentions" or "conversations") says which stream the body came from; it
    only matters for posts saved without author_id."""
    batch = FetchBatch()
    page_into(batch, payload, account=account, now=now, stream=stream)
    drop_duplicates(batch)
    return batch


def identify_account(payload: Any, *, handle: str) -> dict[str, str]:
    """The X user with this handle among the users a body carries (includes.users, or the data
    of a user lookup)."""
    handle = handle.lstrip("@").lower()
    if not isinstance(payload, dict):
        return {}
    includes = payload.get("includes")
    users = list(includes.get("users") or []) if isinstance(includes, dict) else []
    data = payload.get("data")
    users += data if isinstance(data, list) else [data]
    for user in users:
        if (
            isinstance(user, dict)
            and str(user.get("username", "")).lower() == handle
            and user.get("id")
        ):
            return {"platform_id": str(user["id"]), "display_name": str(user.get("name") or "")}
    return {}


def page_into(
    batch: FetchBatch,
    body: Any,
    *,
    account: Account,
    now: datetime,
    stream: str | None,
    skip_own: bool = False,
) -> bool:
    """Adds the posts of one response body to the batch; False when the body itself is
    unusable (it is then quarantined whole). skip_own leaves out the city's own posts."""
    data = body.get("data", []) if isinstance(body, dict) else None
    if isinstance(data, dict):
        data = [data]  # a single-tweet lookup
    if not isinstance(data, list):
        batch.quarantine(body, f"not an X v2 response body (data is {type(data).__name__})")
        return False
    users = _users_by_id(body.get("includes"))
    for item in data:
        try:
            post = _post(item, users=users, account=account, stream=stream)
            # Engagement is tracked for the city's own posts only (listening.engagement keeps no
            # other): a citizen's post keeps the numbers it came with in its raw payload, and a
            # retweet's counters are those of the original post, not the city's.
            engagement = engagement_of(item, now=now) if post.kind == PostKind.OWN_POST else None
        except PARSE_ERRORS as error:
            batch.quarantine(item, error)
            continue
        if skip_own and post.kind in (PostKind.OWN_POST, PostKind.REPOST):
            continue
        batch.add(post, engagement)
    return True


def drop_duplicates(batch: FetchBatch) -> None:
    # The city's own post can come in both streams (a thread of its own mentions it).
    seen: set[str] = set()
    posts = []
    for post in batch.posts:
        if post.external_id not in seen:
            seen.add(post.external_id)
            posts.append(post)
    batch.posts = posts
    batch.engagement = list({item.external_id: item for item in batch.engagement}.values())


def engagement_of(item: dict[str, Any], *, now: datetime) -> FetchedEngagement | None:
    """A post's public metrics; None when the body does not carry them."""
    metrics = item.get("public_metrics")
    if metrics is None:
        return None
    impressions = metrics.get("impression_count")
    return FetchedEngagement(
        platform=PLATFORM,
        external_id=str(item["id"]),
        taken_at=now,
        likes=int(metrics.get("like_count", 0)),
        shares=int(metrics.get("retweet_count", 0)),
        replies=int(metrics.get("reply_count", 0)),
        quotes=int(metrics.get("quote_count", 0)),
        impressions=None if impressions is None else int(impressions),
    )


def conversation_key(root_id: str) -> str:
    return f"{PLATFORM}:{root_id}"


def snowflake_time(tweet_id: int | str) -> datetime:
    # X ids carry their creation time to the millisecond.
    return datetime.fromtimestamp(((int(tweet_id) >> 22) + SNOWFLAKE_EPOCH_MS) / 1000, tz=UTC)


def snowflake_at(moment: datetime) -> int:
    """The smallest id X can give a post made at this moment."""
    return (int(moment.timestamp() * 1000) - SNOWFLAKE_EPOCH_MS) << 22


def _users_by_id(includes: Any) -> dict[str, dict[str, Any]]:
    users = includes.get("users") if isinstance(includes, dict) else None
    if not isinstance(users, list):
        return {}
    return {str(user["id"]): user for user in users if isinstance(user, dict) and "id" in user}


def _post(
    item: Any, *, users: dict[str, dict[str, Any]], account: Account, stream: str | None
) -> FetchedPost:
    if not isinstance(item, dict):
        raise TypeError(f"a post must be a JSON object, not {type(item).__name__}")
    tweet_id = str(item.get("id", ""))
    # A snowflake is a 64-bit number in ASCII digits; a longer one would be asked for again (the
    # conversations search of the city's own posts) and fail the whole poll.
    if not (tweet_id.isascii() and tweet_id.isdigit()) or len(tweet_id) > MAX_ID_DIGITS:
        raise ValueError(f"post without a valid id ({item.get('id')!r:.80})")
    text = item.get("text", "")
    if not isinstance(text, str):
        raise TypeError(f"text of post {tweet_id} is {type(text).__name__}")
    referenced = item.get("referenced_tweets")
    references = (
        {reference["type"]: str(reference["id"]) for reference in referenced} if referenced else {}
    )
    author_id = str(item.get("author_id") or "")
    author = users.get(author_id, {})
    own = _is_own(author_id, author, account=account, stream=stream, text=text)
    if own:
        author = {
            "id": author_id or account.platform_id,
            "username": author.get("username") or account.handle,
            "name": author.get("name") or account.display_name,
        }
    handle = str(author.get("username") or "")
    if "retweeted" in references:
        # A retweet is not something written to the city, whoever made it: no case for it.
        kind = PostKind.REPOST
    elif own:
        kind = PostKind.OWN_POST
    elif "replied_to" in references:
        kind = PostKind.REPLY
    else:
        kind = PostKind.MENTION
    in_reply_to = references.get("replied_to", "")
    root = item.get("conversation_id") or ("" if in_reply_to else tweet_id)
    attachments, entities = item.get("attachments"), item.get("entities")
    return FetchedPost(
        platform=PLATFORM,
        external_id=tweet_id,
        kind=kind,
        created_at=_created_at(item, tweet_id),
        raw=item,
        author_id=str(author.get("id") or author_id),
        author_handle=handle,
        author_name=str(author.get("name") or ""),
        # X escapes &, < and > in the text it returns.
        text=html.unescape(text),
        language=_language(item.get("lang")),
        url=f"https://x.com/{handle or 'i/web'}/status/{tweet_id}",
        in_reply_to=in_reply_to,
        conversation_key=conversation_key(root) if root else "",
        has_media=bool(attachments and attachments.get("media_keys")),
        has_link=bool(entities) and any(_is_link(url) for url in entities.get("urls") or []),
    )


def _is_own(
    author_id: str, author: dict[str, Any], *, account: Account, stream: str | None, text: str
) -> bool:
    if author_id:
        if account.platform_id:
            return author_id == str(account.platform_id)
        return str(author.get("username", "")).lower() == account.handle.lower()
    # Saved without author_id (it was not asked for): the stream tells; failing that, a post
    # addressed to the city's handle is a citizen's, as X only lists posts naming the handle
    # among the mentions.
    if stream in STREAMS:
        return stream == "tweets"
    addressed = re.search(rf"(?<![\w@])@{re.escape(account.handle)}(?!\w)", text, re.I)
    return addressed is None


def _created_at(item: dict[str, Any], tweet_id: str) -> datetime:
    if "created_at" not in item:
        # Saved without created_at: the id tells.
        return snowflake_time(tweet_id)
    value = item["created_at"]
    if not isinstance(value, str):
        raise TypeError(f"created_at of post {tweet_id} is {type(value).__name__}")
    try:
        created_at = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"created_at of post {tweet_id} is not a date: {value!r}") from None
    if created_at.tzinfo is None:
        raise ValueError(f"created_at of post {tweet_id} has no time zone: {value!r}")
    return created_at


def _language(lang: Any) -> str:
    # "und" (undetermined), "zxx" (no text) and the q-codes (qme: media only, qht: hashtags
    # only, ...) are X's ways of saying it does not know.
    if not isinstance(lang, str) or lang in ("und", "zxx") or (len(lang) == 3 and lang[0] == "q"):
        return ""
    return lang[:8]


def _is_link(url: Any) -> bool:
    # A photo or video is listed among the urls too, pointing at the post itself.
    if not isinstance(url, dict) or url.get("media_key"):
        return False
    display = str(url.get("display_url", ""))
    return not display.startswith(("pic.twitter.com/", "pic.x.com/"))

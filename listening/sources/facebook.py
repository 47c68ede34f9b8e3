"""Facebook: the city's page, its posts and what citizens write under them, through
facebook-sdk's GraphAPI.

Credentials (Account.credentials): {"page_access_token": "..."}, a Page access token of the city's
page (pages_read_engagement and pages_read_user_content to read, pages_manage_engagement to
reply). Account.platform_id is the page id; when it is empty the token's own page (/me) is used.

Two streams, each with its own cursor:
- feed: the page's feed, newest first. The page's own posts are own posts; a visitor's post on
  the page is a mention.
- comments: for each post of the last COMMENT_WINDOW, its comments and the replies to them
  (filter=stream gives both in one list). A comment is in reply to the post, a reply to its
  parent comment; the page's own answers are own posts. All share the conversation
  "facebook:<post id>".

facebook-sdk 3.1.0 accepts API versions up to 3.1 only, so the client is built without one and
settings.FACEBOOK_GRAPH_API_VERSION is put in every path given to GraphAPI.request (which joins
"https://graph.facebook.com/" and the path: the path must not start with a slash). The SDK raises
GraphAPIError from the body alone; the response itself (its status, and the usage headers that
say when a throttled page may call again) is kept by a hook on the requests session.

Post.raw is each item exactly as the Graph API returned it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, urlparse

import requests
from django.conf import settings
from django.utils import timezone
from facebook import GraphAPI, GraphAPIError

from listening.models import Account, Platform, PostKind
from listening.sources.base import FetchBatch, FetchedEngagement, FetchedPost, Unparseable
from listening.sources.errors import (
    CredentialsInvalid,
    RateLimited,
    SourceError,
    TransientSourceError,
)

PLATFORM = Platform.FACEBOOK.value
REACTION_TYPES = ("like", "love", "care", "wow", "haha", "sad", "angry")
# Reaction counts only (limit(0)): per type through aliases, so one request gives them all.
ENGAGEMENT_FIELDS = [
    "shares",
    "reactions.summary(total_count).limit(0)",
    *(
        f"reactions.type({kind.upper()}).limit(0).summary(total_count).as({kind})"
        for kind in REACTION_TYPES
    ),
    "comments.summary(true).limit(0)",
]
FEED_FIELDS = ",".join(
    [
        *("id", "message", "created_time", "permalink_url", "from", "attachments", "status_type"),
        *ENGAGEMENT_FIELDS,
    ]
)
COMMENT_FIELDS = (
    "id,message,created_time,from,parent,like_count,comment_count,permalink_url,attachment"
)
FEED_PAGE_SIZE = 25
COMMENTS_PAGE_SIZE = 100
# Comments are asked for on posts this young; older posts rarely get new ones, and every post
# watched costs one request per poll.
COMMENT_WINDOW = timedelta(days=7)
# The most ids the Graph API takes in one ?ids= lookup.
ENGAGEMENT_IDS_PER_REQUEST = 50
REQUEST_TIMEOUT = 30
# Used when a throttled response's usage headers give no time to regain access.
DEFAULT_RATE_LIMIT_WAIT = timedelta(minutes=15)

TOKEN_CODES = {102, 190}
PERMISSION_CODES = {10, *range(200, 300)}
# Application, user, page and business-use-case throttling.
THROTTLING_CODES = {4, 17, 32, 613, *range(80000, 80015)}
USAGE_HEADERS = ("X-Business-Use-Case-Usage", "X-App-Usage", "X-Page-Usage")
# The query parameters of a paging.next link that say where the next page starts.
PAGING_PARAMETERS = ("after", "until", "__paging_token")
MEDIA_TYPES = {"photo", "video", "album", "animated_image_video", "animated_image_share"}
URL_IN_TEXT = re.compile(r"https?://\S+|\bwww\.\S+", re.IGNORECASE)


class FacebookSource:
    def __init__(self, account: Account):
        self.account = account
        token = (account.credentials or {}).get("page_access_token")
        if not token:
            raise CredentialsInvalid(
                f"Facebook page @{account.handle} has no page access token: reconnect the page "
                "in the account settings."
            )
        self._token = str(token)
        self._version = _api_version(settings.FACEBOOK_GRAPH_API_VERSION)
        self._page_id = account.platform_id or ""
        self._last_response: requests.Response | None = None
        session = requests.Session()
        session.hooks["response"].append(self._remember_response)
        self.graph = GraphAPI(access_token=self._token, timeout=REQUEST_TIMEOUT, session=session)

    # -- the Source interface -------------------------------------------------------------

    def fetch_new(self, cursor: dict[str, Any], *, now: datetime) -> FetchBatch:
        # The Graph API pages newest first, so a stream's "since" (the newest created_time of a
        # finished walk, in unix seconds) may only move once every page down to the old one is
        # in a batch. A walk cut off after SOURCE_MAX_PAGES_PER_POLL pages keeps the old since
        # and stores where it stopped ("pending": the next page's paging parameters and the
        # newest time seen so far); the next batch goes on from there (has_more is set), and the
        # since moves when the walk reaches the bottom. Posts that arrive meanwhile are above
        # the walk's top and come with the next walk: no gap, whatever the poll stops at.
        page_id = self._own_page_id()
        batch = FetchBatch()
        feed_state, bodies, more = self._walk(
            f"{page_id}/feed",
            {"fields": FEED_FIELDS, "limit": FEED_PAGE_SIZE},
            dict(cursor.get("feed") or {}),
            batch,
        )
        for body in bodies:
            _normalise_into(batch, body, page_id=page_id, now=now)
        batch.cursor["feed"] = feed_state
        batch.has_more = more

        watched = {
            post_id: dict(state)
            for post_id, state in (cursor.get("comments") or {}).items()
            if isinstance(state, dict)
        }
        for post in batch.posts:
            if post.created_at >= now - COMMENT_WINDOW:
                watched.setdefault(post.external_id, {"posted": _unix(post.created_at)})
        oldest_watched = _unix(now - COMMENT_WINDOW)
        comments_cursor = {}
        for post_id, state in sorted(watched.items()):
            if int(state.get("posted") or 0) < oldest_watched and not state.get("pending"):
                continue
            try:
                new_state, bodies, more = self._walk(
                    f"{post_id}/comments",
                    {
                        "fields": COMMENT_FIELDS,
                        "filter": "stream",
                        "order": "reverse_chronological",
                        "limit": COMMENTS_PAGE_SIZE,
                    },
                    state,
                    batch,
                )
            except _ObjectMissing:
                continue  # the post was deleted: nothing more to hear under it
            for body in bodies:
                _normalise_into(batch, body, page_id=page_id, now=now, post_id=post_id)
            comments_cursor[post_id] = {"posted": state.get("posted"), **new_state}
            batch.has_more = batch.has_more or more
        batch.cursor["comments"] = comments_cursor
        return batch

    def fetch_engagement(
        self, external_ids: list[str], *, now: datetime
    ) -> list[FetchedEngagement]:
        page_id = self._own_page_id()
        # Posts and comments have different fields, and asking a comment for a post's field
        # fails the whole lookup: they are asked for apart. Page posts' ids start with the page.
        posts = [i for i in external_ids if i.startswith(f"{page_id}_")]
        comments = [i for i in external_ids if not i.startswith(f"{page_id}_")]
        found = []
        for ids, fields in (
            (posts, ",".join(["id", *ENGAGEMENT_FIELDS])),
            (comments, "id,like_count,comment_count"),
        ):
            for start in range(0, len(ids), ENGAGEMENT_IDS_PER_REQUEST):
                for item in self._lookup(ids[start : start + ENGAGEMENT_IDS_PER_REQUEST], fields):
                    engagement = _engagement(item, now=now)
                    if engagement is not None:
                        found.append(engagement)
        return found

    def send_reply(self, *, in_reply_to: str, text: str) -> str:
        try:
            body = self._request(f"{in_reply_to}/comments", post_args={"message": text})
        except _ObjectMissing as error:
            raise SourceError(
                f"Facebook post or comment {in_reply_to} is gone or no longer visible to page "
                f"@{self.account.handle}; the reply was not sent."
            ) from error
        if not isinstance(body, dict) or not body.get("id"):
            raise SourceError(
                f"Facebook took the reply to {in_reply_to} but did not say the new comment's id."
            )
        return str(body["id"])

    # -- requests -------------------------------------------------------------------------

    def _walk(
        self, path: str, params: dict[str, Any], state: dict[str, Any], batch: FetchBatch
    ) -> tuple[dict[str, Any], list[dict[str, Any]], bool]:
        """Read one stream from the top (or where a cut-off walk stopped) down to its since.
        Returns the stream's new state, the pages read, and whether pages remain."""
        since = state.get("since")
        pending = state.get("pending") or {}
        top = pending.get("top")
        args = dict(params)
        if since is not None:
            args["since"] = since
        args.update(pending.get("paging") or {})
        kept = {key: value for key, value in state.items() if key == "since"}
        bodies: list[dict[str, Any]] = []
        paging: dict[str, str] = {}
        for _ in range(settings.SOURCE_MAX_PAGES_PER_POLL):
            try:
                body = self._request(path, args)
            except _Malformed as error:
                # Kept in quarantine; the stream's state stays, so nothing is skipped.
                batch.unparseable.append(Unparseable(raw=error.body, error=str(error)))
                return dict(state), bodies, False
            if not _is_page(body):
                batch.unparseable.append(
                    Unparseable(raw=body, error=f"Facebook answered {path} without a data list.")
                )
                return dict(state), bodies, False
            bodies.append(body)
            times = [time for time in map(_created_unix, body["data"]) if time is not None]
            if times:
                top = max(top or 0, *times)
            paging = _next_page(body)
            # The API applies since itself; a page wholly older than it also ends the walk, in
            # case an edge ignores since.
            below_cursor = since is not None and bool(times) and max(times) < int(since)
            if not paging or not body["data"] or below_cursor:
                return ({"since": top} if top is not None else kept), bodies, False
            args.update(paging)
        return {**kept, "pending": {"paging": paging, "top": top}}, bodies, True

    def _lookup(self, ids: list[str], fields: str) -> list[dict[str, Any]]:
        if not ids:
            return []
        try:
            body = self._request("", {"ids": ",".join(ids), "fields": fields})
        except _ObjectMissing:
            if len(ids) == 1:
                return []  # deleted or hidden
            # One missing id fails the whole lookup: ask one by one, skipping the missing.
            return [item for one in ids for item in self._lookup([one], fields)]
        if not isinstance(body, dict):
            return []
        return [item for item in body.values() if isinstance(item, dict)]

    def _own_page_id(self) -> str:
        if not self._page_id:
            self._page_id = str(self._request("me", {"fields": "id,name"})["id"])
        return self._page_id

    def _remember_response(self, response: requests.Response, *args: Any, **kwargs: Any) -> None:
        self._last_response = response

    def _request(
        self,
        path: str,
        args: dict[str, Any] | None = None,
        *,
        post_args: dict[str, Any] | None = None,
    ) -> Any:
        """One Graph API call, its errors turned into the ones the services handle."""
        self._last_response = None
        try:
            return self.graph.request(
                f"{self._version}/{path}", args=dict(args or {}), post_args=post_args
            )
        except (requests.JSONDecodeError, KeyError) as error:
            # A body that says it is JSON and is not, or no content type at all.
            raise self._unreadable() from error
        except requests.RequestException as error:
            # Not chained: the request's URL, which carries the token, is in its message.
            raise TransientSourceError(
                f"Could not reach Facebook for page @{self.account.handle} "
                f"({type(error).__name__})."
            ) from None
        except GraphAPIError as error:
            raise self._translate(error) from error

    def _unreadable(self) -> SourceError:
        response = self._last_response
        if response is not None and response.ok:
            return _Malformed(response.text)
        status = response.status_code if response is not None else "no response"
        if response is None or response.status_code >= 500:
            return TransientSourceError(f"Facebook failed ({status}) for @{self.account.handle}.")
        return SourceError(f"Facebook answered HTTP {status} with a body it does not explain.")

    def _translate(self, error: GraphAPIError) -> SourceError:
        details = error.result.get("error") if isinstance(error.result, dict) else None
        if not isinstance(details, dict):
            return self._unreadable()
        code = details.get("code")
        said = self._scrub(str(details.get("message") or "no message"))[:300]
        page = f"Facebook page @{self.account.handle}"
        if code in TOKEN_CODES:
            return CredentialsInvalid(
                f"{page}: the page token expired or was revoked: reconnect the page "
                f"(Facebook said: {said})."
            )
        if code in THROTTLING_CODES:
            return RateLimited(
                f"Facebook rate limit reached for {page} ({said}).",
                retry_at=self._regain_access_at(),
            )
        if code in PERMISSION_CODES:
            return CredentialsInvalid(
                f"{page}: the page token lacks a permission: reconnect the page and grant "
                f"what it asks (Facebook said: {said})."
            )
        status = self._last_response.status_code if self._last_response is not None else 0
        if status >= 500 or details.get("is_transient") or code in (1, 2):
            return TransientSourceError(f"Facebook failed for {page} ({said}).")
        if code == 100 and details.get("error_subcode") == 33:
            return _ObjectMissing(said)
        return SourceError(f"Facebook error {code} for {page}: {said}")

    def _regain_access_at(self) -> datetime:
        minutes: list[float] = []
        headers = self._last_response.headers if self._last_response is not None else {}
        for name in USAGE_HEADERS:
            try:
                usage = json.loads(headers.get(name) or "null")
            except ValueError:
                continue
            minutes.extend(_regain_minutes(usage))
        wait = max(minutes, default=0)
        return timezone.now() + (timedelta(minutes=wait) if wait > 0 else DEFAULT_RATE_LIMIT_WAIT)

    def _scrub(self, text: str) -> str:
        return text.replace(self._token, "[token]") if self._token else text


class _ObjectMissing(SourceError):
    """Code 100, subcode 33: the object does not exist (deleted) or the token cannot see it."""


class _Malformed(SourceError):
    """A 2xx response whose body is not JSON."""

    def __init__(self, body: str):
        super().__init__("Facebook answered with a body that is not JSON.")
        self.body = body


def batch_from_payload(payload: Any, *, account: Account, now: datetime) -> FetchBatch:
    """Normalise one saved response body: a page of a feed or of comments (as /feed, /posts or
    /{post-id}/comments return it), or one post or comment object."""
    batch = FetchBatch()
    page_id = account.platform_id or _page_id_in(payload)
    if _is_page(payload):
        _normalise_into(batch, payload, page_id=page_id, now=now)
    elif isinstance(payload, dict) and "id" in payload and "error" not in payload:
        _normalise_into(batch, {"data": [payload]}, page_id=page_id, now=now)
    else:
        batch.unparseable.append(
            Unparseable(raw=payload, error="Not a Graph API page of data, post or comment.")
        )
    return batch


def identify_account(payload: Any, *, handle: str) -> dict[str, str]:
    """The page with this handle as the payload shows it: an author or page object whose
    username or name is the handle, else the page whose feed the payload is (every post id
    starts with the page's id)."""
    wanted = _squashed(handle)
    items = payload["data"] if _is_page(payload) else [payload]
    names: dict[str, str] = {}
    for item in items:
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


# -- normalisation ------------------------------------------------------------------------


def _normalise_into(
    batch: FetchBatch,
    body: dict[str, Any],
    *,
    page_id: str,
    now: datetime,
    post_id: str | None = None,
) -> None:
    for item in body["data"]:
        try:
            if not isinstance(item, dict):
                raise TypeError(f"expected a post or comment object, got {type(item).__name__}")
            if post_id is not None or _is_comment(item):
                post = _comment(item, page_id=page_id, post_id=post_id)
            else:
                post = _post(item, page_id=page_id)
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            batch.unparseable.append(
                Unparseable(raw=item, error=f"{type(error).__name__}: {error}")
            )
            continue
        batch.posts.append(post)
        engagement = _engagement(item, now=now)
        if engagement is not None:
            batch.engagement.append(engagement)


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


def _engagement(item: dict[str, Any], *, now: datetime) -> FetchedEngagement | None:
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


def _id(item: dict[str, Any]) -> str:
    external_id = item["id"]
    if not isinstance(external_id, str) or not external_id:
        raise ValueError(f"id {external_id!r} is not a string id")
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


_POST_PERMALINK = re.compile(r"facebook\.com/(\d+)/posts/(\d+)")


def _post_of_comment(item: dict[str, Any], *, page_id: str) -> str:
    """The post a saved comment is under: from its permalink, else from its id, which starts
    with the post's own id (the page post id without the page)."""
    match = _POST_PERMALINK.search(str(item.get("permalink_url") or ""))
    if match:
        return f"{match[1]}_{match[2]}"
    comment_id = _id(item)
    if page_id and "_" in comment_id:
        return f"{page_id}_{comment_id.partition('_')[0]}"
    raise ValueError("cannot tell which post the comment is under")


def _page_id_in(payload: Any) -> str:
    """The page whose posts these are, if they all say the same one."""
    items = payload["data"] if _is_page(payload) else [payload]
    owners = set()
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            continue
        if _is_comment(item):
            match = _POST_PERMALINK.search(str(item.get("permalink_url") or ""))
            if match:
                owners.add(match[1])
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


def _is_page(body: Any) -> bool:
    return isinstance(body, dict) and isinstance(body.get("data"), list)


def _next_page(body: dict[str, Any]) -> dict[str, str]:
    """Where the next page starts, from paging.next (cursor or time based), else the after
    cursor; {} on the last page."""
    paging = body.get("paging") or {}
    if not isinstance(paging, dict) or not paging.get("next"):
        return {}
    query = parse_qs(urlparse(str(paging["next"])).query)
    found = {key: query[key][0] for key in PAGING_PARAMETERS if query.get(key)}
    after = (paging.get("cursors") or {}).get("after")
    if not found and after:
        found = {"after": str(after)}
    return found


def _created_unix(item: Any) -> int | None:
    try:
        return _unix(_parse_time(item["created_time"]))
    except (KeyError, TypeError, ValueError):
        return None


def _parse_time(value: Any) -> datetime:
    # The Graph API writes "2026-11-20T08:45:12+0000": always with its offset.
    return datetime.strptime(value, "%Y-%m-%dT%H:%M:%S%z")


def _unix(moment: datetime) -> int:
    return int(moment.timestamp())


def _regain_minutes(usage: Any) -> Iterable[float]:
    """Every estimated_time_to_regain_access (minutes) in a usage header: the business use case
    header nests it per business and per type, the app header has it at the top."""
    if isinstance(usage, dict):
        for key, value in usage.items():
            if key == "estimated_time_to_regain_access" and isinstance(value, int | float):
                yield float(value)
            else:
                yield from _regain_minutes(value)
    elif isinstance(usage, list):
        for value in usage:
            yield from _regain_minutes(value)


def _api_version(value: str) -> str:
    version = str(value).strip().strip("/")
    return version if version.startswith("v") else f"v{version}"


def _squashed(value: Any) -> str:
    return re.sub(r"[^0-9a-z]", "", str(value or "").lower())

"""Mastodon: what citizens send the city's account, and the account's own statuses, through
Mastodon.py.

Credentials (Account.credentials): {"api_base_url": "https://social.zeestad.nl",
"access_token": "..."}, a token of an application on that instance with the read and
write:statuses scopes. Account.platform_id is the account's id on that instance.

Two streams, each with its own cursor:
- mentions: notifications of type "mention"; the notification's status is the item (a mention, a
  reply when it answers another status, a direct message when its visibility is "direct");
- own_posts: the account's statuses (own posts; the account's reblogs as reposts).

Post.raw is the status object exactly as the server sent it. Mastodon.py turns bodies into
AttribAccessDicts with datetimes, and turning those back gives other date strings, so the
adapter keeps each response's own JSON text (read from the requests session) and normalises that:
a saved body (batch_from_payload) and a live page go through the same code.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urlparse

import requests
from django.conf import settings
from mastodon import (
    Mastodon,
    MastodonAPIError,
    MastodonNetworkError,
    MastodonNotFoundError,
    MastodonRatelimitError,
    MastodonServerError,
    MastodonUnauthorizedError,
)

from listening.models import Account, Platform, PostKind
from listening.sources.base import FetchBatch, FetchedEngagement, FetchedPost, Unparseable
from listening.sources.errors import (
    CredentialsInvalid,
    RateLimited,
    SourceError,
    TransientSourceError,
)

PLATFORM = Platform.MASTODON.value
# The largest pages Mastodon serves for each stream; a page shorter than this is the last one.
MENTIONS_PAGE_SIZE = 80
OWN_POSTS_PAGE_SIZE = 40
# /api/v1/statuses takes at most this many ids at once.
ENGAGEMENT_IDS_PER_REQUEST = 20
# Mastodon's limit window is five minutes; used when a 429 carries no usable reset time.
DEFAULT_RATE_LIMIT_WAIT = timedelta(minutes=5)


class MastodonSource:
    def __init__(self, account: Account):
        self.account = account
        credentials = account.credentials or {}
        base_url, token = credentials.get("api_base_url"), credentials.get("access_token")
        if not base_url or not token:
            raise CredentialsInvalid(
                f"Mastodon account @{account.handle} needs credentials with api_base_url and "
                "access_token: add them in the account settings."
            )
        self.instance = urlparse(base_url).netloc or base_url
        self._last_response: requests.Response | None = None
        session = requests.Session()
        session.hooks["response"].append(self._remember_response)
        self.client = Mastodon(
            access_token=token,
            api_base_url=base_url,
            ratelimit_method="throw",
            version_check_mode="none",
            session=session,
            user_agent="SmartGov Listening",
        )
        self._account_id = account.platform_id or ""
        self._statuses_by_ids = True

    # -- the Source interface -------------------------------------------------------------

    def fetch_new(self, cursor: dict[str, Any], *, now: datetime) -> FetchBatch:
        # Each stream is read upwards from its cursor with min_id: Mastodon answers with the
        # page just above the cursor, and the Link header's "prev" page is the one above that.
        # Every page therefore joins on to the one before, and the cursor only ever moves to
        # the newest item of a page that is in this batch: no gap even when a poll stops after
        # SOURCE_MAX_PAGES_PER_POLL pages (has_more is then set and the next batch goes on from
        # there). Without a cursor the walk starts at min_id=0: the whole history, oldest first,
        # committed batch by batch. Mentions are read through notifications rather than statuses
        # because a notification id is given when the mention reaches the city's instance,
        # while a status from another instance gets an id from its own (earlier) date and
        # could land below a cursor that has already moved on.
        batch = FetchBatch(cursor=dict(cursor))
        bodies: list[Any] = []
        streams: list[tuple[str, Callable[..., Any], int]] = [
            ("mentions", self._mentions_page, MENTIONS_PAGE_SIZE),
            ("own_posts", self._own_posts_page, OWN_POSTS_PAGE_SIZE),
        ]
        for name, first_page, page_size in streams:
            stream_cursor = dict(cursor.get(name) or {})
            min_id = str(stream_cursor.get("min_id") or "0")
            request = lambda first_page=first_page, min_id=min_id: first_page(min_id)  # noqa: E731
            for pages in range(1, settings.SOURCE_MAX_PAGES_PER_POLL + 1):
                try:
                    page = self._call(request)
                except _Malformed as error:
                    # Kept in quarantine; the cursor stays where it was, so nothing is skipped.
                    batch.unparseable.append(Unparseable(raw=error.body, error=str(error)))
                    break
                body = self._last_body()
                bodies.append(body)
                if not isinstance(body, list):
                    break  # quarantined as a whole below; the cursor stays where it was
                newest = _newest_id(page, body)
                if newest:
                    stream_cursor["min_id"] = newest
                if len(body) < page_size or getattr(page, "_pagination_prev", None) is None:
                    break
                if pages == settings.SOURCE_MAX_PAGES_PER_POLL:
                    batch.has_more = True
                request = lambda page=page: self.client.fetch_previous(page)  # noqa: E731
            batch.cursor[name] = stream_cursor
        # A reply and its parent may come in different pages or streams: conversations are
        # worked out over everything this poll received.
        known = _statuses_by_id(bodies)
        for body in bodies:
            _normalise_into(batch, body, account=self.account, now=now, known=known)
        return batch

    def fetch_engagement(
        self, external_ids: list[str], *, now: datetime
    ) -> list[FetchedEngagement]:
        found = []
        for start in range(0, len(external_ids), ENGAGEMENT_IDS_PER_REQUEST):
            for status in self._statuses(external_ids[start : start + ENGAGEMENT_IDS_PER_REQUEST]):
                engagement = _engagement(status, now=now)
                if engagement is not None:
                    found.append(engagement)
        return found

    def send_reply(self, *, in_reply_to: str, text: str) -> str:
        try:
            self._call(lambda: self.client.status(in_reply_to))
        except _EndpointMissing as error:
            raise SourceError(
                f"Mastodon status {in_reply_to} is gone or no longer visible to "
                f"@{self.account.handle}; the reply was not sent."
            ) from error
        parent = self._last_body()
        author = parent.get("account") or {}
        acct = author.get("acct") or ""
        # Mastodon shows a reply to whoever it mentions: without the author's handle the
        # citizen would not be notified.
        if acct and not _is_own(author, self.account) and not _mentions(text, acct):
            text = f"@{acct} {text}"
        # A reply takes the account's default visibility, not the parent's: an answer to a
        # direct message would otherwise be public. Keep the parent's when it is narrower.
        visibility = parent.get("visibility")
        if visibility not in ("unlisted", "private", "direct"):
            visibility = None
        # The same reply to the same status is posted once, however often the task is retried.
        key = hashlib.sha256(f"{self.account.pk}:{in_reply_to}:{text}".encode()).hexdigest()
        self._call(
            lambda: self.client.status_post(
                text, in_reply_to_id=in_reply_to, visibility=visibility, idempotency_key=key
            )
        )
        return str(self._last_body()["id"])

    # -- helpers --------------------------------------------------------------------------

    def _remember_response(self, response: requests.Response, *args: Any, **kwargs: Any) -> None:
        self._last_response = response

    def _last_body(self) -> Any:
        assert self._last_response is not None
        try:
            return json.loads(self._last_response.text)
        except ValueError:
            return self._last_response.text

    def _mentions_page(self, min_id: str) -> Any:
        return self.client.notifications(types=["mention"], min_id=min_id, limit=MENTIONS_PAGE_SIZE)

    def _own_posts_page(self, min_id: str) -> Any:
        account_id = self._own_account_id()
        try:
            return self.client.account_statuses(
                account_id, min_id=min_id, limit=OWN_POSTS_PAGE_SIZE
            )
        except MastodonNotFoundError as error:
            raise CredentialsInvalid(
                f"{self.instance} has no account {account_id} (the platform id of "
                f"@{self.account.handle}): correct the account's platform id."
            ) from error

    def _own_account_id(self) -> str:
        if not self._account_id:
            self._account_id = str(self._call(self.client.me)["id"])
        return self._account_id

    def _statuses(self, ids: list[str]) -> list[dict[str, Any]]:
        if self._statuses_by_ids:
            try:
                self._call(lambda: self.client.statuses(ids))
                body = self._last_body()
                return [item for item in body if isinstance(item, dict)]
            except _EndpointMissing:
                # Servers before 4.3 have no /api/v1/statuses: one request per status.
                self._statuses_by_ids = False
        found = []
        for status_id in ids:
            try:
                self._call(lambda status_id=status_id: self.client.status(status_id))
            except _EndpointMissing:
                continue  # deleted, or no longer visible to the account
            found.append(self._last_body())
        return found

    def _call(self, request: Callable[[], Any]) -> Any:
        """Run one Mastodon.py call, turning its errors into the ones the services handle."""
        who = f"@{self.account.handle} on {self.instance}"
        self._last_response = None
        try:
            return request()
        except MastodonRatelimitError as error:
            raise RateLimited(
                f"Mastodon rate limit reached for {who}.", retry_at=self._rate_limit_reset()
            ) from error
        except MastodonNetworkError as error:
            raise TransientSourceError(f"Could not reach {self.instance}: {error}") from error
        except MastodonServerError as error:
            raise TransientSourceError(
                f"{self.instance} failed: {self._api_message(error)}"
            ) from error
        except MastodonUnauthorizedError as error:
            raise CredentialsInvalid(
                f"Mastodon refused the access token of {who} ({self._api_message(error)}): it has "
                "expired or was revoked. Create a new token and update the account."
            ) from error
        except MastodonNotFoundError as error:
            raise _EndpointMissing(self._api_message(error)) from error
        except MastodonAPIError as error:
            status = error.args[1] if len(error.args) > 1 else None
            if status == 403:
                raise CredentialsInvalid(
                    f"Mastodon refused access for {who} ({self._api_message(error)}): the "
                    "token lacks a permission or the account is disabled."
                ) from error
            response = self._last_response
            if response is not None and response.ok:
                raise _Malformed(response.text) from error
            raise SourceError(f"Mastodon error for {who}: {self._api_message(error)}") from error

    def _api_message(self, error: MastodonAPIError) -> str:
        # Mastodon.py's args: ("Mastodon API returned error", status, reason, message); the
        # server's own words ("The access token was revoked") are in the body's "error".
        parts = [str(part) for part in error.args[1:3] if part]
        try:
            said = (
                self._last_response.json().get("error") if self._last_response is not None else None
            )
        except (ValueError, AttributeError):
            said = None
        if isinstance(said, str) and said:
            parts.append(f'"{said[:200]}"')
        return " ".join(parts) or str(error)

    def _rate_limit_reset(self) -> datetime:
        header = (
            self._last_response.headers.get("X-RateLimit-Reset")
            if self._last_response is not None
            else None
        )
        reset = _parse_reset(header) if header else None
        if reset is None and self.client.ratelimit_reset:
            reset = datetime.fromtimestamp(self.client.ratelimit_reset, tz=UTC)
        return reset or datetime.now(tz=UTC) + DEFAULT_RATE_LIMIT_WAIT


class _EndpointMissing(SourceError):
    """A 404: a status that is gone, or an endpoint the server does not have."""


class _Malformed(SourceError):
    """A 2xx response whose body is not JSON."""

    def __init__(self, body: str):
        super().__init__("Mastodon answered with a body that is not JSON.")
        self.body = body


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
    known = _statuses_by_id([payload])
    _normalise_into(batch, payload, account=account, now=now, known=known, root=root)
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


# -- normalisation ------------------------------------------------------------------------


def _normalise_into(
    batch: FetchBatch,
    payload: Any,
    *,
    account: Account,
    now: datetime,
    known: dict[str, dict[str, Any]],
    root: str | None = None,
) -> None:
    for item in _items(payload):
        if isinstance(item, Unparseable):
            batch.unparseable.append(item)
            continue
        try:
            status = _status_of(item)
            if status is None:
                continue
            post = _post(status, account=account, known=known, root=root)
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            batch.unparseable.append(
                Unparseable(raw=item, error=f"{type(error).__name__}: {error}")
            )
            continue
        batch.posts.append(post)
        if post.kind != PostKind.REPOST:
            # A reblog's numbers belong to the reblogged status of somebody else.
            engagement = _engagement(status, now=now)
            if engagement is not None:
                batch.engagement.append(engagement)


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
    if _is_own(author, account):
        kind = PostKind.REPOST if status.get("reblog") else PostKind.OWN_POST
    elif status.get("visibility") == "direct":
        kind = PostKind.DIRECT_MESSAGE
    elif status.get("in_reply_to_id"):
        kind = PostKind.REPLY
    else:
        kind = PostKind.MENTION
    text, has_link = _html_text(shown.get("content") or "")
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


def _engagement(status: dict[str, Any], *, now: datetime) -> FetchedEngagement | None:
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


def _statuses_by_id(payloads: Iterable[Any]) -> dict[str, dict[str, Any]]:
    known = {}
    for payload in payloads:
        for status in _walk_statuses(payload):
            if isinstance(status.get("id"), str):
                known[status["id"]] = status
    return known


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


def _is_own(author: dict[str, Any], account: Account) -> bool:
    if account.platform_id:
        return str(author["id"]) == account.platform_id
    return _is_handle(author, account.handle)


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


def _parse_reset(value: str) -> datetime | None:
    # Mastodon sends an ISO-8601 time; GoToSocial and others epoch seconds.
    try:
        return datetime.fromtimestamp(int(value), tz=UTC)
    except ValueError:
        pass
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _newest_id(page: Any, body: list[Any]) -> str:
    """The id the next request's min_id should carry: the server's own "prev" link, else the
    highest id in the page (Mastodon ids are numbers written as strings)."""
    prev = getattr(page, "_pagination_prev", None)
    if prev and prev.get("min_id") is not None:
        return str(prev["min_id"])
    ids = [str(item["id"]) for item in body if isinstance(item, dict) and item.get("id")]
    return max(ids, key=lambda i: (len(i), i)) if ids else ""


def _mentions(text: str, acct: str) -> bool:
    words = {word.strip(".,:;!?()").lower() for word in text.split()}
    username = acct.split("@")[0].lower()
    return f"@{acct.lower()}" in words or f"@{username}" in words


class _HtmlText(HTMLParser):
    """Mastodon's status HTML as the text a reader sees: paragraphs and line breaks kept,
    tags dropped, entities unescaped (convert_charrefs), links to outside noted."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.has_link = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag == "p" and self.parts:
            self.parts.append("\n\n")
        elif tag == "a":
            attributes = dict(attrs)
            classes = (attributes.get("class") or "").split()
            # Mentions and hashtags are links too, to profiles and tag pages of the instance.
            if attributes.get("href") and "mention" not in classes and "hashtag" not in classes:
                self.has_link = True

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _html_text(content: str) -> tuple[str, bool]:
    parser = _HtmlText()
    parser.feed(content)
    parser.close()
    lines = "".join(parser.parts).split("\n")
    return "\n".join(line.strip() for line in lines).strip(), parser.has_link

"""X (formerly Twitter) through the v2 API, driven by tweepy.Client.

Three streams per account: its own timeline (GET /2/users/:id/tweets), its mentions
(GET /2/users/:id/mentions), and the conversations it started (GET /2/tweets/search/recent with
conversation_id:<id> OR ...). A reply that names the city arrives with the mentions; a citizen
answering another citizen in a thread under the city's post names only that citizen, and only the
conversation search finds it. The conversations watched are those of the city's own posts of the
last SEARCH_WINDOW (the reach of recent search), learnt from the timeline as it is read. Recent
search is not in every X access level: where X refuses it (403) the account goes on with its
other streams, and its cursor says why under conversations.unavailable.

Account.credentials:
- reading (fetch_new, fetch_engagement): {"bearer_token": ...}, an app-only OAuth 2.0 token;
- replying (send_reply): {"consumer_key", "consumer_secret", "access_token",
  "access_token_secret"}, OAuth 1.0a user context of the city's own account.
Account.platform_id must hold the account's numeric X user id.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Callable, Collection
from datetime import UTC, datetime, timedelta
from typing import Any, NamedTuple

import requests
import tweepy
from django.conf import settings
from django.utils import timezone
from requests.adapters import HTTPAdapter

from listening.models import Account, Platform, PostKind
from listening.sources.base import FetchBatch, FetchedEngagement, FetchedPost, Unparseable
from listening.sources.errors import (
    CredentialsInvalid,
    RateLimited,
    SourceError,
    TransientSourceError,
)

logger = logging.getLogger(__name__)

TIMELINES = ("tweets", "mentions")
STREAMS = (*TIMELINES, "conversations")
TWEET_FIELDS = [
    "public_metrics",
    "conversation_id",
    "referenced_tweets",
    "lang",
    "created_at",
    "author_id",
    "entities",
    "attachments",
]
PAGE_SIZE = 100  # the most X returns per page, and per tweet lookup
USER_AUTH_KEYS = ("consumer_key", "consumer_secret", "access_token", "access_token_secret")
HTTP_TIMEOUT_SECONDS = 30
# X's rate-limit windows are 15 minutes; used only when a 429 comes without a reset header.
RATE_LIMIT_WINDOW = timedelta(minutes=15)
# Milliseconds since the epoch of X's snowflake ids' zero.
SNOWFLAKE_EPOCH_MS = 1288834974657
# Recent search reaches back seven days; the conversations of the city's posts of that period are
# watched. X refuses a since_id older than the window, so one close to its edge is left out.
SEARCH_WINDOW = timedelta(days=7)
SEARCH_WINDOW_MARGIN = timedelta(hours=1)
# Every query of one sweep stops at the same moment, this long ago: a post reaches the search
# index a few seconds after it is made (X's own default end is 30 seconds ago). The moment is
# given as an until_id, X refusing a since_id together with an end_time.
SEARCH_SETTLE = timedelta(seconds=30)
# The longest query the Basic access level accepts (Pro: 4,096).
SEARCH_QUERY_MAX_LENGTH = 512
# After X refused recent search, how long before it is tried again (the access level may change).
SEARCH_RECHECK = timedelta(days=1)


class _TimeoutAdapter(HTTPAdapter):
    # tweepy sends its requests without a timeout; a stalled connection must not hold a worker.
    def send(self, request, **kwargs):
        if kwargs.get("timeout") is None:
            kwargs["timeout"] = HTTP_TIMEOUT_SECONDS
        return super().send(request, **kwargs)


class _SearchRefused(SourceError):
    """X refused recent search itself (a 403): the app's access level does not include it."""


class _Swept(NamedTuple):
    """Where one sweep got to: its next state, whether it reached its since_id, whether pages
    wait that the page budget did not allow, and the pages read."""

    state: dict[str, Any]
    done: bool
    more: bool
    pages: int


class XSource:
    def __init__(self, account: Account):
        self.account = account
        self.credentials: dict[str, Any] = account.credentials or {}

    # -- the Source interface -------------------------------------------------------------

    def fetch_new(self, cursor: dict[str, Any], *, now: datetime) -> FetchBatch:
        """Each stream is swept from newest to oldest, down to its since_id. since_id only moves
        to the sweep's newest post once every page down to the old since_id is saved. A sweep
        longer than SOURCE_MAX_PAGES_PER_POLL pages is saved in parts: the cursor then keeps
        the old since_id, the oldest id saved so far (the next request's until_id) and the
        sweep's newest id, and the batch says has_more. An until_id, unlike a next_token, does
        not expire between two polls."""
        client = self._reading_client()
        user_id = self._user_id()
        calls = {"tweets": client.get_users_tweets, "mentions": client.get_users_mentions}
        batch = FetchBatch()
        new_cursor = dict(cursor)
        timeline_done = False
        for stream in TIMELINES:
            swept = self._sweep(
                calls[stream],
                user_id,
                stream=stream,
                state=cursor.get(stream) or {},
                batch=batch,
                now=now,
            )
            if swept.state:
                new_cursor[stream] = swept.state
            batch.has_more = batch.has_more or swept.more
            timeline_done = timeline_done or (stream == "tweets" and swept.done)
        started = [
            post.external_id
            for post in batch.posts
            if post.kind == PostKind.OWN_POST and post.conversation_key == f"x:{post.external_id}"
        ]
        if "conversations" not in cursor and cursor.get("tweets"):
            # Polled before its conversations were watched: the timeline's cursor is past the
            # posts of the last week, so they are asked for once, when the timeline reads well.
            seeded = None
            if timeline_done:
                seeded = self._started_recently(client, user_id, batch=batch, now=now)
            if seeded is None:
                _drop_duplicates(batch)
                batch.cursor = new_cursor
                return batch
            started += seeded
        state, more = self._conversations(
            client,
            user_id,
            state=cursor.get("conversations") or {},
            started=started,
            batch=batch,
            now=now,
        )
        new_cursor["conversations"] = state
        batch.has_more = batch.has_more or more
        _drop_duplicates(batch)
        batch.cursor = new_cursor
        return batch

    def fetch_engagement(
        self, external_ids: list[str], *, now: datetime
    ) -> list[FetchedEngagement]:
        client = self._reading_client()
        ids = list(dict.fromkeys(str(external_id) for external_id in external_ids))
        found = []
        for start in range(0, len(ids), PAGE_SIZE):
            body = self._call(
                client.get_tweets,
                action="reading engagement",
                ids=ids[start : start + PAGE_SIZE],
                tweet_fields=["public_metrics"],
            )
            if not isinstance(body, dict):
                raise TransientSourceError("X returned an unreadable body for a tweet lookup.")
            # Deleted or protected posts are listed under "errors" and simply have no numbers.
            for item in body.get("data") or []:
                try:
                    engagement = _engagement(item, now=now)
                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    logger.warning("unreadable X metrics %r: %s", item, error)
                    continue
                if engagement is not None:
                    found.append(engagement)
        return found

    def send_reply(self, *, in_reply_to: str, text: str) -> str:
        client = self._replying_client()
        body = self._call(
            client.create_tweet,
            action="replying",
            refusals_about_content=True,
            text=text,
            in_reply_to_tweet_id=in_reply_to,
        )
        try:
            return str(body["data"]["id"])
        except (KeyError, TypeError):
            raise SourceError(
                f"X answered the reply of @{self.account.handle} to {in_reply_to} without the "
                "new post's id: check the account's timeline before sending it again."
            ) from None

    # -- helpers --------------------------------------------------------------------------

    def _sweep(
        self,
        call: Callable[..., Any],
        *args: Any,
        stream: str,
        state: dict[str, Any],
        batch: FetchBatch,
        now: datetime,
        params: dict[str, Any] | None = None,
        pages: int | None = None,
        token_param: str = "pagination_token",
        search: bool = False,
    ) -> _Swept:
        """Pages of one stream (or one search query) into the batch, at most `pages` of them."""
        since_id = state.get("since_id")
        until_id = state.get("until_id")
        sweep_newest_id = state.get("sweep_newest_id")
        request: dict[str, Any] = {
            **(params or {}),
            "max_results": PAGE_SIZE,
            "tweet_fields": TWEET_FIELDS,
            "expansions": ["author_id"],
            "user_fields": ["username", "name"],
        }
        if since_id:
            request["since_id"] = since_id
        if until_id:
            # The next_tokens of this request's pages belong to it: they go with the same
            # parameters, this until_id included, not one learnt from the pages.
            request["until_id"] = until_id
        if pages is None:
            pages = max(settings.SOURCE_MAX_PAGES_PER_POLL, 1)
        next_token = None
        for read in range(1, pages + 1):
            if next_token:
                request[token_param] = next_token
            body = self._call(
                call, *args, action=f"reading its {stream}", tier_refusal=search, **request
            )
            meta = body.get("meta") if isinstance(body, dict) else None
            if not isinstance(meta, dict):
                batch.unparseable.append(
                    Unparseable(raw=body, error=f"X {stream} page without meta: {body!r:.200}")
                )
                return _Swept(
                    _progress(state, since_id, until_id, sweep_newest_id), False, False, read
                )
            if not _page_into(
                batch, body, account=self.account, now=now, stream=stream, skip_own=search
            ):
                return _Swept(
                    _progress(state, since_id, until_id, sweep_newest_id), False, False, read
                )
            sweep_newest_id = sweep_newest_id or meta.get("newest_id")
            until_id = meta.get("oldest_id") or until_id
            next_token = meta.get("next_token")
            if not next_token:
                newest = sweep_newest_id or since_id
                return _Swept({"since_id": str(newest)} if newest else {}, True, False, read)
        return _Swept(_progress(state, since_id, until_id, sweep_newest_id), False, True, pages)

    def _conversations(
        self,
        client: tweepy.Client,
        user_id: str,
        *,
        state: dict[str, Any],
        started: list[str],
        batch: FetchBatch,
        now: datetime,
    ) -> tuple[dict[str, Any], bool]:
        """Replies in the conversations the city started, by recent search.

        The state keeps the conversations searched up to its since_id ("roots"), those learnt
        since and not searched yet ("new_roots": searched over the whole window the first
        time), and, while a sweep is saved in parts, the sweep: its queries still to do (the
        first one with where it got to) and their common until_id. Every query of a sweep stops
        at that until_id, so the newest post of any of them is a since_id that leaves no gap in
        the others."""
        oldest = now - SEARCH_WINDOW
        roots = _recent(state.get("roots") or [], oldest=oldest)
        new_roots = _recent(
            [*(state.get("new_roots") or []), *started], oldest=oldest, leaving=roots
        )
        kept = {
            key: state[key] for key in ("since_id", "unavailable", "checked_at") if key in state
        }
        sweep = state.get("sweep")
        if sweep and not _searchable_since(sweep.get("until_id"), now=now):
            # Left unfinished for longer than the window: the since_id is as old, so the next
            # sweep searches the whole window.
            sweep = None
        checked_at = _parse_time(state.get("checked_at"))
        if state.get("unavailable") and now < checked_at + SEARCH_RECHECK:
            return _conversation_state(kept, roots, new_roots, sweep), False
        if not sweep:
            if not roots and not new_roots:
                return _conversation_state(kept, roots, new_roots, None), False
            since_id = _searchable_since(state.get("since_id"), now=now)
            queries = [
                {"conversations": group, **({"since_id": since_id} if since_id else {})}
                for group in _query_groups(roots, user_id)
            ]
            queries += [{"conversations": group} for group in _query_groups(new_roots, user_id)]
            until_id = _snowflake(now - SEARCH_SETTLE)
            if since_id and int(since_id) >= until_id:  # a clock that went back
                until_id = int(since_id) + 1
            sweep = {"until_id": str(until_id), "queries": queries}
            roots, new_roots = _recent([*roots, *new_roots], oldest=oldest), []
        sweep = {**sweep, "queries": list(sweep["queries"])}
        pages = max(settings.SOURCE_MAX_PAGES_PER_POLL, 1)
        try:
            while sweep["queries"] and pages > 0:
                query = sweep["queries"][0]
                swept = self._sweep(
                    client.search_recent_tweets,
                    stream="conversations",
                    state={"until_id": sweep["until_id"], **query},
                    batch=batch,
                    now=now,
                    params={"query": _search_query(query["conversations"], user_id)},
                    pages=pages,
                    token_param="next_token",
                    search=True,
                )
                pages -= swept.pages
                if not swept.done:
                    sweep["queries"][0] = {"conversations": query["conversations"], **swept.state}
                    return _conversation_state(kept, roots, new_roots, sweep), swept.more
                sweep["queries"].pop(0)
                sweep["newest_id"] = _newest(sweep.get("newest_id"), swept.state.get("since_id"))
        except _SearchRefused as refusal:
            if not state.get("unavailable"):
                logger.warning("%s", refusal)
            else:
                logger.info("X still refuses recent search for @%s", self.account.handle)
            kept.update(unavailable=str(refusal), checked_at=now.isoformat())
            batch.notices.append(str(refusal))
            return _conversation_state(kept, roots, new_roots, sweep), False
        if state.get("unavailable"):
            logger.info("X lets @%s search recent posts again", self.account.handle)
            kept.pop("unavailable", None)
            kept.pop("checked_at", None)
        if sweep["queries"]:
            return _conversation_state(kept, roots, new_roots, sweep), True
        since_id = _newest(kept.get("since_id"), sweep.get("newest_id"))
        if since_id:
            kept["since_id"] = since_id
        return _conversation_state(kept, roots, new_roots, None), False

    def _started_recently(
        self, client: tweepy.Client, user_id: str, *, batch: FetchBatch, now: datetime
    ) -> list[str] | None:
        """Ids of the posts that started a conversation in the search window, from the
        timeline; None when X's answer is unreadable (it is quarantined, and asked again)."""
        started: list[str] = []
        next_token = None
        for _ in range(max(settings.SOURCE_MAX_PAGES_PER_POLL, 1)):
            body = self._call(
                client.get_users_tweets,
                user_id,
                action="reading its recent posts",
                start_time=now - SEARCH_WINDOW + SEARCH_WINDOW_MARGIN,
                exclude=["retweets", "replies"],
                max_results=PAGE_SIZE,
                tweet_fields=["conversation_id"],
                **({"pagination_token": next_token} if next_token else {}),
            )
            meta = body.get("meta") if isinstance(body, dict) else None
            data = body.get("data", []) if isinstance(body, dict) else None
            if not isinstance(meta, dict) or not isinstance(data, list):
                batch.unparseable.append(
                    Unparseable(raw=body, error=f"X recent posts page unreadable: {body!r:.200}")
                )
                return None
            started += [
                str(item["id"])
                for item in data
                if isinstance(item, dict)
                and str(item.get("id", "")).isdigit()
                and str(item.get("conversation_id") or item["id"]) == str(item["id"])
            ]
            next_token = meta.get("next_token")
            if not next_token:
                break
        return started

    def _call(
        self,
        method: Callable[..., Any],
        *args: Any,
        action: str,
        refusals_about_content: bool = False,
        tier_refusal: bool = False,
        **kwargs: Any,
    ) -> Any:
        """Calls tweepy and turns its exceptions into ours. Messages carry X's own words, never
        the request (its headers hold the tokens), hence `from None`. tier_refusal: a 403 means
        the endpoint is not in the app's access level, not that the tokens are wrong."""
        handle = self.account.handle
        try:
            return method(*args, **kwargs)
        except tweepy.TooManyRequests as error:
            retry_at = (
                datetime.fromtimestamp(error.reset_time, tz=UTC)
                if error.reset_time
                else timezone.now() + RATE_LIMIT_WINDOW
            )
            raise RateLimited(
                f"X rate limit reached while {action} for @{handle}; "
                f"it resets at {retry_at:%Y-%m-%d %H:%M:%S} UTC.",
                retry_at=retry_at,
            ) from None
        except tweepy.Unauthorized as error:
            raise CredentialsInvalid(
                f"X does not accept the tokens of @{handle} ({_said(error)}): they are invalid, "
                "expired or revoked. Enter new ones in the account's credentials."
            ) from None
        except tweepy.Forbidden as error:
            said = _said(error)
            if refusals_about_content and re.search(r"duplicate|reply|conversation", said, re.I):
                raise SourceError(f"X refused {action} for @{handle}: {said}") from None
            if tier_refusal:
                raise _SearchRefused(
                    f"X refused recent search for @{handle} ({said}): the app's access level "
                    "does not include it. Replies in the city's threads that do not mention "
                    f"@{handle} are not collected; its mentions and own posts are."
                ) from None
            raise CredentialsInvalid(
                f"X refused {action} for @{handle} ({said}): the tokens or the app's access "
                "level do not allow it. Check the app's permissions and the account's tokens."
            ) from None
        except tweepy.TwitterServerError as error:
            raise TransientSourceError(f"X failed while {action} for @{handle}: {error}") from None
        except tweepy.HTTPException as error:
            raise SourceError(f"X refused {action} for @{handle}: {error}") from None
        except requests.JSONDecodeError as error:
            # A 200 whose body is not JSON (a proxy's error page, a cut-off body): the caller
            # quarantines it as it is.
            return error.doc
        except requests.RequestException as error:
            raise TransientSourceError(
                f"Could not reach X while {action} for @{handle}: {type(error).__name__}."
            ) from None

    def _reading_client(self) -> tweepy.Client:
        token = self.credentials.get("bearer_token")
        if not token:
            raise CredentialsInvalid(
                f"X account @{self.account.handle} has no bearer_token in its credentials; "
                "add one to read its posts."
            )
        return _with_timeout(tweepy.Client(bearer_token=token, return_type=dict))

    def _replying_client(self) -> tweepy.Client:
        missing = [key for key in USER_AUTH_KEYS if not self.credentials.get(key)]
        if missing:
            raise CredentialsInvalid(
                f"Replying as @{self.account.handle} on X needs user tokens; missing from its "
                f"credentials: {', '.join(missing)}."
            )
        return _with_timeout(
            tweepy.Client(
                **{key: self.credentials[key] for key in USER_AUTH_KEYS}, return_type=dict
            )
        )

    def _user_id(self) -> str:
        if not str(self.account.platform_id).isdigit():
            raise CredentialsInvalid(
                f"X account @{self.account.handle} has no numeric X user id as its platform id; "
                "fill it in so that its timeline and mentions can be read."
            )
        return str(self.account.platform_id)


def _with_timeout(client: tweepy.Client) -> tweepy.Client:
    client.session.mount("https://", _TimeoutAdapter())
    return client


def _said(error: tweepy.HTTPException) -> str:
    status = getattr(error.response, "status_code", "")
    words = "; ".join(str(message) for message in error.api_messages)
    return f"{status} {words}".strip()[:300]


def _progress(
    state: dict[str, Any], since_id: Any, until_id: Any, sweep_newest_id: Any
) -> dict[str, Any]:
    """The state of a sweep that stopped part-way: everything newer than until_id is saved."""
    if not until_id:
        return dict(state)
    progress = {"until_id": str(until_id)}
    if since_id:
        progress["since_id"] = str(since_id)
    if sweep_newest_id:
        progress["sweep_newest_id"] = str(sweep_newest_id)
    return progress


def _snowflake_time(tweet_id: int | str) -> datetime:
    # X ids carry their creation time to the millisecond.
    return datetime.fromtimestamp(((int(tweet_id) >> 22) + SNOWFLAKE_EPOCH_MS) / 1000, tz=UTC)


def _snowflake(moment: datetime) -> int:
    """The smallest id X can give a post made at this moment."""
    return (int(moment.timestamp() * 1000) - SNOWFLAKE_EPOCH_MS) << 22


def _recent(ids: list[Any], *, oldest: datetime, leaving: Collection[str] = ()) -> list[str]:
    """The ids made since `oldest`, newest first, once each, without those in `leaving`."""
    recent = {
        str(tweet_id)
        for tweet_id in ids
        if str(tweet_id).isdigit() and _snowflake_time(tweet_id) >= oldest
    }
    return sorted(recent.difference(leaving), key=int, reverse=True)


def _newest(*ids: Any) -> str | None:
    known = [int(tweet_id) for tweet_id in ids if tweet_id and str(tweet_id).isdigit()]
    return str(max(known)) if known else None


def _searchable_since(since_id: Any, *, now: datetime) -> str | None:
    """The since_id if recent search still reaches it; None asks for the whole window."""
    if not since_id or not str(since_id).isdigit():
        return None
    if _snowflake_time(since_id) < now - SEARCH_WINDOW + SEARCH_WINDOW_MARGIN:
        return None
    return str(since_id)


def _parse_time(value: Any) -> datetime:
    try:
        parsed = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return datetime.min.replace(tzinfo=UTC)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _search_query(conversations: list[str], user_id: str) -> str:
    # AND binds before OR in X's queries: the alternatives need their parentheses. The city's
    # own posts come with its timeline.
    either = " OR ".join(f"conversation_id:{root}" for root in conversations)
    if len(conversations) > 1:
        either = f"({either})"
    return f"{either} -from:{user_id}"


def _query_groups(roots: list[str], user_id: str) -> list[list[str]]:
    """The roots in as few queries as fit X's query length, in order."""
    groups: list[list[str]] = []
    for root in roots:
        if groups and len(_search_query([*groups[-1], root], user_id)) <= SEARCH_QUERY_MAX_LENGTH:
            groups[-1].append(root)
        else:
            groups.append([root])
    return groups


def _conversation_state(
    kept: dict[str, Any], roots: list[str], new_roots: list[str], sweep: dict[str, Any] | None
) -> dict[str, Any]:
    state = {**kept, "roots": roots}
    if new_roots:
        state["new_roots"] = new_roots
    if sweep:
        state["sweep"] = sweep
    return state


def _drop_duplicates(batch: FetchBatch) -> None:
    # The city's own post can come in both streams (a thread of its own mentions it).
    seen: set[str] = set()
    posts = []
    for post in batch.posts:
        if post.external_id not in seen:
            seen.add(post.external_id)
            posts.append(post)
    batch.posts = posts
    batch.engagement = list({item.external_id: item for item in batch.engagement}.values())


# -- normalisation, shared by polling and by importing saved bodies -----------------------


def batch_from_payload(
    payload: Any, *, account: Account, now: datetime, stream: str | None = None
) -> FetchBatch:
    """One saved X v2 response body (data / includes / meta) as a batch, without a cursor.

    stream ("tweets", "mentions" or "conversations") says which stream the body came from; it
    only matters for posts saved without author_id."""
    batch = FetchBatch()
    _page_into(batch, payload, account=account, now=now, stream=stream)
    _drop_duplicates(batch)
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


def _page_into(
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
        error = f"not an X v2 response body (data is {type(data).__name__})"
        batch.unparseable.append(Unparseable(raw=body, error=error))
        return False
    users = _users_by_id(body.get("includes"))
    for item in data:
        try:
            post = _post(item, users=users, account=account, stream=stream)
            # Engagement is tracked for the city's own posts only (listening.services keeps no
            # other): a citizen's post keeps the numbers it came with in its raw payload, and a
            # retweet's counters are those of the original post, not the city's.
            engagement = _engagement(item, now=now) if post.kind == PostKind.OWN_POST else None
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            batch.unparseable.append(
                Unparseable(raw=item, error=f"{type(error).__name__}: {error}")
            )
            continue
        if skip_own and post.kind in (PostKind.OWN_POST, PostKind.REPOST):
            continue
        batch.posts.append(post)
        if engagement is not None:
            batch.engagement.append(engagement)
    return True


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
    if not tweet_id.isdigit():
        raise ValueError(f"post without a valid id ({item.get('id')!r})")
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
        platform=Platform.X,
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
        conversation_key=f"x:{root}" if root else "",
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
        return _snowflake_time(tweet_id)
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


def _engagement(item: dict[str, Any], *, now: datetime) -> FetchedEngagement | None:
    metrics = item.get("public_metrics")
    if metrics is None:
        return None
    impressions = metrics.get("impression_count")
    return FetchedEngagement(
        platform=Platform.X,
        external_id=str(item["id"]),
        taken_at=now,
        likes=int(metrics.get("like_count", 0)),
        shares=int(metrics.get("retweet_count", 0)),
        replies=int(metrics.get("reply_count", 0)),
        quotes=int(metrics.get("quote_count", 0)),
        impressions=None if impressions is None else int(impressions),
    )

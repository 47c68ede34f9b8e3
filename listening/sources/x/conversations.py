"""Replies in the conversations the city started, found by recent search.

A citizen answering another citizen in a thread under the city's post names only that citizen:
neither the timeline nor the mentions bring it, only a search for conversation_id:<root>. The
conversations watched are those of the city's own posts of the last SEARCH_WINDOW. Recent search is
not in every access level: where X refuses it, the state says why (unavailable, checked_at) and
it is tried again after SEARCH_RECHECK."""

from __future__ import annotations

import logging
from collections.abc import Collection
from datetime import UTC, datetime, timedelta
from typing import Any

import tweepy
from django.conf import settings

from listening.sources.base import FetchBatch
from listening.sources.x.client import PAGE_SIZE, SearchRefused, XApi
from listening.sources.x.parsing import snowflake_at, snowflake_time
from listening.sources.x.sweeps import sweep

logger = logging.getLogger(__name__)

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


def conversations_read(
    api: XApi,
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
    new_roots = _recent([*(state.get("new_roots") or []), *started], oldest=oldest, leaving=roots)
    kept = {key: state[key] for key in ("since_id", "unavailable", "checked_at") if key in state}
    search = state.get("sweep")
    if search and not _searchable_since(search.get("until_id"), now=now):
        # Left unfinished for longer than the window: the since_id is as old, so the next
        # sweep searches the whole window.
        search = None
    checked_at = _parse_time(state.get("checked_at"))
    if state.get("unavailable") and now < checked_at + SEARCH_RECHECK:
        return _conversation_state(kept, roots, new_roots, search), False
    if not search:
        if not roots and not new_roots:
            return _conversation_state(kept, roots, new_roots, None), False
        since_id = _searchable_since(state.get("since_id"), now=now)
        queries = [
            {"conversations": group, **({"since_id": since_id} if since_id else {})}
            for group in _query_groups(roots, user_id)
        ]
        queries += [{"conversations": group} for group in _query_groups(new_roots, user_id)]
        until_id = snowflake_at(now - SEARCH_SETTLE)
        if since_id and int(since_id) >= until_id:  # a clock that went back
            until_id = int(since_id) + 1
        search = {"until_id": str(until_id), "queries": queries}
        roots, new_roots = _recent([*roots, *new_roots], oldest=oldest), []
    search = {**search, "queries": list(search["queries"])}
    pages = max(settings.SOURCE_MAX_PAGES_PER_POLL, 1)
    try:
        while search["queries"] and pages > 0:
            query = search["queries"][0]
            swept = sweep(
                api,
                client.search_recent_tweets,
                stream="conversations",
                state={"until_id": search["until_id"], **query},
                batch=batch,
                now=now,
                params={"query": _search_query(query["conversations"], user_id)},
                pages=pages,
                token_param="next_token",
                search=True,
            )
            pages -= swept.pages
            if not swept.done:
                search["queries"][0] = {"conversations": query["conversations"], **swept.state}
                return _conversation_state(kept, roots, new_roots, search), swept.more
            search["queries"].pop(0)
            search["newest_id"] = _newest(search.get("newest_id"), swept.state.get("since_id"))
    except SearchRefused as refusal:
        if not state.get("unavailable"):
            logger.warning("%s", refusal)
        else:
            logger.info("X still refuses recent search for @%s", api.account.handle)
        kept.update(unavailable=str(refusal), checked_at=now.isoformat())
        batch.notices.append(str(refusal))
        return _conversation_state(kept, roots, new_roots, search), False
    if state.get("unavailable"):
        logger.info("X lets @%s search recent posts again", api.account.handle)
        kept.pop("unavailable", None)
        kept.pop("checked_at", None)
    if search["queries"]:
        return _conversation_state(kept, roots, new_roots, search), True
    since_id = _newest(kept.get("since_id"), search.get("newest_id"))
    if since_id:
        kept["since_id"] = since_id
    return _conversation_state(kept, roots, new_roots, None), False


def started_recently(
    api: XApi, client: tweepy.Client, user_id: str, *, batch: FetchBatch, now: datetime
) -> list[str] | None:
    """Ids of the posts that started a conversation in the search window, from the
    timeline; None when X's answer is unreadable (it is quarantined, and asked again)."""
    started: list[str] = []
    next_token = None
    for _ in range(max(settings.SOURCE_MAX_PAGES_PER_POLL, 1)):
        body = api.call(
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
            batch.quarantine(body, f"X recent posts page unreadable: {body!r:.200}")
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


def _recent(ids: list[Any], *, oldest: datetime, leaving: Collection[str] = ()) -> list[str]:
    """The ids made since `oldest`, newest first, once each, without those in `leaving`."""
    recent = {
        str(tweet_id)
        for tweet_id in ids
        if str(tweet_id).isdigit() and snowflake_time(tweet_id) >= oldest
    }
    return sorted(recent.difference(leaving), key=int, reverse=True)


def _newest(*ids: Any) -> str | None:
    known = [int(tweet_id) for tweet_id in ids if tweet_id and str(tweet_id).isdigit()]
    return str(max(known)) if known else None


def _searchable_since(since_id: Any, *, now: datetime) -> str | None:
    """The since_id if recent search still reaches it; None asks for the whole window."""
    if not since_id or not str(since_id).isdigit():
        return None
    if snowflake_time(since_id) < now - SEARCH_WINDOW + SEARCH_WINDOW_MARGIN:
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
    kept: dict[str, Any], roots: list[str], new_roots: list[str], search: dict[str, Any] | None
) -> dict[str, Any]:
    state = {**kept, "roots": roots}
    if new_roots:
        state["new_roots"] = new_roots
    if search:
        state["sweep"] = search
    return state

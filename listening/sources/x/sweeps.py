"""Reading one X stream (a timeline, or one search query) from newest to oldest, down to its
since_id, in parts when it is longer than one poll may read.

since_id only moves to the sweep's newest post once every page down to the old since_id is
saved. A sweep longer than SOURCE_MAX_PAGES_PER_POLL pages is saved in parts: the state then keeps
the old since_id, the oldest id saved so far (the next request's until_id) and the sweep's newest
id. An until_id, unlike a next_token, does not expire between two polls."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, NamedTuple

from django.conf import settings

from listening.sources.base import FetchBatch
from listening.sources.x.client import PAGE_SIZE, TWEET_FIELDS, XApi
from listening.sources.x.parsing import page_into


class Swept(NamedTuple):
    """Where one sweep got to: its next state, whether it reached its since_id, whether pages
    wait that the page budget did not allow, and the pages read."""

    state: dict[str, Any]
    done: bool
    more: bool
    pages: int


def sweep(
    api: XApi,
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
) -> Swept:
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
        body = api.call(call, *args, action=f"reading its {stream}", tier_refusal=search, **request)
        meta = body.get("meta") if isinstance(body, dict) else None
        if not isinstance(meta, dict):
            batch.quarantine(body, f"X {stream} page without meta: {body!r:.200}")
            return Swept(_progress(state, since_id, until_id, sweep_newest_id), False, False, read)
        if not page_into(batch, body, account=api.account, now=now, stream=stream, skip_own=search):
            return Swept(_progress(state, since_id, until_id, sweep_newest_id), False, False, read)
        sweep_newest_id = sweep_newest_id or meta.get("newest_id")
        until_id = meta.get("oldest_id") or until_id
        next_token = meta.get("next_token")
        if not next_token:
            newest = sweep_newest_id or since_id
            return Swept({"since_id": str(newest)} if newest else {}, True, False, read)
    return Swept(_progress(state, since_id, until_id, sweep_newest_id), False, True, pages)


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

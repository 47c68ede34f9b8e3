"""MastodonSource: the Source interface (listening.sources.base) for a Mastodon account."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from django.conf import settings
from mastodon import MastodonNotFoundError

from listening.models import Account
from listening.sources.base import FetchBatch, FetchedEngagement
from listening.sources.errors import CredentialsInvalid
from listening.sources.http import MalformedBody
from listening.sources.mastodon.client import EndpointMissing, Instance
from listening.sources.mastodon.parsing import engagement_of, normalise_into, statuses_by_id
from listening.sources.mastodon.replies import (
    public_post,
    public_post_find,
    reply_find,
    reply_post,
)

# The largest pages Mastodon serves for each stream; a page shorter than this is the last one.
MENTIONS_PAGE_SIZE = 80
OWN_POSTS_PAGE_SIZE = 40
# /api/v1/statuses takes at most this many ids at once.
ENGAGEMENT_IDS_PER_REQUEST = 20


class MastodonSource:
    def __init__(self, account: Account):
        self.account = account
        self.instance = Instance(account)
        self.client = self.instance.client
        self._account_id = account.platform_id or ""
        self._statuses_by_ids = True

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
                    page = self.instance.call(request)
                except MalformedBody as error:
                    # Kept in quarantine; the cursor stays where it was, so nothing is skipped.
                    batch.quarantine(error.body, str(error))
                    break
                body = self.instance.last_body()
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
        known = statuses_by_id(bodies)
        for body in bodies:
            normalise_into(batch, body, account=self.account, now=now, known=known)
        return batch

    def fetch_engagement(
        self, external_ids: list[str], *, now: datetime
    ) -> list[FetchedEngagement]:
        found = []
        for start in range(0, len(external_ids), ENGAGEMENT_IDS_PER_REQUEST):
            for status in self._statuses(external_ids[start : start + ENGAGEMENT_IDS_PER_REQUEST]):
                engagement = engagement_of(status, now=now)
                if engagement is not None:
                    found.append(engagement)
        return found

    def send_reply(self, *, in_reply_to: str, text: str, idempotency_key: str = "") -> str:
        return reply_post(
            self.instance, in_reply_to=in_reply_to, text=text, idempotency_key=idempotency_key
        )

    def find_reply(self, *, in_reply_to: str, text: str) -> str | None:
        return reply_find(self.instance, in_reply_to=in_reply_to, text=text)

    def publish(self, *, text: str, idempotency_key: str = "") -> str:
        return public_post(self.instance, text=text, idempotency_key=idempotency_key)

    def find_published(self, *, text: str) -> str | None:
        return public_post_find(self.instance, account_id=self._own_account_id(), text=text)

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
                f"{self.instance.name} has no account {account_id} (the platform id of "
                f"@{self.account.handle}): correct the account's platform id."
            ) from error

    def _own_account_id(self) -> str:
        if not self._account_id:
            self._account_id = str(self.instance.call(self.client.me)["id"])
        return self._account_id

    def _statuses(self, ids: list[str]) -> list[dict[str, Any]]:
        if self._statuses_by_ids:
            try:
                self.instance.call(lambda: self.client.statuses(ids))
                body = self.instance.last_body()
                return [item for item in body if isinstance(item, dict)]
            except EndpointMissing:
                # Servers before 4.3 have no /api/v1/statuses: one request per status.
                self._statuses_by_ids = False
        found = []
        for status_id in ids:
            try:
                self.instance.call(lambda status_id=status_id: self.client.status(status_id))
            except EndpointMissing:
                continue  # deleted, or no longer visible to the account
            found.append(self.instance.last_body())
        return found


def _newest_id(page: Any, body: list[Any]) -> str:
    """The id the next request's min_id should carry: the server's own "prev" link, else the
    highest id in the page (Mastodon ids are numbers written as strings)."""
    prev = getattr(page, "_pagination_prev", None)
    if prev and prev.get("min_id") is not None:
        return str(prev["min_id"])
    ids = [str(item["id"]) for item in body if isinstance(item, dict) and item.get("id")]
    return max(ids, key=lambda i: (len(i), i)) if ids else ""

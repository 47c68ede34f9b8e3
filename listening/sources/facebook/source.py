"""FacebookSource: the Source interface (listening.sources.base) for a Facebook page."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, urlparse

from django.conf import settings

from listening.models import Account
from listening.sources.base import FetchBatch, FetchedEngagement, reply_text_matches
from listening.sources.errors import CredentialsInvalid, SourceError
from listening.sources.facebook.graph import Graph, ObjectMissing
from listening.sources.facebook.parsing import (
    REACTION_TYPES,
    created_unix,
    engagement_of,
    is_page,
    normalise_into,
    unix,
)
from listening.sources.http import MalformedBody

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
# The query parameters of a paging.next link that say where the next page starts.
PAGING_PARAMETERS = ("after", "until", "__paging_token")


class FacebookSource:
    def __init__(self, account: Account):
        self.account = account
        token = (account.credentials or {}).get("page_access_token")
        if not token:
            raise CredentialsInvalid(
                f"Facebook page @{account.handle} has no page access token: reconnect the page "
                "in the account settings."
            )
        self._page_id = account.platform_id or ""
        self.graph = Graph(account, token=str(token))

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
            normalise_into(batch, body, page_id=page_id, now=now)
        batch.cursor["feed"] = feed_state
        batch.has_more = more

        watched = {
            post_id: dict(state)
            for post_id, state in (cursor.get("comments") or {}).items()
            if isinstance(state, dict)
        }
        for post in batch.posts:
            if post.created_at >= now - COMMENT_WINDOW:
                watched.setdefault(post.external_id, {"posted": unix(post.created_at)})
        oldest_watched = unix(now - COMMENT_WINDOW)
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
            except ObjectMissing:
                continue  # the post was deleted: nothing more to hear under it
            for body in bodies:
                normalise_into(batch, body, page_id=page_id, now=now, post_id=post_id)
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
                chunk = ids[start : start + ENGAGEMENT_IDS_PER_REQUEST]
                for item in self.graph.lookup(chunk, fields):
                    engagement = engagement_of(item, now=now)
                    if engagement is not None:
                        found.append(engagement)
        return found

    def send_reply(self, *, in_reply_to: str, text: str, idempotency_key: str = "") -> str:
        # The Graph API takes no idempotency key: a reply whose outcome is unknown is looked up
        # (find_reply) before it is posted again.
        try:
            body = self.graph.request(f"{in_reply_to}/comments", post_args={"message": text})
        except ObjectMissing as error:
            raise SourceError(
                f"Facebook post or comment {in_reply_to} is gone or no longer visible to page "
                f"@{self.account.handle}; the reply was not sent."
            ) from error
        if not isinstance(body, dict) or not body.get("id"):
            raise SourceError(
                f"Facebook took the reply to {in_reply_to} but did not say the new comment's id."
            )
        return str(body["id"])

    def find_reply(self, *, in_reply_to: str, text: str) -> str | None:
        """The page's own comment under the post or comment, newest first."""
        try:
            body = self.graph.request(
                f"{in_reply_to}/comments",
                {
                    "fields": "id,message,from",
                    "order": "reverse_chronological",
                    "limit": COMMENTS_PAGE_SIZE,
                },
            )
        except ObjectMissing:
            return None  # what it answers is gone: the reply cannot be there either
        page_id = self._own_page_id()
        for item in body.get("data") or [] if isinstance(body, dict) else []:
            author = item.get("from") or {}
            if str(author.get("id")) == page_id and reply_text_matches(
                text, item.get("message") or ""
            ):
                return str(item["id"])
        return None

    def publish(self, *, text: str, idempotency_key: str = "") -> str:
        # The Graph API takes no idempotency key: an unknown outcome is looked up first.
        body = self.graph.request(f"{self._own_page_id()}/feed", post_args={"message": text})
        if not isinstance(body, dict) or not body.get("id"):
            raise SourceError(
                f"Facebook took the post of page @{self.account.handle} but did not say its id."
            )
        return str(body["id"])

    def find_published(self, *, text: str) -> str | None:
        """The page's own recent posts (its feed holds visitors' posts too)."""
        page_id = self._own_page_id()
        body = self.graph.request(
            f"{page_id}/posts", {"fields": "id,message,from", "limit": FEED_PAGE_SIZE}
        )
        for item in body.get("data") or [] if isinstance(body, dict) else []:
            author = item.get("from") or {}
            if str(author.get("id")) == page_id and reply_text_matches(
                text, item.get("message") or ""
            ):
                return str(item["id"])
        return None

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
                body = self.graph.request(path, args)
            except MalformedBody as error:
                # Kept in quarantine; the stream's state stays, so nothing is skipped.
                batch.quarantine(error.body, str(error))
                return dict(state), bodies, False
            if not is_page(body):
                batch.quarantine(body, f"Facebook answered {path} without a data list.")
                return dict(state), bodies, False
            bodies.append(body)
            times = [time for time in map(created_unix, body["data"]) if time is not None]
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

    def _own_page_id(self) -> str:
        if not self._page_id:
            self._page_id = str(self.graph.request("me", {"fields": "id,name"})["id"])
        return self._page_id


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

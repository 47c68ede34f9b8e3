"""XSource: the Source interface (listening.sources.base) for an X account."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from listening.models import Account, PostKind
from listening.sources.base import (
    PARSE_ERRORS,
    FetchBatch,
    FetchedEngagement,
    reply_text_matches,
)
from listening.sources.errors import SourceError, TransientSourceError
from listening.sources.x.client import PAGE_SIZE, XApi
from listening.sources.x.conversations import conversations_read, started_recently
from listening.sources.x.parsing import (
    TIMELINES,
    conversation_key,
    drop_duplicates,
    engagement_of,
)
from listening.sources.x.sweeps import sweep

logger = logging.getLogger(__name__)

# The city's own posts read back when a reply may already be on X (find_reply): X's largest page.
REPLY_LOOKUP_SIZE = 100


class XSource:
    def __init__(self, account: Account):
        self.account = account
        self.api = XApi(account)

    def fetch_new(self, cursor: dict[str, Any], *, now: datetime) -> FetchBatch:
        """Each stream is swept from newest to oldest, down to its since_id (see sweeps), then
        the conversations the city started are searched (see conversations). A sweep longer
        than SOURCE_MAX_PAGES_PER_POLL pages is saved in parts, and the batch says has_more."""
        client = self.api.reading_client()
        user_id = self.api.user_id()
        calls = {"tweets": client.get_users_tweets, "mentions": client.get_users_mentions}
        batch = FetchBatch()
        new_cursor = dict(cursor)
        timeline_done = False
        for stream in TIMELINES:
            swept = sweep(
                self.api,
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
            if post.kind == PostKind.OWN_POST
            and post.conversation_key == conversation_key(post.external_id)
        ]
        if "conversations" not in cursor and cursor.get("tweets"):
            # Polled before its conversations were watched: the timeline's cursor is past the
            # posts of the last week, so they are asked for once, when the timeline reads well.
            seeded = None
            if timeline_done:
                seeded = started_recently(self.api, client, user_id, batch=batch, now=now)
            if seeded is None:
                drop_duplicates(batch)
                batch.cursor = new_cursor
                return batch
            started += seeded
        state, more = conversations_read(
            self.api,
            client,
            user_id,
            state=cursor.get("conversations") or {},
            started=started,
            batch=batch,
            now=now,
        )
        new_cursor["conversations"] = state
        batch.has_more = batch.has_more or more
        drop_duplicates(batch)
        batch.cursor = new_cursor
        return batch

    def fetch_engagement(
        self, external_ids: list[str], *, now: datetime
    ) -> list[FetchedEngagement]:
        client = self.api.reading_client()
        ids = list(dict.fromkeys(str(external_id) for external_id in external_ids))
        found = []
        for start in range(0, len(ids), PAGE_SIZE):
            body = self.api.call(
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
                    engagement = engagement_of(item, now=now)
                except PARSE_ERRORS as error:
                    logger.warning("unreadable X metrics %r: %s", item, error)
                    continue
                if engagement is not None:
                    found.append(engagement)
        return found

    def send_reply(self, *, in_reply_to: str, text: str, idempotency_key: str = "") -> str:
        # X takes no idempotency key: a reply whose outcome is unknown is looked up
        # (find_reply) before it is posted again.
        return self._create_post(text=text, in_reply_to_tweet_id=in_reply_to)

    def publish(self, *, text: str, idempotency_key: str = "") -> str:
        return self._create_post(text=text)

    def _create_post(self, **post) -> str:
        client = self.api.replying_client()
        body = self.api.call(
            client.create_tweet, action="posting", refusals_about_content=True, **post
        )
        try:
            return str(body["data"]["id"])
        except (KeyError, TypeError):
            raise SourceError(
                f"X took the post of @{self.account.handle} without saying the new post's id: "
                "check the account's timeline before sending it again."
            ) from None

    def find_reply(self, *, in_reply_to: str, text: str) -> str | None:
        return self._find_own(text, lambda answered: in_reply_to in answered)

    def find_published(self, *, text: str) -> str | None:
        return self._find_own(text, lambda answered: not answered)

    def _find_own(self, text: str, answers_what) -> str | None:
        """The account's own timeline, newest first, holds its posts at once (recent search
        lags behind): one page of it is the last REPLY_LOOKUP_SIZE posts. `answers_what` is
        asked of the ids each post replies to."""
        client = self.api.reading_client()
        body = self.api.call(
            client.get_users_tweets,
            self.api.user_id(),
            action="looking for a post it may have sent",
            max_results=REPLY_LOOKUP_SIZE,
            tweet_fields=["referenced_tweets", "conversation_id", "created_at"],
        )
        if not isinstance(body, dict):
            raise TransientSourceError("X returned an unreadable body for the account's timeline.")
        for item in body.get("data") or []:
            answered = {
                str(reference.get("id"))
                for reference in item.get("referenced_tweets") or []
                if reference.get("type") == "replied_to"
            }
            if answers_what(answered) and reply_text_matches(text, item.get("text") or ""):
                return str(item["id"])
        return None

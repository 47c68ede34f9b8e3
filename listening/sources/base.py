"""The interface every platform adapter implements, and the normalised shapes it returns.

Adapters only translate: they talk to the platform and turn its payloads into FetchedPost and
FetchedEngagement. Everything else (deduplication, snapshots, cursors) is done once, in
listening.ingestion and listening.polling, for every platform alike.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from listening.models import Account

# What reading a malformed item raises, whatever the platform: the item goes to quarantine and
# the others of its page are kept. OverflowError: a number too large for a date or an int
# (an X id of fifty digits read as a snowflake's time).
PARSE_ERRORS = (KeyError, TypeError, ValueError, AttributeError, OverflowError)


# The normalised shapes are read-only by convention, not frozen: a frozen dataclass sets each
# field through object.__setattr__, which made building them a quarter of the time spent parsing
# an X page (bench/ingest.py). Slots make them smaller and their attributes faster to read.
@dataclass(slots=True)
class FetchedPost:
    platform: str
    external_id: str
    kind: str
    created_at: datetime
    raw: dict[str, Any]
    author_id: str = ""
    author_handle: str = ""
    author_name: str = ""
    text: str = ""
    language: str = ""
    url: str = ""
    in_reply_to: str = ""
    conversation_key: str = ""
    has_media: bool = False
    has_link: bool = False


@dataclass(slots=True)
class FetchedEngagement:
    platform: str
    external_id: str
    taken_at: datetime
    likes: int = 0
    shares: int = 0
    replies: int = 0
    quotes: int = 0
    impressions: int | None = None
    reactions: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Unparseable:
    """An item the adapter could not normalise: kept in quarantine with its raw body."""

    raw: Any
    error: str


@dataclass
class FetchBatch:
    posts: list[FetchedPost] = field(default_factory=list)
    engagement: list[FetchedEngagement] = field(default_factory=list)
    unparseable: list[Unparseable] = field(default_factory=list)
    cursor: dict[str, Any] = field(default_factory=dict)
    has_more: bool = False
    # What an operator should know although the poll succeeded (a stream the account's API
    # access level does not include), recorded on the FetchRun. Never credentials.
    notices: list[str] = field(default_factory=list)

    def add(self, post: FetchedPost, engagement: FetchedEngagement | None = None) -> None:
        self.posts.append(post)
        if engagement is not None:
            self.engagement.append(engagement)

    def quarantine(self, raw: Any, error: BaseException | str) -> None:
        """Keeps what could not be normalised, with why: an exception is named by its type."""
        reason = error if isinstance(error, str) else f"{type(error).__name__}: {error}"
        self.unparseable.append(Unparseable(raw=raw, error=reason))


class Source(Protocol):
    def fetch_new(self, cursor: dict[str, Any], *, now: datetime) -> FetchBatch:
        """Items newer than the cursor, and the cursor to store once they are saved."""
        ...

    def fetch_engagement(
        self, external_ids: list[str], *, now: datetime
    ) -> list[FetchedEngagement]:
        """Current engagement of the given posts of this account."""
        ...

    def send_reply(self, *, in_reply_to: str, text: str, idempotency_key: str = "") -> str:
        """Publish a reply to a post; returns the new post's platform id. Platforms that take an
        idempotency key (Mastodon) post the same key once."""
        ...

    def find_reply(self, *, in_reply_to: str, text: str) -> str | None:
        """The platform id of the account's own reply to in_reply_to with this text, when the
        platform shows one; None when it does not. Asked when an earlier send's outcome is
        unknown (a time-out, a 5xx, a lost worker), before posting again."""
        ...

    def publish(self, *, text: str, idempotency_key: str = "") -> str:
        """Post on the account's own timeline (an incident's status message for everyone);
        returns the new post's platform id. The same key is posted once where the platform
        takes one (Mastodon)."""
        ...

    def find_published(self, *, text: str) -> str | None:
        """The platform id of the account's own recent post (not a reply) with this text, when
        the platform shows one: asked before posting again after an unknown outcome."""
        ...


_URL = re.compile(r"https?://\S+")


def reply_text_matches(sent: str, shown: str) -> bool:
    """Whether a post the platform shows is the reply we sent: platforms escape HTML, shorten
    links (X's t.co) and put the citizen's handle in front (Mastodon), so the shown text is ours,
    or ends with ours after a space, once links, entities, spacing and case are set aside."""

    def plain(text: str) -> str:
        return " ".join(_URL.sub("<link>", html.unescape(text)).split()).casefold()

    ours, theirs = plain(sent), plain(shown)
    return bool(ours) and (theirs == ours or theirs.endswith(f" {ours}"))


class SavedPayloadReader(Protocol):
    """What an adapter that can import saved response bodies offers (listening.importing)."""

    def batch_from_payload(self, payload: Any, *, account: Account, now: datetime) -> FetchBatch:
        """One saved response body as a batch, without a cursor."""
        ...

    def identify_account(self, payload: Any, *, handle: str) -> dict[str, str]:
        """The platform_id and display_name of the account with this handle, as the body
        shows it; {} when it does not."""
        ...

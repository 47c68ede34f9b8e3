"""What an adapter raises when a platform says no. The ingestion service and the tasks decide
what follows (reschedule, mark the account, retry), the same way for every platform."""

from __future__ import annotations

from datetime import datetime


class SourceError(Exception):
    """A platform refused or failed a request. Messages must never contain tokens."""


class RateLimited(SourceError):
    """The platform's rate limit is used up until retry_at (from its reset header)."""

    def __init__(self, message: str, *, retry_at: datetime):
        super().__init__(message)
        self.retry_at = retry_at


class CredentialsInvalid(SourceError):
    """The token is expired, revoked or lacks a permission: a person has to act."""


class TransientSourceError(SourceError):
    """A network error or a 5xx: worth retrying with backoff."""


class DuplicateRefused(SourceError):
    """The platform refused the post as a duplicate of one the account already made (X): the
    reply is most likely there already, and is looked up instead of being taken for a failure."""

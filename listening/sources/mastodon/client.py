"""Mastodon.py for one account on its instance, every call's errors turned into the ones the
services handle, and each response's own JSON text (see the package's docstring)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlparse

from mastodon import (
    Mastodon,
    MastodonAPIError,
    MastodonNetworkError,
    MastodonNotFoundError,
    MastodonRatelimitError,
    MastodonServerError,
    MastodonUnauthorizedError,
)

from listening.models import Account
from listening.sources.errors import (
    CredentialsInvalid,
    RateLimited,
    SourceError,
    TransientSourceError,
)
from listening.sources.http import MalformedBody, RecordingSession

# Seconds one request to an instance may take.
REQUEST_TIMEOUT = 30

# Mastodon's limit window is five minutes; used when a 429 carries no usable reset time.
DEFAULT_RATE_LIMIT_WAIT = timedelta(minutes=5)


class EndpointMissing(SourceError):
    """A 404: a status that is gone, or an endpoint the server does not have."""


class Instance:
    """The account's instance as its token sees it."""

    def __init__(self, account: Account):
        self.account = account
        credentials = account.credentials or {}
        base_url, token = credentials.get("api_base_url"), credentials.get("access_token")
        if not base_url or not token:
            raise CredentialsInvalid(
                f"Mastodon account @{account.handle} needs credentials with api_base_url and "
                "access_token: add them in the account settings."
            )
        self.name = urlparse(base_url).netloc or base_url
        self.session = RecordingSession()
        self.client = Mastodon(
            access_token=token,
            api_base_url=base_url,
            ratelimit_method="throw",
            version_check_mode="none",
            session=self.session,
            user_agent="SmartGov Listening",
            # Mastodon.py waits 300 s by default: a stalled instance would hold a send past the
            # time after which the outbox asks the platform whether the reply went out.
            request_timeout=REQUEST_TIMEOUT,
        )

    def call(self, request: Callable[[], Any]) -> Any:
        """Run one Mastodon.py call, turning its errors into the ones the services handle."""
        who = f"@{self.account.handle} on {self.name}"
        self.session.last_response = None
        try:
            return request()
        except MastodonRatelimitError as error:
            raise RateLimited(
                f"Mastodon rate limit reached for {who}.", retry_at=self._rate_limit_reset()
            ) from error
        except MastodonNetworkError as error:
            raise TransientSourceError(f"Could not reach {self.name}: {error}") from error
        except MastodonServerError as error:
            raise TransientSourceError(f"{self.name} failed: {self._api_message(error)}") from error
        except MastodonUnauthorizedError as error:
            raise CredentialsInvalid(
                f"Mastodon refused the access token of {who} ({self._api_message(error)}): it has "
                "expired or was revoked. Create a new token and update the account."
            ) from error
        except MastodonNotFoundError as error:
            raise EndpointMissing(self._api_message(error)) from error
        except MastodonAPIError as error:
            status = error.args[1] if len(error.args) > 1 else None
            if status == 403:
                raise CredentialsInvalid(
                    f"Mastodon refused access for {who} ({self._api_message(error)}): the "
                    "token lacks a permission or the account is disabled."
                ) from error
            response = self.session.last_response
            if response is not None and response.ok:
                raise MalformedBody("Mastodon", response.text) from error
            raise SourceError(f"Mastodon error for {who}: {self._api_message(error)}") from error

    def last_body(self) -> Any:
        """The last response's body as the server wrote it: its JSON, else its text."""
        response = self.session.last_response
        assert response is not None
        try:
            return json.loads(response.text)
        except ValueError:
            return response.text

    def _api_message(self, error: MastodonAPIError) -> str:
        # Mastodon.py's args: ("Mastodon API returned error", status, reason, message); the
        # server's own words ("The access token was revoked") are in the body's "error".
        parts = [str(part) for part in error.args[1:3] if part]
        response = self.session.last_response
        try:
            said = response.json().get("error") if response is not None else None
        except (ValueError, AttributeError):
            said = None
        if isinstance(said, str) and said:
            parts.append(f'"{said[:200]}"')
        return " ".join(parts) or str(error)

    def _rate_limit_reset(self) -> datetime:
        response = self.session.last_response
        header = response.headers.get("X-RateLimit-Reset") if response is not None else None
        reset = _parse_reset(header) if header else None
        if reset is None and self.client.ratelimit_reset:
            reset = datetime.fromtimestamp(self.client.ratelimit_reset, tz=UTC)
        return reset or datetime.now(tz=UTC) + DEFAULT_RATE_LIMIT_WAIT


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

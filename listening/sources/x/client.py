"""tweepy's clients for one X account, and X's refusals turned into the errors the services
handle (listening.sources.errors)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import requests
import tweepy
from django.utils import timezone
from requests.adapters import HTTPAdapter

from listening.models import Account
from listening.sources.errors import (
    CredentialsInvalid,
    DuplicateRefused,
    RateLimited,
    SourceError,
    TransientSourceError,
)

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


class _TimeoutAdapter(HTTPAdapter):
    # tweepy sends its requests without a timeout; a stalled connection must not hold a worker.
    def send(self, request, **kwargs):
        if kwargs.get("timeout") is None:
            kwargs["timeout"] = HTTP_TIMEOUT_SECONDS
        return super().send(request, **kwargs)


class SearchRefused(SourceError):
    """X refused recent search itself (a 403): the app's access level does not include it."""


class XApi:
    """One account's way in to X: its clients, its user id, and every call's errors."""

    def __init__(self, account: Account):
        self.account = account
        self.credentials: dict[str, Any] = account.credentials or {}

    def call(
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
            if refusals_about_content and re.search(r"duplicate", said, re.I):
                # X refuses a text the account posted recently: most often our own reply, whose
                # first post's answer was lost. The caller looks it up.
                raise DuplicateRefused(f"X refused {action} for @{handle}: {said}") from None
            if refusals_about_content and re.search(r"reply|conversation", said, re.I):
                raise SourceError(f"X refused {action} for @{handle}: {said}") from None
            if tier_refusal:
                raise SearchRefused(
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

    def reading_client(self) -> tweepy.Client:
        token = self.credentials.get("bearer_token")
        if not token:
            raise CredentialsInvalid(
                f"X account @{self.account.handle} has no bearer_token in its credentials; "
                "add one to read its posts."
            )
        return _with_timeout(tweepy.Client(bearer_token=token, return_type=dict))

    def replying_client(self) -> tweepy.Client:
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

    def user_id(self) -> str:
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

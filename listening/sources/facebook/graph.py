"""One Graph API call for one page, its errors turned into the ones the services handle.

facebook-sdk 3.1.0 accepts API versions up to 3.1 only, so the client is built without one and
settings.FACEBOOK_GRAPH_API_VERSION is put in every path given to GraphAPI.request (which joins
"https://graph.facebook.com/" and the path: the path must not start with a slash). The SDK raises
GraphAPIError from the body alone; the response itself (its status, and the usage headers that
say when a throttled page may call again) is kept by the session (RecordingSession).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

import requests
from django.conf import settings
from django.utils import timezone
from facebook import GraphAPI, GraphAPIError

from listening.models import Account
from listening.sources.errors import (
    CredentialsInvalid,
    RateLimited,
    SourceError,
    TransientSourceError,
)
from listening.sources.http import MalformedBody, RecordingSession

REQUEST_TIMEOUT = 30
# Used when a throttled response's usage headers give no time to regain access.
DEFAULT_RATE_LIMIT_WAIT = timedelta(minutes=15)

TOKEN_CODES = {102, 190}
PERMISSION_CODES = {10, *range(200, 300)}
# Application, user, page and business-use-case throttling.
THROTTLING_CODES = {4, 17, 32, 613, *range(80000, 80015)}
USAGE_HEADERS = ("X-Business-Use-Case-Usage", "X-App-Usage", "X-Page-Usage")


class ObjectMissing(SourceError):
    """Code 100, subcode 33: the object does not exist (deleted) or the token cannot see it."""


class Graph:
    """The Graph API as one page's token sees it."""

    def __init__(self, account: Account, *, token: str):
        self.account = account
        self._token = token
        self._version = _api_version(settings.FACEBOOK_GRAPH_API_VERSION)
        self.session = RecordingSession()
        self.sdk = GraphAPI(access_token=token, timeout=REQUEST_TIMEOUT, session=self.session)

    def request(
        self,
        path: str,
        args: dict[str, Any] | None = None,
        *,
        post_args: dict[str, Any] | None = None,
    ) -> Any:
        """One Graph API call, its errors turned into the ones the services handle."""
        self.session.last_response = None
        try:
            return self.sdk.request(
                f"{self._version}/{path}", args=dict(args or {}), post_args=post_args
            )
        except (requests.JSONDecodeError, KeyError) as error:
            # A body that says it is JSON and is not, or no content type at all.
            raise self._unreadable() from error
        except requests.RequestException as error:
            # Not chained: the request's URL, which carries the token, is in its message.
            raise TransientSourceError(
                f"Could not reach Facebook for page @{self.account.handle} "
                f"({type(error).__name__})."
            ) from None
        except GraphAPIError as error:
            raise self._translate(error) from error

    def lookup(self, ids: list[str], fields: str) -> list[dict[str, Any]]:
        """The objects with these ids (one ?ids= request), leaving out those that are gone."""
        if not ids:
            return []
        try:
            body = self.request("", {"ids": ",".join(ids), "fields": fields})
        except ObjectMissing:
            if len(ids) == 1:
                return []  # deleted or hidden
            # One missing id fails the whole lookup: ask one by one, skipping the missing.
            return [item for one in ids for item in self.lookup([one], fields)]
        if not isinstance(body, dict):
            return []
        return [item for item in body.values() if isinstance(item, dict)]

    def _unreadable(self) -> SourceError:
        response = self.session.last_response
        if response is not None and response.ok:
            return MalformedBody("Facebook", response.text)
        status = response.status_code if response is not None else "no response"
        if response is None or response.status_code >= 500:
            return TransientSourceError(f"Facebook failed ({status}) for @{self.account.handle}.")
        return SourceError(f"Facebook answered HTTP {status} with a body it does not explain.")

    def _translate(self, error: GraphAPIError) -> SourceError:
        details = error.result.get("error") if isinstance(error.result, dict) else None
        if not isinstance(details, dict):
            return self._unreadable()
        code = details.get("code")
        said = self._scrub(str(details.get("message") or "no message"))[:300]
        page = f"Facebook page @{self.account.handle}"
        if code in TOKEN_CODES:
            return CredentialsInvalid(
                f"{page}: the page token expired or was revoked: reconnect the page "
                f"(Facebook said: {said})."
            )
        if code in THROTTLING_CODES:
            return RateLimited(
                f"Facebook rate limit reached for {page} ({said}).",
                retry_at=self._regain_access_at(),
            )
        if code in PERMISSION_CODES:
            return CredentialsInvalid(
                f"{page}: the page token lacks a permission: reconnect the page and grant "
                f"what it asks (Facebook said: {said})."
            )
        response = self.session.last_response
        status = response.status_code if response is not None else 0
        if status >= 500 or details.get("is_transient") or code in (1, 2):
            return TransientSourceError(f"Facebook failed for {page} ({said}).")
        if code == 100 and details.get("error_subcode") == 33:
            return ObjectMissing(said)
        return SourceError(f"Facebook error {code} for {page}: {said}")

    def _regain_access_at(self) -> datetime:
        minutes: list[float] = []
        response = self.session.last_response
        headers = response.headers if response is not None else {}
        for name in USAGE_HEADERS:
            try:
                usage = json.loads(headers.get(name) or "null")
            except ValueError:
                continue
            minutes.extend(_regain_minutes(usage))
        wait = max(minutes, default=0)
        return timezone.now() + (timedelta(minutes=wait) if wait > 0 else DEFAULT_RATE_LIMIT_WAIT)

    def _scrub(self, text: str) -> str:
        return text.replace(self._token, "[token]") if self._token else text


def _regain_minutes(usage: Any) -> Iterable[float]:
    """Every estimated_time_to_regain_access (minutes) in a usage header: the business use case
    header nests it per business and per type, the app header has it at the top."""
    if isinstance(usage, dict):
        for key, value in usage.items():
            if key == "estimated_time_to_regain_access" and isinstance(value, int | float):
                yield float(value)
            else:
                yield from _regain_minutes(value)
    elif isinstance(usage, list):
        for value in usage:
            yield from _regain_minutes(value)


def _api_version(value: str) -> str:
    version = str(value).strip().strip("/")
    return version if version.startswith("v") else f"v{version}"

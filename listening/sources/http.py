"""What the adapters built on requests share: a session that remembers the last response, and
the error for a 2xx response whose body is not JSON."""

from __future__ import annotations

from typing import Any

import requests

from listening.sources.errors import SourceError


class RecordingSession(requests.Session):
    """A session that keeps the last response it received. The platform SDKs raise from the
    body alone; the response itself (its status, the headers that say when a throttled account
    may call again, its own JSON text) is read from here."""

    def __init__(self) -> None:
        super().__init__()
        self.last_response: requests.Response | None = None
        self.hooks["response"].append(self._remember)

    def _remember(self, response: requests.Response, *args: Any, **kwargs: Any) -> None:
        self.last_response = response


class MalformedBody(SourceError):
    """A 2xx response whose body is not JSON: the adapter quarantines the body as it is and
    leaves its stream's cursor where it was, so that nothing is skipped."""

    def __init__(self, platform_name: str, body: str):
        super().__init__(f"{platform_name} answered with a body that is not JSON.")
        self.body = body

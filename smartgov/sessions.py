"""Log-ins that end: after SESSION_IDLE_MINUTES without anything a person did, and after
SESSION_MAX_HOURS (a working day) whatever happened; and the client address log-in throttling
counts by.

Written here rather than taken from django-session-timeout or django-session-security: the queue
and the case view poll the server every few seconds, and those polls must not count as the
officer being there (the first library counts every request; the second needs its own
JavaScript on every page). Pages mark their polls with the X-Background-Poll header
(templates/base.html's htmx configuration does it for every hx-trigger="every ...").
"""

from __future__ import annotations

import time

from django.conf import settings
from django.contrib.auth import logout

BACKGROUND_HEADER = "X-Background-Poll"
_LOGGED_IN_AT = "smartgov_logged_in_at"
_ACTIVE_AT = "smartgov_active_at"
_ACTIVE_PRECISION = 60  # seconds


class SessionTimeoutMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            now = time.time()
            session = request.session
            logged_in_at = session.setdefault(_LOGGED_IN_AT, now)
            active_at = session.setdefault(_ACTIVE_AT, now)
            if (
                now - active_at > settings.SESSION_IDLE_MINUTES * 60
                or now - logged_in_at > settings.SESSION_MAX_HOURS * 3600
            ):
                # The request goes on as anonymous: pages send it to the log-in page.
                logout(request)
            elif BACKGROUND_HEADER not in request.headers and now - active_at > _ACTIVE_PRECISION:
                # Stored at most once a minute: a changed session is a write on every request.
                session[_ACTIVE_AT] = now
        return self.get_response(request)


def client_ip(request) -> str:
    """The address a log-in came from, for django-axes (AXES_CLIENT_IP_CALLABLE). Behind the
    city's TLS proxy every request comes from the proxy: the client is the address the proxy
    appended last to X-Forwarded-For (earlier entries are whatever the client claimed)."""
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if settings.SECURE_PROXY_SSL_HEADER and forwarded:
        return forwarded.split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "")

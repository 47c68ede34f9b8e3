"""Log-ins that end: after SESSION_IDLE_MINUTES without anything a person did, and after
SESSION_MAX_HOURS (a working day) whatever happened.

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


class SessionTimeoutMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            now = time.time()
            session = request.session
            logged_in_at = session.setdefault(_LOGGED_IN_AT, now)
            active_at = session.get(_ACTIVE_AT, now)
            if (
                now - active_at > settings.SESSION_IDLE_MINUTES * 60
                or now - logged_in_at > settings.SESSION_MAX_HOURS * 3600
            ):
                # The request goes on as anonymous: pages send it to the log-in page.
                logout(request)
            elif BACKGROUND_HEADER not in request.headers:
                session[_ACTIVE_AT] = now
        return self.get_response(request)

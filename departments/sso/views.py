"""The two pages of single sign-on: the start, which sends the browser to the provider, and the
callback the provider sends it back to. Both answer "not found" while OIDC_ENABLED is off, and
both are open to people who are not logged in yet."""

from __future__ import annotations

import logging
from functools import wraps

import requests
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import SuspiciousOperation
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from mozilla_django_oidc.views import OIDCAuthenticationCallbackView, OIDCAuthenticationRequestView

from departments.sso.backend import REFUSED_NO_ROLE

logger = logging.getLogger(__name__)


def _only_when_enabled(view):
    @wraps(view)
    def guarded(request, *args, **kwargs):
        if not settings.OIDC_ENABLED:
            raise Http404("Single sign-on is off")
        return view(request, *args, **kwargs)

    return login_not_required(guarded)


class SingleSignOnCallbackView(OIDCAuthenticationCallbackView):
    def get(self, request):
        # A token that fails its checks, a used or unknown state (the back button), a provider
        # that does not answer: the person is sent back to the log-in page, not to an error page.
        try:
            return super().get(request)
        except (SuspiciousOperation, requests.RequestException) as error:
            logger.warning("Single sign-on failed: %s", error)
            return self.login_failure()

    def login_failure(self):
        if getattr(self.request, REFUSED_NO_ROLE, False):
            message = _(
                "You signed in at %(provider)s, but your account there has no role in SmartGov "
                "Listening. Ask your administrator to add you to one of its groups."
            )
        else:
            message = _("Single sign-on with %(provider)s did not succeed. Please try again.")
        messages.error(self.request, message % {"provider": settings.OIDC_PROVIDER_NAME})
        return redirect(settings.LOGIN_URL)


start = _only_when_enabled(OIDCAuthenticationRequestView.as_view())
callback = _only_when_enabled(SingleSignOnCallbackView.as_view())

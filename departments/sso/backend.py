"""mozilla-django-oidc's authorization-code flow (the token exchange, the id_token's RS256
signature checked against the provider's JWKS, the nonce), with the person found and given
their roles by departments.sso.services."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import SuspiciousOperation
from mozilla_django_oidc.auth import OIDCAuthenticationBackend

from departments.sso.services import sso_user_sync

# Set on the request when the provider vouched for the person but their groups give no role:
# the callback tells them so instead of "something went wrong".
REFUSED_NO_ROLE = "sso_refused_no_role"


class SingleSignOnBackend(OIDCAuthenticationBackend):
    def authenticate(self, request, **kwargs):
        if not settings.OIDC_ENABLED:
            return None
        return super().authenticate(request, **kwargs)

    def get_user(self, user_id):
        """The person of a session, on every request: mozilla-django-oidc's own look-up does not
        ask whether the account is still active, so a deactivated person would keep their
        session until it timed out (a password session ends at once: Django's backend asks)."""
        user = super().get_user(user_id)
        return user if user is not None and user.is_active else None

    def get_or_create_user(self, access_token, id_token, payload):
        self._check_token_is_ours(payload)
        claims = dict(payload)
        if self.OIDC_OP_USER_ENDPOINT:
            userinfo = self.get_userinfo(access_token, id_token, payload)
            if userinfo.get("sub") != payload.get("sub"):
                raise SuspiciousOperation("The userinfo answer is about someone else")
            # The id_token's claims were checked against the provider's signature: they win.
            claims = {**userinfo, **payload}
        user = sso_user_sync(claims=claims)
        if user is None:
            setattr(self.request, REFUSED_NO_ROLE, True)
        return user

    def _check_token_is_ours(self, payload) -> None:
        """mozilla-django-oidc leaves the audience and issuer unchecked. The issuer is required
        (settings): a token signed with a key of the same JWKS but issued by another tenant must
        not pass."""
        audience = payload.get("aud")
        audiences = [audience] if isinstance(audience, str) else list(audience or ())
        if self.OIDC_RP_CLIENT_ID not in audiences:
            raise SuspiciousOperation("The id_token was issued to another application")
        if payload.get("iss") != settings.OIDC_OP_ISSUER:
            raise SuspiciousOperation("The id_token comes from another issuer")

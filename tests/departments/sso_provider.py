"""A fake OpenID Connect provider for the single sign-on tests: its token, JWKS and userinfo
endpoints answer through `responses`, and it signs id_tokens with its own RSA key, as Entra ID
or Keycloak would. It checks what a real one checks: the client secret, the redirect URI, the
one-time code and the PKCE verifier."""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import time
from urllib.parse import parse_qs, urlsplit

import jwt
import responses
from cryptography.hazmat.primitives.asymmetric import rsa

ISSUER = "https://login.example.city/tenant-1/v2.0"
AUTHORIZE_URL = "https://login.example.city/tenant-1/oauth2/v2.0/authorize"
TOKEN_URL = "https://login.example.city/tenant-1/oauth2/v2.0/token"
JWKS_URL = "https://login.example.city/tenant-1/discovery/v2.0/keys"
USERINFO_URL = "https://graph.example.city/oidc/userinfo"
CLIENT_ID = "smartgov-client-id"
CLIENT_SECRET = "smartgov-client-secret"
KEY_ID = "key-1"


class FakeProvider:
    def __init__(self, mock: responses.RequestsMock):
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.signing_key = self.key
        self.audience = CLIENT_ID
        self.issuer = ISSUER
        self._codes: dict[str, dict] = {}
        self._access_tokens: dict[str, dict] = {}
        public_jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(self.key.public_key()))
        mock.add(
            responses.GET,
            JWKS_URL,
            json={"keys": [{**public_jwk, "kid": KEY_ID, "alg": "RS256", "use": "sig"}]},
        )
        mock.add_callback(responses.POST, TOKEN_URL, callback=self._token)
        mock.add_callback(responses.GET, USERINFO_URL, callback=self._userinfo)

    def sign_in(self, authorize_location: str, *, claims: dict, userinfo: dict) -> dict:
        """The person signs in at the provider, which sends the browser back with a code: the
        query of the callback, given where the application sent the browser."""
        assert authorize_location.startswith(AUTHORIZE_URL + "?")
        asked = {k: v[0] for k, v in parse_qs(urlsplit(authorize_location).query).items()}
        assert asked["client_id"] == CLIENT_ID and asked["response_type"] == "code"
        code = secrets.token_urlsafe(16)
        self._codes[code] = {"asked": asked, "claims": claims, "userinfo": userinfo}
        return {"code": code, "state": asked["state"]}

    def _token(self, request):
        form = {k: v[0] for k, v in parse_qs(request.body).items()}
        grant = self._codes.pop(form.get("code", ""), None)
        if (
            grant is None
            or form.get("client_id") != CLIENT_ID
            or form.get("client_secret") != CLIENT_SECRET
            or form.get("redirect_uri") != grant["asked"]["redirect_uri"]
            or _s256(form.get("code_verifier", "")) != grant["asked"]["code_challenge"]
        ):
            return 400, {}, json.dumps({"error": "invalid_grant"})
        now = int(time.time())
        id_token = jwt.encode(
            {
                "iss": self.issuer,
                "aud": self.audience,
                "iat": now,
                "exp": now + 3600,
                "nonce": grant["asked"]["nonce"],
                **grant["claims"],
            },
            self.signing_key,
            algorithm="RS256",
            headers={"kid": KEY_ID},
        )
        access_token = secrets.token_urlsafe(16)
        self._access_tokens[access_token] = {"sub": grant["claims"]["sub"], **grant["userinfo"]}
        body = {"id_token": id_token, "access_token": access_token, "token_type": "Bearer"}
        return 200, {}, json.dumps(body)

    def _userinfo(self, request):
        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        if token not in self._access_tokens:
            return 401, {}, "{}"
        return 200, {}, json.dumps(self._access_tokens[token])


def _s256(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()

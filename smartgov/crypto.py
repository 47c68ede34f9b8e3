"""Encryption at rest for platform credentials (API tokens), with key rotation."""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.db import models


@cache
def _fernet() -> MultiFernet:
    return MultiFernet([Fernet(key.encode()) for key in settings.CREDENTIALS_ENCRYPTION_KEYS])


def encrypt_json(value: Any) -> str:
    return _fernet().encrypt(json.dumps(value, sort_keys=True).encode()).decode()


class CredentialsUnreadable(ValueError):
    """Stored credentials that none of CREDENTIALS_ENCRYPTION_KEYS opens."""


def decrypt_json(token: str) -> Any:
    try:
        return json.loads(_fernet().decrypt(token.encode()))
    except InvalidToken as error:
        raise CredentialsUnreadable(
            "Stored credentials cannot be decrypted with CREDENTIALS_ENCRYPTION_KEYS: "
            "was the key changed without keeping the old one in the list?"
        ) from error


def reencrypt(token: str) -> str:
    """The same secrets encrypted with the newest key (key rotation); raises
    CredentialsUnreadable when no key in the list opens them."""
    try:
        return _fernet().rotate(token.encode()).decode()
    except InvalidToken as error:
        raise CredentialsUnreadable("No key in CREDENTIALS_ENCRYPTION_KEYS opens them.") from error


class SealedSecrets(Mapping):
    """A JSON object of secrets, kept as it is stored (a Fernet token) and decrypted only when a
    value is read. Loading an account (every queue row and case page does) never decrypts, so
    a wrong key fails only the code that uses the credentials, not the pages. Its repr never
    shows a value, so a log line or a traceback that prints it leaks nothing."""

    __slots__ = ("_opened", "_token")

    def __init__(self, token: str = "", *, opened: dict | None = None):
        self._token = token
        self._opened = opened

    def _open(self) -> dict:
        if self._opened is None:
            self._opened = decrypt_json(self._token) if self._token else {}
        return self._opened

    def __getitem__(self, key):
        return self._open()[key]

    def __iter__(self):
        return iter(self._open())

    def __len__(self) -> int:
        return len(self._open())

    def __bool__(self) -> bool:
        return bool(self._opened) if self._opened is not None else bool(self._token)

    def __repr__(self) -> str:
        if self._opened is None:
            return "<sealed secrets>" if self._token else "{}"
        return "{" + ", ".join(f"{key!r}: '***'" for key in self._opened) + "}"

    __str__ = __repr__

    @property
    def stored_token(self) -> str | None:
        """The ciphertext as read from the database, while nobody has changed the values."""
        return self._token if self._opened is None else None


class EncryptedJSONField(models.TextField):
    """A JSON object stored as a Fernet token; read back as SealedSecrets."""

    def from_db_value(self, value, expression, connection):
        return SealedSecrets(value or "")

    def to_python(self, value):
        if isinstance(value, SealedSecrets):
            return value
        if isinstance(value, dict):
            return SealedSecrets(opened=dict(value))
        return SealedSecrets(value or "")

    def get_prep_value(self, value):
        if isinstance(value, SealedSecrets) and value.stored_token is not None:
            # Saved again unchanged (an account's cursor moved): the same ciphertext, without
            # decrypting, so that even an account whose key is lost can be saved.
            return value.stored_token
        if isinstance(value, str):  # already a token: a lookup or an update by ciphertext
            return value
        if value is None or not dict(value):
            return ""
        return encrypt_json(dict(value))

    def value_to_string(self, obj):
        # Serialisation (dumpdata) keeps the ciphertext, never the plain secrets.
        return self.get_prep_value(self.value_from_object(obj))

"""Encryption at rest for platform credentials (API tokens), with key rotation."""

from __future__ import annotations

import json
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


def decrypt_json(token: str) -> Any:
    try:
        return json.loads(_fernet().decrypt(token.encode()))
    except InvalidToken as error:
        raise ValueError(
            "Stored credentials cannot be decrypted with CREDENTIALS_ENCRYPTION_KEYS: "
            "was the key changed without keeping the old one in the list?"
        ) from error


class RedactedSecrets(dict):
    """A dict of secrets whose repr never shows the values, so a log line or a traceback
    that prints it leaks nothing."""

    def __repr__(self) -> str:
        return "{" + ", ".join(f"{key!r}: '***'" for key in self) + "}"

    __str__ = __repr__


class EncryptedJSONField(models.TextField):
    """A JSON object stored as a Fernet token; read back as a RedactedSecrets dict."""

    def from_db_value(self, value, expression, connection):
        if value in (None, ""):
            return RedactedSecrets()
        return RedactedSecrets(decrypt_json(value))

    def to_python(self, value):
        if isinstance(value, dict):
            return RedactedSecrets(value)
        if value in (None, ""):
            return RedactedSecrets()
        return RedactedSecrets(decrypt_json(value))

    def get_prep_value(self, value):
        if value in (None, "", {}):
            return ""
        return encrypt_json(dict(value))

    def value_to_string(self, obj):
        # Serialisation (dumpdata) keeps the ciphertext, never the plain secrets.
        return self.get_prep_value(self.value_from_object(obj))

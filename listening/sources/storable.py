"""What PostgreSQL accepts of the text and JSON that platforms send.

PostgreSQL's text and jsonb refuse two things a JSON body can carry: the NUL character ("\\u0000")
and lone surrogates (half of a broken UTF-16 pair, "\\ud83d" without its partner), which
Python's json module decodes without complaint. jsonb also has no NaN or Infinity. One such
character used to fail a whole batch, its quarantine insert too, poll after poll.

Two ways of storing them, for two purposes:

- A stored post keeps what a reader needs: NUL characters are dropped and lone surrogates become
  U+FFFD (the replacement character), in its fields and in its raw payload alike (text_storable,
  jsonb_text). NaN and Infinity in a raw payload become null, as orjson writes them.
- A quarantined body keeps everything, for whoever looks into it: a body PostgreSQL would refuse
  (or a JSON null, which the ORM would write as SQL NULL) is stored as {QUARANTINE_JSON_TEXT:
  its exact JSON text, with NUL and lone surrogates written as \\u escapes, "why": ...};
  json.loads of that text gives back the body as it arrived (quarantine_raw_storable,
  quarantine_raw_original).
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

import orjson

NUL = "\x00"
REPLACEMENT_CHARACTER = "\ufffd"
# Every surrogate code point in a Python string is a lone one: json.loads joins the halves of a
# valid pair into one character.
_SURROGATE = re.compile("[\ud800-\udfff]")
# The key of a quarantined body stored as its JSON text (see the module's docstring).
QUARANTINE_JSON_TEXT = "smartgov_json_text"
_QUARANTINE_WHY = (
    "The body is null or holds what PostgreSQL cannot store in JSON (NUL, a lone surrogate, "
    f"NaN): it is kept as its exact JSON text; json.loads({QUARANTINE_JSON_TEXT}) gives it back."
)


def text_storable(value: str) -> str:
    """The text with NUL characters dropped and lone surrogates replaced by U+FFFD."""
    if NUL in value:
        value = value.replace(NUL, "")
    if _SURROGATE.search(value):
        value = _SURROGATE.sub(REPLACEMENT_CHARACTER, value)
    return value


def is_text_storable(value: str) -> bool:
    if NUL in value:
        return False
    if value.isascii():
        return True
    # Encoding fails on a lone surrogate, and is several times faster than searching for one.
    try:
        value.encode()
    except UnicodeEncodeError:
        return False
    return True


def jsonb_text(value: Any) -> bytes:
    """The JSON text of a stored post's raw payload, in a form jsonb accepts.

    Serialised once, with orjson as every payload is (listening.apps), and handed to psycopg
    as it is (listening.ingestion); only a payload that jsonb would refuse is cleaned and
    serialised again."""
    try:
        text = orjson.dumps(value)
    except orjson.JSONEncodeError:  # a lone surrogate, or an integer beyond 64 bits
        text = None
    # orjson writes NUL as the escape \u0000, which jsonb refuses too. (A literal backslash
    # followed by "u0000" also matches: it is cleaned for nothing, and comes out the same.)
    if text is None or b"\\u0000" in text:
        # The standard library writes any integer (jsonb's numeric takes it).
        text = json.dumps(json_storable(value), ensure_ascii=False).encode()
    return text


def json_storable(value: Any) -> Any:
    """A copy of a JSON value that jsonb accepts: strings (keys too) through text_storable,
    NaN and Infinity as null (as orjson writes them)."""
    if isinstance(value, str):
        return text_storable(value)
    if isinstance(value, dict):
        return {text_storable(str(key)): json_storable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [json_storable(item) for item in value]
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def quarantine_raw_storable(raw: Any) -> Any:
    """What a QuarantinedPayload stores of a body: the body itself when jsonb takes it, else
    its exact JSON text (see the module's docstring). Never loses anything."""
    try:
        text = json.dumps(raw, ensure_ascii=False, allow_nan=False, default=repr)
    except ValueError:  # NaN or Infinity
        text = json.dumps(raw, ensure_ascii=False, default=repr)
    else:
        # JSON null is kept as text too: the ORM would write SQL NULL.
        if raw is not None and "\\u0000" not in text and not _SURROGATE.search(text):
            return json.loads(text)  # what default=repr made of bytes or objects, as JSON
    escaped = _SURROGATE.sub(lambda match: f"\\u{ord(match[0]):04x}", text)
    return {QUARANTINE_JSON_TEXT: escaped, "why": _QUARANTINE_WHY}


def quarantine_raw_original(stored: Any) -> Any:
    """The body as it arrived, from what quarantine_raw_storable stored."""
    if isinstance(stored, dict) and set(stored) == {QUARANTINE_JSON_TEXT, "why"}:
        return json.loads(stored[QUARANTINE_JSON_TEXT])
    return stored

"""Filling a template's slots, and making a clean sentence look typed on a phone."""

from __future__ import annotations

import re
import unicodedata
from random import Random

from listening.replay.generator.material import (
    BRIDGES,
    BUSES,
    COINS,
    EMO_ANGRY,
    EMO_HAPPY,
    HOODS,
    JOBS,
    KNOWN_TYPOS,
    LANDMARKS,
    PARKS,
    SINCE,
    SLANG,
    SPAM_MENTIONS,
    SQUARES,
    STOPS,
    STREETS,
    TRAMS,
    WEEKDAYS,
    WHEN,
)
from listening.replay.generator.tuning import ROUGHEN


def ascii_fold(text: str) -> str:
    text = text.replace("ı", "i").replace("ß", "ss").replace("'", "")  # noqa: RUF001
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9_]", "", folded)


def strip_accents(text: str) -> str:
    """How a Spanish visitor types on a Dutch keyboard: no accents, no inverted marks."""
    text = text.replace("¿", "").replace("¡", "").replace("ñ", "n")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def umlauts_to_ascii(text: str) -> str:
    """German typed without umlauts: Strassenlaterne, Muell, fuer."""
    for a, b in (
        ("ä", "ae"),
        ("ö", "oe"),
        ("ü", "ue"),
        ("Ä", "Ae"),
        ("Ö", "Oe"),
        ("Ü", "Ue"),
        ("ß", "ss"),
    ):
        text = text.replace(a, b)
    return text


def lower_first(text: str) -> str:
    if not text or text[:2].isupper():  # keep "ALLES", "OV-chipkaart"
        return text
    return text[0].lower() + text[1:]


def upper_first(text: str) -> str:
    return text[0].upper() + text[1:] if text else text


# ---------------------------------------------------------------- template slots

# What a reply or a follow-up inherits from the post it answers (places, lines, counts), so it
# names the same street or tram; the emoji, times and the like are its own.
NEUTRAL_SLOTS = {
    "street",
    "street2",
    "street3",
    "square",
    "hood",
    "stop",
    "stop2",
    "tram",
    "tram2",
    "bus",
    "bridge",
    "park",
    "n",
    "num",
}


class Slots(dict):
    """Slot values for one text, drawn lazily so a template only draws what it uses. A value
    drawn once is reused, so "{street}" twice in a template names the same street."""

    def __init__(
        self, rng: Random, lang: str, fixed: dict | None = None, home_street: str | None = None
    ):
        super().__init__(fixed or {})
        self.rng = rng
        self.lang = lang
        self.home_street = home_street

    def __missing__(self, key: str):
        value = draw_slot(self, key)
        self[key] = value
        return value

    def neutral(self) -> dict:
        return {key: value for key, value in self.items() if key in NEUTRAL_SLOTS}


def _distinct(rng: Random, pool: list, slots: Slots, group: tuple):
    taken = {slots[key] for key in group if key in slots}
    return rng.choice([value for value in pool if value not in taken])


def _clock_time(rng: Random, lang: str, hour: int, minute: int, style: int) -> str:
    if lang == "nl" and style == 1:
        return f"{hour}.{minute:02d}"
    if lang == "nl" and style == 2:
        return f"{hour}u{minute:02d}"
    return f"{hour}:{minute:02d}"


def draw_slot(slots: Slots, key: str):
    rng, lang = slots.rng, slots.lang
    if key in ("street", "street2", "street3"):
        if key == "street" and slots.home_street and rng.random() < 0.45:
            return slots.home_street
        return _distinct(rng, STREETS, slots, ("street", "street2", "street3"))
    if key in ("stop", "stop2"):
        return _distinct(rng, STOPS, slots, ("stop", "stop2"))
    if key in ("tram", "tram2"):
        return _distinct(rng, TRAMS, slots, ("tram", "tram2"))
    simple = {
        "square": SQUARES,
        "hood": HOODS,
        "bus": BUSES,
        "bridge": BRIDGES,
        "park": PARKS,
        "emo": EMO_ANGRY,
        "happy": EMO_HAPPY,
        "coin": COINS,
        "spamhandle": SPAM_MENTIONS,
        "min": [10, 12, 15, 20, 25, 30, 35, 40, 45],
    }
    if key in simple:
        return rng.choice(simple[key])
    by_language = {
        "landmark": LANDMARKS,
        "since": SINCE,
        "weekday": WEEKDAYS,
        "when": WHEN,
        "job": JOBS,
    }
    if key in by_language:
        table = by_language[key]
        return rng.choice(table.get(lang) or table["en"])
    if key == "days":
        return rng.randint(2, 14)
    if key == "num":
        return rng.randint(1, 180)
    if key == "n":
        return rng.randint(2, 6)
    if key == "n2":
        return rng.randrange(20, 141, 5)
    if key == "n3":
        return f"{rng.randrange(1200, 4800, 10):,}".replace(",", ".")
    if key == "weeks":
        return rng.randint(2, 8)
    if key in ("time", "time2"):
        hour, minute = rng.randint(6, 21), rng.randrange(0, 60, 1)
        style = rng.randrange(3)
        first = _clock_time(rng, lang, hour, minute, style)
        later = hour * 60 + minute + rng.choice([20, 25, 30, 40, 45])
        second = _clock_time(rng, lang, later // 60, later % 60, style)
        slots["time"], slots["time2"] = first, second
        return first if key == "time" else second
    raise KeyError(key)


# ---------------------------------------------------------------- typing on a phone

WORD_RE = re.compile(r"[A-Za-zÀ-ÿ]{5,}")


def add_typo(rng: Random, text: str) -> str:
    """One slip of the thumb: a known misspelling, or a dropped, swapped or doubled letter."""
    known = [w for w in KNOWN_TYPOS if re.search(rf"\b{w}\b", text, re.IGNORECASE)]
    if known and rng.random() < 0.6:
        word = rng.choice(known)
        return re.sub(rf"\b{word}\b", KNOWN_TYPOS[word], text, count=1, flags=re.IGNORECASE)
    words = [
        m
        for m in WORD_RE.finditer(text)
        if (m.start() == 0 or text[m.start() - 1] not in "@#_")
        # Names of streets and stops are mostly copied correctly; ordinary words are not.
        and (m.group().islower() or rng.random() < 0.25)
    ]
    if not words:
        return text
    match = rng.choice(words)
    word, i = match.group(), rng.randrange(1, len(match.group()) - 2)
    operation = rng.randrange(3)
    if operation == 0:
        new = word[:i] + word[i + 1 :]
    elif operation == 1:
        new = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    else:
        new = word[:i] + word[i] + word[i:]
    return text[: match.start()] + new + text[match.end() :]


def roughen(rng: Random, text: str, lang: str) -> str:
    """Make a clean sentence look typed on a phone: shortcuts, typos, caps, missing accents."""
    slang_p, typo_p = ROUGHEN[lang]
    if lang == "de" and rng.random() < 0.35:
        text = umlauts_to_ascii(text)
    if lang == "es" and rng.random() < 0.35:
        text = strip_accents(text)
    if rng.random() < slang_p:
        for long, short in rng.sample(SLANG[lang], k=min(3, len(SLANG[lang]))):
            text = re.sub(rf"\b{re.escape(long)}\b", short, text, count=1)
    if rng.random() < typo_p:
        for _ in range(rng.choice([1, 1, 1, 2])):
            text = add_typo(rng, text)
    style = rng.random()
    if style < 0.04:
        text = text.upper()
    elif style < 0.10:
        words = [m for m in WORD_RE.finditer(text) if text[max(0, m.start() - 1)] not in "@#"]
        if words:
            m = rng.choice(words)
            text = text[: m.start()] + m.group().upper() + text[m.end() :]
    elif style < 0.22 and lang in ("nl", "en"):
        text = text.lower()
    ending = rng.random()
    if ending < 0.2:
        text = text.rstrip(".")
    elif ending < 0.28:
        text = text.rstrip(".!?") + rng.choice(["!!", "??", "!!!", "?!", "..."])
    return text

"""What a post tells about where and what: the clues incident detection compares (detector.py).

Residents write the same place many ways ("Annenstraße", "Annenstr.", "annenstrasse",
"Oxford Rd", "oxford road", "vondel laan"), the same line as "lijn 12", "tram 12", "the 12",
"die 12er", and the same thing with other inflections. Each clue is reduced to a form the other
spellings share, with plain string and regular-expression work: detection runs next to routing
on every post (bench/incidents.py), so it must cost a fraction of what routing costs.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml
from spacy.lang.de.stop_words import STOP_WORDS as GERMAN_STOP_WORDS
from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH_STOP_WORDS
from spacy.lang.nl.stop_words import STOP_WORDS as DUTCH_STOP_WORDS

VOCABULARY = yaml.safe_load(
    (Path(__file__).parent / "data" / "clue_words.yaml").read_text(encoding="utf-8")
)
# Words that carry no clue about which incident a post is about, in the three languages together:
# a Dutch post about a German street is not rare near a border.
STOP_WORDS = frozenset(
    word.lower()
    for words in (DUTCH_STOP_WORDS, ENGLISH_STOP_WORDS, GERMAN_STOP_WORDS)
    for word in words
) | frozenset(VOCABULARY["extra_stop_words"])
ATTACHED_STREET_SUFFIXES: dict[str, str] = VOCABULARY["attached_street_suffixes"]
LANGUAGE_STREET_SUFFIXES: dict[str, dict[str, str]] = VOCABULARY["language_street_suffixes"]
# The kinds written as one word with the name: "Vondellaan", not "Vondel Laan".
ATTACHED_KINDS = frozenset(ATTACHED_STREET_SUFFIXES.values()) | {
    kind for suffixes in LANGUAGE_STREET_SUFFIXES.values() for kind in suffixes.values()
}
NOT_STREETS = frozenset(VOCABULARY["not_streets"])
SEPARATE_STREET_WORDS: dict[str, str] = VOCABULARY["separate_street_words"]
CAPITALISED_STREET_WORDS: dict[str, str] = VOCABULARY["capitalised_street_words"]
NOT_STREET_NAMES = frozenset(VOCABULARY["not_street_names"])
_LINE_WORDS = "|".join(sorted(VOCABULARY["line_words"], key=len, reverse=True))

WORD = re.compile(r"\w+", re.UNICODE)
# @mentions name the city's accounts, which every post to them shares; links say nothing.
MENTIONS_AND_LINKS = re.compile(r"@\w+|https?://\S+")
CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-ZÄÖÜ][\w]{3,})")
# A line or route: "tram 4", "lijn 12", "Linie 7", "bus 31", "route 86", "S3", "die 7er",
# "the 42", "42 bus", "Green Line".
LINE_AFTER_WORD = re.compile(
    rf"\b(?:{_LINE_WORDS})\s*(?:nr\.?|no\.?|nummer|number)?\s*(\d{{1,3}}[a-z]?)\b"
)
LINE_BEFORE_WORD = re.compile(r"\b(\d{1,3}[a-z]?)(?:er|\s*(?:bus|tram|bim))\b")
LINE_THE = re.compile(r"\bthe\s+(\d{1,3}[a-z]?)\b(?!\s*(?:min|mins|minutes|hours|%|am|pm))")
LINE_RAIL = re.compile(r"\b([su])\s?-?\s?(\d{1,2})\b")
LINE_NAMED = re.compile(r"\b([a-z]{4,})\s+(?:line|lijn|linie)\b")


@dataclass(frozen=True)
class Clues:
    """A post's clues: street and place names, lines, and the stems of its other words."""

    places: frozenset[str]
    lines: frozenset[str]
    words: frozenset[str]
    names: frozenset[str]  # capitalised words inside a sentence: landmarks, districts, stops

    def text_features(self) -> set[str]:
        """What the likeness of two texts is measured on: the word stems, the names and the
        streets (so that "the lights on the Vondellaan" and "the lights on the
        Catharijnesingel" share only half of what they say)."""
        return (
            set(self.words)
            | {f"n:{name}" for name in self.names}
            | {f"p:{skeleton(place.split('|', 1)[0])}" for place in self.places}
        )


@lru_cache(maxsize=1)
def word_rarity() -> Callable[[str], float]:
    """How rare each text feature is in the posts the project ships (the router's training
    set, in every language): a word every other post has ("light", "Ampel") says less about
    which incident a post is about than a rare one. Inverse document frequency."""
    from departments.routing.training import shipped_training_set

    posts = shipped_training_set()
    frequencies: Counter[str] = Counter()
    for post in posts:
        frequencies.update(clues_of(post.text, post.language).text_features())
    total = len(posts)
    rarities = {
        feature: math.log((total + 1) / (count + 1)) + 1 for feature, count in frequencies.items()
    }
    unseen = math.log(total + 1) + 1
    return lambda feature: rarities.get(feature, unseen)


_WRITTEN_OUT = str.maketrans({"ß": "ss", "ä": "ae", "ö": "oe", "ü": "ue"})


def fold(text: str) -> str:
    """Lower case, umlauts and ß written out as residents without the keys write them, other
    accents dropped."""
    text = text.lower()
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKD", text.translate(_WRITTEN_OUT))
    return "".join(c for c in text if not unicodedata.combining(c))


def _collapse(word: str) -> str:
    # "Vondelaan" and "Vondellaan", "Strasse" and "Strase": doubled letters are the commonest typo.
    return re.sub(r"(.)\1+", r"\1", word)


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A crude stem that inflections of one word share in nl, en and de: "stoplichten" and
    "stoplicht", "flooded" and "flooding", "Ampeln" and "Ampel"."""
    word = _collapse(word)
    for suffix in ("ingen", "ungen", "ing", "ung", "en", "er", "es", "ed", "e", "s", "n"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word[:8]


@lru_cache(maxsize=200_000)
def _attached_street(word: str, language: str) -> str | None:
    if word in NOT_STREETS or len(word) < 6:
        return None
    for suffixes in (ATTACHED_STREET_SUFFIXES, LANGUAGE_STREET_SUFFIXES.get(language, {})):
        for suffix, kind in suffixes.items():
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                return f"{_collapse(word[: -len(suffix)])}|{kind}"
    return None


def clues_of(text: str, language: str) -> Clues:
    text = MENTIONS_AND_LINKS.sub(" ", text)
    folded = fold(text)
    tokens = list(WORD.finditer(folded))
    places: set[str] = set()
    plain: set[str] = set()
    capitalised = {fold(name) for name in CAPITALISED.findall(text)}
    # German capitalises every noun: there a capital says nothing about a name.
    names = set() if language == "de" else capitalised
    for index, token in enumerate(tokens):
        word = token.group()
        if word.isdigit():
            continue
        street = _attached_street(word, language)
        if street:
            places.add(street)
            continue
        previous = tokens[index - 1] if index else None
        # "Oxford Rd", "vondel laan": the name right before, in the same phrase ("no one hurt.
        # Road blocked" names no road).
        if previous is not None and folded[previous.end() : token.start()].strip(" -") == "":
            name = previous.group()
            if (
                name.isalpha()
                and len(name) >= 3
                and name not in STOP_WORDS
                and name not in NOT_STREET_NAMES
            ):
                kind = SEPARATE_STREET_WORDS.get(word)
                if kind is None and word in CAPITALISED_STREET_WORDS and name in capitalised:
                    kind = CAPITALISED_STREET_WORDS[word]
                if kind is not None:
                    places.add(f"{_collapse(name)}|{kind}")
                    plain.discard(stem(name))
                    continue
        if len(word) >= 3 and word not in STOP_WORDS and not word[0].isdigit():
            plain.add(stem(word))
    return Clues(
        places=frozenset(places),
        lines=frozenset(_lines(folded, [token.group() for token in tokens])),
        words=frozenset(plain),
        names=frozenset(
            stem(name)
            for name in names
            # "Street" in "Temple Street" names no place of its own: as a name every post
            # about any street would share it.
            if name not in STOP_WORDS
            and name not in SEPARATE_STREET_WORDS
            and name not in CAPITALISED_STREET_WORDS
            and _attached_street(name, language) is None
        ),
    )


@lru_cache(maxsize=200_000)
def skeleton(name: str) -> str:
    """What spellings of one name share: its first letter and the next consonants. "Catharijne"
    and "Cathrijne", "Paterswoldse" and "Patersw." (and "Patersworldse") agree."""
    rest = re.sub(r"[aeiouy]", "", name[1:])
    return _collapse(name[0] + rest)[:5]


def where_keys(clues: Clues) -> set[str]:
    """Places and names by their skeleton, whatever kind of street: "Oosterhavenbrug" and
    "the bridge at the Oosterhaven" agree on where."""
    keys = {skeleton(place.split("|", 1)[0]) for place in clues.places}
    keys.update(skeleton(name) for name in clues.names)
    return {key for key in keys if len(key) >= 3}


def place_keys(clues: Clues) -> set[str]:
    """Streets by the skeleton of their name and their kind: "Catharijnesingel" and
    "cathrijnesingel" are one street, the Hereweg and the Herebrug are two."""
    keys = set()
    for place in clues.places:
        name, kind = place.split("|", 1)
        keys.add(f"{skeleton(name)}|{kind}")
    return keys


def _lines(folded: str, words: list[str]) -> set[str]:
    lines = set(LINE_AFTER_WORD.findall(folded))
    # A line named as one word: "Uithoflijn", "Ringlinie".
    lines.update(
        word[: -len(suffix)]
        for word in words
        for suffix in ("lijn", "linie")
        if word.endswith(suffix) and len(word) - len(suffix) >= 4
    )
    lines.update(LINE_BEFORE_WORD.findall(folded))
    lines.update(LINE_THE.findall(folded))
    lines.update(f"{kind}{number}" for kind, number in LINE_RAIL.findall(folded))
    lines.update(
        name for name in LINE_NAMED.findall(folded) if name not in STOP_WORDS and name != "the"
    )
    return lines

"""Roughening: what thumbs on a phone do to a text (abbreviations, typos, case, emoji, hashtags,
German without umlauts, Spanish and Greek without accents)."""

from __future__ import annotations

import random
import re
import unicodedata

from training_set.vocabulary import EMOJI_LAUGH, EMOJI_NEGATIVE, LANGUAGES

KEYBOARD_NEIGHBOURS = {
    "a": "sqz",
    "b": "vn",
    "c": "xv",
    "d": "sf",
    "e": "wr",
    "f": "dg",
    "g": "fh",
    "h": "gj",
    "i": "uo",
    "j": "hk",
    "k": "jl",
    "l": "k",
    "m": "n",
    "n": "bm",
    "o": "ip",
    "p": "o",
    "r": "et",
    "s": "ad",
    "t": "ry",
    "u": "yi",
    "v": "cb",
    "w": "qe",
    "y": "tu",
    "z": "x",
}
WORD = re.compile(r"(?<![@#\w])\w{4,}")
GERMAN_FOLD = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
EMOJI_CHARS = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf]")


def typo(rng: random.Random, text: str) -> str:
    words = list(WORD.finditer(text))
    if not words:
        return text
    match = rng.choice(words)
    word = match.group(0)
    i = rng.randrange(1, len(word) - 1)
    operation = rng.choice(["swap", "drop", "double", "neighbour"])
    if operation == "swap":
        word = word[: i - 1] + word[i] + word[i - 1] + word[i + 1 :]
    elif operation == "drop":
        word = word[:i] + word[i + 1 :]
    elif operation == "double":
        word = word[:i] + word[i] + word[i:]
    elif word[i].lower() in KEYBOARD_NEIGHBOURS:
        word = word[:i] + rng.choice(KEYBOARD_NEIGHBOURS[word[i].lower()]) + word[i + 1 :]
    return text[: match.start()] + word + text[match.end() :]


def strip_accents(text: str, keep: str = "") -> str:
    out = []
    for char in text:
        if char in keep:
            out.append(char)
            continue
        decomposed = unicodedata.normalize("NFD", char)
        out.append(
            unicodedata.normalize(
                "NFC",
                "".join(
                    c
                    for c in decomposed
                    if not (
                        unicodedata.category(c) == "Mn"
                        and c not in "\u0308"  # keep Greek dialytika
                    )
                ),
            )
            if len(decomposed) > 1
            else char
        )
    return "".join(out)


def roughen(rng: random.Random, text: str, lang: str, level: int) -> str:
    table = LANGUAGES[lang]
    if level == 0:
        if rng.random() < 0.06:
            text = typo(rng, text)
    else:
        share = 0.12 if level == 1 else 0.3
        for pattern, options in table["abbreviations"]:
            if rng.random() < share and re.search(pattern, text, flags=re.IGNORECASE):
                text = re.sub(
                    pattern,
                    lambda m, options=options: (
                        rng.choice(options) if rng.random() < 0.7 else m.group(0)
                    ),
                    text,
                    flags=re.IGNORECASE,
                )
        text = re.sub(r"(?<!\.)\.\.(?!\.)", ".", text)  # "str." at the end of a sentence
        typos = rng.choices([0, 1, 2, 3], weights=[80, 17, 3, 0] if level == 1 else [66, 26, 7, 1])
        for _ in range(typos[0]):
            text = typo(rng, text)
        if rng.random() < (0.1 if level == 1 else 0.3):
            text = text.lower()
        if text[-1:] in ".!" and rng.random() < (0.3 if level == 1 else 0.5):
            text = text.rstrip(".!")
        if level == 2:
            if rng.random() < 0.15:
                text = text.replace(",", "")
            if rng.random() < 0.06:
                text = text.rstrip(".") + rng.choice(["!!", "!!!", "?!", "!!1"])
            if rng.random() < 0.04 and len(text) < 120:
                text = text.upper()
            if not EMOJI_CHARS.search(text) and rng.random() < 0.2:
                text = f"{text} {rng.choice(EMOJI_NEGATIVE + EMOJI_LAUGH)}"
        if rng.random() < (0.05 if level == 1 else 0.12):
            tags = table["hashtags"]
            text = f"{text} {rng.choice(tags['city'] + tags['generic'])}"
    if lang == "de":
        roll = rng.random()
        if roll < 0.15:
            text = "".join(GERMAN_FOLD.get(char, char) for char in text)
        elif roll < 0.2:
            text = strip_accents(text, keep="ß")
    elif lang == "es" and rng.random() < 0.3:
        text = strip_accents(text, keep="ñÑ")
    elif (lang == "el" and rng.random() < 0.35) or (lang == "nl" and rng.random() < 0.05):
        text = strip_accents(text)
    return text.strip()

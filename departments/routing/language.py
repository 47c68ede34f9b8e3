"""Which language a post is in: the platform's word when it gives one we support, otherwise an
offline detector restricted to the city's languages."""

from __future__ import annotations

from functools import cache

SUPPORTED = ("nl", "en", "de", "es", "el")
# Below this the detector's best guess is not trusted: the post gets the multilingual rules.
MIN_CONFIDENCE = 0.5


@cache
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    languages = [
        Language.DUTCH,
        Language.ENGLISH,
        Language.GERMAN,
        Language.SPANISH,
        Language.GREEK,
    ]
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()


def language_of(text: str, *, hint: str = "") -> str:
    """An ISO 639-1 code from SUPPORTED, or "" when unknown."""
    hint = (hint or "").lower()[:2]
    if hint in SUPPORTED:
        return hint
    if not text.strip():
        return ""
    best = _detector().compute_language_confidence_values(text)
    if not best or best[0].value < MIN_CONFIDENCE:
        return ""
    return best[0].language.iso_code_639_1.name.lower()

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

    # Languages we do not route in are detected too (common among residents and tourists), so
    # that a Turkish or Polish post is marked unknown instead of being taken for whichever
    # supported language it resembles most.
    routed = [Language.DUTCH, Language.ENGLISH, Language.GERMAN, Language.SPANISH, Language.GREEK]
    others = [
        Language.FRENCH,
        Language.ITALIAN,
        Language.PORTUGUESE,
        Language.TURKISH,
        Language.POLISH,
        Language.ARABIC,
    ]
    languages = routed + others
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
    code = best[0].language.iso_code_639_1.name.lower()
    return code if code in SUPPORTED else ""

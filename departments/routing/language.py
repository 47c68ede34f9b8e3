"""Which language a post is in: the platform's word when it gives one we support, otherwise a
cheap first pass over the post's script and function words, and an offline detector restricted
to the city's languages when that first pass is not sure.

The first pass exists for speed (the detector costs 50-125 us a post, more than the rest of
routing): it only answers when the evidence is plain, e.g. "de", "het", "niet" and "een" in a
post with no German or English function word; anything mixed, short or unusual goes to lingua.
"""

# ruff: noqa: RUF001 - function words and punctuation of other alphabets, on purpose

from __future__ import annotations

import re
from functools import cache

SUPPORTED = ("nl", "en", "de", "es", "el")
# Below this the detector's best guess is not trusted: the post gets the multilingual rules.
MIN_CONFIDENCE = 0.5

# Frequent function words, per language; a word common to several languages is in each of their
# lists, so it adds to none's lead. The languages we do not route in are here so that a French or
# Turkish post never looks like a plain Spanish or Dutch one; they always go to the detector.
FUNCTION_WORDS = {
    "nl": """de het een en van is dat niet op te zijn met voor er maar om ook als bij nog wel al
        naar dan uit wat door wordt werd hier geen nu deze die was kan zo hoe waarom weer heel
        jullie we wij ik je jij mijn onze ons ze zij hun over tot na gaat staat sinds toch graag
        bedankt alweer even echt al weet waar wanneer wie welke iemand niemand iets niets moet
        kunnen worden hebben heeft heb ben zijn bent mag zou zouden dit daar nou of gewoon""",
    "en": """the a an and of to is in it that for on with this at be are was not but have has no
        by from or they we you i my our your there here been again still why when what who how
        can will just it's don't isn't its all any please thanks been were would could should
        does did doesn't didn't can't won't im i'm there's that's their them he she his her
        into out about very too so because if than then now today""",
    "de": """der die das und ist nicht ein eine einen einem dem den des mit auf für von zu im am
        es ich wir sie ihr auch noch schon seit wieder bitte danke kein keine wird wurde hier bei
        nach aus wie warum was sind hat haben oder aber doch nur mal immer gibt wer wo wann
        werden kann können muss müssen man mich mir uns euch sich dass zum zur vom beim jetzt
        heute gestern seit endlich echt""",
    "es": """el la los las de y que en un una es por para con no se del al lo como más pero su
        está están hay muy ya otra vez desde hace gracias favor porque qué también nos mi me
        le les sin hoy ayer cuando donde dónde todo todos esta este esto otro son fue ser""",
    "fr": """le la les de des et est un une du en que qui pas pour sur dans ce il elle nous vous
        je au aux avec ne plus c'est très merci mais ou où sont été cette ces mon ma mes""",
    "it": """il lo la gli le di e è un una che per con non del della sono ma come anche ancora
        grazie questo questa nel nella alla dei delle perché""",
    "pt": """o a os as de e é um uma que do da em não por para com mais mas muito obrigado
        está são na no dos das pelo pela""",
    "tr": """ve bir bu da de için ile ne çok değil var yok mi mı ama gibi daha ben sen biz
        siz onlar şu""",
    "pl": """i w z na nie jest się do to że co jak ale po od tak już czy dla jest są""",
}
_WORD_LANGUAGES: dict[str, tuple[str, ...]] = {}
for _lang, _words in FUNCTION_WORDS.items():
    for _word in _words.split():
        _WORD_LANGUAGES[_word] = (*_WORD_LANGUAGES.get(_word, ()), _lang)

_GREEK = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")
_OTHER_SCRIPTS = re.compile(r"[\u0400-\u04ff\u0590-\u08ff\u0900-\u0dff\u3040-\u9fff\uac00-\ud7af]")
# Stripped from both ends of a whitespace-separated word before it is looked up.
_PUNCTUATION = ".,;:!?¡¿()[]{}\"'“”‘’«»…-–—/*#@&+=<>|~^%$€0123456789"
# How plain the evidence must be for the first pass to answer.
MIN_FUNCTION_WORDS = 3
MIN_LEAD = 2


def quick_language(text: str) -> str | None:
    """A supported language when the post's script or function words leave no doubt; None
    when the detector must decide."""
    if not text.isascii():
        if _GREEK.search(text):
            # Greek script is only Greek; a post mostly in it is Greek.
            greek = len(_GREEK.findall(text))
            letters = sum(char.isalpha() for char in text)
            return "el" if greek * 2 > letters else None
        if _OTHER_SCRIPTS.search(text):
            return None
    counts: dict[str, int] = {}
    languages_of = _WORD_LANGUAGES.get
    for word in text.lower().split():
        languages = languages_of(word) or languages_of(word.strip(_PUNCTUATION))
        if languages:
            for lang in languages:
                counts[lang] = counts.get(lang, 0) + 1
    if not counts:
        return None
    ranked = sorted(counts.values(), reverse=True)
    best = max(counts, key=counts.__getitem__)
    hits = ranked[0]
    runner_up = ranked[1] if len(ranked) > 1 else 0
    if best in SUPPORTED and hits >= MIN_FUNCTION_WORDS and hits - runner_up >= MIN_LEAD:
        return best
    return None


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
    # Loaded now (0.1 s, 20 MB): lingua otherwise loads a language's model inside the first
    # call that needs it, which made the first posts of a worker wait for it.
    return (
        LanguageDetectorBuilder.from_languages(*languages)
        .with_low_accuracy_mode()
        .with_preloaded_language_models()
        .build()
    )


def load_detector() -> None:
    """Loads the detector and its models, so that no post waits for them."""
    _detector()


def detected_language(text: str) -> str:
    """The detector's answer alone (no first pass): a code from SUPPORTED or ""."""
    if not text.strip():
        return ""
    best = _detector().compute_language_confidence_values(text)
    if not best or best[0].value < MIN_CONFIDENCE:
        return ""
    code = best[0].language.iso_code_639_1.name.lower()
    return code if code in SUPPORTED else ""


def language_of(text: str, *, hint: str = "") -> str:
    """An ISO 639-1 code from SUPPORTED, or "" when unknown."""
    hint = (hint or "").lower()[:2]
    if hint in SUPPORTED:
        return hint
    if not text.strip():
        return ""
    return quick_language(text) or detected_language(text)

"""spaCy pipelines, one per language, built from spacy.blank: tokenizer, lookup lemmatizer where
spacy-lookups-data has a table, and the department classifier (features.py)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy
import spacy
from spacy.attrs import LEMMA
from spacy.language import Language
from spacy.tokens import Doc, Span

from departments.routing import features  # also registers the classifier architecture
from departments.routing.language import SUPPORTED

# "xx" is the multilingual pipeline for posts whose language is unknown.
PIPELINE_LANGUAGES = (*SUPPORTED, "xx")
LEMMA_LANGUAGES = ("nl", "en", "de", "es")  # Greek has no lookup table
# The model's classes. The last is not a department: it means "none of the departments", so the
# post stays in the central office's triage (whichever department has Department.is_central);
# the shipped training set calls it by the demo city's slug.
TRIAGE_LABEL = "communication"
DEPARTMENT_LABELS = ("traffic", "public-works", "transit", TRIAGE_LABEL)

CLASSIFIER_CONFIG = {
    "model": {"@architectures": "smartgov.RoutingFeatures.v2", "exclusive_classes": True},
}

# Street and place names: a word with a typical street suffix, or a capitalised name next to a
# street word. Plain string tests: regular-expression token patterns cost more than the rest of
# routing together (bench/classify.py).
STREET_SUFFIXES = (
    "straat",
    "weg",
    "laan",
    "plein",
    "kade",
    "gracht",
    "singel",
    "dijk",
    "markt",
    "steeg",
    "dreef",
    "hof",
    "brug",
    "straße",
    "strasse",
    "gasse",
    "platz",
    "allee",
    "ufer",
    "ring",
    "damm",
    "chaussee",
)
STREET_WORDS_AFTER = frozenset({"street", "st", "road", "rd", "avenue", "ave", "lane", "square"})
STREET_WORDS_BEFORE = frozenset(
    {"calle", "avenida", "plaza", "paseo", "οδός", "οδό", "λεωφόρος", "πλατεία"}
)


@Language.factory("city_entities", default_config={"account_handles": []})
def make_city_entities(nlp: Language, name: str, account_handles: list[str]):
    return CityEntities(account_handles)


# What a word can start in CityEntities, decided once per distinct word (ORTH).
PLAIN, _HANDLE, _STREET_WORD, _STREET_AFTER, _STREET_BEFORE = range(5)  # PLAIN: starts none


class CityEntities:
    """Marks STREET names and @mentions of the city's own accounts (CITY_ACCOUNT)."""

    def __init__(self, account_handles: list[str]):
        self.handles = {"@" + handle.lower() for handle in account_handles}
        # orth -> (kind, is_title): a post's words are looked up, not re-examined.
        self._kinds: dict[int, tuple[int, bool]] = {}

    def _kind(self, doc: Doc, index: int, orth: int) -> tuple[int, bool]:
        if len(self._kinds) > features.CACHE_LIMIT:
            self._kinds.clear()
        token = doc[index]
        lower = token.lower_
        if lower in self.handles:
            kind = _HANDLE
        elif len(lower) >= 6 and token.is_alpha and lower.endswith(STREET_SUFFIXES):
            kind = _STREET_WORD
        elif lower in STREET_WORDS_AFTER:
            kind = _STREET_AFTER
        elif lower in STREET_WORDS_BEFORE:
            kind = _STREET_BEFORE
        else:
            kind = PLAIN
        self._kinds[orth] = entry = (kind, token.is_title)
        return entry

    def kind_of(self, doc: Doc, index: int, orth: int) -> tuple[int, bool]:
        """What the word can start (one of the kinds above) and whether it is capitalised."""
        return self._kinds.get(orth) or self._kind(doc, index, orth)

    def __call__(self, doc: Doc) -> Doc:
        kinds = self._kinds
        orths = features.doc_orths(doc)
        looked_up = [kinds.get(orth) or self._kind(doc, i, orth) for i, orth in enumerate(orths)]
        word_kinds = [kind for kind, _ in looked_up]
        titles = [is_title for _, is_title in looked_up]
        spans = [
            Span(doc, start, end, label=label)
            for label, start, end in entity_spans(word_kinds, titles)
        ]
        if spans:
            doc.ents = spans
        return doc


def entity_spans(
    kinds: Sequence[int], titles: Sequence[bool], marked: Iterable[int] | None = None
) -> list[tuple[str, int, int]]:
    """(label, start, end) of the entities of a post, from the kind of each of its words and
    whether it is capitalised: in order and without overlaps, as Doc.ents holds them. `marked`:
    the positions of the words that are not PLAIN, in order, when the caller knows them."""
    spans: list[tuple[str, int, int]] = []
    previous_end = -1
    last = len(kinds) - 1
    for i in range(len(kinds)) if marked is None else marked:
        kind = kinds[i]
        if kind == PLAIN or i <= previous_end:
            continue
        span = None
        if kind == _HANDLE:
            span = ("CITY_ACCOUNT", i, i + 1)
        elif kind == _STREET_WORD:
            span = ("STREET", i, i + 1)
        elif kind == _STREET_AFTER and i > 0 and titles[i - 1]:
            span = ("STREET", i - 1, i + 1)
        elif kind == _STREET_BEFORE and i < last and titles[i + 1]:
            span = ("STREET", i, i + 2)
        if span is not None and (not spans or span[1] >= spans[-1][2]):
            spans.append(span)
            previous_end = span[2] - 1
    return spans


@Language.factory("cached_lemmatizer")
def make_cached_lemmatizer(nlp: Language, name: str):
    return CachedLemmatizer()


class CachedLemmatizer:
    """spaCy's lookup lemmatizer, asked once per distinct word. In lookup mode a lemma depends
    only on the word's text, so the answer for an ORTH is kept; the per-token loop of the
    original cost as much as the classifier. See cache_lemmas()."""

    def __init__(self):
        self.lemmatizer = None  # the spaCy Lemmatizer (and its lookup tables) it wraps
        self._lemmas: dict[int, int] = {}

    def __call__(self, doc: Doc) -> Doc:
        lemmas = self._lemmas
        orths = features.doc_orths(doc)
        ids = [lemmas.get(orth) or self._lemma(doc, i, orth) for i, orth in enumerate(orths)]
        if ids:
            doc.from_array([LEMMA], numpy.asarray(ids, dtype="uint64").reshape(-1, 1))
        doc.user_data[features.LEMMAS_KEY] = ids
        return doc

    def lemma_id(self, doc: Doc, index: int, orth: int) -> int:
        """The id of the lemma of the word at `index` of `doc`, whose ORTH is `orth`."""
        return self._lemmas.get(orth) or self._lemma(doc, index, orth)

    def _lemma(self, doc: Doc, index: int, orth: int) -> int:
        if len(self._lemmas) > features.CACHE_LIMIT:
            self._lemmas.clear()
        lemma = self.lemmatizer.lemmatize(doc[index])[0]
        self._lemmas[orth] = lemma_id = doc.vocab.strings.add(lemma)
        return lemma_id


def cache_lemmas(nlp: Language) -> Language:
    """Swaps a lookup-mode lemmatizer for CachedLemmatizer around the same tables (at load time
    only: saved pipelines keep spaCy's own component)."""
    if "lemmatizer" not in nlp.pipe_names:
        return nlp
    lemmatizer = nlp.get_pipe("lemmatizer")
    if getattr(lemmatizer, "mode", None) != "lookup":
        return nlp
    cached = nlp.replace_pipe("lemmatizer", "cached_lemmatizer")
    cached.lemmatizer = lemmatizer
    return nlp


def blank_pipeline(lang: str) -> Language:
    """Tokenizer and lemmatizer: what the rules need (the classifier is added for training)."""
    nlp = spacy.blank(lang)
    if lang in LEMMA_LANGUAGES:
        # Loads the lookup table from spacy-lookups-data now; it is saved with the pipeline.
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"}).initialize()
    return nlp


def trainable_pipeline(lang: str) -> Language:
    nlp = blank_pipeline(lang)
    classifier = nlp.add_pipe("textcat", config=CLASSIFIER_CONFIG)
    for label in DEPARTMENT_LABELS:
        classifier.add_label(label)
    return nlp


def add_entity_rules(nlp: Language, *, account_handles: list[str]) -> None:
    """Streets and places, and @mentions of the city's own accounts, as entities. Added after
    loading because the accounts live in the database, not in the model."""
    if "city_entities" in nlp.pipe_names:
        nlp.remove_pipe("city_entities")
    nlp.add_pipe(
        "city_entities",
        config={"account_handles": account_handles},
        before="textcat" if "textcat" in nlp.pipe_names else None,
    )

"""spaCy pipelines, one per language, built from spacy.blank: tokenizer, lookup lemmatizer where
spacy-lookups-data has a table, and the department classifier (features.py)."""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from departments.routing import features  # noqa: F401 - registers the classifier architecture
from departments.routing.language import SUPPORTED

# "xx" is the multilingual pipeline for posts whose language is unknown.
PIPELINE_LANGUAGES = (*SUPPORTED, "xx")
LEMMA_LANGUAGES = ("nl", "en", "de", "es")  # Greek has no lookup table
DEPARTMENT_LABELS = ("traffic", "public-works", "transit", "communication")

CLASSIFIER_CONFIG = {
    "model": {"@architectures": "smartgov.RoutingFeatures.v1", "exclusive_classes": True},
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


class CityEntities:
    """Marks STREET names and @mentions of the city's own accounts (CITY_ACCOUNT)."""

    def __init__(self, account_handles: list[str]):
        self.handles = {"@" + handle.lower() for handle in account_handles}

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        previous_end = -1
        for token in doc:
            if token.i <= previous_end:
                continue
            lower = token.lower_
            span = None
            if lower in self.handles:
                span = Span(doc, token.i, token.i + 1, label="CITY_ACCOUNT")
            elif len(lower) >= 6 and token.is_alpha and lower.endswith(STREET_SUFFIXES):
                span = Span(doc, token.i, token.i + 1, label="STREET")
            elif lower in STREET_WORDS_AFTER and token.i > 0 and doc[token.i - 1].is_title:
                span = Span(doc, token.i - 1, token.i + 1, label="STREET")
            elif (
                lower in STREET_WORDS_BEFORE
                and token.i + 1 < len(doc)
                and doc[token.i + 1].is_title
            ):
                span = Span(doc, token.i, token.i + 2, label="STREET")
            if span is not None and (not spans or span.start >= spans[-1].end):
                spans.append(span)
                previous_end = span.end - 1
        doc.ents = spans
        return doc


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

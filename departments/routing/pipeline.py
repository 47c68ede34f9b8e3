"""spaCy pipelines, one per language, built from spacy.blank: tokenizer, lookup lemmatizer where
spacy-lookups-data has a table, and the department classifier (features.py)."""

from __future__ import annotations

import spacy
from spacy.language import Language

from departments.routing import features  # noqa: F401 - registers the classifier architecture
from departments.routing.language import SUPPORTED

# "xx" is the multilingual pipeline for posts whose language is unknown.
PIPELINE_LANGUAGES = (*SUPPORTED, "xx")
LEMMA_LANGUAGES = ("nl", "en", "de", "es")  # Greek has no lookup table
DEPARTMENT_LABELS = ("traffic", "public-works", "transit", "communication")

CLASSIFIER_CONFIG = {
    "model": {"@architectures": "smartgov.RoutingFeatures.v1", "exclusive_classes": True},
}

# Street and place names: a word with a typical suffix, or a name next to a street word.
STREET_PATTERNS = (
    [
        {"label": "STREET", "pattern": [{"LOWER": {"REGEX": suffixes}, "LENGTH": {">=": 6}}]}
        for suffixes in (
            r"(straat|weg|laan|plein|kade|gracht|singel|dijk|markt|steeg|dreef|hof|brug)$",
            r"(straße|strasse|gasse|platz|allee|ufer|ring|damm|chaussee)$",
        )
    ]
    + [
        {"label": "STREET", "pattern": [{"IS_TITLE": True}, {"LOWER": {"IN": words}}]}
        for words in (["street", "st", "road", "rd", "avenue", "ave", "lane", "square"],)
    ]
    + [
        {"label": "STREET", "pattern": [{"LOWER": {"IN": words}}, {"IS_TITLE": True}]}
        for words in (["calle", "avenida", "plaza", "paseo", "οδός", "οδό", "λεωφόρος", "πλατεία"],)
    ]
)


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
    if "entity_ruler" in nlp.pipe_names:
        nlp.remove_pipe("entity_ruler")
    ruler = nlp.add_pipe("entity_ruler", before="textcat" if "textcat" in nlp.pipe_names else None)
    patterns = list(STREET_PATTERNS)
    patterns += [
        {"label": "CITY_ACCOUNT", "pattern": [{"LOWER": "@" + handle.lower()}], "id": handle}
        for handle in account_handles
    ]
    ruler.add_patterns(patterns)

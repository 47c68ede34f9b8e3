"""The text classifier's features: words, lemmas, word pairs and character 4-grams.

spaCy's bag-of-words classifier keys on exact token text, which real posts defeat with capitals,
typos and compounds ("Lantarenpaal", "stoplict", "Strassenlaterne"). Character 4-grams of the
lower-cased words keep most of the signal of a misspelt or compounded word, at the speed of a
linear model. Hashes come from spaCy's string hashing, so they are the same in every process.

Speed: everything but the word pairs depends only on the word's text (its ORTH) and its lemma,
so each distinct word is hashed once per pipeline and then looked up; the features of a post are
built from the Doc's arrays, without creating a Token object per word (that alone cost more than
the rest of routing). `doc_features` is the plain definition; `fast_doc_features` must return the
same list, which the tests check.
"""

from __future__ import annotations

import numpy
from spacy.attrs import LEMMA, ORTH
from spacy.strings import hash_string
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import Model, SparseLinear_v2, chain, softmax_activation

CHAR_GRAM = 4
# Per-pipeline caches are dropped when they grow past this many words (a worker runs for weeks).
CACHE_LIMIT = 200_000
# Doc.user_data keys under which components of one pipeline share the word and lemma ids.
ORTHS_KEY = "smartgov.orths"
LEMMAS_KEY = "smartgov.lemmas"


def doc_features(doc: Doc) -> list[int]:
    features = []
    previous = "<s>"
    for token in doc:
        if token.is_space or token.is_punct:
            continue
        lower = token.lower_
        features.append(hash_string("w=" + lower))
        lemma = token.lemma_.lower() if token.lemma_ else ""
        if lemma and lemma != lower:
            features.append(hash_string("l=" + lemma))
        features.append(pair_hash(previous, lower))
        previous = lower
        if len(lower) >= CHAR_GRAM and not token.like_url and not token.like_num:
            features.extend(char_gram_hashes(lower))
    return features


def char_gram_hashes(lower: str) -> list[int]:
    """The character grams of a lower-cased word, padded with "<" and ">" so that a word's
    start and end (a compound's head: "laterne" in "strassenlaterne") are grams of their own."""
    padded = f"<{lower}>"
    return [
        hash_string("c=" + padded[i : i + CHAR_GRAM]) for i in range(len(padded) - CHAR_GRAM + 1)
    ]


def pair_hash(previous: str, lower: str) -> int:
    """The feature of two kept words in a row (lower-cased; "<s>" before the first)."""
    return hash_string(f"b={previous}|{lower}")


def doc_orths(doc: Doc) -> list[int]:
    """The ORTH id of every token, computed once per Doc for all components."""
    orths = doc.user_data.get(ORTHS_KEY)
    if orths is None or len(orths) != len(doc):
        orths = doc.to_array(ORTH).tolist()
        doc.user_data[ORTHS_KEY] = orths
    return orths


def doc_lemmas(doc: Doc) -> list[int]:
    """The LEMMA id of every token (0 without a lemmatizer), as set by the lemmatizer."""
    lemmas = doc.user_data.get(LEMMAS_KEY)
    if lemmas is None or len(lemmas) != len(doc):
        lemmas = doc.to_array(LEMMA).tolist()
    return lemmas


class WordCache:
    """Per vocabulary (one pipeline): ORTH -> the word's own features, LEMMA -> the lemma's."""

    def __init__(self):
        # orth -> None (skipped: space or punctuation) or (lower, lower id, w-hash, char-grams)
        self.words: dict[int, tuple | None] = {}
        # lemma id -> (lower-cased lemma id, l-hash)
        self.lemmas: dict[int, tuple[int, int]] = {}
        self.pairs: dict[tuple[int, int], int] = {}

    def word(self, doc: Doc, index: int, orth: int):
        if len(self.words) > CACHE_LIMIT:
            self.words.clear()
        token = doc[index]
        if token.is_space or token.is_punct:
            entry = None
        else:
            lower = token.lower_
            grams: tuple[int, ...] = ()
            if len(lower) >= CHAR_GRAM and not token.like_url and not token.like_num:
                grams = tuple(char_gram_hashes(lower))
            entry = (lower, hash_string(lower), hash_string("w=" + lower), grams)
        self.words[orth] = entry
        return entry

    def lemma(self, doc: Doc, lemma_id: int) -> tuple[int, int]:
        if len(self.lemmas) > CACHE_LIMIT:
            self.lemmas.clear()
        lemma = doc.vocab.strings[lemma_id].lower()
        entry = (hash_string(lemma), hash_string("l=" + lemma)) if lemma else (0, 0)
        self.lemmas[lemma_id] = entry
        return entry

    def pair(self, previous: str, previous_id: int, lower: str, lower_id: int) -> int:
        if len(self.pairs) > CACHE_LIMIT:
            self.pairs.clear()
        value = self.pairs[(previous_id, lower_id)] = pair_hash(previous, lower)
        return value


_caches: dict[int, tuple[object, WordCache]] = {}
START_ID = 0  # stands for "<s>": no real word has the id 0


def _cache_for(doc: Doc) -> WordCache:
    return cache_for_vocab(doc.vocab)


def cache_for_vocab(vocab) -> WordCache:
    held = _caches.get(id(vocab))
    if held is None or held[0] is not vocab:
        if len(_caches) >= 32:  # a process builds a new router after each training
            _caches.pop(next(iter(_caches)))
        held = _caches[id(vocab)] = (vocab, WordCache())
    return held[1]


def fast_doc_features(doc: Doc) -> list[int]:
    """The same features as doc_features, from cached per-word hashes."""
    cache = _cache_for(doc)
    words, lemmas_cache, pairs = cache.words, cache.lemmas, cache.pairs
    features: list[int] = []
    append, extend = features.append, features.extend
    previous, previous_id = "<s>", START_ID
    orths = doc_orths(doc)
    lemma_ids = doc_lemmas(doc)
    for index, orth in enumerate(orths):
        entry = words.get(orth, False)
        if entry is False:
            entry = cache.word(doc, index, orth)
        if entry is None:
            continue
        lower, lower_id, word_hash, grams = entry
        append(word_hash)
        lemma_id = lemma_ids[index]
        if lemma_id:
            lemma = lemmas_cache.get(lemma_id) or cache.lemma(doc, lemma_id)
            if lemma[0] and lemma[0] != lower_id:
                append(lemma[1])
        pair = pairs.get((previous_id, lower_id))
        append(pair if pair is not None else cache.pair(previous, previous_id, lower, lower_id))
        previous, previous_id = lower, lower_id
        if grams:
            extend(grams)
    return features


def feature_values(model: Model, counts: numpy.ndarray) -> numpy.ndarray:
    """The value each feature of a post enters the linear layer with: 1 (v1), or the layer's
    scale over the square root of the post's number of features (v2), so that a long report
    full of everyday words is not more certain than a three-word title: the sum of many small
    weights no longer drowns the few words that name the problem, and confidences stay
    comparable between a title and a long e-mail."""
    scale = model.attrs.get("feature_scale")
    if not scale:
        return numpy.ones(len(counts))
    return scale / numpy.sqrt(numpy.maximum(counts, 1))


def _extract_forward(model: Model, docs: list[Doc], is_train: bool):
    lengths = []
    keys: list[int] = []
    for doc in docs:
        features = fast_doc_features(doc)
        keys.extend(features)
        lengths.append(len(features))
    key_array = numpy.asarray(keys, dtype="uint64")
    values = numpy.repeat(feature_values(model, numpy.asarray(lengths)), lengths).astype("float32")
    return (key_array, values, model.ops.asarray1i(lengths)), lambda d_features: []


@registry.architectures("smartgov.RoutingFeatures.v1")
def build_routing_classifier(exclusive_classes: bool = True, length: int = 2**18) -> Model:
    """Hashed sparse features into a linear layer and a softmax over the departments."""
    extract = Model("routing_features", _extract_forward)
    model = chain(extract, SparseLinear_v2(length=length), softmax_activation())
    model.attrs["multi_label"] = not exclusive_classes
    return model


@registry.architectures("smartgov.RoutingFeatures.v2")
def build_scaled_routing_classifier(
    exclusive_classes: bool = True, length: int = 2**18, feature_scale: float = 6.0
) -> Model:
    """v1 with each post's features scaled by feature_scale / sqrt(number of features)."""
    model = build_routing_classifier(exclusive_classes=exclusive_classes, length=length)
    model.layers[0].attrs["feature_scale"] = feature_scale
    return model

"""The text classifier's features: words, lemmas, word pairs and character 4-grams.

spaCy's bag-of-words classifier keys on exact token text, which real posts defeat with capitals,
typos and compounds ("Lantarenpaal", "stoplict", "Strassenlaterne"). Character 4-grams of the
lower-cased words keep most of the signal of a misspelt or compounded word, at the speed of a
linear model. Hashes come from spaCy's string hashing, so they are the same in every process.
"""

from __future__ import annotations

import numpy
from spacy.strings import hash_string
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import Model, SparseLinear_v2, chain, softmax_activation

CHAR_GRAM = 4


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
        features.append(hash_string(f"b={previous}|{lower}"))
        previous = lower
        if len(lower) >= CHAR_GRAM and not token.like_url and not token.like_num:
            padded = f"<{lower}>"
            features.extend(
                hash_string("c=" + padded[i : i + CHAR_GRAM])
                for i in range(len(padded) - CHAR_GRAM + 1)
            )
    return features


def _extract_forward(model: Model, docs: list[Doc], is_train: bool):
    lengths = []
    keys: list[int] = []
    for doc in docs:
        features = doc_features(doc)
        keys.extend(features)
        lengths.append(len(features))
    key_array = numpy.asarray(keys, dtype="uint64")
    values = model.ops.alloc1f(len(keys)) + 1.0
    return (key_array, values, model.ops.asarray1i(lengths)), lambda d_features: []


@registry.architectures("smartgov.RoutingFeatures.v1")
def build_routing_classifier(exclusive_classes: bool = True, length: int = 2**18) -> Model:
    """Hashed sparse features into a linear layer and a softmax over the departments."""
    extract = Model("routing_features", _extract_forward)
    model = chain(extract, SparseLinear_v2(length=length), softmax_activation())
    model.attrs["multi_label"] = not exclusive_classes
    return model

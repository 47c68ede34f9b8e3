"""The department classifier at routing time: the trained textcat's linear layer and softmax,
applied word by word instead of feature by feature.

The model (features.build_routing_classifier) is a hashed sparse linear layer: a post's scores
are the bias plus, for every feature of the post, two columns of weights picked by hashing the
feature. A word's own features (its text, its lemma, its character grams) are the same in every
post, so their weights are added up once per distinct word (WordTable keeps the sums) and a post
costs one addition per word and per word pair instead of a hash and a lookup per feature. The
sums are added in another order than thinc adds them, so scores agree with TextCategorizer to
float precision (tests compare the two)."""

from __future__ import annotations

import numpy

from departments.routing import features
from departments.routing.pipeline import DEPARTMENT_LABELS

_C1, _C2 = numpy.uint32(0xCC9E2D51), numpy.uint32(0x1B873593)


def _rotate_left(value: numpy.ndarray, bits: int) -> numpy.ndarray:
    return (value << numpy.uint32(bits)) | (value >> numpy.uint32(32 - bits))


def murmur3_32(keys: numpy.ndarray, seed: int) -> numpy.ndarray:
    """MurmurHash3 (x86, 32 bits) of each 64-bit key (uint64), as thinc's SparseLinear hashes
    its keys (thinc/layers/sparselinear.pyx: MurmurHash3_x86_32_uint64)."""
    if keys.dtype != numpy.uint64:
        raise TypeError(f"feature keys are uint64, not {keys.dtype}")
    with numpy.errstate(over="ignore"):
        hashed = numpy.full(len(keys), seed, dtype=numpy.uint32)
        for half in (keys & numpy.uint64(0xFFFFFFFF), keys >> numpy.uint64(32)):
            block = half.astype(numpy.uint32) * _C1
            block = _rotate_left(block, 15) * _C2
            hashed ^= block
            hashed = _rotate_left(hashed, 13) * numpy.uint32(5) + numpy.uint32(0xE6546B64)
        hashed ^= numpy.uint32(8)
        hashed ^= hashed >> numpy.uint32(16)
        hashed *= numpy.uint32(0x85EBCA6B)
        hashed ^= hashed >> numpy.uint32(13)
        hashed *= numpy.uint32(0xC2B2AE35)
        hashed ^= hashed >> numpy.uint32(16)
    return hashed


class Classifier:
    """One pipeline's trained textcat: weights summed per group of features (a word, a word
    pair), and scores per department for posts given as sums of those."""

    LAYERS = ("routing_features", "sparse_linear", "softmax_activation")

    def __init__(self, textcat):
        model = textcat.model
        if tuple(layer.name for layer in model.layers) != self.LAYERS:
            raise ValueError(f"unexpected classifier layers: {model.name}")
        self._features = model.layers[0]
        linear = model.layers[1]
        if linear.attrs.get("v1_indexing"):
            raise ValueError("the classifier was trained with thinc's old SparseLinear indexing")
        self.length = linear.get_dim("length")
        # W holds, for each output, `length` weights one after the other.
        self.weights = numpy.asarray(linear.get_param("W")).reshape(-1, self.length)
        self.bias = numpy.asarray(linear.get_param("b"), dtype=numpy.float64)
        self.labels = tuple(textcat.labels)
        self.outputs = len(self.labels)
        self._department_columns = [
            self.labels.index(label) if label in self.labels else None
            for label in DEPARTMENT_LABELS
        ]

    def summed_weights(self, keys: numpy.ndarray, group_lengths: numpy.ndarray) -> numpy.ndarray:
        """For consecutive groups of feature keys (`group_lengths` of them each), the sum of
        each group's weights: one row per group, one column per label."""
        groups = len(group_lengths)
        if not len(keys):
            return numpy.zeros((groups, self.outputs))
        length = numpy.uint32(self.length)
        first = murmur3_32(keys, 0) % length
        second = murmur3_32(keys, 1) % length
        per_key = self.weights[:, first] + self.weights[:, second]  # labels x keys
        group_of_key = numpy.repeat(numpy.arange(groups), group_lengths)
        sums = numpy.empty((groups, self.outputs))
        for column in range(self.outputs):
            sums[:, column] = numpy.bincount(
                group_of_key, weights=per_key[column], minlength=groups
            )
        return sums

    def probabilities(
        self, sums: numpy.ndarray, feature_counts: numpy.ndarray, *, any_tokens: bool
    ) -> numpy.ndarray:
        """Softmax of bias plus the posts' summed weights, each post's scaled by the value its
        features enter the layer with (features.feature_values, from its number of features):
        posts x labels, in `labels` order. A batch without a single token scores 0 everywhere,
        as TextCategorizer.predict does."""
        if not any_tokens:
            return numpy.zeros((len(sums), self.outputs))
        values = features.feature_values(self._features, feature_counts)
        logits = sums * values[:, None] + self.bias
        logits -= logits.max(axis=1, keepdims=True)
        exponents = numpy.exp(logits)
        return exponents / exponents.sum(axis=1, keepdims=True)

    def department_rows(self, probabilities: numpy.ndarray) -> numpy.ndarray:
        """The same scores in DEPARTMENT_LABELS order (0 for a label the model lacks)."""
        if self.labels == DEPARTMENT_LABELS:
            return probabilities
        rows = numpy.zeros((len(probabilities), len(DEPARTMENT_LABELS)))
        for target, column in enumerate(self._department_columns):
            if column is not None:
                rows[:, target] = probabilities[:, column]
        return rows

    def scores(self, probabilities: numpy.ndarray) -> list[dict[str, float]]:
        """Per post, label -> score, as TextCategorizer sets doc.cats."""
        return [dict(zip(self.labels, row, strict=True)) for row in probabilities.tolist()]

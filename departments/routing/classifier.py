"""The department classifier at routing time: the trained textcat's linear layer and softmax,
given the features BatchWords already holds (the model's first layer would compute them again
from the Doc)."""

from __future__ import annotations

import numpy

from departments.routing.pipeline import DEPARTMENT_LABELS
from departments.routing.words import BatchWords


class Classifier:
    """Scores per department for a batch of posts (one pipeline's textcat)."""

    LAYERS = ("routing_features", "sparse_linear", "softmax_activation")

    def __init__(self, textcat):
        model = textcat.model
        if tuple(layer.name for layer in model.layers) != self.LAYERS:
            raise ValueError(f"unexpected classifier layers: {model.name}")
        self.ops = model.ops
        self.layers = model.layers[1:]
        self.labels = tuple(textcat.labels)

    def scores(self, words: BatchWords) -> list[dict[str, float]]:
        """Per post, label -> score, as TextCategorizer sets doc.cats."""
        return [dict(zip(self.labels, row, strict=True)) for row in self._predict(words)]

    def department_rows(self, words: BatchWords) -> list[list[float]]:
        """Per post, the scores in DEPARTMENT_LABELS order (0 for a label the model lacks)."""
        rows = self._predict(words)
        if self.labels == DEPARTMENT_LABELS:
            return rows
        columns = [
            self.labels.index(label) if label in self.labels else None
            for label in DEPARTMENT_LABELS
        ]
        return [[0.0 if column is None else row[column] for column in columns] for row in rows]

    def _predict(self, words: BatchWords) -> list[list[float]]:
        if not words.token_offsets[-1]:
            # TextCategorizer.predict: a batch without a single token scores 0 everywhere.
            return [[0.0] * len(self.labels) for _ in range(len(words))]
        scores = (
            words.keys,
            numpy.ones(len(words.keys), dtype="float32"),
            self.ops.asarray1i(words.feature_lengths),
        )
        for layer in self.layers:
            scores = layer.predict(scores)
        return scores.tolist()

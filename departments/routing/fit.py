"""Fitting the department classifier's weights: multinomial logistic regression over the same
hashed features the textcat reads (features.py), with mini-batch Adam in numpy.

spaCy's TextCategorizer.update builds an Example, walks thinc's layers and updates all 1M
weights densely for every batch of 32 posts: 2,300 posts a second here, which capped how much
synthetic text and how many passes a training could afford, and routing on real text measured
better with every pass and every post added (docs/performance.md). The model is the one the
pipeline already has (a hashed sparse linear layer and a softmax): each post's features are
hashed to their two columns once, and a batch touches only its own columns. The fitted weights
are written into the textcat, so the saved pipeline, TextCategorizer and the router's fast path
all read exactly what was fitted (the tests compare them).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy
from spacy.language import Language
from spacy.tokens import Doc

from departments.routing import features
from departments.routing.classifier import murmur3_32


@dataclass(frozen=True)
class FitSettings:
    epochs: int
    batch_size: int = 64
    learn_rate: float = 0.01
    # Adam's decay rates and epsilon (Kingma and Ba's defaults).
    beta1: float = 0.9
    beta2: float = 0.999
    epsilon: float = 1e-8
    seed: int = 0


class _Posts:
    """Every post's features as columns of the weight matrix: per feature its two columns and
    the value it enters with, post after post (`starts` says where each post's begin)."""

    def __init__(self, docs: list[Doc], length: int, value_of):
        per_doc = [
            numpy.asarray(features.fast_doc_features(doc), dtype=numpy.uint64) for doc in docs
        ]
        counts = numpy.array([len(keys) for keys in per_doc], dtype=numpy.intp)
        keys = numpy.concatenate(per_doc) if per_doc else numpy.zeros(0, dtype=numpy.uint64)
        modulo = numpy.uint32(length)
        self.first = (murmur3_32(keys, 0) % modulo).astype(numpy.intp)
        self.second = (murmur3_32(keys, 1) % modulo).astype(numpy.intp)
        self.values = numpy.repeat(value_of(counts), counts)
        self.counts = counts
        self.starts = numpy.concatenate([[0], numpy.cumsum(counts)])[:-1]

    def batch(self, posts: numpy.ndarray):
        """The columns, values and post (0..len(posts)-1) of every feature of `posts`."""
        lengths = self.counts[posts]
        owner = numpy.repeat(numpy.arange(len(posts)), lengths)
        # Each feature's place: its post's start, plus how far into its post it is.
        before = numpy.cumsum(lengths) - lengths
        where = self.starts[posts][owner] + numpy.arange(lengths.sum()) - before[owner]
        columns = numpy.concatenate([self.first[where], self.second[where]])
        return columns, numpy.tile(self.values[where], 2), numpy.tile(owner, 2)


def fit_textcat(nlp: Language, docs: list[Doc], labels: list[str], settings: FitSettings) -> None:
    """Fits the pipeline's initialized textcat to `docs` and their `labels` (one of the
    textcat's labels each) and writes the weights into it."""
    textcat = nlp.get_pipe("textcat")
    extract, linear = textcat.model.layers[0], textcat.model.layers[1]
    length = linear.get_dim("length")
    outputs = len(textcat.labels)
    posts = _Posts(docs, length, lambda counts: features.feature_values(extract, counts))
    truth = numpy.array([textcat.labels.index(label) for label in labels], dtype=numpy.intp)
    weights = numpy.zeros((length, outputs))  # a column of the layer per row
    bias = numpy.zeros(outputs)
    moments = [numpy.zeros_like(weights), numpy.zeros_like(weights)]
    bias_moments = [numpy.zeros_like(bias), numpy.zeros_like(bias)]
    rng = numpy.random.default_rng(settings.seed)
    step = 0
    for _ in range(settings.epochs):
        order = rng.permutation(len(docs))
        for first in range(0, len(order), settings.batch_size):
            chosen = order[first : first + settings.batch_size]
            columns, values, owner = posts.batch(chosen)
            touched, local = numpy.unique(columns, return_inverse=True)
            rows = weights[touched]
            logits = numpy.tile(bias, (len(chosen), 1))
            contributions = rows[local] * values[:, None]
            for output in range(outputs):
                logits[:, output] += numpy.bincount(
                    owner, weights=contributions[:, output], minlength=len(chosen)
                )
            logits -= logits.max(axis=1, keepdims=True)
            probabilities = numpy.exp(logits)
            probabilities /= probabilities.sum(axis=1, keepdims=True)
            errors = probabilities
            errors[numpy.arange(len(chosen)), truth[chosen]] -= 1.0
            errors /= len(chosen)  # the mean cross-entropy's gradient per post
            per_feature = errors[owner] * values[:, None]
            gradient = numpy.empty((len(touched), outputs))
            for output in range(outputs):
                gradient[:, output] = numpy.bincount(
                    local, weights=per_feature[:, output], minlength=len(touched)
                )
            step += 1
            _adam(weights, moments, touched, gradient, step, settings)
            _adam(bias, bias_moments, slice(None), errors.sum(axis=0), step, settings)
    shape = linear.get_param("W").shape
    linear.set_param("W", weights.T.astype("float32").reshape(shape))
    linear.set_param("b", bias.astype("float32").reshape(linear.get_param("b").shape))


def _adam(params, moments, index, gradient, step: int, settings: FitSettings) -> None:
    """One Adam step on params[index] (lazily: moments of untouched columns wait)."""
    first, second = moments
    first[index] = settings.beta1 * first[index] + (1 - settings.beta1) * gradient
    second[index] = settings.beta2 * second[index] + (1 - settings.beta2) * gradient**2
    corrected = (
        settings.learn_rate * numpy.sqrt(1 - settings.beta2**step) / (1 - settings.beta1**step)
    )
    params[index] -= corrected * first[index] / (numpy.sqrt(second[index]) + settings.epsilon)

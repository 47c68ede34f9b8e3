"""Routing quality: accuracy, macro-F1, per-department precision/recall/F1, confusion."""

from __future__ import annotations

from collections import Counter


def classification_report(truth: list[str], predicted: list[str]) -> dict:
    labels = sorted(set(truth) | set(predicted))
    pairs = Counter(zip(truth, predicted, strict=True))
    per_label = {}
    for label in labels:
        true_positive = pairs[(label, label)]
        predicted_as = sum(n for (_, p), n in pairs.items() if p == label)
        support = sum(n for (t, _), n in pairs.items() if t == label)
        precision = true_positive / predicted_as if predicted_as else 0.0
        recall = true_positive / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_label[label] = {"precision": precision, "recall": recall, "f1": f1, "support": support}
    scored = [label for label in labels if per_label[label]["support"]]
    return {
        "accuracy": sum(pairs[(label, label)] for label in labels) / max(len(truth), 1),
        "macro_f1": sum(per_label[label]["f1"] for label in scored) / max(len(scored), 1),
        "per_department": per_label,
        "confusion": {t: {p: pairs[(t, p)] for p in labels} for t in labels},
    }

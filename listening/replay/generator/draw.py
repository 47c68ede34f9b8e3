"""Weighted draws shared by the planning and writing steps."""

from __future__ import annotations

from random import Random

from listening.replay.generator.material import TOPICS


def weighted_key(rng: Random, weights: dict):
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def topic_for_department(rng: Random, department: str, exclude: tuple = ()) -> str:
    weights = {
        key: spec["weight"]
        for key, spec in TOPICS.items()
        if spec["department"] == department and key not in exclude
    }
    return weighted_key(rng, weights)


def largest_remainder(rng: Random, shares: dict, n: int) -> list:
    """n labels in proportion to shares, shuffled."""
    total = sum(shares.values()) or 1.0
    raw = {key: shares[key] / total * n for key in shares}
    counts = {key: int(raw[key]) for key in shares}
    rest = n - sum(counts.values())
    for key in sorted(shares, key=lambda k: raw[k] - counts[k], reverse=True)[:rest]:
        counts[key] += 1
    labels = [key for key in shares for _ in range(counts[key])]
    rng.shuffle(labels)
    return labels

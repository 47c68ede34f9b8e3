"""Routing throughput: mixed-language citizen posts classified (language detection, rules and the
trained model) on one core, next to spaCy's bare tokenizer on the same posts (issue 4: at least
5,000 posts/s and a quarter of the tokenizer's rate)."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path


def sample_posts(size: int) -> list[str]:
    """Citizen posts of the bundled demo city (nl, en, de, es), repeated up to size."""
    from django.conf import settings

    from listening.sources.replay import load_dataset

    dataset = load_dataset(str(settings.REPLAY_DATASET))
    texts = [item["text"] for items in dataset.citizen.values() for item in items]
    return [texts[i % len(texts)] for i in range(size)]


def run_classification(size: int) -> dict:
    import spacy

    from departments.routing import training
    from departments.routing.active import topic_terms
    from departments.routing.router import PostToRoute, Router
    from departments.seed import departments_seed

    departments_seed()
    with tempfile.TemporaryDirectory() as model_dir:
        train, _ = training.split(training.shipped_training_set())
        training.train_pipelines(train, Path(model_dir), epochs=3)
        router = Router(
            model_dir=Path(model_dir), topics=topic_terms(), account_departments={}, thresholds={}
        )
        texts = sample_posts(size)
        posts = [PostToRoute(text=text) for text in texts]
        router.route_many(posts[:200])  # warm-up: lazy tables and the language detector

        started = time.perf_counter()
        routed = router.route_many(posts)
        seconds = time.perf_counter() - started
    assert len(routed) == size

    tokenizer = spacy.blank("xx").tokenizer
    started = time.perf_counter()
    for _ in tokenizer.pipe(texts, batch_size=256):
        pass
    reference_seconds = time.perf_counter() - started
    return {"items": size, "seconds": seconds, "reference_seconds": reference_seconds}

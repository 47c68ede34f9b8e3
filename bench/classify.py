"""Routing throughput: mixed-language citizen posts classified (language detection, rules and the
trained model) on one core, next to spaCy's bare tokenizer on the same posts (issue 4: at least
5,000 posts/s and a quarter of the tokenizer's rate).

The posts reach the router as the Celery worker hands them over when posts come in faster than
they are routed (departments.services.cases_route_automatically -> active_router().route_many):
in the messages ingestion sends, of at most ROUTE_MESSAGE_MAX_CASES cases (listening/services.py);
with the language the platform gave (X and Mastodon tag posts; Facebook does not, so those posts
go through language detection) and the department of the account written to."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

# Platforms whose API gives a post's language (listening/sources/x.py, mastodon.py).
TAGGING_NETWORKS = ("x", "mastodon")


def sample_posts(size: int) -> list[dict]:
    """Citizen posts of the bundled demo city (nl, en, de, es), repeated up to size."""
    from django.conf import settings

    from listening.sources.replay import load_dataset

    dataset = load_dataset(str(settings.REPLAY_DATASET))
    items = [
        {
            "text": item["text"],
            "language": item.get("lang", "") if item["network"] in TAGGING_NETWORKS else "",
            "account_department": dataset.accounts[item["account"]]["department"],
        }
        for items in dataset.citizen.values()
        for item in items
    ]
    return [items[i % len(items)] for i in range(size)]


def run_classification(size: int) -> dict:
    import spacy

    from departments.models import RouterModel
    from departments.routing import training
    from departments.routing.active import active_router
    from departments.routing.router import PostToRoute
    from departments.seed import departments_seed
    from listening.services import ROUTE_MESSAGE_MAX_CASES
    from smartgov.celery import gc_freeze_startup_objects

    departments_seed()
    with tempfile.TemporaryDirectory() as model_dir:
        train, _ = training.split(training.shipped_training_set())
        training.train_pipelines(train, Path(model_dir), epochs=3)
        RouterModel.objects.update(is_active=False)
        latest = RouterModel.objects.order_by("-version").first()
        model = RouterModel.objects.create(
            version=(latest.version + 1 if latest else 1), path=model_dir, is_active=True
        )
        try:
            sample = sample_posts(size)
            posts = [PostToRoute(**item) for item in sample]
            # A worker process: its start-up objects frozen (smartgov.celery), its router built
            # and its lazy tables and the detector loaded by a first chunk.
            gc_freeze_startup_objects()
            active_router().route_many(posts[:200])

            routed = []
            started = time.perf_counter()
            for first in range(0, len(posts), ROUTE_MESSAGE_MAX_CASES):
                chunk = posts[first : first + ROUTE_MESSAGE_MAX_CASES]
                routed.extend(active_router().route_many(chunk))
            seconds = time.perf_counter() - started
        finally:
            model.delete()
    assert len(routed) == size

    texts = [item["text"] for item in sample]
    tokenizer = spacy.blank("xx").tokenizer
    started = time.perf_counter()
    for _ in tokenizer.pipe(texts, batch_size=256):
        pass
    reference_seconds = time.perf_counter() - started
    return {"items": size, "seconds": seconds, "reference_seconds": reference_seconds}

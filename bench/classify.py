"""Routing throughput: mixed-language citizen posts classified (language detection, rules and the
trained model) on one core, next to spaCy's bare tokenizer on the same posts (issue 4: at least
5,000 posts/s and a quarter of the tokenizer's rate).

The posts reach the router as the Celery worker hands them over
(departments.routing.services.cases_route_automatically -> active_router().route_many), one routing
message at a time: with the language the platform gave (X and Mastodon tag posts; Facebook does
not, so those posts go through language detection) and the department of the account written to.

A message holds the new cases of one poll of one account, at most ROUTE_MESSAGE_MAX_CASES
(departments/cases/intake.py). Routing 10,000 posts at once means they arrive in bulk: a busy
account's polls bring up to SOURCE_MAX_PAGES_PER_POLL pages of 100, an import whole files, and
their messages are full. That is the headline figure. Quiet accounts send a few cases per poll,
when speed does not matter; `run_classification_in_small_messages` shows what the fixed cost of
a message does to the rate, in the 200-case messages of the safety net
(departments.tasks.ROUTE_CHUNK)."""

from __future__ import annotations

import tempfile
import time
from contextlib import contextmanager
from pathlib import Path


def sample_posts(size: int) -> list[dict]:
    """Citizen posts of the bundled demo city (nl, en, de, es), repeated up to size."""
    from django.conf import settings

    from listening.models import Platform
    from listening.sources.replay import load_dataset

    # Platforms whose API gives a post's language (listening/sources/x/parsing.py,
    # mastodon/parsing.py).
    tagging_networks = (Platform.X, Platform.MASTODON)

    dataset = load_dataset(str(settings.REPLAY_DATASET))
    items = [
        {
            "text": item["text"],
            "language": item.get("lang", "") if item["network"] in tagging_networks else "",
            "account_department": dataset.accounts[item["account"]]["department"],
        }
        for items in dataset.citizen.values()
        for item in items
    ]
    return [items[i % len(items)] for i in range(size)]


@contextmanager
def a_trained_router():
    """A router trained on the shipped training split (3 epochs) and active while the block
    runs; the version that was active before is active again afterwards."""
    from departments.models import RouterModel
    from departments.routing import training
    from departments.seed import departments_seed

    departments_seed()
    with tempfile.TemporaryDirectory() as model_dir:
        train, _ = training.split(training.shipped_training_set())
        training.train_pipelines(train, Path(model_dir), epochs=3)
        was_active = list(RouterModel.objects.filter(is_active=True).values_list("pk", flat=True))
        RouterModel.objects.update(is_active=False)
        latest = RouterModel.objects.order_by("-version").first()
        model = RouterModel.objects.create(
            version=(latest.version + 1 if latest else 1), path=model_dir, is_active=True
        )
        try:
            yield model
        finally:
            model.delete()
            RouterModel.objects.filter(pk__in=was_active).update(is_active=True)


def run_classification(size: int, message_size: int | None = None) -> dict:
    """`message_size`: cases per routing message; the most ingestion sends by default."""
    import spacy

    from departments.cases.intake import ROUTE_MESSAGE_MAX_CASES
    from departments.routing.active import active_router
    from departments.routing.router import PostToRoute
    from smartgov.celery import gc_freeze_startup_objects

    message_size = message_size or ROUTE_MESSAGE_MAX_CASES

    with a_trained_router():
        sample = sample_posts(size)
        posts = [PostToRoute(**item) for item in sample]
        # A worker process: its start-up objects frozen (smartgov.celery), its router built
        # and its lazy tables and the detector loaded by a first chunk.
        gc_freeze_startup_objects()
        active_router().route_many(posts[:200])

        routed = []
        started = time.perf_counter()
        for first in range(0, len(posts), message_size):
            message = posts[first : first + message_size]
            routed.extend(active_router().route_many(message))
        seconds = time.perf_counter() - started
    assert len(routed) == size

    texts = [item["text"] for item in sample]
    tokenizer = spacy.blank("xx").tokenizer
    started = time.perf_counter()
    for _ in tokenizer.pipe(texts, batch_size=256):
        pass
    reference_seconds = time.perf_counter() - started
    return {"items": size, "seconds": seconds, "reference_seconds": reference_seconds}


def run_classification_in_small_messages(size: int) -> dict:
    from departments.tasks import ROUTE_CHUNK

    return run_classification(size, message_size=ROUTE_CHUNK)

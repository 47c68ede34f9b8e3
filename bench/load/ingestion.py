"""Ingestion beside the officers: X mention pages arriving at a steady rate, stored through the
real pipeline (listening.ingestion.batch_ingest, which opens a case per citizen post and hands
the new cases to a routing worker), in a process of its own as a Celery ingest worker would be."""

from __future__ import annotations

import random
import time
from datetime import UTC, datetime

from bench.ingest import x_citizen_mention, x_mentions_body

PAGE_POSTS = 100  # one X API page per batch, as a poll brings them


def mentions_page(*, rng: random.Random, count: int, first_sequence: int) -> dict:
    """An X v2 mentions body of `count` posts written just now, with snowflake ids of this
    moment (newer than every post of the generated city)."""
    from listening.sources.x.parsing import SNOWFLAKE_EPOCH_MS  # after django.setup()

    now = datetime.now(UTC)
    stamp = now.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    snowflake = (int(now.timestamp() * 1000) - SNOWFLAKE_EPOCH_MS) << 22
    tweets = [
        x_citizen_mention(
            rng,
            tweet_id=str(snowflake + (first_sequence + n) % (1 << 22)),
            author=str(900_000 + rng.randrange(20_000)),
            created_at=stamp,
        )
        for n in range(count)
    ]
    return x_mentions_body(tweets)


def ingest_at_rate(posts_per_second: float, stop, results, seed: int) -> None:
    """Run in a child process (multiprocessing, spawn) until `stop` is set; puts the time of
    every stored batch and its duration on `results`."""
    from bench.database import setup_django

    setup_django()
    from django.utils import timezone

    from listening.ingestion import batch_ingest
    from listening.models import Account, Platform
    from listening.sources.x import batch_from_payload

    account = Account.objects.filter(platform=Platform.X).order_by("id").first()
    rng = random.Random(seed)
    interval = PAGE_POSTS / posts_per_second
    batches: list[tuple[float, float, int]] = []  # (time.time() at the start, seconds, posts)
    late = 0
    sequence = 0
    next_at = time.monotonic()
    while not stop.is_set():
        body = mentions_page(rng=rng, count=PAGE_POSTS, first_sequence=sequence)
        sequence += PAGE_POSTS
        at, started = time.time(), time.perf_counter()
        batch = batch_from_payload(body, account=account, now=timezone.now(), stream="mentions")
        counts = batch_ingest(account=account, batch=batch)
        batches.append((at, time.perf_counter() - started, counts.posts_created))
        next_at += interval
        wait = next_at - time.monotonic()
        if wait > 0:
            stop.wait(wait)
        else:
            # Behind: the next batch goes at once, and the schedule moves on rather than
            # bursting to catch up.
            late += 1
            next_at = time.monotonic()
    results.put({"batches": batches, "late": late})

"""Incident detection throughput (issue 19: at least 1,000 posts/s on one core, next to routing
alone).

The posts are the incident evaluation set's (departments/incidents/data/evaluation), repeated a
week apart up to the size, so that bursts, near misses and quiet posts come as often as there.
They are stored through ingestion and routed first; then the timed part is exactly what the
route worker does after routing: incidents_detect on each routing message (1,000 cases), which
reads the recent cases' clues from the database, places the new posts and writes the incidents.
The reference is routing alone (active_router().route_many) on the same posts and messages.
"""

from __future__ import annotations

import time
from datetime import timedelta
from pathlib import Path

EVALUATION_SET = Path(__file__).resolve().parent.parent / "departments/incidents/data/evaluation"


def sample_posts(size: int) -> list:
    from departments.incidents.evaluation import labelled_incident_posts_read

    posts = [
        post
        for path in sorted(EVALUATION_SET.glob("*.csv"))
        for post in labelled_incident_posts_read(path)
    ]
    span = max(post.created_at for post in posts) - min(post.created_at for post in posts)
    shift = span + timedelta(days=7)
    repeated = [
        (post, post.created_at + shift * (index // len(posts)))
        for index, post in ((i, posts[i % len(posts)]) for i in range(size))
    ]
    return sorted(repeated, key=lambda pair: pair[1])


def _stored_cases(sample) -> list[int]:
    from departments.models import Case, Department
    from listening.ingestion import batch_ingest
    from listening.models import Account, Platform, PostKind
    from listening.sources.base import FetchBatch, FetchedPost

    central = Department.objects.get(is_central=True)
    account, _ = Account.objects.get_or_create(
        platform=Platform.REPLAY, handle="bench-incidents", defaults={"department": central}
    )
    Case.objects.filter(post__account=account).delete()
    account.posts.all().delete()
    for first in range(0, len(sample), 1000):
        batch = FetchBatch()
        for index, (post, moment) in enumerate(sample[first : first + 1000], start=first):
            batch.add(
                FetchedPost(
                    platform=Platform.REPLAY,
                    external_id=f"bench-incidents-{index}",
                    kind=PostKind.MENTION,
                    created_at=moment,
                    raw={"bench": index},
                    text=post.text,
                    language=post.language,
                )
            )
        batch_ingest(account=account, batch=batch)
    return list(
        Case.objects.filter(post__account=account)
        .order_by("created_at", "id")
        .values_list("id", flat=True)
    )


def run_detection(size: int) -> dict:
    from bench.classify import a_trained_router
    from departments.cases.intake import ROUTE_MESSAGE_MAX_CASES
    from departments.incidents.clues import word_rarity
    from departments.incidents.detection import incidents_detect
    from departments.routing.active import active_router
    from departments.routing.router import PostToRoute
    from departments.routing.services import cases_route_automatically

    with a_trained_router():
        sample = sample_posts(size)
        case_ids = _stored_cases(sample)
        messages = [
            case_ids[first : first + ROUTE_MESSAGE_MAX_CASES]
            for first in range(0, len(case_ids), ROUTE_MESSAGE_MAX_CASES)
        ]
        for message in messages:
            cases_route_automatically(case_ids=message)
        word_rarity()  # loaded once per worker process
        started = time.perf_counter()
        for message in messages:
            incidents_detect(case_ids=message)
        seconds = time.perf_counter() - started

        to_route = [
            PostToRoute(text=post.text, language=post.language, account_department="communication")
            for post, _ in sample
        ]
        active_router().route_many(to_route[:200])
        started = time.perf_counter()
        for first in range(0, len(to_route), ROUTE_MESSAGE_MAX_CASES):
            active_router().route_many(to_route[first : first + ROUTE_MESSAGE_MAX_CASES])
        reference_seconds = time.perf_counter() - started
    return {"items": size, "seconds": seconds, "reference_seconds": reference_seconds}

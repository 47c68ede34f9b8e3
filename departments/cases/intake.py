"""The back office's intake: a case for each new citizen post, opened in the transaction that
stored the post, and routed once that transaction commits.

Listening announces new posts (listening.ingestion.on_new_posts); this module is the listener,
registered in DepartmentsConfig.ready.
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from psycopg.types.json import Jsonb

from departments.models import CaseStatus, Priority
from listening.bulk_sql import copy_binary, ids_reserve, raw_cursor
from listening.ingestion import StoredPost
from listening.models import CITIZEN_KINDS

# A new case gets no "created" event: its history shows the creation from the post's fetch time
# (departments.case_view.selectors.case_history). The event row, its two indexes and its foreign-key
# checks at commit were a sixth of the cost of ingesting a citizen post (bench/ingest.py).
# Columns not named here keep their defaults (migrations add only nullable columns or database
# defaults to these tables, which the city generator writes with COPY too).
_CASE_COPY_COLUMNS = (
    "id",
    "post_id",
    "status",
    "priority",
    "routing_explanation",
    "created_at",
    "updated_at",
)

# The new cases of a batch go to routing in one message: publishing a Celery message costs about
# a millisecond (most of it in Celery and kombu, not Redis), as much as storing a few hundred
# posts, and a batch (at most SOURCE_MAX_PAGES_PER_POLL pages) is a fair unit of routing work.
# Only an unusually large batch (an import) is split.
ROUTE_MESSAGE_MAX_CASES = 1000


def cases_open_for_new_posts(stored: list[StoredPost]) -> int:
    """One case per new citizen post (the city's own posts need none), written with COPY; its
    clock starts when the citizen posted. Returns how many cases were opened."""
    citizen_kinds = set(CITIZEN_KINDS)
    citizen_posts = [post for post in stored if post.kind in citizen_kinds]
    if not citizen_posts:
        return 0
    now = timezone.now()
    status, priority, no_explanation = str(CaseStatus.NEW), int(Priority.NORMAL), Jsonb({})
    with raw_cursor() as cursor:
        case_ids = ids_reserve(cursor, "departments_case", len(citizen_posts))
        with copy_binary(cursor, "departments_case", _CASE_COPY_COLUMNS) as copy:
            for case_id, post in zip(case_ids, citizen_posts, strict=True):
                copy.write_row(
                    (case_id, post.id, status, priority, no_explanation, post.created_at, now)
                )
    # Routing runs on its own queue once the cases are committed.
    transaction.on_commit(lambda: _route_new_cases(case_ids))
    return len(case_ids)


def _route_new_cases(case_ids: list[int]) -> None:
    from departments.tasks import route_cases_task

    # One broker connection for all the messages of a batch; a short description of the
    # arguments for Celery's logs (by default Celery builds a safe repr of every id, which cost
    # more than publishing the message); and no subscription to a result nobody reads, which
    # would cost two more round trips to Redis per message (bench/ingest.py).
    with route_cases_task.app.producer_or_acquire() as producer:
        for first in range(0, len(case_ids), ROUTE_MESSAGE_MAX_CASES):
            chunk = case_ids[first : first + ROUTE_MESSAGE_MAX_CASES]
            route_cases_task.apply_async(
                kwargs={"case_ids": chunk},
                producer=producer,
                ignore_result=True,
                kwargsrepr=f"{{'case_ids': <{len(chunk)} ids, {chunk[0]}..{chunk[-1]}>}}",
            )

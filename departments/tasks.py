"""Celery tasks of the back office: thin, taking ids."""

from __future__ import annotations

from celery import shared_task
from django.db import OperationalError

from departments.models import Case, CaseStatus

ROUTE_CHUNK = 200


@shared_task(autoretry_for=(OperationalError,), retry_backoff=True, max_retries=5)
def route_cases_task(*, case_ids: list[int]) -> int:
    # Imported here: ingestion enqueues this task, and must not load spaCy to do so.
    from departments import services

    return services.cases_route_automatically(case_ids=case_ids)


@shared_task
def route_waiting_cases_task() -> int:
    """A safety net for route tasks that were lost (a broker restart, a killed worker): cases
    that were never routed are fanned out again in small batches."""
    waiting = list(
        Case.objects.filter(status=CaseStatus.NEW, routing_confidence__isnull=True)
        .order_by("id")
        .values_list("id", flat=True)[:5000]
    )
    for first in range(0, len(waiting), ROUTE_CHUNK):
        route_cases_task.delay(case_ids=waiting[first : first + ROUTE_CHUNK])
    return len(waiting)


@shared_task
def train_router_task() -> int:
    from departments import services

    return services.router_train(note="weekly training").version

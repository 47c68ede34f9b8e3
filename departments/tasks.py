"""Celery tasks of the back office: thin, taking ids."""

from __future__ import annotations

import contextlib
from datetime import timedelta

from celery import shared_task
from django.db import DatabaseError, OperationalError

from departments.models import Case, CaseStatus

ROUTE_CHUNK = 200


@shared_task(autoretry_for=(OperationalError,), retry_backoff=True, max_retries=5)
def route_cases_task(*, case_ids: list[int]) -> int:
    # Imported here: ingestion enqueues this task, and must not load spaCy to do so.
    from departments.cases.search import cases_index_for_search
    from departments.incidents.detection import incidents_detect
    from departments.routing.services import cases_route_automatically

    routed = cases_route_automatically(case_ids=case_ids)
    # After routing: the search configuration follows the language routing detected, and
    # incidents are grouped by the department routing chose.
    cases_index_for_search(case_ids=case_ids)
    incidents_detect(case_ids=case_ids)
    return routed


@shared_task
def route_waiting_cases_task() -> int:
    """A safety net for route tasks that were lost (a broker restart, a killed worker): cases
    that were never routed, or routed but not yet looked at by incident detection, are fanned
    out again in small batches."""
    from departments.incidents.detection import cases_waiting_for_detection

    waiting = list(
        Case.objects.filter(status=CaseStatus.NEW, routing_confidence__isnull=True)
        .order_by("id")
        .values_list("id", flat=True)[:5000]
    )
    waiting += cases_waiting_for_detection(limit=5000)
    for first in range(0, len(waiting), ROUTE_CHUNK):
        route_cases_task.delay(case_ids=waiting[first : first + ROUTE_CHUNK])
    return len(waiting)


@shared_task
def train_router_task() -> int:
    from departments.routing.services import router_train

    return router_train(note="weekly training").version


# -- replies and reminders (the "send" queue) ---------------------------------------------------

SEND_MAX_RETRIES = 6
# Seconds before the n-th retry of a send: 10 s, 20 s, 40 s ... capped at 10 minutes.
SEND_BACKOFF_BASE = 10
SEND_BACKOFF_MAX = 600


@shared_task(bind=True, max_retries=SEND_MAX_RETRIES)
def send_reply_task(self, *, reply_id: int) -> str | None:
    """Posts one queued reply, or settles one whose earlier send's outcome is unknown. The
    service claims it first, so a duplicate delivery of this task sends nothing; transient
    errors are retried with backoff (a rate limit waits for its reset). A queued reply fails
    visibly once the retries are used up; one the platform may have stays unknown."""
    from django.utils import timezone

    from departments import replies
    from listening.sources.errors import RateLimited, TransientSourceError

    try:
        reply = replies.reply_deliver(reply_id=reply_id)
    except (RateLimited, TransientSourceError, OperationalError, ConnectionError) as error:
        if self.request.retries >= self.max_retries:
            replies.reply_give_up(reply_id=reply_id, error=str(error))
            return None
        if isinstance(error, RateLimited):
            countdown = max(1, int((error.retry_at - timezone.now()).total_seconds()) + 1)
        else:
            countdown = min(SEND_BACKOFF_BASE * 2**self.request.retries, SEND_BACKOFF_MAX)
        # Tells the sweeper the reply has a task coming; with the database away it finds the
        # reply "sending" later and settles it.
        with contextlib.suppress(DatabaseError):
            replies.reply_next_attempt(
                reply_id=reply_id, at=timezone.now() + timedelta(seconds=countdown)
            )
        raise self.retry(countdown=countdown, exc=error) from None
    return reply.send_state if reply is not None else None


@shared_task
def send_due_sla_reminders_task() -> int:
    """Beat runs this every few minutes; it fans out one reminder task per case and clock."""
    from departments.cases.reminders import sla_reminders_due

    due = sla_reminders_due()
    for case_id, clock in due:
        send_sla_reminder_task.delay(case_id=case_id, clock=clock)
    return len(due)


@shared_task(autoretry_for=(OperationalError,), retry_backoff=True, max_retries=5)
def send_sla_reminder_task(*, case_id: int, clock: str) -> bool:
    from departments.cases.reminders import case_sla_remind

    return case_sla_remind(case_id=case_id, clock=clock)


@shared_task(autoretry_for=(OperationalError,), retry_backoff=True, max_retries=5)
def send_mention_emails_task(*, note_id: int, user_ids: list[int]) -> int:
    from departments.cases.reminders import note_mentions_notify

    return note_mentions_notify(note_id=note_id, user_ids=user_ids)


@shared_task
def send_sweep_replies_task() -> dict[str, int]:
    """Beat runs this every minute: replies whose task was lost are enqueued again, and those
    a dead worker left "sending" are checked with the platform (departments.replies)."""
    from departments.replies import replies_sweep

    return replies_sweep()


@shared_task
def send_notifications_task() -> dict[str, int]:
    """Beat runs this every minute: newly overdue cases are told and escalated, then the
    notifications due go out, at once or in digests, each once (departments.notifications)."""
    from departments.notifications import notifications_run

    return notifications_run()


@shared_task
def send_demo_colleague_replies_task() -> int:
    """Beat runs this every minute: with settings.DEMO_COLLEAGUE on (make run's demo), the
    replay's new cases are worked as its history was (departments.demo_history). Off, it does
    nothing: a city's own cases are never touched."""
    from django.conf import settings

    if not settings.DEMO_COLLEAGUE:
        return 0
    from departments.demo_history import demo_colleague_work

    work = demo_colleague_work()
    return work.replies + work.closed + work.corrected


# -- privacy ------------------------------------------------------------------------------------


@shared_task(autoretry_for=(OperationalError,), retry_backoff=True, max_retries=5)
def apply_retention_task() -> dict[str, int]:
    """Nightly: empties raw payloads and pseudonymises residents past their retention periods
    (departments.privacy.retention); a repeated run finds nothing left to do."""
    from departments.privacy.retention import apply_retention

    return apply_retention().as_dict()

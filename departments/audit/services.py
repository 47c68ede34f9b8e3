"""Writing and forgetting the access log."""

from __future__ import annotations

from datetime import datetime, timedelta

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.conf import settings
from django.utils import timezone

from departments.models import Case, CaseAccess


def access_log_record(*, user, case: Case) -> None:
    """One entry for one opening of a case; the same person opening the same case again within
    ACCESS_LOG_COALESCE_MINUTES (a reload, back and forth in the queue) is the same entry. One
    indexed look-up and at most one INSERT with the ids already at hand: it runs on every
    opening."""
    since = timezone.now() - timedelta(minutes=settings.ACCESS_LOG_COALESCE_MINUTES)
    if CaseAccess.objects.filter(user_id=user.pk, case_id=case.pk, opened_at__gte=since).exists():
        return
    CaseAccess.objects.create(case_id=case.pk, user_id=user.pk, username=user.get_username())


def forget_old_accesses(*, now: datetime | None = None) -> int:
    """Deletes the entries older than the retention period; returns how many went. An entry
    exactly as old as the period is kept until the next run."""
    cutoff = (now or timezone.now()) - timedelta(days=settings.ACCESS_LOG_RETENTION_DAYS)
    # Nothing points at an access and no signal listens, so Django deletes in one statement
    # rather than loading the rows first.
    deleted, _by_model = CaseAccess.objects.filter(opened_at__lt=cutoff).delete()
    return deleted


def forget_old_log_ins(*, now: datetime | None = None) -> int:
    """Deletes django-axes' records of log-ins, failed log-ins and counted attempts (user name,
    address, browser) older than the access log's period: the same kind of record about staff,
    kept as long. (django-axes itself forgets counted attempts only when the next one fails.)"""
    cutoff = (now or timezone.now()) - timedelta(days=settings.ACCESS_LOG_RETENTION_DAYS)
    deleted = 0
    for model in (AccessLog, AccessFailureLog, AccessAttempt):
        deleted += model.objects.filter(attempt_time__lt=cutoff).delete()[0]
    return deleted

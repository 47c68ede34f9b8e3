"""Weekly report files built in the background: asked for on the report's page, built by the
reports worker step by step (the page shows which), kept under ANALYTICS_REPORT_DIR and served
from there. Nothing heavy runs in a web request, and a build asked for twice is built once."""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from analytics.models import ReportBuild
from analytics.reports import BUILD_STEPS, weekly_report_build
from departments.models import Department

logger = logging.getLogger(__name__)

# A build still "building" after this long was left by a worker that died: it may run again.
STALE_AFTER = timedelta(minutes=30)


def latest_build(*, week: str, department: Department | None) -> ReportBuild | None:
    return ReportBuild.objects.filter(week=week, department=department).first()


def report_build_request(*, week: str, department: Department | None, user) -> ReportBuild:
    """The build of this report that is waiting or running, or a new one handed to the reports
    worker. If the task queue cannot be reached, the build is marked failed with the reason
    (the page says so and offers to try again) instead of waiting for ever."""
    from analytics.tasks import report_build_task

    unfinished = _unfinished(week=week, department=department)
    if unfinished is not None and not _is_stale(unfinished):
        return unfinished
    if unfinished is not None:
        _fail(unfinished, _("The reports worker stopped while building this report."))
    try:
        with transaction.atomic():
            build = ReportBuild.objects.create(week=week, department=department, requested_by=user)
    except IntegrityError:  # someone asked at the same moment: theirs is the build
        return _unfinished(week=week, department=department)
    try:
        report_build_task.delay(build_id=build.pk)
    except Exception as error:  # noqa: BLE001 - a broker that is down, whatever the library says
        logger.warning("Report build %s not queued: %s", build.pk, error)
        _fail(build, _("The task queue could not be reached; try again in a minute."))
    return build


def report_build_run(build_id: int) -> ReportBuild | None:
    """Builds the files of one requested report (the reports worker's task). Claimed with a
    conditional update: a task delivered twice builds once."""
    claimed = ReportBuild.objects.filter(pk=build_id, status=ReportBuild.Status.QUEUED).update(
        status=ReportBuild.Status.BUILDING, started_at=timezone.now()
    )
    if not claimed:
        return None
    build = ReportBuild.objects.select_related("department").get(pk=build_id)
    out_dir = Path(settings.ANALYTICS_REPORT_DIR) / build.week / f"build-{build.pk}"

    def progress(step: str) -> None:
        ReportBuild.objects.filter(pk=build.pk).update(step=step)

    try:
        report = weekly_report_build(
            week=build.week,
            department_slug=build.department.slug if build.department else None,
            out_dir=out_dir,
            progress=progress,
        )
    except Exception as error:
        logger.exception("Report build %s failed", build.pk)
        _fail(build, _("The report could not be built: %(error)s") % {"error": error})
        raise
    root = Path(settings.ANALYTICS_REPORT_DIR)
    ReportBuild.objects.filter(pk=build.pk).update(
        status=ReportBuild.Status.READY,
        files={kind: str(path.relative_to(root)) for kind, path in report.files.items()},
        notes=[note for note in (report.pdf_note, report.charts_note) if note],
        finished_at=timezone.now(),
    )
    build.refresh_from_db()
    return build


def report_file(build: ReportBuild, kind: str) -> Path | None:
    """The stored file of a ready build, if it has one of this kind and it is still there."""
    relative = build.files.get(kind) if build.status == ReportBuild.Status.READY else None
    if not relative:
        return None
    path = Path(settings.ANALYTICS_REPORT_DIR) / relative
    return path if path.is_file() else None


def step_number(build: ReportBuild) -> int:
    """1-based position of the running step among BUILD_STEPS (0 before the first)."""
    return BUILD_STEPS.index(build.step) + 1 if build.step in BUILD_STEPS else 0


def _unfinished(*, week: str, department: Department | None) -> ReportBuild | None:
    return ReportBuild.objects.filter(
        week=week,
        department=department,
        status__in=[ReportBuild.Status.QUEUED, ReportBuild.Status.BUILDING],
    ).first()


def _is_stale(build: ReportBuild) -> bool:
    started = build.started_at or build.requested_at
    return timezone.now() - started > STALE_AFTER


def _fail(build: ReportBuild, reason: str) -> None:
    ReportBuild.objects.filter(pk=build.pk).update(
        status=ReportBuild.Status.FAILED, error=reason, finished_at=timezone.now()
    )
    build.refresh_from_db()

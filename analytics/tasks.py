"""Monday's reports: one task picks the week and fans out one small task per report."""

from __future__ import annotations

import logging

from celery import shared_task
from django.conf import settings
from django.core.mail import EmailMessage
from django.db import OperationalError
from django.db.models import Q
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from analytics.models import ReportSubscription
from analytics.periods import last_complete_week
from analytics.report_builds import report_build_run
from analytics.reports import weekly_report_build
from departments.models import Department
from departments.roles import MANAGERS

logger = logging.getLogger(__name__)


@shared_task
def weekly_reports_task(*, week: str | None = None) -> list[str]:
    """Builds last week's report for every department and the whole city (kept under
    ANALYTICS_REPORT_DIR) and mails each to its subscribers, one task per report."""
    week = week or last_complete_week()
    scopes: list[str | None] = [None, *Department.objects.values_list("slug", flat=True)]
    for slug in scopes:
        weekly_report_send_task.delay(week=week, department_slug=slug)
    return [slug or "city" for slug in scopes]


@shared_task
def report_build_task(*, build_id: int) -> str | None:
    """Builds the files a person asked for on the weekly report's page."""
    build = report_build_run(build_id)
    return build.status if build else None


@shared_task(autoretry_for=(OperationalError, ConnectionError), retry_backoff=True, max_retries=5)
def weekly_report_send_task(*, week: str, department_slug: str | None = None) -> int:
    return weekly_report_send(week=week, department_slug=department_slug)


def weekly_report_send(*, week: str, department_slug: str | None = None) -> int:
    """Build one report and e-mail it to the active subscribers who have not had it for this
    week yet. Each subscription is claimed with a conditional update before its mail goes out,
    so a repeated task sends nothing twice; a failed mail releases the claim for the retry.
    Report and mail are in the city's language (settings.LANGUAGE_CODE, env CITY_LANGUAGE)."""
    with translation.override(settings.LANGUAGE_CODE):
        return _weekly_report_send(week=week, department_slug=department_slug)


def _weekly_report_send(*, week: str, department_slug: str | None) -> int:
    out_dir = settings.ANALYTICS_REPORT_DIR / week
    report = weekly_report_build(week=week, department_slug=department_slug, out_dir=out_dir)
    subscriptions = (
        ReportSubscription.objects.filter(is_active=True, department__slug=department_slug)
        if department_slug
        else ReportSubscription.objects.filter(is_active=True, department__isnull=True)
    )
    # Only people who may still read the report: a deactivated account, or a manager who has
    # left the role, gets nothing, whatever their subscription says.
    subscriptions = subscriptions.filter(user__is_active=True).filter(
        Q(user__is_superuser=True) | Q(user__groups__name=MANAGERS)
    )
    sent = 0
    for subscription in (
        subscriptions.select_related("user").exclude(last_sent_week=week).distinct()
    ):
        previous = subscription.last_sent_week
        claimed = ReportSubscription.objects.filter(
            pk=subscription.pk, last_sent_week=previous
        ).update(last_sent_week=week)
        if not claimed or not subscription.user.email:
            continue
        message = EmailMessage(
            subject=report.subject,
            body=_mail_body(report),
            to=[subscription.user.email],
        )
        if report.pdf is not None:
            message.attach(f"{report.basename}.pdf", report.pdf, "application/pdf")
        else:  # no PDF on this server: the same report as a web page
            message.attach(f"{report.basename}.html", report.html, "text/html")
        if report.csv_zip is not None:
            message.attach(f"{report.basename}-csv.zip", report.csv_zip, "application/zip")
        try:
            message.send()
        except Exception:
            ReportSubscription.objects.filter(pk=subscription.pk).update(last_sent_week=previous)
            raise
        sent += 1
    logger.info("Weekly report %s %s sent to %d subscribers", week, report.scope, sent)
    return sent


def _mail_body(report) -> str:
    # Headline.trend is a key (the templates' CSS class); the words as the templates say them.
    trends = {
        "better": pgettext("trend", "better"),
        "worse": pgettext("trend", "worse"),
        "more": pgettext("trend", "more"),
        "fewer": pgettext("trend", "fewer"),
        "same": pgettext("trend", "same"),
    }
    lines = [
        _("%(city)s, weekly report %(week)s: %(scope)s.")
        % {"city": settings.CITY_NAME, "week": report.week, "scope": report.scope},
        _("Compared with %(period)s.") % {"period": report.overview.previous_period.label},
        "",
    ]
    for headline in report.overview.headlines:
        lines.append(
            f"- {headline.label}: {headline.display()} ({headline.change_display}, "
            f"{trends.get(headline.trend, headline.trend)})"
        )
    if report.pdf is not None:
        lines += ["", _("The PDF and every table as CSV are attached.")]
    for note in (report.pdf_note, report.charts_note):
        if note:
            lines += ["", note]
    return "\n".join(lines)

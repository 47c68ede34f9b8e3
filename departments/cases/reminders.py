"""E-mails that keep deadlines: a reminder before a case's first-response or resolution due
time, and a note to colleagues named in an internal note. Beat selects the cases; one small
task per case sends; a conditional update makes each reminder happen once."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.urls import NoReverseMatch, reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from departments import sla
from departments.models import OPEN_STATUSES, Case, CaseEvent, Reply
from departments.permissions import may_see_case
from smartgov.city_clock import local_time

logger = logging.getLogger(__name__)

FIRST_RESPONSE = "first_response"
RESOLUTION = "resolution"
CLOCKS = {
    FIRST_RESPONSE: ("first_response_due_at", "first_response_reminded_at"),
    RESOLUTION: ("resolution_due_at", "resolution_reminded_at"),
}
# How far ahead a reminder goes out, in business hours.
REMIND_AHEAD_HOURS = 1.0
# A deadline that passed this recently still gets its reminder (beat was down a few minutes);
# older ones do not: an installation that starts up must not e-mail about last year's cases.
LATE_GRACE = timedelta(hours=1)


def case_url(case_id: int) -> str:
    try:
        path = reverse("departments:case_detail", args=[case_id])
    except NoReverseMatch:
        path = f"/cases/{case_id}/"
    return settings.SITE_URL.rstrip("/") + path


def _clock_filter(clock: str, *, now: datetime) -> Q:
    due_field, reminded_field = CLOCKS[clock]
    horizon = sla.add_business_hours(now, REMIND_AHEAD_HOURS)
    condition = Q(
        **{
            f"{reminded_field}__isnull": True,
            f"{due_field}__lte": horizon,
            f"{due_field}__gt": now - LATE_GRACE,
        }
    )
    if clock == FIRST_RESPONSE:
        condition &= Q(first_responded_at__isnull=True)
    return condition


def sla_reminders_due(*, now: datetime | None = None) -> list[tuple[int, str]]:
    """(case id, clock) of every open case whose deadline falls within the next business hour
    and whose reminder for it has not gone out."""
    now = now or timezone.now()
    due = []
    for clock in CLOCKS:
        ids = (
            Case.objects.filter(status__in=OPEN_STATUSES, department__isnull=False)
            .filter(_clock_filter(clock, now=now))
            .order_by("id")
            .values_list("id", flat=True)
        )
        due.extend((case_id, clock) for case_id in ids)
    return due


def _recipients(case: Case) -> tuple[list, list[str]]:
    """(people, addresses): the assignee, or else the department's contact address, or else
    its members; people hear of it as they chose (departments.notifications, DUE_SOON)."""
    if case.assignee_id and case.assignee.email and case.assignee.is_active:
        return [case.assignee], []
    department = case.department
    if department.contact_email:
        return [], [department.contact_email]
    # Nobody is named: everyone in the department hears of it rather than nobody.
    return list(department.members.filter(is_active=True).exclude(email="")), []


def case_sla_remind(*, case_id: int, clock: str, now: datetime | None = None) -> bool:
    """Send the reminder for one clock of one case, once. Returns whether this call sent it."""
    from departments.notifications import Kind, reminder_deliveries

    now = now or timezone.now()
    due_field, reminded_field = CLOCKS[clock]
    with transaction.atomic():
        # The claim re-checks the conditions: the case may have been answered, closed or
        # re-routed (new deadlines) since beat selected it.
        claimed = (
            Case.objects.filter(pk=case_id, status__in=OPEN_STATUSES, department__isnull=False)
            .filter(_clock_filter(clock, now=now))
            .update(**{reminded_field: now})
        )
        if not claimed:
            return False
        case = Case.objects.select_related("post", "department", "assignee").get(pk=case_id)
        due_at = getattr(case, due_field)
        people, addresses = _recipients(case)
        with translation.override(settings.LANGUAGE_CODE):
            subject = _reminder_subject(case, clock=clock, due_at=due_at, now=now)
        # Those who want it in a digest get it there; those who want nothing are not e-mailed.
        at_once = reminder_deliveries(
            case=case,
            people=people,
            kind=Kind.DUE_SOON,
            key=f"due_soon:{case.pk}:{clock}:{due_at.isoformat()}",
            subject=subject,
            now=now,
        )
        recipients = addresses + [person.email for person in at_once]
        CaseEvent.record(
            case,
            kind=CaseEvent.Kind.REMINDER_SENT,
            new={"clock": clock, "due_at": due_at.isoformat(), "to": recipients},
            reason=""
            if people or addresses
            else "nobody to e-mail: no assignee, contact or member",
        )
    if recipients:
        _send_reminder(case, clock=clock, due_at=due_at, to=recipients, now=now)
    return True


def _reminder_subject(case: Case, *, clock: str, due_at: datetime, now: datetime) -> str:
    # Whole sentences, one per case: word order differs between languages.
    # Translators: how the deadline is written, in the letters of Django's date filter.
    when = formats.date_format(local_time(due_at), _("D d M H:i"))
    values = {"number": case.pk, "when": when}
    if clock == FIRST_RESPONSE:
        if due_at <= now:
            return _("Case %(number)s was due for a first response at %(when)s") % values
        return _("Case %(number)s is due for a first response at %(when)s") % values
    if due_at <= now:
        return _("Case %(number)s was due for resolution at %(when)s") % values
    return _("Case %(number)s is due for resolution at %(when)s") % values


def _send_reminder(case: Case, *, clock: str, due_at: datetime, to: list[str], now: datetime):
    # The recipients' language is not stored: mails go out in the site's language, whichever
    # request or worker happens to send them.
    with translation.override(settings.LANGUAGE_CODE):
        subject = _reminder_subject(case, clock=clock, due_at=due_at, now=now)
        body = (
            f"{subject} ({case.department.name}).\n\n"
            + _("%(author)s wrote:") % {"author": case.post.author_label}
            + f"\n{case.post.text[:500]}\n\n"
            + _("Open the case: %(url)s") % {"url": case_url(case.pk)}
            + "\n"
        )
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, to)


def note_mentions_notify(*, note_id: int, user_ids: list[int]) -> int:
    """E-mail the colleagues named in a note; returns how many were e-mailed."""
    note = Reply.objects.select_related("case__post", "author").filter(pk=note_id).first()
    if note is None:
        return 0
    author = (note.author.get_full_name() or note.author.get_username()) if note.author else "?"
    sent = 0
    for user in get_user_model().objects.filter(pk__in=user_ids, is_active=True).exclude(email=""):
        # Checked again at sending: the person may have left the department since.
        if not may_see_case(user, note.case):
            continue
        with translation.override(settings.LANGUAGE_CODE):
            values = {"author": author, "number": note.case_id}
            subject = _("%(author)s mentioned you on case %(number)s") % values
            body = (
                _("%(author)s wrote on case %(number)s:") % values
                + f"\n\n{note.text}\n\n"
                + _("Open the case: %(url)s") % {"url": case_url(note.case_id)}
                + "\n"
            )
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])
        sent += 1
    return sent

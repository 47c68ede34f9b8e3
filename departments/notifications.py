"""Telling people what concerns them, the way each chose: for each kind of event (a case routed
to their department, a reply of theirs returned, a case of theirs due soon or overdue, a case
escalated to the office) an e-mail at once, a digest every N minutes, or nothing.

Detection writes a Notification row per person and event; the unique (user, key) makes the
same event detected twice (a beat task run twice in the same minute, two workers) one row.
Sending claims each row under a row lock that a concurrent run skips (SKIP LOCKED) and marks
it sent in the same transaction as the e-mail goes out, so each is e-mailed once. Events of the
past (the demo's back-filled history, an import of old posts) tell nobody.

Overdue cases escalate to the communication office: once per case, recorded in its history
and told to the officers (as they chose for ESCALATED).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from departments import sla
from departments.cases.reminders import case_url
from departments.models import (
    OPEN_STATUSES,
    Case,
    CaseEvent,
    Delivery,
    Department,
    Notification,
    NotificationDigest,
    NotificationKind,
    NotificationPreference,
)
from departments.permissions import may_see_case
from departments.roles import OFFICERS
from smartgov import clock

logger = logging.getLogger(__name__)

Kind = NotificationKind
# What a person hears of each kind until they choose: a department hears of new cases in its
# digest (they arrive all day), everything about deadlines and returned replies at once.
DEFAULT_DELIVERY = {
    Kind.CASE_ROUTED: Delivery.DIGEST,
    Kind.REPLY_RETURNED: Delivery.IMMEDIATE,
    Kind.DUE_SOON: Delivery.IMMEDIATE,
    Kind.OVERDUE: Delivery.IMMEDIATE,
    Kind.ESCALATED: Delivery.IMMEDIATE,
    Kind.INCIDENT_SPIKE: Delivery.IMMEDIATE,
}
DIGEST_MINUTES_CHOICES = (15, 30, 60, 120, 240, 480)
DEFAULT_DIGEST_MINUTES = 60
# An event this far in the past when it is recorded is history being back-filled: nobody is
# told of it. Deadlines that passed longer ago than OVERDUE_WINDOW are not told of either: an
# installation that starts must not e-mail about last month's cases.
STALE_AFTER = timedelta(hours=1)
OVERDUE_WINDOW = timedelta(hours=24)
ESCALATION_WINDOW = timedelta(days=7)
# A notification the mail server keeps refusing is given up after this many tries.
MAX_ATTEMPTS = 5
# Handled notifications are deleted after this long: they only prevent a second e-mail.
KEEP_HANDLED = timedelta(days=30)
SEND_BATCH = 200


# -- preferences ----------------------------------------------------------------------------


def preferences_of(user) -> dict[str, str]:
    chosen = dict(NotificationPreference.objects.filter(user=user).values_list("kind", "delivery"))
    return {kind: chosen.get(kind, DEFAULT_DELIVERY[kind]) for kind in Kind.values}


def digest_minutes_of(user) -> int:
    digest = NotificationDigest.objects.filter(user=user).first()
    return digest.every_minutes if digest else DEFAULT_DIGEST_MINUTES


@transaction.atomic
def preferences_save(*, user, deliveries: dict[str, str], digest_minutes: int) -> None:
    for kind, delivery in deliveries.items():
        if kind not in Kind.values or delivery not in Delivery.values:
            raise ValueError(f"unknown notification kind or delivery: {kind}={delivery}")
        NotificationPreference.objects.update_or_create(
            user=user, kind=kind, defaults={"delivery": delivery}
        )
    NotificationDigest.objects.update_or_create(
        user=user, defaults={"every_minutes": digest_minutes}
    )


def _deliveries(user_ids: list[int], kind: str) -> dict[int, str]:
    chosen = dict(
        NotificationPreference.objects.filter(user_id__in=user_ids, kind=kind).values_list(
            "user_id", "delivery"
        )
    )
    return {user_id: chosen.get(user_id, DEFAULT_DELIVERY[kind]) for user_id in user_ids}


# -- detection ------------------------------------------------------------------------------


def notify(*, users: Iterable, kind: str, case: Case | None, key: str, subject: str) -> int:
    """One notification per person who wants this kind and may see the case; none for an
    event of the past. Returns how many it wrote (an event seen before writes nothing new)."""
    if clock.now() < timezone.now() - STALE_AFTER:
        return 0
    people = [
        user
        for user in users
        if user.is_active and user.email and (case is None or may_see_case(user, case))
    ]
    _, written = _notifications_write(people=people, kind=kind, case=case, key=key, subject=subject)
    return written


def reminder_deliveries(
    *, case: Case, people: list, kind: str, key: str, subject: str, now: datetime
) -> list:
    """For a reminder the caller e-mails itself now (departments.cases.reminders): the people
    who want it at once, recorded as sent; those who want a digest get it there."""
    deliveries, _ = _notifications_write(
        people=people, kind=kind, case=case, key=key, subject=subject, sent_now=now
    )
    return [person for person in people if deliveries[person.pk] == Delivery.IMMEDIATE]


def _notifications_write(
    *,
    people: list,
    kind: str,
    case: Case | None,
    key: str,
    subject: str,
    sent_now: datetime | None = None,
) -> tuple[dict[int, str], int]:
    """One row for each person who wants this kind at all, as they want it; with `sent_now`,
    the caller e-mails those who want it at once itself, and their rows are recorded as sent
    then. Returns each person's delivery and how many rows were written (an event seen before
    writes nothing new)."""
    deliveries = _deliveries([person.pk for person in people], kind)
    rows = [
        Notification(
            user=person,
            kind=kind,
            delivery=deliveries[person.pk],
            case=case,
            key=key[:200],
            subject=subject[:300],
            sent_at=sent_now if deliveries[person.pk] == Delivery.IMMEDIATE else None,
        )
        for person in people
        if deliveries[person.pk] != Delivery.NONE
    ]
    Notification.objects.bulk_create(rows, ignore_conflicts=True)
    return deliveries, len(rows)


def _members(department: Department, *, exclude=None) -> list:
    members = department.members.filter(is_active=True)
    if exclude is not None:
        members = members.exclude(pk=exclude.pk)
    return list(members)


def notify_case_routed(
    *, case: Case, department: Department, event: CaseEvent, by=None, members: list | None = None
) -> int:
    """The department's members (`members`, when the caller has them) hear of a case routed to
    them, by the router or a person."""
    if clock.now() < timezone.now() - STALE_AFTER:
        return 0
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("New case %(number)s for %(department)s") % {
            "number": case.pk,
            "department": department.name,
        }
    if members is None:
        members = _members(department, exclude=by)
    return notify(
        users=members,
        kind=Kind.CASE_ROUTED,
        case=case,
        key=f"routed:{event.pk}",
        subject=subject,
    )


def notify_reply_returned(*, reply) -> int:
    if reply.author is None:
        return 0
    with translation.override(settings.LANGUAGE_CODE):
        # Without the comment: it may quote the resident, and this row outlives retention's
        # reach; the case shows it.
        subject = _("Your reply on case %(number)s was returned with a comment") % {
            "number": reply.case_id
        }
    return notify(
        users=[reply.author],
        kind=Kind.REPLY_RETURNED,
        case=reply.case,
        key=f"returned:{reply.pk}:{reply.reviewed_at.isoformat()}",
        subject=subject,
    )


def _overdue(now: datetime, *, since: datetime) -> Q:
    window = since
    first = Q(
        first_responded_at__isnull=True,
        first_response_due_at__lte=now,
        first_response_due_at__gt=window,
    )
    resolution = Q(resolution_due_at__lte=now, resolution_due_at__gt=window)
    return first | resolution


def _people_for(case: Case) -> list:
    """Who answers for a case: its assignee, or else its department's members."""
    if case.assignee_id and case.assignee.is_active:
        return [case.assignee]
    return _members(case.department)


def overdue_scan(*, now: datetime | None = None) -> dict[str, int]:
    """Tell the people of each newly overdue case (keyed on the deadline: a later deadline of
    the same case is told again), and escalate to the communication office the cases more than
    settings.ESCALATE_AFTER_BUSINESS_HOURS past a deadline. Safe to run twice."""
    now = now or timezone.now()
    open_cases = Case.objects.filter(status__in=OPEN_STATUSES, department__isnull=False)
    told = escalated = 0
    for case in open_cases.filter(_overdue(now, since=now - OVERDUE_WINDOW)).select_related(
        "department", "assignee"
    ):
        due = _passed_deadline(case, now)
        with translation.override(settings.LANGUAGE_CODE):
            subject = _("Case %(number)s of %(department)s is overdue") % {
                "number": case.pk,
                "department": case.department.name,
            }
        told += notify(
            users=_people_for(case),
            kind=Kind.OVERDUE,
            case=case,
            key=f"overdue:{case.pk}:{due.isoformat()}",
            subject=subject,
        )
    # Escalation looks further back than telling: the threshold is in business hours, and a
    # weekend or a holiday lies between a Friday deadline and the Monday it is reached.
    late = open_cases.filter(escalated_at__isnull=True).filter(
        _overdue(now, since=now - ESCALATION_WINDOW)
    )
    for case in late.select_related("department").order_by("id"):
        due = _passed_deadline(case, now)
        if sla.business_hours_between(due, now) >= settings.ESCALATE_AFTER_BUSINESS_HOURS:
            escalated += case_escalate(case=case, due=due, now=now)
    return {"overdue_told": told, "escalated": escalated}


def _passed_deadline(case: Case, now: datetime) -> datetime:
    if (
        case.first_responded_at is None
        and case.first_response_due_at
        and (case.first_response_due_at <= now)
    ):
        return case.first_response_due_at
    return case.resolution_due_at


@transaction.atomic
def case_escalate(*, case: Case, due: datetime, now: datetime) -> int:
    """Once per case: its history says so and the officers are told."""
    claimed = Case.objects.filter(pk=case.pk, escalated_at__isnull=True).update(escalated_at=now)
    if not claimed:
        return 0
    CaseEvent.record(
        case,
        kind=CaseEvent.Kind.ESCALATED,
        new={"due_at": due.isoformat()},
        reason=f"overdue since {due.isoformat(timespec='minutes')}",
    )
    officers = get_user_model().objects.filter(is_active=True, groups__name=OFFICERS)
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("Escalated: case %(number)s of %(department)s is overdue") % {
            "number": case.pk,
            "department": case.department.name,
        }
    notify(
        users=officers,
        kind=Kind.ESCALATED,
        case=case,
        key=f"escalated:{case.pk}",
        subject=subject,
    )
    return 1


# -- sending --------------------------------------------------------------------------------


def notifications_send_immediate(*, now: datetime | None = None) -> int:
    """E-mail every unsent immediate notification, each once; one the person may no longer
    see is left out, one the mail server refuses is tried again later (up to MAX_ATTEMPTS)."""
    now = now or timezone.now()
    pending = list(
        _unsent(Delivery.IMMEDIATE).order_by("id").values_list("id", flat=True)[:SEND_BATCH]
    )
    sent = 0
    for notification_id in pending:
        with transaction.atomic():
            # Only the notification's row: locking its user too (the join) would make a
            # concurrent run skip this person's other notifications, which nobody then sends.
            notification = (
                _unsent(Delivery.IMMEDIATE)
                .select_for_update(skip_locked=True, of=("self",))
                .select_related("user", "case")
                .filter(pk=notification_id)
                .first()
            )
            if notification is None:
                continue  # another run has it, or sent it
            if not _still_theirs(notification, now):
                continue
            if _mailed(
                notification.user, notification.subject, _body([notification]), [notification]
            ):
                Notification.objects.filter(pk=notification.pk).update(sent_at=now)
                sent += 1
    return sent


def notifications_send_digests(*, now: datetime | None = None) -> int:
    """One e-mail per person whose digest is due and has something in it."""
    now = now or timezone.now()
    user_ids = list(_unsent(Delivery.DIGEST).values_list("user_id", flat=True).distinct())
    sent = 0
    for user_id in user_ids:
        NotificationDigest.objects.get_or_create(
            user_id=user_id, defaults={"every_minutes": DEFAULT_DIGEST_MINUTES}
        )
        with transaction.atomic():
            digest = (
                NotificationDigest.objects.select_for_update(skip_locked=True, of=("self",))
                .select_related("user")
                .filter(user_id=user_id)
                .first()
            )
            if digest is None:
                continue  # another run is sending this person's digest
            if digest.last_sent_at and now < digest.last_sent_at + timedelta(
                minutes=digest.every_minutes
            ):
                continue
            items = [
                item
                for item in _unsent(Delivery.DIGEST)
                .filter(user_id=user_id)
                .select_related("user", "case")
                .order_by("created_at", "id")
                if _still_theirs(item, now)
            ]
            if not items:
                continue
            with translation.override(settings.LANGUAGE_CODE):
                subject = _("SmartGov Listening: %(count)s new for you") % {"count": len(items)}
            if not _mailed(digest.user, subject, _body(items), items):
                continue
            Notification.objects.filter(pk__in=[n.pk for n in items]).update(sent_at=now)
            digest.last_sent_at = now
            digest.save(update_fields=["last_sent_at"])
            sent += 1
    return sent


def _unsent(delivery: str):
    return Notification.objects.filter(
        delivery=delivery, sent_at__isnull=True, attempts__lt=MAX_ATTEMPTS
    )


def _still_theirs(notification: Notification, now: datetime) -> bool:
    """Checked again at sending: the person may have left, or the case their department."""
    user = notification.user
    if (
        user.is_active
        and user.email
        and (notification.case is None or may_see_case(user, notification.case))
    ):
        return True
    Notification.objects.filter(pk=notification.pk).update(
        sent_at=now, error="left out: no longer theirs to see"
    )
    return False


def _mailed(user, subject: str, body: str, items: list[Notification]) -> bool:
    try:
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])
    except Exception as error:  # noqa: BLE001 - smtplib and backends raise many kinds
        # The error's type only: an SMTP answer may quote the address.
        logger.warning("notification e-mail to user %s failed: %s", user.pk, type(error).__name__)
        Notification.objects.filter(pk__in=[n.pk for n in items]).update(
            attempts=F("attempts") + 1, error=f"sending failed: {type(error).__name__}"
        )
        return False
    return True


def _body(items: list[Notification]) -> str:
    with translation.override(settings.LANGUAGE_CODE):
        lines = []
        for item in items:
            lines.append(f"- {item.subject}")
            if item.case_id:
                lines.append("  " + _("Open the case: %(url)s") % {"url": case_url(item.case_id)})
        footer = _("Choose what you hear of, and how: %(url)s") % {
            "url": settings.SITE_URL.rstrip("/") + "/notifications/"
        }
    return "\n".join([*lines, "", footer, ""])


def notifications_run(*, now: datetime | None = None) -> dict[str, int]:
    """The beat task's work, every minute: find what became overdue (and escalate), then send
    what is due, at once and in digests."""
    now = now or timezone.now()
    done = overdue_scan(now=now)
    done["immediate"] = notifications_send_immediate(now=now)
    done["digests"] = notifications_send_digests(now=now)
    done["deleted"], _by_model = Notification.objects.filter(
        sent_at__lt=now - KEEP_HANDLED
    ).delete()
    return done

"""Replies to citizens on the platform: from a template, queued, sent by a Celery task through
the account's connector, at most once, with the platform's answer stored on the reply.

The send is claimed with a conditional update (queued -> sending) before the platform is
called, so a second delivery of the task, or two workers, never post the same reply twice. A
worker killed after claiming leaves the reply "sending": it is never re-sent automatically (the
platform may already show it); replies_fail_interrupted turns it into a failure an officer can
check and retry.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import formats, timezone, translation

from departments import presence, sla
from departments.cases.workflow import transition_allowed
from departments.models import Case, CaseEvent, CaseStatus, Reply, ReplyTemplate
from departments.permissions import CaseAction, ensure_may_act
from smartgov.city_clock import local_time

logger = logging.getLogger(__name__)

PUBLIC_KINDS = (Reply.Kind.ACKNOWLEDGEMENT, Reply.Kind.ANSWER)
# A claimed send that has not finished after this long was interrupted.
INTERRUPTED_AFTER = timedelta(minutes=15)
# How each language writes a day: "dinsdag 28 april", "Dienstag, 28. April".
DATE_FORMATS = {"de": "l, j. F", "es": r"l j \d\e F"}
# {expected_handling} when the case has no resolution target yet.
AS_SOON_AS_POSSIBLE = {
    "nl": "zo snel mogelijk",
    "en": "as soon as possible",
    "de": "so schnell wie möglich",
    "es": "lo antes posible",
}


class ReplyCollision(Exception):
    """Someone else is writing a reply on the case or has just sent one."""

    def __init__(self, others: list[str]):
        self.others = others
        super().__init__(
            "Someone else is replying on this case or has just replied: " + ", ".join(others)
        )


# -- templates ------------------------------------------------------------------------------


def reply_template_render(*, template: ReplyTemplate, case: Case) -> str:
    """The template's text with {handle}, {department} and {expected_handling} filled in, in
    the template's language. Other braces are left as they are (a template is not code)."""
    post = case.post
    handle = post.author_handle or post.author_name
    if handle and post.author_handle and not handle.startswith("@"):
        handle = f"@{handle}"
    department = case.department.name if case.department_id else settings.CITY_NAME
    values = {
        "{handle}": handle,
        "{department}": department,
        "{expected_handling}": expected_handling(case, language=template.language),
    }
    text = template.text
    for placeholder, value in values.items():
        text = text.replace(placeholder, value)
    return text


def expected_handling(case: Case, *, language: str) -> str:
    """When the citizen may expect the case handled, as a date in their language ("dinsdag 28
    april"), from the case's resolution due time, or its department's target from now."""
    due = case.resolution_due_at
    if due is None:
        _first, resolution = sla.sla_targets(case)
        if resolution is None:
            return AS_SOON_AS_POSSIBLE.get(language, AS_SOON_AS_POSSIBLE["en"])
        due = sla.add_business_hours(timezone.now(), resolution)
    local = local_time(due)
    with translation.override(language):
        return formats.date_format(local, DATE_FORMATS.get(language, "l j F"))


# -- sending --------------------------------------------------------------------------------


def _collisions(case: Case, by) -> list[str]:
    others: list[str] = []
    try:
        others = [
            viewer.display_name
            for viewer in presence.presence_others(case_id=case.pk, user=by)
            if viewer.composing
        ]
    except Exception as error:  # noqa: BLE001 - presence must never stop a reply
        logger.warning("presence unavailable for case %s: %s", case.pk, type(error).__name__)
    since = timezone.now() - timedelta(minutes=settings.REPLY_COLLISION_MINUTES)
    recent = (
        Reply.objects.filter(case=case, kind__in=PUBLIC_KINDS, created_at__gte=since)
        .exclude(author=by)
        .exclude(send_state=Reply.SendState.FAILED)
        .select_related("author")
    )
    for reply in recent:
        name = (reply.author.get_full_name() or reply.author.get_username()) if reply.author else ""
        if name and name not in others:
            others.append(name)
    return others


@transaction.atomic
def reply_send(*, case: Case, text: str, kind: str, by, confirm_collision: bool = False) -> Reply:
    """Queue a reply to the citizen's post; the send task posts it once this commits. Raises
    ReplyCollision when a colleague is writing on the case or has just replied, unless the
    sender has seen that and confirmed."""
    ensure_may_act(by, CaseAction.REPLY, case)
    if kind not in PUBLIC_KINDS:
        raise ValidationError("A reply is an acknowledgement or an answer; notes are added apart.")
    text = text.strip()
    if not text:
        raise ValidationError("An empty reply cannot be sent.")
    if case.status == CaseStatus.MERGED:
        raise ValidationError(f"This case was merged into case {case.merged_into_id}: reply there.")
    if not confirm_collision:
        others = _collisions(case, by)
        if others:
            raise ReplyCollision(others)
    reply = Reply.objects.create(
        case=case, author=by, kind=kind, text=text, send_state=Reply.SendState.QUEUED
    )
    _enqueue(reply.pk)
    return reply


def _enqueue(reply_id: int) -> None:
    from departments.tasks import send_reply_task

    transaction.on_commit(lambda: send_reply_task.delay(reply_id=reply_id))


@transaction.atomic
def reply_retry(*, reply: Reply, by) -> Reply:
    """Send a failed reply again."""
    ensure_may_act(by, CaseAction.REPLY, reply.case)
    requeued = Reply.objects.filter(pk=reply.pk, send_state=Reply.SendState.FAILED).update(
        send_state=Reply.SendState.QUEUED, error=""
    )
    if not requeued:
        raise ValidationError("Only a reply whose sending failed can be sent again.")
    _enqueue(reply.pk)
    reply.refresh_from_db()
    return reply


def reply_deliver(*, reply_id: int) -> Reply | None:
    """The send task's work: claim the reply, post it through the account's connector, store
    the outcome. Returns None when there was nothing to send (already sent, being sent, or
    failed). Transient platform errors put the reply back in the queue and are raised for the
    task to retry with backoff."""
    from listening.accounts import account_needs_attention
    from listening.sources import source_for
    from listening.sources.errors import (
        CredentialsInvalid,
        RateLimited,
        SourceError,
        TransientSourceError,
    )

    claimed = Reply.objects.filter(
        pk=reply_id, send_state=Reply.SendState.QUEUED, kind__in=PUBLIC_KINDS
    ).update(
        send_state=Reply.SendState.SENDING,
        attempts=F("attempts") + 1,
        last_attempt_at=timezone.now(),
    )
    if not claimed:
        return None
    reply = Reply.objects.select_related("case__post__account", "author").get(pk=reply_id)
    post = reply.case.post
    # The network call happens outside any transaction: a slow platform holds no row lock.
    try:
        external_id = source_for(post.account).send_reply(
            in_reply_to=post.external_id, text=reply.text
        )
    except (TransientSourceError, RateLimited) as error:
        Reply.objects.filter(pk=reply_id, send_state=Reply.SendState.SENDING).update(
            send_state=Reply.SendState.QUEUED, error=f"Retrying: {error}"[:2000]
        )
        raise
    except CredentialsInvalid as error:
        account_needs_attention(account=post.account, reason=str(error))
        return _reply_failed(reply, str(error))
    except SourceError as error:
        return _reply_failed(reply, str(error))
    except LookupError as error:  # no connector for the platform
        return _reply_failed(reply, str(error))
    except Exception as error:
        # Adapters turn platform errors into SourceError with token-free messages; anything
        # else is a bug, whose message might quote a request: only its type is shown.
        _reply_failed(reply, f"Unexpected error while sending ({type(error).__name__}).")
        raise
    return _reply_sent(reply, external_id)


@transaction.atomic
def _reply_sent(reply: Reply, external_id: str) -> Reply:
    now = timezone.now()
    Reply.objects.filter(pk=reply.pk).update(
        send_state=Reply.SendState.SENT, platform_external_id=external_id, sent_at=now, error=""
    )
    case = reply.case
    # The first reply on the platform stops the first-response clock; later ones do not move it.
    Case.objects.filter(pk=case.pk, first_responded_at__isnull=True).update(
        first_responded_at=now, updated_at=now
    )
    CaseEvent.record(
        case,
        kind=CaseEvent.Kind.REPLIED,
        actor=reply.author,
        new={"reply": reply.pk, "kind": reply.kind, "platform_id": external_id},
    )
    _status_after_reply(case, reply)
    reply.refresh_from_db()
    return reply


def _status_after_reply(case: Case, reply: Reply) -> None:
    """An answer moves the case to answered; an acknowledgement of an untouched case means
    someone is on it."""
    locked = Case.objects.select_for_update(of=("self",)).get(pk=case.pk)
    if reply.kind == Reply.Kind.ANSWER:
        target = CaseStatus.ANSWERED
    elif locked.status in (CaseStatus.NEW, CaseStatus.ROUTED):
        target = CaseStatus.IN_PROGRESS
    else:
        return
    if locked.status == target or not transition_allowed(locked.status, target):
        return
    previous = locked.status
    Case.objects.filter(pk=case.pk).update(status=target, updated_at=timezone.now())
    CaseEvent.record(
        case,
        kind=CaseEvent.Kind.STATUS_CHANGED,
        actor=reply.author,
        old=previous,
        new=target,
        reason=f"{reply.get_kind_display().lower()} sent",
    )


@transaction.atomic
def _reply_failed(reply: Reply, error: str) -> Reply:
    Reply.objects.filter(pk=reply.pk).update(send_state=Reply.SendState.FAILED, error=error[:2000])
    CaseEvent.record(
        reply.case,
        kind=CaseEvent.Kind.REPLY_FAILED,
        actor=None,
        new={"reply": reply.pk},
        reason=error[:500],
    )
    reply.refresh_from_db()
    return reply


def reply_give_up(*, reply_id: int, error: str) -> Reply | None:
    """The retries are used up: the reply fails with the last error, for an officer to retry."""
    reply = Reply.objects.select_related("case").filter(pk=reply_id).first()
    if reply is None or reply.send_state != Reply.SendState.QUEUED:
        return None
    attempts = f"{reply.attempts} attempt{'s' if reply.attempts != 1 else ''}"
    return _reply_failed(reply, f"Gave up after {attempts}: {error}")


def replies_fail_interrupted(*, now: datetime | None = None) -> int:
    """Replies claimed long ago and never finished (a worker killed mid-send) become failures
    that say so, instead of hanging in "sending" for ever."""
    now = now or timezone.now()
    stuck = Reply.objects.filter(
        send_state=Reply.SendState.SENDING, last_attempt_at__lt=now - INTERRUPTED_AFTER
    ).select_related("case")
    count = 0
    for reply in stuck:
        with transaction.atomic():
            failed = Reply.objects.filter(pk=reply.pk, send_state=Reply.SendState.SENDING).update(
                send_state=Reply.SendState.FAILED
            )
            if failed:
                _reply_failed(
                    reply,
                    "The send was interrupted; the platform may or may not have it. Check the "
                    "conversation on the platform before sending it again.",
                )
                count += 1
    return count

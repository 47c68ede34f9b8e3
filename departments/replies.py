"""Replies to citizens on the platform: from a template, kept in an outbox, sent by a Celery
task through the account's connector exactly once, with the platform's answer stored on the reply.

The outbox's states: queued -> sending -> sent | failed, and unknown when the platform may have
the reply although we could not record it (a time-out or 5xx after the post, X refusing it as a
duplicate, a worker killed or a database write lost after the platform's answer). A send is
claimed with a conditional update (queued or unknown -> sending) before the platform is called,
so a second delivery of the task, or two workers, never post the same reply twice; an unknown
reply is first looked up on the platform (Source.find_reply) and posted only when it is not
there. Nothing depends on the broker keeping a message: replies_sweep enqueues again the replies
whose task was lost (Redis down or restarted) and turns replies left "sending" by a dead worker
into unknown ones. Every reply has an idempotency key: a second submission of the same composer
(a double click) finds the reply the first one made, and Mastodon posts a key once.
"""

from __future__ import annotations

import contextlib
import logging
import uuid
from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone

from departments import presence
from departments.cases.workflow import transition_allowed
from departments.models import Case, CaseEvent, CaseStatus, Reply
from departments.permissions import CaseAction, ensure_may_act, role_may
from departments.roles import is_officer
from smartgov import clock

logger = logging.getLogger(__name__)

PUBLIC_KINDS = (Reply.Kind.ACKNOWLEDGEMENT, Reply.Kind.ANSWER)
State = Reply.SendState
# A claimed send that has not finished after this long was interrupted: every platform call has
# a time-out far below it (30 s), so no live worker still holds the reply.
INTERRUPTED_AFTER = timedelta(minutes=10)
# A queued or unknown reply this long past its next attempt lost its task and is enqueued again.
LOST_TASK_AFTER = timedelta(minutes=2)
# When the task's retries are used up on a reply the platform may have: asked again this later.
UNKNOWN_CHECK_AGAIN = timedelta(minutes=10)


class ReplyCollision(Exception):
    """Someone else is writing a reply on the case or has just sent one."""

    def __init__(self, others: list[str]):
        self.others = others
        super().__init__(
            "Someone else is replying on this case or has just replied: " + ", ".join(others)
        )


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
    since = clock.now() - timedelta(minutes=settings.REPLY_COLLISION_MINUTES)
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


def reply_needs_approval(*, case: Case, by) -> bool:
    """A department member's reply waits for an officer when the department's replies need
    approval (the default); officers speak for the city themselves."""
    if is_officer(by) or case.department_id is None:
        return False
    return case.department.replies_need_approval


@transaction.atomic
def reply_send(
    *,
    case: Case,
    text: str,
    kind: str,
    by,
    confirm_collision: bool = False,
    idempotency_key: uuid.UUID | None = None,
) -> Reply:
    """Queue a reply to the citizen's post; the send task posts it once this commits. Raises
    ReplyCollision when a colleague is writing on the case or has just replied, unless the
    sender has seen that and confirmed. The same idempotency key (one composer's submission)
    sent twice gives the reply it made the first time. A reply that needs approval
    (reply_needs_approval) waits for an officer instead (departments.approvals)."""
    ensure_may_act(by, CaseAction.REPLY, case)
    if idempotency_key is not None:
        earlier = _submitted_before(case, idempotency_key)
        if earlier is not None:
            return earlier
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
    awaits_approval = reply_needs_approval(case=case, by=by)
    try:
        with transaction.atomic():
            reply = Reply.objects.create(
                case=case,
                author=by,
                kind=kind,
                text=text,
                send_state=State.AWAITING_APPROVAL if awaits_approval else State.QUEUED,
                idempotency_key=idempotency_key or uuid.uuid4(),
                next_attempt_at=None if awaits_approval else clock.now(),
            )
    except IntegrityError:
        # The same submission a moment ago, in a request that committed while this one waited
        # on the key's unique index.
        earlier = _submitted_before(case, idempotency_key) if idempotency_key else None
        if earlier is None:
            raise
        return earlier
    if awaits_approval:
        CaseEvent.record(
            case, kind=CaseEvent.Kind.REPLY_SUBMITTED, actor=by, new={"reply": reply.pk}
        )
    else:
        reply_enqueue(reply.pk)
    return reply


def _submitted_before(case: Case, idempotency_key: uuid.UUID) -> Reply | None:
    earlier = Reply.objects.filter(idempotency_key=idempotency_key).first()
    if earlier is not None and earlier.case_id != case.pk:
        raise ValidationError("This reply form belongs to another case: open the case again.")
    return earlier


def reply_enqueue(reply_id: int) -> None:
    """Hand the reply to the send task once the transaction commits."""
    transaction.on_commit(lambda: _publish(reply_id))


def _publish(reply_id: int) -> bool:
    """Hands the reply to the send queue; False when the broker is away. The reply is saved
    either way: the sweeper enqueues it once the broker is back, so an officer sending while
    Redis is down gets "it goes out shortly", not an error page."""
    from departments.tasks import send_reply_task

    try:
        send_reply_task.delay(reply_id=reply_id)
    except Exception as error:  # noqa: BLE001 - kombu and redis-py raise many kinds
        logger.warning("reply %s not enqueued yet (%s)", reply_id, type(error).__name__)
        return False
    return True


@transaction.atomic
def reply_retry(*, reply: Reply, by) -> Reply:
    """Send a failed reply again. A public post (no case) is the office's to send."""
    if reply.case_id is None:
        if not role_may(by, CaseAction.MERGE):
            raise PermissionDenied("Only communication officers post for the city.")
    else:
        ensure_may_act(by, CaseAction.REPLY, reply.case)
    requeued = Reply.objects.filter(pk=reply.pk, send_state=State.FAILED).update(
        send_state=State.QUEUED, error="", next_attempt_at=timezone.now()
    )
    if not requeued:
        raise ValidationError("Only a reply whose sending failed can be sent again.")
    reply_enqueue(reply.pk)
    reply.refresh_from_db()
    return reply


def reply_deliver(*, reply_id: int) -> Reply | None:
    """The send task's work: claim the reply, post it through the account's connector (after
    asking the platform whether it already has it, when an earlier attempt's outcome is
    unknown), store the outcome. Returns None when there was nothing to do (already sent, being
    sent, or failed). Transient platform errors leave the reply queued (nothing was posted) or
    unknown (it may have been) and are raised for the task to retry with backoff."""
    from listening.accounts import account_needs_attention
    from listening.sources import source_for
    from listening.sources.errors import (
        CredentialsInvalid,
        DuplicateRefused,
        RateLimited,
        SourceError,
        TransientSourceError,
    )

    observed = (
        Reply.objects.filter(
            pk=reply_id, kind__in=PUBLIC_KINDS, send_state__in=(State.QUEUED, State.UNKNOWN)
        )
        .values_list("send_state", flat=True)
        .first()
    )
    if observed is None:
        return None
    claimed = Reply.objects.filter(pk=reply_id, send_state=observed).update(
        send_state=State.SENDING,
        attempts=F("attempts") + 1,
        last_attempt_at=clock.now(),
        next_attempt_at=None,
    )
    if not claimed:
        return None
    reply = Reply.objects.select_related("case__post__account", "public_account", "author").get(
        pk=reply_id
    )
    account = reply.public_account if reply.case_id is None else reply.case.post.account
    maybe_posted = observed == State.UNKNOWN
    # The network calls happen outside any transaction: a slow platform holds no row lock.
    try:
        post, find = _platform_calls(reply, source_for(account))
        external_id = reply.platform_external_id if observed == State.UNKNOWN else ""
        if observed == State.UNKNOWN and not external_id:
            external_id = find() or ""
        if not external_id:
            maybe_posted = False  # never sent, or looked up and not there
            try:
                external_id = post()
            except DuplicateRefused as refusal:
                # X keeps a text once per account: the reply is there unless the city said
                # the same words elsewhere.
                maybe_posted = True
                try:
                    found = find()
                except (RateLimited, TransientSourceError):
                    raise
                except SourceError as error:
                    return _reply_failed(reply, f"{refusal} Looking for it failed: {error}")
                if not found:
                    return _reply_failed(reply, str(refusal))
                external_id = found
    except RateLimited as error:
        # A 429 on the post itself posted nothing.
        state = State.UNKNOWN if maybe_posted else State.QUEUED
        _release(reply, state, f"Retrying: {error}")
        raise
    except TransientSourceError as error:
        _release(reply, State.UNKNOWN, f"Checking with the platform: {error}")
        raise
    except CredentialsInvalid as error:
        account_needs_attention(account=account, reason=str(error))
        return _reply_failed(reply, str(error))
    except SourceError as error:
        return _reply_failed(reply, str(error))
    except LookupError as error:  # no connector for the platform
        return _reply_failed(reply, str(error))
    except Exception as error:
        # Adapters turn platform errors into SourceError with token-free messages; anything
        # else is a bug, whose message might quote a request: only its type is shown.
        _reply_failed(
            reply,
            f"Unexpected error while sending ({type(error).__name__}). Check the conversation "
            "on the platform before sending it again.",
        )
        raise
    try:
        return _reply_sent(reply, external_id)
    except DatabaseError:
        # The platform has the reply; recording that failed. Keep its id if the database takes
        # anything, so that the retry records it without asking the platform; otherwise the
        # sweeper finds the reply "sending" and the platform is asked.
        with contextlib.suppress(DatabaseError):
            _release(reply, State.UNKNOWN, "Recording the platform's answer failed.", external_id)
        raise


def _platform_calls(reply: Reply, source):
    """How this row of the outbox is posted, and looked up when an earlier attempt's outcome
    is unknown: under the citizen's post, or (no case) on the account's own timeline."""
    key = str(reply.idempotency_key)
    if reply.case_id is None:
        return (
            lambda: source.publish(text=reply.text, idempotency_key=key),
            lambda: source.find_published(text=reply.text),
        )
    parent = reply.case.post.external_id
    return (
        lambda: source.send_reply(in_reply_to=parent, text=reply.text, idempotency_key=key),
        lambda: source.find_reply(in_reply_to=parent, text=reply.text),
    )


def _release(reply: Reply, state: str, error: str, external_id: str = "") -> None:
    """Give up this attempt's claim. The attempt count fences it: a claim the sweeper took
    away from a worker presumed dead is not handed back by that worker."""
    changes: dict = {"send_state": state, "error": error[:2000], "next_attempt_at": timezone.now()}
    if external_id:
        changes["platform_external_id"] = external_id
    Reply.objects.filter(pk=reply.pk, send_state=State.SENDING, attempts=reply.attempts).update(
        **changes
    )


def reply_next_attempt(*, reply_id: int, at: datetime) -> None:
    """When the send task will retry: until then the sweeper leaves the reply to it."""
    Reply.objects.filter(pk=reply_id, send_state__in=(State.QUEUED, State.UNKNOWN)).update(
        next_attempt_at=at
    )


@transaction.atomic
def _reply_sent(reply: Reply, external_id: str) -> Reply:
    now = clock.now()
    recorded = (
        Reply.objects.filter(pk=reply.pk)
        .exclude(send_state=State.SENT)
        .update(
            send_state=State.SENT,
            platform_external_id=external_id,
            sent_at=now,
            error="",
            next_attempt_at=None,
        )
    )
    if not recorded or reply.case_id is None:  # recorded first by another attempt; public
        reply.refresh_from_db()
        return reply
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
    Case.objects.filter(pk=case.pk).update(status=target, updated_at=clock.now())
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
    failed = Reply.objects.filter(
        pk=reply.pk, send_state__in=(State.QUEUED, State.SENDING, State.UNKNOWN)
    ).update(send_state=State.FAILED, error=error[:2000], next_attempt_at=None)
    if failed and reply.case_id is not None:
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
    """The retries are used up. A queued reply fails with the last error, for an officer to
    retry; one the platform may have is never called failed on a guess: it stays unknown and
    the platform is asked again later (replies_sweep)."""
    reply = Reply.objects.select_related("case").filter(pk=reply_id).first()
    if reply is None:
        return None
    if reply.send_state == State.UNKNOWN:
        Reply.objects.filter(pk=reply_id, send_state=State.UNKNOWN).update(
            error=f"Could not check with the platform yet: {error}"[:2000],
            next_attempt_at=timezone.now() + UNKNOWN_CHECK_AGAIN,
        )
        reply.refresh_from_db()
        return reply
    if reply.send_state != State.QUEUED:
        return None
    attempts = f"{reply.attempts} attempt{'s' if reply.attempts != 1 else ''}"
    return _reply_failed(reply, f"Gave up after {attempts}: {error}")


def replies_sweep(*, now: datetime | None = None) -> dict[str, int]:
    """The outbox's safety net, run by beat every minute. Replies a dead worker left "sending"
    become unknown (the platform may have them); queued and unknown replies well past their
    next attempt lost their task (a broker restart, Redis down when they were sent) and are
    enqueued again. A second delivery is harmless: the send claims the reply first."""
    now = now or timezone.now()
    interrupted = Reply.objects.filter(
        send_state=State.SENDING, last_attempt_at__lt=now - INTERRUPTED_AFTER
    ).update(
        send_state=State.UNKNOWN,
        error="The send was interrupted; checking with the platform.",
        next_attempt_at=now - LOST_TASK_AFTER,
    )
    overdue = list(
        Reply.objects.filter(send_state__in=(State.QUEUED, State.UNKNOWN))
        .filter(Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now - LOST_TASK_AFTER))
        .order_by("id")
        .values_list("id", flat=True)
    )
    enqueued = 0
    for reply_id in overdue:
        if not _publish(reply_id):
            break  # the broker is away: the next sweep tries again
        # Handed to the broker now (whatever moment the sweep was asked about): lost again, it
        # is overdue again LOST_TASK_AFTER from here.
        Reply.objects.filter(pk=reply_id, send_state__in=(State.QUEUED, State.UNKNOWN)).update(
            next_attempt_at=timezone.now()
        )
        enqueued += 1
    return {"interrupted": interrupted, "enqueued": enqueued}

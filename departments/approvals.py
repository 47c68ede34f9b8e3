"""Publication control: the communication office decides what the city says in public.

A department member's reply on a department whose replies need approval is saved "waiting for
approval" (departments.replies.reply_send) and never handed to the send task. An officer
approves it, as written or edited, and only then is it queued for the platform; or returns it
with a comment, which its author sees on the case and answers with a revised text that waits
again. Each decision is a conditional update from the state the officer saw, so two officers
deciding on the same reply at once cannot both win, and each is in the case's history.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import QuerySet

from departments.models import CaseEvent, Reply
from departments.notifications import notify_reply_returned
from departments.permissions import CaseAction, ensure_may_act
from departments.replies import reply_enqueue
from smartgov import clock

State = Reply.SendState


def replies_awaiting_approval() -> QuerySet[Reply]:
    """The officers' approval queue: what waits, oldest first, with what the officer reads to
    decide (the resident's post, the case's department, the author)."""
    return (
        Reply.objects.filter(send_state=State.AWAITING_APPROVAL)
        .select_related("case__post", "case__department", "author")
        .order_by("created_at", "id")
    )


@transaction.atomic
def reply_approve(*, reply: Reply, by, text: str | None = None) -> Reply:
    """Let the reply go out, with the officer's edits when `text` differs from what the
    department wrote (the history says whether it was edited; it keeps no copy of a resident's
    words beyond the reply itself, which retention and erasure scrub)."""
    ensure_may_act(by, CaseAction.APPROVE_REPLY, reply.case)
    approved_text = reply.text if text is None else text.strip()
    if not approved_text:
        raise ValidationError("An empty reply cannot be approved: return it with a comment.")
    now = clock.now()
    changed = Reply.objects.filter(pk=reply.pk, send_state=State.AWAITING_APPROVAL).update(
        send_state=State.QUEUED,
        text=approved_text,
        reviewed_by=by,
        reviewed_at=now,
        review_comment="",
        next_attempt_at=now,
    )
    if not changed:
        raise _decided_already(reply)
    edited = approved_text != reply.text
    CaseEvent.record(
        reply.case,
        kind=CaseEvent.Kind.REPLY_APPROVED,
        actor=by,
        new={"reply": reply.pk, "edited": edited},
    )
    reply_enqueue(reply.pk)
    reply.refresh_from_db()
    return reply


@transaction.atomic
def reply_return(*, reply: Reply, by, comment: str) -> Reply:
    """Send the reply back to its author with the officer's comment; nothing is sent."""
    ensure_may_act(by, CaseAction.APPROVE_REPLY, reply.case)
    comment = comment.strip()
    if not comment:
        raise ValidationError("Say what should change: a returned reply needs a comment.")
    changed = Reply.objects.filter(pk=reply.pk, send_state=State.AWAITING_APPROVAL).update(
        send_state=State.RETURNED, reviewed_by=by, reviewed_at=clock.now(), review_comment=comment
    )
    if not changed:
        raise _decided_already(reply)
    CaseEvent.record(
        reply.case,
        kind=CaseEvent.Kind.REPLY_RETURNED,
        actor=by,
        new={"reply": reply.pk},
        reason=comment[:500],
    )
    reply.refresh_from_db()
    notify_reply_returned(reply=reply)
    return reply


@transaction.atomic
def reply_revise(*, reply: Reply, by, text: str) -> Reply:
    """The author's answer to a returned reply: the revised text waits for approval again (the
    officer's comment stays on the reply until the next decision)."""
    ensure_may_act(by, CaseAction.REPLY, reply.case)
    text = text.strip()
    if not text:
        raise ValidationError("An empty reply cannot be sent for approval.")
    changed = Reply.objects.filter(pk=reply.pk, send_state=State.RETURNED).update(
        send_state=State.AWAITING_APPROVAL, text=text
    )
    if not changed:
        raise ValidationError("Only a reply an officer returned can be revised.")
    CaseEvent.record(
        reply.case,
        kind=CaseEvent.Kind.REPLY_SUBMITTED,
        actor=by,
        new={"reply": reply.pk, "revised": True},
    )
    reply.refresh_from_db()
    return reply


def _decided_already(reply: Reply) -> ValidationError:
    current = Reply.objects.filter(pk=reply.pk).values_list("send_state", flat=True).first()
    if current is None:
        return ValidationError("This reply no longer exists.")
    label = State(current).label
    return ValidationError(
        f"This reply is no longer waiting for approval (now: {label}); a colleague decided on "
        "it already."
    )

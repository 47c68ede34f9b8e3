"""Publication control: the communication office decides what the city says in public.

A department member's reply on a department whose replies need approval is saved "waiting for
approval" (departments.replies.reply_send) and never handed to the send task. An officer
approves it, as written or edited, and only then is it queued for the platform; or returns it
with a comment, which its author sees on the case and answers with a revised text that waits
again. Each decision is a conditional update from the state the officer saw, so two officers
deciding on the same reply at once cannot both win, and each is in the case's history.
"""

from __future__ import annotations

import hashlib

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import QuerySet

from departments.models import CaseEvent, CaseStatus, Reply
from departments.notifications import notify_reply_returned
from departments.permissions import CaseAction, ensure_may_act
from departments.replies import reply_enqueue
from smartgov import clock

State = Reply.SendState
# A case closed as one of these has nothing the city should answer (merged: answer on the
# other case).
CLOSED_WITHOUT_ANSWER = (CaseStatus.MERGED, CaseStatus.SPAM, CaseStatus.NOT_FOR_US)


def replies_awaiting_approval() -> QuerySet[Reply]:
    """The officers' approval queue: what waits, oldest first, with what the officer reads to
    decide (the resident's post, the case's department, the author)."""
    return (
        Reply.objects.filter(send_state=State.AWAITING_APPROVAL)
        .select_related("case__post", "case__department", "author")
        .order_by("created_at", "id")
    )


def text_digest(text: str) -> str:
    """What the officer's page saw of a reply's text, as its forms send it back: a page opened
    before the author revised the reply no longer matches (line ends as browsers send them)."""
    normalised = text.replace("\r\n", "\n").strip()
    return hashlib.sha256(normalised.encode()).hexdigest()[:32]


def _waiting(reply: Reply, seen_digest: str | None) -> Reply:
    """The reply, locked, if it still waits as the officer saw it; else why not."""
    locked = Reply.objects.select_for_update(of=("self",)).select_related("case").get(pk=reply.pk)
    if locked.send_state != State.AWAITING_APPROVAL:
        raise _decided_already(reply)
    if seen_digest is not None and text_digest(locked.text) != seen_digest:
        raise ValidationError(
            "The reply has changed since you opened this page (its author revised it): read "
            "the new text below before deciding."
        )
    return locked


@transaction.atomic
def reply_approve(
    *, reply: Reply, by, text: str | None = None, seen_digest: str | None = None
) -> Reply:
    """Let the reply go out, with the officer's edits when `text` differs from what the
    department wrote (the history says whether it was edited; it keeps no copy of a resident's
    words beyond the reply itself, which retention and erasure scrub). `seen_digest` is the
    text_digest of what the officer's page showed: a reply revised since is not approved."""
    ensure_may_act(by, CaseAction.APPROVE_REPLY, reply.case)
    approved_text = reply.text if text is None else text.strip()
    if not approved_text:
        raise ValidationError("An empty reply cannot be approved: return it with a comment.")
    locked = _waiting(reply, seen_digest)
    if locked.case.status in CLOSED_WITHOUT_ANSWER:
        raise ValidationError(
            f"Case {locked.case_id} is now “{locked.case.get_status_display()}”: this reply "
            "should not go out. Return it to its author with a comment."
        )
    now = clock.now()
    Reply.objects.filter(pk=reply.pk).update(
        send_state=State.QUEUED,
        text=approved_text,
        reviewed_by=by,
        reviewed_at=now,
        review_comment="",
        next_attempt_at=now,
    )
    edited = approved_text != locked.text
    CaseEvent.record(
        locked.case,
        kind=CaseEvent.Kind.REPLY_APPROVED,
        actor=by,
        new={"reply": reply.pk, "edited": edited},
    )
    reply_enqueue(reply.pk)
    reply.refresh_from_db()
    return reply


@transaction.atomic
def reply_return(*, reply: Reply, by, comment: str, seen_digest: str | None = None) -> Reply:
    """Send the reply back to its author with the officer's comment; nothing is sent."""
    ensure_may_act(by, CaseAction.APPROVE_REPLY, reply.case)
    comment = comment.strip()
    if not comment:
        raise ValidationError("Say what should change: a returned reply needs a comment.")
    locked = _waiting(reply, seen_digest)
    Reply.objects.filter(pk=reply.pk).update(
        send_state=State.RETURNED, reviewed_by=by, reviewed_at=clock.now(), review_comment=comment
    )
    CaseEvent.record(
        locked.case,
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

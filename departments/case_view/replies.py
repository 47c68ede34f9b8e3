"""Replies to the citizen: sending (with the warning when a colleague is writing too) and
retrying a reply the platform refused."""

from __future__ import annotations

import uuid

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from departments import approvals, replies
from departments.case_view.forms import (
    ReplyForm,
)
from departments.case_view.panel import Outcome, _act
from departments.models import Case, Reply
from departments.permissions import CaseAction

__all__ = [
    "case_reply",
    "case_reply_retry",
    "case_reply_revise",
]


@require_POST
def case_reply(request: HttpRequest, case_id: int) -> HttpResponse:
    """Send a reply to the citizen. When someone else is writing or has just replied, the
    composer comes back with a warning and a "Send anyway" button instead of sending."""

    def apply(case: Case) -> Outcome:
        form = ReplyForm(request.POST, case=case, user=request.user, prefix="reply")
        if not form.is_valid():
            return Outcome(
                error=_("The reply was not sent: correct the mistake below."), composer=form
            )
        data = form.cleaned_data
        try:
            reply = replies.reply_send(
                case=case,
                text=data["text"],
                kind=data["kind"],
                by=request.user,
                confirm_collision=data["confirm_collision"],
                idempotency_key=data["submission"],
            )
        except replies.ReplyCollision as collision:
            warned = ReplyForm(
                case=case,
                user=request.user,
                prefix="reply",
                initial={
                    "text": data["text"],
                    "kind": data["kind"],
                    "submission": data["submission"] or uuid.uuid4(),
                },
            )
            return Outcome(
                error=_("Not sent yet: a colleague is working on a reply to this case."),
                composer=warned,
                collision=list(collision.others),
            )
        if reply.send_state == Reply.SendState.AWAITING_APPROVAL:
            return Outcome(
                message=_(
                    "Reply saved: it waits for a communication officer's approval before it "
                    "goes out."
                )
            )
        # True whether or not the broker took the task just now: the outbox sends it anyway.
        return Outcome(message=_("Reply queued: it goes out to the platform shortly."))

    return _act(request, case_id, apply, CaseAction.REPLY)


@require_POST
def case_reply_retry(request: HttpRequest, case_id: int, reply_id: int) -> HttpResponse:
    def apply(case: Case) -> Outcome:
        reply = _reply_to_the_citizen(case, reply_id)
        replies.reply_retry(reply=reply, by=request.user)
        return Outcome(message=_("Sending the reply again."))

    return _act(request, case_id, apply, CaseAction.REPLY)


@require_POST
def case_reply_revise(request: HttpRequest, case_id: int, reply_id: int) -> HttpResponse:
    """The author's revision of a reply an officer returned: it waits for approval again."""

    def apply(case: Case) -> Outcome:
        reply = _reply_to_the_citizen(case, reply_id)
        approvals.reply_revise(reply=reply, by=request.user, text=request.POST.get("text", ""))
        return Outcome(message=_("Revised: the reply waits for approval again."))

    return _act(request, case_id, apply, CaseAction.REPLY)


def _reply_to_the_citizen(case: Case, reply_id: int) -> Reply:
    """One of the case's replies to the citizen (an internal note is not one), or 404."""
    return get_object_or_404(case.replies.exclude(kind=Reply.Kind.INTERNAL_NOTE), pk=reply_id)

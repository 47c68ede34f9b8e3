"""The approval queue: every reply a department wrote that waits for the communication office,
oldest first, each with the resident's post it answers. An officer approves it as written,
edits and approves, or returns it with a comment. Officers (and administrators) only."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST

from departments import approvals
from departments.models import Reply
from departments.permissions import CaseAction, role_may


class DecisionForm(forms.Form):
    # approvals.text_digest of the text the page showed: a reply revised since is not decided
    # on from a stale page.
    seen = forms.CharField(required=False)


class ApproveForm(DecisionForm):
    text = forms.CharField(
        label=gettext_lazy("Reply to the citizen"), widget=forms.Textarea(attrs={"rows": 4})
    )


class ReturnForm(DecisionForm):
    comment = forms.CharField(
        label=gettext_lazy("What should change"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


def _require_officer(request: HttpRequest) -> None:
    if not role_may(request.user, CaseAction.APPROVE_REPLY):
        raise PermissionDenied(_("Only communication officers approve replies."))


@require_GET
def approval_queue(request: HttpRequest) -> HttpResponse:
    _require_officer(request)
    waiting = list(approvals.replies_awaiting_approval())
    for reply in waiting:
        reply.seen_digest = approvals.text_digest(reply.text)
    return render(request, "departments/approvals.html", {"waiting": waiting})


def _decide(request, reply_id: int, form_class, invalid: str, decide, done: str) -> HttpResponse:
    """One decision from the queue: the form read, the service asked, the outcome said on the
    queue the officer comes back to."""
    _require_officer(request)
    reply = get_object_or_404(Reply.objects.select_related("case"), pk=reply_id)
    form = form_class(request.POST)
    if not form.is_valid():
        messages.error(request, invalid)
        return redirect("departments:approval_queue")
    try:
        decide(reply, form.cleaned_data, form.cleaned_data["seen"] or None)
    except ValidationError as refused:
        messages.error(request, " ".join(refused.messages))
    else:
        messages.success(request, done % {"case": reply.case_id})
    return redirect("departments:approval_queue")


@require_POST
def reply_approve(request: HttpRequest, reply_id: int) -> HttpResponse:
    return _decide(
        request,
        reply_id,
        ApproveForm,
        _("Not approved: the reply's text is missing."),
        lambda reply, data, seen: approvals.reply_approve(
            reply=reply, by=request.user, text=data["text"], seen_digest=seen
        ),
        _("Approved: the reply on case %(case)s goes out to the platform shortly."),
    )


@require_POST
def reply_return(request: HttpRequest, reply_id: int) -> HttpResponse:
    return _decide(
        request,
        reply_id,
        ReturnForm,
        _("Not returned: say what should change."),
        lambda reply, data, seen: approvals.reply_return(
            reply=reply, by=request.user, comment=data["comment"], seen_digest=seen
        ),
        _("Returned to its author with your comment (case %(case)s); nothing was sent."),
    )

"""The case panel: its context, and the plumbing every action on a case goes through.

Every action is a POST that validates a form, calls one service and answers with the refreshed
panel for htmx (plus an HX-Trigger so the queue refreshes its rows and counts) or a redirect for
a plain form post. Who may do what: officers everything; department staff only their
department's cases (others are 404, as everywhere) and the three big actions (answer, hand back
to triage, resolve); managers read and change nothing (403 on every action)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from departments import presence
from departments.case_view import selectors as case_selectors
from departments.case_view.forms import (
    AssignForm,
    CaseForm,
    HandBackForm,
    MergeForm,
    NoteForm,
    NotForUsForm,
    PriorityForm,
    QuestionForm,
    ReplyForm,
    ResolveForm,
    RouteForm,
    StatusForm,
    TemplatePickForm,
    TopicsForm,
    TransferForm,
)
from departments.case_view.selectors import priority_label, status_label
from departments.cases.selectors import cases_visible_to
from departments.cases.workflow import TransitionNotAllowed, next_statuses, transition_allowed
from departments.models import Case, CaseStatus
from departments.permissions import CaseAction, role_may
from departments.replies import reply_needs_approval
from departments.roles import can_change_cases, is_officer
from departments.sla import sla_badge

logger = logging.getLogger(__name__)


# Resolving, for department staff, is closing the case.
RESOLVED = CaseStatus.CLOSED
PRESENCE_POLL_SECONDS = 10

# The officer's forms, by the prefix their fields carry (several share field names).
OFFICER_FORMS: dict[str, type[CaseForm]] = {
    "route": RouteForm,
    "assign": AssignForm,
    "priority": PriorityForm,
    "topics": TopicsForm,
    "status": StatusForm,
    "notforus": NotForUsForm,
    "merge": MergeForm,
    "note": NoteForm,
}
# Department staff's, the same way (the template reads them as <prefix>_form).
STAFF_FORMS: dict[str, type[CaseForm]] = {
    "handback": HandBackForm,
    "transfer": TransferForm,
    "question": QuestionForm,
    "resolve": ResolveForm,
}


@dataclass
class Outcome:
    """What an action did: a message for the person, or an error and the form to show again."""

    message: str = ""
    error: str = ""
    form: CaseForm | None = None
    composer: ReplyForm | None = None
    collision: list[str] | None = None

    @property
    def ok(self) -> bool:
        return not self.error and (self.form is None or not self.form.errors)


def _visible_case(request: HttpRequest, case_id: int) -> Case:
    # A case outside the user's departments answers 404, not 403: its existence is not shown.
    return get_object_or_404(
        cases_visible_to(request.user).select_related("merged_into").prefetch_related("topics"),
        pk=case_id,
    )


def _require(request: HttpRequest, action: CaseAction) -> None:
    """The permission matrix (services.permissions), asked before the form is read; the
    service asks again for the case itself."""
    if not role_may(request.user, action):
        raise PermissionDenied(_("You may read this case but not change it."))


def _presence(case: Case, user, *, composing: bool = False) -> list:
    """Record this viewer and list the others. Presence is a courtesy: when Redis is away the
    case still opens and works, only without the "who else is here" line."""
    try:
        presence.presence_touch(case_id=case.pk, user=user, composing=composing)
        return presence.presence_others(case_id=case.pk, user=user)
    except Exception as error:  # noqa: BLE001 - any cache failure, whatever its client raises
        logger.warning("presence unavailable for case %s: %s", case.pk, type(error).__name__)
        return []


def _panel_context(
    request: HttpRequest,
    case: Case,
    *,
    outcome: Outcome | None = None,
    composer: ReplyForm | None = None,
    template_pick: TemplatePickForm | None = None,
) -> dict:
    user = request.user
    outcome = outcome or Outcome()
    officer = is_officer(user)
    staff = not officer and can_change_cases(user)
    replies, notes = case_selectors.case_replies(case=case)
    context = {
        "case": case,
        "status_label": status_label(case.status),
        "priority_label": priority_label(case.priority),
        "badge": sla_badge(case),
        "conversation": case_selectors.case_conversation(case=case, user=user),
        "earlier_cases": case_selectors.case_earlier_cases(case=case, user=user),
        "explanation": case_selectors.case_routing_explanation(case=case),
        "history": case_selectors.case_history(case=case),
        "engagement": case_selectors.case_engagement(case=case),
        "replies": replies,
        "notes": notes,
        "others": _presence(case, user),
        "presence_poll_seconds": PRESENCE_POLL_SECONDS,
        "is_officer": officer,
        "is_staff_member": staff,
        "read_only": not (officer or staff),
        "can_reply": officer or staff,
        "can_approve": officer,
        "message": outcome.message,
        "error": outcome.error,
        "swapped": bool(request.htmx),
        "in_pane": _in_pane(request, case),
    }
    if officer:
        forms = {
            prefix: form_class(case=case, user=user, prefix=prefix)
            for prefix, form_class in OFFICER_FORMS.items()
        }
        if outcome.form is not None and outcome.form.prefix in forms:
            forms[outcome.form.prefix] = outcome.form
        context["forms"] = forms
        context["next_statuses"] = [
            (status, status_label(status))
            for status in next_statuses(case.status, has_department=case.department_id is not None)
        ]
        context["can_spam"] = transition_allowed(case.status, CaseStatus.SPAM)
        context["can_not_for_us"] = transition_allowed(case.status, CaseStatus.NOT_FOR_US)
        context["can_merge"] = transition_allowed(case.status, CaseStatus.MERGED)
        context["can_close"] = transition_allowed(case.status, CaseStatus.CLOSED)
        context["assigned_to_me"] = case.assignee_id == user.pk
    if staff:
        for prefix, form_class in STAFF_FORMS.items():
            form = form_class(case=case, user=user, prefix=prefix)
            if outcome.form is not None and outcome.form.prefix == prefix:
                form = outcome.form
            context[f"{prefix}_form"] = form
        context["can_resolve"] = transition_allowed(case.status, RESOLVED)
    if officer or staff:
        context["composer"] = (
            outcome.composer or composer or ReplyForm(case=case, user=user, prefix="reply")
        )
        context["template_pick"] = template_pick or TemplatePickForm(case=case, user=user)
        context["collision"] = outcome.collision
        context["needs_approval"] = reply_needs_approval(case=case, by=user)
    return context


def _in_pane(request: HttpRequest, case: Case) -> bool:
    """Whether the panel is drawn beside the queue rather than on its own page."""
    if not request.htmx:
        return False
    current = urlsplit(request.htmx.current_url or "").path
    return current != reverse("departments:case_detail", args=[case.pk])


def _render_panel(request: HttpRequest, case: Case, **kwargs) -> HttpResponse:
    template = "departments/_case_panel.html" if request.htmx else "departments/case_detail.html"
    return render(request, template, _panel_context(request, case, **kwargs))


def _act(
    request: HttpRequest,
    case_id: int,
    apply: Callable[[Case], Outcome],
    action: CaseAction,
) -> HttpResponse:
    case = _visible_case(request, case_id)
    _require(request, action)
    try:
        outcome = apply(case)
    except TransitionNotAllowed as refused:
        outcome = Outcome(error=_refused_message(case, refused))
    except ValidationError as invalid:
        outcome = Outcome(error=" ".join(invalid.messages))
    return _respond(request, case, outcome)


def _refused_message(case: Case, refused: TransitionNotAllowed) -> str:
    allowed = next_statuses(case.status, has_department=case.department_id is not None)
    message = _("A case that is “%(from)s” cannot become “%(to)s”.") % {
        "from": status_label(refused.from_status),
        "to": status_label(refused.to_status),
    }
    if allowed:
        message += " " + _("From here it can become: %(statuses)s.") % {
            "statuses": ", ".join(status_label(s) for s in allowed)
        }
    return message


def _respond(request: HttpRequest, case: Case, outcome: Outcome) -> HttpResponse:
    refreshed = cases_visible_to(request.user).filter(pk=case.pk).first()
    if refreshed is None:
        # Handed back or routed away from the user's department: it is no longer theirs to see.
        text = outcome.message or _("The case has left your department.")
        if request.htmx:
            response = render(
                request, "departments/_case_gone.html", {"case_id": case.pk, "message": text}
            )
            response["HX-Trigger"] = "queue-changed"
            return response
        messages.success(request, text)
        return redirect("departments:queue")
    case = _visible_case(request, case.pk)
    if request.htmx:
        response = render(
            request, "departments/_case_panel.html", _panel_context(request, case, outcome=outcome)
        )
        if outcome.ok:
            response["HX-Trigger"] = "queue-changed"
        return response
    if outcome.ok:
        if outcome.message:
            messages.success(request, outcome.message)
        return redirect("departments:case_detail", case_id=case.pk)
    # A plain form post with a mistake: the page again, with the error beside the form.
    return render(
        request, "departments/case_detail.html", _panel_context(request, case, outcome=outcome)
    )


def _form_action(
    request: HttpRequest,
    case_id: int,
    form_class: type[CaseForm],
    prefix: str,
    perform: Callable[[Case, dict], str],
    action: CaseAction,
) -> HttpResponse:
    def apply(case: Case) -> Outcome:
        form = form_class(request.POST, case=case, user=request.user, prefix=prefix)
        if not form.is_valid():
            return Outcome(error=_("Please correct the mistake below."), form=form)
        return Outcome(message=perform(case, form.cleaned_data))

    return _act(request, case_id, apply, action)

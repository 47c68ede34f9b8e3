"""The case view: the full page, the panel fragment that the queue draws beside its list, the
composer filled from a template, and who else has the case open."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods

from departments import reply_templates
from departments.audit.services import access_log_record
from departments.case_view.forms import (
    ReplyForm,
    TemplatePickForm,
)
from departments.case_view.panel import (
    _panel_context,
    _presence,
    _render_panel,
    _require,
    _visible_case,
)
from departments.models import Case
from departments.permissions import CaseAction
from departments.roles import can_change_cases

__all__ = [
    "case_composer",
    "case_detail",
    "case_presence",
]


@require_GET
def case_detail(request: HttpRequest, case_id: int) -> HttpResponse:
    """The full page, or only the panel when htmx asks (the queue's right-hand pane). With
    ?template=<id> the composer starts from that reply template (the no-JavaScript path)."""
    case = _visible_case(request, case_id)
    # After the visibility check: a refused case (404) was not opened. Every reading counts,
    # whatever headers the request carries (the browser's word is no proof).
    access_log_record(user=request.user, case=case)
    composer, pick = _composer_from_template(request, case)
    return _render_panel(request, case, composer=composer, template_pick=pick)


def _composer_from_template(
    request: HttpRequest, case: Case
) -> tuple[ReplyForm | None, TemplatePickForm | None]:
    if "template" not in request.GET or not can_change_cases(request.user):
        return None, None
    pick = TemplatePickForm(request.GET, case=case, user=request.user)
    if not pick.is_valid() or pick.cleaned_data["template"] is None:
        return None, pick
    template = pick.cleaned_data["template"]
    text = reply_templates.reply_template_render(template=template, case=case)
    composer = ReplyForm(
        case=case,
        user=request.user,
        prefix="reply",
        initial={"text": text, "kind": template.kind},
    )
    return composer, pick


@require_GET
def case_composer(request: HttpRequest, case_id: int) -> HttpResponse:
    """The composer filled from the chosen template, for htmx; a plain GET goes to the page."""
    case = _visible_case(request, case_id)
    _require(request, CaseAction.REPLY)
    if not request.htmx:
        url = reverse("departments:case_detail", args=[case.pk])
        return redirect(f"{url}?{request.GET.urlencode()}")
    composer, pick = _composer_from_template(request, case)
    context = _panel_context(request, case, composer=composer, template_pick=pick)
    return render(request, "departments/_composer.html", context)


@require_http_methods(["GET", "POST"])
def case_presence(request: HttpRequest, case_id: int) -> HttpResponse:
    """Polled by the open panel: records that this person views (or writes a reply on) the case
    and lists everyone else who does. It changes no case, so managers are counted too."""
    case = _visible_case(request, case_id)
    composing = request.POST.get("composing") in ("1", "true") and can_change_cases(request.user)
    others = _presence(case, request.user, composing=composing)
    return render(request, "departments/_presence.html", {"case": case, "others": others})

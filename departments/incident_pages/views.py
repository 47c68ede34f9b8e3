"""The incidents: a list of the open ones and a page per incident with its posts and history,
where officers rename, merge, split posts out, dissolve or resolve. Thin: the changes live in
departments.incidents.services, the reading in departments.incidents.selectors."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from departments.incidents import services
from departments.incidents.messages import (
    incident_message_send,
    incident_public_accounts,
    incident_public_posts,
    incident_replies,
)
from departments.incidents.models import IncidentMessage, IncidentStatus
from departments.incidents.selectors import (
    incident_cases,
    incidents_visible_to,
    open_incidents_for,
)
from departments.permissions import CaseAction, role_may
from departments.replies import reply_retry
from listening.models import Account


class IncidentChangeForm(forms.Form):
    action = forms.ChoiceField(
        choices=[(name, name) for name in ("rename", "merge", "split", "dissolve", "resolve")]
    )
    title = forms.CharField(required=False, max_length=200)
    into = forms.IntegerField(required=False, min_value=1)
    cases = forms.TypedMultipleChoiceField(coerce=int, required=False, choices=())
    together = forms.BooleanField(required=False)

    def __init__(self, *args, case_ids=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["cases"].choices = [(case_id, case_id) for case_id in case_ids]


def _may_change(user) -> bool:
    # Grouping cases is the office's work, as merging cases is.
    return role_may(user, CaseAction.MERGE)


@require_GET
def incident_list(request: HttpRequest) -> HttpResponse:
    return render(
        request, "departments/incidents.html", {"incidents": open_incidents_for(request.user)}
    )


@require_GET
def incident_detail(request: HttpRequest, incident_id: int) -> HttpResponse:
    incident = get_object_or_404(incidents_visible_to(request.user), pk=incident_id)
    others = [
        other for other in open_incidents_for(request.user, limit=50) if other.pk != incident.pk
    ]
    return render(
        request,
        "departments/incident_detail.html",
        {
            "incident": incident,
            "cases": list(incident_cases(incident)),
            "events": incident.events.select_related("actor"),
            "others": others,
            "may_change": _may_change(request.user) and incident.status == IncidentStatus.OPEN,
            "may_answer": _may_change(request.user)
            and incident.status in (IncidentStatus.OPEN, IncidentStatus.RESOLVED),
            "sent_messages": [
                (message, list(incident_replies(message)), list(incident_public_posts(message)))
                for message in incident.messages.select_related("author")
            ],
            "public_accounts": incident_public_accounts(incident),
            "message_kinds": IncidentMessage.Kind.choices,
        },
    )


class IncidentMessageForm(forms.Form):
    kind = forms.ChoiceField(choices=IncidentMessage.Kind.choices)
    text = forms.CharField(max_length=2000)
    publish_on = forms.ModelMultipleChoiceField(queryset=Account.objects.none(), required=False)

    def __init__(self, *args, incident, **kwargs):
        super().__init__(*args, **kwargs)
        accounts = [account.pk for account in incident_public_accounts(incident)]
        self.fields["publish_on"].queryset = Account.objects.filter(pk__in=accounts)


@require_POST
def incident_message(request: HttpRequest, incident_id: int) -> HttpResponse:
    """One status message to every resident of the incident (departments.incidents.messages)."""
    if not _may_change(request.user):
        raise PermissionDenied(_("Only communication officers answer an incident."))
    incident = get_object_or_404(incidents_visible_to(request.user), pk=incident_id)
    form = IncidentMessageForm(request.POST, incident=incident)
    if not form.is_valid():
        messages.error(request, _("Write the message and choose what it says."))
        return redirect("departments:incident_detail", incident_id)
    try:
        sent = incident_message_send(incident=incident, by=request.user, **form.cleaned_data)
    except ValidationError as refused:
        messages.error(request, " ".join(refused.messages))
    else:
        messages.success(
            request,
            _("Sent to %(count)s residents: each gets it as a reply on their own post.")
            % {"count": sent.residents}
            + (
                " "
                + _("Posted on %(accounts)s of the city's accounts.")
                % {"accounts": sent.public_posts}
                if sent.public_posts
                else ""
            ),
        )
    return redirect("departments:incident_detail", incident_id)


@require_POST
def incident_public_post_retry(
    request: HttpRequest, incident_id: int, post_id: int
) -> HttpResponse:
    """Send a public post of one of the incident's messages again, after it failed."""
    if not _may_change(request.user):
        raise PermissionDenied(_("Only communication officers post for the city."))
    incident = get_object_or_404(incidents_visible_to(request.user), pk=incident_id)
    post = next(
        (
            post
            for message in incident.messages.all()
            for post in incident_public_posts(message)
            if post.pk == post_id
        ),
        None,
    )
    if post is None:
        raise Http404(_("No such post of this incident."))
    try:
        reply_retry(reply=post, by=request.user)
    except ValidationError as refused:
        messages.error(request, " ".join(refused.messages))
    else:
        messages.success(request, _("The post goes out again."))
    return redirect("departments:incident_detail", incident_id)


@require_POST
def incident_change(request: HttpRequest, incident_id: int) -> HttpResponse:
    if not _may_change(request.user):
        raise PermissionDenied(_("Only communication officers change incidents."))
    incident = get_object_or_404(incidents_visible_to(request.user), pk=incident_id)
    member_ids = list(incident.members.values_list("case_id", flat=True))
    form = IncidentChangeForm(request.POST, case_ids=member_ids)
    if not form.is_valid():
        messages.error(
            request, _("That change could not be read: choose the posts or incident again.")
        )
        return redirect("departments:incident_detail", incident_id)
    data, by = form.cleaned_data, request.user
    try:
        destination = _apply(incident, data, by)
    except services.IncidentChangeRefused as refused:
        messages.error(request, str(refused))
        return redirect("departments:incident_detail", incident_id)
    messages.success(request, _("Incident updated."))
    return redirect("departments:incident_detail", destination)


def _apply(incident, data: dict, by) -> int:
    """The service the form asked for; the incident to show afterwards."""
    action = data["action"]
    if action == "rename":
        services.incident_rename(incident=incident, title=data["title"] or "", by=by)
    elif action == "merge":
        into = incidents_visible_to(by).filter(pk=data["into"] or 0).first()
        if into is None:
            raise services.IncidentChangeRefused(_("Choose the incident to merge into."))
        return services.incident_merge(incident=incident, into=into, by=by).pk
    elif action == "split":
        if not data["cases"]:
            raise services.IncidentChangeRefused(_("Choose the posts to split out."))
        services.incident_split(
            incident=incident, case_ids=data["cases"], by=by, together=data["together"]
        )
    elif action == "dissolve":
        services.incident_dissolve(incident=incident, by=by)
    else:
        services.incident_resolve(incident=incident, by=by)
    return incident.pk

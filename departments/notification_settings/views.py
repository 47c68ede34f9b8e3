"""The notification settings page: for each kind of event, an e-mail at once, a place in the
digest, or nothing; and how often the digest goes out. Everyone's own, for everyone."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from departments import notifications
from departments.models import Delivery, NotificationKind


class NotificationSettingsForm(forms.Form):
    digest_minutes = forms.TypedChoiceField(
        label=gettext_lazy("Send my digest every"),
        choices=[
            (minutes, gettext_lazy("%(minutes)s minutes") % {"minutes": minutes})
            for minutes in notifications.DIGEST_MINUTES_CHOICES
        ],
        coerce=int,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for kind, label in NotificationKind.choices:
            self.fields[kind] = forms.ChoiceField(
                label=label, choices=Delivery.choices, widget=forms.RadioSelect
            )

    def kind_fields(self):
        return [self[kind] for kind in NotificationKind.values]


@require_http_methods(["GET", "POST"])
def notification_settings(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        form = NotificationSettingsForm(request.POST)
        if form.is_valid():
            notifications.preferences_save(
                user=request.user,
                deliveries={kind: form.cleaned_data[kind] for kind in NotificationKind.values},
                digest_minutes=form.cleaned_data["digest_minutes"],
            )
            messages.success(request, _("Your notification settings are saved."))
            return redirect("departments:notification_settings")
    else:
        form = NotificationSettingsForm(
            initial={
                **notifications.preferences_of(request.user),
                "digest_minutes": notifications.digest_minutes_of(request.user),
            }
        )
    return render(
        request,
        "departments/notification_settings.html",
        {"form": form, "has_email": bool(request.user.email)},
    )

"""Forms of the queue: saving a view under a name, and the bulk bar."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from departments.models import Department, SavedFilter
from departments.permissions import CaseAction, role_may
from departments.roles import people_assignable, sees_all_cases
from smartgov.params import whole_number

TRIAGE = "triage"
NOBODY = "none"


class SavedFilterForm(forms.Form):
    """A view's name, and its filters as the queue writes them (query._filter_query)."""

    name = forms.CharField(
        label=_("Name of this view"),
        max_length=80,
        strip=True,
        error_messages={
            "required": _("Give the view a name of at most 80 characters."),
            "max_length": _("Give the view a name of at most 80 characters."),
        },
    )
    query = forms.CharField(
        required=False,
        strip=False,
        max_length=SavedFilter._meta.get_field("query").max_length,
        error_messages={"max_length": _("These filters are too long to save as a view.")},
    )

    def error_text(self) -> str:
        return " ".join(str(message) for errors in self.errors.values() for message in errors)


class CaseIdsField(forms.Field):
    """The ids of the rows ticked in the queue (repeated "case" parameters)."""

    widget = forms.MultipleHiddenInput

    def to_python(self, value) -> list[int]:
        if not value:
            return []
        if isinstance(value, str):
            value = [value]
        ids = {whole_number(item) if isinstance(item, str) else None for item in value}
        if None in ids:
            raise forms.ValidationError(_("Unknown case."), code="invalid")
        return sorted(case_id for case_id in ids if case_id is not None)

    def validate(self, value) -> None:
        if not value:
            raise forms.ValidationError(_("Select at least one case."), code="required")


def assignable_people(user):
    """Who a case can be given from the queue: the officers, and the staff of the departments
    the user sees."""
    departments = Department.objects.all()
    if not sees_all_cases(user):
        departments = departments.filter(members=user)
    return people_assignable(department_ids=departments.values_list("pk", flat=True))


class BulkActionForm(forms.Form):
    ACTIONS = [
        ("route", _("Route")),
        ("assign", _("Assign")),
        ("close", _("Close")),
        ("spam", _("Mark as spam")),
    ]
    case = CaseIdsField()
    action = forms.ChoiceField(choices=ACTIONS, label=_("Action"))
    department = forms.ChoiceField(label=_("Route to"), required=False)
    assignee = forms.ChoiceField(label=_("Assign to"), required=False)

    # The matrix's action behind each bulk action.
    CASE_ACTIONS = {
        "route": CaseAction.ROUTE,
        "assign": CaseAction.ASSIGN,
        "close": CaseAction.RESOLVE,
        "spam": CaseAction.MARK_SPAM,
    }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        # Only the actions the user's role may take (services.permissions); the bar shows these.
        self.fields["action"].choices = [
            (value, label)
            for value, label in self.ACTIONS
            if role_may(user, self.CASE_ACTIONS[value])
        ]
        self.fields["department"].choices = [("", "—"), (TRIAGE, _("Triage (no department)"))] + [
            (d.slug, d.name) for d in Department.objects.all()
        ]
        self.fields["assignee"].choices = [("", "—"), (NOBODY, _("Nobody"))] + [
            (str(p.pk), p.get_full_name() or p.username) for p in assignable_people(user)
        ]

    def clean(self):
        data = super().clean()
        action = data.get("action")
        if action == "route" and not data.get("department"):
            self.add_error("department", _("Choose where to route the cases."))
        if action == "assign" and not data.get("assignee"):
            self.add_error("assignee", _("Choose who to assign the cases to."))
        return data

    def value(self) -> str | None:
        """The value the service expects: a department slug or "" for triage, a user id or ""
        for nobody, nothing for close and spam."""
        action = self.cleaned_data["action"]
        if action == "route":
            slug = self.cleaned_data["department"]
            return "" if slug == TRIAGE else slug
        if action == "assign":
            person = self.cleaned_data["assignee"]
            return "" if person == NOBODY else person
        return None

    @property
    def allowed_actions(self) -> list[str]:
        return [value for value, _label in self.fields["action"].choices]

    def error_text(self) -> str:
        return " ".join(str(message) for errors in self.errors.values() for message in errors)

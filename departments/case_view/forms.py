"""The forms of the case view's actions. They validate what a person typed and say clearly what
is wrong; the services decide what is allowed (workflow, permissions) and do the work."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from django import forms
from django.contrib.auth import get_user_model
from django.forms.models import ModelChoiceIterator
from django.forms.renderers import Jinja2
from django.utils.translation import gettext_lazy as _

from departments.case_view.selectors import (
    PRIORITY_LABELS,
    assignable_users,
    topics_for_tagging,
)
from departments.cases.actions import MENTION
from departments.cases.selectors import cases_visible_to
from departments.models import Case, CaseStatus, Department, Reply, ReplyTemplate
from departments.queue.filters import STATUS_LABELS
from departments.reply_templates import reply_templates_for
from listening.models import TEXT_LIMITS


class ListedModelChoiceIterator(ModelChoiceIterator):
    """The choices read with one plain query and kept for the form's life. Django's own
    iterator streams them through a server-side cursor: three round trips and a cursor held
    open for a handful of departments, people or topics, four times in every case panel."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for obj in self.queryset:
            yield self.choice(obj)


class ListedModelChoiceField(forms.ModelChoiceField):
    iterator = ListedModelChoiceIterator


class ListedModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    iterator = ListedModelChoiceIterator


class CaseForm(forms.Form):
    """A form about one case, for one user (some choices depend on both)."""

    # The case panel draws about sixty widgets each time a case is opened; Jinja2 draws
    # Django's own widget templates (the same HTML) in a fraction of the time. Only these
    # forms: the admin's widgets exist as Django templates alone.
    default_renderer = Jinja2()

    def __init__(self, *args, case: Case, user, **kwargs):
        self.case = case
        self.user = user
        super().__init__(*args, **kwargs)


class RouteForm(CaseForm):
    department = ListedModelChoiceField(
        queryset=Department.objects.order_by("name"),
        required=False,
        empty_label=_("Triage (no department)"),
        label=_("Department"),
    )
    reason = forms.CharField(
        required=False,
        max_length=500,
        label=_("Why (optional)"),
        help_text=_("Helps the router learn from this correction."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial.setdefault("department", self.case.department_id)

    def clean_department(self):
        department = self.cleaned_data["department"]
        if department is not None and department.pk == self.case.department_id:
            raise forms.ValidationError(
                _("The case is already with %(department)s.") % {"department": department.name}
            )
        if department is None and self.case.department_id is None:
            raise forms.ValidationError(_("The case is already in triage."))
        return department


class HandBackForm(CaseForm):
    """Department staff send a case that is not theirs back to the central office."""

    reason = forms.CharField(
        max_length=500,
        label=_("Why does it not belong to your department?"),
        error_messages={"required": _("Say why, so the central office can route it better.")},
    )


class TransferForm(CaseForm):
    """Department staff pass a case straight to the department that owns it."""

    department = ListedModelChoiceField(
        queryset=Department.objects.none(),
        empty_label=None,
        label=_("Department it belongs to"),
    )
    reason = forms.CharField(
        max_length=500,
        label=_("Why does it belong there?"),
        error_messages={"required": _("Say why: the router learns from this correction.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["department"].queryset = Department.objects.exclude(
            pk=self.case.department_id
        ).order_by("name")


class QuestionForm(CaseForm):
    """A department member's question to the communication office."""

    question = forms.CharField(
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
        label=_("Your question to the communication office"),
        error_messages={"required": _("Write the question.")},
    )


class ResolveForm(CaseForm):
    resolution = forms.CharField(
        required=False,
        max_length=8000,
        widget=forms.Textarea(attrs={"rows": 3}),
        label=_("What was done, for the citizen (optional)"),
        help_text=_("Sent to the citizen as the answer, as your replies are."),
    )


class AssignForm(CaseForm):
    assignee = ListedModelChoiceField(
        queryset=get_user_model().objects.none(),
        required=False,
        empty_label=_("Nobody"),
        label=_("Assignee"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["assignee"]
        field.queryset = assignable_users(case=self.case)
        field.label_from_instance = lambda user: user.get_full_name() or user.get_username()
        if not self.is_bound:
            self.initial.setdefault("assignee", self.case.assignee_id)


class PriorityForm(CaseForm):
    priority = forms.TypedChoiceField(
        choices=list(PRIORITY_LABELS.items()), coerce=int, label=_("Priority")
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial.setdefault("priority", self.case.priority)


class TopicsForm(CaseForm):
    topics = ListedModelMultipleChoiceField(
        queryset=topics_for_tagging(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("Topics"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial.setdefault("topics", [t.pk for t in self.case.topics.all()])

    def grouped(self) -> list[tuple[str, list[TopicBox]]]:
        """The checkboxes per department, for fieldsets that a screen reader announces. Plain
        records rather than the widget's subwidgets: an officer's panel has a checkbox for
        every topic of the city, and drawing each through the widget templates took a tenth
        of the panel's time."""
        field = self.fields["topics"]
        bound = self["topics"]
        ticked = {str(value) for value in (bound.value() or [])}
        groups: dict[str, list[TopicBox]] = {}
        for index, topic in enumerate(field.queryset):
            groups.setdefault(topic.department.name, []).append(
                TopicBox(
                    id=f"{bound.auto_id}_{index}",
                    name=bound.html_name,
                    value=str(topic.pk),
                    label=field.label_from_instance(topic),
                    checked=str(topic.pk) in ticked,
                )
            )
        return list(groups.items())


@dataclass(frozen=True)
class TopicBox:
    """One topic's checkbox in the officer's "Tag topics" form."""

    id: str
    name: str
    value: str
    label: str
    checked: bool


class StatusForm(CaseForm):
    # Every status is accepted here: the workflow table refuses what is not allowed, with a
    # message that names both statuses.
    to_status = forms.ChoiceField(choices=list(STATUS_LABELS.items()), label=_("New status"))
    reason = forms.CharField(required=False, max_length=500, label=_("Note (optional)"))


class NotForUsForm(CaseForm):
    reason = forms.CharField(
        required=False, max_length=500, label=_("Where should the citizen go? (optional)")
    )


class MergeForm(CaseForm):
    into = forms.IntegerField(
        min_value=1,
        label=_("Case number to merge into"),
        error_messages={
            "required": _("Enter the number of the case to merge into."),
            "invalid": _("Enter a case number, such as 1234."),
        },
    )

    def clean_into(self) -> Case:
        number = self.cleaned_data["into"]
        if number == self.case.pk:
            raise forms.ValidationError(_("A case cannot be merged into itself."))
        target = cases_visible_to(self.user).filter(pk=number).first()
        if target is None:
            raise forms.ValidationError(
                _("There is no case %(number)s that you can see.") % {"number": number}
            )
        if target.status == CaseStatus.MERGED:
            raise forms.ValidationError(
                _("Case %(number)s was itself merged into another case: merge into that one.")
                % {"number": number}
            )
        return target


class NoteForm(CaseForm):
    text = forms.CharField(
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 2}),
        label=_("Internal note"),
        help_text=_("Only colleagues see notes. Type @username to notify someone."),
        error_messages={"required": _("Write the note first.")},
    )

    def clean_text(self) -> str:
        text = self.cleaned_data["text"].strip()
        names = {name.lower() for name in MENTION.findall(text)}
        if names:
            known = {
                u.lower()
                for u in get_user_model()
                .objects.filter(is_active=True)
                .values_list("username", flat=True)
            }
            unknown = sorted(names - known)
            if unknown:
                raise forms.ValidationError(
                    _("Nobody here has the username %(names)s. Check the spelling.")
                    % {"names": ", ".join(f"@{n}" for n in unknown)}
                )
        return text


class ReplyForm(CaseForm):
    kind = forms.ChoiceField(
        choices=[
            (Reply.Kind.ACKNOWLEDGEMENT, _("Acknowledgement")),
            (Reply.Kind.ANSWER, _("Answer")),
        ],
        initial=Reply.Kind.ANSWER,
        widget=forms.RadioSelect,
        label=_("Kind of reply"),
    )
    text = forms.CharField(
        max_length=8000,
        widget=forms.Textarea(attrs={"rows": 5, "id": "reply-text"}),
        label=_("Reply to the citizen"),
        error_messages={"required": _("Write the reply first.")},
    )
    confirm_collision = forms.BooleanField(required=False, widget=forms.HiddenInput)
    # A new one each time the composer is drawn empty: the same submission arriving twice (a
    # double click, a retried request) makes one reply (departments.replies.reply_send).
    submission = forms.UUIDField(required=False, widget=forms.HiddenInput, initial=uuid.uuid4)

    def clean_text(self) -> str:
        text = self.cleaned_data["text"].strip()
        if not text:
            raise forms.ValidationError(_("Write the reply first."))
        limit = TEXT_LIMITS.get(self.case.post.platform)
        if limit and len(text) > limit:
            raise forms.ValidationError(
                _(
                    "A reply on %(platform)s can have at most %(limit)s characters; this one has "
                    "%(length)s."
                )
                % {
                    "platform": self.case.post.get_platform_display(),
                    "limit": limit,
                    "length": len(text),
                }
            )
        return text

    @property
    def limit(self) -> int | None:
        return TEXT_LIMITS.get(self.case.post.platform)


class TemplatePickForm(CaseForm):
    template = ListedModelChoiceField(
        queryset=ReplyTemplate.objects.none(),
        required=False,
        empty_label=_("Write without a template"),
        label=_("Start from a template"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["template"]
        field.queryset = reply_templates_for(case=self.case)
        kinds = {
            ReplyTemplate.Kind.ACKNOWLEDGEMENT: _("acknowledgement"),
            ReplyTemplate.Kind.ANSWER: _("answer"),
        }
        field.label_from_instance = lambda t: (
            f"{t.name} ({kinds.get(t.kind, t.kind)}, {t.language.upper()})"
        )

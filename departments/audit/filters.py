"""The audit view's filters: person, case, the case's department and a range of days."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import django_filters
from django import forms
from django.contrib.auth import get_user_model
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from departments.models import CaseAccess, Department
from smartgov.params import BIGINT_MAX, DayField

_DAY_INPUT = forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"})


class _WholeNumberFilter(django_filters.Filter):
    # NumberFilter's decimal field would take "12.5" and quietly look up case 12.
    field_class = forms.IntegerField


class _DayFilter(django_filters.DateFilter):
    # 9999-12-31 has no next day to end the range at: a day off the calendar is a form error.
    field_class = DayField


def _start_of_day(day) -> datetime:
    """Midnight in the city's time zone, so that the dates mean what the manager sees."""
    return timezone.make_aware(datetime.combine(day, time.min))


class AccessLogFilterSet(django_filters.FilterSet):
    person = django_filters.CharFilter(
        method="filter_person",
        label=_("Person (user name)"),
        widget=forms.TextInput(attrs={"list": "audit-people", "autocomplete": "off"}),
    )
    case = _WholeNumberFilter(
        field_name="case_id", label=_("Case number"), min_value=1, max_value=BIGINT_MAX
    )
    # The case's department now, not when it was opened: a case routed on since is found under
    # the department that holds it.
    department = django_filters.ModelChoiceFilter(
        field_name="case__department",
        queryset=Department.objects.order_by("name"),
        to_field_name="slug",
        null_label=_("Triage (no department)"),
        empty_label=_("Any"),
        label=_("Department of the case"),
    )
    opened_after = _DayFilter(method="filter_opened_after", label=_("From"), widget=_DAY_INPUT)
    opened_before = _DayFilter(method="filter_opened_before", label=_("Until"), widget=_DAY_INPUT)

    class Meta:
        model = CaseAccess
        fields: list[str] = []

    def filter_person(self, queryset: QuerySet[CaseAccess], name, value: str):
        value = value.strip()
        if not value:
            return queryset
        # By account when it still exists (the (user, opened_at) index, and a renamed account's
        # earlier entries too); by the name kept on the entry for a deleted account.
        user_id = (
            get_user_model()
            .objects.filter(username__iexact=value)
            .values_list("pk", flat=True)
            .first()
        )
        if user_id is not None:
            return queryset.filter(user_id=user_id)
        return queryset.filter(user__isnull=True, username__iexact=value)

    def filter_opened_after(self, queryset, name, value):
        return queryset.filter(opened_at__gte=_start_of_day(value))

    def filter_opened_before(self, queryset, name, value):
        return queryset.filter(opened_at__lt=_start_of_day(value + timedelta(days=1)))

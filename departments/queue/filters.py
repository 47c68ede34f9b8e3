"""The queue's filters: each narrows the cases a user may already see, in SQL.

The FilterSet always starts from departments.cases.selectors.cases_visible_to(user), so no filter,
count or saved filter can reach another department's cases."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import django_filters
from django.db import models
from django.db.models import Exists, OuterRef, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from departments.cases.search import search_query
from departments.models import (
    OPEN_STATUSES,
    Case,
    CaseStatus,
    Department,
    Topic,
    case_due_expression,
)
from departments.queue.forms import assignable_people
from departments.roles import sees_all_cases
from departments.sla import SlaState, sla_state_q
from listening.models import Account, Platform
from smartgov.params import DayField, whole_number

TRIAGE = "triage"
ME = "me"
NOBODY = "none"

LANGUAGES = [
    ("nl", _("Dutch")),
    ("en", _("English")),
    ("de", _("German")),
    ("es", _("Spanish")),
    ("el", _("Greek")),
    ("unknown", _("Unknown")),
]
# Every status's translatable label, the closed states included: the model's own.
STATUS_LABELS = dict(CaseStatus.choices)
QUESTION_OPEN = "open"
QUESTIONS = [(QUESTION_OPEN, _("Waiting for the communication office"))]
SLA_STATES = [
    (SlaState.OVERDUE.value, _("Overdue")),
    (SlaState.DUE_SOON.value, _("Due soon")),
    (SlaState.OK.value, _("On time")),
    (SlaState.MET.value, _("Met")),
]


class _DayFilter(django_filters.DateFilter):
    field_class = DayField


def due_expression() -> models.Case:
    """The deadline the queue sorts and filters by: the first response until there is one, then
    the resolution. The model's case_due_expression, which the case_open_due index is built on,
    so the urgent sort is read from that index."""
    return case_due_expression()


def _start_of_day(day) -> datetime:
    """Midnight in the city's time zone, so that the dates mean what the officer sees."""
    return timezone.make_aware(datetime.combine(day, time.min))


class QueueFilterSet(django_filters.FilterSet):
    """Department, topic, account and assignee take any value, checked in the query rather than
    against a list of choices: the queryset is already scoped to what the user may see, so
    another department's name simply finds nothing (rather than being dropped as invalid and
    showing everything), and the list refreshing every few seconds does not load every
    department, topic, account and colleague to validate its parameters."""

    q = django_filters.CharFilter(method="filter_search", label=_("Search"))
    status = django_filters.ChoiceFilter(
        method="filter_status",
        choices=CaseStatus.choices,
        label=_("Status"),
        empty_label=_("Any open"),
    )
    department = django_filters.CharFilter(method="filter_department", label=_("Department"))
    topic = django_filters.CharFilter(method="filter_topic", label=_("Topic"))
    platform = django_filters.ChoiceFilter(
        field_name="post__platform",
        choices=Platform.choices,
        label=_("Platform"),
        empty_label=_("Any"),
    )
    account = django_filters.CharFilter(method="filter_account", label=_("Account"))
    lang = django_filters.ChoiceFilter(
        field_name="language", choices=LANGUAGES, label=_("Language"), empty_label=_("Any")
    )
    sla = django_filters.ChoiceFilter(
        method="filter_sla", choices=SLA_STATES, label=_("SLA"), empty_label=_("Any")
    )
    assignee = django_filters.CharFilter(method="filter_assignee", label=_("Assignee"))
    # A department member's question to the office (departments.cases.actions.case_ask_office).
    question = django_filters.ChoiceFilter(
        method="filter_question", choices=QUESTIONS, label=_("Question"), empty_label=_("Any")
    )
    # A day off the calendar (9999-12-31 has no next day) is dropped like any unreadable date.
    created_after = _DayFilter(method="filter_created_after", label=_("From"))
    created_before = _DayFilter(method="filter_created_before", label=_("Until"))

    class Meta:
        model = Case
        fields: list[str] = []

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None):
        super().__init__(data, queryset, request=request, prefix=prefix)
        self.user = request.user

    def options(self) -> dict[str, list[tuple[str, str]]]:
        """What the filter bar offers for each filter, the "any" option first. Department staff
        are offered their own departments and topics only."""
        any_option = ("", _("Any"))
        departments = Department.objects.all()
        topics = Topic.objects.order_by("name")
        department_options = [any_option]
        if sees_all_cases(self.user):
            department_options.append((TRIAGE, _("Triage (no department)")))
        else:
            departments = departments.filter(members=self.user)
            topics = topics.filter(department__in=departments)
        accounts = Account.objects.order_by("platform", "handle")
        return {
            "status": [("", _("Any open")), *self.filters["status"].extra["choices"]],
            "department": department_options + [(d.slug, d.name) for d in departments],
            "topic": [any_option] + [(t.slug, t.name) for t in topics],
            "platform": [any_option, *Platform.choices],
            "account": [any_option]
            + [(str(a.pk), f"@{a.handle} ({a.get_platform_display()})") for a in accounts],
            "lang": [any_option, *LANGUAGES],
            "sla": [any_option, *SLA_STATES],
            "assignee": [("", _("Anyone")), (ME, _("Me")), (NOBODY, _("Nobody"))]
            + [(str(p.pk), p.get_full_name() or p.username) for p in assignable_people(self.user)],
        }

    def filter_queryset(self, queryset: QuerySet[Case]) -> QuerySet[Case]:
        # Without a status the queue holds the open cases only.
        if not self.form.cleaned_data.get("status"):
            queryset = queryset.filter(status__in=OPEN_STATUSES)
        return super().filter_queryset(queryset)

    def filter_status(self, queryset, name, value):
        return queryset.filter(status=value)

    def filter_department(self, queryset, name, value):
        if value == TRIAGE:
            return queryset.filter(department__isnull=True)
        # The id, looked up first, rather than a join on the slug: the planner then walks the
        # (department, status, created) index in order instead of sorting every match.
        department_id = Department.objects.filter(slug=value).values_list("id", flat=True).first()
        return queryset.filter(department_id=department_id) if department_id else queryset.none()

    def filter_topic(self, queryset, name, value):
        topic_id = Topic.objects.filter(slug=value).values_list("id", flat=True).first()
        if topic_id is None:
            return queryset.none()
        # EXISTS rather than a join: a case is listed once whatever its other topics.
        through = Case.topics.through
        return queryset.filter(
            Exists(through.objects.filter(case_id=OuterRef("pk"), topic_id=topic_id))
        )

    def filter_account(self, queryset, name, value):
        account_id = whole_number(value)
        if account_id is None:
            return queryset.none()
        return queryset.filter(post__account_id=account_id)

    def filter_sla(self, queryset, name, value):
        # Only an open case runs against a deadline, and the queryset holds open cases already
        # unless a closed status was asked for. Saying "open" a second time would do harm: the
        # planner would count its selectivity twice, expect a few hundred overdue cases where
        # there are thousands, and sort them all instead of walking the newest-first index.
        status = self.form.cleaned_data.get("status")
        if status and status not in OPEN_STATUSES:
            return queryset.none()
        queryset = queryset.alias(queue_due_at=due_expression())
        return queryset.filter(sla_state_q(value, now=timezone.now()))

    def filter_assignee(self, queryset, name, value):
        if value == ME:
            return queryset.filter(assignee=self.user)
        if value == NOBODY:
            return queryset.filter(assignee__isnull=True)
        assignee_id = whole_number(value)
        if assignee_id is None:
            return queryset.none()
        return queryset.filter(assignee_id=assignee_id)

    def filter_question(self, queryset, name, value):
        return queryset.filter(office_question_at__isnull=False)

    def filter_created_after(self, queryset, name, value):
        return queryset.filter(created_at__gte=_start_of_day(value))

    def filter_created_before(self, queryset, name, value):
        return queryset.filter(created_at__lt=_start_of_day(value + timedelta(days=1)))

    def filter_search(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        language = self.form.cleaned_data.get("lang") or None
        return queryset.filter(search_vector=search_query(value, language))

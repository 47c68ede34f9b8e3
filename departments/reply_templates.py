"""Reply templates for a case: which the case may use, and their placeholders ({handle},
{department}, {expected_handling}) filled in the template's language. One rule, used by the
case view, incident messages and the demo history."""

from __future__ import annotations

from django.conf import settings
from django.db.models import Q, QuerySet
from django.utils import formats, translation

from departments import sla
from departments.models import Case, ReplyTemplate
from smartgov import clock
from smartgov.city_clock import local_time

# How each language writes a day: "dinsdag 28 april", "Dienstag, 28. April".
DATE_FORMATS = {"de": "l, j. F", "es": r"l j \d\e F"}
# {expected_handling} when the case has no resolution target yet.
AS_SOON_AS_POSSIBLE = {
    "nl": "zo snel mogelijk",
    "en": "as soon as possible",
    "de": "so schnell wie möglich",
    "es": "lo antes posible",
}


def reply_templates_for(*, case: Case) -> QuerySet[ReplyTemplate]:
    """Active templates of the case's department and those for every department, in the case's
    language; when the city wrote none in that language, every language is offered."""
    templates = ReplyTemplate.objects.filter(is_active=True).select_related("department")
    if case.department_id:
        templates = templates.filter(Q(department_id=case.department_id) | Q(department=None))
    else:
        templates = templates.filter(department=None)
    language = case.reply_language
    in_language = templates.filter(language=language)
    if language and in_language.exists():
        return in_language.order_by("kind", "name")
    return templates.order_by("language", "kind", "name")


def reply_template_render(*, template: ReplyTemplate, case: Case) -> str:
    """The template's text with {handle}, {department} and {expected_handling} filled in, in
    the template's language. Other braces are left as they are (a template is not code)."""
    post = case.post
    handle = post.author_handle or post.author_name
    if handle and post.author_handle and not handle.startswith("@"):
        handle = f"@{handle}"
    department = case.department.name if case.department_id else settings.CITY_NAME
    values = {
        "{handle}": handle,
        "{department}": department,
        "{expected_handling}": expected_handling(case, language=template.language),
    }
    text = template.text
    for placeholder, value in values.items():
        text = text.replace(placeholder, value)
    return text


def expected_handling(case: Case, *, language: str) -> str:
    """When the citizen may expect the case handled, as a date in their language ("dinsdag 28
    april"), from the case's resolution due time, or its department's target from now."""
    due = case.resolution_due_at
    if due is None:
        _first, resolution = sla.sla_targets(case)
        if resolution is None:
            return AS_SOON_AS_POSSIBLE.get(language, AS_SOON_AS_POSSIBLE["en"])
        due = sla.add_business_hours(clock.now(), resolution)
    local = local_time(due)
    with translation.override(language):
        return formats.date_format(local, DATE_FORMATS.get(language, "l j F"))

"""The departments every installation starts with, and the seed taxonomy of topics for each.

Cities edit both in the admin; seeding only adds what is missing and never overwrites edits.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction

from departments.models import Department, ReplyTemplate, Topic

# The taxonomy (topics and their keywords in nl, en, de, es and el) lives with the router.
from departments.routing.taxonomy import TOPICS

# slug: (name, first response SLA h, resolution SLA h, is central)
DEPARTMENTS = {
    "communication": ("Communication office", 4, 24, True),
    "traffic": ("Traffic", 8, 40, False),
    "public-works": ("Public works", 8, 40, False),
    "transit": ("Public transport", 4, 24, False),
}

# The department as citizens would name it in each language. The seed's department names are
# English, so the Dutch and German templates name the department in their own words rather than
# through {department}.
LOCAL_NAMES = {
    "communication": {"nl": "het team Communicatie", "de": "das Kommunikationsteam"},
    "traffic": {"nl": "de afdeling Verkeer", "de": "die Verkehrsabteilung"},
    "public-works": {"nl": "de afdeling Openbare Werken", "de": "das Tiefbauamt"},
    "transit": {"nl": "de afdeling Openbaar Vervoer", "de": "die Abteilung Nahverkehr"},
}

# (kind, language): (name, text). Placeholders: {handle}, {department}, {expected_handling};
# "<department>" is replaced by the department's local name when seeding ("<Department>" at the
# start of a sentence).
REPLY_TEMPLATES = {
    ("acknowledgement", "nl"): (
        "Ontvangstbevestiging",
        "Dank u wel voor uw bericht, {handle}. <Department> kijkt ernaar; u hoort uiterlijk "
        "{expected_handling} van ons.",
    ),
    ("answer", "nl"): (
        "Antwoord",
        "Hallo {handle}, <department> heeft uw melding afgehandeld. Is het nog niet in orde? "
        "Laat het ons hier weten.",
    ),
    ("acknowledgement", "en"): (
        "Acknowledgement",
        "Thank you for your message, {handle}. {department} is looking into it; you will hear "
        "from us by {expected_handling}.",
    ),
    ("answer", "en"): (
        "Answer",
        "Hello {handle}, {department} has dealt with your report. Still not right? Let us know "
        "here.",
    ),
    ("acknowledgement", "de"): (
        "Eingangsbestätigung",
        "Vielen Dank für Ihre Nachricht, {handle}. <Department> kümmert sich darum; Sie hören "
        "spätestens {expected_handling} von uns.",
    ),
    ("answer", "de"): (
        "Antwort",
        "Hallo {handle}, <department> hat Ihre Meldung erledigt. Ist noch etwas nicht in "
        "Ordnung? Schreiben Sie uns hier.",
    ),
}


@transaction.atomic
def departments_seed() -> dict[str, Department]:
    departments = {}
    for slug, (name, first_response, resolution, is_central) in DEPARTMENTS.items():
        departments[slug], _ = Department.objects.get_or_create(
            slug=slug,
            defaults={
                "name": name,
                "first_response_sla_hours": first_response,
                "resolution_sla_hours": resolution,
                "is_central": is_central,
            },
        )
    for department_slug, topics in TOPICS.items():
        for slug, (name, keywords) in topics.items():
            Topic.objects.get_or_create(
                slug=slug,
                defaults={
                    "name": name,
                    "department": departments[department_slug],
                    "keywords": keywords,
                },
            )
    for slug, department in departments.items():
        reply_templates_seed(department=department, local_names=LOCAL_NAMES.get(slug, {}))
    return departments


def reply_templates_seed(*, department: Department, local_names: dict[str, str]) -> None:
    """An acknowledgement and an answer in Dutch, English and German for the department; a
    template a city has edited (or deleted: inactive) is left as it is."""
    for (kind, language), (name, text) in REPLY_TEMPLATES.items():
        local_name = local_names.get(language, "{department}")
        text = text.replace("<Department>", local_name[:1].upper() + local_name[1:])
        text = text.replace("<department>", local_name)
        ReplyTemplate.objects.get_or_create(
            department=department,
            language=language,
            kind=kind,
            name=name,
            defaults={"text": text},
        )


@dataclass(frozen=True)
class CitySetup:
    created: dict[str, int]  # what this run added, per kind
    administrator: str = ""  # the administrator this run created, if any
    administrator_needs_password: bool = False


@transaction.atomic
def city_setup(*, admin_username: str = "", admin_email: str = "", admin_password: str = ""):
    """What a real installation starts with: the departments, their topics and reply templates,
    and the three role groups, plus a first administrator when asked for one. Only what is
    missing is added (a second run creates nothing); demo accounts and demo users never are.
    Without a password the administrator gets an unusable one, to be set with
    `manage.py changepassword` (a generated one would end up in a deployment's logs)."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from departments import roles

    kinds = {
        "departments": Department,
        "topics": Topic,
        "reply templates": ReplyTemplate,
        "role groups": Group,
    }
    before = {kind: model.objects.count() for kind, model in kinds.items()}
    departments_seed()
    roles.ensure_role_groups()
    created = {kind: model.objects.count() - before[kind] for kind, model in kinds.items()}

    User = get_user_model()
    if not admin_username or User.objects.filter(username=admin_username).exists():
        return CitySetup(created=created)
    administrator = User.objects.create_superuser(
        admin_username, email=admin_email, password=admin_password or None
    )
    return CitySetup(
        created=created,
        administrator=administrator.username,
        administrator_needs_password=not administrator.has_usable_password(),
    )

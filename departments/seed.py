"""The departments every installation starts with, and the seed taxonomy of topics for each.

Cities edit both in the admin; seeding only adds what is missing and never overwrites edits.
"""

from __future__ import annotations

from django.db import transaction

from departments.models import Department, Topic

# The taxonomy (topics and their keywords in nl, en, de, es and el) lives with the router.
from departments.routing.taxonomy import TOPICS

# slug: (name, first response SLA h, resolution SLA h, is central)
DEPARTMENTS = {
    "communication": ("Communication office", 4, 24, True),
    "traffic": ("Traffic", 8, 40, False),
    "public-works": ("Public works", 8, 40, False),
    "transit": ("Public transport", 4, 24, False),
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
    return departments

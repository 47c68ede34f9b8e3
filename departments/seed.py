"""The departments every installation starts with, and a first set of topics for each.

Cities edit both in the admin; seeding only adds what is missing and never overwrites edits.
"""

from __future__ import annotations

from django.db import transaction

from departments.models import Department, Topic

# slug: (name, first response SLA h, resolution SLA h, is central)
DEPARTMENTS = {
    "communication": ("Communication office", 4, 24, True),
    "traffic": ("Traffic", 8, 40, False),
    "public-works": ("Public works", 8, 40, False),
    "transit": ("Public transport", 4, 24, False),
}

# department slug -> topic slug -> (name, {language: keywords})
TOPICS = {
    "traffic": {
        "traffic-lights": (
            "Traffic lights",
            {"nl": ["stoplicht", "verkeerslicht"], "en": ["traffic light"], "de": ["ampel"]},
        ),
        "congestion": (
            "Congestion",
            {"nl": ["file", "opstopping"], "en": ["traffic jam"], "de": ["stau"]},
        ),
        "parking": (
            "Parking and abandoned vehicles",
            {"nl": ["parkeren", "fietswrak"], "en": ["parking"]},
        ),
        "signs-markings": (
            "Traffic signs and road markings",
            {"nl": ["verkeersbord"], "en": ["road sign"]},
        ),
        "road-closures": (
            "Road closures",
            {"nl": ["afsluiting", "omleiding"], "en": ["road closed", "detour"]},
        ),
        "speeding": ("Speeding", {"nl": ["hardrijders"], "en": ["speeding"]}),
        "cycling": ("Cycling", {"nl": ["fietspad"], "en": ["bike lane"]}),
    },
    "public-works": {
        "potholes": ("Potholes", {"nl": ["gat in de weg", "kuil"], "en": ["pothole"]}),
        "street-lighting": (
            "Street lighting",
            {"nl": ["lantaarnpaal", "straatverlichting"], "en": ["streetlight"]},
        ),
        "waste": (
            "Waste and litter",
            {"nl": ["vuilnis", "afval", "container"], "en": ["rubbish", "litter", "bin"]},
        ),
        "graffiti": ("Graffiti", {"nl": ["graffiti"], "en": ["graffiti"]}),
        "sidewalks": ("Sidewalks", {"nl": ["stoep", "tegels"], "en": ["sidewalk", "pavement"]}),
        "trees-green": ("Trees and green", {"nl": ["boom", "takken"], "en": ["tree"]}),
        "sewers": ("Sewers", {"nl": ["riool", "wateroverlast"], "en": ["sewer", "flooding"]}),
        "street-furniture": ("Street furniture", {"nl": ["bankje", "prullenbak"], "en": ["bench"]}),
        "snow-gritting": (
            "Snow and gritting",
            {"nl": ["gladheid", "strooien"], "en": ["gritting", "icy"]},
        ),
    },
    "transit": {
        "bus": ("Bus", {"nl": ["bus"], "en": ["bus"]}),
        "tram": ("Tram", {"nl": ["tram"], "en": ["tram"]}),
        "metro": ("Metro", {"nl": ["metro"], "en": ["metro"]}),
        "stops": ("Stops", {"nl": ["halte", "abri"], "en": ["bus stop"]}),
        "delays": ("Delays", {"nl": ["vertraging", "te laat"], "en": ["delay", "late"]}),
        "tickets": ("Tickets", {"nl": ["ov-chipkaart", "kaartje"], "en": ["ticket"]}),
        "accessibility": ("Accessibility", {"nl": ["rolstoel", "lift"], "en": ["wheelchair"]}),
    },
    "communication": {
        "compliments": ("Compliments", {"nl": ["bedankt", "top"], "en": ["thank you"]}),
        "general-questions": (
            "General questions",
            {"nl": ["openingstijden"], "en": ["opening hours"]},
        ),
        "nuisance": ("Nuisance", {"nl": ["geluidsoverlast", "overlast"], "en": ["noise"]}),
        "pests": ("Pests", {"nl": ["ratten", "wespen"], "en": ["rats"]}),
        "politics": ("Politics", {"nl": ["gemeenteraad", "wethouder"], "en": ["council"]}),
        "spam": ("Spam", {"en": ["crypto", "follow back"]}),
    },
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

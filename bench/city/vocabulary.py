"""What the generated city's people write, rendered once into pools that the generator draws from.

Every text comes from the project's own synthetic material: the templates, places and slang of
the demo data set's generator (listening/replay/data/templates/*.yaml, filled and roughened by
listening/replay/generator/) for Dutch, English, German and Spanish, and the Greek posts of the
router's synthetic training set (departments/routing/data/training.csv). No real citizen report
is used."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path
from random import Random

from listening.replay.generator import material as replay
from listening.replay.generator.text import Slots, roughen, upper_first

LANGUAGES = ("nl", "en", "de", "es", "el")
# Shares of the city's citizens by the language they write in.
LANGUAGE_MIX = {"nl": 0.55, "en": 0.27, "de": 0.08, "es": 0.06, "el": 0.04}
DEPARTMENT_MIX = {"traffic": 0.25, "public-works": 0.35, "transit": 0.25, "communication": 0.15}
DEPARTMENTS = tuple(DEPARTMENT_MIX)

# The demo generator's topics and the seeded taxonomy's topic slugs (departments.seed).
REPLAY_TOPICS = {
    "traffic_light": "traffic-lights",
    "congestion": "congestion",
    "parking": "parking",
    "abandoned_bike": "parking",
    "signs_markings": "signs-markings",
    "closure_detour": "road-closures",
    "speeding": "speeding",
    "cycling": "cycling",
    "pothole": "potholes",
    "streetlight": "street-lighting",
    "waste": "waste",
    "graffiti": "graffiti",
    "sidewalk": "sidewalks",
    "trees": "trees-green",
    "sewer": "sewers",
    "furniture": "street-furniture",
    "gritting": "snow-gritting",
    "tram": "tram",
    "bus": "bus",
    "lightrail": "metro",
    "stop_shelter": "stops",
    "delay": "delays",
    "ticket": "tickets",
    "accessibility": "accessibility",
    "compliment": "compliments",
    "question": "general-questions",
    "nuisance": "nuisance",
    "pests": "pests",
    "politics": "politics",
    "spam": "spam",
    "event": "general-questions",
}
SPAM_TOPIC = "spam"
TRAINING_SET = (
    Path(__file__).resolve().parents[2] / "departments" / "routing" / "data" / "training.csv"
)
# What the demo generator's texts come from, for make_city's fingerprint of the generator.
REPLAY_SOURCES = (*sorted(Path(replay.__file__).parent.glob("*.py")), *replay.TEMPLATE_FILES)

# The city's accounts: (platform, handle, display name, department, followers).
ACCOUNTS = (
    ("x", "gemeentezeestad", "Gemeente Zeestad", "communication", 24_000),
    ("x", "zeestadverkeer", "Zeestad Verkeer", "traffic", 6_200),
    ("x", "zeestadwerkt", "Zeestad Buitenruimte", "public-works", 4_100),
    ("x", "zeestad_ov", "Zeestad OV - tram & bus", "transit", 9_800),
    ("facebook", "GemeenteZeestad", "Gemeente Zeestad", "communication", 18_500),
    ("facebook", "ZeestadVerkeer", "Zeestad Verkeer", "traffic", 3_900),
    ("facebook", "ZeestadBuitenruimte", "Zeestad Buitenruimte", "public-works", 2_700),
    ("facebook", "ZeestadOV", "Zeestad OV", "transit", 5_600),
    ("mastodon", "gemeentezeestad", "Gemeente Zeestad", "communication", 2_600),
    ("mastodon", "verkeer", "Zeestad Verkeer", "traffic", 800),
    ("mastodon", "buitenruimte", "Zeestad Buitenruimte", "public-works", 650),
    ("mastodon", "ov", "Zeestad OV", "transit", 1_400),
)
PLATFORM_MIX = {"x": 0.55, "facebook": 0.30, "mastodon": 0.15}
# Median likes of an ordinary post of the city, by account (the central accounts reach more).
BASE_LIKES = (46, 13, 10, 21, 40, 9, 7, 15, 9, 3, 3, 5)

GREEK_FIRST = [
    "Nikos",
    "Maria",
    "Giorgos",
    "Eleni",
    "Kostas",
    "Dimitra",
    "Yannis",
    "Sofia",
    "Panos",
    "Katerina",
    "Vasilis",
    "Anna",
    "Christos",
    "Ioanna",
    "Stavros",
    "Despina",
]
GREEK_LAST = [
    "Papadopoulos",
    "Georgiou",
    "Nikolaou",
    "Ioannou",
    "Konstantinou",
    "Christodoulou",
    "Pavlou",
    "Demetriou",
    "Antoniou",
    "Charalambous",
]
NAME_GROUP = {"nl": "dutch", "en": "english", "de": "german", "es": "spanish"}

# Replies the city sends, by language ({handle}, {department}); Greek posts are answered in
# English, as a Dutch city would.
ACKNOWLEDGEMENTS = {
    "nl": [
        "Dank voor je melding, @{handle}. We hebben het doorgezet naar {department}.",
        "Bedankt @{handle}, we gaan ernaar kijken. {department} pakt het op.",
        "Hoi @{handle}, goed dat je het meldt. {department} neemt contact op als er meer nodig is.",
    ],
    "en": [
        "Thanks for letting us know, @{handle}. We passed it on to {department}.",
        "Hi @{handle}, thanks! {department} will look into it.",
    ],
    "de": ["Danke für Ihre Meldung, @{handle}. Wir haben sie an {department} weitergegeben."],
    "es": ["Gracias por avisarnos, @{handle}. Lo hemos pasado a {department}."],
}
ANSWERS = {
    "nl": [
        "Update voor @{handle}: {department} heeft het opgelost. Dank voor je geduld!",
        "@{handle} Het is inmiddels verholpen door {department}. Laat het weten als het weer "
        "misgaat.",
    ],
    "en": ["@{handle} Update: {department} has fixed this. Thanks for your patience!"],
    "de": ["@{handle} {department} hat das Problem behoben. Danke für Ihre Geduld!"],
    "es": ["@{handle} {department} ya lo ha solucionado. ¡Gracias por su paciencia!"],
}
NOTES = [
    "Aannemer is ingelicht, planning volgt.",
    "Zelfde melding als vorige week, zie de samengevoegde zaak.",
    "Doorgebeld met de wijkbeheerder.",
    "Melder wil graag teruggebeld worden.",
    "Staat op de lijst voor de ronde van donderdag.",
]
REROUTE_REASONS = ["wrong department", "gaat over het OV", "is voor Buitenruimte", "verkeerszaak"]


def copy_escape(text: str) -> str:
    """A value for PostgreSQL's COPY text format."""
    if "\\" not in text and "\t" not in text and "\n" not in text and "\r" not in text:
        return text
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


@dataclass
class TextPool:
    """Rendered texts with what each is about: draw an index, read the columns."""

    texts: list[str] = field(default_factory=list)  # escaped for COPY
    languages: list[str] = field(default_factory=list)
    departments: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)  # taxonomy slug
    weights: list[float] = field(default_factory=list)  # within its (language, department)

    def add(self, text: str, language: str, department: str, topic: str, weight: float) -> None:
        self.texts.append(copy_escape(text))
        self.languages.append(language)
        self.departments.append(department)
        self.topics.append(topic)
        self.weights.append(weight)


def _render(rng: Random, template: str, language: str) -> str | None:
    try:
        return upper_first(template.format_map(Slots(rng, language)))
    except (KeyError, IndexError, ValueError):
        return None  # a template that needs an incident's fixed slots


def citizen_pool(*, seed: int, variants: int) -> TextPool:
    """About `variants` texts per topic and language, roughened like phone-typed posts."""
    rng = Random(seed)
    pool = TextPool()
    for name, topic in replay.TOPICS.items():
        department = topic["department"]
        for language in ("nl", "en", "de", "es"):
            templates = topic.get(language) or []
            rendered = set()
            for _ in range(variants * 2):
                if len(rendered) >= variants:
                    break
                text = _render(rng, rng.choice(templates), language)
                if text is None:
                    continue
                if rng.random() < 0.5:
                    text = roughen(rng, text, language)
                rendered.add(text)
            for text in sorted(rendered):
                pool.add(
                    text, language, department, REPLAY_TOPICS[name], topic["weight"] / len(rendered)
                )
    for text, department, topic in _greek_posts():
        pool.add(text, "el", department, topic, 1.0)
    return pool


def _greek_posts() -> list[tuple[str, str, str]]:
    """The Greek posts of the router's training set, each with the topic its keywords name (or
    its department's first topic)."""
    from departments.routing.taxonomy import TOPICS

    posts = []
    with TRAINING_SET.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["lang"] != "el":
                continue
            department = row["department"].replace("_", "-")
            topics = TOPICS[department]
            lowered = row["text"].lower()
            topic = next(
                (
                    slug
                    for slug, (_name, keywords) in topics.items()
                    if any(term in lowered for term in keywords.get("el", []))
                ),
                next(iter(topics)),
            )
            posts.append((row["text"], department, topic))
    return posts


def own_pool(*, seed: int, variants: int) -> TextPool:
    """The city's own announcements, in Dutch and (where the demo has them) English."""
    rng = Random(seed + 1)
    pool = TextPool()
    for name, topic in replay.OWN_TOPICS.items():
        for language in ("nl", "en"):
            templates = topic.get(language) or []
            if not templates:
                continue
            rendered = set()
            for _ in range(variants * 2):
                if len(rendered) >= variants:
                    break
                text = _render(rng, rng.choice(templates), language)
                if text is not None:
                    if rng.random() < topic.get("link", 0):
                        text += f" {replay.LINK_BASE}/{topic.get('path', 'nieuws')}"
                    rendered.add(text)
            share = (1 - topic.get("en_share", 0)) if language == "nl" else topic.get("en_share", 0)
            for text in sorted(rendered):
                pool.add(text, language, "communication", name, max(share, 0.0) / len(rendered))
    return pool


def author_names(language: str) -> tuple[list[str], list[str]]:
    if language == "el":
        return GREEK_FIRST, GREEK_LAST
    first, last = replay.NAMES[NAME_GROUP[language]]
    return list(first), list(last)

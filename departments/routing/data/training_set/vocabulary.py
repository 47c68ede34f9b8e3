"""The generator's vocabulary, read once from ../vocabulary/*.yaml and the router's taxonomy.

Every table keeps the order of its file: the builder draws from lists with one seeded random
generator, so the order is part of what makes training.csv reproducible.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from typing import Any, NamedTuple

import yaml

DATA = Path(__file__).resolve().parent.parent
VOCABULARY = DATA / "vocabulary"
TAXONOMY_MODULE = DATA.parent / "taxonomy.py"
LANGUAGES_IN_ORDER = ("nl", "en", "de", "es", "el")
REPORT_LANGUAGES = ("nl", "en", "de")

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class Issue(NamedTuple):
    """A problem as a terse title, a subject and a predicate that starts with the finite verb;
    placeless: it happens nowhere in particular (an app, a refund), so no place is added."""

    title: str
    subject: str
    predicate: str
    placeless: bool = False


def _read(name: str) -> Any:
    with (VOCABULARY / f"{name}.yaml").open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=_Loader)


def _language(lang: str) -> dict[str, Any]:
    table = _read(lang)
    table["issues"] = {
        department: [Issue(**issue) for issue in issues]
        for department, issues in table["issues"].items()
    }
    table["abbreviations"] = [
        (entry["pattern"], entry["options"]) for entry in table["abbreviations"]
    ]
    table["contractions"] = [tuple(pair) for pair in table.get("contractions", [])]
    return table


def _reports(lang: str) -> dict[str, Any]:
    """A reporting app's titles and descriptions per department: the written ones first, then
    the service catalogue's."""
    table = _read(f"reports_{lang}")
    return {
        "titles": {
            department: titles + table["catalogue_titles"].get(department, [])
            for department, titles in table["titles"].items()
        },
        "bodies": {
            department: bodies + table["catalogue_bodies"].get(department, [])
            for department, bodies in table["bodies"].items()
        },
        "narratives": table["narratives"],
        "places": table["places"],
        "forms": table["forms"],
    }


def _taxonomy_terms() -> dict[tuple[str, str], list[str]]:
    """(language, department) -> the keyword terms of the router's seed taxonomy
    (departments/routing/taxonomy.yaml): what a resident calls a thing, used as report titles so
    that the classifier knows every word the rules know, and their compounds' parts. The loader
    is read as a file, so that this command needs neither Django nor the project on sys.path."""
    spec = importlib.util.spec_from_file_location("taxonomy", TAXONOMY_MODULE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    terms: dict[tuple[str, str], list[str]] = {}
    for department, topics in module.TOPICS.items():
        for _name, by_language in topics.values():
            for lang, words in by_language.items():
                terms.setdefault((lang, department.replace("-", "_")), []).extend(words)
    return terms


LANGUAGES = {lang: _language(lang) for lang in LANGUAGES_IN_ORDER}
REPORTS = {lang: _reports(lang) for lang in REPORT_LANGUAGES}
TAXONOMY_TERMS = _taxonomy_terms()

_shared = _read("shared")
EMOJI_NEGATIVE: list[str] = _shared["emoji"]["negative"]
EMOJI_POSITIVE: list[str] = _shared["emoji"]["positive"]
EMOJI_LAUGH: list[str] = _shared["emoji"]["laugh"]
EMOJI_TOPIC: dict[str, list[str]] = _shared["emoji"]["topic"]
# Words that already say "since when": no "sinds vorige week" is added to such a predicate.
TIME_WORDS = re.compile(r"\b(" + "|".join(_shared["time_words"]) + r")\b")
REPORT_JOINS: list[str] = _shared["report_joins"]

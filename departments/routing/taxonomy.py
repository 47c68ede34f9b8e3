"""The seed taxonomy: for each department, its topics and the words that point to them.

The terms live in taxonomy.yaml next to this module, so that a city's staff can read and edit
them; its header explains how the router uses the terms, the conventions for writing them and
the words left out on purpose. This module reads the file once, on import:

- TOPICS: department slug -> topic slug -> (English topic name, {language: terms}), for the
  city's five languages (nl, en, de, es, el); departments.seed creates the topics from it and
  the router matches the terms;
- ACCOUNT_HINTS: department slug -> substrings of a city account's handle that say which
  department owns it, checked in this order (first hit wins).
"""

from __future__ import annotations

from pathlib import Path

import yaml

_TAXONOMY_FILE = Path(__file__).resolve().with_name("taxonomy.yaml")

# The C parser reads the file ten times faster; PyYAML wheels without libyaml lack it.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# department slug -> topic slug -> (English topic name, {language: terms})
_Topics = dict[str, dict[str, tuple[str, dict[str, list[str]]]]]


def _terms(where: str, terms: list) -> list[str]:
    """The terms as written; a bare yes, no, on or number would reach the matcher as a bool or
    an int, so it is refused with the place to quote it."""
    for term in terms:
        if not isinstance(term, str):
            raise ValueError(
                f"{_TAXONOMY_FILE.name}: {where}: a term was read as {term!r}, not as text: "
                'write it in quotes ("no", "on", "30")'
            )
    return terms


def _load() -> tuple[_Topics, dict[str, list[str]]]:
    with _TAXONOMY_FILE.open(encoding="utf-8") as handle:
        data = yaml.load(handle, Loader=_Loader)
    topics = {
        department: {
            slug: (
                topic["name"],
                {
                    language: _terms(f"{department} {slug} {language}", terms)
                    for language, terms in topic["terms"].items()
                },
            )
            for slug, topic in department_topics.items()
        }
        for department, department_topics in data["topics"].items()
    }
    hints = {
        department: _terms(f"account_hints {department}", substrings)
        for department, substrings in data["account_hints"].items()
    }
    return topics, hints


TOPICS: _Topics
ACCOUNT_HINTS: dict[str, list[str]]
TOPICS, ACCOUNT_HINTS = _load()

#!/usr/bin/env python3
"""Generate the router's training set: departments/routing/data/training.csv.

Run from the repository root:

    python departments/routing/data/build_training_set.py

Every text is synthetic. The templates, vocabulary, street and stop names, handles and city names
in vocabulary/*.yaml were written by the team for this set; nothing is taken from real social
media, from a third-party collection of citizen reports or from the demo data set
(listening/replay/), which stays independent so that evaluating on the demo remains meaningful.
No real people appear.

How a post is made (the code is in training_set/):
  1. every language has data tables (vocabulary/<lang>.yaml): places, transit lines, handles,
     scaffolding (greetings, closings, "since when" sentences, locations), registers of
     templates, and per department a list of issues (a terse title, a subject and a predicate)
     and free whole-post templates; nl, en and de also have a reporting app's and a web form's
     titles and descriptions (vocabulary/reports_<lang>.yaml);
  2. a post for (language, department) is either a report, an issue put into a register template
     (terse report, web-form complaint, angry tweet, question, follow-up, sarcasm), a free
     template, or an issue plus a second, minor problem of another department (the label stays
     that of the main problem);
  3. "[a|b|c]" in any text picks one option, "{slot}" fills a place, line, time, handle, ...;
  4. the text is roughened up: abbreviations, typos, lower case, emoji, hashtags, German
     without umlauts, Spanish and Greek without accents.

One random.Random with a fixed seed drives every choice and every table is a list (no set
iteration), so the output is byte-for-byte identical on every run. Duplicates are dropped while
generating, and so are near-copies: posts that differ only in case, accents, punctuation, emoji,
hashtags or handles.
"""

from __future__ import annotations

import csv
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

# The generator's package, training_set/, sits next to this script: running the script puts this
# folder on sys.path, but `python -m departments.routing.data.build_training_set` does not.
sys.path.insert(0, str(Path(__file__).resolve().parent))

from training_set.compose import DEPARTMENTS, make_post
from training_set.post import contract
from training_set.roughen import roughen

SEED = 20240611
OUT = Path(__file__).resolve().parent / "training.csv"
# Posts per department for each language.
TARGETS = {"nl": 1600, "en": 1600, "de": 1600, "es": 80, "el": 80}


def skeleton(text: str) -> str:
    """What is left of a post without case, accents, handles, hashtags, emoji and punctuation:
    two posts with the same skeleton count as one, so near-copies do not pile up."""
    text = unicodedata.normalize("NFD", re.sub(r"[@#]\w+", "", text.lower()))
    return "".join(char for char in text if char.isalnum())


def build(seed: int = SEED) -> list[tuple[str, str, str]]:
    rng = random.Random(seed)
    rows: list[tuple[str, str, str]] = []
    seen: set[str] = set()  # only for membership tests, never iterated
    for lang, target in TARGETS.items():
        for department in DEPARTMENTS:
            made = attempts = 0
            while made < target:
                attempts += 1
                if attempts > 100 * target:
                    raise RuntimeError(f"cannot make {target} distinct {lang} {department} posts")
                text, level = make_post(rng, lang, department)
                text = roughen(rng, contract(text, lang), lang, level)
                key = skeleton(text) or text  # an emoji-only reply is its own skeleton
                if key in seen:
                    continue
                seen.add(key)
                rows.append((text, department, lang))
                made += 1
    rng.shuffle(rows)
    return rows


def write(rows: list[tuple[str, str, str]], path: Path = OUT) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["text", "department", "lang"])
        writer.writerows(rows)


def main() -> None:
    rows = build()
    write(rows)
    counts = Counter((lang, department) for _, department, lang in rows)
    print(f"wrote {len(rows)} posts to {OUT}")
    print("lang  " + "  ".join(f"{d:>13}" for d in DEPARTMENTS))
    for lang in TARGETS:
        print(f"{lang:<5} " + "  ".join(f"{counts[lang, d]:>13}" for d in DEPARTMENTS))
    duplicates = len(rows) - len({text for text, _, _ in rows})
    print(f"exact duplicate texts: {duplicates} ({duplicates / len(rows):.2%})")


if __name__ == "__main__":
    sys.exit(main())

"""One post's text: "[a|b|c]" options and {slots} filled from the language's vocabulary."""

from __future__ import annotations

import random
import re

from training_set.vocabulary import (
    EMOJI_LAUGH,
    EMOJI_NEGATIVE,
    EMOJI_POSITIVE,
    EMOJI_TOPIC,
    LANGUAGES,
    TIME_WORDS,
    Issue,
)

# Which account a citizen tags ({H}): the city's own or the department's, often the wrong one.
HANDLE_MIX = {
    "traffic": {"city": 0.6, "traffic": 0.3, "transit": 0.1},
    "public_works": {"city": 0.6, "public_works": 0.35, "traffic": 0.05},
    "transit": {"transit": 0.7, "city": 0.3},
    "communication": {"city": 0.85, "transit": 0.05, "public_works": 0.05, "traffic": 0.05},
}

ALTERNATIVE = re.compile(r"\[([^\[\]]*)\]")
SLOT = re.compile(r"\{(\w+)\}")
PLACE_SLOTS = ("street", "hood", "landmark", "stop", "town", "bus", "tram", "metro", "city")
# {d}, {mo}, ...: a number drawn between the two bounds, both included.
NUMBERS = {
    "d": (1, 28),
    "mo": (1, 12),
    "num": (1, 240),
    "n": (2, 6),
    "days": (2, 21),
    "weeks": (2, 9),
    "p": (3, 99),
    "h": (5, 23),
}
# {mins}: how long a wait or a delay was, the round numbers twice as likely.
MINUTES = [str(m) for m in (5, 7, 8, 10, 12, 15, 15, 17, 20, 20, 25, 30, 35, 40, 45, 50, 60, 90)]
CLOCK_MINUTES = [f"{minute:02d}" for minute in range(0, 60, 1)]


def capitalize(text: str) -> str:
    return text[:1].upper() + text[1:]


def weighted(rng: random.Random, weights: dict[str, float]) -> str:
    names = list(weights)
    return rng.choices(names, weights=[weights[name] for name in names])[0]


def tidy(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s+([.,!?:;)])", r"\1", text)
    text = re.sub(r"\(\s+", "(", text)
    text = re.sub(r"([!?])\.", r"\1", text)
    text = re.sub(r"[,:;]\.", ".", text)
    text = re.sub(r"\.\s\.", ".", text)
    text = re.sub(r",,", ",", text)
    text = re.sub(r"^[,.:;]\s*", "", text)
    return text.strip()


def contract(text: str, lang: str) -> str:
    """German "in dem Oberdorf" is "im Oberdorf"."""
    for long, short in LANGUAGES[lang]["contractions"]:
        text = text.replace(long, short).replace(capitalize(long), capitalize(short))
    return text


class Post:
    """The choices behind one post. Each slot is filled once, so a post that says {street}
    twice names the same street, and {street2} is always a different one."""

    def __init__(self, rng: random.Random, lang: str, department: str):
        self.rng = rng
        self.lang = lang
        self.table = LANGUAGES[lang]
        self.department = department
        self.issue: Issue | None = None
        self.second: Issue | None = None
        self.second_department = ""
        self.values: dict[str, str] = {}

    # -- text ---------------------------------------------------------------------------------

    def alternatives(self, text: str) -> str:
        """Resolve "[a|b|c]" (innermost first), leaving {slots} alone."""
        while True:
            resolved = ALTERNATIVE.sub(lambda m: self.rng.choice(m.group(1).split("|")), text)
            if resolved == text:
                return resolved
            text = resolved

    def render(self, text: str) -> str:
        return SLOT.sub(lambda m: self.value(m.group(1)), self.alternatives(text))

    def value(self, name: str) -> str:
        if name not in self.values:
            self.values[name] = self.render(self.raw(name))
        return self.values[name]

    # -- slots --------------------------------------------------------------------------------

    def raw(self, name: str) -> str:
        rng, places, scaffold = self.rng, self.table["places"], self.table["scaffold"]
        base = name.rstrip("0123456789")
        if base in PLACE_SLOTS:
            taken = [self.values.get(base), *(self.values.get(f"{base}{i}") for i in (2, 3))]
            pool = [value for value in places[base] if value not in taken]
            return rng.choice(pool or places[base])
        issue_part = self.issue_slot(name)
        if issue_part is not None:
            return issue_part
        if name in NUMBERS:
            low, high = NUMBERS[name]
            number = rng.randint(low, high)
            if name == "num" and rng.random() < 0.1:
                return f"{number}{rng.choice('abc')}"
            return str(number)
        simple = {
            "month": places["months"],
            "at_stop": places.get("at_stop", ["{stop}"]),
            "date": places["date"],
            "ticket": places["ticket"],
            "time": places["time"],
            "price": places["price"],
            "S": scaffold["since"],
            "G": scaffold["greet"],
            "K": scaffold["close"],
            "X": scaffold["remark"],
            "EP": EMOJI_POSITIVE,
            "EL": EMOJI_LAUGH,
            "mins": MINUTES,
            "mm": CLOCK_MINUTES,
        }
        if name in simple:
            return rng.choice(simple[name])
        if name == "six":
            return str(rng.randint(100000, 999999))
        # Slots of the report vocabulary (vocabulary/reports_<lang>.yaml).
        if name == "place":
            return self.value("landmark")
        if name == "line":
            return rng.choice(places["bus"] + places["tram"])
        if name == "train":
            return str(rng.choice([rng.randint(100, 999), rng.randint(1000, 99999)]))
        if name == "hh":
            return f"{int(self.value('h')):02d}"
        if name == "h12":
            return str((int(self.value("h")) - 1) % 12 + 1)
        if name == "ampm":
            return rng.choice(["am", "pm", " am", " pm"]) if int(self.value("h")) else "am"
        if name == "H":
            mix = HANDLE_MIX[self.department]
            return rng.choice(self.table["handles"][weighted(rng, mix)])
        if name == "E":
            roll = rng.random()
            if roll < 0.7:
                return rng.choice(EMOJI_NEGATIVE)
            if roll < 0.9:
                return rng.choice(EMOJI_TOPIC[self.department])
            return rng.choice(EMOJI_LAUGH)
        if name == "TAG":
            tags = self.table["hashtags"]
            roll = rng.random()
            group = "city" if roll < 0.35 else self.department if roll < 0.7 else "generic"
            return rng.choice(tags[group])
        if name in ("L", "LF", "LT", "L2"):
            return self.location(name)
        raise KeyError(f"unknown slot {{{name}}} in a {self.lang} template")

    def location(self, name: str) -> str:
        """L, L2: where (the second problem's for L2); LF: where, fronted; LT: where, terse."""
        rng, scaffold = self.rng, self.table["scaffold"]
        department = self.second_department if name == "L2" else self.department
        issue = self.second if name == "L2" else self.issue
        kind = "transit" if department == "transit" else "street"
        # A problem without a place, or one that names its own stop, gets no second place.
        if issue and (issue.placeless or "{stop}" in issue.subject + issue.predicate):
            if name == "LF":
                self.values["_time_front"] = "yes"  # "Vanochtend ...": no "sinds" as well
                return rng.choice(scaffold["loc_front"]["time"])
            if name != "LT" or issue.placeless:
                return ""
        table = {"L": "loc", "L2": "loc", "LF": "loc_front", "LT": "loc_terse"}[name]
        return rng.choice(scaffold[table][kind])

    def issue_slot(self, name: str) -> str | None:
        """T, C, INV (and T2, C2, INV2 for the second problem): the issue as a title, a clause
        and, in Dutch and German, a clause with the verb first ("staat er al weken ...")."""
        base, second = (name[:-1], True) if name.endswith("2") else (name, False)
        if base not in ("T", "Tc", "C", "Cc", "INV"):
            return None
        issue = self.second if second else self.issue
        if issue is None:
            raise KeyError(f"slot {{{name}}} used without an issue")
        suffix = "2" if second else ""
        # Resolve the options once, so that T, C and INV of one post tell the same story.
        subject = self.values.setdefault(f"_subject{suffix}", self.alternatives(issue.subject))
        predicate = self.values.setdefault(
            f"_predicate{suffix}", self.alternatives(issue.predicate)
        )
        if base == "T":
            return issue.title
        if base == "Tc":
            return capitalize(self.value(f"T{suffix}"))
        clause = f"{subject} {predicate}".strip()
        if base == "C":
            return clause
        if base == "Cc":
            return capitalize(self.value(f"C{suffix}"))
        if not self.table["verb_first"]:
            return clause
        verb, _, rest = predicate.partition(" ")
        since = ""
        quiet = second or "_time_front" in self.values or TIME_WORDS.search(predicate)
        if not quiet and self.rng.random() < 0.4:
            since = self.rng.choice(self.table["scaffold"]["since_in"])
            self.values.setdefault("S", "")  # said once is enough
        return " ".join(part for part in (verb, subject, since, rest) if part)

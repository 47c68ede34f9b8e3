"""What kind of post to make for a language and a department, and the post itself."""

from __future__ import annotations

import random

from training_set.post import Post, capitalize, tidy, weighted
from training_set.vocabulary import LANGUAGES, REPORT_JOINS, REPORTS, TAXONOMY_TERMS

DEPARTMENTS = ("traffic", "public_works", "transit", "communication")

# How a post for a department is built: issue in a register, free template, or two problems.
KIND_WEIGHTS = {
    "traffic": {"issue": 0.55, "free": 0.32, "two": 0.13},
    "public_works": {"issue": 0.55, "free": 0.32, "two": 0.13},
    "transit": {"issue": 0.45, "free": 0.45, "two": 0.10},
    "communication": {"issue": 0.22, "free": 0.76, "two": 0.02},
}
# The share of posts that are reports in a reporting app's or web form's register (a title, a
# category, a description, an address), in the languages that have report vocabulary
# (vocabulary/reports_<lang>.yaml); the rest are built as KIND_WEIGHTS says.
REPORT_SHARE = 0.7
REGISTER_WEIGHTS = {
    "terse": 0.22,
    "formal": 0.20,
    "tweet": 0.28,
    "question": 0.10,
    "followup": 0.10,
    "sarcasm": 0.10,
}
# How rough each register gets: 0 = careful writing, 2 = a quick angry tweet.
REGISTER_NOISE = {
    "terse": 1,
    "formal": 0,
    "tweet": 2,
    "question": 1,
    "followup": 1,
    "sarcasm": 2,
    "free": 1,
}
# The share of context-free replies among the communication office's free posts.
REPLY_SHARE = 0.1
# The share of report titles that are a term of the taxonomy rather than a written title.
TERM_TITLE_SHARE = 0.25
# How a report is laid out: a title alone, a title with a place, a title and its description,
# a web form's fields, a description alone, or a long personal story (weights per layout).
REPORT_LAYOUTS = {
    "title": 0.14,
    "title_place": 0.14,
    "title_body": 0.15,
    "form": 0.10,
    "body": 0.27,
    "narrative": 0.20,
}


def make_post(rng: random.Random, lang: str, department: str) -> tuple[str, int]:
    """One post and how rough it may get (0 careful ... 2 a quick angry tweet)."""
    table = LANGUAGES[lang]
    post = Post(rng, lang, department)
    if lang in REPORTS and rng.random() < REPORT_SHARE:
        return make_report(post), 1
    kind = weighted(rng, KIND_WEIGHTS[department])
    if kind == "free":
        if department == "communication" and rng.random() < REPLY_SHARE:
            return tidy(post.render(rng.choice(table["replies"]))), 2
        return tidy(post.render(rng.choice(table["free"][department]))), REGISTER_NOISE["free"]
    post.issue = rng.choice(table["issues"][department])
    weights = dict(REGISTER_WEIGHTS)
    if department == "communication":
        weights.pop("sarcasm")  # nobody blames the city for the neighbours' party
    register = weighted(rng, weights)
    templates = table["registers"][register]
    if kind == "two":
        # The main problem must be told in full, or the second one would take over the post.
        templates = [t for t in templates if "{C" in t or "{INV}" in t] or templates
    template = rng.choice(templates)
    if kind == "two":
        # A second, smaller problem owned by someone else; the post keeps the main label.
        others = [d for d in DEPARTMENTS if d != department]
        post.second_department = rng.choices(
            others, weights=[0.5 if d == "communication" else 1.0 for d in others]
        )[0]
        post.second = rng.choice(table["issues"][post.second_department])
        extra = rng.choice(table["scaffold"]["second"])
        template = (
            template.replace("{K}", f"{extra} {{K}}")
            if "{K}" in template
            else (f"{template} {extra}")
        )
    text = tidy(post.render(template))
    if register == "formal":
        text = capitalize(text)
    return text, REGISTER_NOISE[register]


def make_report(post: Post) -> str:
    """A report in a reporting app's or a web form's register, or a description alone; a
    transit complaint is often addressed to the operator's account."""
    rng, lang, department = post.rng, post.lang, post.department
    vocabulary = REPORTS[lang]
    layout = weighted(rng, REPORT_LAYOUTS)
    if layout == "narrative" and not vocabulary["narratives"].get(department):
        layout = "body"
    terms = TAXONOMY_TERMS.get((lang, department))
    if terms and rng.random() < TERM_TITLE_SHARE:
        title = rng.choice(terms)
    else:
        title = post.render(rng.choice(vocabulary["titles"][department]))
    roll = rng.random()
    if roll < 0.25:
        title = capitalize(title)
    elif roll < 0.35 and lang == "en":
        title = " ".join(word[:1].upper() + word[1:] for word in title.split(" "))
    elif roll < 0.38:
        title = title.upper()
    post.values["T"] = title
    if layout != "title" and layout != "title_place":
        post.values["B"] = post.render(rng.choice(vocabulary["bodies"][department]))
    if layout == "narrative":
        text = post.render(rng.choice(vocabulary["narratives"][department]))
    elif layout == "title":
        text = title
    elif layout == "title_place":
        text = post.render(rng.choice(vocabulary["places"]))
    elif layout == "title_body":
        text = post.render(rng.choice(REPORT_JOINS))
    elif layout == "form":
        text = post.render(rng.choice(vocabulary["forms"]))
    else:
        text = post.values["B"]
        if rng.random() < (0.5 if department == "transit" else 0.15):
            text = post.render("{H} ") + text
    return tidy_lines(text)


def tidy_lines(text: str) -> str:
    """tidy() for each line: a form keeps its line breaks."""
    return "\n".join(line for line in (tidy(part) for part in text.split("\n")) if line)

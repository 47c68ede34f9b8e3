"""Training the router on the shipped training set and on officers' corrections, evaluating it on
a held-out split, and activating it only if it is not worse than the active version."""

from __future__ import annotations

import csv
import hashlib
import logging
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from spacy.training import Example

from departments.routing.fit import FitSettings, fit_textcat
from departments.routing.language import language_of
from departments.routing.metrics import classification_report
from departments.routing.pipeline import (
    DEPARTMENT_LABELS,
    PIPELINE_LANGUAGES,
    TRIAGE_LABEL,
    trainable_pipeline,
)

logger = logging.getLogger(__name__)

TRAINING_SET = Path(__file__).resolve().parent / "data" / "training.csv"
HELD_OUT_SHARE = 0.2
# A correction is a real post a person labelled: it counts as much as this many written ones.
CORRECTION_WEIGHT = 20
# The multilingual ("xx") classifier trains on every this-many-th written post.
MULTILINGUAL_SAMPLE = 3
# Evaluation labels: the three departments that get cases routed; everything else stays in
# the central triage queue and counts as "other".
EVALUATED = ("traffic", "public_works", "transit")


@dataclass(frozen=True)
class LabelledPost:
    text: str
    department: str  # a DEPARTMENT_LABELS slug
    language: str
    source: str = "training-set"  # or "correction"


def label_from_csv(value: str) -> str:
    value = value.strip().lower().replace("_", "-")
    return value if value in DEPARTMENT_LABELS else TRIAGE_LABEL


def evaluation_label(department: str | None) -> str:
    """The label evaluate_routing reports: traffic, public_works, transit or other."""
    slug = (department or "").replace("-", "_")
    return slug if slug in EVALUATED else "other"


def correction(*, text: str, department: str | None, language: str) -> LabelledPost:
    """A post an officer routed by hand, as the router learns from it: the one way corrections
    enter training, for re-routes in the back office and for evaluate_routing's learning curve.
    Sent back to triage (no department) means it stays with the communication office."""
    return LabelledPost(
        text=text,
        department=department or TRIAGE_LABEL,
        language=language or "",
        source="correction",
    )


def training_posts(corrections: list[LabelledPost]) -> list[LabelledPost]:
    """What a new router version trains on: the shipped set's training split and every
    correction (each is a case the router got wrong in real life, so they always train)."""
    train, _ = split(shipped_training_set())
    return train + corrections


def shipped_training_set(path: Path = TRAINING_SET) -> list[LabelledPost]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            LabelledPost(row["text"], label_from_csv(row["department"]), row.get("lang", ""))
            for row in csv.DictReader(handle)
        ]


def is_held_out(text: str) -> bool:
    """A stable split: the same post is always on the same side, whatever else changes."""
    digest = hashlib.blake2b(text.strip().lower().encode(), digest_size=2).digest()
    return int.from_bytes(digest, "big") / 65536 < HELD_OUT_SHARE


def split(posts: list[LabelledPost]) -> tuple[list[LabelledPost], list[LabelledPost]]:
    train = [post for post in posts if not is_held_out(post.text)]
    held_out = [post for post in posts if is_held_out(post.text)]
    return train, held_out


def train_pipelines(
    posts: list[LabelledPost], out_dir: Path, *, epochs: int | None = None, seed: int = 0
) -> None:
    """One classifier per language, plus a multilingual one ("xx") trained on every post for
    posts in a language the detector cannot tell."""
    epochs = epochs or settings.ROUTER_TRAIN_EPOCHS
    posts = [
        copy
        for post in posts
        for copy in [post] * (CORRECTION_WEIGHT if post.source == "correction" else 1)
    ]
    by_language: dict[str, list[LabelledPost]] = defaultdict(list)
    for post in posts:
        lang = post.language or language_of(post.text)
        if lang in PIPELINE_LANGUAGES:
            by_language[lang].append(post)
    # The multilingual classifier only sees posts whose language nobody could tell: a share of
    # each language's written posts teaches it as much as all of them, at a fraction of the
    # training time; every correction is kept.
    by_language["xx"] = [
        post
        for index, post in enumerate(posts)
        if post.source == "correction" or index % MULTILINGUAL_SAMPLE == 0
    ]
    for lang in PIPELINE_LANGUAGES:
        examples_for = by_language.get(lang) or by_language["xx"]
        nlp = trainable_pipeline(lang)
        annotate = [name for name in nlp.pipe_names if name != "textcat"]
        docs = (
            nlp.pipe([post.text for post in examples_for], disable=["textcat"])
            if annotate
            else None
        )
        docs = list(docs) if docs is not None else [nlp.make_doc(p.text) for p in examples_for]
        examples = [
            Example.from_dict(
                doc,
                {"cats": {label: float(label == post.department) for label in DEPARTMENT_LABELS}},
            )
            for doc, post in zip(docs[:200], examples_for, strict=False)
        ]
        nlp.initialize(get_examples=lambda examples=examples: examples)
        fit_textcat(
            nlp,
            docs,
            [post.department for post in examples_for],
            FitSettings(epochs=epochs, seed=seed),
        )
        nlp.to_disk(out_dir / lang)
        logger.info("trained %s on %d posts", lang, len(docs))


def evaluate(router, posts: list[LabelledPost]) -> dict:
    """Scores of a router on labelled posts: overall and per language."""
    from departments.routing.router import PostToRoute

    routed = router.route_many([PostToRoute(text=p.text, language=p.language) for p in posts])
    truth = [evaluation_label(post.department) for post in posts]
    predicted = [evaluation_label(result.department) for result in routed]
    report = {"overall": classification_report(truth, predicted), "languages": {}}
    for lang in sorted({post.language for post in posts}):
        picks = [i for i, post in enumerate(posts) if post.language == lang]
        report["languages"][lang] = classification_report(
            [truth[i] for i in picks], [predicted[i] for i in picks]
        )
    report["auto_routed_share"] = sum(r.department is not None for r in routed) / max(
        len(routed), 1
    )
    return report

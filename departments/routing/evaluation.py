"""How well a router routes a labelled file of posts, and how well it gets after officers'
corrections (the learning curve): what `manage.py evaluate_routing` reports.

Three views of the same routing, because each answers a different question of a city:
- as routed: a post left in triage counts as "other" (what the departments really receive);
- top-1: each post's best-scoring department, with no abstention (how good the ranking is);
- auto-routed: only the posts the router sent on by itself (how far a department can trust
  what arrives without an officer's look).
"""

from __future__ import annotations

import csv
import random
import statistics
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from departments.routing import training
from departments.routing.metrics import classification_report
from departments.routing.pipeline import TRIAGE_LABEL
from departments.routing.router import PostToRoute, Router, Routing
from departments.routing.training import EVALUATED, LabelledPost, evaluation_label

OTHER = "other"


class EvaluationError(Exception):
    """A file that cannot be evaluated: the message says why, for the person who gave it."""


def labelled_posts_read(path: Path) -> list[LabelledPost]:
    """Rows of a CSV with columns text, department (traffic, public_works, transit; anything
    else means it stays in triage) and an optional lang."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = {"text", "department"} - set(reader.fieldnames or [])
            if missing:
                raise EvaluationError(f"{path} has no {', '.join(sorted(missing))} column.")
            posts = []
            for row in reader:
                department = (row["department"] or "").strip().lower()
                label = (
                    training.label_from_csv(department) if department in EVALUATED else TRIAGE_LABEL
                )
                posts.append(LabelledPost(row["text"] or "", label, (row.get("lang") or "")))
    except OSError as error:
        raise EvaluationError(f"Cannot read {path}: {error}") from error
    except (csv.Error, UnicodeDecodeError) as error:
        raise EvaluationError(f"{path} is not a UTF-8 CSV file: {error}") from error
    if not posts:
        raise EvaluationError(f"{path} has no rows.")
    return posts


def _best_department(routing: Routing) -> str:
    """The department a post scores highest for, routed or not ("other" without evidence)."""
    scores = routing.scores
    if not scores or max(scores.values()) <= 0:
        return OTHER
    return evaluation_label(max(scores, key=scores.get))


def _auto_routed(truth: list[str], routed: list[str | None]) -> dict:
    picks = [i for i, department in enumerate(routed) if department is not None]
    sent: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for i in picks:
        label = evaluation_label(routed[i])
        sent[label] += 1
        right[label] += truth[i] == label
    return {
        "share": len(picks) / max(len(truth), 1),
        "count": len(picks),
        "precision": sum(right.values()) / len(picks) if picks else 0.0,
        "per_department": {
            label: {"precision": right[label] / sent[label], "routed": sent[label]}
            for label in sorted(sent)
        },
    }


def _scores(truth: list[str], routings: list[Routing]) -> dict:
    as_routed = classification_report(truth, [evaluation_label(r.department) for r in routings])
    top1 = classification_report(truth, [_best_department(r) for r in routings])
    return {
        "posts": len(truth),
        "accuracy": as_routed["accuracy"],
        "macro_f1": as_routed["macro_f1"],
        "per_department": as_routed["per_department"],
        "confusion": as_routed["confusion"],
        "top1": {"accuracy": top1["accuracy"], "macro_f1": top1["macro_f1"]},
        "auto_routed": _auto_routed(truth, [r.department for r in routings]),
    }


def routing_evaluate(router: Router, posts: list[LabelledPost]) -> dict:
    """Scores of `router` on `posts`, overall and per language (the file's lang column, or the
    language the router recognised where the file has none)."""
    routings = router.route_many([PostToRoute(text=p.text, language=p.language) for p in posts])
    truth = [evaluation_label(post.department) for post in posts]
    report = _scores(truth, routings)
    report["auto_routed_share"] = report["auto_routed"]["share"]
    by_language: dict[str, list[int]] = defaultdict(list)
    for index, (post, routing) in enumerate(zip(posts, routings, strict=True)):
        by_language[post.language or routing.language or "unknown"].append(index)
    report["per_language"] = {
        lang: _scores([truth[i] for i in indexes], [routings[i] for i in indexes])
        for lang, indexes in sorted(by_language.items())
    }
    return report


@dataclass(frozen=True)
class CurvePoint:
    corrections: int
    folds: list[dict]  # per fold: the scores on the rest of the file

    def summary(self) -> dict:
        def spread(values: list[float]) -> dict:
            return {
                "mean": statistics.fmean(values),
                "stdev": statistics.stdev(values) if len(values) > 1 else 0.0,
                "min": min(values),
                "max": max(values),
            }

        return {
            "corrections": self.corrections,
            "folds": len(self.folds),
            "scored_posts": self.folds[0]["posts"],
            "macro_f1": spread([fold["macro_f1"] for fold in self.folds]),
            "accuracy": spread([fold["accuracy"] for fold in self.folds]),
            "top1_macro_f1": spread([fold["top1"]["macro_f1"] for fold in self.folds]),
            "auto_routed_share": spread([fold["auto_routed"]["share"] for fold in self.folds]),
            "auto_routed_precision": spread(
                [fold["auto_routed"]["precision"] for fold in self.folds]
            ),
        }


def stratified_sample(posts: list[LabelledPost], size: int, *, seed: int) -> list[int]:
    """`size` indexes of `posts`, each label represented in proportion to its share (largest
    remainders first), drawn with a seeded generator: the same file and seed give the same
    sample on every machine."""
    if not 0 < size < len(posts):
        raise EvaluationError(
            f"cannot take {size} corrections from a file of {len(posts)} posts: each K must be "
            "at least 1 and leave posts to score"
        )
    rng = random.Random(seed)
    by_label: dict[str, list[int]] = defaultdict(list)
    for index, post in enumerate(posts):
        by_label[evaluation_label(post.department)].append(index)
    quotas = {label: size * len(indexes) / len(posts) for label, indexes in by_label.items()}
    taken = {label: int(quota) for label, quota in quotas.items()}
    left = size - sum(taken.values())
    for label in sorted(quotas, key=lambda label: (taken[label] - quotas[label], label))[:left]:
        taken[label] += 1
    chosen = []
    for label in sorted(by_label):
        chosen += rng.sample(by_label[label], taken[label])
    return sorted(chosen)


def learning_curve(
    posts: list[LabelledPost],
    sizes: list[int],
    *,
    folds: int,
    train_router: Callable[[list[LabelledPost], Path], Router],
    seed: int = 0,
    progress: Callable[[str], None] = lambda message: None,
) -> list[dict]:
    """For each K in `sizes` and each fold, K posts of the file (stratified, seeded per fold)
    enter training as officers' corrections (training.correction, the re-route's path), a
    router is trained by `train_router(corrections, directory)` and the rest of the file is
    scored. K = 0 is the router trained with no corrections, scored on the whole file."""
    if folds < 1:
        raise EvaluationError("--folds must be at least 1")
    points = []
    with tempfile.TemporaryDirectory(prefix="learning-curve-") as scratch:
        progress("K=0: training without corrections")
        baseline = routing_evaluate(train_router([], Path(scratch) / "k0"), posts)
        points.append(CurvePoint(0, [baseline]))
        for size in sizes:
            scored = []
            for fold in range(folds):
                progress(f"K={size}, fold {fold + 1}/{folds}: training")
                picked = set(stratified_sample(posts, size, seed=seed * 1000 + fold))
                corrections = [
                    training.correction(
                        text=post.text, department=post.department, language=post.language
                    )
                    for index, post in enumerate(posts)
                    if index in picked
                ]
                rest = [post for index, post in enumerate(posts) if index not in picked]
                router = train_router(corrections, Path(scratch) / f"k{size}-f{fold}")
                scored.append(routing_evaluate(router, rest))
            points.append(CurvePoint(size, scored))
    return [point.summary() for point in points]

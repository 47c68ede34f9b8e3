"""The decision for a batch of posts: the model's scores, the keywords matched and the accounts
written to or mentioned, weighed into a department (or none: the post stays in triage) with a
confidence, and explained in words an officer reads in one glance."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy

from departments.routing.pipeline import DEPARTMENT_LABELS, TRIAGE_LABEL

# How much each kind of evidence counts. The model has seen thousands of posts and learns from
# every correction; a keyword is a rule a person wrote (weighed as much as the model, real text
# scored 0.01 higher, but then an officer's correction could no longer outvote a keyword); the
# account a post was sent to is a hint citizens often get wrong.
WEIGHT_MODEL = 0.6
WEIGHT_KEYWORDS = 0.3
WEIGHT_ACCOUNT = 0.1


@dataclass(frozen=True)
class PostToRoute:
    text: str
    language: str = ""  # the platform's own language tag, if any
    account_department: str = ""  # department owning the account the post was written to


@dataclass(slots=True)  # one per post: slots make it cheaper to build
class Routing:
    department: str | None
    confidence: float
    language: str
    topics: list[str] = field(default_factory=list)
    scores: dict[str, float] = field(default_factory=dict)
    explanation: dict = field(default_factory=dict)


@dataclass
class Evidence:
    """What a batch of posts holds besides the model's scores, per post."""

    matches: list  # per post: (topic, matched text)
    mentions: list[list[str]]  # the city's accounts it mentions
    places: list[list[str]]
    # Shares of evidence for a department, in the order they add up (post, department, share).
    posts: list[int] = field(default_factory=list)
    departments: list[str] = field(default_factory=list)
    shares: list[float] = field(default_factory=list)
    has_keywords: list[bool] = field(init=False)
    has_leaning: list[bool] = field(init=False)

    def __post_init__(self):
        self.has_keywords = [False] * len(self.matches)
        self.has_leaning = [False] * len(self.matches)

    def add(self, post: int, department: str, share: float) -> None:
        self.posts.append(post)
        self.departments.append(department)
        self.shares.append(share)


@dataclass
class Weighed:
    """The batch's evidence weighed, per post (lists: the explanations are built from them)."""

    labels: tuple[str, ...]  # the columns of `combined`
    combined: list[list[float]]
    rounded: list[list[float]]  # combined, to 3 decimals
    best: list[str]
    confidence: list[float]
    rounded_confidence: list[float]
    thresholds: list[float]  # of each post's best department
    routed: list[bool]


def weigh(
    evidence: Evidence,
    model_rows: numpy.ndarray | None,
    columns: dict[str, int],
    thresholds: dict[str, float],
) -> Weighed:
    """Combines the model's scores and the evidence of a batch into a department per post (or
    none: it stays in triage) and its confidence, with array operations."""
    count = len(evidence.matches)
    combined = numpy.zeros((count, len(columns)))
    weight = numpy.zeros(count)
    if model_rows is not None:
        combined[:, : len(DEPARTMENT_LABELS)] = WEIGHT_MODEL * model_rows
        weight += WEIGHT_MODEL
    if evidence.posts:
        # Unbuffered: shares of one post and department add up in the order they came.
        cells = (evidence.posts, [columns[label] for label in evidence.departments])
        numpy.add.at(combined, cells, evidence.shares)
    added = list(range(len(DEPARTMENT_LABELS), len(columns)))
    if model_rows is not None and added:
        # The model's "communication" means "none of the departments I was trained on": for a
        # department the city added since, that is as much support as for the communication
        # office, wherever keywords or accounts point to it (the model would outvote them).
        none_of_mine = WEIGHT_MODEL * model_rows[:, DEPARTMENT_LABELS.index(TRIAGE_LABEL)]
        pointed = combined[:, added] > 0
        combined[:, added] += numpy.where(pointed, none_of_mine[:, None], 0.0)
    # Each kind of evidence weighs the same however many keywords or accounts it holds.
    weight += WEIGHT_KEYWORDS * numpy.array(evidence.has_keywords)
    weight += WEIGHT_ACCOUNT * numpy.array(evidence.has_leaning)
    has_evidence = weight > 0
    numpy.divide(combined, weight[:, None], out=combined, where=has_evidence[:, None])
    best = combined.argmax(axis=1)
    confidence = numpy.where(has_evidence, combined[numpy.arange(count), best], 0.0)
    labels = tuple(columns)
    best_thresholds = numpy.array([thresholds.get(label, 0.5) for label in labels])[best]
    # A post that belongs with the communication office stays in its triage queue, where the
    # office looks at everything anyway: only the departments get posts sent to them.
    to_a_department = best != columns.get(TRIAGE_LABEL, -1)
    return Weighed(
        labels=labels,
        combined=combined.tolist(),
        rounded=_rounded_rows(combined, 3),
        best=[labels[column] for column in best.tolist()],
        confidence=confidence.tolist(),
        rounded_confidence=_rounded_rows(confidence, 4),
        thresholds=best_thresholds.tolist(),
        routed=(has_evidence & (confidence >= best_thresholds) & to_a_department).tolist(),
    )


def explain(
    evidence: Evidence,
    weighed: Weighed,
    posts: list[PostToRoute],
    *,
    language: str,
    model_rows: numpy.ndarray | None,
    topics: dict[str, tuple[str, str]],
    model_version: int | None,
) -> list[Routing]:
    """A Routing per post, with the explanation an officer reads: what matched, what the model
    and the accounts said, and a one-line summary. `topics`: slug -> (name, department)."""
    has_model = model_rows is not None
    if has_model:
        model_lists = _rounded_rows(model_rows, 3)
        model_best = [DEPARTMENT_LABELS[column] for column in model_rows.argmax(axis=1).tolist()]
        model_best_scores = model_rows.max(axis=1).tolist()
    labels = weighed.labels
    language_shown = language or "unknown"
    results = []
    for position, post in enumerate(posts):
        matched = evidence.matches[position]
        combined = weighed.combined[position]
        best = weighed.best[position]
        confidence = weighed.confidence[position]
        department = best if weighed.routed[position] else None
        verdict = (
            f"{department} {confidence:.2f}" if department else f"triage ({best} {confidence:.2f})"
        )
        reasons = []
        if matched:
            terms = ", ".join(f'"{term}" ({topics[slug][0]})' for slug, term in matched[:3])
            reasons.append(f"matched {terms}")
        if has_model:
            reasons.append(f"model {model_best[position]} {model_best_scores[position]:.2f}")
        explanation = {
            "language": language_shown,
            "keywords": [
                {"term": term, "topic": slug, "department": topics[slug][1]}
                for slug, term in matched
            ],
            "model": dict(zip(DEPARTMENT_LABELS, model_lists[position], strict=True))
            if has_model
            else {},
            "account": post.account_department or "",
            "mentioned_accounts": evidence.mentions[position],
            "places": evidence.places[position],
            "combined": _with_evidence(labels, weighed.rounded[position], combined),
            "threshold": weighed.thresholds[position],
            "model_version": model_version,
            "summary": f"{verdict}: " + ("; ".join(reasons) if reasons else "no evidence"),
        }
        results.append(
            Routing(
                department=department,
                confidence=weighed.rounded_confidence[position],
                language=language,
                topics=list(dict.fromkeys(slug for slug, _ in matched)) if matched else [],
                scores=_with_evidence(labels, combined, combined),
                explanation=explanation,
            )
        )
    return results


def _with_evidence(labels: tuple[str, ...], values: list[float], combined: list[float]) -> dict:
    """Label -> value for the model's departments, and for the others only where the post has
    evidence for them: what a post shows never depends on the other posts of its batch."""
    if len(labels) == len(DEPARTMENT_LABELS):
        return dict(zip(labels, values, strict=True))
    return {
        label: value
        for column, (label, value) in enumerate(zip(labels, values, strict=True))
        if column < len(DEPARTMENT_LABELS) or combined[column]
    }


def _rounded_rows(values: numpy.ndarray, digits: int) -> list:
    """To `digits` decimals, as round(x, digits) gives them except on decimal ties (0.0125 and
    the like), where round() formats the number as a decimal string first; for a whole batch
    at once."""
    scale = 10.0**digits
    return (numpy.round(values * scale) / scale).tolist()

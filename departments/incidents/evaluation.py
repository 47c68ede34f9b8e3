"""Measuring incident detection on a labelled file (manage.py evaluate_incidents).

The file: CSV with `text, lang, created_at` (ISO 8601 with an offset) and `incident` (an id, empty
for a post that belongs to no incident), optionally `platform` and `account`. Scores:
- pairwise precision and recall: of the pairs of posts the detector put together, the share
  that belong together, and of the pairs that belong together, the share it put together;
- B-cubed F1: per post, the share of its found group that is its true incident (precision) and
  of its true incident that is in its found group (recall), averaged over posts. A post alone
  is a group of one on either side, so B-cubed also counts the posts left alone rightly.
"""

from __future__ import annotations

import csv
import uuid
from collections import Counter, defaultdict
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

REQUIRED_COLUMNS = ("text", "lang", "created_at", "incident")


class EvaluationError(ValueError):
    """The file cannot be evaluated; the message says which line and why."""


@dataclass(frozen=True)
class LabelledIncidentPost:
    text: str
    language: str
    created_at: datetime
    incident: str  # "" when the post belongs to no incident
    platform: str = ""
    account: str = ""


def labelled_incident_posts_read(path: Path) -> list[LabelledIncidentPost]:
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as error:
        raise EvaluationError(f"{path}: {error.strerror}") from error
    with handle:
        reader = csv.DictReader(handle)
        missing = [column for column in REQUIRED_COLUMNS if column not in (reader.fieldnames or [])]
        if missing:
            raise EvaluationError(
                f"{path}: missing column(s) {', '.join(missing)}; "
                f"expected {', '.join(REQUIRED_COLUMNS)} (and optionally platform, account)"
            )
        posts = [_row(path, line, row) for line, row in enumerate(reader, start=2)]
    if not posts:
        raise EvaluationError(f"{path}: no rows")
    return posts


def _row(path: Path, line: int, row: dict) -> LabelledIncidentPost:
    raw_moment = (row.get("created_at") or "").strip()
    try:
        created_at = datetime.fromisoformat(raw_moment)
    except ValueError:
        raise EvaluationError(
            f"{path}, line {line}: created_at {raw_moment!r} is not an ISO 8601 moment"
        ) from None
    if created_at.tzinfo is None:
        raise EvaluationError(
            f"{path}, line {line}: created_at {raw_moment!r} has no offset (write +01:00 or Z)"
        )
    text = (row.get("text") or "").strip()
    if not text:
        raise EvaluationError(f"{path}, line {line}: the text is empty")
    return LabelledIncidentPost(
        text=text,
        language=(row.get("lang") or "").strip().lower(),
        created_at=created_at,
        incident=(row.get("incident") or "").strip(),
        platform=(row.get("platform") or "").strip().lower(),
        account=(row.get("account") or "").strip(),
    )


def _true_groups(incidents: Sequence[str]) -> list[Hashable]:
    # A post that belongs to no incident is a group of its own.
    return [incident if incident else ("alone", i) for i, incident in enumerate(incidents)]


def _pairs(sizes: Counter) -> int:
    return sum(n * (n - 1) // 2 for n in sizes.values())


def grouping_scores(incidents: Sequence[str], found: Sequence[Hashable]) -> dict:
    """Scores of `found` (a group key per post, in the file's order) against the labels."""
    truth = _true_groups(incidents)
    true_sizes, found_sizes = Counter(truth), Counter(found)
    both = Counter(zip(truth, found, strict=True))
    together_rightly = _pairs(both)
    found_pairs, true_pairs = _pairs(found_sizes), _pairs(true_sizes)
    count = len(truth)
    precision = sum(both[(t, f)] / found_sizes[f] for t, f in zip(truth, found, strict=True))
    recall = sum(both[(t, f)] / true_sizes[t] for t, f in zip(truth, found, strict=True))
    bcubed_precision, bcubed_recall = precision / count, recall / count
    bcubed_f1 = (
        2 * bcubed_precision * bcubed_recall / (bcubed_precision + bcubed_recall)
        if bcubed_precision + bcubed_recall
        else 0.0
    )
    return {
        "posts": count,
        "pairwise_precision": round(together_rightly / found_pairs, 4) if found_pairs else 1.0,
        "pairwise_recall": round(together_rightly / true_pairs, 4) if true_pairs else 1.0,
        "bcubed_precision": round(bcubed_precision, 4),
        "bcubed_recall": round(bcubed_recall, 4),
        "bcubed_f1": round(bcubed_f1, 4),
        "incidents_found": sum(1 for size in found_sizes.values() if size >= 2),
        "incidents_true": len({incident for incident in incidents if incident}),
    }


def scores_by_language(posts: Sequence[LabelledIncidentPost], found: Sequence[Hashable]) -> dict:
    """The same scores on the posts of each language (pairs across languages not counted)."""
    by_language: dict[str, list[int]] = defaultdict(list)
    for index, post in enumerate(posts):
        by_language[post.language].append(index)
    return {
        language: grouping_scores([posts[i].incident for i in indexes], [found[i] for i in indexes])
        for language, indexes in sorted(by_language.items())
    }


class _Rollback(Exception):
    """Raised to leave the scratch transaction: nothing the evaluation wrote is kept."""


def incidents_evaluate(posts: Sequence[LabelledIncidentPost], *, batch_seconds: int = 60) -> dict:
    """Feed the posts, in `created_at` order and in the batches a poll every `batch_seconds`
    would make, through ingestion, routing and incident detection, exactly as live posts go;
    score the incidents found against the labels. Everything happens in one transaction that is
    rolled back: the city's posts, cases and incidents are never touched, and none of the
    file's posts stays in the database."""
    from django.db import transaction

    order = sorted(range(len(posts)), key=lambda i: (posts[i].created_at, i))
    found: dict[int, Hashable] = {}
    try:
        with transaction.atomic():
            _scratch_feed(posts, order, found, batch_seconds=batch_seconds)
            raise _Rollback
    except _Rollback:
        pass
    labels = [found[i] for i in range(len(posts))]
    return {
        **grouping_scores([post.incident for post in posts], labels),
        "per_language": (scores_by_language(posts, labels)),
    }


def _scratch_feed(posts, order, found, *, batch_seconds: int) -> None:
    from departments.incidents.detection import incidents_detect
    from departments.incidents.models import IncidentMember
    from departments.models import Case, Department
    from departments.routing.services import cases_route_automatically
    from listening.ingestion import batch_ingest
    from listening.models import Account, Platform, PostKind
    from listening.sources.base import FetchBatch, FetchedPost

    # A scratch account per account of the file (per platform where it names none), owned by
    # the central office: the file's accounts are another city's, so the account gives
    # routing no evidence; incident detection sees which account each post went to.
    central = Department.objects.filter(is_central=True).first() or Department.objects.first()
    if central is None:
        raise EvaluationError("no departments: run `manage.py seed_demo --no-users` first")
    run = uuid.uuid4().hex[:10]
    accounts: dict[tuple[str, str], Account] = {}
    batches: dict[tuple[int, str, str], list[int]] = defaultdict(list)
    for index in order:
        post = posts[index]
        source = (
            post.platform if post.platform in Platform.values else Platform.REPLAY,
            post.account,
        )
        if source not in accounts:
            accounts[source] = Account.objects.create(
                platform=source[0],
                handle=f"evaluation-{run}-{len(accounts)}",
                department=central,
            )
        moment = int(post.created_at.timestamp()) // batch_seconds
        batches[(moment, *source)].append(index)
    for (_, *source), indexes in sorted(batches.items()):
        account = accounts[tuple(source)]
        platform = account.platform
        batch = FetchBatch()
        for index in indexes:
            post = posts[index]
            batch.add(
                FetchedPost(
                    platform=platform,
                    external_id=f"evaluation-{run}-{index}",
                    kind=PostKind.MENTION,
                    created_at=post.created_at,
                    raw={"evaluation_row": index},
                    author_handle=f"resident{index}",
                    text=post.text,
                    language=post.language,
                )
            )
        batch_ingest(account=account, batch=batch)
        case_ids = list(
            Case.objects.filter(post__account=account, incident_clue__isnull=True)
            .order_by("id")
            .values_list("id", flat=True)
        )
        cases_route_automatically(case_ids=case_ids)
        incidents_detect(case_ids=case_ids)
    for row, incident in IncidentMember.objects.filter(
        case__post__account__in=accounts.values()
    ).values_list("case__post__raw__evaluation_row", "incident_id"):
        found[row] = ("incident", incident)
    for index in order:
        found.setdefault(index, ("alone", index))

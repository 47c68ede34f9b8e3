"""Erasing the resident everywhere (see departments.privacy.subjects)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from django.db import connection, transaction
from django.db.models import Min
from django.utils import timezone

from departments.cases.search import cases_index_for_search
from departments.models import Case, CaseEvent, IncidentClue, Reply, RouterModel, SavedFilter
from departments.privacy.pseudonyms import (
    QUARANTINE_ERROR_SQL,
    history_rewrite_allowed,
    posts_pseudonymise,
)
from departments.privacy.subjects.find import Alias, Subject, normalised_author, subject_find
from departments.privacy.subjects.mentions import (
    like_pattern,
    others_payloads_naming,
    own_answers_of,
    quarantined_naming,
    saved_filter_scrubbed,
    text_patterns,
)
from listening.models import Post

ERASURE = "erasure"

# Other rows that may name the person anywhere (a reply to someone else that copies them in, a
# note on another case): scrubbed of each handle and full name (mentions.py says how).
_SCRUB_ANYWHERE = {
    "departments_reply": ("text", "error", "review_comment"),
    "departments_caseevent": ("reason",),
    "listening_post": ("text",),
}


@dataclass
class ErasureSummary:
    """What an erasure changed, or (dry run) would change, by kind of row."""

    platform: str
    author: str
    dry_run: bool = False
    posts: int = 0
    cases: int = 0
    replies: int = 0
    events: int = 0
    explanations: int = 0
    search_vectors: int = 0
    posts_mentioning: int = 0
    city_posts_answering: int = 0
    saved_filters: int = 0
    quarantined_payloads: int = 0
    router_versions_marked: list[int] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _scrub_everywhere(cursor, alias: Alias, post_ids: list[int]) -> dict[str, list[int]]:
    changed: dict[str, list[int]] = {table: [] for table in _SCRUB_ANYWHERE}
    patterns = text_patterns([alias])
    if not patterns:
        return changed
    scrub = "departments_privacy_scrub({}, %(handle)s, %(name)s, %(pseudonym)s, false)"
    params = {
        "handle": alias.handle,
        "name": alias.name,
        "pseudonym": alias.pseudonym,
        "patterns": patterns,
        "own": post_ids,
    }
    for table, columns in _SCRUB_ANYWHERE.items():
        sets = ", ".join(f"{c} = {scrub.format(c)}" for c in columns)
        naming = " OR ".join(f"{c} ILIKE ANY(%(patterns)s)" for c in columns)
        before = ", ".join(columns)
        after = ", ".join(scrub.format(c) for c in columns)
        not_own = " AND NOT id = ANY(%(own)s)" if table == "listening_post" else ""
        cursor.execute(
            f"UPDATE {table} SET {sets} WHERE ({naming}){not_own} "
            f"AND ROW({before}) IS DISTINCT FROM ROW({after}) RETURNING id",
            params,
        )
        changed[table] = [row[0] for row in cursor.fetchall()]
    return changed


def _saved_filters_scrub(subject: Subject) -> int:
    """Saved queue views whose name or search names the person ("q=marit_vdb")."""
    ids = [author_id for author_id in subject.author_ids if author_id]
    patterns = text_patterns(subject.aliases) + [like_pattern(author_id) for author_id in ids]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT id FROM departments_savedfilter "
            "WHERE name ILIKE ANY(%(patterns)s) OR query ILIKE ANY(%(patterns)s)",
            {"patterns": patterns},
        )
        candidates = [row[0] for row in cursor.fetchall()]
    changed = 0
    for saved in SavedFilter.objects.filter(pk__in=candidates).only("id", "name", "query"):
        name, query = saved_filter_scrubbed(name=saved.name, query=saved.query, subject=subject)
        if (name, query) != (saved.name, saved.query):
            # The columns' lengths: a pseudonym is longer than most handles.
            SavedFilter.objects.filter(pk=saved.pk).update(name=name[:80], query=query[:1000])
            changed += 1
    return changed


def _router_versions_to_retrain(case_ids: list[int]) -> list[int]:
    """Versions trained since the first re-route of one of these cases: a re-route is a
    correction, and corrections are trained on with the post's text."""
    first_correction = CaseEvent.objects.filter(
        case_id__in=case_ids, kind=CaseEvent.Kind.REROUTED
    ).aggregate(first=Min("created_at"))["first"]
    if first_correction is None:
        return []
    versions = RouterModel.objects.filter(created_at__gte=first_correction)
    marked = sorted(versions.values_list("version", flat=True))
    versions.update(holds_erased_text=True)
    return marked


def _erase(subject: Subject, summary: ErasureSummary) -> None:
    now = timezone.now()
    case_ids = list(Case.objects.filter(post_id__in=subject.post_ids).values_list("id", flat=True))
    summary.cases = len(case_ids)
    summary.router_versions_marked = _router_versions_to_retrain(case_ids)
    city_answers = own_answers_of(subject.post_ids)
    # What incident detection read of her posts: stems of her words and the places she named.
    IncidentClue.objects.filter(case_id__in=case_ids).delete()
    counts = posts_pseudonymise(post_ids=subject.post_ids, reason=ERASURE, now=now)
    for key in ("posts", "events", "explanations", "search_vectors"):
        setattr(summary, key, counts[key])
    # The city's answers and notes on her cases repeat what she wrote (the street, the
    # complaint): they go whole; kind, state and times stay (first responses are counted).
    # So do the city's own posts that answer her, fetched back from the platform.
    summary.replies = (
        Reply.objects.filter(case_id__in=case_ids)
        .exclude(text="", error="")
        .update(text="", error="")
    )
    summary.city_posts_answering = (
        Post.objects.filter(pk__in=city_answers)
        .exclude(text="", raw={"removed_by": ERASURE})
        .update(text="", raw={"removed_by": ERASURE}, raw_removed_at=now)
    )

    mentioning: set[int] = set()
    with connection.cursor() as cursor, history_rewrite_allowed(cursor):
        for alias in subject.aliases:
            changed = _scrub_everywhere(cursor, alias, subject.post_ids)
            summary.replies += len(changed["departments_reply"])
            summary.events += len(changed["departments_caseevent"])
            mentioning.update(changed["listening_post"])
    for post_id, raw in others_payloads_naming(subject).items():
        Post.objects.filter(pk=post_id).update(raw=raw)
        mentioning.add(post_id)
    mentioning -= set(city_answers)
    summary.posts_mentioning = len(mentioning)
    mentioned_cases = Case.objects.filter(
        post_id__in=mentioning | set(city_answers), search_vector__isnull=False
    )
    summary.search_vectors += cases_index_for_search(
        case_ids=list(mentioned_cases.values_list("id", flat=True))
    )
    summary.saved_filters = _saved_filters_scrub(subject)
    quarantined = quarantined_naming(subject)
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE listening_quarantinedpayload SET error = {QUARANTINE_ERROR_SQL}, "
            "raw = jsonb_build_object('removed_by', %(reason)s::text) WHERE id = ANY(%(ids)s)",
            {"reason": ERASURE, "ids": quarantined},
        )
        summary.quarantined_payloads = cursor.rowcount


def subject_erase(*, platform: str, author: str, dry_run: bool = False) -> ErasureSummary:
    """Erase the person everywhere, in one transaction; raises SubjectNotFound when nothing is
    (any longer) held on them, so a second run changes nothing. A dry run does all of it and
    rolls it back: its summary counts exactly the rows a real run would change."""
    with transaction.atomic():
        subject = subject_find(platform=platform, author=author)
        summary = ErasureSummary(
            platform=subject.platform, author=normalised_author(author), dry_run=dry_run
        )
        _erase(subject, summary)
        if dry_run:
            transaction.set_rollback(True)
    return summary

"""A resident's rights over what the city holds on them: everything, as JSON (subject_export),
and erasure (subject_erase).

Who the resident is: on X and Mastodon their handle (any case, with or without "@"; a Mastodon
handle is "user" on the city's own instance, "user@instance" elsewhere, as the platform gives
it) or their platform id; the posts found that way also bring in the person's other posts under
an earlier handle, by the platform id they share. Facebook gives commenters no handle, only a
name and a page-scoped id: there the id, or the name exactly (any case). Two commenters with
one name are two people: a name that matches several ids is refused (SubjectAmbiguous), and the
officer asks again with the id the error lists.

Erasure keeps every row (reports on past weeks count them) and replaces what names or quotes
the person, everywhere in the database: their posts (pseudonymised: departments.privacy.
pseudonyms), the city's replies and internal notes on their cases (emptied: they repeat what
the person wrote), every other reply, note and event reason that names them, other people's
posts that mention them (text and raw payload), quarantined payloads that mention them, and the
search vectors. Router versions trained on one of their posts as a correction keep its words in
their files (spaCy's vocabulary): those are marked (RouterModel.holds_erased_text), and
`manage.py privacy erase` then trains a version without them and deletes the marked versions'
folders (departments.routing.services.router_forget_erased)."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from django.db import connection, transaction
from django.db.models import Min, Q
from django.utils import timezone

from departments.cases.search import cases_index_for_search
from departments.models import Case, CaseEvent, Reply, RouterModel
from departments.privacy.pseudonyms import (
    author_identity,
    history_rewrite_allowed,
    posts_pseudonymise,
    pseudonym_for,
)
from listening.models import CITIZEN_KINDS, Platform, Post, QuarantinedPayload

ERASURE = "erasure"
# Platform ids shorter than this are not looked for in other texts: they would match numbers.
MIN_ID_SEARCHED = 6
MIN_NAME_SEARCHED = 3


class UnknownPlatform(ValueError):
    pass


class SubjectNotFound(LookupError):
    pass


class SubjectAmbiguous(LookupError):
    pass


@dataclass(frozen=True)
class Subject:
    """The person as found in the posts: every handle, name and id they wrote under."""

    platform: str
    post_ids: list[int]
    author_ids: list[str]
    handles: list[str]
    names: list[str]

    def pseudonym(self, author_id: str, handle: str = "", name: str = "") -> str:
        return pseudonym_for(
            platform=self.platform,
            identity=author_identity(author_id=author_id, handle=handle, name=name),
        )


@dataclass
class ErasureSummary:
    platform: str
    author: str
    posts: int = 0
    cases: int = 0
    replies: int = 0
    events: int = 0
    explanations: int = 0
    search_vectors: int = 0
    posts_mentioning: int = 0
    quarantined_payloads: int = 0
    router_versions_marked: list[int] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def normalised_platform(platform: str) -> str:
    value = (platform or "").strip().lower()
    if value not in Platform.values:
        raise UnknownPlatform(
            f"Unknown platform {platform!r}: one of {', '.join(Platform.values)}."
        )
    return value


def normalised_author(author: str) -> str:
    value = (author or "").strip()
    return value[1:] if value.startswith("@") else value


def _matching_posts(platform: str, author: str):
    """Residents' posts only: the city's own posts and reposts are never a resident's."""
    lowered = author.lower()
    match = Q(author_handle__iexact=lowered) | Q(author_id=author)
    if platform == Platform.FACEBOOK:
        match |= Q(author_name__iexact=lowered)
    return Post.objects.filter(match, platform=platform, kind__in=CITIZEN_KINDS)


def subject_find(*, platform: str, author: str) -> Subject:
    """The resident's posts, by handle, id or (Facebook) name; raises SubjectNotFound or
    SubjectAmbiguous. Already erased posts are not theirs any more."""
    platform = normalised_platform(platform)
    author = normalised_author(author)
    if not author:
        raise SubjectNotFound("Say whose data: --author HANDLE.")
    found = _matching_posts(platform, author).filter(pseudonymised_at__isnull=True)
    author_ids = sorted(set(found.exclude(author_id="").values_list("author_id", flat=True)))
    if platform == Platform.FACEBOOK and len(author_ids) > 1:
        raise SubjectAmbiguous(
            f"{len(author_ids)} Facebook commenters are called {author!r}; ask again with one "
            f"of their ids: {', '.join(author_ids)}."
        )
    posts = Post.objects.filter(
        Q(pk__in=found.values("pk")) | Q(author_id__in=author_ids),
        platform=platform,
        kind__in=CITIZEN_KINDS,
        pseudonymised_at__isnull=True,
    ).order_by("created_at", "id")
    rows = list(posts.values_list("id", "author_handle", "author_name"))
    if not rows:
        raise SubjectNotFound(
            f"Nothing is held on {author!r} on {platform} (never seen, or already erased)."
        )
    return Subject(
        platform=platform,
        post_ids=[row[0] for row in rows],
        author_ids=author_ids,
        handles=sorted({row[1] for row in rows if row[1]}),
        names=sorted({row[2] for row in rows if row[2]}),
    )


# -- export -------------------------------------------------------------------------------------


def _when(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _post_json(post: Post) -> dict[str, Any]:
    return {
        "id": post.pk,
        "platform": post.platform,
        "external_id": post.external_id,
        "kind": post.kind,
        "account": post.account.handle,
        "author_id": post.author_id,
        "author_handle": post.author_handle,
        "author_name": post.author_name,
        "text": post.text,
        "language": post.language,
        "url": post.url,
        "created_at": _when(post.created_at),
        "fetched_at": _when(post.fetched_at),
        "in_reply_to": post.in_reply_to,
        "raw": post.raw,
    }


def _case_json(case: Case) -> dict[str, Any]:
    # Staff are named by role only ("staff" or "system"): their names are their own data.
    return {
        "id": case.pk,
        "post_id": case.post_id,
        "status": case.status,
        "department": case.department.name if case.department else None,
        "topics": sorted(topic.name for topic in case.topics.all()),
        "priority": case.priority,
        "created_at": _when(case.created_at),
        "first_responded_at": _when(case.first_responded_at),
        "closed_at": _when(case.closed_at),
        "routing_explanation": case.routing_explanation,
        "replies": [
            {
                "kind": reply.kind,
                "text": reply.text,
                "send_state": reply.send_state,
                "created_at": _when(reply.created_at),
                "sent_at": _when(reply.sent_at),
            }
            for reply in case.replies.all()
        ],
        "events": [
            {
                "kind": event.kind,
                "by": "staff" if event.actor_id else "system",
                "old": event.old_value,
                "new": event.new_value,
                "reason": event.reason,
                "created_at": _when(event.created_at),
            }
            for event in case.events.all()
        ],
    }


def _like(value: str) -> str:
    return "%" + re.sub(r"([\\%_])", r"\\\1", value) + "%"


def _search_terms(subject: Subject) -> list[str]:
    return [
        *subject.handles,
        *(name for name in subject.names if len(name) >= MIN_NAME_SEARCHED),
        *(author_id for author_id in subject.author_ids if len(author_id) >= MIN_ID_SEARCHED),
    ]


def _naming(field_name: str, terms: list[str]) -> Q:
    query = Q()
    for term in terms:
        query |= Q(**{f"{field_name}__icontains": term})
    return query


def _others_posts_naming(subject: Subject):
    terms = [*subject.handles, *(n for n in subject.names if len(n) >= MIN_NAME_SEARCHED)]
    if not terms:
        return Post.objects.none()
    return Post.objects.filter(_naming("text", terms)).exclude(pk__in=subject.post_ids)


def _quarantined_naming(subject: Subject) -> list[int]:
    """Quarantined payloads could not be read, so whom they are from is unknown: any that
    mentions the person anywhere in its body is theirs to see and to have erased."""
    terms = _search_terms(subject)
    if not terms:
        return []
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT id FROM listening_quarantinedpayload WHERE raw::text ILIKE ANY(%s)",
            [[_like(term) for term in terms]],
        )
        return [row[0] for row in cursor.fetchall()]


def subject_export(*, platform: str, author: str) -> dict[str, Any]:
    """Everything held on the person, JSON-ready: their posts with raw payloads, their cases
    with replies, internal notes and history, other posts that name them, and quarantined
    payloads that mention them."""
    subject = subject_find(platform=platform, author=author)
    posts = Post.objects.filter(pk__in=subject.post_ids).select_related("account")
    cases = (
        Case.objects.filter(post_id__in=subject.post_ids)
        .select_related("department")
        .prefetch_related("topics", "replies", "events")
        .order_by("created_at", "id")
    )
    return {
        "subject": {
            "platform": subject.platform,
            "asked_for": normalised_author(author),
            "handles": subject.handles,
            "names": subject.names,
            "author_ids": subject.author_ids,
        },
        "exported_at": timezone.now().isoformat(),
        "posts": [_post_json(post) for post in posts.order_by("created_at", "id")],
        "cases": [_case_json(case) for case in cases],
        "posts_naming_them": [
            {
                "id": post.pk,
                "platform": post.platform,
                "kind": post.kind,
                "text": post.text,
                "created_at": _when(post.created_at),
            }
            for post in _others_posts_naming(subject).order_by("created_at", "id")
        ],
        "quarantined_payloads": [
            {"id": item.pk, "received_at": _when(item.received_at), "raw": item.raw}
            for item in QuarantinedPayload.objects.filter(pk__in=_quarantined_naming(subject))
        ],
    }


# -- erasure ------------------------------------------------------------------------------------

# Other rows that may name the person anywhere (a reply to someone else that copies them in, a
# note on another case): scrubbed of each handle and name, case-insensitively, whole words.
_SCRUB_ANYWHERE = {
    "departments_reply": ("text", "error"),
    "departments_caseevent": ("reason",),
    "listening_post": ("text",),
}


def _scrub_everywhere(cursor, *, handle: str, name: str, pseudonym: str) -> dict[str, list]:
    """Each table is first narrowed with ILIKE (a scan, but no regular expression per row)."""
    terms = [handle] if handle else []
    if "@" in handle[1:]:
        terms.append("@" + handle.split("@")[0])
    if len(name) >= MIN_NAME_SEARCHED:
        terms.append(name)
    changed: dict[str, list] = {table: [] for table in _SCRUB_ANYWHERE}
    if not terms:
        return changed
    patterns = [_like(term) for term in terms]
    for table, columns in _SCRUB_ANYWHERE.items():
        sets = ", ".join(f"{c} = departments_privacy_scrub({c}, %s, %s, %s)" for c in columns)
        naming = " OR ".join(f"{c} ILIKE ANY(%s)" for c in columns)
        cursor.execute(
            f"UPDATE {table} SET {sets} WHERE {naming} RETURNING id",
            [handle, name, pseudonym] * len(columns) + [patterns] * len(columns),
        )
        changed[table] = [row[0] for row in cursor.fetchall()]
    return changed


def _scrubbed_json(value: Any, *, replace) -> Any:
    if isinstance(value, str):
        return replace(value)
    if isinstance(value, list):
        return [_scrubbed_json(item, replace=replace) for item in value]
    if isinstance(value, dict):
        return {key: _scrubbed_json(item, replace=replace) for key, item in value.items()}
    return value


def _scrub_raw_payloads(subject: Subject, pseudonym: str) -> list[int]:
    """Other posts' raw payloads that name the person (a reply's mention entities, a quoted
    author): each string value is scrubbed in Python, the structure stays valid JSON."""
    terms = _search_terms(subject)
    if not terms:
        return []
    pattern = re.compile(
        r"(?<![\w])(" + "|".join(re.escape(term) for term in terms) + r")(?![\w])",
        re.IGNORECASE,
    )

    def replace(text: str) -> str:
        return pattern.sub(pseudonym, text)

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT id FROM listening_post WHERE raw::text ILIKE ANY(%s) AND NOT id = ANY(%s)",
            [[_like(term) for term in terms], subject.post_ids],
        )
        ids = [row[0] for row in cursor.fetchall()]
    changed = []
    for post in Post.objects.filter(pk__in=ids).only("id", "raw"):
        scrubbed = _scrubbed_json(post.raw, replace=replace)
        if scrubbed != post.raw:
            Post.objects.filter(pk=post.pk).update(raw=scrubbed)
            changed.append(post.pk)
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


@transaction.atomic
def subject_erase(*, platform: str, author: str) -> ErasureSummary:
    """Erase the person everywhere, in one transaction; raises SubjectNotFound when nothing is
    (any longer) held on them, so a second run changes nothing."""
    subject = subject_find(platform=platform, author=author)
    summary = ErasureSummary(platform=subject.platform, author=normalised_author(author))
    case_ids = list(Case.objects.filter(post_id__in=subject.post_ids).values_list("id", flat=True))
    summary.cases = len(case_ids)
    summary.router_versions_marked = _router_versions_to_retrain(case_ids)
    # Per author identity the person wrote under, before their posts lose it.
    identities = {
        (author_id, handle, name)
        for author_id, handle, name in Post.objects.filter(pk__in=subject.post_ids).values_list(
            "author_id", "author_handle", "author_name"
        )
    }
    counts = posts_pseudonymise(post_ids=subject.post_ids, reason=ERASURE, now=timezone.now())
    for key in ("posts", "events", "explanations", "search_vectors"):
        setattr(summary, key, counts[key])
    # The city's answers and notes on her cases repeat what she wrote (the street, the
    # complaint): they go whole; kind, state and times stay (first responses are counted).
    summary.replies = (
        Reply.objects.filter(case_id__in=case_ids)
        .exclude(text="", error="")
        .update(text="", error="")
    )

    mentioning: set[int] = set()
    with connection.cursor() as cursor, history_rewrite_allowed(cursor):
        for author_id, handle, name in sorted(identities):
            pseudonym = subject.pseudonym(author_id, handle, name)
            changed = _scrub_everywhere(cursor, handle=handle, name=name, pseudonym=pseudonym)
            summary.replies += len(changed["departments_reply"])
            summary.events += len(changed["departments_caseevent"])
            mentioning.update(changed["listening_post"])
    first = sorted(identities)[0]
    mentioning.update(_scrub_raw_payloads(subject, subject.pseudonym(*first)))
    summary.posts_mentioning = len(mentioning)
    if mentioning:
        mentioned_cases = Case.objects.filter(post_id__in=mentioning, search_vector__isnull=False)
        summary.search_vectors += cases_index_for_search(
            case_ids=list(mentioned_cases.values_list("id", flat=True))
        )
    summary.quarantined_payloads = QuarantinedPayload.objects.filter(
        pk__in=_quarantined_naming(subject)
    ).update(raw={"removed_by": ERASURE})
    return summary

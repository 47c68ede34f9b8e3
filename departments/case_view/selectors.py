"""Reads for the case view: the post in its conversation, the author's earlier cases, the routing
explanation in words, the history in words, engagement and the reply templates that fit.

Every read that can reach another case goes through cases_visible_to, so department staff never
learn about a case outside their departments from a link or a count on this page."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.contrib.auth import get_user_model
from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _

from departments import roles
from departments.cases.selectors import cases_visible_to
from departments.models import (
    Case,
    CaseEvent,
    Department,
    Priority,
    Reply,
    Topic,
)
from departments.queue.filters import STATUS_LABELS
from listening.models import EngagementSnapshot, Post, PostKind

# How much of a long conversation is shown around the post: a city post with 500 replies must not
# make the case view slow or endless.
CONVERSATION_WINDOW = 8
EARLIER_CASES_LIMIT = 10
CITY_ANSWERS_LIMIT = 10

# The models' translatable labels, by value (the case view and its forms look them up).
PRIORITY_LABELS = dict(Priority.choices)
EVENT_LABELS = dict(CaseEvent.Kind.choices)


def status_label(status: str) -> str:
    return str(STATUS_LABELS.get(status, status))


def priority_label(priority: int) -> str:
    return str(PRIORITY_LABELS.get(priority, priority))


@dataclass(frozen=True)
class ConversationItem:
    post: Post
    is_city: bool  # the city's own post on the platform
    is_this: bool  # the post this case is about
    case_id: int | None  # its case, when the viewer may open it


@dataclass(frozen=True)
class Conversation:
    items: list[ConversationItem]
    earlier_hidden: bool  # more posts before the window
    later_hidden: bool  # more posts after the window
    city_answers: list[Reply]  # what the city sent on other cases of this conversation

    @property
    def has_context(self) -> bool:
        return len(self.items) > 1 or bool(self.city_answers)


def case_conversation(*, case: Case, user) -> Conversation:
    """The parent post, the posts around this one in its conversation (by conversation_key) and
    the city's answers sent on other cases in the same conversation."""
    post = case.post
    # The platform's payload is not shown: left unread.
    thread = Post.objects.select_related("account").defer("raw")
    if post.conversation_key:
        thread = thread.filter(conversation_key=post.conversation_key)
    else:
        thread = thread.filter(Q(parent_id=post.pk) | Q(pk=post.parent_id))
    thread = thread.exclude(pk=post.pk)
    # Everyone who may open the case sees the public posts of its thread; a private message only
    # those who may see its own case (a department member: their departments' cases).
    private_hidden = not roles.sees_all_cases(user)
    readable = (
        ~Q(kind=PostKind.DIRECT_MESSAGE) | Q(pk__in=cases_visible_to(user).values("post_id"))
        if private_hidden
        else Q()
    )
    thread = thread.filter(readable)
    before = list(
        thread.filter(created_at__lte=post.created_at).order_by("-created_at", "-id")[
            : CONVERSATION_WINDOW + 1
        ]
    )
    after = list(
        thread.filter(created_at__gt=post.created_at).order_by("created_at", "id")[
            : CONVERSATION_WINDOW + 1
        ]
    )
    earlier_hidden = len(before) > CONVERSATION_WINDOW
    later_hidden = len(after) > CONVERSATION_WINDOW
    posts = [*reversed(before[:CONVERSATION_WINDOW]), post, *after[:CONVERSATION_WINDOW]]
    # The parent comes first even when it lies outside the window or in another conversation.
    parent = Post.objects.filter(readable, pk=post.parent_id).first() if post.parent_id else None
    if parent is not None and all(p.pk != parent.pk for p in posts):
        posts.insert(0, parent)

    visible_cases = dict(
        cases_visible_to(user)
        .filter(post_id__in=[p.pk for p in posts])
        .values_list("post_id", "id")
    )
    items = [
        ConversationItem(
            post=p,
            is_city=p.kind in (PostKind.OWN_POST, PostKind.REPOST),
            is_this=p.pk == post.pk,
            case_id=visible_cases.get(p.pk) if p.pk != post.pk else None,
        )
        for p in posts
    ]
    city_answers: list[Reply] = []
    if post.conversation_key:
        city_answers = list(
            Reply.objects.filter(
                case__post__conversation_key=post.conversation_key,
                send_state=Reply.SendState.SENT,
            )
            .exclude(case=case)
            .exclude(kind=Reply.Kind.INTERNAL_NOTE)
            .filter(
                ~Q(case__post__kind=PostKind.DIRECT_MESSAGE) | Q(case__in=cases_visible_to(user))
                if private_hidden
                else Q()
            )
            .select_related("author", "case__post")
            .order_by("-sent_at")[:CITY_ANSWERS_LIMIT]
        )
    return Conversation(
        items=items,
        earlier_hidden=earlier_hidden,
        later_hidden=later_hidden,
        city_answers=city_answers,
    )


def case_earlier_cases(*, case: Case, user) -> list[Case]:
    """The same author's earlier cases on the same platform, newest first, that the viewer may
    open. A citizen who wrote three times about one streetlight is one story."""
    if not case.post.author_id:
        return []
    earlier = list(
        cases_visible_to(user)
        .filter(
            post__platform=case.post.platform,
            post__author_id=case.post.author_id,
            created_at__lte=case.created_at,
        )
        .exclude(pk=case.pk)
        # A line each: neither the routing explanation nor the platform's payload is shown.
        .defer("routing_explanation", "post__raw")
        .order_by("-created_at", "-id")[:EARLIER_CASES_LIMIT]
    )
    for other in earlier:
        other.status_label = status_label(other.status)
    return earlier


@dataclass(frozen=True)
class KeywordMatch:
    term: str
    topic: str


@dataclass(frozen=True)
class DepartmentScore:
    department: str
    score: float


@dataclass(frozen=True)
class RoutingExplanation:
    """What routing stored in Case.routing_explanation, with slugs turned into names."""

    available: bool
    decided: str | None = None  # the department routing chose; None = left in triage
    leaning: str | None = None  # the best candidate when it stayed in triage
    confidence: float | None = None
    threshold: float | None = None
    keywords: list[KeywordMatch] = field(default_factory=list)
    model: list[DepartmentScore] = field(default_factory=list)
    mentioned_accounts: list[str] = field(default_factory=list)
    account_department: str | None = None
    places: list[str] = field(default_factory=list)
    language: str = ""
    model_version: int | None = None


def case_routing_explanation(*, case: Case) -> RoutingExplanation:
    data: dict[str, Any] = case.routing_explanation or {}
    if not data:
        return RoutingExplanation(available=False)
    departments = dict(Department.objects.values_list("slug", "name"))
    topic_slugs = {k.get("topic") for k in data.get("keywords", []) if isinstance(k, dict)}
    topics = dict(Topic.objects.filter(slug__in=topic_slugs).values_list("slug", "name"))
    keywords = []
    seen = set()
    for match in data.get("keywords", []):
        if not isinstance(match, dict):
            continue
        key = (str(match.get("term", "")).lower(), match.get("topic"))
        if key in seen:  # the lemma and the surface matcher may both find one word
            continue
        seen.add(key)
        topic = match.get("topic", "")
        keywords.append(KeywordMatch(term=match.get("term", ""), topic=topics.get(topic, topic)))
    model = sorted(
        (
            DepartmentScore(department=departments.get(slug, slug), score=float(score))
            for slug, score in (data.get("model") or {}).items()
        ),
        key=lambda s: s.score,
        reverse=True,
    )[:3]
    combined = data.get("combined") or {}
    best = max(combined, key=combined.get) if combined else None
    decided_slug = None
    if best and combined[best] >= data.get("threshold", 0.5):
        decided_slug = best
    account = data.get("account") or None
    return RoutingExplanation(
        available=True,
        decided=departments.get(decided_slug, decided_slug) if decided_slug else None,
        leaning=departments.get(best, best) if best and not decided_slug else None,
        confidence=case.routing_confidence,
        threshold=data.get("threshold"),
        keywords=keywords[:5],
        model=model,
        mentioned_accounts=list(data.get("mentioned_accounts") or []),
        account_department=departments.get(account, account) if account else None,
        places=list(data.get("places") or []),
        language=data.get("language", ""),
        model_version=data.get("model_version"),
    )


@dataclass(frozen=True)
class HistoryEntry:
    event: CaseEvent
    old: str  # the value before, in words ("" when there was none or it does not apply)
    new: str

    @property
    def label(self) -> str:
        return str(EVENT_LABELS.get(self.event.kind, self.event.get_kind_display()))


def case_history(*, case: Case) -> list[HistoryEntry]:
    """Every event of the case, oldest first, with stored slugs, statuses and usernames turned
    into the names people know."""
    events = list(case.events.select_related("actor"))
    if not any(event.kind == CaseEvent.Kind.CREATED for event in events):
        # Ingestion stores no "created" event (departments.cases.intake): a case is created, by the
        # system, when its post is fetched, which is what the post records. Cases from before
        # (and generated cities) keep their stored one. The demo's replayed history is fetched
        # after it was worked (departments/demo_history.py): nothing happens to a case before
        # it exists.
        moments = [case.post.fetched_at, *(event.created_at for event in events)]
        created = CaseEvent(case=case, kind=CaseEvent.Kind.CREATED, created_at=min(moments))
        events = sorted([created, *events], key=lambda event: event.created_at)
    departments = dict(Department.objects.values_list("slug", "name"))
    topic_names = dict(Topic.objects.values_list("slug", "name"))
    usernames = {
        value
        for event in events
        if event.kind in (CaseEvent.Kind.ASSIGNED, CaseEvent.Kind.MENTIONED)
        for value in (event.old_value, event.new_value)
        if isinstance(value, str)
    }
    people = {
        user.get_username(): user.get_full_name() or user.get_username()
        for user in get_user_model().objects.filter(username__in=usernames)
    }
    status_kinds = (
        CaseEvent.Kind.STATUS_CHANGED,
        CaseEvent.Kind.MARKED_SPAM,
        CaseEvent.Kind.NOT_FOR_US,
        CaseEvent.Kind.MERGED,
    )

    def words(kind: str, value: Any) -> str:
        if value is None or value == "" or value == []:
            if kind in (CaseEvent.Kind.ROUTED, CaseEvent.Kind.REROUTED):
                return _("Triage")
            if kind == CaseEvent.Kind.ASSIGNED:
                return _("nobody")
            return ""
        if isinstance(value, dict):
            if "merged_from" in value:
                return _("case %(number)s merged into this one") % {"number": value["merged_from"]}
            # Ids of notes and replies: the notes and replies are shown on the page themselves.
            return ""
        if kind in (CaseEvent.Kind.ROUTED, CaseEvent.Kind.REROUTED):
            return departments.get(value, str(value))
        if kind in status_kinds:
            return status_label(value)
        if kind == CaseEvent.Kind.PRIORITY_CHANGED:
            return priority_label(value)
        if kind == CaseEvent.Kind.ASSIGNED:
            return people.get(value, str(value))
        if kind == CaseEvent.Kind.MENTIONED:
            return f"@{value}"
        if kind == CaseEvent.Kind.TOPICS_CHANGED and isinstance(value, list):
            return ", ".join(topic_names.get(v, str(v)) for v in value)
        if isinstance(value, list):
            return ", ".join(str(v) for v in value)
        return str(value)

    return [
        HistoryEntry(
            event=event,
            old=words(event.kind, event.old_value),
            new=words(event.kind, event.new_value),
        )
        for event in events
    ]


def case_engagement(*, case: Case) -> EngagementSnapshot | None:
    """The latest numbers for the citizen's post (snapshots are written only on change)."""
    return EngagementSnapshot.objects.filter(post_id=case.post_id).order_by("-taken_at").first()


def case_replies(*, case: Case) -> tuple[list[Reply], list[Reply]]:
    """(replies to the citizen, internal notes), oldest first."""
    replies, notes = [], []
    for reply in case.replies.select_related("author", "reviewed_by").order_by("created_at", "id"):
        (notes if reply.kind == Reply.Kind.INTERNAL_NOTE else replies).append(reply)
    return replies, notes


def assignable_users(*, case: Case) -> QuerySet:
    """Who this case can be given to, by name."""
    return roles.people_assignable(
        department_ids=[case.department_id] if case.department_id else []
    )


def topics_for_tagging() -> QuerySet[Topic]:
    # Without the routing keywords: the form shows names, and reading every topic's keyword
    # list was most of the JSON the case panel decoded.
    return (
        Topic.objects.select_related("department")
        .defer("keywords")
        .order_by("department__name", "name")
    )

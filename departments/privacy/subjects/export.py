"""Everything held on the resident, as JSON (see departments.privacy.subjects)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.utils import timezone

from departments.models import Case, CaseEvent
from departments.privacy.subjects.find import normalised_author, subject_find
from departments.privacy.subjects.mentions import (
    others_posts_naming,
    own_answers_of,
    quarantined_naming,
)
from listening.models import Post, QuarantinedPayload

# Their values are staff usernames (who was assigned, who was mentioned in a note).
_EVENTS_NAMING_STAFF = {CaseEvent.Kind.ASSIGNED, CaseEvent.Kind.MENTIONED}


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


def _event_value(event: CaseEvent, value: Any) -> Any:
    if event.kind in _EVENTS_NAMING_STAFF and value is not None:
        return "staff"
    return value


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
                "old": _event_value(event, event.old_value),
                "new": _event_value(event, event.new_value),
                "reason": event.reason,
                "created_at": _when(event.created_at),
            }
            for event in case.events.all()
        ],
    }


def subject_export(*, platform: str, author: str) -> dict[str, Any]:
    """Everything held on the person, JSON-ready: their posts with raw payloads, their cases
    with replies, internal notes and history, other posts that name them and the city's posts
    that answer them, and quarantined payloads that mention them."""
    subject = subject_find(platform=platform, author=author)
    posts = Post.objects.filter(pk__in=subject.post_ids).select_related("account")
    cases = (
        Case.objects.filter(post_id__in=subject.post_ids)
        .select_related("department")
        .prefetch_related("topics", "replies", "events")
        .order_by("created_at", "id")
    )
    naming = {*others_posts_naming(subject), *own_answers_of(subject.post_ids)}
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
            for post in Post.objects.filter(pk__in=naming).order_by("created_at", "id")
        ],
        "quarantined_payloads": [
            {
                "id": item.pk,
                "received_at": _when(item.received_at),
                "error": item.error,
                "raw": item.raw,
            }
            for item in QuarantinedPayload.objects.filter(pk__in=quarantined_naming(subject))
        ],
    }

"""The router a process uses: built from the active trained version, the Topic table and the
accounts, and rebuilt when any of them changes."""

from __future__ import annotations

import hashlib
import json
import threading
from pathlib import Path

from departments.models import Department, RouterModel, Topic
from departments.routing.router import Router, TopicTerms
from listening.models import Account

_lock = threading.Lock()
_cached: tuple[str, Router] | None = None


def topic_terms() -> list[TopicTerms]:
    return [
        TopicTerms(slug=t.slug, name=t.name, department=t.department.slug, terms=t.keywords or {})
        for t in Topic.objects.select_related("department").order_by("slug")
    ]


def router_for(model: RouterModel | None) -> Router:
    departments = Department.objects.all()
    return Router(
        model_dir=Path(model.path) if model else None,
        topics=topic_terms(),
        account_departments=dict(Account.objects.values_list("handle", "department__slug")),
        thresholds={d.slug: d.routing_threshold for d in departments},
        version=model.version if model else None,
    )


def _signature(model: RouterModel | None) -> str:
    state = {
        "model": model.pk if model else None,
        "topics": list(
            Topic.objects.order_by("slug").values_list("slug", "department_id", "keywords")
        ),
        "accounts": list(Account.objects.order_by("id").values_list("handle", "department_id")),
        "thresholds": list(
            Department.objects.order_by("id").values_list("id", "routing_threshold")
        ),
    }
    return hashlib.sha1(json.dumps(state, sort_keys=True, default=str).encode()).hexdigest()


def active_router() -> Router:
    """Cached per process; officers' edits of topics, thresholds or accounts take effect at the
    next batch without a restart."""
    global _cached
    model = RouterModel.objects.filter(is_active=True).first()
    signature = _signature(model)
    with _lock:
        if _cached is None or _cached[0] != signature:
            _cached = (signature, router_for(model))
        return _cached[1]

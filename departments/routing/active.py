"""The router a process uses: built from the active trained version, the Topic table and the
accounts, and rebuilt when any of them changes."""

from __future__ import annotations

import gc
import threading
from pathlib import Path

from django.db import connection

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
        central_departments=frozenset(d.slug for d in departments if d.is_central),
        version=model.version if model else None,
    )


# Bumped by triggers (departments/migrations/0009_routing_version.py) in the transaction that
# changes a topic, a department's slug or threshold, an account's handle or department, or the
# router versions, with the id of the database it counts in. No row yet (a new database) reads
# as "".
_SIGNATURE_SQL = """
SELECT coalesce((SELECT database_id::text || ':' || version FROM departments_routing_version), '')
"""


def _signature() -> str:
    """Whether anything a router is built from has changed, in one lookup of a single row:
    the worker asks before every chunk of posts, and digesting the tables themselves cost
    about 3 us per routed post. The version is written by the same transaction as the edit, so
    a worker never sees it before the edit; the version never repeats within a database (a
    sequence no table owns) and comes with the database's id, so a changed table never passes
    for the router a process already has."""
    with connection.cursor() as cursor:
        cursor.execute(_SIGNATURE_SQL)
        return cursor.fetchone()[0]


def active_router() -> Router:
    """Cached per process; officers' edits of topics, thresholds or accounts and a new active
    version take effect at the next batch without a restart, in every worker. The version is
    read before the tables: an edit committed while the router is being built leaves it under
    the older version, so the next batch builds it again rather than keeping a mix."""
    global _cached
    signature = _signature()
    with _lock:
        if _cached is None or _cached[0] != signature:
            model = RouterModel.objects.filter(is_active=True).first()
            _cached = None  # the old router goes before the new one is built
            frozen = gc.get_freeze_count() > 0
            if frozen:
                # A worker process keeps its start-up objects out of the cycle collector's
                # reach (smartgov.celery); the router lives as long, and walking its tables in
                # every full collection took a sixth of routing's time. The old router is let
                # out and collected first, so that a rebuild never keeps it for ever.
                gc.unfreeze()
                gc.collect()
            try:
                _cached = (signature, router_for(model))
            finally:
                if frozen:
                    gc.freeze()
        return _cached[1]

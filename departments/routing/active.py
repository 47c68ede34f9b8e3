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
_cached: tuple[tuple, Router] | None = None


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


_SIGNATURE_SQL = """
SELECT
    (SELECT concat_ws(':', id, version, path) FROM {router_model} WHERE is_active),
    (SELECT md5(coalesce(string_agg(
        concat_ws(':', t.slug, t.name, t.department_id, t.xmin, t.ctid), '|' ORDER BY t.slug
    ), '')) FROM {topic} t),
    (SELECT md5(coalesce(string_agg(
        concat_ws(':', a.id, a.handle, a.department_id), '|' ORDER BY a.id
    ), '')) FROM {account} a),
    (SELECT md5(coalesce(string_agg(
        concat_ws(':', d.id, d.slug, d.routing_threshold), '|' ORDER BY d.id
    ), '')) FROM {department} d)
"""


def _signature() -> tuple:
    """Everything a router is built from, digested by the database in one query: the worker
    asks before every chunk of posts, and fetching the topics' keywords to hash them here cost
    more than routing the chunk. A topic's keywords are represented by where its row version
    lives and which transaction wrote it (ctid and xmin; every UPDATE writes a new version
    elsewhere): turning them into text to digest them took most of the query's time. A row
    that moves without an edit (VACUUM FULL, a restore) costs one rebuild, nothing more."""
    sql = _SIGNATURE_SQL.format(
        router_model=connection.ops.quote_name(RouterModel._meta.db_table),
        topic=connection.ops.quote_name(Topic._meta.db_table),
        account=connection.ops.quote_name(Account._meta.db_table),
        department=connection.ops.quote_name(Department._meta.db_table),
    )
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return tuple(cursor.fetchone())


def active_router() -> Router:
    """Cached per process; officers' edits of topics, thresholds or accounts and a new active
    version take effect at the next batch without a restart."""
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

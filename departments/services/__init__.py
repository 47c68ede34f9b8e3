"""Writes of the back office. Views and tasks call these; they hold no logic of their own.

One module per subject (cases, replies, reminders, routing); everything is importable from
here, as `from departments.services import case_route`. The routing functions load spaCy, so
they are imported only when first asked for: a web process that only changes cases or a worker
that only sends replies does not pay for the language models.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from departments.services.cases import (
    case_assign,
    case_mark_not_for_us,
    case_mark_spam,
    case_merge,
    case_reroute,
    case_route,
    case_set_priority,
    case_set_topics,
    case_transition,
    cases_bulk_apply,
    note_add,
)
from departments.services.permissions import (
    CaseAction,
    ensure_may_act,
    may_act,
    may_change_case,
    role_may,
)
from departments.services.reminders import (
    case_sla_remind,
    note_mentions_notify,
    sla_reminders_due,
)
from departments.services.replies import (
    ReplyCollision,
    expected_handling,
    replies_fail_interrupted,
    reply_deliver,
    reply_give_up,
    reply_retry,
    reply_send,
    reply_template_render,
    reply_templates_for,
)

_ROUTING = (
    "cases_route_automatically",
    "corrections",
    "router_train",
    "router_trial",
    "router_rollback",
)

__all__ = [
    "ReplyCollision",
    "case_assign",
    "case_mark_not_for_us",
    "case_mark_spam",
    "case_merge",
    "case_reroute",
    "case_route",
    "case_set_priority",
    "case_set_topics",
    "case_sla_remind",
    "case_transition",
    "cases_bulk_apply",
    "CaseAction",
    "ensure_may_act",
    "may_act",
    "role_may",
    "expected_handling",
    "may_change_case",
    "note_add",
    "note_mentions_notify",
    "replies_fail_interrupted",
    "reply_deliver",
    "reply_give_up",
    "reply_retry",
    "reply_send",
    "reply_template_render",
    "reply_templates_for",
    "sla_reminders_due",
    *_ROUTING,
]


def __getattr__(name: str) -> Any:
    if name in _ROUTING:
        return getattr(import_module("departments.services.routing"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

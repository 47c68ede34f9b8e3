"""The history of each case (departments_caseevent): created, routed, rerouted, assigned,
replied, status changes, merges and reminders, at the moments its story says."""

from __future__ import annotations

import json

import numpy as np

from bench.city import vocabulary as vocab
from bench.city.cases import CaseStory
from bench.city.replies import Replies
from bench.city.tables import CityInputs, Table
from bench.city.timing import NULL_TIME, US


def _json_str(value: str) -> str:
    return vocab.copy_escape(json.dumps(value, ensure_ascii=False))


def case_events(
    rng, inputs: CityInputs, story: CaseStory, replies: Replies, *, fetched_at
) -> tuple[Table, np.ndarray]:
    """The events table, and each case's last event time. fetched_at: per case, when its post
    was fetched (the "created" event)."""
    m, case_id, departments, by_end = (
        len(story.case_id),
        story.case_id,
        story.departments,
        story.by_end,
    )
    auto, routed_by_person, outcome = story.auto, story.routed_by_person, story.outcome
    dept_code, initial_dept, wrong_dept = story.dept_code, story.initial_dept, story.wrong_dept
    officer, assignee, has_assignee = story.officer, story.assignee, story.has_assignee
    priority, routed_now, status_now = story.priority, story.routed_now, story.status_now
    closed_now, closed_time, merged_into = story.closed_now, story.closed_time, story.merged_into
    t_route, t_correct, t_effective = story.t_route, story.t_correct, story.t_effective
    t_assign, t_wait, t_close = story.t_assign, story.t_wait, story.t_close
    t_spam, t_nfu, t_merge = story.t_spam, story.t_nfu, story.t_merge
    first_reminded, resolution_reminded = story.first_reminded, story.resolution_reminded
    r_case, r_time, r_kind = replies.case, replies.time, replies.kind
    reply_id, platform_ids, responder = replies.reply_id, replies.platform_ids, replies.responder
    ev_case, ev_time, ev_actor, ev_kind, ev_old, ev_new, ev_reason = [], [], [], [], [], [], []
    null = None

    def add(idx, when, kind, actor=None, old=None, new=None, reason=""):
        k = len(idx)
        ev_case.append(idx)
        ev_time.append(when)
        ev_actor.append(np.full(k, -1) if actor is None else actor)
        ev_kind.append(np.full(k, kind, dtype=object))
        for target, value in ((ev_old, old), (ev_new, new), (ev_reason, reason)):
            if isinstance(value, np.ndarray):
                target.append(value.astype(object))
            else:
                target.append(np.full(k, value, dtype=object))

    slugs_json = np.array([_json_str(d) for d in departments], dtype=object)
    status_json = {
        s: _json_str(s)
        for s in (
            "new",
            "routed",
            "in_progress",
            "waiting_on_citizen",
            "answered",
            "closed",
            "spam",
            "not_for_us",
            "dismissed",
            "merged",
        )
    }
    user_json = {uid: _json_str(name) for uid, name in inputs.usernames.items()}

    everyone = np.arange(m)
    add(everyone, fetched_at, "created")
    i = np.flatnonzero(auto & by_end(t_route))
    add(
        i,
        t_route[i],
        "routed",
        new=slugs_json[initial_dept[i]],
        reason=np.array(
            [
                "automatic: " + d
                for d in np.array(departments, dtype=object)[initial_dept[i]].tolist()
            ],
            dtype=object,
        ),
    )
    i = np.flatnonzero(routed_by_person & by_end(t_route) & (outcome != 1))
    add(
        i,
        t_route[i],
        "rerouted",
        actor=officer[i],
        old=null,
        new=slugs_json[dept_code[i]],
        reason="from triage",
    )
    i = np.flatnonzero(by_end(t_correct))
    reasons = np.array([vocab.copy_escape(r) for r in vocab.REROUTE_REASONS], dtype=object)
    add(
        i,
        t_correct[i],
        "rerouted",
        actor=officer[i],
        old=slugs_json[wrong_dept[i]],
        new=slugs_json[dept_code[i]],
        reason=reasons[rng.integers(0, len(reasons), len(i))],
    )
    i = np.flatnonzero((priority != 2) & routed_now)
    add(
        i,
        t_effective[i] + 5 * 60 * US,
        "priority_changed",
        actor=officer[i],
        old="2",
        new=priority[i].astype(str),
    )
    i = np.flatnonzero(has_assignee)
    add(
        i,
        t_assign[i],
        "assigned",
        actor=officer[i],
        old=null,
        new=np.array([user_json[u] for u in assignee[i].tolist()], dtype=object),
    )
    add(
        i,
        t_assign[i] + US,
        "status_changed",
        actor=officer[i],
        old=status_json["routed"],
        new=status_json["in_progress"],
    )
    for reply_kind, event_reason in (
        ("acknowledgement", "acknowledgement sent"),
        ("answer", "answer sent"),
    ):
        sel = np.flatnonzero(r_kind == reply_kind)
        c = r_case[sel]
        new = np.array(
            [
                f'{{"reply": {r}, "kind": "{reply_kind}", "platform_id": "{p}"}}'
                for r, p in zip(reply_id[sel].tolist(), platform_ids[sel].tolist(), strict=True)
            ],
            dtype=object,
        )
        add(c, r_time[sel], "replied", actor=responder[c], new=new)
        if reply_kind == "answer":
            add(
                c,
                r_time[sel] + US,
                "status_changed",
                actor=responder[c],
                old=np.where(
                    by_end(t_wait[c]), status_json["waiting_on_citizen"], status_json["in_progress"]
                ),
                new=status_json["answered"],
                reason=event_reason,
            )
    i = np.flatnonzero(by_end(t_wait))
    add(
        i,
        t_wait[i],
        "status_changed",
        actor=responder[i],
        old=status_json["in_progress"],
        new=status_json["waiting_on_citizen"],
    )
    sel = np.flatnonzero(r_kind == "internal_note")
    c = r_case[sel]
    add(
        c,
        r_time[sel],
        "note_added",
        actor=responder[c],
        new=np.array([f'{{"note": {r}}}' for r in reply_id[sel].tolist()], dtype=object),
    )
    sel = np.flatnonzero(r_kind == "failed")
    c = r_case[sel]
    add(
        c,
        r_time[sel],
        "reply_failed",
        actor=null,
        new=np.array([f'{{"reply": {r}}}' for r in reply_id[sel].tolist()], dtype=object),
        reason="RateLimited: 429 Too Many Requests",
    )
    closing = {
        "closed": ("status_changed", t_close, status_json["answered"]),
        "spam": ("marked_spam", t_spam, status_json["new"]),
        "not_for_us": ("not_for_us", t_nfu, status_json["routed"]),
        "dismissed": ("status_changed", closed_time, status_json["routed"]),
        "merged": ("merged", t_merge, status_json["routed"]),
    }
    for final, (kind, when, old) in closing.items():
        i = np.flatnonzero((status_now == final) & closed_now)
        actor = responder[i] if final == "closed" else officer[i]
        reason = ""
        if final == "merged":
            reason = np.array(
                [f"merged into case {t}" for t in merged_into[i].tolist()], dtype=object
            )
        add(i, when[i], kind, actor=actor, old=old, new=status_json[final], reason=reason)
        if final == "merged":
            targets = merged_into[i] - 1
            add(
                targets,
                when[i],
                "merged",
                actor=actor,
                old=null,
                new=np.array([f'{{"merged_from": {s}}}' for s in (i + 1).tolist()], dtype=object),
                reason=np.array(
                    [f"case {s} merged into this one" for s in (i + 1).tolist()], dtype=object
                ),
            )
    i = np.flatnonzero(first_reminded != NULL_TIME)
    add(i, first_reminded[i], "reminder_sent", old=null, new=_json_str("first_response"))
    i = np.flatnonzero(resolution_reminded != NULL_TIME)
    add(i, resolution_reminded[i], "reminder_sent", old=null, new=_json_str("resolution"))

    e_case = np.concatenate(ev_case)
    e_time = np.concatenate(ev_time)
    order = np.argsort(e_time, kind="stable")
    e_case, e_time = e_case[order], e_time[order]
    n_events = len(e_case)
    events = Table(
        "departments_caseevent",
        n_events,
        {
            "id": ("int", np.arange(1, n_events + 1, dtype=np.int64)),
            "case_id": ("int", case_id[e_case]),
            "actor_id": ("int", np.concatenate(ev_actor)[order]),
            "kind": ("str", np.concatenate(ev_kind)[order]),
            "old_value": ("str", np.concatenate(ev_old)[order]),
            "new_value": ("str", np.concatenate(ev_new)[order]),
            "reason": ("str", np.concatenate(ev_reason)[order]),
            "created_at": ("ts", e_time),
        },
    )
    updated = np.full(m, 0, dtype=np.int64)
    np.maximum.at(updated, e_case, e_time)

    return events, updated

"""Each citizen post's case: routed or left in triage, perhaps corrected, assigned, answered and
closed, or marked spam, not for us, dismissed, merged or forgotten; its deadlines and reminders,
its routing explanation and its topics. replies.py and events.py write down what happened."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from bench.city import vocabulary as vocab
from bench.city.tables import CityInputs, Table
from bench.city.timing import HOUR, NULL_TIME, US, BusinessClock, lognormal, pick_earlier


@dataclass
class CaseStory:
    """Arrays over the cases, in post order. Times are when a step happens, or `never`; the
    rest is where the case stands when the city ends."""

    end_us: int
    rows: np.ndarray  # the post's row
    case_id: np.ndarray
    created: np.ndarray
    topic: np.ndarray  # taxonomy slug
    post_language: np.ndarray
    departments: list[str]  # department codes index this
    dept_code: np.ndarray  # the right department
    initial_dept: np.ndarray  # where routing sent it
    wrong_dept: np.ndarray
    spam: np.ndarray
    auto: np.ndarray  # routed automatically (else by an officer from triage)
    routed_by_person: np.ndarray
    outcome: np.ndarray  # 0 normal, 1 spam, 2 not for us, 3 dismissed, 4 merged, 5 forgotten
    routing_ran: np.ndarray
    # When each step happens.
    t_route: np.ndarray
    t_correct: np.ndarray
    t_effective: np.ndarray  # routed to the right department
    t_assign: np.ndarray
    t_first: np.ndarray
    t_wait: np.ndarray
    t_answer: np.ndarray
    t_close: np.ndarray
    t_spam: np.ndarray
    t_nfu: np.ndarray
    t_merge: np.ndarray
    closed_time: np.ndarray
    # Where it stands at the end.
    routed_now: np.ndarray
    closed_now: np.ndarray
    status: np.ndarray
    status_now: np.ndarray
    dept_ids: np.ndarray
    final_dept: np.ndarray
    has_assignee: np.ndarray
    assignee: np.ndarray
    officer: np.ndarray  # who acts for the officers on this case
    priority: np.ndarray
    merged_into: np.ndarray
    case_language: np.ndarray
    confidence: np.ndarray
    explanation: np.ndarray
    first_due: np.ndarray
    resolution_due: np.ndarray
    first_responded: np.ndarray
    closed_at: np.ndarray
    first_reminded: np.ndarray
    resolution_reminded: np.ndarray

    def by_end(self, moment):
        return moment <= self.end_us

    def table(self, *, updated_at: np.ndarray) -> Table:
        """departments_case; updated_at: each case's last event."""
        m = len(self.case_id)
        created = self.created
        return Table(
            "departments_case",
            m,
            {
                "id": ("int", self.case_id),
                "post_id": ("int", self.rows + 1),
                "status": ("str", self.status),
                "department_id": ("int", self.dept_ids),
                "routing_confidence": ("float", self.confidence),
                "routing_explanation": ("str", self.explanation),
                "assignee_id": ("int", self.assignee),
                "priority": ("int", self.priority),
                "first_response_due_at": ("ts", self.first_due),
                "resolution_due_at": ("ts", self.resolution_due),
                "first_responded_at": ("ts", self.first_responded),
                "closed_at": ("ts", self.closed_at),
                "created_at": ("ts", created),
                "updated_at": ("ts", np.maximum(updated_at, created)),
                "language": ("str", self.case_language),
                "merged_into_id": ("int", self.merged_into),
                "first_response_reminded_at": ("ts", self.first_reminded),
                "resolution_reminded_at": ("ts", self.resolution_reminded),
            },
        )


def case_story(
    rng,
    inputs: CityInputs,
    *,
    end_us,
    rows,
    times,
    post_language,
    department,
    topic,
    account_department,
) -> CaseStory:
    """What happens to each case and when. rows: the citizen posts' rows; the other arrays are
    per case."""
    m = len(rows)
    case_id = np.arange(1, m + 1, dtype=np.int64)
    created = times[rows]
    never = np.iinfo(np.int64).max // 4  # a moment that never comes
    departments = list(vocab.DEPARTMENTS)
    dept_code = np.array([departments.index(d) for d in department.tolist()])
    spam = topic == vocab.SPAM_TOPIC
    greek = post_language == "el"

    # Routing: most cases go to a department within seconds; the rest wait in triage.
    p_triage = np.where(spam, 0.9, np.where(greek, 0.4, np.where(dept_code == 3, 0.3, 0.14)))
    auto = rng.random(m) >= p_triage
    confidence = np.where(
        auto, 0.5 + 0.49 * rng.beta(4, 2, m), 0.05 + 0.44 * rng.beta(2, 2, m)
    ).round(4)
    wrong = auto & ~spam & (rng.random(m) < 0.07)
    wrong_dept = (dept_code + rng.integers(1, len(departments), m)) % len(departments)
    initial_dept = np.where(wrong, wrong_dept, dept_code)

    outcome_u = rng.random(m)
    # 0 normal, 1 spam, 2 not for us, 3 dismissed, 4 merged, 5 left open and forgotten (what
    # lands in triage is forgotten more often)
    outcome = np.select(
        [
            spam & (outcome_u < 0.95),
            outcome_u < 0.035,
            outcome_u < 0.065,
            outcome_u < 0.085,
            outcome_u < np.where(auto, 0.11, 0.185),
        ],
        [1, 2, 3, 4, 5],
        default=0,
    )
    t_route = created + np.where(
        auto, rng.integers(15 * US, 180 * US, m), lognormal(rng, 1.5 * 3600, 1.0, m)
    )
    t_correct = np.where(wrong, t_route + lognormal(rng, 2 * 3600, 1.0, m), never)
    routed_by_person = ~auto  # triage: an officer picks the department
    t_effective = np.where(wrong, t_correct, t_route)
    assigned = (outcome == 0) | (outcome == 5)
    assigned &= rng.random(m) < 0.8
    t_assign = np.where(assigned, t_effective + lognormal(rng, 3600, 1.0, m), never)
    responds = (outcome == 0) | (outcome == 5)
    t_first = np.where(
        responds,
        np.maximum(t_effective, np.where(assigned, t_assign, 0))
        + lognormal(rng, 2.5 * 3600, 1.1, m),
        never,
    )
    # Forgotten cases stop somewhere along the way: in triage (never routed), after routing,
    # after assignment, while waiting on the citizen, after answering.
    forgotten = outcome == 5
    stage = np.where(
        auto,
        rng.choice(5, size=m, p=[0.0, 0.30, 0.25, 0.20, 0.25]),
        rng.choice(5, size=m, p=[0.40, 0.15, 0.15, 0.15, 0.15]),
    )
    waits = responds & ((rng.random(m) < 0.12) | (forgotten & (stage == 3)))
    t_wait = np.where(waits, t_first + lognormal(rng, 3 * 3600, 1.0, m), never)
    t_answer = np.where(
        responds,
        np.maximum(t_first, np.where(waits, t_wait, 0)) + lognormal(rng, 20 * 3600, 1.0, m),
        never,
    )
    t_close = np.where(outcome == 0, t_answer + lognormal(rng, 24 * 3600, 0.8, m), never)
    t_route = np.where(forgotten & (stage == 0), never, t_route)
    t_assign = np.where(forgotten & (stage < 2), never, t_assign)
    t_first = np.where(forgotten & (stage < 2), never, t_first)
    t_wait = np.where(forgotten & (stage < 3), never, t_wait)
    t_answer = np.where(forgotten & (stage < 4), never, t_answer)
    t_spam = np.where(outcome == 1, created + lognormal(rng, 3600, 1.0, m), never)
    t_nfu = np.where(outcome == 2, t_effective + lognormal(rng, 4 * 3600, 1.0, m), never)
    t_dismiss = np.where(outcome == 3, t_effective + lognormal(rng, 10 * 3600, 1.0, m), never)
    t_merge = np.where(outcome == 4, created + lognormal(rng, 2 * 3600, 1.0, m), never)
    # Spam never gets a department: the officer marks it from triage.
    t_route = np.where(outcome == 1, np.where(auto, t_route, never), t_route)

    def by_end(moment):
        return moment <= end_us

    routed_now = by_end(t_route)
    closed_time = np.select(
        [outcome == 0, outcome == 1, outcome == 2, outcome == 3, outcome == 4],
        [t_close, t_spam, t_nfu, t_dismiss, t_merge],
        default=never,
    )
    closed_now = by_end(closed_time)
    status = np.select(
        [
            closed_now & (outcome == 0),
            closed_now & (outcome == 1),
            closed_now & (outcome == 2),
            closed_now & (outcome == 3),
            closed_now & (outcome == 4),
            by_end(t_answer),
            by_end(t_wait),
            by_end(t_first) | by_end(t_assign),
            routed_now,
        ],
        [
            "closed",
            "spam",
            "not_for_us",
            "dismissed",
            "merged",
            "answered",
            "waiting_on_citizen",
            "in_progress",
            "routed",
        ],
        default="new",
    ).astype(object)
    # Routing ran (a confidence and an explanation), whether or not it found a department: for
    # a case left in triage, half a minute after it came in.
    routing_ran = by_end(np.where(auto, t_route, created + 30 * US))
    department_now = np.where(routed_now, np.where(by_end(t_correct), dept_code, initial_dept), -1)
    department_id = np.array([inputs.department_ids[d] for d in departments])
    dept_ids = np.where(department_now >= 0, department_id[np.maximum(department_now, 0)], -1)

    # Who works on it: someone of the department (the officers for communication).
    assignee = np.full(m, -1, dtype=np.int64)
    final_dept = np.where(department_now >= 0, department_now, dept_code)
    has_assignee = by_end(t_assign)
    for di, slug in enumerate(departments):
        people = np.array(inputs.staff[slug])
        mask = has_assignee & (final_dept == di)
        assignee[mask] = people[rng.integers(0, len(people), int(mask.sum()))]
    officers = np.array(inputs.officers)
    officer = officers[rng.integers(0, len(officers), m)]

    priority = rng.choice([1, 2, 3, 4], size=m, p=[0.10, 0.70, 0.15, 0.05])
    priority = np.where(routed_now, priority, 2)

    clock = BusinessClock(
        zone=inputs.zone, holidays=inputs.holidays, opening_seconds=inputs.opening_seconds
    )
    first_hours = np.array([inputs.sla_hours[d][0] for d in departments])
    resolution_hours = np.array([inputs.sla_hours[d][1] for d in departments])
    has_department = dept_ids >= 0
    first_due = np.full(m, NULL_TIME, dtype=np.int64)
    resolution_due = np.full(m, NULL_TIME, dtype=np.int64)
    if has_department.any():
        d = department_now[has_department]
        first_due[has_department] = clock.add(created[has_department], first_hours[d])
        resolution_due[has_department] = clock.add(created[has_department], resolution_hours[d])
    first_responded = np.where(by_end(t_first), t_first, NULL_TIME)
    closed_at = np.where(closed_now, closed_time, NULL_TIME)

    def reminded(due, met):
        """A reminder to the assignee an hour before a deadline that was still running then
        (`met`: when the deadline was met, or NULL_TIME)."""
        remind = np.where(has_department, due - HOUR, never)
        still_running = (met == NULL_TIME) | (met > remind)
        return np.where(
            has_department & (assignee >= 0) & by_end(remind) & still_running, remind, NULL_TIME
        )

    first_reminded = reminded(first_due, first_responded)
    resolution_reminded = reminded(resolution_due, closed_at)
    merged_into = np.full(m, -1, dtype=np.int64)
    merging = np.flatnonzero(closed_now & (outcome == 4))
    if len(merging):
        targets = np.flatnonzero(outcome != 4)
        found = pick_earlier(rng, created[targets], targets, created[merging], 0.05)
        ok = found >= 0
        merged_into[merging[ok]] = found[ok] + 1
        orphans = merging[~ok]
        status[orphans] = "dismissed"  # nothing earlier to merge into
        merged_into[orphans] = -1

    case_language = np.where(rng.random(m) < 0.02, "unknown", post_language).astype(object)
    case_language = np.where(routing_ran, case_language, "")
    summary_text = np.where(
        department_now >= 0,
        np.array(departments, dtype=object)[np.maximum(initial_dept, 0)],
        "triage",
    )
    conf_text = confidence.astype(str)
    # Built as Python strings: a numpy string array of a million explanations would hold each
    # at the width of the longest, four bytes a character.
    explanation = np.full(m, "{}", dtype=object)
    ran = np.flatnonzero(routing_ran)
    explanation[ran] = [
        f'{{"language": "{lang}", "keywords": [], "model": {{"{dept}": {c}}}, '
        f'"account": "{acc}", "combined": {{"{dept}": {c}}}, "threshold": 0.5, '
        f'"model_version": 1, "summary": "{s} ({c})"}}'
        for lang, dept, c, acc, s in zip(
            case_language[ran].tolist(),
            np.array(departments, dtype=object)[initial_dept[ran]].tolist(),
            conf_text[ran].tolist(),
            account_department[ran].tolist(),
            summary_text[ran].tolist(),
            strict=True,
        )
    ]
    confidence_col = np.where(routing_ran, confidence, np.nan)
    status_now = status.astype(str)
    return CaseStory(
        end_us=end_us,
        rows=rows,
        case_id=case_id,
        created=created,
        topic=topic,
        post_language=post_language,
        departments=departments,
        dept_code=dept_code,
        initial_dept=initial_dept,
        wrong_dept=wrong_dept,
        spam=spam,
        auto=auto,
        routed_by_person=routed_by_person,
        outcome=outcome,
        routing_ran=routing_ran,
        t_route=t_route,
        t_correct=t_correct,
        t_effective=t_effective,
        t_assign=t_assign,
        t_first=t_first,
        t_wait=t_wait,
        t_answer=t_answer,
        t_close=t_close,
        t_spam=t_spam,
        t_nfu=t_nfu,
        t_merge=t_merge,
        closed_time=closed_time,
        routed_now=routed_now,
        closed_now=closed_now,
        status=status,
        status_now=status_now,
        dept_ids=dept_ids,
        final_dept=final_dept,
        has_assignee=has_assignee,
        assignee=assignee,
        officer=officer,
        priority=priority,
        merged_into=merged_into,
        case_language=case_language,
        confidence=confidence_col,
        explanation=explanation,
        first_due=first_due,
        resolution_due=resolution_due,
        first_responded=first_responded,
        closed_at=closed_at,
        first_reminded=first_reminded,
        resolution_reminded=resolution_reminded,
    )


def case_topics_table(rng, inputs: CityInputs, story: CaseStory) -> Table:
    """Each case's topic once routing ran, and now and then a second one."""
    m, case_id, topic = len(story.case_id), story.case_id, story.topic
    routing_ran, spam = story.routing_ran, story.spam
    topic_ids = np.array([inputs.topic_ids[t] for t in topic.tolist()])
    tagged = routing_ran
    extra = tagged & (rng.random(m) < 0.08) & ~spam
    all_topics = np.array(sorted(inputs.topic_ids.values()))
    extra_topic = all_topics[rng.integers(0, len(all_topics), m)]
    extra &= extra_topic != topic_ids
    ct_case = np.concatenate([case_id[tagged], case_id[extra]])
    ct_topic = np.concatenate([topic_ids[tagged], extra_topic[extra]])
    order = np.argsort(ct_case, kind="stable")
    return Table(
        "departments_case_topics",
        len(ct_case),
        {
            "id": ("int", np.arange(1, len(ct_case) + 1, dtype=np.int64)),
            "case_id": ("int", ct_case[order]),
            "topic_id": ("int", ct_topic[order]),
        },
    )

"""The city's side of the demo's eight weeks: the replayed history holds what residents and the
city posted, and this works it as a back office would have, through the same services a person
uses. Each step runs at the moment it happened in that history (smartgov.clock.working_at), so
the replies, the history's events and the closing times say when, and the dashboard and the
weekly reports of those weeks show a working office.

What is done, per case, with seeded randomness (the same city every time):
- the router routes each hour's new cases a couple of minutes after the hour's last one;
- an officer corrects the router where the resident's post belongs elsewhere, and routes what
  the router left in triage (corrections it learns from);
- some cases are assigned to a member of their department;
- a first reply from the department's templates (an acknowledgement; an answer for the
  communication office's questions), sent through the replay platform; a department member's
  reply waits for the officer's approval (the default; transit answers directly in the demo),
  and now and then the officer returns an answer with a comment and its author revises it;
- for some, an answer later, and an internal note now and then;
- the case is closed.
Departments work at their own pace, and a storm week three weeks before the end is slow for
everyone. A step whose moment is still to come is left: the most recent cases are an open
backlog, and the next start works whatever has come due since. Every step checks whether it
was done, so a build stopped half-way and run again does each step once."""

from __future__ import annotations

import logging
import math
import random
import re
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from departments import approvals, replies, reply_templates, sla
from departments.cases.actions import case_assign, case_route, case_transition, note_add
from departments.incidents.detection import incidents_detect
from departments.models import OPEN_STATUSES, Case, CaseEvent, CaseStatus, Department, Reply
from departments.routing.services import cases_route_automatically
from listening import polling
from listening.models import Account, Platform
from listening.sources.replay import load_dataset
from smartgov import clock

logger = logging.getLogger(__name__)

SEED = 18
LIVE_SUFFIX = re.compile(r"-live\d+$")
# The colleague of the live stream looks at the open cases of the replay, at most this many a
# minute, and leaves a case alone for its first minutes (as a person would not see it at once).
COLLEAGUE_CASES_PER_RUN = 3000
COLLEAGUE_FIRST_LOOK = timedelta(minutes=10)
OFFICER = "officer"
# The demo users who answer for each department (departments.demo.DEMO_USERS); the
# communication office's cases are the officer's.
STAFF = {"traffic": "traffic", "public-works": "publicworks", "transit": "transit"}
# The demo city trusts transit to answer on its own; the others' replies wait for the office.
DIRECT_REPLIES = ("transit",)
# How long a reply waits for the officer (plus up to 24 minutes, by case), how long its author
# takes to revise a returned one, and which answers are returned (one case in RETURN_EVERY).
APPROVAL_DELAY = timedelta(minutes=8)
REVISION_DELAY = timedelta(minutes=25)
RETURN_EVERY = 12
RETURN_COMMENT = "Please add the case number, so the resident can refer to it."
COLLEAGUE_NAMESPACE = uuid.UUID("5f0c2a4e-3b1d-4c8e-9a47-000000000018")
PUBLIC_KINDS = (Reply.Kind.ACKNOWLEDGEMENT, Reply.Kind.ANSWER)


@dataclass(frozen=True)
class Pace:
    """How a department works: the median time to its first reply and to closing, as shares
    of the case's own targets (its department's, or a stricter topic's), with their spread
    (lognormal sigma); and how often it assigns a case and answers after acknowledging."""

    first_reply_share: float
    resolution_share: float
    assign_share: float
    answer_share: float
    spread: float = 0.85


# About 80-90 % of first replies within target, fewer in public works.
PACE = {
    "communication": Pace(0.35, 0.3, assign_share=0.1, answer_share=0.0),
    "transit": Pace(0.33, 0.35, assign_share=0.3, answer_share=0.5),
    "traffic": Pace(0.45, 0.4, assign_share=0.4, answer_share=0.5),
    "public-works": Pace(0.5, 0.45, assign_share=0.5, answer_share=0.6),
}
STORM_SLOWDOWN = 2.4
NOTE_SHARE = 0.08
# The longest a case waits for its first reply and to be closed, in multiples of its targets:
# however long the tail, no case waits for weeks.
LONGEST_FIRST_REPLY = 2.5
LONGEST_RESOLUTION = 1.6
NOTES = [
    "Checked on site, ticket raised with the contractor.",
    "Same spot as last month; asked the team to look at it together.",
    "Waiting for the planning of the crew; citizen informed.",
]


@dataclass
class HistoryWork:
    """What a build did: for the command's summary and the tests."""

    cases: int = 0
    routed: int = 0
    corrected: int = 0
    assigned: int = 0
    replies: int = 0
    notes: int = 0
    closed: int = 0


def demo_history_build(
    *, now: datetime | None = None, progress: Callable[[str], None] = lambda line: None
) -> HistoryWork:
    """Fetch the replay accounts' history through ingestion (as the worker's polls would), route
    it, and work it up to `now` (the present unless a test fixes it). Safe to run on every
    start: what was done is not done again."""
    now = now or timezone.now()
    Department.objects.filter(slug__in=DIRECT_REPLIES).update(replies_need_approval=False)
    for account in Account.objects.filter(platform=Platform.REPLAY):
        while polling.account_poll(account_id=account.id, now=now).has_more:
            pass
    history_end = _history_end(now)
    cases = list(
        Case.objects.filter(created_at__lte=history_end)
        .select_related("post", "department")
        .order_by("created_at", "id")
    )
    progress(f"routing {len(cases):,} cases of the history")
    work = HistoryWork(cases=len(cases))
    work.routed = _route_by_the_hour(cases)
    people = _people()
    intended = _intended_departments()
    departments = {department.slug: department for department in Department.objects.all()}
    storm = _storm_week(history_end)
    for done, case in enumerate(cases, start=1):
        plan = _plan(case, departments.get(_intended_for(case, intended)), storm)
        with transaction.atomic():
            _work(case, plan, people, departments, work, now=now)
        if done % 500 == 0 or done == len(cases):
            progress(f"worked {done:,} of {len(cases):,} cases")
    return work


def demo_colleague_work(*, now: datetime | None = None) -> HistoryWork:
    """The live stream worked in the same spirit as the history, so that the dashboard moves:
    each open case of the replay accounts gets the steps of its plan that have come due (beat
    runs this every minute when settings.DEMO_COLLEAGUE is on, as make run turns it on). Only
    the replay platform's cases, which no resident wrote; a case the router has not seen yet
    waits for it."""
    now = now or timezone.now()
    cases = list(
        Case.objects.filter(
            post__account__platform=Platform.REPLAY,
            status__in=OPEN_STATUSES,
            created_at__lte=now - COLLEAGUE_FIRST_LOOK,
        )
        .exclude(status=CaseStatus.NEW, routing_confidence__isnull=True)
        .select_related("post", "department")
        .prefetch_related("topics")
        .order_by("created_at")[:COLLEAGUE_CASES_PER_RUN]
    )
    work = HistoryWork(cases=len(cases))
    if not cases:
        return work
    people = _people()
    intended = _intended_departments()
    departments = {department.slug: department for department in Department.objects.all()}
    storm = _storm_week(_history_end(now))
    for case in cases:
        plan = _plan(case, departments.get(_intended_for(case, intended)), storm)
        if not _something_due(case, plan, now):
            continue
        with transaction.atomic():
            _work(case, plan, people, departments, work, now=now)
    return work


def _something_due(case: Case, plan: Plan, now: datetime) -> bool:
    """Whether a step of the plan has come due for the case as it stands (without a query):
    most cases a run looks at are waiting for their next step."""
    if case.department_id is None or case.department.slug != plan.department:
        return True  # a routing to correct
    if case.first_responded_at is None:  # a first reply to write, or waiting for approval
        return plan.first_reply_at <= now
    if plan.answer_at and case.status != CaseStatus.ANSWERED and plan.answer_at <= now:
        return True
    return plan.close_at <= now


def _history_end(now: datetime) -> datetime:
    """Where the replayed history ends: the replay accounts' anchor (their first poll)."""
    anchors = [
        datetime.fromisoformat(account.cursor["anchor"])
        for account in Account.objects.filter(platform=Platform.REPLAY)
        if "anchor" in (account.cursor or {})
    ]
    return min(anchors) if anchors else now


def _route_by_the_hour(cases: list[Case]) -> int:
    """The router routes new cases as they arrive: each hour's, a couple of minutes after the
    hour's last one."""
    waiting = [c for c in cases if c.status == CaseStatus.NEW and c.routing_confidence is None]
    by_hour: dict[datetime, list[Case]] = defaultdict(list)
    for case in waiting:
        by_hour[case.created_at.replace(minute=0, second=0, microsecond=0)].append(case)
    routed = 0
    for hour_cases in by_hour.values():
        with clock.working_at(max(c.created_at for c in hour_cases) + timedelta(minutes=2)):
            case_ids = [c.id for c in hour_cases]
            routed += cases_route_automatically(case_ids=case_ids)
            # As the route worker does: the hour's posts grouped into incidents.
            incidents_detect(case_ids=case_ids)
    for case in waiting:
        case.refresh_from_db()
    return routed


def _people() -> dict[str, object]:
    User = get_user_model()
    names = [OFFICER, *STAFF.values()]
    people = {user.username: user for user in User.objects.filter(username__in=names)}
    missing = sorted(set(names) - set(people))
    if missing:
        raise LookupError(
            f"The demo history is worked by the demo users; missing: {', '.join(missing)}. "
            "Run `manage.py seed_demo` (without --no-users) first."
        )
    return people


def _intended_departments() -> dict[str, str]:
    """Where each resident's post of the data set belongs (the data set says)."""
    dataset = load_dataset(str(settings.REPLAY_DATASET))
    return {
        item["id"]: item["intended_department"]
        for items in dataset.citizen.values()
        for item in items
    }


def _intended_for(case: Case, intended: dict[str, str]) -> str:
    # A live post replays a post of the history under a new id: "<its id>-live<n>".
    return intended.get(LIVE_SUFFIX.sub("", case.post.external_id), "")


def _storm_week(history_end: datetime) -> tuple[datetime, datetime]:
    start = history_end - timedelta(weeks=3)
    return start, start + timedelta(weeks=1)


@dataclass(frozen=True)
class Plan:
    department: str
    first_reply_at: datetime
    answer_at: datetime | None
    close_at: datetime
    assign: bool
    note: bool


def _plan(case: Case, intended: Department | None, storm: tuple[datetime, datetime]) -> Plan:
    """When each step happens for this case: random, but the same on every build."""
    chance = random.Random(f"{SEED}:{case.post.external_id}")
    department = intended or case.department
    slug = department.slug if department else "communication"
    pace = PACE.get(slug, PACE["communication"])
    first_target, resolution_target = sla.targets_for(department, case.topics.all())
    slowdown = STORM_SLOWDOWN if storm[0] <= case.created_at < storm[1] else 1.0

    def share(median: float) -> float:
        return median * slowdown * math.exp(chance.gauss(0, pace.spread))

    first_reply = min(share(pace.first_reply_share), LONGEST_FIRST_REPLY) * (first_target or 8)
    first_reply_at = sla.add_business_hours(case.created_at, first_reply)
    resolution = min(share(pace.resolution_share), LONGEST_RESOLUTION) * (resolution_target or 40)
    close_at = max(
        sla.add_business_hours(case.created_at, resolution), first_reply_at + timedelta(hours=1)
    )
    answer_at = None
    if chance.random() < pace.answer_share:
        answer_at = first_reply_at + (close_at - first_reply_at) * chance.uniform(0.3, 0.9)
    return Plan(
        department=slug,
        first_reply_at=first_reply_at,
        answer_at=answer_at,
        close_at=close_at,
        assign=chance.random() < pace.assign_share,
        note=chance.random() < NOTE_SHARE,
    )


def _work(
    case: Case, plan: Plan, people: dict, departments: dict, work: HistoryWork, *, now: datetime
) -> None:
    case.refresh_from_db()
    if case.status in (CaseStatus.CLOSED, CaseStatus.SPAM, CaseStatus.MERGED):
        return
    officer = people[OFFICER]
    department = departments.get(plan.department)
    staff = people.get(STAFF.get(plan.department, OFFICER), officer)
    routed_at = _routed_at(case)
    # The officer looks at the router's work within the first reply's time.
    fix_at = max(
        routed_at + timedelta(minutes=5),
        case.created_at + (plan.first_reply_at - case.created_at) / 3,
    )
    if department is not None and case.department_id != department.pk and fix_at <= now:
        with clock.working_at(fix_at):
            case_route(case=case, department=department, by=officer, reason="")
        work.corrected += 1
    if case.department_id is None:
        return  # still in triage: nothing below is done before it has a department
    if plan.assign and case.assignee_id is None and staff != officer and fix_at <= now:
        with clock.working_at(fix_at + timedelta(minutes=1)):
            case_assign(case=case, assignee=staff, by=officer)
        work.assigned += 1
    public = case.replies.exclude(kind=Reply.Kind.INTERNAL_NOTE)
    first_at = max(plan.first_reply_at, fix_at + timedelta(minutes=2))
    if not public.exists() and first_at <= now:
        kind = (
            Reply.Kind.ANSWER if plan.department == "communication" else Reply.Kind.ACKNOWLEDGEMENT
        )
        _reply(case, kind, staff, first_at)
        work.replies += 1
    _approval_steps(case, officer, now=now)
    if plan.note and not case.replies.filter(kind=Reply.Kind.INTERNAL_NOTE).exists():
        note_at = first_at + timedelta(minutes=20)
        if note_at <= now:
            with clock.working_at(note_at):
                note_add(case=case, text=NOTES[case.id % len(NOTES)], by=officer)
            work.notes += 1
    if plan.answer_at and not public.filter(kind=Reply.Kind.ANSWER).exists():
        answer_at = max(plan.answer_at, first_at + timedelta(minutes=30))
        if answer_at <= now:
            _reply(case, Reply.Kind.ANSWER, staff, answer_at)
            work.replies += 1
            _approval_steps(case, officer, now=now)
    close_at = max(plan.close_at, first_at + timedelta(minutes=40))
    sent = public.filter(send_state=Reply.SendState.SENT)
    if sent.exists() and close_at <= now and not _awaiting_the_office(case):
        case.refresh_from_db()
        if case.status not in (CaseStatus.CLOSED,):
            with clock.working_at(close_at):
                case_transition(case=case, to_status=CaseStatus.CLOSED, by=staff, reason="")
            work.closed += 1


def _routed_at(case: Case) -> datetime:
    event = case.events.filter(kind=CaseEvent.Kind.ROUTED).order_by("created_at").first()
    return event.created_at if event else case.created_at


def _reply(case: Case, kind: str, by, at: datetime) -> None:
    """A reply from the department's template in the case's language, sent through the replay
    platform at once (the send task would find it sent)."""
    case.refresh_from_db()
    template = reply_templates.reply_templates_for(case=case).filter(kind=kind).first()
    if template is None:
        return
    with clock.working_at(at):
        text = reply_templates.reply_template_render(template=template, case=case)
        reply = replies.reply_send(
            case=case,
            text=text,
            kind=kind,
            by=by,
            confirm_collision=True,
            idempotency_key=_colleague_key(case, kind),
        )
        if reply.send_state == Reply.SendState.QUEUED:
            replies.reply_deliver(reply_id=reply.pk)


def _approval_steps(case: Case, officer, *, now: datetime) -> None:
    """The office's decisions on the case's replies that wait for it, each at its moment: the
    officer approves (and the reply goes out through the replay platform) or, for one answer in
    RETURN_EVERY, returns it with a comment; the author revises it and it is approved then.
    Steps still to come are left for a later run."""
    delay = APPROVAL_DELAY + timedelta(minutes=case.id % 25)
    # Only the replies the simulation wrote: one a person wrote in the running demo waits for
    # a person.
    waiting = case.replies.filter(
        send_state__in=(Reply.SendState.AWAITING_APPROVAL, Reply.SendState.RETURNED),
        idempotency_key__in=[_colleague_key(case, kind) for kind in PUBLIC_KINDS],
    )
    for reply in waiting.select_related("author"):
        while reply.send_state in (Reply.SendState.AWAITING_APPROVAL, Reply.SendState.RETURNED):
            if reply.send_state == Reply.SendState.RETURNED:
                at = reply.reviewed_at + REVISION_DELAY
                if at > now or reply.review_comment != RETURN_COMMENT:
                    break  # not yet, or returned by a person to the person who wrote it
                with clock.working_at(at):
                    revised = f"{reply.text} (#{case.id})"
                    reply = approvals.reply_revise(reply=reply, by=reply.author, text=revised)
                continue
            revised = reply.reviewed_at is not None
            at = (reply.reviewed_at + REVISION_DELAY if revised else reply.created_at) + delay
            if at > now:
                break
            with clock.working_at(at):
                if reply.kind == Reply.Kind.ANSWER and case.id % RETURN_EVERY == 0 and not revised:
                    reply = approvals.reply_return(reply=reply, by=officer, comment=RETURN_COMMENT)
                    continue
                reply = approvals.reply_approve(reply=reply, by=officer)
                reply = replies.reply_deliver(reply_id=reply.pk) or reply


def _colleague_key(case: Case, kind: str) -> uuid.UUID:
    """The simulation's replies carry a key of their own (the same on every run)."""
    return uuid.uuid5(COLLEAGUE_NAMESPACE, f"{case.pk}:{kind}")


def _awaiting_the_office(case: Case) -> bool:
    return case.replies.filter(
        send_state__in=(Reply.SendState.AWAITING_APPROVAL, Reply.SendState.RETURNED)
    ).exists()

"""What people do to a case: route, transfer, assign, prioritise, tag, move along the workflow,
resolve, mark as spam or not for us, merge, write internal notes and ask the office a question.
Each action checks who asks, changes the case under a row lock and records its CaseEvents, in
one transaction."""

from __future__ import annotations

import logging
import re

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from departments import notifications, replies, sla
from departments.cases.selectors import cases_visible_to
from departments.cases.workflow import TransitionNotAllowed, check_transition, is_closed
from departments.models import Case, CaseEvent, CaseStatus, Department, Priority, Reply, Topic
from departments.permissions import CaseAction, ensure_may_act, may_act, may_see_case
from departments.roles import is_manager, is_officer, may_be_assigned
from smartgov import clock

logger = logging.getLogger(__name__)

# Django's username characters; a trailing dot is punctuation, not part of the name.
MENTION = re.compile(r"(?<![\w@])@([\w.@+-]*[\w@+-])")


def _lock(case: Case) -> Case:
    """Lock the case row for the rest of the transaction and reload it, so that two people
    acting at once apply their changes one after the other instead of overwriting each other."""
    Case.objects.select_for_update(of=("self",)).filter(pk=case.pk).values_list("pk").get()
    case.refresh_from_db()
    return case


def _set_status(case: Case, to_status: str) -> str:
    """Change the status in memory and keep closed_at in step; returns the previous status."""
    previous = case.status
    case.status = to_status
    if is_closed(to_status) and not is_closed(previous):
        case.closed_at = clock.now()
    elif not is_closed(to_status):
        case.closed_at = None
    return previous


def _recompute_due_times(case: Case) -> list[str]:
    """New deadlines after a change of department or topics; a reminder already sent was about
    the old deadline, so the new one may be reminded of again."""
    first_response, resolution = sla.sla_due_times(case)
    changed = []
    if (first_response, resolution) != (case.first_response_due_at, case.resolution_due_at):
        case.first_response_due_at = first_response
        case.resolution_due_at = resolution
        case.first_response_reminded_at = None
        case.resolution_reminded_at = None
        changed = [
            "first_response_due_at",
            "resolution_due_at",
            "first_response_reminded_at",
            "resolution_reminded_at",
        ]
    return changed


@transaction.atomic
def case_route(*, case: Case, department: Department | None, by, reason: str = "") -> Case:
    """Send a case to a department, or back to triage with None. Stored as a correction
    (REROUTED) that the router learns from at its next training; the SLA due times follow the
    new department, counted from when the citizen wrote."""
    ensure_may_act(by, CaseAction.HAND_BACK if department is None else CaseAction.ROUTE, case)
    return _route(case, department, by=by, reason=reason)


@transaction.atomic
def case_transfer(*, case: Case, department: Department, by, reason: str) -> Case:
    """A department passes a case that is not theirs straight to the department that owns it,
    saying why; like an officer's re-route it is a correction the router learns from, and the
    reason stays in the history."""
    ensure_may_act(by, CaseAction.TRANSFER, case)
    reason = reason.strip()
    if not reason:
        raise ValidationError("Say why the case belongs to the other department.")
    if department is None or department.pk == case.department_id:
        raise ValidationError("Choose the department the case belongs to (another than now).")
    return _route(case, department, by=by, reason=reason)


def _route(case: Case, department: Department | None, *, by, reason: str) -> Case:
    _lock(case)
    previous = case.department
    if previous == department:
        return case
    target = CaseStatus.ROUTED if department is not None else CaseStatus.NEW
    if case.status != target:
        check_transition(case.status, target, has_department=department is not None)
    _set_status(case, target)
    case.department = department
    # New deadlines with the new department: an escalation of the old ones is over.
    case.escalated_at = None
    fields = ["department", "status", "closed_at", "updated_at", "escalated_at"]
    fields += _recompute_due_times(case)
    assignee = case.assignee
    if assignee is not None and not may_be_assigned(assignee, case.department_id):
        # The old department's assignee could no longer even see the case.
        case.assignee = None
        fields.append("assignee")
    case.save(update_fields=fields)
    event = CaseEvent.record(
        case,
        kind=CaseEvent.Kind.REROUTED,
        actor=by,
        old=previous.slug if previous else None,
        new=department.slug if department else None,
        reason=reason,
    )
    if department is not None:
        notifications.notify_case_routed(case=case, department=department, event=event, by=by)
    if assignee is not None and case.assignee is None:
        CaseEvent.record(
            case,
            kind=CaseEvent.Kind.ASSIGNED,
            actor=by,
            old=assignee.get_username(),
            new=None,
            reason="re-routed to a department the assignee is not in",
        )
    return case


def case_reroute(*, case: Case, department: Department, by, reason: str = "") -> Case:
    """The name routing used before the back office; kept for its callers."""
    return case_route(case=case, department=department, by=by, reason=reason)


@transaction.atomic
def case_assign(*, case: Case, assignee, by) -> Case:
    ensure_may_act(by, CaseAction.ASSIGN, case)
    _lock(case)
    if assignee is not None and not may_be_assigned(assignee, case.department_id):
        raise ValidationError(
            f"{assignee.get_username()} cannot work on this case: only officers and staff of "
            "the case's department can be assigned."
        )
    previous = case.assignee
    if previous == assignee:
        return case
    case.assignee = assignee
    case.save(update_fields=["assignee", "updated_at"])
    CaseEvent.record(
        case,
        kind=CaseEvent.Kind.ASSIGNED,
        actor=by,
        old=previous.get_username() if previous else None,
        new=assignee.get_username() if assignee else None,
    )
    return case


@transaction.atomic
def case_set_priority(*, case: Case, priority: int, by) -> Case:
    ensure_may_act(by, CaseAction.SET_PRIORITY, case)
    if priority not in Priority.values:
        raise ValidationError(f"Unknown priority {priority!r}.")
    _lock(case)
    previous = case.priority
    if previous == priority:
        return case
    case.priority = priority
    case.save(update_fields=["priority", "updated_at"])
    CaseEvent.record(
        case, kind=CaseEvent.Kind.PRIORITY_CHANGED, actor=by, old=previous, new=priority
    )
    return case


@transaction.atomic
def case_set_topics(*, case: Case, topics: list[Topic], by) -> Case:
    """Tag the case; a topic with its own SLA targets changes the case's due times."""
    ensure_may_act(by, CaseAction.SET_TOPICS, case)
    _lock(case)
    previous = sorted(case.topics.values_list("slug", flat=True))
    new = sorted({topic.slug for topic in topics})
    if previous == new:
        return case
    case.topics.set(topics)
    fields = ["updated_at", *_recompute_due_times(case)]
    case.save(update_fields=fields)
    CaseEvent.record(case, kind=CaseEvent.Kind.TOPICS_CHANGED, actor=by, old=previous, new=new)
    return case


@transaction.atomic
def case_transition(*, case: Case, to_status: str, by, reason: str = "") -> Case:
    """Move the case along the workflow table (departments.cases.workflow); anything else raises
    TransitionNotAllowed. Merging has its own action: it needs the other case."""
    action = CaseAction.RESOLVE if to_status == CaseStatus.CLOSED else CaseAction.SET_STATUS
    ensure_may_act(by, action, case)
    _lock(case)
    if to_status == CaseStatus.MERGED:
        raise TransitionNotAllowed(case.status, to_status, "Merge it into another case instead.")
    check_transition(case.status, to_status, has_department=case.department_id is not None)
    previous = _set_status(case, to_status)
    case.save(update_fields=["status", "closed_at", "updated_at"])
    CaseEvent.record(
        case,
        kind=CaseEvent.Kind.STATUS_CHANGED,
        actor=by,
        old=previous,
        new=to_status,
        reason=reason,
    )
    return case


@transaction.atomic
def case_resolve(*, case: Case, by, resolution: str = "") -> Case:
    """Close the case as done. A resolution text goes to the citizen as the answer (through
    publication control: a department's answer may wait for an officer's approval first) and
    is the reason in the history."""
    ensure_may_act(by, CaseAction.RESOLVE, case)
    resolution = resolution.strip()
    check_transition(case.status, CaseStatus.CLOSED, has_department=case.department_id is not None)
    if resolution:
        replies.reply_send(
            case=case, text=resolution, kind=Reply.Kind.ANSWER, by=by, confirm_collision=True
        )
        case.refresh_from_db()
    return case_transition(case=case, to_status=CaseStatus.CLOSED, by=by, reason=resolution[:500])


def _close_as(case: Case, *, status: str, kind: str, by, reason: str = "", extra=()) -> Case:
    check_transition(case.status, status, has_department=case.department_id is not None)
    previous = _set_status(case, status)
    case.save(update_fields=["status", "closed_at", "updated_at", *extra])
    CaseEvent.record(case, kind=kind, actor=by, old=previous, new=status, reason=reason)
    return case


@transaction.atomic
def case_mark_spam(*, case: Case, by) -> Case:
    ensure_may_act(by, CaseAction.MARK_SPAM, case)
    _lock(case)
    return _close_as(case, status=CaseStatus.SPAM, kind=CaseEvent.Kind.MARKED_SPAM, by=by)


@transaction.atomic
def case_mark_not_for_us(*, case: Case, by, reason: str = "") -> Case:
    """Not the city's business (a national road, a private company): closed with the reason."""
    ensure_may_act(by, CaseAction.MARK_NOT_FOR_US, case)
    _lock(case)
    return _close_as(
        case, status=CaseStatus.NOT_FOR_US, kind=CaseEvent.Kind.NOT_FOR_US, by=by, reason=reason
    )


@transaction.atomic
def case_merge(*, case: Case, into: Case, by) -> Case:
    """Another report of the same incident: the case closes as merged and points at the case
    that carries on; both histories say so."""
    ensure_may_act(by, CaseAction.MERGE, case)
    if not may_act(by, CaseAction.MERGE, into):
        raise PermissionDenied("You may not change the case to merge into.")
    if into.pk == case.pk:
        raise ValidationError("A case cannot be merged into itself.")
    # Both rows, in id order, so that two opposite merges cannot deadlock.
    list(
        Case.objects.select_for_update(of=("self",))
        .filter(pk__in=[case.pk, into.pk])
        .order_by("pk")
    )
    case.refresh_from_db()
    into.refresh_from_db()
    if into.status == CaseStatus.MERGED:
        raise ValidationError(
            f"Case {into.pk} was itself merged into case {into.merged_into_id}: merge into that."
        )
    case.merged_into = into
    _close_as(
        case,
        status=CaseStatus.MERGED,
        kind=CaseEvent.Kind.MERGED,
        by=by,
        reason=f"merged into case {into.pk}",
        extra=["merged_into"],
    )
    CaseEvent.record(
        into,
        kind=CaseEvent.Kind.MERGED,
        actor=by,
        old=None,
        new={"merged_from": case.pk},
        reason=f"case {case.pk} merged into this one",
    )
    return case


@transaction.atomic
def note_add(*, case: Case, text: str, by) -> Reply:
    """An internal note, never sent to the platform. Colleagues named with @username who may see
    the case are told by e-mail; naming someone who may not see it tells them nothing."""
    ensure_may_act(by, CaseAction.ADD_NOTE, case)
    text = text.strip()
    if not text:
        raise ValidationError("An empty note says nothing.")
    note = Reply.objects.create(
        case=case,
        author=by,
        kind=Reply.Kind.INTERNAL_NOTE,
        text=text,
        send_state=Reply.SendState.NOT_SENT,
    )
    CaseEvent.record(case, kind=CaseEvent.Kind.NOTE_ADDED, actor=by, new={"note": note.pk})
    _answer_office_question(case, note=note, by=by)
    _tell_mentioned(case, note=note, text=text, by=by)
    return note


@transaction.atomic
def case_ask_office(*, case: Case, question: str, by) -> Reply:
    """A department member's question to the communication office: an internal note that puts
    the case in the officers' "Questions" view until an officer answers with a note."""
    ensure_may_act(by, CaseAction.ASK_OFFICE, case)
    question = question.strip()
    if not question:
        raise ValidationError("An empty question asks nothing.")
    _lock(case)
    note = Reply.objects.create(
        case=case,
        author=by,
        kind=Reply.Kind.INTERNAL_NOTE,
        text=question,
        send_state=Reply.SendState.NOT_SENT,
    )
    if case.office_question_at is None:
        case.office_question_at = clock.now()
        case.save(update_fields=["office_question_at", "updated_at"])
    CaseEvent.record(case, kind=CaseEvent.Kind.QUESTION_ASKED, actor=by, new={"note": note.pk})
    _tell_mentioned(case, note=note, text=question, by=by)
    return note


def _answer_office_question(case: Case, *, note: Reply, by) -> None:
    if not is_officer(by):
        return
    answered = Case.objects.filter(pk=case.pk, office_question_at__isnull=False).update(
        office_question_at=None, updated_at=clock.now()
    )
    if answered:
        case.office_question_at = None
        CaseEvent.record(
            case, kind=CaseEvent.Kind.QUESTION_ANSWERED, actor=by, new={"note": note.pk}
        )


def _tell_mentioned(case: Case, *, note: Reply, text: str, by) -> None:
    mentioned = _mentioned_users(text, case=case, by=by)
    for user in mentioned:
        CaseEvent.record(
            case,
            kind=CaseEvent.Kind.MENTIONED,
            actor=by,
            new=user.get_username(),
            reason=f"in note {note.pk}",
        )
    if mentioned:
        from departments.tasks import send_mention_emails_task

        user_ids = [user.pk for user in mentioned]
        transaction.on_commit(
            lambda: send_mention_emails_task.delay(note_id=note.pk, user_ids=user_ids)
        )


def _mentioned_users(text: str, *, case: Case, by) -> list:
    names = {name.lower() for name in MENTION.findall(text)}
    if not names:
        return []
    User = get_user_model()
    candidates = User.objects.filter(is_active=True).exclude(pk=by.pk)
    found = [user for user in candidates if user.get_username().lower() in names]
    return [user for user in found if may_see_case(user, case)]


def cases_bulk_apply(*, case_ids: list[int], action: str, by, value=None) -> int:
    """One action on many selected cases, each in its own transaction. Only cases `by` may see
    are touched; a case the action does not fit (already closed, another department's) is
    skipped. Returns how many cases changed."""
    if is_manager(by) and not is_officer(by):
        raise PermissionDenied("Managers read the back office; they do not change cases.")
    apply = _bulk_action(action, value)
    changed = 0
    for case in cases_visible_to(by).filter(id__in=case_ids).order_by("id"):
        before = (case.status, case.department_id, case.assignee_id)
        try:
            case = apply(case, by)
        except (PermissionDenied, TransitionNotAllowed, ValidationError) as error:
            logger.info("bulk %s skipped case %s: %s", action, case.pk, error)
            continue
        if (case.status, case.department_id, case.assignee_id) != before:
            changed += 1
    return changed


def _bulk_action(action: str, value):
    if action == "route":
        department = Department.objects.get(slug=value) if value else None
        return lambda case, by: case_route(case=case, department=department, by=by, reason="bulk")
    if action == "assign":
        assignee = get_user_model().objects.get(pk=int(value)) if value else None
        return lambda case, by: case_assign(case=case, assignee=assignee, by=by)
    if action == "close":
        return lambda case, by: case_transition(case=case, to_status=CaseStatus.CLOSED, by=by)
    if action == "spam":
        return lambda case, by: case_mark_spam(case=case, by=by)
    raise ValueError(f"Unknown bulk action {action!r}.")

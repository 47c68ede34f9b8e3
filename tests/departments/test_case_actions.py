"""Every action on a case: what it changes, the event it leaves in the history, and who may do
it (officers everything, department staff their own department's cases, managers nothing)."""

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError

from departments import approvals, replies
from departments.cases import actions
from departments.cases.workflow import TransitionNotAllowed
from departments.models import CaseEvent, CaseStatus, Priority, Reply, Topic
from departments.permissions import STAFF_ACTIONS, CaseAction
from departments.tasks import send_mention_emails_task
from tests.factories import CaseFactory

pytestmark = pytest.mark.django_db


def last_event(case):
    return case.events.order_by("-id").first()


def test_an_officer_routes_a_triage_case_and_it_is_stored_as_a_correction(departments, officer):
    case = CaseFactory()

    actions.case_route(
        case=case, department=departments["traffic"], by=officer, reason="verkeerslicht"
    )

    case.refresh_from_db()
    assert (case.department, case.status) == (departments["traffic"], CaseStatus.ROUTED)
    event = last_event(case)
    assert (event.kind, event.old_value, event.new_value) == ("rerouted", None, "traffic")
    assert (event.actor, event.reason) == (officer, "verkeerslicht")


def test_routing_back_to_triage_clears_the_department(traffic_case, officer):
    actions.case_route(case=traffic_case, department=None, by=officer)

    traffic_case.refresh_from_db()
    assert (traffic_case.department, traffic_case.status) == (None, CaseStatus.NEW)
    assert traffic_case.first_response_due_at is None
    assert last_event(traffic_case).new_value is None


def test_department_staff_hand_a_case_back_to_the_office_rather_than_route_it_themselves(
    traffic_case, traffic_staff, departments
):
    with pytest.raises(PermissionDenied):
        actions.case_route(case=traffic_case, department=departments["transit"], by=traffic_staff)

    actions.case_route(case=traffic_case, department=None, by=traffic_staff, reason="Not ours")

    traffic_case.refresh_from_db()
    assert traffic_case.department is None  # back in triage, where officers route it


def test_rerouting_drops_an_assignee_who_cannot_see_the_new_department(
    traffic_case, traffic_staff, officer, departments
):
    actions.case_assign(case=traffic_case, assignee=traffic_staff, by=officer)

    actions.case_route(case=traffic_case, department=departments["transit"], by=officer)

    traffic_case.refresh_from_db()
    assert traffic_case.assignee is None
    assert last_event(traffic_case).kind == CaseEvent.Kind.ASSIGNED


def test_a_closed_case_is_not_routed(traffic_case, officer, departments):
    actions.case_transition(case=traffic_case, to_status=CaseStatus.CLOSED, by=officer)

    with pytest.raises(TransitionNotAllowed):
        actions.case_route(case=traffic_case, department=departments["transit"], by=officer)


def test_an_officer_assigns_a_department_member(traffic_case, officer, traffic_staff):
    actions.case_assign(case=traffic_case, assignee=traffic_staff, by=officer)

    traffic_case.refresh_from_db()
    assert traffic_case.assignee == traffic_staff
    event = last_event(traffic_case)
    assert (event.kind, event.old_value, event.new_value) == ("assigned", None, "tom")


def test_nobody_outside_the_department_can_be_assigned(traffic_case, officer, transit_staff):
    with pytest.raises(ValidationError, match="cannot work on this case"):
        actions.case_assign(case=traffic_case, assignee=transit_staff, by=officer)


def test_unassigning_is_recorded(traffic_case, officer, traffic_staff):
    actions.case_assign(case=traffic_case, assignee=traffic_staff, by=officer)

    actions.case_assign(case=traffic_case, assignee=None, by=officer)

    assert last_event(traffic_case).new_value is None
    assert traffic_case.assignee is None


def test_the_priority_changes_with_its_old_and_new_value(traffic_case, officer):
    actions.case_set_priority(case=traffic_case, priority=Priority.URGENT, by=officer)

    traffic_case.refresh_from_db()
    assert traffic_case.priority == Priority.URGENT
    event = last_event(traffic_case)
    assert (event.kind, event.old_value, event.new_value) == ("priority_changed", 2, 4)


def test_an_unknown_priority_is_refused(traffic_case, officer):
    with pytest.raises(ValidationError):
        actions.case_set_priority(case=traffic_case, priority=9, by=officer)


def test_topics_are_tagged_and_the_change_recorded(traffic_case, officer):
    topics = list(Topic.objects.order_by("slug")[:2])

    actions.case_set_topics(case=traffic_case, topics=topics, by=officer)

    assert set(traffic_case.topics.all()) == set(topics)
    assert last_event(traffic_case).new_value == sorted(t.slug for t in topics)


def test_a_status_change_along_the_table_is_recorded(traffic_case, officer):
    actions.case_transition(case=traffic_case, to_status=CaseStatus.IN_PROGRESS, by=officer)

    traffic_case.refresh_from_db()
    assert traffic_case.status == CaseStatus.IN_PROGRESS
    event = last_event(traffic_case)
    assert (event.kind, event.old_value, event.new_value) == (
        "status_changed",
        "routed",
        "in_progress",
    )


def test_closing_sets_the_closing_time_and_reopening_clears_it(traffic_case, officer):
    actions.case_transition(case=traffic_case, to_status=CaseStatus.CLOSED, by=officer)
    assert traffic_case.closed_at is not None

    actions.case_transition(case=traffic_case, to_status=CaseStatus.IN_PROGRESS, by=officer)
    assert traffic_case.closed_at is None


def test_a_status_change_outside_the_table_is_refused_and_leaves_no_trace(officer):
    case = CaseFactory()

    with pytest.raises(TransitionNotAllowed):
        actions.case_transition(case=case, to_status=CaseStatus.ANSWERED, by=officer)

    case.refresh_from_db()
    assert case.status == CaseStatus.NEW
    assert not case.events.exists()


def test_marking_as_spam_closes_the_case(traffic_case, officer):
    actions.case_mark_spam(case=traffic_case, by=officer)

    traffic_case.refresh_from_db()
    assert traffic_case.status == CaseStatus.SPAM and traffic_case.closed_at
    assert last_event(traffic_case).kind == CaseEvent.Kind.MARKED_SPAM


def test_not_for_us_closes_the_case_with_the_reason(traffic_case, officer):
    actions.case_mark_not_for_us(case=traffic_case, by=officer, reason="snelweg: Rijkswaterstaat")

    traffic_case.refresh_from_db()
    assert traffic_case.status == CaseStatus.NOT_FOR_US
    event = last_event(traffic_case)
    assert (event.kind, event.reason) == ("not_for_us", "snelweg: Rijkswaterstaat")


def test_a_case_merged_into_another_points_at_it_and_both_histories_say_so(
    traffic_case, officer, departments
):
    other = CaseFactory(status=CaseStatus.ROUTED, department=departments["traffic"])

    actions.case_merge(case=other, into=traffic_case, by=officer)

    other.refresh_from_db()
    assert (other.status, other.merged_into) == (CaseStatus.MERGED, traffic_case)
    assert last_event(other).kind == CaseEvent.Kind.MERGED
    assert last_event(traffic_case).new_value == {"merged_from": other.pk}
    assert list(traffic_case.merged_cases.all()) == [other]


def test_a_case_cannot_be_merged_into_itself_or_into_a_merged_case(traffic_case, officer):
    merged = CaseFactory()
    actions.case_merge(case=merged, into=traffic_case, by=officer)

    with pytest.raises(ValidationError):
        actions.case_merge(case=traffic_case, into=traffic_case, by=officer)
    with pytest.raises(ValidationError, match="merge into that"):
        actions.case_merge(case=CaseFactory(), into=merged, by=officer)


def test_staff_cannot_merge_into_another_departments_case(traffic_case, transit_staff, departments):
    transit_case = CaseFactory(status=CaseStatus.ROUTED, department=departments["transit"])

    with pytest.raises(PermissionDenied):
        actions.case_merge(case=transit_case, into=traffic_case, by=transit_staff)


def test_a_note_is_internal_and_mentions_are_recorded_and_emailed(
    traffic_case, officer, traffic_staff, django_capture_on_commit_callbacks
):
    traffic_staff.email = "tom@zeestad.example"
    traffic_staff.save()

    with django_capture_on_commit_callbacks() as callbacks:
        note = actions.note_add(
            case=traffic_case, text="@tom kun jij hier naar kijken?", by=officer
        )

    assert (note.kind, note.send_state) == (Reply.Kind.INTERNAL_NOTE, Reply.SendState.NOT_SENT)
    kinds = list(traffic_case.events.values_list("kind", "new_value"))
    assert ("note_added", {"note": note.pk}) in kinds
    assert ("mentioned", "tom") in kinds
    assert len(callbacks) == 1
    send_mention_emails_task(note_id=note.pk, user_ids=[traffic_staff.pk])
    assert mail.outbox[0].to == ["tom@zeestad.example"]
    assert "kun jij hier naar kijken" in mail.outbox[0].body


def test_mentioning_someone_who_cannot_see_the_case_tells_them_nothing(
    traffic_case, officer, transit_staff
):
    actions.note_add(case=traffic_case, text="misschien weet @tara het?", by=officer)

    assert not traffic_case.events.filter(kind=CaseEvent.Kind.MENTIONED).exists()


# -- permissions ------------------------------------------------------------------------------

# Every service that changes a case, by the matrix's action it performs.
ACTIONS = {
    CaseAction.ROUTE: lambda case, by, d: actions.case_route(
        case=case, department=d["transit"], by=by
    ),
    CaseAction.HAND_BACK: lambda case, by, d: actions.case_route(case=case, department=None, by=by),
    CaseAction.ASSIGN: lambda case, by, d: actions.case_assign(case=case, assignee=None, by=by),
    CaseAction.SET_PRIORITY: lambda case, by, d: actions.case_set_priority(
        case=case, priority=4, by=by
    ),
    CaseAction.SET_TOPICS: lambda case, by, d: actions.case_set_topics(case=case, topics=[], by=by),
    CaseAction.SET_STATUS: lambda case, by, d: actions.case_transition(
        case=case, to_status="in_progress", by=by
    ),
    CaseAction.RESOLVE: lambda case, by, d: actions.case_transition(
        case=case, to_status="closed", by=by
    ),
    CaseAction.MARK_SPAM: lambda case, by, d: actions.case_mark_spam(case=case, by=by),
    CaseAction.MARK_NOT_FOR_US: lambda case, by, d: actions.case_mark_not_for_us(case=case, by=by),
    CaseAction.ADD_NOTE: lambda case, by, d: actions.note_add(case=case, text="gezien", by=by),
    CaseAction.REPLY: lambda case, by, d: replies.reply_send(
        case=case, text="Dank u, we kijken ernaar.", kind="answer", by=by
    ),
    CaseAction.APPROVE_REPLY: lambda case, by, d: approvals.reply_approve(
        reply=Reply.objects.create(
            case=case, kind="answer", text="Dank u.", send_state="awaiting_approval"
        ),
        by=by,
    ),
    CaseAction.TRANSFER: lambda case, by, d: actions.case_transfer(
        case=case, department=d["transit"], by=by, reason="lijn 4 is een bus"
    ),
    CaseAction.ASK_OFFICE: lambda case, by, d: actions.case_ask_office(
        case=case, question="Mogen we dit beloven?", by=by
    ),
}


def test_every_action_of_the_matrix_has_a_service_here():
    assert set(ACTIONS) == set(CaseAction) - {CaseAction.MERGE}  # merge needs two cases


@pytest.mark.parametrize("action", ACTIONS)
def test_a_manager_cannot_change_anything(action, traffic_case, manager, departments):
    with pytest.raises(PermissionDenied):
        ACTIONS[action](traffic_case, manager, departments)

    assert not traffic_case.events.exists()


@pytest.mark.parametrize("action", ACTIONS)
def test_staff_of_another_department_cannot_change_the_case(
    action, traffic_case, transit_staff, departments
):
    with pytest.raises(PermissionDenied):
        ACTIONS[action](traffic_case, transit_staff, departments)


@pytest.mark.parametrize("action", ACTIONS)
def test_officers_may_every_action_and_department_staff_what_the_matrix_gives_them(
    action, traffic_case, traffic_staff, officer, departments
):
    if action in STAFF_ACTIONS:
        ACTIONS[action](traffic_case, traffic_staff, departments)
    else:
        with pytest.raises(PermissionDenied):
            ACTIONS[action](traffic_case, traffic_staff, departments)
    ACTIONS[action](
        CaseFactory(status="routed", department=departments["traffic"]), officer, departments
    )


def test_department_staff_cannot_touch_the_triage_queue(traffic_staff, departments):
    with pytest.raises(PermissionDenied):
        actions.case_route(case=CaseFactory(), department=departments["traffic"], by=traffic_staff)


# -- bulk -------------------------------------------------------------------------------------


def test_bulk_closing_changes_only_the_cases_the_user_may_see(traffic_staff, departments):
    mine = [CaseFactory(status="routed", department=departments["traffic"]) for _ in range(2)]
    theirs = CaseFactory(status="routed", department=departments["transit"])

    changed = actions.cases_bulk_apply(
        case_ids=[c.pk for c in [*mine, theirs]], action="close", by=traffic_staff
    )

    assert changed == 2
    theirs.refresh_from_db()
    assert theirs.status == "routed"
    for case in mine:
        case.refresh_from_db()
    assert {case.status for case in mine} == {"closed"}


def test_department_staff_cannot_route_through_the_bulk_bar(traffic_staff, departments):
    mine = [CaseFactory(status="routed", department=departments["traffic"]) for _ in range(2)]
    theirs = CaseFactory(status="routed", department=departments["transit"])

    changed = actions.cases_bulk_apply(
        case_ids=[c.pk for c in [*mine, theirs]],
        action="route",
        value="public-works",
        by=traffic_staff,
    )

    assert changed == 0
    for case in [*mine, theirs]:
        case.refresh_from_db()
    assert {case.department.slug for case in mine} == {"traffic"}
    assert theirs.department == departments["transit"]


def test_bulk_close_skips_cases_the_table_does_not_allow(officer, departments):
    open_case = CaseFactory(status="routed", department=departments["traffic"])
    spam = CaseFactory(status="spam", department=departments["traffic"])

    changed = actions.cases_bulk_apply(case_ids=[open_case.pk, spam.pk], action="close", by=officer)

    assert changed == 1
    spam.refresh_from_db()
    assert spam.status == "spam"


def test_bulk_assign_and_spam(officer, traffic_staff, departments):
    cases = [CaseFactory(status="routed", department=departments["traffic"]) for _ in range(3)]
    ids = [c.pk for c in cases]

    assert (
        actions.cases_bulk_apply(
            case_ids=ids, action="assign", value=str(traffic_staff.pk), by=officer
        )
        == 3
    )
    assert actions.cases_bulk_apply(case_ids=ids[:2], action="spam", by=officer) == 2
    assert actions.cases_bulk_apply(case_ids=ids, action="assign", value="", by=officer) == 3


def test_a_manager_cannot_apply_bulk_actions(manager, departments):
    case = CaseFactory(status="routed", department=departments["traffic"])

    with pytest.raises(PermissionDenied):
        actions.cases_bulk_apply(case_ids=[case.pk], action="close", by=manager)

"""What department staff do with a case besides answering: transfer it to the department that
owns it (a correction the router learns from, the history kept whole), ask the communication
office a question (the case shows up in the officers' "Questions" view until an officer answers
with a note), and resolve it with a resolution text that goes to the citizen."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from departments.cases.actions import case_ask_office, case_resolve, case_transfer, note_add
from departments.models import CaseEvent, CaseStatus, Reply
from departments.routing.services import corrections
from tests.departments.pages import listed, page_of
from tests.departments.pages import post as case_post
from tests.factories import CaseFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def case(departments):
    return CaseFactory(
        department=departments["traffic"],
        status=CaseStatus.ROUTED,
        post__text="De bus naar het station rijdt niet meer, lijn 4 staat stil.",
    )


def test_a_transfer_keeps_the_whole_history_and_counts_as_a_correction(
    client, case, departments, traffic_staff, transit_staff
):
    CaseEvent.record(case, kind=CaseEvent.Kind.ROUTED, new="traffic", reason="automatic")
    client.force_login(traffic_staff)
    assert "Transfer to another department" in page_of(client, case)

    response = case_post(
        client,
        "case_transfer",
        case,
        {"transfer-department": departments["transit"].pk, "transfer-reason": "Lijn 4 is de bus"},
    )

    # Traffic no longer sees it; transit has it, with the whole history.
    assert "transferred to" in response.content.decode()
    assert client.get(f"/cases/{case.pk}/").status_code == 404
    case.refresh_from_db()
    assert case.department == departments["transit"] and case.status == CaseStatus.ROUTED
    client.force_login(transit_staff)
    history = page_of(client, case)
    assert "Lijn 4 is de bus" in history
    kinds = list(case.events.order_by("id").values_list("kind", flat=True))
    assert kinds == [CaseEvent.Kind.ROUTED, CaseEvent.Kind.REROUTED]
    transfer = case.events.get(kind=CaseEvent.Kind.REROUTED)
    assert (transfer.old_value, transfer.new_value, transfer.actor) == (
        "traffic",
        "transit",
        traffic_staff,
    )
    # The router's next training learns that this text is transit's.
    learned = [c for c in corrections() if "lijn 4" in c.text.lower()]
    assert [c.department for c in learned] == ["transit"]


def test_a_transfer_needs_a_reason_and_another_department(case, departments, traffic_staff):
    with pytest.raises(ValidationError, match="Say why"):
        case_transfer(case=case, department=departments["transit"], by=traffic_staff, reason=" ")
    with pytest.raises(ValidationError, match="another than now"):
        case_transfer(case=case, department=departments["traffic"], by=traffic_staff, reason="x")
    case.refresh_from_db()
    assert case.department == departments["traffic"]
    assert not case.events.exists()


def test_staff_transfer_only_their_own_cases(case, departments, transit_staff, manager):
    for person in (transit_staff, manager):
        with pytest.raises(PermissionDenied):
            case_transfer(case=case, department=departments["transit"], by=person, reason="mine")


def test_a_question_lands_in_the_officers_queue_until_an_officer_answers(
    client, case, traffic_staff, officer
):
    client.force_login(traffic_staff)
    case_post(
        client,
        "case_ask_office",
        case,
        {"question-question": "Mogen we de busmaatschappij noemen in het antwoord?"},
    )

    client.force_login(officer)
    assert listed(client, question="open") == {case.pk}
    sidebar = client.get("/queue/views/").content.decode()
    assert "Questions from departments" in sidebar
    panel = page_of(client, case)
    assert "Mogen we de busmaatschappij noemen" in panel
    assert case.events.filter(kind=CaseEvent.Kind.QUESTION_ASKED, actor=traffic_staff).exists()

    note_add(case=case, text="Ja, noem RET gerust.", by=officer)

    assert listed(client, question="open") == set()
    assert case.events.filter(kind=CaseEvent.Kind.QUESTION_ANSWERED, actor=officer).exists()
    client.force_login(traffic_staff)
    assert "Ja, noem RET gerust." in page_of(client, case)


def test_an_empty_question_asks_nothing(case, traffic_staff):
    with pytest.raises(ValidationError):
        case_ask_office(case=case, question="   ", by=traffic_staff)
    case.refresh_from_db()
    assert case.office_question_at is None


def test_resolving_with_a_resolution_text_answers_the_citizen_through_approval(
    case, traffic_staff, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        case_resolve(case=case, by=traffic_staff, resolution="De bus rijdt weer sinds 14:00.")

    case.refresh_from_db()
    assert case.status == CaseStatus.CLOSED
    answer = case.replies.get(kind=Reply.Kind.ANSWER)
    assert answer.text == "De bus rijdt weer sinds 14:00."
    assert answer.send_state == Reply.SendState.AWAITING_APPROVAL  # traffic's answers wait
    closed = case.events.get(kind=CaseEvent.Kind.STATUS_CHANGED)
    assert closed.reason == "De bus rijdt weer sinds 14:00."


def test_resolving_without_text_only_closes(case, traffic_staff):
    case_resolve(case=case, by=traffic_staff)

    case.refresh_from_db()
    assert case.status == CaseStatus.CLOSED
    assert not case.replies.exists()

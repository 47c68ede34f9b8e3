"""The status workflow table: what a case may move to, and what is refused."""

import pytest

from departments.cases.workflow import (
    ALLOWED_TRANSITIONS,
    TransitionNotAllowed,
    check_transition,
    next_statuses,
    transition_allowed,
)
from departments.models import OPEN_STATUSES, CaseStatus

S = CaseStatus


def test_every_status_has_a_row_in_the_table():
    assert set(ALLOWED_TRANSITIONS) == set(S.values)


@pytest.mark.parametrize(
    ("from_", "to"),
    [
        (S.NEW, S.ROUTED),
        (S.NEW, S.SPAM),
        (S.ROUTED, S.IN_PROGRESS),
        (S.ROUTED, S.NEW),  # back to triage
        (S.IN_PROGRESS, S.WAITING_ON_CITIZEN),
        (S.WAITING_ON_CITIZEN, S.IN_PROGRESS),
        (S.IN_PROGRESS, S.ANSWERED),
        (S.ANSWERED, S.CLOSED),
        (S.CLOSED, S.IN_PROGRESS),  # reopened
        (S.SPAM, S.NEW),  # not spam after all
        (S.IN_PROGRESS, S.MERGED),
    ],
)
def test_the_usual_steps_of_a_case_are_allowed(from_, to):
    assert transition_allowed(from_, to)


@pytest.mark.parametrize(
    ("from_", "to"),
    [
        (S.NEW, S.ANSWERED),  # nobody answers a case nobody has looked at
        (S.NEW, S.WAITING_ON_CITIZEN),
        (S.CLOSED, S.ANSWERED),
        (S.CLOSED, S.SPAM),
        (S.MERGED, S.NEW),  # a merged case lives on in the other case
        (S.MERGED, S.IN_PROGRESS),
        (S.ANSWERED, S.SPAM),
        (S.SPAM, S.CLOSED),
    ],
)
def test_steps_outside_the_table_are_refused(from_, to):
    assert not transition_allowed(from_, to)
    with pytest.raises(TransitionNotAllowed):
        check_transition(from_, to, has_department=True)


def test_a_status_never_moves_to_itself():
    assert not any(status in targets for status, targets in ALLOWED_TRANSITIONS.items())


def test_every_closed_status_can_be_reopened_except_merged():
    closed = set(S.values) - set(OPEN_STATUSES)
    for status in closed - {S.MERGED}:
        assert ALLOWED_TRANSITIONS[status] & set(OPEN_STATUSES), status
    assert ALLOWED_TRANSITIONS[S.MERGED] == frozenset()


def test_routed_needs_a_department_and_triage_needs_none():
    with pytest.raises(TransitionNotAllowed, match="department first"):
        check_transition(S.SPAM, S.ROUTED, has_department=False)
    with pytest.raises(TransitionNotAllowed, match="triage"):
        check_transition(S.SPAM, S.NEW, has_department=True)
    check_transition(S.SPAM, S.ROUTED, has_department=True)
    check_transition(S.SPAM, S.NEW, has_department=False)


def test_the_status_menu_offers_the_allowed_statuses_in_a_stable_order_without_merge():
    assert next_statuses(S.ANSWERED) == [S.IN_PROGRESS, S.WAITING_ON_CITIZEN, S.CLOSED]
    assert S.MERGED not in next_statuses(S.IN_PROGRESS)
    assert next_statuses(S.MERGED) == []


def test_the_status_menu_offers_the_reopen_target_that_fits_the_case():
    assert next_statuses(S.SPAM, has_department=True) == [S.ROUTED]
    assert next_statuses(S.SPAM, has_department=False) == [S.NEW]

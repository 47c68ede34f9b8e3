"""The status workflow of a case as an explicit table, as Signalen keeps it: a status change that
is not in the table is refused, whoever asks and however they ask (the case view, a bulk action,
a task)."""

from __future__ import annotations

from departments.models import OPEN_STATUSES, CaseStatus

S = CaseStatus

ALLOWED_TRANSITIONS: dict[str, frozenset[str]] = {
    # Triage: the central office routes it, takes it on itself, or closes it one way or another.
    S.NEW: frozenset(
        {S.ROUTED, S.IN_PROGRESS, S.CLOSED, S.DISMISSED, S.SPAM, S.NOT_FOR_US, S.MERGED}
    ),
    # A department has it: it starts work, answers straight away, or sends it back to triage.
    S.ROUTED: frozenset(
        {
            S.NEW,
            S.IN_PROGRESS,
            S.WAITING_ON_CITIZEN,
            S.ANSWERED,
            S.CLOSED,
            S.DISMISSED,
            S.SPAM,
            S.NOT_FOR_US,
            S.MERGED,
        }
    ),
    S.IN_PROGRESS: frozenset(
        {
            S.NEW,
            S.ROUTED,
            S.WAITING_ON_CITIZEN,
            S.ANSWERED,
            S.CLOSED,
            S.DISMISSED,
            S.SPAM,
            S.NOT_FOR_US,
            S.MERGED,
        }
    ),
    S.WAITING_ON_CITIZEN: frozenset({S.ROUTED, S.IN_PROGRESS, S.ANSWERED, S.CLOSED, S.MERGED}),
    # Answered is not closed: the citizen may still react, and a follow-up reopens the work.
    S.ANSWERED: frozenset({S.IN_PROGRESS, S.WAITING_ON_CITIZEN, S.CLOSED, S.MERGED}),
    # Reopening: a closed case goes back to work; a case closed without work goes back to where
    # it came from (triage, or its department).
    S.CLOSED: frozenset({S.IN_PROGRESS}),
    S.DISMISSED: frozenset({S.NEW, S.ROUTED}),
    S.SPAM: frozenset({S.NEW, S.ROUTED}),
    S.NOT_FOR_US: frozenset({S.NEW, S.ROUTED}),
    # A merged case lives on in the case it was merged into.
    S.MERGED: frozenset(),
}

CLOSED_STATUSES = frozenset(set(S) - set(OPEN_STATUSES))

# Statuses that need more than a status change, so they have their own actions and services:
# routing needs a department (or none, for triage), merging needs the other case.
_NEEDS_ITS_OWN_ACTION = frozenset({S.MERGED})


class TransitionNotAllowed(Exception):
    def __init__(self, from_status: str, to_status: str, detail: str = ""):
        self.from_status = from_status
        self.to_status = to_status
        message = f"A case cannot go from {from_status!r} to {to_status!r}."
        super().__init__(f"{message} {detail}".strip())


def transition_allowed(from_: str, to: str) -> bool:
    return to in ALLOWED_TRANSITIONS.get(from_, frozenset())


def next_statuses(status: str, *, has_department: bool | None = None) -> list[str]:
    """The statuses a status menu offers from `status`, in the order of CaseStatus. With
    `has_department` known, only the reopen target that fits the case is offered (a case with a
    department is routed, one without goes back to triage)."""
    allowed = ALLOWED_TRANSITIONS.get(status, frozenset()) - _NEEDS_ITS_OWN_ACTION
    if has_department is True:
        allowed -= {S.NEW}
    elif has_department is False:
        allowed -= {S.ROUTED}
    return [value for value in S.values if value in allowed]


def check_transition(from_: str, to: str, *, has_department: bool) -> None:
    """Raise TransitionNotAllowed unless the table allows it and the case fits the target."""
    if not transition_allowed(from_, to):
        raise TransitionNotAllowed(from_, to)
    if to == S.ROUTED and not has_department:
        raise TransitionNotAllowed(from_, to, "Route it to a department first.")
    if to == S.NEW and has_department:
        raise TransitionNotAllowed(from_, to, "Route it back to triage instead.")


def is_closed(status: str) -> bool:
    return status in CLOSED_STATUSES

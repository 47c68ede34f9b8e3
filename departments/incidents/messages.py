"""Answering everyone once: a status message about an incident becomes a reply on every
resident's own post (their platform, their account), through the reply outbox
(departments.replies), which sends each exactly once, within the platform's rate limits
(RateLimited answers are retried after the reset), also when a worker dies mid-send.

Each reply's idempotency key is derived from the message and the case, so a message fanned out
twice (a double click, a retried request) makes no second reply, and a later message reaches
the same people (the incident's members when it is written) once more.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from departments.incidents.models import Incident, IncidentEvent, IncidentMessage, IncidentStatus
from departments.models import Case, CaseStatus, Reply, ReplyTemplate
from departments.permissions import CaseAction, role_may
from departments.replies import reply_enqueue
from departments.reply_templates import expected_handling, reply_template_render
from listening.models import TEXT_LIMITS, Account
from smartgov import clock

# Residents whose case is one of these get no message: their post was not about this, or
# their case lives on in another one that is in the incident itself.
NOT_ANSWERED = (CaseStatus.MERGED, CaseStatus.SPAM, CaseStatus.NOT_FOR_US)
MESSAGE_KEYS = uuid.UUID("5d1c0e4e-6f43-4b8e-9d7a-1f6a1c1e2019")


def reply_key(message: IncidentMessage, case_id: int) -> uuid.UUID:
    return uuid.uuid5(MESSAGE_KEYS, f"incident-message:{message.pk}:case:{case_id}")


def public_key(message: IncidentMessage, account_id: int) -> uuid.UUID:
    return uuid.uuid5(MESSAGE_KEYS, f"incident-message:{message.pk}:account:{account_id}")


def incident_public_accounts(incident: Incident) -> list[Account]:
    """The city's accounts the incident's residents wrote to: where a message for everyone
    (also those who saw the outage and did not write) is posted, when the officer wants it."""
    return list(
        Account.objects.filter(is_active=True, posts__case__incident_member__incident=incident)
        .distinct()
        .order_by("platform", "handle")
    )


@transaction.atomic
def incident_message_send(
    *, incident: Incident, text: str, kind: str, by, publish_on: Sequence[Account] = ()
) -> IncidentMessage:
    """Write the message and queue a reply to every resident of the incident. {handle},
    {department} and {expected_handling} are filled per resident, as in reply templates.
    `publish_on`: accounts (of incident_public_accounts) that also post it on their own
    timeline, for everyone, without {handle}."""
    if not role_may(by, CaseAction.MERGE):
        raise PermissionDenied("Only communication officers answer an incident.")
    text = text.strip()
    if not text:
        raise ValidationError("An empty message cannot be sent.")
    if kind not in IncidentMessage.Kind.values:
        raise ValidationError("A message says the city is on it, or that it is solved.")
    incident = Incident.objects.select_for_update().get(pk=incident.pk)
    if incident.status in (IncidentStatus.MERGED, IncidentStatus.DISSOLVED):
        raise ValidationError("This incident was merged or dissolved: answer the one it became.")
    allowed = {account.pk for account in incident_public_accounts(incident)}
    publish_on = [account for account in publish_on if account.pk in allowed]
    message = IncidentMessage.objects.create(incident=incident, author=by, kind=kind, text=text)
    public_text = _for_everyone(message)
    if publish_on and not public_text:
        raise ValidationError("Without {handle} the message says nothing to post for everyone.")
    for account in publish_on:
        limit = TEXT_LIMITS.get(account.platform)
        if limit and len(public_text) > limit:
            raise ValidationError(
                f"The message is {len(public_text)} characters; a post on "
                f"{account.get_platform_display()} takes {limit}. Shorten it or post it on the "
                "other accounts only."
            )
    message.residents = incident_message_fan_out(message)
    message.public_posts = _publish(message, public_text, publish_on)
    message.save(update_fields=["residents", "public_posts"])
    if incident.first_message_at is None:
        incident.first_message_at = message.created_at
        incident.save(update_fields=["first_message_at"])
    IncidentEvent.objects.create(
        incident=incident,
        actor=by,
        kind=IncidentEvent.Kind.MESSAGE,
        details={
            "message": message.pk,
            "residents": message.residents,
            "public_posts": [account.pk for account in publish_on],
        },
    )
    return message


def incident_message_fan_out(message: IncidentMessage) -> int:
    """A reply per resident of the incident who has none for this message yet; how many were
    made now. Safe to run again: the keys make the second run make nothing. Runs under the
    incident's row lock (incident_message_send), so two runs never race for one key."""
    cases = list(
        Case.objects.filter(incident_member__incident=message.incident_id)
        .exclude(status__in=NOT_ANSWERED)
        .select_related("post", "department")
    )
    keys = {case.pk: reply_key(message, case.pk) for case in cases}
    made_before = set(
        Reply.objects.filter(idempotency_key__in=keys.values()).values_list(
            "idempotency_key", flat=True
        )
    )
    now = clock.now()
    made = Reply.objects.bulk_create(
        [
            Reply(
                case=case,
                author=message.author,
                kind=message.kind,
                text=_for_resident(message, case),
                send_state=Reply.SendState.QUEUED,
                idempotency_key=keys[case.pk],
                next_attempt_at=now,
            )
            for case in cases
            if keys[case.pk] not in made_before
        ]
    )
    for reply in made:
        reply_enqueue(reply.pk)
    return len(made)


def _publish(message: IncidentMessage, text: str, accounts: Sequence[Account]) -> int:
    """A public post per account, through the same outbox as the replies (once per key)."""
    keys = {account.pk: public_key(message, account.pk) for account in accounts}
    made = Reply.objects.bulk_create(
        [
            Reply(
                case=None,
                public_account=account,
                author=message.author,
                kind=message.kind,
                text=text,
                send_state=Reply.SendState.QUEUED,
                idempotency_key=keys[account.pk],
                next_attempt_at=clock.now(),
            )
            for account in accounts
        ],
        ignore_conflicts=True,
    )
    for reply in Reply.objects.filter(idempotency_key__in=keys.values()):
        reply_enqueue(reply.pk)
    return len(made)


def _for_everyone(message: IncidentMessage) -> str:
    """The message without a resident's handle; {department} is the incident's, and
    {expected_handling} the first resident's expected date (the same job for everyone)."""
    incident = message.incident
    text = message.text.replace("{handle}", "")
    department = incident.department.name if incident.department_id else settings.CITY_NAME
    text = text.replace("{department}", department)
    if "{expected_handling}" in text:
        first = (
            Case.objects.filter(incident_member__incident=incident)
            .select_related("department")
            .order_by("created_at")
            .first()
        )
        language = (first.reply_language if first else "") or settings.LANGUAGE_CODE[:2]
        when = expected_handling(first, language=language) if first else ""
        text = text.replace("{expected_handling}", when)
    # "{handle} Thanks" without the handle: no leading space, no doubled ones.
    return re.sub(r"[ \t]{2,}", " ", text).strip()


def incident_public_posts(message: IncidentMessage):
    """The public posts a message made, with how each went out."""
    keys = [
        public_key(message, account_id)
        for account_id in Account.objects.values_list("pk", flat=True)
    ]
    return (
        Reply.objects.filter(idempotency_key__in=keys)
        .select_related("public_account")
        .order_by("public_account__platform")
    )


def _for_resident(message: IncidentMessage, case: Case) -> str:
    template = ReplyTemplate(text=message.text, language=case.language or "nl")
    return reply_template_render(template=template, case=case)


def incident_replies(message: IncidentMessage):
    """The replies a message made, with how each went out."""
    case_ids = Case.objects.filter(incident_member__incident=message.incident_id).values_list(
        "id", flat=True
    )
    keys = [reply_key(message, case_id) for case_id in case_ids]
    return (
        Reply.objects.filter(idempotency_key__in=keys)
        .select_related("case__post")
        .order_by("case__created_at")
    )

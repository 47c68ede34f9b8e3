"""Answering everyone once: one status message about an incident becomes a reply on every
resident's own post, through the reply outbox, exactly once per resident and message, also when
the worker dies mid-send. The platform is Mastodon, faked with `responses` in its API's shape."""

import json
import re
from datetime import timedelta
from urllib.parse import parse_qs

import pytest
import responses
from django.core.exceptions import PermissionDenied, ValidationError

from departments import replies
from departments.incidents.messages import (
    incident_message_fan_out,
    incident_message_send,
    incident_public_posts,
    incident_replies,
)
from departments.incidents.models import Incident, IncidentMember, IncidentMessage
from departments.models import CaseStatus, Reply
from departments.replies import replies_sweep
from departments.tasks import send_reply_task
from listening.models import Platform
from smartgov import clock
from tests.departments.test_replies import MASTODON, PLATFORMS, load
from tests.factories import AccountFactory, CaseFactory

pytestmark = pytest.mark.django_db
RESIDENTS = ("anouk_devries", "kees_fietst", "pim_v", "sanne_b")


@pytest.fixture
def mastodon():
    """Mastodon as the send task meets it: each resident's status, and our reply accepted."""
    status = load("mastodon", "notifications_mentions.json")[1]["status"]
    with responses.RequestsMock(assert_all_requests_are_fired=False) as api:
        api.get(re.compile(rf"{MASTODON}/api/v1/statuses/\d+$"), json=status)
        api.posted = api.post(
            f"{MASTODON}/api/v1/statuses", json=load("mastodon", "status_reply_posted.json")
        )
        yield api


def city_on_mastodon(departments):
    """The city's Mastodon account, with the credentials the recorded API expects."""
    return AccountFactory(
        platform=Platform.MASTODON,
        handle="gemeente_zeestad",
        department=departments["communication"],
        credentials=PLATFORMS[Platform.MASTODON]["credentials"],
    )


@pytest.fixture
def outage(departments):
    """A stopped tram line: four residents wrote to the city's Mastodon account."""
    account = city_on_mastodon(departments)
    cases = [
        CaseFactory(
            department=departments["transit"],
            status=CaseStatus.ROUTED,
            language="nl",
            post__platform=Platform.MASTODON,
            post__account=account,
            post__external_id=str(113508960112345088 + index),
            post__author_handle=handle,
            post__text="Tram 2 rijdt niet!",
        )
        for index, handle in enumerate(RESIDENTS)
    ]
    incident = Incident.objects.create(
        title="Tram 2",
        department=departments["transit"],
        first_post_at=cases[0].created_at,
        last_post_at=cases[-1].created_at,
        case_count=len(cases),
    )
    for case in cases:
        IncidentMember.objects.create(case=case, incident=incident)
    return incident, cases


def test_one_message_becomes_a_reply_to_every_resident_with_their_handle(
    outage, officer, enqueued, django_capture_on_commit_callbacks
):
    incident, _ = outage

    with django_capture_on_commit_callbacks(execute=True):
        message = incident_message_send(
            incident=incident,
            text="{handle} we weten het, er rijden bussen.",
            kind="acknowledgement",
            by=officer,
        )

    made = list(incident_replies(message))
    assert message.residents == len(RESIDENTS) == len(made) == len(set(enqueued))
    assert sorted(reply.text.split()[0] for reply in made) == sorted(f"@{h}" for h in RESIDENTS)
    incident.refresh_from_db()
    assert incident.first_message_at == message.created_at


def test_a_message_fanned_out_again_and_a_merged_case_make_no_second_reply(
    outage, officer, enqueued
):
    incident, cases = outage
    cases[3].status = CaseStatus.MERGED
    cases[3].save(update_fields=["status"])
    message = incident_message_send(
        incident=incident, text="We weten het.", kind="acknowledgement", by=officer
    )

    assert incident_message_fan_out(message) == 0
    update = incident_message_send(
        incident=incident, text="Tram 2 rijdt weer.", kind="answer", by=officer
    )

    assert message.residents == update.residents == 3
    for case in cases[:3]:
        assert case.replies.count() == 2
    assert not cases[3].replies.exists()


def test_an_update_reaches_every_resident_exactly_once_when_the_worker_dies_mid_send(
    outage, officer, mastodon, enqueued, monkeypatch
):
    incident, cases = outage
    message = incident_message_send(
        incident=incident, text="Tram 2 rijdt weer.", kind="answer", by=officer
    )
    made = list(incident_replies(message))
    # The first goes out; the second's worker dies after Mastodon took it, before recording
    # it (its write is lost: the database connection dropped); the rest wait in the outbox.
    send_reply_task.apply(kwargs={"reply_id": made[0].pk})
    record = replies._reply_sent

    def worker_dies_once(*args, **kwargs):
        monkeypatch.setattr(replies, "_reply_sent", record)
        raise replies.DatabaseError("server closed the connection unexpectedly")

    monkeypatch.setattr(replies, "_reply_sent", worker_dies_once)
    send_reply_task.apply(kwargs={"reply_id": made[1].pk})
    # Later: the sweeper finds what was lost, and the message is fanned out again by mistake.
    incident_message_fan_out(message)
    replies_sweep(now=clock.now() + replies.INTERRUPTED_AFTER + timedelta(minutes=1))
    for reply_id in sorted(set(enqueued)):
        send_reply_task.apply(kwargs={"reply_id": reply_id})

    states = {reply.case_id: reply.send_state for reply in incident_replies(message)}
    assert states == {case.pk: Reply.SendState.SENT for case in cases}
    assert len(mastodon.posted.calls) == len(RESIDENTS)
    answered = {_form(call.request.body)["in_reply_to_id"] for call in mastodon.posted.calls}
    assert answered == {case.post.external_id for case in cases}


def _form(body) -> dict:
    text = body.decode() if isinstance(body, bytes) else body
    if text.startswith("{"):
        return json.loads(text)
    return {key: values[0] for key, values in parse_qs(text).items()}


def test_department_staff_cannot_answer_an_incident_for_the_city(outage, transit_staff):
    incident, _ = outage
    with pytest.raises(PermissionDenied):
        incident_message_send(incident=incident, text="Hallo", kind="answer", by=transit_staff)
    assert not IncidentMessage.objects.exists()


def test_a_message_posted_for_everyone_goes_out_once_per_account_without_a_handle(
    outage, officer, mastodon, enqueued
):
    incident, cases = outage
    account = cases[0].post.account
    message = incident_message_send(
        incident=incident,
        text="{handle} Tram 2 rijdt weer, {department} dankt u voor het geduld.",
        kind="answer",
        by=officer,
        publish_on=[account],
    )
    # A double click, and the sweeper finding every task lost: the same message again.
    incident_message_fan_out(message)
    replies_sweep(now=clock.now() + replies.LOST_TASK_AFTER + timedelta(minutes=1))
    for reply_id in sorted(set(enqueued)):
        send_reply_task.apply(kwargs={"reply_id": reply_id})
    for reply_id in sorted(set(enqueued)):
        send_reply_task.apply(kwargs={"reply_id": reply_id})

    [public] = incident_public_posts(message)
    assert message.public_posts == 1 and public.public_account == account
    assert public.send_state == Reply.SendState.SENT and public.case is None
    sent = [_form(call.request.body) for call in mastodon.posted.calls]
    assert len(sent) == len(RESIDENTS) + 1
    [for_everyone] = [post for post in sent if "in_reply_to_id" not in post]
    assert for_everyone["status"] == (
        f"Tram 2 rijdt weer, {incident.department.name} dankt u voor het geduld."
    )
    answered = {post["in_reply_to_id"] for post in sent if post is not for_everyone}
    assert answered == {case.post.external_id for case in cases}


def _posted_for_everyone(incident, cases, officer):
    """ "Tram 2 rijdt weer." to the residents and on the account they wrote to: the message and
    its public post."""
    message = incident_message_send(
        incident=incident,
        text="Tram 2 rijdt weer.",
        kind="answer",
        by=officer,
        publish_on=[cases[0].post.account],
    )
    [public] = incident_public_posts(message)
    return message, public


def test_a_public_post_whose_outcome_was_lost_is_looked_up_before_it_is_posted_again(
    outage, officer, mastodon, enqueued
):
    incident, cases = outage
    _message, public = _posted_for_everyone(incident, cases, officer)
    # Mastodon takes the post, but its answer never comes (the connection drops); the city's
    # timeline shows the post.
    mastodon.replace(responses.POST, f"{MASTODON}/api/v1/statuses", body=ConnectionError())
    on_timeline = {**load("mastodon", "status_reply_posted.json"), "in_reply_to_id": None}
    on_timeline["content"] = "<p>Tram 2 rijdt weer.</p>"
    mastodon.get(f"{MASTODON}/api/v1/accounts/verify_credentials", json={"id": "1"})
    mastodon.get(f"{MASTODON}/api/v1/accounts/1/statuses", json=[on_timeline])

    send_reply_task.apply(kwargs={"reply_id": public.pk})

    public.refresh_from_db()
    assert public.send_state == Reply.SendState.SENT
    assert public.platform_external_id == on_timeline["id"]
    # The retry looked first and found it: posted once, not a second time.
    assert [call.request.method for call in mastodon.calls].count("POST") == 1


def test_a_message_too_long_for_an_account_it_goes_on_is_refused_before_anything_is_sent(
    outage, officer, enqueued, departments
):
    incident, cases = outage
    on_x = AccountFactory(platform=Platform.X, handle="zeestad", department=departments["transit"])
    cases[0].post.account = on_x
    cases[0].post.save(update_fields=["account"])

    with pytest.raises(ValidationError, match="takes 280"):
        incident_message_send(
            incident=incident, text="Tram 2 " * 60, kind="answer", by=officer, publish_on=[on_x]
        )

    assert not IncidentMessage.objects.exists() and not Reply.objects.exists() and not enqueued


def test_a_failed_public_post_is_sent_again_from_the_incident_page_by_an_officer_only(
    client, outage, officer, transit_staff, mastodon, enqueued
):
    incident, cases = outage
    message, public = _posted_for_everyone(incident, cases, officer)
    Reply.objects.filter(pk=public.pk).update(send_state=Reply.SendState.FAILED, error="502")
    page = f"/incidents/{incident.pk}/"
    retry = f"{page}public-posts/{public.pk}/retry/"

    client.force_login(transit_staff)
    assert client.post(retry).status_code == 403
    client.force_login(officer)
    assert "Send again" in client.get(page).content.decode()
    assert client.post(retry).status_code == 302
    send_reply_task.apply(kwargs={"reply_id": public.pk})

    public.refresh_from_db()
    assert public.send_state == Reply.SendState.SENT
    [posted] = [c for c in mastodon.posted.calls if "in_reply_to_id" not in _form(c.request.body)]
    assert _form(posted.request.body)["status"] == "Tram 2 rijdt weer."
    # A reply to a resident is no public post of this incident.
    to_a_resident = incident_replies(message)[0]
    assert client.post(f"{page}public-posts/{to_a_resident.pk}/retry/").status_code == 404

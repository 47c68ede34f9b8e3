"""Publication control: a department member's reply waits for a communication officer, who
approves it (as written or edited) or returns it with a comment; nothing waiting reaches the
platform, not through the send task, the outbox's sweep, or a retry. A department the city
trusts answers directly, and officers always do. The platform is Mastodon, faked with
`responses` in its real API's shape: any call to it in the wrong place fails the test."""

import pytest
import responses
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from departments import approvals
from departments.cases.actions import case_mark_spam
from departments.models import CaseEvent, CaseStatus, Reply
from departments.replies import replies_sweep, reply_deliver, reply_send
from listening.models import Platform
from tests.departments.pages import page_of
from tests.departments.pages import post as case_post
from tests.departments.test_replies import MASTODON, case_on, load
from tests.factories import CaseFactory

pytestmark = pytest.mark.django_db

State = Reply.SendState
STATUSES = f"{MASTODON}/api/v1/statuses"
DRAFT = "Dank voor uw melding. De lamp wordt deze week vervangen."


@pytest.fixture
def platform():
    """Mastodon, where nothing may be posted unless a test says so."""
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        yield mock


def _posted(platform) -> list[str]:
    return [call.request.body for call in platform.calls if call.request.method == "POST"]


@pytest.fixture
def case(departments):
    return case_on(Platform.MASTODON, departments)  # a traffic case


def _submitted(case, traffic_staff, django_capture_on_commit_callbacks, text=DRAFT):
    with django_capture_on_commit_callbacks(execute=True):
        return reply_send(case=case, text=text, kind=Reply.Kind.ANSWER, by=traffic_staff)


def test_a_department_members_reply_waits_and_nothing_reaches_the_platform(
    case, traffic_staff, enqueued, platform, django_capture_on_commit_callbacks
):
    reply = _submitted(case, traffic_staff, django_capture_on_commit_callbacks)

    assert reply.send_state == State.AWAITING_APPROVAL
    assert enqueued == []  # no send task
    # Nor does anything else send it: the task if it were delivered, the outbox's sweep, a retry.
    assert reply_deliver(reply_id=reply.pk) is None
    with django_capture_on_commit_callbacks(execute=True):
        replies_sweep()
    assert enqueued == []
    assert _posted(platform) == []
    reply.refresh_from_db()
    assert reply.send_state == State.AWAITING_APPROVAL
    case.refresh_from_db()
    assert case.first_responded_at is None  # the citizen has heard nothing yet
    assert list(approvals.replies_awaiting_approval()) == [reply]
    assert case.events.filter(kind=CaseEvent.Kind.REPLY_SUBMITTED, actor=traffic_staff).exists()


def test_an_officer_approves_with_edits_and_the_edited_text_is_posted_once(
    case, traffic_staff, officer, enqueued, platform, django_capture_on_commit_callbacks
):
    reply = _submitted(case, traffic_staff, django_capture_on_commit_callbacks)
    status = load("mastodon", "notifications_mentions.json")[1]["status"]
    platform.get(f"{STATUSES}/{status['id']}", json=status)  # its visibility, to answer alike
    platform.post(STATUSES, json=load("mastodon", "status_reply_posted.json"))
    edited = DRAFT + " Excuses voor het ongemak."

    with django_capture_on_commit_callbacks(execute=True):
        approvals.reply_approve(reply=reply, by=officer, text=edited)
    assert enqueued == [reply.pk]
    reply_deliver(reply_id=reply.pk)

    reply.refresh_from_db()
    assert reply.send_state == State.SENT
    assert reply.text == edited and reply.reviewed_by == officer
    posted = _posted(platform)
    assert len(posted) == 1 and "Excuses" in str(posted[0])
    approved = case.events.get(kind=CaseEvent.Kind.REPLY_APPROVED)
    assert approved.actor == officer
    assert approved.new_value == {"reply": reply.pk, "edited": True}
    case.refresh_from_db()
    assert case.first_responded_at is not None


def test_returned_with_a_comment_revised_by_its_author_then_approved(
    case, traffic_staff, officer, enqueued, platform, django_capture_on_commit_callbacks
):
    reply = _submitted(case, traffic_staff, django_capture_on_commit_callbacks)

    with pytest.raises(ValidationError, match="needs a comment"):
        approvals.reply_return(reply=reply, by=officer, comment="  ")
    approvals.reply_return(reply=reply, by=officer, comment="Noem de datum, niet 'deze week'.")
    reply.refresh_from_db()
    assert reply.send_state == State.RETURNED
    assert reply.review_comment == "Noem de datum, niet 'deze week'."
    assert list(approvals.replies_awaiting_approval()) == []
    # A returned reply is not approved by mistake from a stale page.
    with pytest.raises(ValidationError, match="no longer waiting"):
        approvals.reply_approve(reply=reply, by=officer)

    approvals.reply_revise(
        reply=reply, by=traffic_staff, text="De lamp wordt op 10 december vervangen."
    )
    reply.refresh_from_db()
    assert reply.send_state == State.AWAITING_APPROVAL
    assert reply.text == "De lamp wordt op 10 december vervangen."
    with django_capture_on_commit_callbacks(execute=True):
        approvals.reply_approve(reply=reply, by=officer)
    assert enqueued == [reply.pk]
    assert _posted(platform) == []  # sent only by the send task, once it runs

    kinds = list(case.events.order_by("created_at", "id").values_list("kind", flat=True))
    assert kinds == [
        CaseEvent.Kind.REPLY_SUBMITTED,
        CaseEvent.Kind.REPLY_RETURNED,
        CaseEvent.Kind.REPLY_SUBMITTED,
        CaseEvent.Kind.REPLY_APPROVED,
    ]


def test_only_officers_decide_and_only_the_department_revises(
    case, traffic_staff, transit_staff, manager, officer, django_capture_on_commit_callbacks
):
    reply = _submitted(case, traffic_staff, django_capture_on_commit_callbacks)

    for person in (traffic_staff, transit_staff, manager):
        with pytest.raises(PermissionDenied):
            approvals.reply_approve(reply=reply, by=person)
        with pytest.raises(PermissionDenied):
            approvals.reply_return(reply=reply, by=person, comment="no")
    approvals.reply_return(reply=reply, by=officer, comment="Korter graag.")
    with pytest.raises(PermissionDenied):
        approvals.reply_revise(reply=reply, by=transit_staff, text="Anders.")
    reply.refresh_from_db()
    assert reply.send_state == State.RETURNED


def test_officers_and_trusted_departments_answer_directly(
    case, departments, traffic_staff, officer, enqueued, django_capture_on_commit_callbacks
):
    from_officer = _submitted(case, officer, django_capture_on_commit_callbacks)
    assert from_officer.send_state == State.QUEUED

    departments["traffic"].replies_need_approval = False
    departments["traffic"].save()
    case.department.refresh_from_db()
    other = CaseFactory(
        post__platform=Platform.MASTODON,
        post__account=case.post.account,
        status=CaseStatus.ROUTED,
        department=departments["traffic"],
    )
    from_staff = _submitted(other, traffic_staff, django_capture_on_commit_callbacks)
    assert from_staff.send_state == State.QUEUED
    assert enqueued == [from_officer.pk, from_staff.pk]


def test_the_approval_queue_page(
    client, case, traffic_staff, officer, enqueued, django_capture_on_commit_callbacks
):
    reply = _submitted(case, traffic_staff, django_capture_on_commit_callbacks)
    queue = reverse("departments:approval_queue")
    client.force_login(traffic_staff)
    assert client.get(queue).status_code == 403
    assert "Waiting for approval" in page_of(client, case)

    client.force_login(officer)
    page = client.get(queue).content.decode()
    assert DRAFT in page and case.post.text in page

    returned = client.post(
        reverse("departments:approval_return", args=[reply.pk]), {"comment": "Welke week?"}
    )
    assert returned.status_code == 302
    client.force_login(traffic_staff)
    panel = page_of(client, case)
    assert "Welke week?" in panel and "Send for approval again" in panel

    case_post(client, "case_reply_revise", case, {"text": "Week 50, op dinsdag."}, reply.pk)
    client.force_login(officer)
    assert "Week 50, op dinsdag." in client.get(queue).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("departments:approval_approve", args=[reply.pk]), {"text": "Week 50."})
    reply.refresh_from_db()
    assert reply.send_state == State.QUEUED and reply.text == "Week 50."
    assert enqueued == [reply.pk]
    assert "Nothing waits for approval." in client.get(queue).content.decode()


def test_a_stale_page_cannot_approve_a_revised_reply(
    case, traffic_staff, officer, enqueued, django_capture_on_commit_callbacks
):
    """Officer A returns the reply, its author revises it; officer B, on the page as it was
    before, clicks approve with the old text: refused, nothing queued."""
    reply = _submitted(case, traffic_staff, django_capture_on_commit_callbacks)
    seen_before = approvals.text_digest(reply.text)
    approvals.reply_return(reply=reply, by=officer, comment="Welke dag?")
    approvals.reply_revise(reply=reply, by=traffic_staff, text="Op dinsdag 10 december.")

    with pytest.raises(ValidationError, match="changed since you opened"):
        approvals.reply_approve(reply=reply, by=officer, text=DRAFT, seen_digest=seen_before)

    reply.refresh_from_db()
    assert reply.send_state == State.AWAITING_APPROVAL and reply.text == "Op dinsdag 10 december."
    assert enqueued == []
    approvals.reply_approve(
        reply=reply, by=officer, seen_digest=approvals.text_digest("Op dinsdag 10 december.\r\n")
    )
    reply.refresh_from_db()
    assert reply.send_state == State.QUEUED


def test_a_reply_on_a_case_since_marked_spam_is_not_approved(
    case, traffic_staff, officer, enqueued, django_capture_on_commit_callbacks
):
    reply = _submitted(case, traffic_staff, django_capture_on_commit_callbacks)
    case_mark_spam(case=case, by=officer)

    with pytest.raises(ValidationError, match="should not go out"):
        approvals.reply_approve(reply=reply, by=officer)
    reply.refresh_from_db()
    assert reply.send_state == State.AWAITING_APPROVAL and enqueued == []

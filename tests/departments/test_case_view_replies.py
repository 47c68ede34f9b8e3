"""Replying on the case view, through the test client: templates, the platform's limits, a
failed reply sent again, a colleague on the same case, and the page without presence."""

import re

import pytest

from departments.models import CaseStatus, Reply, ReplyTemplate
from departments.presence import presence_touch
from tests.departments.pages import HTMX, page_of, post, url
from tests.factories import CaseFactory

# Every page view records who is looking at the case, in Redis.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("presence_cleared")]


def test_composing_from_a_template_fills_in_the_placeholders(client, officer, departments):
    case = CaseFactory(
        department=departments["traffic"],
        status=CaseStatus.ROUTED,
        language="en",
        post__language="en",
        post__author_handle="mo_d",
    )
    template = ReplyTemplate.objects.create(
        name="Quick thanks",
        department=departments["traffic"],
        language="en",
        kind=ReplyTemplate.Kind.ACKNOWLEDGEMENT,
        text="Thanks {handle}! {department} will handle this by {expected_handling}.",
    )
    client.force_login(officer)

    page = page_of(client, case)
    assert f'<option value="{template.pk}">Quick thanks' in page  # offered in the picker

    composer = client.get(url("case_composer", case), {"template": template.pk}, **HTMX)

    text = composer.content.decode()
    assert "Thanks @mo_d! Traffic will handle this by " in text
    assert "{handle}" not in text and "{expected_handling}" not in text
    acknowledgement = re.search(r'<input[^>]*value="acknowledgement"[^>]*>', text).group(0)
    assert "checked" in acknowledgement  # the kind follows the template


def test_a_template_chosen_without_javascript_fills_the_composer_on_the_page(
    client, officer, traffic_case
):
    template = ReplyTemplate.objects.get(
        department=traffic_case.department, language="nl", kind="acknowledgement"
    )
    client.force_login(officer)

    response = client.get(url("case_composer", traffic_case), {"template": template.pk})
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()

    assert f"Dank u wel voor uw bericht, @{traffic_case.post.author_handle}." in page


def test_sending_a_reply_queues_it_and_shows_its_state(client, officer, traffic_case):
    client.force_login(officer)

    response = post(
        client, "case_reply", traffic_case, {"reply-kind": "answer", "reply-text": "Is opgelost!"}
    )

    reply = traffic_case.replies.get()
    assert reply.send_state == Reply.SendState.QUEUED and reply.author == officer
    page = response.content.decode()
    assert "Reply queued" in page and "Queued" in page and "Is opgelost!" in page


def test_a_reply_too_long_for_the_platform_is_refused_with_the_limit(client, officer, traffic_case):
    client.force_login(officer)

    response = post(
        client, "case_reply", traffic_case, {"reply-kind": "answer", "reply-text": "a" * 300}
    )

    assert not traffic_case.replies.exists()
    assert "A reply on X can have at most 280 characters; this one has 300." in (
        response.content.decode()
    )


def test_a_failed_reply_shows_the_platform_error_and_retry_queues_it_again(
    client, traffic_staff, traffic_case
):
    reply = Reply.objects.create(
        case=traffic_case,
        kind=Reply.Kind.ANSWER,
        text="We gaan ernaar kijken",
        send_state=Reply.SendState.FAILED,
        error="403 Forbidden: You are not allowed to create a Tweet with duplicate content.",
        attempts=3,
    )
    client.force_login(traffic_staff)

    page = page_of(client, traffic_case)
    assert "The platform refused this reply:" in page
    assert "You are not allowed to create a Tweet with duplicate content." in page
    assert url("case_reply_retry", traffic_case, reply.pk) in page

    response = post(client, "case_reply_retry", traffic_case, {}, reply.pk)

    reply.refresh_from_db()
    assert reply.send_state == Reply.SendState.QUEUED and reply.error == ""
    page = response.content.decode()
    assert "Sending the reply again." in page
    assert url("case_reply_retry", traffic_case, reply.pk) not in page


def test_a_colleague_writing_a_reply_gets_a_warning_and_send_anyway_sends(
    client, officer, traffic_staff, traffic_case
):
    traffic_staff.first_name = "Tom"
    traffic_staff.save()
    presence_touch(case_id=traffic_case.pk, user=traffic_staff, composing=True)
    client.force_login(officer)
    data = {"reply-kind": "answer", "reply-text": "Wordt morgen gerepareerd."}

    warned = post(client, "case_reply", traffic_case, data)

    assert not traffic_case.replies.exists()
    page = warned.content.decode()
    assert "Someone else is on this case:" in page and "Tom" in page
    assert "Send anyway" in page
    assert "Wordt morgen gerepareerd." in page  # the text is kept

    sent = post(client, "case_reply", traffic_case, {**data, "reply-confirm_collision": "True"})

    assert traffic_case.replies.get().text == "Wordt morgen gerepareerd."
    assert "Reply queued" in sent.content.decode()


def test_the_panel_says_who_else_is_viewing_or_writing(
    client, officer, traffic_staff, traffic_case
):
    traffic_staff.first_name = "Tom"
    traffic_staff.save()
    client.force_login(traffic_staff)
    client.post(url("case_presence", traffic_case), {"composing": "0"}, **HTMX)
    client.force_login(officer)

    viewing = client.post(url("case_presence", traffic_case), {}, **HTMX).content.decode()
    assert "Tom is viewing" in viewing

    presence_touch(case_id=traffic_case.pk, user=traffic_staff, composing=True)
    writing = client.post(url("case_presence", traffic_case), {}, **HTMX).content.decode()
    assert "Tom is writing a reply" in writing


def test_the_case_still_opens_when_presence_is_unavailable(
    client, officer, traffic_case, monkeypatch
):
    def broken(**kwargs):
        raise ConnectionError("redis is down")

    monkeypatch.setattr("departments.presence.presence_touch", broken)
    client.force_login(officer)

    page = page_of(client, traffic_case)

    assert "Stoplicht Lange Voorhout" in page

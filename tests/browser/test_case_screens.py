"""The case view in a real browser: opened from the queue, then as its own page; a reply started
from a template; a colleague writing at the same time; and the page in Dutch. Screenshots of
both languages at 1366x768 are saved as screenshots (make screenshots: docs/screenshots/)."""

from datetime import timedelta

import pytest
from django.utils import timezone

from departments.models import CaseStatus, Reply
from departments.presence import presence_others, presence_touch
from tests.browser.scenes import log_in, named, red_light_case, roadworks_post
from tests.departments.conversations import city_answer, reaction_case
from tests.factories import CaseFactory

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]


def _conversation(departments, officer, traffic_staff):
    """The city's post about roadworks, two citizens reacting to it (one answered already), and
    the author's earlier case: what an officer meets on an ordinary morning."""
    now = timezone.now()
    roadworks = roadworks_post(departments)
    CaseFactory(
        post__account=roadworks.account,
        post__author_id="u-jan",
        post__author_handle="jan_h",
        post__text="Fietspad Kneuterdijk ligt vol glas",
        department=departments["public-works"],
        status=CaseStatus.CLOSED,
        created_at=now - timedelta(days=21),
    )
    answered = reaction_case(
        roadworks,
        post__author_handle="anna_k",
        post__text="@gemeentezeestad Hoe lang gaat dat duren?",
        post__created_at=now - timedelta(days=1, hours=20),
        department=departments["traffic"],
        status=CaseStatus.ANSWERED,
    )
    city_answer(
        answered,
        author=officer,
        text="Dag @anna_k, de werkzaamheden duren tot en met vrijdag 20 maart.",
        sent_at=now - timedelta(days=1, hours=19),
    )
    return red_light_case(
        roadworks,
        departments,
        officer,
        traffic_staff,
        post__author_id="u-jan",
        post__created_at=now - timedelta(minutes=40),
    )


def test_an_officer_opens_a_case_replies_from_a_template_and_reads_it_in_dutch(
    page, live_server, departments, officer, traffic_staff, screenshot
):
    named(officer, "Olga", "Officer")
    named(traffic_staff, "Tom", "Traffic")
    case = _conversation(departments, officer, traffic_staff)

    # From the queue: the case opens beside the list, then as a page of its own.
    log_in(page, live_server, "olga")
    page.locator(f"#case-row-{case.id} .row-text").click()
    pane = page.locator("#case-pane")
    pane.get_by_role("heading", name=f"Case {case.id}").wait_for()
    assert "Waarom de router" not in pane.inner_text()
    pane.get_by_role("link", name="Open as page").click()
    page.get_by_role("heading", name=f"Case {case.id}").wait_for()

    panel = page.locator("#case-panel")
    text = panel.inner_text()
    assert "Vanaf maandag wordt het kruispunt" in text  # the city's post it answers
    assert "Hoe lang gaat dat duren?" in text  # another citizen in the conversation
    assert "de werkzaamheden duren tot en met vrijdag 20 maart" in text  # the city's answer
    assert "Fietspad Kneuterdijk ligt vol glas" in text  # the author's earlier case
    assert "matched “Stoplicht” (Traffic lights)" in text
    assert "12 likes" in text

    # A colleague starts writing: the panel says so within one presence poll.
    presence_touch(case_id=case.id, user=traffic_staff, composing=True)
    page.get_by_text("Tom Traffic is writing a reply").wait_for(timeout=15_000)

    # Choosing a template fills the composer with the citizen's handle and a date.
    page.get_by_label("Start from a template").select_option(
        label="Ontvangstbevestiging (acknowledgement, NL)"
    )
    composer = page.get_by_label("Reply to the citizen")
    page.wait_for_function(
        "() => document.getElementById('reply-text').value.includes('@jan_h')", timeout=10_000
    )
    assert "{handle}" not in composer.input_value()
    screenshot(page, "case-en")

    # Typing tells the others that Olga is writing a reply too.
    composer.press("Control+End")
    composer.type(" Met vriendelijke groet.")
    for _attempt in range(40):
        others = presence_others(case_id=case.id, user=traffic_staff)
        if any(viewer.composing and viewer.username == "olga" for viewer in others):
            break
        page.wait_for_timeout(250)
    else:
        pytest.fail("Tom was never told that Olga is writing a reply.")

    # Sending while Tom writes warns first; "Send anyway" sends.
    page.get_by_role("button", name="Send reply").click()
    page.get_by_text("Someone else is on this case:").wait_for()
    page.get_by_role("button", name="Send anyway").click()
    page.get_by_text("Reply queued: it goes out to the platform shortly.").wait_for()
    assert Reply.objects.filter(case=case, kind=Reply.Kind.ACKNOWLEDGEMENT).exists()

    # In Dutch through the language switch in the top bar.
    page.get_by_role("button", name="Nederlands").click()
    page.get_by_role("heading", name=f"Zaak {case.id}").wait_for()
    assert page.locator("html").get_attribute("lang") == "nl"
    page.get_by_text("Waarom de router dit koos").wait_for()
    screenshot(page, "case-nl")

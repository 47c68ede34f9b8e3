"""Incidents in a real browser: the queue with an incident as one row, the incident's page, one
status message to every resident (and for everyone on the city's account), and the replies as
sent; with screenshots."""

import re
from datetime import timedelta

import pytest
import responses
from django.db.models import Q
from django.utils import timezone

from departments.incidents.detection import incidents_detect
from departments.incidents.models import Incident
from departments.models import CaseStatus, Reply
from departments.tasks import send_reply_task
from listening.models import Platform
from tests.browser.scenes import log_in, named
from tests.browser.test_accessibility import LAPTOP, PHONE, assert_no_problems, check
from tests.departments.test_incident_messages import city_on_mastodon
from tests.departments.test_replies import MASTODON, load
from tests.factories import CaseFactory

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]

RESIDENTS = [
    ("anouk_devries", "nl", "Tram 2 rijdt niet, sta al 20 minuten bij Zeestad Centraal"),
    ("kees_fietst", "nl", "Geen tram 2 vanochtend?? Bord zegt niks @gemeentezeestad"),
    ("mo_dv", "en", "Tram 2 not running at all, stuck at Zeestad Centraal. Any news?"),
    ("sanne_b", "nl", "Lijn 2 ligt eruit, bovenleiding kapot zegt de bestuurder"),
    ("p_jansen", "nl", "tram 2 staat stil bij de Havenkade, iedereen moest eruit"),
    ("lotte", "en", "Is tram 2 down again? Late for work, thanks @gemeentezeestad"),
]


def _tram_outage(departments):
    account = city_on_mastodon(departments)
    first = timezone.now() - timedelta(minutes=40)
    cases = [
        CaseFactory(
            department=departments["transit"],
            status=CaseStatus.ROUTED,
            routing_confidence=0.9,
            language=language,
            post__platform=Platform.MASTODON,
            post__account=account,
            post__external_id=str(113508960112345088 + index),
            post__author_handle=handle,
            post__text=text,
            post__language=language,
            post__created_at=first + timedelta(minutes=4 * index),
        )
        for index, (handle, language, text) in enumerate(RESIDENTS)
    ]
    CaseFactory(
        department=departments["public-works"],
        status=CaseStatus.ROUTED,
        routing_confidence=0.8,
        post__text="Lantaarnpaal bij de Vismarkt is kapot",
        post__created_at=first + timedelta(minutes=9),
    )
    incidents_detect(case_ids=[case.id for case in cases])
    return Incident.objects.get(), cases


def test_an_officer_answers_everyone_in_an_incident_once(
    page, live_server, departments, officer, screenshot
):
    named(officer, "Olga", "Officer")
    incident, cases = _tram_outage(departments)
    assert incident.case_count == len(RESIDENTS)

    log_in(page, live_server, "olga")
    band = page.get_by_role("region", name="Incidents")
    band.wait_for()
    assert f"{len(RESIDENTS)} posts" in band.inner_text()
    # In the list, the incident's cases are one row; the lamp post's case is a row of its own.
    fold = page.locator("#queue-rows li.incident-fold")
    assert fold.count() == 1 and incident.title in fold.inner_text()
    assert page.locator("#queue-rows li.case-row:visible").count() == 1
    screenshot(page, "incident-queue")
    unfold = fold.get_by_role("button", name=f"Show its {len(RESIDENTS)} posts on this page")
    unfold.click()
    fold_toggle = fold.locator("button.fold-toggle")
    assert fold_toggle.get_attribute("aria-expanded") == "true"
    assert fold_toggle.inner_text() == "Hide its posts"
    assert page.locator("#queue-rows li.case-row:visible").count() == len(RESIDENTS) + 1
    screenshot(page, "incident-queue-unfolded")

    band.get_by_role("link", name=incident.title).click()
    page.get_by_role("heading", name="Posts").wait_for()
    for _, _, text in RESIDENTS:
        assert text[:20] in page.content()
    screenshot(page, "incident-page")

    page.get_by_label(re.compile("Status message")).fill(
        "{handle} Door een storing in de bovenleiding rijdt tram 2 niet. Er rijden bussen."
    )
    # Also for everyone who saw the outage and did not write: on the account they wrote to.
    page.get_by_label(re.compile("@gemeente_zeestad")).check()
    page.get_by_role("button", name=f"Send to {len(RESIDENTS)} residents").click()
    page.get_by_text(f"Sent to {len(RESIDENTS)} residents").wait_for()
    assert "Posted on 1 of the city's accounts" in page.content()
    screenshot(page, "incident-answer")

    # The send worker takes the outbox's replies; Mastodon takes each once.
    status = load("mastodon", "notifications_mentions.json")[1]["status"]
    with responses.RequestsMock(assert_all_requests_are_fired=False) as api:
        api.get(re.compile(rf"{MASTODON}/api/v1/statuses/\d+$"), json=status)
        posted = api.post(
            f"{MASTODON}/api/v1/statuses", json=load("mastodon", "status_reply_posted.json")
        )
        for reply in Reply.objects.filter(Q(case__in=cases) | Q(case=None)):
            send_reply_task.apply(kwargs={"reply_id": reply.pk})
    assert len(posted.calls) == len(RESIDENTS) + 1

    page.reload()
    replies_table = page.get_by_role("table", name="Replies to the residents")
    replies_table.wait_for()
    states = replies_table.locator("td.send-state").all_inner_texts()
    assert states == ["Sent"] * len(RESIDENTS)
    assert "@anouk_devries Door een storing" in replies_table.inner_text()
    public_posts = page.get_by_role("table", name="Posts for everyone")
    assert public_posts.locator("td.send-state").all_inner_texts() == ["Sent"]
    assert "Door een storing" in public_posts.inner_text()
    assert "{handle}" not in public_posts.inner_text()
    public_posts.scroll_into_view_if_needed()
    screenshot(page, "incident-replies-sent")

    # The incident's page passes the same accessibility checks as the queue and a case.
    problems = check(page, screenshot, "incident", LAPTOP) + check(
        page, screenshot, "incident", PHONE
    )
    assert_no_problems(problems)

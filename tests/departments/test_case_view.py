"""The case view through the test client: what the page shows, in English and in Dutch, and
the panel the queue opens beside its list. The actions, the roles and replying have modules of
their own (test_case_view_*.py)."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from departments.cases import actions
from departments.models import CaseEvent, CaseStatus, Priority, Reply
from listening.models import EngagementSnapshot, Platform, PostKind
from tests.departments.conversations import (
    city_answer,
    city_post,
    facebook_comment_case,
    reaction_case,
)
from tests.departments.pages import HTMX, page_of, url
from tests.factories import AccountFactory, CaseFactory

# Every page view records who is looking at the case, in Redis.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("presence_cleared")]


def test_the_page_shows_the_post_in_its_conversation_with_the_citys_earlier_answer(
    client, officer, departments
):
    account = AccountFactory(department=departments["communication"], handle="gemeente")
    roadworks = city_post(
        account,
        text="Vanaf maandag werken we aan de Havenkade",
        conversation_key="x:100",
        created_at=timezone.now() - timedelta(hours=5),
    )
    earlier = reaction_case(
        roadworks,
        post__text="Hoe lang gaat dat duren?",
        post__created_at=timezone.now() - timedelta(hours=4),
    )
    city_answer(
        earlier,
        text="Ongeveer drie weken, tot en met vrijdag 20 maart.",
        sent_at=timezone.now() - timedelta(hours=3),
    )
    case = reaction_case(roadworks, post__text="En kan ik er met de fiets nog langs?")
    client.force_login(officer)

    page = page_of(client, case)

    assert "Vanaf maandag werken we aan de Havenkade" in page  # the parent, the city's post
    assert "Hoe lang gaat dat duren?" in page  # another citizen in the same conversation
    assert "En kan ik er met de fiets nog langs?" in page
    assert "The city's earlier answers in this conversation" in page
    assert "Ongeveer drie weken" in page
    assert "In reply to" in page


def test_the_page_lists_the_authors_earlier_cases_on_the_same_platform(client, officer):
    first = CaseFactory(
        post__author_id="42",
        post__text="Eerste melding over de lantaarn",
        created_at=timezone.now() - timedelta(days=10),
    )
    someone_else = CaseFactory(post__author_id="43", post__text="Iemand anders")
    case = CaseFactory(post__author_id="42", post__author_handle="piet")
    client.force_login(officer)

    page = page_of(client, case)

    assert "Earlier cases from @piet" in page  # where the platform has handles, the handle
    assert url("case_detail", first) in page
    assert "Eerste melding over de lantaarn" in page
    assert url("case_detail", someone_else) not in page


def test_a_facebook_commenter_is_named_by_name_without_a_bare_at(client, officer):
    account = AccountFactory(platform=Platform.FACEBOOK, handle="GemeenteZeestad")
    mo = {"author_name": "Mo de Vries", "post__author_id": "fb-1029"}
    facebook_comment_case(account, **mo, created_at=timezone.now() - timedelta(days=3))
    case = facebook_comment_case(
        account, **mo, post__text="De container aan de Elm Street puilt uit"
    )
    client.force_login(officer)

    page = page_of(client, case)

    assert "<strong>Mo de Vries</strong> on Facebook to @GemeenteZeestad" in page
    assert "(Mo de Vries)" not in page  # named once, not again in brackets
    assert "Earlier cases from Mo de Vries" in page
    assert "@</strong>" not in page and "@<" not in page and "from @" not in page


def test_every_status_priority_and_event_has_a_dutch_name():
    same_in_dutch = {"Spam", "Urgent"}  # the same word in Dutch
    choices = [CaseStatus, Priority, Reply.Kind, Reply.SendState, CaseEvent.Kind, PostKind]
    for choice in choices:
        for member in choice:
            with translation.override("en"):
                english = str(member.label)
            with translation.override("nl"):
                dutch = str(member.label)
            if english not in same_in_dutch:
                assert dutch != english, f"{choice.__qualname__}.{member.name}: {english}"
    with translation.override("nl"):
        assert str(CaseStatus.WAITING_ON_CITIZEN.label) == "Wacht op inwoner"
        assert str(Priority.NORMAL.label) == "Normaal"


def test_the_dutch_case_page_shows_dutch_status_priority_and_reply_kind(
    client, officer, traffic_case
):
    client.force_login(officer)
    client.post(reverse("set_language"), {"language": "nl"})

    page = page_of(client, traffic_case)

    assert "Doorgestuurd" in page
    assert "Normaal" in page
    assert " Ontvangstbevestiging</label>" in page


def test_the_routing_explanation_reads_as_one_line_with_words_and_scores(
    client, officer, traffic_case
):
    traffic_case.routing_confidence = 0.91
    traffic_case.routing_explanation = {
        "language": "nl",
        "keywords": [
            {"term": "Stoplicht", "topic": "traffic-lights", "department": "traffic"},
            {"term": "rood", "topic": "traffic-lights", "department": "traffic"},
        ],
        "model": {"traffic": 0.93, "transit": 0.04, "public-works": 0.02, "communication": 0.01},
        "combined": {"traffic": 0.91, "transit": 0.05},
        "threshold": 0.5,
        "account": "",
        "mentioned_accounts": [],
        "summary": "traffic 0.91: matched ...",
    }
    traffic_case.save()
    client.force_login(officer)

    page = page_of(client, traffic_case)

    assert "matched “Stoplicht” (Traffic lights), “rood” (Traffic lights)" in page
    assert "model Traffic 0.93 · Public transport 0.04 · Public works 0.02" in page


def test_the_history_says_who_changed_what_and_why(client, officer, departments, traffic_case):
    actions.case_route(
        case=traffic_case, department=departments["transit"], by=officer, reason="it is a tram"
    )
    client.force_login(officer)

    page = page_of(client, traffic_case)

    assert "Re-routed (correction)" in page
    assert "Traffic → Public transport" in page
    assert "by olga" in page
    assert "it is a tram" in page


def test_the_page_shows_the_latest_engagement_and_the_deadline(client, officer, traffic_case):
    EngagementSnapshot.objects.create(post=traffic_case.post, taken_at=timezone.now(), likes=7)
    traffic_case.first_response_due_at = timezone.now() + timedelta(days=3)
    traffic_case.save()
    client.force_login(officer)

    page = page_of(client, traffic_case)

    assert "7 likes" in page
    assert "First reaction due" in page
    assert 'class="sla sla-ok"' in page


def test_an_htmx_request_gets_only_the_panel_for_the_queues_pane(client, officer, traffic_case):
    client.force_login(officer)

    page = page_of(client, traffic_case, **HTMX)

    assert page.lstrip().startswith('<article id="case-panel"')
    assert "<html" not in page
    assert "Open as page" in page


def test_only_a_web_address_becomes_the_link_to_the_post_on_its_platform(client, officer):
    on_the_web = CaseFactory(post__url="https://mastodon.example/@piet/1")
    spoofed = CaseFactory(post__url="javascript:fetch('/admin/')", post__platform=Platform.MASTODON)
    client.force_login(officer)

    assert 'href="https://mastodon.example/@piet/1"' in page_of(client, on_the_web)
    page = page_of(client, spoofed)
    assert "javascript:" not in page and "View on Mastodon" not in page

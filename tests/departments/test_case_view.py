"""The case view through the test client, as each role: what the page shows, what each action
changes, who may do what, replying with templates, failures and collisions."""

import re
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone, translation

from departments import services
from departments.models import Case, CaseEvent, CaseStatus, Priority, Reply, ReplyTemplate, Topic
from departments.presence import presence_touch
from listening.models import EngagementSnapshot, Platform, PostKind
from tests.factories import AccountFactory, CaseFactory, PostFactory

HTMX = {"HTTP_HX_REQUEST": "true"}

ACTIONS = [
    ("case_route", {"route-department": ""}),
    ("case_hand_back", {"handback-reason": "not ours"}),
    ("case_assign", {"assign-assignee": ""}),
    ("case_priority", {"priority-priority": "4"}),
    ("case_topics", {}),
    ("case_status", {"status-to_status": "closed"}),
    ("case_spam", {}),
    ("case_not_for_us", {"notforus-reason": ""}),
    ("case_merge", {"merge-into": "1"}),
    ("case_note", {"note-text": "hello"}),
    ("case_reply", {"reply-kind": "answer", "reply-text": "Thank you"}),
]


@pytest.fixture(autouse=True)
def _no_presence_left_over():
    # Presence lives in Redis, which outlives each test's database transaction.
    cache.clear()
    yield
    cache.clear()


def url(name: str, case: Case, *args) -> str:
    return reverse(f"departments:{name}", args=[case.pk, *args])


def page_of(client, case: Case, **extra) -> str:
    response = client.get(url("case_detail", case), **extra)
    assert response.status_code == 200
    return response.content.decode()


def post(client, name: str, case: Case, data: dict, *args):
    return client.post(url(name, case, *args), data, **HTMX)


@pytest.fixture
def traffic_case(departments):
    return CaseFactory(
        department=departments["traffic"],
        status=CaseStatus.ROUTED,
        post__text="Stoplicht Lange Voorhout staat al 2 dagen op rood",
        post__author_handle="jan_h",
    )


# -- what the page shows ------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_page_shows_the_post_in_its_conversation_with_the_citys_earlier_answer(
    client, officer, departments
):
    account = AccountFactory(department=departments["communication"], handle="gemeente")
    city_post = PostFactory(
        account=account,
        kind=PostKind.OWN_POST,
        author_handle="gemeente",
        text="Vanaf maandag werken we aan de Havenkade",
        conversation_key="x:100",
        created_at=timezone.now() - timedelta(hours=5),
    )
    earlier = CaseFactory(
        post__account=account,
        post__parent=city_post,
        post__conversation_key="x:100",
        post__text="Hoe lang gaat dat duren?",
        post__created_at=timezone.now() - timedelta(hours=4),
    )
    Reply.objects.create(
        case=earlier,
        kind=Reply.Kind.ANSWER,
        text="Ongeveer drie weken, tot en met vrijdag 20 maart.",
        send_state=Reply.SendState.SENT,
        sent_at=timezone.now() - timedelta(hours=3),
    )
    case = CaseFactory(
        post__account=account,
        post__parent=city_post,
        post__conversation_key="x:100",
        post__text="En kan ik er met de fiets nog langs?",
    )
    client.force_login(officer)

    page = page_of(client, case)

    assert "Vanaf maandag werken we aan de Havenkade" in page  # the parent, the city's post
    assert "Hoe lang gaat dat duren?" in page  # another citizen in the same conversation
    assert "En kan ik er met de fiets nog langs?" in page
    assert "The city's earlier answers in this conversation" in page
    assert "Ongeveer drie weken" in page
    assert "In reply to" in page


@pytest.mark.django_db
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


@pytest.mark.django_db
def test_a_facebook_commenter_is_named_by_name_without_a_bare_at(client, officer):
    # Facebook gives only a name and a page-scoped id for the people who comment.
    account = AccountFactory(platform=Platform.FACEBOOK, handle="GemeenteZeestad")
    facebook = {
        "post__platform": Platform.FACEBOOK,
        "post__account": account,
        "post__author_id": "fb-1029",
        "post__author_handle": "",
        "post__author_name": "Mo de Vries",
    }
    CaseFactory(**facebook, created_at=timezone.now() - timedelta(days=3))
    case = CaseFactory(**facebook, post__text="De container aan de Elm Street puilt uit")
    client.force_login(officer)

    page = page_of(client, case)

    assert "<strong>Mo de Vries</strong> on Facebook to @GemeenteZeestad" in page
    assert "(Mo de Vries)" not in page  # named once, not again in brackets
    assert "Earlier cases from Mo de Vries" in page
    assert "@</strong>" not in page and "@<" not in page and "from @" not in page


@pytest.mark.django_db
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


@pytest.mark.django_db
def test_the_dutch_case_page_shows_dutch_status_priority_and_reply_kind(
    client, officer, traffic_case
):
    client.force_login(officer)
    client.post(reverse("set_language"), {"language": "nl"})

    page = page_of(client, traffic_case)

    assert "Doorgestuurd" in page
    assert "Normaal" in page
    assert " Ontvangstbevestiging</label>" in page


@pytest.mark.django_db
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


@pytest.mark.django_db
def test_the_history_says_who_changed_what_and_why(client, officer, departments, traffic_case):
    services.case_route(
        case=traffic_case, department=departments["transit"], by=officer, reason="it is a tram"
    )
    client.force_login(officer)

    page = page_of(client, traffic_case)

    assert "Re-routed (correction)" in page
    assert "Traffic → Public transport" in page
    assert "by olga" in page
    assert "it is a tram" in page


@pytest.mark.django_db
def test_the_page_shows_the_latest_engagement_and_the_deadline(client, officer, traffic_case):
    EngagementSnapshot.objects.create(post=traffic_case.post, taken_at=timezone.now(), likes=7)
    traffic_case.first_response_due_at = timezone.now() + timedelta(days=3)
    traffic_case.save()
    client.force_login(officer)

    page = page_of(client, traffic_case)

    assert "7 likes" in page
    assert "First reaction due" in page
    assert 'class="sla sla-ok"' in page


@pytest.mark.django_db
def test_an_htmx_request_gets_only_the_panel_for_the_queues_pane(client, officer, traffic_case):
    client.force_login(officer)

    page = page_of(client, traffic_case, **HTMX)

    assert page.lstrip().startswith('<article id="case-panel"')
    assert "<html" not in page
    assert "Open as page" in page


# -- the officer's actions ---------------------------------------------------------------------


@pytest.mark.django_db
def test_an_officer_routes_a_triage_case_and_sees_it_routed(client, officer, departments):
    case = CaseFactory(department=None)
    client.force_login(officer)

    response = post(client, "case_route", case, {"route-department": departments["traffic"].pk})

    case.refresh_from_db()
    assert case.department == departments["traffic"] and case.status == CaseStatus.ROUTED
    assert "Routed to Traffic." in response.content.decode()
    assert response["HX-Trigger"] == "queue-changed"  # the queue refreshes its rows


@pytest.mark.django_db
def test_an_officer_sends_a_case_back_to_triage_with_a_plain_form_post(
    client, officer, traffic_case
):
    client.force_login(officer)

    response = client.post(url("case_route", traffic_case), {"route-department": ""})

    assert response.status_code == 302 and response["Location"] == url("case_detail", traffic_case)
    traffic_case.refresh_from_db()
    assert traffic_case.department is None and traffic_case.status == CaseStatus.NEW
    assert "Sent back to triage." in client.get(response["Location"]).content.decode()


@pytest.mark.django_db
def test_an_officer_assigns_the_case_to_a_department_member(
    client, officer, traffic_staff, traffic_case
):
    client.force_login(officer)

    response = post(client, "case_assign", traffic_case, {"assign-assignee": traffic_staff.pk})

    traffic_case.refresh_from_db()
    assert traffic_case.assignee == traffic_staff
    assert "Assigned to tom." in response.content.decode()


@pytest.mark.django_db
def test_someone_outside_the_department_cannot_be_chosen_as_assignee(
    client, officer, transit_staff, traffic_case
):
    client.force_login(officer)

    response = post(client, "case_assign", traffic_case, {"assign-assignee": transit_staff.pk})

    traffic_case.refresh_from_db()
    assert traffic_case.assignee is None
    assert "Select a valid choice" in response.content.decode()


@pytest.mark.django_db
def test_an_officer_sets_the_priority(client, officer, traffic_case):
    client.force_login(officer)

    response = post(client, "case_priority", traffic_case, {"priority-priority": Priority.URGENT})

    traffic_case.refresh_from_db()
    assert traffic_case.priority == Priority.URGENT
    assert "Priority set to Urgent." in response.content.decode()


@pytest.mark.django_db
def test_an_officer_tags_topics(client, officer, traffic_case):
    lights = Topic.objects.get(slug="traffic-lights")
    client.force_login(officer)

    response = post(client, "case_topics", traffic_case, {"topics-topics": [lights.pk]})

    assert list(traffic_case.topics.all()) == [lights]
    assert "Topics: Traffic lights." in response.content.decode()


@pytest.mark.django_db
def test_an_officer_moves_the_case_along_the_workflow(client, officer, traffic_case):
    client.force_login(officer)
    page = page_of(client, traffic_case)
    assert '<option value="in_progress">' in page  # offered: the table allows it
    assert '<option value="merged">' not in page  # merging has its own form

    response = post(client, "case_status", traffic_case, {"status-to_status": "in_progress"})

    traffic_case.refresh_from_db()
    assert traffic_case.status == CaseStatus.IN_PROGRESS
    assert "Status changed to “In progress”." in response.content.decode()


@pytest.mark.django_db
def test_a_status_change_the_workflow_refuses_says_so_and_changes_nothing(client, officer):
    case = CaseFactory(department=None, status=CaseStatus.NEW)
    client.force_login(officer)

    response = post(client, "case_status", case, {"status-to_status": "answered"})

    case.refresh_from_db()
    assert case.status == CaseStatus.NEW
    page = response.content.decode()
    assert "A case that is “New” cannot become “Answered”." in page
    assert "From here it can become:" in page
    assert "HX-Trigger" not in response


@pytest.mark.django_db
def test_an_officer_marks_a_case_as_spam(client, officer, traffic_case):
    client.force_login(officer)

    response = post(client, "case_spam", traffic_case, {})

    traffic_case.refresh_from_db()
    assert traffic_case.status == CaseStatus.SPAM
    page = response.content.decode()
    assert "Marked as spam and closed." in page
    assert "Marked as spam" in page.split("History")[-1]


@pytest.mark.django_db
def test_an_officer_closes_a_case_as_not_for_us_with_the_reason(client, officer, traffic_case):
    client.force_login(officer)

    response = post(
        client, "case_not_for_us", traffic_case, {"notforus-reason": "Rijkswaterstaat: A4"}
    )

    traffic_case.refresh_from_db()
    assert traffic_case.status == CaseStatus.NOT_FOR_US
    assert "Rijkswaterstaat: A4" in response.content.decode()


@pytest.mark.django_db
def test_an_officer_merges_a_case_into_another_about_the_same_incident(
    client, officer, traffic_case, departments
):
    other = CaseFactory(department=departments["traffic"], status=CaseStatus.ROUTED)
    client.force_login(officer)

    response = post(client, "case_merge", traffic_case, {"merge-into": other.pk})

    traffic_case.refresh_from_db()
    assert traffic_case.status == CaseStatus.MERGED and traffic_case.merged_into == other
    page = response.content.decode()
    assert f"Merged into case {other.pk}." in page
    assert (
        f'This case was merged into <a href="{url("case_detail", other)}">case {other.pk}</a>'
        in page
    )


@pytest.mark.django_db
def test_a_merge_into_a_case_that_does_not_exist_or_itself_is_refused(
    client, officer, traffic_case
):
    client.force_login(officer)

    missing = post(client, "case_merge", traffic_case, {"merge-into": 987654})
    itself = post(client, "case_merge", traffic_case, {"merge-into": traffic_case.pk})

    traffic_case.refresh_from_db()
    assert traffic_case.status == CaseStatus.ROUTED
    assert "There is no case 987654 that you can see." in missing.content.decode()
    assert "A case cannot be merged into itself." in itself.content.decode()


@pytest.mark.django_db
def test_an_internal_note_with_a_mention_is_shown_and_the_mention_recorded(
    client, officer, traffic_staff, traffic_case
):
    client.force_login(officer)

    response = post(
        client, "case_note", traffic_case, {"note-text": "@tom kun jij dit stoplicht bekijken?"}
    )

    page = response.content.decode()
    assert "@tom kun jij dit stoplicht bekijken?" in page
    assert "Note added." in page
    assert traffic_case.events.filter(kind=CaseEvent.Kind.MENTIONED, new_value="tom").exists()
    assert "Mentioned" in page and "@tom" in page.split("History")[-1]


@pytest.mark.django_db
def test_a_note_mentioning_an_unknown_username_is_refused_with_the_name(
    client, officer, traffic_case
):
    client.force_login(officer)

    response = post(client, "case_note", traffic_case, {"note-text": "@tomm kijk even"})

    assert not traffic_case.replies.exists()
    assert "Nobody here has the username @tomm." in response.content.decode()


# -- managers read, department staff have three big actions --------------------------------------


@pytest.mark.django_db
def test_managers_see_the_case_without_any_action_form(client, manager, traffic_case):
    client.force_login(manager)

    page = page_of(client, traffic_case)

    assert "Stoplicht Lange Voorhout" in page
    assert "You can read this case" in page
    for name, _data in ACTIONS:
        assert url(name, traffic_case) not in page
    assert 'id="reply-text"' not in page


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "data"), ACTIONS)
def test_managers_are_refused_every_action(client, manager, traffic_case, name, data):
    client.force_login(manager)

    response = client.post(url(name, traffic_case), data)

    assert response.status_code == 403
    traffic_case.refresh_from_db()
    assert traffic_case.status == CaseStatus.ROUTED
    assert not traffic_case.replies.exists()


@pytest.mark.django_db
def test_managers_cannot_retry_a_failed_reply(client, manager, traffic_case):
    reply = Reply.objects.create(
        case=traffic_case, kind="answer", text="x", send_state=Reply.SendState.FAILED
    )
    client.force_login(manager)

    assert client.post(url("case_reply_retry", traffic_case, reply.pk)).status_code == 403


@pytest.mark.django_db
def test_department_staff_get_404_for_another_departments_case(client, transit_staff, traffic_case):
    client.force_login(transit_staff)

    assert client.get(url("case_detail", traffic_case)).status_code == 404
    assert (
        client.post(url("case_status", traffic_case), {"status-to_status": "closed"}).status_code
        == 404
    )
    assert client.post(url("case_reply", traffic_case), {"reply-text": "x"}).status_code == 404


@pytest.mark.django_db
def test_department_staff_see_answer_hand_back_and_resolve_but_not_the_officers_tools(
    client, traffic_staff, traffic_case
):
    client.force_login(traffic_staff)

    page = page_of(client, traffic_case)

    assert "Answer the citizen" in page and 'id="reply-text"' in page
    assert "Hand back to triage" in page
    assert "Resolve" in page
    for name in ("case_route", "case_assign", "case_merge", "case_spam", "case_note"):
        assert url(name, traffic_case) not in page
    assert client.post(url("case_route", traffic_case), {"route-department": ""}).status_code == 403
    assert client.post(url("case_spam", traffic_case)).status_code == 403


@pytest.mark.django_db
def test_department_staff_resolve_their_case(client, traffic_staff, traffic_case):
    client.force_login(traffic_staff)

    response = post(client, "case_status", traffic_case, {"status-to_status": "closed"})

    traffic_case.refresh_from_db()
    assert traffic_case.status == CaseStatus.CLOSED
    assert "Status changed to “Closed”." in response.content.decode()
    other_status = client.post(
        url("case_status", traffic_case), {"status-to_status": "in_progress"}
    )
    assert other_status.status_code == 403


@pytest.mark.django_db
def test_department_staff_hand_a_case_back_to_triage_with_a_reason(
    client, traffic_staff, traffic_case
):
    client.force_login(traffic_staff)

    without_reason = post(client, "case_hand_back", traffic_case, {"handback-reason": ""})
    assert "Say why, so the central office can route it better." in without_reason.content.decode()

    response = post(client, "case_hand_back", traffic_case, {"handback-reason": "Is een tram"})

    traffic_case.refresh_from_db()
    assert traffic_case.department is None
    assert f"Case {traffic_case.pk} was handed back to triage." in response.content.decode()
    assert traffic_case.events.filter(kind=CaseEvent.Kind.REROUTED, reason="Is een tram").exists()


# -- replying ------------------------------------------------------------------------------------


@pytest.mark.django_db
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


@pytest.mark.django_db
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


@pytest.mark.django_db
def test_sending_a_reply_queues_it_and_shows_its_state(client, officer, traffic_case):
    client.force_login(officer)

    response = post(
        client, "case_reply", traffic_case, {"reply-kind": "answer", "reply-text": "Is opgelost!"}
    )

    reply = traffic_case.replies.get()
    assert reply.send_state == Reply.SendState.QUEUED and reply.author == officer
    page = response.content.decode()
    assert "Reply queued" in page and "Queued" in page and "Is opgelost!" in page


@pytest.mark.django_db
def test_a_reply_too_long_for_the_platform_is_refused_with_the_limit(client, officer, traffic_case):
    client.force_login(officer)

    response = post(
        client, "case_reply", traffic_case, {"reply-kind": "answer", "reply-text": "a" * 300}
    )

    assert not traffic_case.replies.exists()
    assert "A reply on X can have at most 280 characters; this one has 300." in (
        response.content.decode()
    )


@pytest.mark.django_db
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


@pytest.mark.django_db
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


@pytest.mark.django_db
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


@pytest.mark.django_db
def test_a_mistake_in_a_plain_form_post_shows_the_page_again_with_the_error(client, officer):
    case = CaseFactory(department=None, status=CaseStatus.NEW)
    client.force_login(officer)

    response = client.post(url("case_merge", case), {"merge-into": "abc"})

    assert response.status_code == 200
    page = response.content.decode()
    assert "<html" in page
    assert "Enter a case number, such as 1234." in page
    assert 'aria-invalid="true"' in page


@pytest.mark.django_db
def test_the_case_still_opens_when_presence_is_unavailable(
    client, officer, traffic_case, monkeypatch
):
    def broken(**kwargs):
        raise ConnectionError("redis is down")

    monkeypatch.setattr("departments.presence.presence_touch", broken)
    client.force_login(officer)

    page = page_of(client, traffic_case)

    assert "Stoplicht Lange Voorhout" in page

"""The officer's actions on the case view, through the test client: what each one changes and
says, what the workflow refuses, and a mistake in a form posted without JavaScript."""

import re

import pytest

from departments.models import CaseEvent, CaseStatus, Priority, Topic
from tests.departments.pages import page_of, post, url
from tests.factories import CaseFactory

# Every page view records who is looking at the case, in Redis.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("presence_cleared")]


def test_an_officer_routes_a_triage_case_and_sees_it_routed(client, officer, departments):
    case = CaseFactory(department=None)
    client.force_login(officer)

    response = post(client, "case_route", case, {"route-department": departments["traffic"].pk})

    case.refresh_from_db()
    assert case.department == departments["traffic"] and case.status == CaseStatus.ROUTED
    assert "Routed to Traffic." in response.content.decode()
    assert response["HX-Trigger"] == "queue-changed"  # the queue refreshes its rows


def test_an_officer_sends_a_case_back_to_triage_with_a_plain_form_post(
    client, officer, traffic_case
):
    client.force_login(officer)

    response = client.post(url("case_route", traffic_case), {"route-department": ""})

    assert response.status_code == 302 and response["Location"] == url("case_detail", traffic_case)
    traffic_case.refresh_from_db()
    assert traffic_case.department is None and traffic_case.status == CaseStatus.NEW
    assert "Sent back to triage." in client.get(response["Location"]).content.decode()


def test_an_officer_assigns_the_case_to_a_department_member(
    client, officer, traffic_staff, traffic_case
):
    client.force_login(officer)

    response = post(client, "case_assign", traffic_case, {"assign-assignee": traffic_staff.pk})

    traffic_case.refresh_from_db()
    assert traffic_case.assignee == traffic_staff
    assert "Assigned to tom." in response.content.decode()


def test_someone_outside_the_department_cannot_be_chosen_as_assignee(
    client, officer, transit_staff, traffic_case
):
    client.force_login(officer)

    response = post(client, "case_assign", traffic_case, {"assign-assignee": transit_staff.pk})

    traffic_case.refresh_from_db()
    assert traffic_case.assignee is None
    assert "Select a valid choice" in response.content.decode()


def test_an_officer_sets_the_priority(client, officer, traffic_case):
    client.force_login(officer)

    response = post(client, "case_priority", traffic_case, {"priority-priority": Priority.URGENT})

    traffic_case.refresh_from_db()
    assert traffic_case.priority == Priority.URGENT
    assert "Priority set to Urgent." in response.content.decode()


def test_an_officer_tags_topics(client, officer, traffic_case):
    lights = Topic.objects.get(slug="traffic-lights")
    client.force_login(officer)

    response = post(client, "case_topics", traffic_case, {"topics-topics": [lights.pk]})

    assert list(traffic_case.topics.all()) == [lights]
    assert "Topics: Traffic lights." in response.content.decode()


def test_the_topics_form_groups_the_topics_by_department_and_ticks_the_cases_own(
    client, officer, traffic_case
):
    lights = Topic.objects.get(slug="traffic-lights")
    traffic_case.topics.set([lights])
    client.force_login(officer)

    page = page_of(client, traffic_case)

    ticked = re.findall(
        r'<input type="checkbox" name="topics-topics" value="(\d+)"[^>]*checked', page
    )
    assert ticked == [str(lights.pk)]
    traffic_group = page[page.index("<legend>Traffic</legend>") :].split("</fieldset>")[0]
    assert "Traffic lights</label>" in traffic_group
    every_topic = re.findall(r'name="topics-topics" value="(\d+)" id="([^"]+)"', page)
    assert len(every_topic) == Topic.objects.count()
    assert all(f'<label class="inline" for="{box_id}">' in page for _value, box_id in every_topic)


def test_an_officer_moves_the_case_along_the_workflow(client, officer, traffic_case):
    client.force_login(officer)
    page = page_of(client, traffic_case)
    assert '<option value="in_progress">' in page  # offered: the table allows it
    assert '<option value="merged">' not in page  # merging has its own form

    response = post(client, "case_status", traffic_case, {"status-to_status": "in_progress"})

    traffic_case.refresh_from_db()
    assert traffic_case.status == CaseStatus.IN_PROGRESS
    assert "Status changed to “In progress”." in response.content.decode()


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


def test_an_officer_marks_a_case_as_spam(client, officer, traffic_case):
    client.force_login(officer)

    response = post(client, "case_spam", traffic_case, {})

    traffic_case.refresh_from_db()
    assert traffic_case.status == CaseStatus.SPAM
    page = response.content.decode()
    assert "Marked as spam and closed." in page
    assert "Marked as spam" in page.split("History")[-1]


def test_an_officer_closes_a_case_as_not_for_us_with_the_reason(client, officer, traffic_case):
    client.force_login(officer)

    response = post(
        client, "case_not_for_us", traffic_case, {"notforus-reason": "Rijkswaterstaat: A4"}
    )

    traffic_case.refresh_from_db()
    assert traffic_case.status == CaseStatus.NOT_FOR_US
    assert "Rijkswaterstaat: A4" in response.content.decode()


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


def test_a_note_mentioning_an_unknown_username_is_refused_with_the_name(
    client, officer, traffic_case
):
    client.force_login(officer)

    response = post(client, "case_note", traffic_case, {"note-text": "@tomm kijk even"})

    assert not traffic_case.replies.exists()
    assert "Nobody here has the username @tomm." in response.content.decode()


def test_a_mistake_in_a_plain_form_post_shows_the_page_again_with_the_error(client, officer):
    case = CaseFactory(department=None, status=CaseStatus.NEW)
    client.force_login(officer)

    response = client.post(url("case_merge", case), {"merge-into": "abc"})

    assert response.status_code == 200
    page = response.content.decode()
    assert "<html" in page
    assert "Enter a case number, such as 1234." in page
    assert 'aria-invalid="true"' in page

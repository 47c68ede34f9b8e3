"""Bulk actions on the queue: the checkboxes and the bar for those who may use them, what each
action changes, the list redrawn through htmx, and what is refused."""

import pytest
from django.urls import reverse

from departments.models import Case, CaseStatus
from tests.departments.pages import QUEUE, listed
from tests.factories import CaseFactory

pytestmark = pytest.mark.django_db


def test_managers_see_the_queue_but_get_no_bulk_bar(client, manager, departments):
    case = CaseFactory(department=departments["traffic"])
    client.force_login(manager)

    page = client.get(QUEUE).content.decode()

    assert case.post.text in page
    assert 'id="bulk-bar"' not in page
    assert 'name="case"' not in page
    response = client.post(
        reverse("departments:queue_bulk"), {"case": [case.id], "action": "close"}
    )
    assert response.status_code == 403
    case.refresh_from_db()
    assert case.status == CaseStatus.NEW


def test_officers_get_a_checkbox_on_every_row_and_the_bulk_bar(client, officer, departments):
    cases = CaseFactory.create_batch(2)
    client.force_login(officer)

    page = client.get(QUEUE).content.decode()

    assert 'id="bulk-bar"' in page
    for case in cases:
        assert f'name="case" value="{case.id}"' in page


def test_bulk_close_closes_the_selected_cases_only(client, officer, departments):
    chosen = CaseFactory.create_batch(2, department=departments["traffic"])
    left = CaseFactory(department=departments["traffic"])
    client.force_login(officer)

    response = client.post(
        reverse("departments:queue_bulk"),
        {"case": [c.id for c in chosen], "action": "close", "next": "department=traffic"},
    )

    assert response.status_code == 302
    assert response["Location"].endswith("?department=traffic")
    statuses = dict(Case.objects.values_list("id", "status"))
    assert [statuses[c.id] for c in chosen] == [CaseStatus.CLOSED] * 2
    assert statuses[left.id] != CaseStatus.CLOSED
    assert listed(client) == {left.id}


def test_bulk_route_assign_and_spam(client, officer, departments):
    a, b, c = CaseFactory.create_batch(3)
    bulk = reverse("departments:queue_bulk")
    client.force_login(officer)

    client.post(bulk, {"case": [a.id, b.id], "action": "route", "department": "transit"})
    client.post(bulk, {"case": [a.id], "action": "assign", "assignee": str(officer.pk)})
    client.post(bulk, {"case": [c.id], "action": "spam"})

    a.refresh_from_db()
    b.refresh_from_db()
    c.refresh_from_db()
    assert (a.department.slug, b.department.slug) == ("transit", "transit")
    assert a.assignee == officer and b.assignee is None
    assert c.status == CaseStatus.SPAM
    assert listed(client, department="transit") == {a.id, b.id}


def test_bulk_actions_through_htmx_redraw_the_list(client, officer, departments):
    case = CaseFactory(department=departments["traffic"])
    kept = CaseFactory(department=departments["traffic"])
    client.force_login(officer)

    response = client.post(
        reverse("departments:queue_bulk"),
        {"case": [case.id], "action": "close", "next": ""},
        HTTP_HX_REQUEST="true",
    )

    assert response.status_code == 200
    assert response["HX-Trigger"] == "queue-counts-changed"
    assert [c.id for c in response.context["cases"]] == [kept.id]


def test_department_staff_cannot_bulk_change_another_departments_cases(
    client, traffic_staff, departments
):
    other = CaseFactory(department=departments["transit"])
    client.force_login(traffic_staff)

    client.post(reverse("departments:queue_bulk"), {"case": [other.id], "action": "close"})

    other.refresh_from_db()
    assert other.status != CaseStatus.CLOSED


def test_a_bulk_action_without_a_selection_changes_nothing_and_says_so(
    client, officer, departments
):
    case = CaseFactory()
    client.force_login(officer)

    response = client.post(reverse("departments:queue_bulk"), {"action": "close"}, follow=True)

    assert "Select at least one case." in response.content.decode()
    case.refresh_from_db()
    assert case.status == CaseStatus.NEW

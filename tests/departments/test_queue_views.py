"""The queue's left pane: the count of each view, kept up to date as cases change, and the
filters people save, counted for whoever looks and deleted only by their owner."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from departments.models import CaseStatus, SavedFilter
from tests.departments.pages import QUEUE
from tests.factories import CaseFactory

pytestmark = pytest.mark.django_db


def test_the_left_pane_counts_each_view(client, officer, departments):
    traffic = departments["traffic"]
    CaseFactory.create_batch(3, department=traffic)
    CaseFactory.create_batch(2, department=None)
    CaseFactory(department=traffic, assignee=officer)
    CaseFactory(department=traffic, first_response_due_at=timezone.now() - timedelta(hours=1))
    CaseFactory(department=traffic, status=CaseStatus.CLOSED)
    client.force_login(officer)

    pane = client.get(reverse("departments:queue_views"), HTTP_HX_REQUEST="true")

    counts = {view.label: view.count for view in pane.context["views"]}
    assert counts["All open"] == 7
    assert counts["Triage"] == 2
    assert counts["Mine"] == 1
    assert counts["Overdue"] == 1
    assert counts["Traffic"] == 5
    assert counts["Public transport"] == 0


def test_the_left_pane_counts_move_as_soon_as_cases_change(client, officer, departments):
    cases = CaseFactory.create_batch(3, department=departments["traffic"])
    client.force_login(officer)
    views = reverse("departments:queue_views")
    before = {v.label: v.count for v in client.get(views).context["views"]}

    client.post(reverse("departments:queue_bulk"), {"case": [cases[0].id], "action": "close"})

    after = {v.label: v.count for v in client.get(views).context["views"]}
    assert (before["All open"], after["All open"]) == (3, 2)
    assert (before["Traffic"], after["Traffic"]) == (3, 2)


def test_an_officer_saves_a_filter_sees_it_counted_and_deletes_it(client, officer, departments):
    CaseFactory(department=departments["traffic"], assignee=officer)
    CaseFactory(department=departments["traffic"])
    client.force_login(officer)

    response = client.post(
        reverse("departments:saved_filter_save"),
        {"name": "My traffic", "query": "department=traffic&assignee=me&after=x|1"},
    )

    assert response.status_code == 302
    saved = SavedFilter.objects.get(owner=officer, name="My traffic")
    assert saved.query == "assignee=me&department=traffic"  # paging is not part of a view
    pane = client.get(reverse("departments:queue_views"))
    assert [(v.label, v.count) for v in pane.context["saved_views"]] == [("My traffic", 1)]
    assert "My traffic" in client.get(QUEUE).content.decode()

    client.post(reverse("departments:saved_filter_delete", args=[saved.id]))
    assert not SavedFilter.objects.filter(pk=saved.pk).exists()


def test_nobody_can_delete_someone_elses_saved_filter(client, officer, manager, departments):
    saved = SavedFilter.objects.create(owner=officer, name="Mine", query="assignee=me")
    client.force_login(manager)

    response = client.post(reverse("departments:saved_filter_delete", args=[saved.id]))

    assert response.status_code == 404
    assert SavedFilter.objects.filter(pk=saved.pk).exists()


def test_a_saved_filter_with_me_counts_the_cases_of_whoever_looks(
    client, officer, traffic_staff, departments
):
    CaseFactory(department=departments["traffic"], assignee=traffic_staff)
    SavedFilter.objects.create(owner=officer, name="Mine", query="assignee=me")
    client.force_login(officer)

    pane = client.get(reverse("departments:queue_views"))

    assert [(v.label, v.count) for v in pane.context["saved_views"]] == [("Mine", 0)]


def test_the_queues_rows_speak_the_readers_language(client, officer, departments):
    for _ in range(51):  # one more than a page: the "more" link
        CaseFactory(department=None, assignee=None)
    client.force_login(officer)
    client.post(reverse("set_language"), {"language": "nl"})

    html = client.get(QUEUE).content.decode()

    assert "<em>Triage</em>" in html  # the same word in Dutch
    assert ">niet toegewezen</span>" in html
    assert ">Meer zaken</a>" in html
    assert "unassigned" not in html and "More cases" not in html

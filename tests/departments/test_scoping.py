"""Department staff see their own departments' cases through every door, not only the case page:
search, the left pane's counts, a saved filter that names another department, the bulk bar, the
author's earlier cases and the analytics download. (Which URLs answer whom is the role x URL
matrix, tests/smartgov/test_url_matrix.py; this is what the answers contain.)"""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from departments.cases.search import cases_index_for_search
from departments.models import Case, CaseStatus, SavedFilter
from tests.departments.pages import QUEUE, listed, page_of
from tests.factories import CaseFactory, PostFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_departments(departments):
    """One open traffic case and, the week before, two open transit cases, all about a bridge,
    all by @jan_h on the same platform."""
    week_before = timezone.now() - timedelta(days=7)
    transit = [
        CaseFactory(
            department=departments["transit"],
            status=CaseStatus.ROUTED,
            created_at=week_before,
            post=PostFactory(
                platform="x",
                author_id="4242",
                author_handle="jan_h",
                text=f"Brugbus lijn {n} reed niet",
                created_at=week_before,
            ),
        )
        for n in (3, 4)
    ]
    traffic = CaseFactory(
        department=departments["traffic"],
        status=CaseStatus.ROUTED,
        post=PostFactory(
            platform="x", author_id="4242", author_handle="jan_h", text="Brugklep Havenkade klemt"
        ),
    )
    cases_index_for_search()
    return traffic, transit


def test_search_finds_only_the_staffs_own_departments_cases(client, traffic_staff, two_departments):
    traffic, _transit = two_departments
    client.force_login(traffic_staff)

    assert listed(client, q="jan_h") == {traffic.id}
    assert listed(client, q="brugbus") == set()
    assert listed(client, department="transit") == set()


def test_the_left_pane_and_a_saved_filter_count_only_their_cases(
    client, traffic_staff, two_departments
):
    SavedFilter.objects.create(owner=traffic_staff, name="Transit's", query="department=transit")
    client.force_login(traffic_staff)

    pane = client.get(reverse("departments:queue_views")).content.decode()

    assert ">Public transport<" not in pane  # no view of a department they are not in
    counts = dict(re.findall(r'title="([^"]+)">[^<]*</span>\s*<span class="n">(\d+)', pane))
    assert counts["Transit&#x27;s"] == "0"
    assert counts["Traffic"] == "1"
    assert "2" not in counts.values()  # the two transit cases are counted nowhere


def test_the_bulk_bar_leaves_another_departments_cases_alone(
    client, traffic_staff, two_departments
):
    traffic, transit = two_departments
    client.force_login(traffic_staff)

    client.post(
        reverse("departments:queue_bulk"),
        {"case": [traffic.id, *(case.id for case in transit)], "action": "close"},
    )

    statuses = dict(Case.objects.values_list("id", "status"))
    assert statuses[traffic.id] == CaseStatus.CLOSED
    assert [statuses[case.id] for case in transit] == [CaseStatus.ROUTED] * 2


def test_the_authors_earlier_cases_show_only_the_staffs_own(
    client, traffic_staff, officer, two_departments
):
    traffic, transit = two_departments
    client.force_login(officer)
    assert "Brugbus" in page_of(client, traffic)  # the officer sees @jan_h's earlier cases
    client.force_login(traffic_staff)

    page = page_of(client, traffic)

    assert "Brugbus" not in page
    assert all(reverse("departments:case_detail", args=[c.id]) not in page for c in transit)


def test_the_analytics_download_holds_only_their_departments_numbers(
    client, traffic_staff, officer, two_departments
):
    def incoming(user) -> str:
        client.force_login(user)
        response = client.get(reverse("analytics:panel_csv", args=["headlines"]))
        assert response.status_code == 200
        return response.content.decode()

    # The officer's file counts the city's three posts; traffic staff's only their one.
    assert "\nIncoming citizen posts,1.00," in incoming(traffic_staff)
    assert "\nIncoming citizen posts,3.00," in incoming(officer)


def test_the_queue_itself_lists_only_their_cases(client, traffic_staff, two_departments):
    traffic, _transit = two_departments
    client.force_login(traffic_staff)

    assert listed(client) == {traffic.id}
    assert "Brugbus" not in client.get(QUEUE).content.decode()

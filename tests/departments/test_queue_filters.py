"""The queue's filters: each narrows the list to the cases it names, SLA filters leave closed
cases out, and department staff never reach another department's cases by any of them."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from departments.cases.search import cases_index_for_search
from departments.models import CaseStatus, SavedFilter, Topic
from departments.sla import add_business_hours
from listening.models import Platform
from tests.departments.pages import QUEUE, listed
from tests.factories import AccountFactory, CaseFactory

pytestmark = pytest.mark.django_db


def _filter_cases(departments, officer):
    """Pairs of cases that differ in one thing each filter looks at: (params, match, miss)."""
    now = timezone.now()
    traffic, transit = departments["traffic"], departments["transit"]
    lights = (
        Topic.objects.get(slug="traffic-lights")
        if Topic.objects.filter(slug="traffic-lights").exists()
        else Topic.objects.filter(department=traffic).first()
    )
    mastodon_account = AccountFactory(platform=Platform.MASTODON, department=transit)

    topical = CaseFactory(department=traffic)
    topical.topics.add(lights)
    return [
        (
            {"status": CaseStatus.IN_PROGRESS},
            CaseFactory(status=CaseStatus.IN_PROGRESS),
            CaseFactory(status=CaseStatus.ROUTED),
        ),
        (
            {"status": CaseStatus.CLOSED},
            CaseFactory(status=CaseStatus.CLOSED),
            CaseFactory(status=CaseStatus.NEW),
        ),
        (
            {"department": "transit"},
            CaseFactory(department=transit),
            CaseFactory(department=traffic),
        ),
        ({"department": "triage"}, CaseFactory(department=None), CaseFactory(department=traffic)),
        ({"topic": lights.slug}, topical, CaseFactory(department=traffic)),
        (
            {"platform": Platform.MASTODON},
            CaseFactory(post__platform=Platform.MASTODON, post__account=mastodon_account),
            CaseFactory(post__platform=Platform.X),
        ),
        (
            {"account": str(mastodon_account.pk)},
            CaseFactory(post__account=mastodon_account),
            CaseFactory(),
        ),
        ({"lang": "en"}, CaseFactory(language="en"), CaseFactory(language="nl")),
        (
            {"sla": "overdue"},
            CaseFactory(department=traffic, first_response_due_at=now - timedelta(hours=1)),
            CaseFactory(department=traffic, first_response_due_at=now + timedelta(days=10)),
        ),
        (
            {"sla": "due_soon"},
            CaseFactory(department=traffic, first_response_due_at=add_business_hours(now, 1)),
            CaseFactory(department=traffic, first_response_due_at=now + timedelta(days=10)),
        ),
        (
            {"sla": "ok"},
            CaseFactory(department=traffic, first_response_due_at=now + timedelta(days=10)),
            CaseFactory(department=traffic, first_response_due_at=now - timedelta(hours=1)),
        ),
        ({"assignee": "me"}, CaseFactory(assignee=officer), CaseFactory(assignee=None)),
        ({"assignee": "none"}, CaseFactory(assignee=None), CaseFactory(assignee=officer)),
        ({"assignee": str(officer.pk)}, CaseFactory(assignee=officer), CaseFactory()),
        (
            {"created_after": (now - timedelta(days=3)).date().isoformat()},
            CaseFactory(post__created_at=now - timedelta(days=1)),
            CaseFactory(post__created_at=now - timedelta(days=10)),
        ),
        (
            {"created_before": (now - timedelta(days=3)).date().isoformat()},
            CaseFactory(post__created_at=now - timedelta(days=10)),
            CaseFactory(post__created_at=now - timedelta(days=1)),
        ),
    ]


def test_each_filter_narrows_the_queue_to_the_cases_it_names(client, officer, departments):
    client.force_login(officer)
    pairs = _filter_cases(departments, officer)
    everything = listed(client)

    for params, match, miss in pairs:
        shown = listed(client, **params)
        assert match.id in shown, f"{params} hid the case it names"
        assert miss.id not in shown, f"{params} let through a case it excludes"
        if match.status in (CaseStatus.CLOSED,):
            assert match.id not in everything  # closed cases only when asked for
        else:
            assert shown < everything


@pytest.mark.parametrize("sla", ["overdue", "due_soon", "ok", "met"])
def test_an_sla_filter_with_a_closed_status_lists_nothing(client, officer, departments, sla):
    now = timezone.now()
    traffic = departments["traffic"]
    # Closed cases whose deadlines would put them in each SLA state were they open.
    closed = [
        CaseFactory(department=traffic, status=CaseStatus.CLOSED, first_response_due_at=due)
        for due in (now - timedelta(hours=1), add_business_hours(now, 1), now + timedelta(days=10))
    ]
    closed.append(
        CaseFactory(
            department=traffic,
            status=CaseStatus.CLOSED,
            first_response_due_at=now - timedelta(hours=1),
            first_responded_at=now - timedelta(hours=2),
        )
    )
    client.force_login(officer)

    assert listed(client, status=CaseStatus.CLOSED) == {case.id for case in closed}
    assert listed(client, status=CaseStatus.CLOSED, sla=sla) == set()


def test_department_staff_never_see_another_departments_cases(client, traffic_staff, departments):
    own = CaseFactory(department=departments["traffic"], post__text="Stoplicht Havenkade kapot")
    other = CaseFactory(
        department=departments["transit"],
        post__text="Tram 2 rijdt weer niet",
        first_response_due_at=timezone.now() - timedelta(hours=2),
    )
    triage = CaseFactory(department=None, post__text="Waar haal ik mijn paspoort?")
    cases_index_for_search()
    SavedFilter.objects.create(owner=traffic_staff, name="Transit", query="department=transit")
    client.force_login(traffic_staff)

    assert listed(client) == {own.id}
    assert listed(client, department="transit") == set()
    assert listed(client, department="triage") == set()
    assert listed(client, q="tram") == set()
    assert listed(client, sla="overdue") == set()
    assert listed(client, status=CaseStatus.ROUTED, assignee="none") <= {own.id}
    assert other.id not in listed(client, **{"department": "transit", "sla": "overdue"})

    pane = client.get(reverse("departments:queue_views"))
    views = {view.label: view.count for view in pane.context["views"]}
    saved = {view.label: view.count for view in pane.context["saved_views"]}
    assert views["All open"] == 1
    assert "Triage" not in views and "Public transport" not in views
    assert views["Overdue"] == 0
    assert saved == {"Transit": 0}
    assert triage.post.text not in client.get(QUEUE).content.decode()

"""The queue as each role uses it: filters, search, paging by key, the left pane's views and
counts, saved filters, bulk actions, and new cases arriving while the page is open."""

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from departments.models import Case, CaseStatus, SavedFilter, Topic
from departments.search import cases_index_for_search
from departments.sla import add_business_hours, running_due_at
from listening.models import EngagementSnapshot, Platform
from tests.factories import AccountFactory, CaseFactory

pytestmark = pytest.mark.django_db
QUEUE = reverse("departments:queue")


def listed(client, **params) -> set[int]:
    response = client.get(QUEUE, params)
    assert response.status_code == 200
    return {case.id for case in response.context["cases"]}


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


def test_search_finds_a_dutch_post_by_an_inflected_word(client, officer, departments):
    dutch = CaseFactory(language="nl", post__text="De lantaarnpaal bij het station is kapot")
    english = CaseFactory(language="en", post__text="The bins on Elm Street are overflowing")
    cases_index_for_search(case_ids=[dutch.id, english.id])
    client.force_login(officer)

    assert listed(client, q="lantaarnpalen") == {dutch.id}
    assert listed(client, q="bin overflow") == {english.id}
    assert listed(client, q="lantaarnpalen", lang="en") == set()


def test_search_finds_a_post_by_its_authors_handle(client, officer, departments):
    case = CaseFactory(post__author_handle="jan_h", post__text="Stoplicht staat op rood")
    CaseFactory(post__author_handle="mo_d")
    cases_index_for_search()
    client.force_login(officer)

    assert listed(client, q="jan_h") == {case.id}


def test_search_finds_a_facebook_commenter_by_name(client, officer, departments):
    account = AccountFactory(platform=Platform.FACEBOOK, department=departments["public-works"])
    commenter = CaseFactory(
        post__platform=Platform.FACEBOOK,
        post__account=account,
        post__author_handle="",
        post__author_name="Mo de Vries",
        post__text="The bin on Elm Street has been overflowing since Monday",
    )
    CaseFactory(
        post__platform=Platform.FACEBOOK,
        post__account=account,
        post__author_handle="",
        post__author_name="Jan Hendriks",
        post__text="The bin on Elm Street has been overflowing since Monday",
    )
    cases_index_for_search()
    client.force_login(officer)

    assert listed(client, q="Mo de Vries") == {commenter.id}
    assert listed(client, q="vries") == {commenter.id}


def _page_through(client, **params) -> list[int]:
    seen: list[int] = []
    cursor = None
    for _ in range(20):
        response = client.get(QUEUE, {**params, **({"after": cursor} if cursor else {})})
        seen += [case.id for case in response.context["cases"]]
        cursor = response.context["next_cursor"]
        if cursor is None:
            return seen
    raise AssertionError("the queue never reached its last page")


@pytest.mark.parametrize("sort", ["newest", "urgent"])
def test_keyset_paging_lists_every_case_exactly_once(client, officer, departments, sort):
    now = timezone.now()
    same_moment = now - timedelta(hours=3)
    cases = []
    for n in range(130):
        # Many cases share a moment and a deadline, and a third have no deadline at all.
        created = same_moment if n % 4 == 0 else now - timedelta(minutes=n)
        due = None if n % 3 == 0 else now + timedelta(hours=(n % 7))
        cases.append(
            CaseFactory(
                post__created_at=created,
                department=departments["traffic"] if due else None,
                first_response_due_at=due,
            )
        )
    client.force_login(officer)

    seen = _page_through(client, sort=sort)

    assert len(seen) == len(set(seen)) == 130
    ordered = Case.objects.in_bulk(seen)
    if sort == "newest":
        keys = [(ordered[i].created_at, ordered[i].id) for i in seen]
        assert keys == sorted(keys, reverse=True)
    else:
        dues = [ordered[i].first_response_due_at for i in seen]
        dated = [d for d in dues if d is not None]
        assert dated == sorted(dated)
        assert dues[len(dated) :] == [None] * (len(dues) - len(dated))  # undated ones last


def test_the_triage_view_sorted_by_urgency_lists_every_case_once_in_deadline_order(
    client, officer, departments
):
    now = timezone.now()
    triage = []
    for n in range(70):
        # Shared deadlines, cases without one, and answered cases whose resolution counts.
        due = None if n % 5 == 0 else now + timedelta(hours=n % 6 - 2)
        answered = n % 7 == 0
        triage.append(
            CaseFactory(
                department=None,
                first_response_due_at=now - timedelta(days=1) if answered else due,
                first_responded_at=now - timedelta(days=2) if answered else None,
                resolution_due_at=due,
            )
        )
    # Earlier deadlines elsewhere, and a closed triage case, that the view must leave out.
    CaseFactory.create_batch(
        3, department=departments["traffic"], first_response_due_at=now - timedelta(days=3)
    )
    CaseFactory(department=None, status=CaseStatus.CLOSED, first_response_due_at=now)
    client.force_login(officer)

    seen = _page_through(client, department="triage", sort="urgent")

    def key(case):
        due = running_due_at(case)
        return (due is None, due or now, case.id)

    assert seen == [case.id for case in sorted(triage, key=key)]


def _bare(sql: str) -> str:
    """SQL without the table name, quotes, brackets and spaces that do not change its meaning
    here (a query qualifies its columns, an index definition does not)."""
    return re.sub(r'"departments_case"\.|[\s()"]', "", sql)


def test_the_urgent_sort_orders_by_the_expression_the_case_open_due_index_holds(
    client, officer, departments
):
    """PostgreSQL reads a sort from an expression index only when the query sorts by the very
    same expression: if the two drift apart, the urgent queue sorts every open case."""
    now = timezone.now()
    CaseFactory(department=departments["traffic"], first_response_due_at=now)
    CaseFactory(department=departments["traffic"], first_response_due_at=None)
    index = next(index for index in Case._meta.indexes if index.name == "case_open_due")
    create = str(index.create_sql(Case, connection.schema_editor()))
    # ((<deadline>), "id"): the deadline, then the id.
    index_due = create.split(' ON "departments_case" ')[1].split(" INCLUDE ")[0].rsplit(", ", 1)[0]
    client.force_login(officer)

    with CaptureQueriesContext(connection) as captured:
        assert client.get(QUEUE, {"sort": "urgent"}).status_code == 200

    # ORDER BY <deadline> ASC, <the id> ASC LIMIT n
    orders = [
        query["sql"].split(" ORDER BY ")[1].split(" ASC, ")[0]
        for query in captured.captured_queries
        if " ORDER BY CASE " in query["sql"]
    ]
    assert len(orders) == 2  # the dated cases, then the undated ones
    for order in orders:
        assert _bare(order) == _bare(index_due), (order, index_due)


def test_paging_keeps_the_filters(client, officer, departments):
    for _ in range(55):
        CaseFactory(department=departments["transit"])
    CaseFactory.create_batch(5, department=departments["traffic"])
    client.force_login(officer)

    seen = _page_through(client, department="transit")

    assert len(seen) == 55
    assert set(Case.objects.filter(id__in=seen).values_list("department__slug", flat=True)) == {
        "transit"
    }


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


def test_new_cases_are_put_on_top_without_a_reload(client, officer, departments):
    CaseFactory(post__text="Eerder binnengekomen")
    client.force_login(officer)
    first = client.get(QUEUE)
    watermark = first.context["newest_case_id"]

    fresh = CaseFactory(post__text="Net binnen: bankje vernield")
    filtered_out = CaseFactory(department=departments["transit"], post__text="Tram vertraagd")
    poll = client.get(QUEUE, {"department": "triage", "newer": watermark}, HTTP_HX_REQUEST="true")

    body = poll.content.decode()
    assert "Net binnen: bankje vernield" in body
    assert filtered_out.post.text not in body
    assert "Eerder binnengekomen" not in body
    assert f'newer={fresh.id}"' in body.replace("&amp;", "&")  # the next poll starts after it


def test_each_row_shows_what_an_officer_triages_by(client, officer, departments):
    traffic = departments["traffic"]
    case = CaseFactory(
        department=traffic,
        routing_confidence=0.93,
        language="nl",
        assignee=officer,
        status=CaseStatus.IN_PROGRESS,
        first_response_due_at=timezone.now() - timedelta(days=3),
        post__author_handle="jan_h",
        post__text="Stoplicht Lange Voorhout staat al 2 dagen op rood",
    )
    case.topics.add(Topic.objects.filter(department=traffic).first())
    EngagementSnapshot.objects.create(
        post=case.post, taken_at=timezone.now() - timedelta(hours=2), likes=1
    )
    EngagementSnapshot.objects.create(post=case.post, taken_at=timezone.now(), likes=7, shares=2)
    client.force_login(officer)

    row = client.get(QUEUE).content.decode()

    for text in (
        "@jan_h",
        "Stoplicht Lange Voorhout",
        "NL",
        "Traffic",
        "0.93",
        "In progress",
        "olga",
        "7 likes · 2 shares",
        "overdue",
        case.topics.first().name,
        f"@{case.post.account.handle}",
    ):
        assert text in row, text
    assert 'class="sla sla-overdue"' in row


def test_a_facebook_commenter_is_listed_by_name_without_a_bare_at(client, officer, departments):
    account = AccountFactory(platform=Platform.FACEBOOK, department=departments["public-works"])
    case = CaseFactory(
        post__platform=Platform.FACEBOOK,
        post__account=account,
        post__author_handle="",
        post__author_name="Mo de Vries",
        post__text="The bin on Elm Street has been overflowing since Monday",
    )
    client.force_login(officer)

    page = client.get(QUEUE).content.decode()

    assert '<strong class="author">Mo de Vries</strong>' in page
    assert f'aria-label="Select case {case.id} from Mo de Vries"' in page
    assert "@<" not in page and "from @" not in page


def _staff_cases(departments):
    """A traffic case in each SLA group (and one without a deadline), plus another department's
    overdue case. "Due today" is halfway between now and the city's midnight."""
    now = timezone.now()
    midnight = timezone.localtime(now).replace(hour=0, minute=0, second=0, microsecond=0)
    midnight += timedelta(days=1)
    traffic = departments["traffic"]

    def due(moment, text):
        return CaseFactory(department=traffic, first_response_due_at=moment, post__text=text)

    return {
        "later": due(now + timedelta(days=3), "Later: de bus stopt te ver van de halte"),
        "today": due(now + (midnight - now) / 2, "Vandaag: stoplicht knippert oranje"),
        "undated": due(None, "Zonder termijn: bedankt voor de snelle reparatie"),
        "overdue": due(now - timedelta(hours=2), "Te laat: stoplicht Havenkade al dagen rood"),
        "other": CaseFactory(
            department=departments["transit"],
            first_response_due_at=now - timedelta(hours=5),
            post__text="Tram 2 rijdt weer niet",
        ),
    }


def test_department_staff_see_their_cases_grouped_by_overdue_due_today_and_later(
    client, traffic_staff, departments
):
    cases = _staff_cases(departments)
    client.force_login(traffic_staff)

    page = client.get(QUEUE).content.decode()

    order = [
        '<h2 class="group-heading">Overdue</h2>',
        cases["overdue"].post.text,
        '<h2 class="group-heading">Due today</h2>',
        cases["today"].post.text,
        '<h2 class="group-heading">Later</h2>',
        cases["later"].post.text,
        cases["undated"].post.text,
    ]
    positions = [page.find(text) for text in order]
    assert -1 not in positions, dict(zip(order, positions, strict=True))
    assert positions == sorted(positions)
    assert page.count('class="group-heading"') == 3
    assert cases["other"].post.text not in page
    assert '<option value="urgent" selected>' in page


def test_officers_and_staff_who_sort_by_newest_get_one_list_without_groups(
    client, officer, traffic_staff, departments
):
    _staff_cases(departments)
    client.force_login(officer)
    assert "group-heading" not in client.get(QUEUE).content.decode()

    client.force_login(traffic_staff)
    response = client.get(QUEUE, {"sort": "newest"})
    assert "group-heading" not in response.content.decode()
    assert response.context["query"] == "sort=newest"  # paging links keep the staff's choice


def test_the_next_page_of_a_group_does_not_repeat_its_heading(client, traffic_staff, departments):
    now = timezone.now()
    for minutes in range(55):
        CaseFactory(
            department=departments["traffic"],
            first_response_due_at=now - timedelta(hours=3, minutes=minutes),
        )
    later = CaseFactory(department=departments["traffic"], first_response_due_at=None)
    client.force_login(traffic_staff)

    first = client.get(QUEUE)
    second = client.get(QUEUE, {"after": first.context["next_cursor"]}, HTTP_HX_REQUEST="true")

    assert first.content.decode().count('class="group-heading"') == 1
    body = second.content.decode()
    assert "Overdue</h2>" not in body
    assert body.count('class="group-heading"') == 1
    assert body.index("Later</h2>") < body.index(f'id="case-row-{later.id}"')


def test_the_staff_groups_are_named_in_dutch(client, traffic_staff, departments):
    _staff_cases(departments)
    client.force_login(traffic_staff)
    client.post(reverse("set_language"), {"language": "nl"})

    page = client.get(QUEUE).content.decode()

    for heading in ("Te laat", "Uiterlijk vandaag", "Later"):
        assert f'<h2 class="group-heading">{heading}</h2>' in page


def test_the_queue_is_shown_in_dutch_after_switching_language(client, officer, departments):
    CaseFactory()
    client.force_login(officer)

    client.post(reverse("set_language"), {"language": "nl", "next": QUEUE})
    page = client.get(QUEUE).content.decode()

    assert '<html lang="nl">' in page
    assert "Zoeken" in page and "open zaak" in page


def test_the_left_pane_counts_move_as_soon_as_cases_change(client, officer, departments):
    cases = CaseFactory.create_batch(3, department=departments["traffic"])
    client.force_login(officer)
    views = reverse("departments:queue_views")
    before = {v.label: v.count for v in client.get(views).context["views"]}

    client.post(reverse("departments:queue_bulk"), {"case": [cases[0].id], "action": "close"})

    after = {v.label: v.count for v in client.get(views).context["views"]}
    assert (before["All open"], after["All open"]) == (3, 2)
    assert (before["Traffic"], after["Traffic"]) == (3, 2)


def test_the_route_task_indexes_routed_cases_for_search(monkeypatch, departments):
    from departments import services
    from departments.search import search_query
    from departments.tasks import route_cases_task

    case = CaseFactory(post__text="De lantaarnpaal bij de brug is kapot")

    def route(*, case_ids):  # routing detects the language; the router itself is tested apart
        Case.objects.filter(id__in=case_ids).update(language="nl")
        return 0

    monkeypatch.setattr(services, "cases_route_automatically", route)

    route_cases_task(case_ids=[case.id])

    assert list(Case.objects.filter(search_vector=search_query("lantaarnpalen"))) == [case]


def test_the_queue_runs_as_many_queries_for_fifty_rows_as_for_five(client, officer, departments):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(QUEUE).status_code == 200
        return len(captured.captured_queries)

    def cases(n: int) -> None:
        for case in CaseFactory.create_batch(
            n, department=departments["traffic"], assignee=officer
        ):
            case.topics.add(Topic.objects.filter(department=departments["traffic"]).first())
            EngagementSnapshot.objects.create(post=case.post, taken_at=timezone.now(), likes=2)

    client.force_login(officer)
    cases(5)
    few = queries()
    cases(45)

    assert queries() == few

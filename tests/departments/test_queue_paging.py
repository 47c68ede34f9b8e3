"""Paging the queue by key: every case exactly once in either sort, the triage view in deadline
order, filters kept from page to page, and the urgent sort matching its index."""

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from departments.models import Case, CaseStatus
from departments.sla import running_due_at
from tests.departments.pages import QUEUE
from tests.factories import CaseFactory

pytestmark = pytest.mark.django_db


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

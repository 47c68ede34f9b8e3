"""Bad input never gives a 500 (issue 17): every GET parameter of the queue, the case view, the
access log and analytics, and the forms they post, either ignore a value that makes no sense or
answer it with a clear error. First the 500s that were reported, one test each; then hypothesis
throwing generated values at every parameter as an officer, a department member and a manager."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analytics.views import DEFAULT_PRESET
from departments.audit.filters import AccessLogFilterSet
from departments.case_view.forms import (
    AssignForm,
    HandBackForm,
    MergeForm,
    NoteForm,
    NotForUsForm,
    PriorityForm,
    ReplyForm,
    RouteForm,
    StatusForm,
    TemplatePickForm,
    TopicsForm,
)
from departments.incidents.models import Incident, IncidentMember
from departments.models import CaseAccess, CaseStatus, Department, SavedFilter, Topic
from departments.queue.filters import QueueFilterSet
from departments.queue.forms import BulkActionForm, SavedFilterForm
from tests.departments.pages import HTMX, QUEUE
from tests.factories import CaseFactory
from tests.smartgov.bad_values import VALUES, parameters, query_string

pytestmark = pytest.mark.django_db

AUDIT = reverse("departments:audit")
DASHBOARD = reverse("analytics:dashboard")


@pytest.fixture
def a_case(departments):
    """A routed traffic case, which the officer, the traffic staff and the manager all see."""
    return CaseFactory(department=departments["traffic"], status=CaseStatus.ROUTED)


def test_an_invalid_cursor_date_shows_the_first_page(client, officer, a_case):
    client.force_login(officer)

    for cursor in ["2026-13-45T10:00:00|5", "2026-02-30T10:00|5", "9999-12-31T23:59:59|5"]:
        response = client.get(QUEUE, {"before": cursor})
        assert response.status_code == 200, cursor
        assert [case.id for case in response.context["cases"]] == [a_case.id]


def test_unicode_digits_are_not_taken_for_numbers(client, officer, a_case):
    client.force_login(officer)

    for name in ["account", "assignee"]:
        response = client.get(QUEUE, {name: "²"})
        assert response.status_code == 200
        assert list(response.context["cases"]) == []
    response = client.get(QUEUE, {"newer": "²"}, **HTMX)
    assert response.status_code == 200
    response = client.get(QUEUE, {"before": "|²"})
    assert response.status_code == 200


def test_a_created_before_of_the_last_day_of_the_calendar_lists_everything(client, officer, a_case):
    client.force_login(officer)

    response = client.get(QUEUE, {"created_before": "9999-12-31"})

    assert response.status_code == 200
    assert [case.id for case in response.context["cases"]] == [a_case.id]


def test_a_created_after_in_year_one_lists_everything(client, officer, a_case):
    client.force_login(officer)

    response = client.get(QUEUE, {"created_after": "0001-01-01"})

    assert response.status_code == 200
    assert [case.id for case in response.context["cases"]] == [a_case.id]


@pytest.mark.parametrize(
    "params",
    [
        {"from": "0001-01-01", "to": "0001-01-07"},
        {"from": "9999-12-31", "to": "0001-01-01"},
        {"week": "0001-W01"},
        {"week": "9999-W52"},
    ],
)
def test_analytics_dates_off_the_calendar_give_the_default_period(client, manager, params):
    client.force_login(manager)

    response = client.get(DASHBOARD, params)

    assert response.status_code == 200
    assert response.context["preset"] == DEFAULT_PRESET
    csv = client.get(reverse("analytics:panel_csv", args=["headlines"]), params)
    assert csv.status_code == 200


@pytest.mark.parametrize("week", ["0001-W01", "9999-W52"])
def test_a_weekly_report_off_the_calendar_is_not_found(client, manager, week):
    client.force_login(manager)

    response = client.get(reverse("analytics:weekly_report", args=[week]))

    assert response.status_code == 404


def test_a_saved_filter_longer_than_the_column_is_refused_with_a_message(client, officer):
    client.force_login(officer)

    response = client.post(
        reverse("departments:saved_filter_save"),
        {"name": "long", "query": "q=" + "x" * 1200},
        **HTMX,
    )

    assert response.status_code == 200
    assert "too long" in response.content.decode()
    assert not SavedFilter.objects.exists()


def test_numbers_too_big_for_the_database_in_an_address_are_not_found(client, officer):
    client.force_login(officer)
    huge = 10**20

    assert client.get(f"/cases/{huge}/").status_code == 404
    assert client.post(f"/cases/{huge}/notes/", {"note-text": "hello"}).status_code == 404
    assert client.post(f"/filters/{huge}/delete/").status_code == 404


# The address takes any four digits, a week and two digits: Unicode digits too.
OFF_WEEKS = ["0001-W01", "9999-W52", "2026-W54", "2026-W00", "\u0662\u0660\u0662\u0666-W01"]


@pytest.mark.parametrize("week", OFF_WEEKS)
def test_a_week_in_a_report_address_is_a_report_or_not_found(client, manager, week):
    client.force_login(manager)

    assert client.get(f"/analytics/reports/{week}/").status_code in (200, 404)
    assert client.get(f"/analytics/reports/{week}/files").status_code in (200, 404)
    assert client.get(f"/analytics/reports/{week}.pdf").status_code in (302, 404)
    assert client.post(f"/analytics/reports/{week}/build").status_code in (302, 404)


@pytest.mark.parametrize(
    "params",
    [
        {"before": "2026-13-45T10:00:00|5"},
        {"after": "9999-12-31T23:59:59|\u00b2"},
        {"before": "2026-02-30T10:00:00+99:00|5"},
    ],
)
def test_the_access_log_starts_from_its_newest_entry_after_a_broken_cursor(
    client, manager, a_case, params
):
    CaseAccess.objects.create(case=a_case, username="olga")
    client.force_login(manager)

    response = client.get(AUDIT, params)

    assert response.status_code == 200
    assert [entry.username for entry in response.context["entries"]] == ["olga"]


@pytest.mark.parametrize(
    ("params", "error"),
    [
        ({"opened_before": "9999-12-31"}, "Enter a day between"),
        ({"opened_after": "0001-01-01"}, "Enter a day between"),
        ({"case": "99999999999999999999"}, "less than or equal to"),
        ({"case": "\u00b2"}, "Enter a whole number"),
        ({"person": "\x00"}, "Null characters are not allowed"),
        ({"department": "\x00"}, "Null characters are not allowed"),
    ],
)
def test_an_access_log_filter_that_makes_no_sense_is_said_beside_it(
    client, manager, a_case, params, error
):
    CaseAccess.objects.create(case=a_case, username="olga")
    client.force_login(manager)

    response = client.get(AUDIT, params)

    assert response.status_code == 200
    assert error in response.content.decode()
    assert list(response.context["entries"]) == []
    csv = client.get(reverse("departments:audit_csv"), params)
    assert len(b"".join(csv.streaming_content).splitlines()) == 1  # the header alone


def test_the_bulk_bar_refuses_case_numbers_that_are_not_numbers(client, officer, a_case):
    client.force_login(officer)

    for number in ["\u00b2", "\u0663", "99999999999999999999", "1" * 5000]:
        response = client.post(
            reverse("departments:queue_bulk"),
            {"case": [str(a_case.pk), number], "action": "spam"},
            **HTMX,
        )
        assert response.status_code == 200
        assert "Unknown case." in response.content.decode()
    a_case.refresh_from_db()
    assert a_case.status == CaseStatus.ROUTED


@pytest.mark.parametrize(
    ("name", "data", "error"),
    [
        ("case_merge", {"merge-into": "\u00b2"}, "Enter a case number"),
        ("case_merge", {"merge-into": "99999999999999999999"}, "that you can see"),
        ("case_priority", {"priority-priority": "\u00b2"}, "Select a valid choice"),
        ("case_assign", {"assign-assignee": "99999999999999999999"}, "Select a valid choice"),
        ("case_route", {"route-department": "\x00"}, "Null characters are not allowed"),
        ("case_note", {"note-text": "hello\x00"}, "Null characters are not allowed"),
        ("case_status", {"status-to_status": "\u00b2"}, "Select a valid choice"),
    ],
)
def test_garbage_in_a_case_form_is_a_form_error(client, officer, a_case, name, data, error):
    client.force_login(officer)

    response = client.post(reverse(f"departments:{name}", args=[a_case.pk]), data, **HTMX)

    assert response.status_code == 200
    assert error in response.content.decode()


@pytest.mark.parametrize("template", ["\u00b2", "99999999999999999999", "\x00", "-1"])
def test_a_template_that_is_not_one_leaves_the_composer_empty(client, officer, a_case, template):
    client.force_login(officer)

    response = client.get(
        reverse("departments:case_detail", args=[a_case.pk]), {"template": template}
    )

    assert response.status_code == 200
    assert response.context["composer"]["text"].value() in (None, "")


# Every GET parameter each page reads, written down: the test below fails when a view reads one
# that is not here, so that a new parameter gets its share of the generated values.
QUEUE_PARAMETERS = {
    *("q", "status", "department", "topic", "platform", "account", "lang", "sla", "assignee"),
    *("question", "created_after", "created_before", "sort", "after", "before", "newer"),
}
CASE_VIEW_PARAMETERS = {"template"}
AUDIT_PARAMETERS = {"person", "case", "department", "opened_after", "opened_before"} | {
    "before",
    "after",
}
ANALYTICS_PARAMETERS = {"department", "from", "to", "week", "period"}
# Where each page's parameters are read, and what a view reads them through.
PARAMETER_SOURCES = {
    "departments/queue/views.py": QUEUE_PARAMETERS,
    "departments/queue/query.py": QUEUE_PARAMETERS,
    "departments/queue/sidebar.py": {"current"},
    "departments/case_view/detail.py": CASE_VIEW_PARAMETERS,
    "departments/case_view/panel.py": CASE_VIEW_PARAMETERS,
    "departments/audit/views.py": AUDIT_PARAMETERS,
    "departments/audit/selectors.py": AUDIT_PARAMETERS,
    "analytics/views.py": ANALYTICS_PARAMETERS,
}
READS = [
    re.compile(r'request\.GET\.get(?:list)?\(\s*"([^"]+)"'),
    re.compile(r'request\.GET\[\s*"([^"]+)"\s*\]'),
    re.compile(r'"([^"]+)"\s+(?:not\s+)?in\s+request\.GET\b'),
]


def test_every_get_parameter_a_page_reads_is_written_down_here():
    root = Path(__file__).resolve().parents[2]
    for source, written_down in PARAMETER_SOURCES.items():
        text = (root / source).read_text()
        read = {name for pattern in READS for name in pattern.findall(text)}
        assert read <= written_down, f"{source} reads {sorted(read - written_down)}"
    assert set(QueueFilterSet.base_filters) <= QUEUE_PARAMETERS
    assert set(AccessLogFilterSet.base_filters) <= AUDIT_PARAMETERS
    assert set(TemplatePickForm.base_fields) <= CASE_VIEW_PARAMETERS


HTMX_HEADERS = st.sampled_from(
    [
        {},
        HTMX,
        {**HTMX, "HTTP_HX_TARGET": "queue-results"},
        {**HTMX, "HTTP_HX_TARGET": "queue-rows"},
        {**HTMX, "HTTP_HX_CURRENT_URL": "http://testserver/?department=%00&before=|²"},
    ]
)
FUZZ = settings(
    max_examples=40,  # per page; a CI run is a fresh random sample
    deadline=None,
    # No example database: the examples are cheap to find again and the checkout stays clean.
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _read_whole(response) -> None:
    # A streamed CSV fails while it is read, after the status line was decided.
    if response.streaming:
        b"".join(response.streaming_content)


@pytest.fixture
def signed_in(client, officer, traffic_staff, manager, a_case, departments):
    """A client signed in as each of the three kinds of person, over a small city: a case in
    traffic and one in triage, a saved filter, an access log entry."""
    CaseFactory(department=None, status=CaseStatus.NEW)
    SavedFilter.objects.create(owner=officer, name="overdue", query="sla=overdue")
    CaseAccess.objects.create(case=a_case, user=officer, username=officer.username)
    clients = {}
    for person in (officer, traffic_staff, manager):
        clients[person.username] = Client()
        clients[person.username].force_login(person)
    return clients


def _get_pages(a_case) -> dict[str, tuple[str, set[str]]]:
    case_args = [a_case.pk]
    return {
        "queue": (QUEUE, QUEUE_PARAMETERS),
        "queue_views": (reverse("departments:queue_views"), {"current"}),
        "case_detail": (reverse("departments:case_detail", args=case_args), CASE_VIEW_PARAMETERS),
        "case_composer": (
            reverse("departments:case_composer", args=case_args),
            CASE_VIEW_PARAMETERS,
        ),
        "audit": (AUDIT, AUDIT_PARAMETERS),
        "audit_csv": (reverse("departments:audit_csv"), AUDIT_PARAMETERS),
        "dashboard": (DASHBOARD, ANALYTICS_PARAMETERS),
        "panel_csv": (reverse("analytics:panel_csv", args=["headlines"]), ANALYTICS_PARAMETERS),
        "weekly_report": (
            reverse("analytics:weekly_report", args=["2026-W49"]),
            ANALYTICS_PARAMETERS,
        ),
        "weekly_report_files": (
            reverse("analytics:weekly_report_files", args=["2026-W49"]),
            ANALYTICS_PARAMETERS,
        ),
    }


PAGES = [
    *("queue", "queue_views", "case_detail", "case_composer", "audit", "audit_csv"),
    *("dashboard", "panel_csv", "weekly_report", "weekly_report_files"),
]


@pytest.mark.parametrize("page", PAGES)
@FUZZ
@given(data=st.data())
def test_no_get_parameter_of_any_page_gives_a_500(signed_in, a_case, page, data):
    address, names = _get_pages(a_case)[page]
    person = data.draw(st.sampled_from(sorted(signed_in)), label="person")
    pairs = data.draw(parameters(names), label="parameters")
    headers = data.draw(HTMX_HEADERS, label="headers")

    response = signed_in[person].get(f"{address}?{query_string(pairs)}", **headers)

    _read_whole(response)
    assert response.status_code < 500


# The forms a page posts, by the address's name: each form's fields (under their prefix), and
# what the view reads beside its form.
CASE_FORMS = {
    "case_route": (RouteForm, "route"),
    "case_hand_back": (HandBackForm, "handback"),
    "case_assign": (AssignForm, "assign"),
    "case_priority": (PriorityForm, "priority"),
    "case_topics": (TopicsForm, "topics"),
    "case_status": (StatusForm, "status"),
    "case_not_for_us": (NotForUsForm, "notforus"),
    "case_merge": (MergeForm, "merge"),
    "case_note": (NoteForm, "note"),
    "case_reply": (ReplyForm, "reply"),
}
POSTED = {
    **{
        name: {f"{prefix}-{field}" for field in form.base_fields}
        for name, (form, prefix) in CASE_FORMS.items()
    },
    "case_spam": set(),
    "case_presence": {"composing"},
    "saved_filter_save": set(SavedFilterForm.base_fields),
    "queue_bulk": {*BulkActionForm.base_fields, "next"},
}


def _posted_values(world: dict) -> dict:
    """Values each field takes, real ones included, so that some posts do change a case."""
    ids = st.sampled_from([str(pk) for pk in world["ids"]])
    statuses = st.sampled_from(list(CaseStatus.values))
    departments = st.sampled_from(["traffic", "transit", "triage", "none", ""])
    return {
        **dict.fromkeys(["case", "merge-into", "topics-topics", "route-department"], ids),
        **dict.fromkeys(["assign-assignee", "assignee"], ids),
        "department": departments,
        "action": st.sampled_from(["route", "assign", "close", "spam"]),
        "status-to_status": statuses,
        "priority-priority": st.integers(-3, 6).map(str),
        "reply-kind": st.sampled_from(["answer", "acknowledgement", "internal_note"]),
        **dict.fromkeys(["next", "query"], parameters(QUEUE_PARAMETERS).map(query_string)),
        "name": st.text(st.characters(categories=["L", "N", "Zs"]), min_size=1, max_size=90),
    }


@pytest.fixture
def world(signed_in, a_case, officer, traffic_staff, manager):
    ids = {a_case.pk, officer.pk, traffic_staff.pk, manager.pk}
    ids |= set(Topic.objects.values_list("pk", flat=True)[:3])
    ids |= set(Department.objects.values_list("pk", flat=True)[:2])
    return {"clients": signed_in, "ids": sorted(ids)}


@pytest.mark.parametrize("name", sorted(POSTED))
@settings(FUZZ, max_examples=15)
@given(data=st.data())
def test_no_form_post_gives_a_500(world, a_case, name, data):
    address = reverse(f"departments:{name}", args=[a_case.pk] if name.startswith("case_") else [])
    fitting = _posted_values(world)
    fields = sorted(POSTED[name]) or ["anything"]
    person = data.draw(st.sampled_from(sorted(world["clients"])), label="person")
    pairs = data.draw(
        st.lists(
            st.sampled_from(fields).flatmap(
                lambda field: st.tuples(
                    st.just(field), st.one_of(fitting.get(field, VALUES), VALUES)
                )
            ),
            max_size=8,
        ),
        label="fields",
    )
    headers = data.draw(st.sampled_from([{}, HTMX]), label="headers")

    response = world["clients"][person].post(
        address,
        query_string(pairs),
        content_type="application/x-www-form-urlencoded",
        **headers,
    )

    assert response.status_code < 500


INCIDENT_FORMS = {
    "incident_change": {"action", "title", "into", "cases", "together"},
    "incident_message": {"kind", "text"},
}


@pytest.mark.parametrize("name", sorted(INCIDENT_FORMS))
@settings(FUZZ, max_examples=15)
@given(data=st.data())
def test_no_incident_form_post_gives_a_500(world, a_case, name, data):
    incident, _ = Incident.objects.get_or_create(
        title="Lights out",
        defaults={"first_post_at": a_case.created_at, "last_post_at": a_case.created_at},
    )
    IncidentMember.objects.get_or_create(case=a_case, defaults={"incident": incident})
    fitting = {
        "action": st.sampled_from(["rename", "merge", "split", "dissolve", "resolve"]),
        "into": st.sampled_from([str(incident.pk), "0", "-1"]),
        "cases": st.sampled_from([str(a_case.pk), "x"]),
        "kind": st.sampled_from(["acknowledgement", "answer", "internal_note"]),
    }
    person = data.draw(st.sampled_from(sorted(world["clients"])), label="person")
    pairs = data.draw(
        st.lists(
            st.sampled_from(sorted(INCIDENT_FORMS[name])).flatmap(
                lambda field: st.tuples(
                    st.just(field), st.one_of(fitting.get(field, VALUES), VALUES)
                )
            ),
            max_size=6,
        ),
        label="fields",
    )

    response = world["clients"][person].post(
        reverse(f"departments:{name}", args=[incident.pk]),
        query_string(pairs),
        content_type="application/x-www-form-urlencoded",
    )

    assert response.status_code < 500

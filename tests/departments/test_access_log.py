"""The access log: every opening of a case leaves one entry with the person, the managers' audit
view lists and filters them, downloads them as CSV, and the entries are forgotten after the
retention period."""

import csv
import io
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from departments.audit.services import forget_old_accesses
from departments.models import CaseAccess
from smartgov.sessions import BACKGROUND_HEADER
from tests.departments.pages import HTMX, url
from tests.factories import CaseFactory

# Opening a case also records presence, in Redis.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("presence_cleared")]

AUDIT = reverse("departments:audit")
AUDIT_CSV = reverse("departments:audit_csv")
CITY = ZoneInfo("Europe/Amsterdam")


def _entry(case, user, opened_at, username=None):
    return CaseAccess.objects.create(
        case=case, user=user, username=username or user.username, opened_at=opened_at
    )


def _listed(client, **params) -> list[tuple[str, int]]:
    response = client.get(AUDIT, params)
    assert response.status_code == 200
    return [(entry.username, entry.case_id) for entry in response.context["entries"]]


def _csv_rows(response) -> list[list[str]]:
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="access-log-')
    text = b"".join(response.streaming_content).decode()
    return list(csv.reader(io.StringIO(text)))


# Recording


def test_opening_the_case_page_records_one_entry_with_the_person(client, officer, traffic_case):
    client.force_login(officer)

    assert client.get(url("case_detail", traffic_case)).status_code == 200

    entry = CaseAccess.objects.get()
    assert (entry.case, entry.user, entry.username) == (traffic_case, officer, "olga")
    assert timezone.now() - entry.opened_at < timedelta(minutes=1)


def test_opening_the_case_in_the_queues_pane_records_one_entry(client, traffic_staff, traffic_case):
    client.force_login(traffic_staff)

    response = client.get(url("case_detail", traffic_case), **HTMX)

    assert response.status_code == 200
    assert list(CaseAccess.objects.values_list("case_id", "username")) == [(traffic_case.pk, "tom")]


def test_a_case_refused_to_another_departments_staff_records_nothing(
    client, transit_staff, traffic_case
):
    client.force_login(transit_staff)

    assert client.get(url("case_detail", traffic_case)).status_code == 404

    assert not CaseAccess.objects.exists()


def test_a_request_that_calls_itself_a_background_poll_is_still_an_opening(
    client, officer, traffic_case
):
    """The header is the browser's word, and anyone can send it: reading a case is always
    recorded. Presence heartbeats do not read the case."""
    client.force_login(officer)

    poll = client.get(url("case_detail", traffic_case), headers={BACKGROUND_HEADER: "1"}, **HTMX)
    heartbeat = client.post(url("case_presence", traffic_case), **HTMX)

    assert (poll.status_code, heartbeat.status_code) == (200, 200)
    assert CaseAccess.objects.count() == 1


def test_opening_the_same_case_again_within_minutes_is_one_entry(
    client, officer, traffic_case, settings
):
    settings.ACCESS_LOG_COALESCE_MINUTES = 5
    client.force_login(officer)
    for _ in range(3):
        client.get(url("case_detail", traffic_case))
    assert CaseAccess.objects.count() == 1

    CaseAccess.objects.update(opened_at=timezone.now() - timedelta(minutes=6))
    client.get(url("case_detail", traffic_case))

    assert CaseAccess.objects.count() == 2


# Who may read the log


@pytest.mark.parametrize("address", [AUDIT, AUDIT_CSV])
def test_officers_and_department_staff_may_not_read_the_log(
    client, officer, traffic_staff, address
):
    for person in (officer, traffic_staff):
        client.force_login(person)
        assert client.get(address).status_code == 403


@pytest.mark.parametrize("address", [AUDIT, AUDIT_CSV])
def test_a_visitor_who_is_not_logged_in_is_sent_to_the_login_page(client, departments, address):
    response = client.get(address)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_managers_and_administrators_read_the_log_and_see_it_in_the_menu(client, manager, officer):
    administrator = get_user_model().objects.create_superuser("ada", password="x" * 20)
    for person in (manager, administrator):
        client.force_login(person)
        response = client.get(AUDIT)
        assert response.status_code == 200
        assert f'href="{AUDIT}"' in response.content.decode()

    client.force_login(officer)
    assert f'href="{AUDIT}"' not in client.get(reverse("departments:queue")).content.decode()


# The audit view


@pytest.fixture
def history(departments, officer, traffic_staff, transit_staff):
    """Four openings over three days around midnight, city time."""
    traffic = CaseFactory(department=departments["traffic"])
    transit = CaseFactory(department=departments["transit"])
    triage = CaseFactory(department=None)
    _entry(traffic, officer, datetime(2026, 3, 1, 10, 0, tzinfo=CITY))
    _entry(traffic, traffic_staff, datetime(2026, 3, 2, 23, 30, tzinfo=CITY))
    _entry(transit, transit_staff, datetime(2026, 3, 3, 0, 30, tzinfo=CITY))
    _entry(triage, officer, datetime(2026, 3, 4, 9, 0, tzinfo=CITY))
    return {"traffic": traffic, "transit": transit, "triage": triage}


def test_managers_see_every_opening_newest_first(client, manager, history):
    client.force_login(manager)

    assert _listed(client) == [
        ("olga", history["triage"].pk),
        ("tara", history["transit"].pk),
        ("tom", history["traffic"].pk),
        ("olga", history["traffic"].pk),
    ]


def test_managers_filter_by_person_case_and_department(client, manager, history):
    client.force_login(manager)
    traffic, triage = history["traffic"].pk, history["triage"].pk

    assert _listed(client, person="OLGA") == [("olga", triage), ("olga", traffic)]
    assert _listed(client, case=traffic) == [("tom", traffic), ("olga", traffic)]
    assert _listed(client, department="transit") == [("tara", history["transit"].pk)]
    assert _listed(client, department="null") == [("olga", triage)]
    assert _listed(client, person="olga", department="traffic") == [("olga", traffic)]


def test_the_date_range_is_in_days_of_the_city(client, manager, history):
    client.force_login(manager)

    # 00:30 on 3 March in the city is still 2 March in UTC: a day means the city's day.
    listed = _listed(client, opened_after="2026-03-02", opened_before="2026-03-02")

    assert listed == [("tom", history["traffic"].pk)]


def test_a_filter_that_makes_no_sense_shows_the_mistake_and_no_entries(client, manager, history):
    client.force_login(manager)

    response = client.get(AUDIT, {"case": "twelve"})

    assert list(response.context["entries"]) == []
    assert "Enter a whole number." in response.content.decode()


def test_a_deleted_accounts_openings_stay_on_record_under_its_name(client, manager, history):
    get_user_model().objects.get(username="tara").delete()
    client.force_login(manager)

    response = client.get(AUDIT, {"person": "tara"})

    assert [(entry.username, entry.user) for entry in response.context["entries"]] == [
        ("tara", None)
    ]
    assert "account deleted" in response.content.decode()


def test_the_log_is_paged_fifty_entries_at_a_time(client, manager, officer, traffic_case):
    start = timezone.now() - timedelta(hours=2)
    CaseAccess.objects.bulk_create(
        CaseAccess(
            case=traffic_case, user=officer, username="olga", opened_at=start + timedelta(minutes=i)
        )
        for i in range(55)
    )
    client.force_login(manager)

    first = client.get(AUDIT)
    second = client.get(AUDIT + first.context["older_url"])
    back = client.get(AUDIT + second.context["newer_url"])

    newest_first = list(CaseAccess.objects.order_by("-opened_at"))
    assert list(first.context["entries"]) == newest_first[:50]
    assert list(second.context["entries"]) == newest_first[50:]
    assert second.context["older_url"] == ""
    assert list(back.context["entries"]) == newest_first[:50]
    assert "55 entries" in first.content.decode()


# The CSV download


def test_the_csv_holds_every_filtered_entry_not_only_the_page(
    client, manager, officer, traffic_staff, traffic_case
):
    start = timezone.now() - timedelta(hours=2)
    CaseAccess.objects.bulk_create(
        CaseAccess(case=traffic_case, user=officer, username="olga", opened_at=start)
        for _ in range(60)
    )
    _entry(traffic_case, traffic_staff, start)
    client.force_login(manager)

    rows = _csv_rows(client.get(AUDIT_CSV, {"person": "olga"}))

    assert rows[0] == [
        "Opened at (city time)",
        "User name",
        "Name",
        "Case",
        "Department of the case",
    ]
    assert len(rows[1:]) == 60
    assert {row[1] for row in rows[1:]} == {"olga"}
    assert rows[1][0] == timezone.localtime(start).isoformat(timespec="seconds")
    assert rows[1][3:] == [str(traffic_case.pk), "Traffic"]


def test_csv_cells_that_a_spreadsheet_would_run_are_kept_as_text(client, manager, departments):
    departments["traffic"].name = '=HYPERLINK("http://evil.example","click")'
    departments["traffic"].save()
    person = get_user_model().objects.create_user("+31evil", first_name="@sum", last_name="x")
    case = CaseFactory(department=departments["traffic"])
    _entry(case, person, timezone.now())
    client.force_login(manager)

    rows = _csv_rows(client.get(AUDIT_CSV))

    assert rows[1][1:] == [
        "'+31evil",
        "'@sum x",
        str(case.pk),
        '\'=HYPERLINK("http://evil.example","click")',
    ]


def test_the_download_link_carries_the_filters(client, manager, history):
    client.force_login(manager)

    response = client.get(AUDIT, {"person": "tom", "department": "traffic"})

    assert response.context["csv_url"] == f"{AUDIT_CSV}?person=tom&department=traffic"


# Retention


def test_forgetting_deletes_exactly_the_entries_past_the_retention_period(
    settings, officer, traffic_case
):
    settings.ACCESS_LOG_RETENTION_DAYS = 30
    now = timezone.now()
    _entry(traffic_case, officer, now - timedelta(days=30, seconds=1))
    _entry(traffic_case, officer, now - timedelta(days=400))
    kept = [
        _entry(traffic_case, officer, now - timedelta(days=30)),
        _entry(traffic_case, officer, now - timedelta(days=29)),
        _entry(traffic_case, officer, now),
    ]

    assert forget_old_accesses(now=now) == 2
    assert list(CaseAccess.objects.order_by("-opened_at")) == kept[::-1]

"""The analytics pages as each role sees them: managers and officers see every department and
the whole city, department staff only their own department; every chart's numbers download as
CSV."""

import csv
import io
from datetime import UTC, datetime

import pytest

from analytics.overview.build import overview_build
from analytics.periods import week_period
from departments.cases.actions import case_route
from departments.models import CaseEvent
from tests.factories import CaseFactory, PostFactory

pytestmark = pytest.mark.django_db
WEEK = "2026-W47"
WEDNESDAY = datetime(2026, 11, 18, 10, 0, tzinfo=UTC)


@pytest.fixture
def cases(departments):
    """Three traffic cases, two transit cases and one still in triage, all in week 47."""
    made = []
    for slug, count in (("traffic", 3), ("transit", 2), (None, 1)):
        for _ in range(count):
            made.append(
                CaseFactory(
                    post=PostFactory(created_at=WEDNESDAY),
                    department=departments[slug] if slug else None,
                )
            )
    return made


def headline(response, key: str) -> str:
    html = response.content.decode()
    start = html.index(f'data-headline="{key}"')
    value = html.index('class="value">', start) + len('class="value">')
    return html[value : html.index("</p>", value)]


def dashboard(client, user, **params):
    client.force_login(user)
    return client.get("/analytics/", {"week": WEEK, **params})


def test_a_manager_sees_the_whole_city_and_can_pick_any_department(client, manager, cases):
    response = dashboard(client, manager)

    assert response.status_code == 200
    assert headline(response, "incoming") == "6"
    html = response.content.decode()
    for name in ("Whole city", "Traffic", "Public transport", "Public works"):
        assert f">{name}</option>" in html
    transit = dashboard(client, manager, department="transit")
    assert headline(transit, "incoming") == "2"


def test_an_officer_sees_every_department_too(client, officer, cases):
    response = dashboard(client, officer, department="traffic")

    assert response.status_code == 200
    assert headline(response, "incoming") == "3"


def test_department_staff_see_only_their_own_department(client, traffic_staff, cases):
    response = dashboard(client, traffic_staff)

    assert response.status_code == 200
    assert headline(response, "incoming") == "3"
    html = response.content.decode()
    assert "Whole city</option>" not in html
    assert ">Public transport</option>" not in html
    assert "Analytics: Traffic" in html


def test_department_staff_cannot_open_another_departments_numbers(client, traffic_staff, cases):
    client.force_login(traffic_staff)

    assert client.get("/analytics/", {"department": "transit"}).status_code == 404
    assert client.get("/analytics/csv/backlog/", {"department": "transit"}).status_code == 404
    assert client.get(f"/analytics/reports/{WEEK}/", {"department": "transit"}).status_code == 404
    # Without a department, their own is used for the CSV as well: never the city's numbers.
    rows = list(
        csv.DictReader(
            io.StringIO(
                client.get("/analytics/csv/volume_by_department/", {"week": WEEK}).content.decode()
            )
        )
    )
    assert sum(int(row["total"]) for row in rows) == 3
    assert "Public transport" not in rows[0]


def test_a_charts_numbers_download_as_csv(client, manager, cases):
    client.force_login(manager)

    response = client.get("/analytics/csv/volume_by_department/", {"week": WEEK})

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert [row["day (city time)"] for row in rows][:2] == ["2026-11-16", "2026-11-17"]
    wednesday = rows[2]
    assert (wednesday["Traffic"], wednesday["Public transport"], wednesday["total"]) == (
        "3",
        "2",
        "6",
    )
    assert wednesday["Triage (no department)"] == "1"


def test_every_chart_on_the_dashboard_has_its_table_and_a_csv_link(client, manager, cases):
    html = dashboard(client, manager).content.decode()

    charts = html.count('data-figure="figure-')
    assert charts >= 8
    assert html.count("<summary>Show the numbers</summary>") == charts
    assert html.count(">Download CSV</a>") >= charts
    assert "/analytics/plotly.min.js" in html
    assert "cdn" not in html.lower()


def test_the_headline_numbers_compare_with_the_previous_period(client, manager, departments):
    for moment in (WEDNESDAY, WEDNESDAY, datetime(2026, 11, 11, 10, 0, tzinfo=UTC)):
        CaseFactory(post=PostFactory(created_at=moment), department=departments["traffic"])

    html = dashboard(client, manager).content.decode()

    assert "+1 (+100%) (more) vs 1 the period before" in " ".join(html.split())


def test_the_weekly_report_page_offers_to_prepare_the_pdf_and_the_csv_bundle(
    client, manager, cases
):
    client.force_login(manager)

    response = client.get(f"/analytics/reports/{WEEK}/", {"department": "traffic"})

    assert response.status_code == 200
    html = response.content.decode()
    assert f'action="/analytics/reports/{WEEK}/build?department=traffic"' in html
    assert "Prepare the PDF and CSV files" in html
    assert "Weekly report 2026-W47: Traffic" in html


def test_the_csv_bundle_downloads_as_a_zip_of_every_table(
    client, manager, cases, settings, tmp_path, monkeypatch
):
    import zipfile

    from analytics.report_builds import report_build_run
    from analytics.tasks import report_build_task

    settings.ANALYTICS_REPORT_DIR = tmp_path
    settings.CHART_BROWSER_PATH = "/nonexistent/chromium"
    monkeypatch.setattr(report_build_task, "delay", lambda build_id: report_build_run(build_id))
    client.force_login(manager)
    client.post(f"/analytics/reports/{WEEK}/build")

    response = client.get(f"/analytics/reports/{WEEK}.zip")

    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="weekly-report-')
    bundle = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    names = set(bundle.namelist())
    assert {"README.txt", "headlines.csv", "volume_by_department.csv", "backlog.csv"} <= names
    assert "account_landscape.csv" in names


def test_plotly_js_is_served_by_the_app_itself(client, manager):
    client.force_login(manager)

    response = client.get("/analytics/plotly.min.js")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert b"plotly" in b"".join(response.streaming_content)[:2000].lower()


@pytest.mark.parametrize(
    "url", ["/analytics/", "/analytics/csv/backlog/", f"/analytics/reports/{WEEK}/"]
)
def test_every_analytics_page_needs_a_login(client, url):
    response = client.get(url)

    assert response.status_code == 302
    assert "/login/" in response["Location"]


def test_a_week_without_answers_says_not_measured_rather_than_zero(client, manager, cases):
    response = dashboard(client, manager)

    assert headline(response, "median_first_response") == "not measured"
    assert headline(response, "sla_compliance") == "0.0%"  # five cases, none answered in time


def test_a_week_without_cases_measures_no_share_at_all(client, manager, departments):
    response = dashboard(client, manager)

    assert headline(response, "sla_compliance") == "not measured"
    assert headline(response, "incoming") == "0"


def _router_accuracy_cell(now) -> str:
    overview = overview_build(period=week_period(WEEK), now=now)
    routing = next(panel for panel in overview.panels if panel.key == "routing")
    row = next(row for row in routing.rows() if row[0] == "router's real-world accuracy")
    return row[-1]


def test_the_routers_real_world_accuracy_is_measured_only_against_officers_corrections(
    cases, officer, departments
):
    routed = [case for case in cases if case.department_id]
    for case in routed:
        CaseEvent.record(case, kind=CaseEvent.Kind.ROUTED, new=case.department.slug)
    now = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)

    # Nobody corrected anything: that is no evidence the router was right.
    assert _router_accuracy_cell(now) == "not measured"

    case_route(case=routed[0], department=departments["transit"], by=officer)
    assert _router_accuracy_cell(now) == "80.0"  # 4 of the 5 routed automatically stood

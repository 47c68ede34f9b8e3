"""The weekly report's files, built in the background by the reports worker: asked for on the
page, built step by step while the page shows which step, then downloaded from storage."""

from pathlib import Path

import pytest

from analytics import report_builds
from analytics.models import ReportBuild
from analytics.tasks import report_build_task
from tests.analytics.test_weekly_report import DEMO_WEEK, _small_week, pdf_text

pytestmark = pytest.mark.django_db
PAGE = f"/analytics/reports/{DEMO_WEEK}/"


@pytest.fixture
def reports_queue(monkeypatch, settings, tmp_path):
    """The reports queue, held: the test runs each task as the worker would, when it wants."""
    settings.ANALYTICS_REPORT_DIR = tmp_path
    settings.CHART_BROWSER_PATH = "/nonexistent/chromium"
    queued: list[dict] = []
    monkeypatch.setattr(report_build_task, "delay", lambda **kwargs: queued.append(kwargs))
    return queued


def test_the_files_are_built_in_the_background_and_the_page_follows_each_step(
    client, manager, departments, reports_queue, monkeypatch
):
    _small_week(departments)
    client.force_login(manager)

    asked = client.post(f"{PAGE}build", headers={"HX-Request": "true"})

    assert "Waiting for the reports worker" in asked.content.decode()
    assert 'hx-trigger="every 2s"' in asked.content.decode()  # the page polls
    (task,) = reports_queue
    seen = []  # what the page said at each step, as the worker reached it

    def watch(step):
        ReportBuild.objects.filter(pk=task["build_id"]).update(step=step)
        seen.append(client.get(f"{PAGE}files").content.decode())

    monkeypatch.setattr(
        report_builds,
        "weekly_report_build",
        _with_progress(report_builds.weekly_report_build, watch),
    )
    report_builds.report_build_run(**task)

    assert [_step_said(page) for page in seen] == [
        "step 1 of 5, computing the numbers",
        "step 2 of 5, drawing the charts",
        "step 3 of 5, laying out the PDF",
        "step 4 of 5, writing the CSV tables",
        "step 5 of 5, saving the files",
    ]
    done = client.get(f"{PAGE}files").content.decode()
    assert "every 2s" not in done  # finished: the page stops polling
    assert "Download PDF" in done and "Charts are left out" in done
    pdf = client.get(f"/analytics/reports/{DEMO_WEEK}.pdf")
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    _pages, text = pdf_text(b"".join(pdf.streaming_content))
    assert "Response performance by department" in text


def _with_progress(build, watch):
    def wrapped(**kwargs):
        kwargs["progress"] = watch
        return build(**kwargs)

    return wrapped


def _step_said(page: str) -> str:
    start = page.index("step ")
    return " ".join(page[start : page.index("…", start)].split())


def test_asking_twice_while_it_is_built_builds_once_and_a_repeated_task_does_nothing(
    client, manager, departments, reports_queue
):
    _small_week(departments)
    client.force_login(manager)

    client.post(f"{PAGE}build")
    client.post(f"{PAGE}build")

    assert ReportBuild.objects.count() == 1 and len(reports_queue) == 1
    first = report_builds.report_build_run(**reports_queue[0])
    again = report_builds.report_build_run(**reports_queue[0])  # delivered twice
    assert first.status == ReportBuild.Status.READY and again is None
    assert sorted(first.files) == ["csv", "html", "pdf"]
    assert all(Path(report_builds.report_file(first, kind)).is_file() for kind in first.files)


def test_with_the_task_queue_down_the_page_says_so_and_offers_to_try_again(
    client, manager, departments, monkeypatch, settings, tmp_path
):
    settings.ANALYTICS_REPORT_DIR = tmp_path

    def broker_down(**kwargs):
        raise ConnectionError("Error 111 connecting to redis")

    monkeypatch.setattr(report_build_task, "delay", broker_down)
    client.force_login(manager)

    page = client.post(f"{PAGE}build", follow=True)

    assert page.status_code == 200
    assert "The task queue could not be reached" in page.content.decode()
    assert "Try again" in page.content.decode()
    assert ReportBuild.objects.get().status == ReportBuild.Status.FAILED


def test_a_download_before_the_files_are_built_leads_to_the_page(client, manager, departments):
    client.force_login(manager)

    download = client.get(f"/analytics/reports/{DEMO_WEEK}.zip", follow=True)

    assert download.redirect_chain[-1][0] == PAGE
    assert "Prepare the report" in download.content.decode()


def test_department_staff_cannot_fetch_the_city_reports_files(
    client, traffic_staff, manager, departments, reports_queue
):
    _small_week(departments)
    client.force_login(manager)
    client.post(f"{PAGE}build")
    report_builds.report_build_run(**reports_queue[0])
    client.force_login(traffic_staff)

    own = client.get(f"/analytics/reports/{DEMO_WEEK}.zip", follow=True)
    other = client.get(f"/analytics/reports/{DEMO_WEEK}.zip?department=transit")

    assert own.redirect_chain  # the traffic report is not built: not the city's file
    assert other.status_code == 404

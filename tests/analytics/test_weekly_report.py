"""The weekly report built for a week of the demo city, as HTML, PDF and CSV, its PDF looked at as
images; the management command; the Monday e-mail to subscribed managers."""

import importlib.abc
import io
import sys
import zipfile

import pypdfium2
import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command

from analytics.models import ReportSubscription
from analytics.periods import week_period
from analytics.report_builds import report_build_run
from analytics.reports import weekly_report_build
from analytics.tasks import report_build_task, weekly_report_send
from departments import roles
from departments.models import Case
from tests.analytics.demo_week import DEMO_NOW, DEMO_WEEK, demo_city_seed
from tests.screenshots import SCREENSHOTS

pytestmark = pytest.mark.django_db


def pdf_text(pdf: bytes) -> tuple[int, str]:
    document = pypdfium2.PdfDocument(pdf)
    return len(document), "\n".join(page.get_textpage().get_text_range() for page in document)


@pytest.mark.slow  # starts Chromium for the charts
def test_the_weekly_report_of_a_demo_week_is_built_as_html_pdf_and_csv(
    tmp_path, chromium, settings
):
    settings.CHART_BROWSER_PATH = str(chromium)
    demo_city_seed(now=DEMO_NOW)
    week = week_period(DEMO_WEEK)
    incoming = Case.objects.filter(created_at__gte=week.start, created_at__lt=week.end).count()
    assert incoming > 100  # the replay has a few hundred citizen posts a week

    report = weekly_report_build(week=DEMO_WEEK, out_dir=tmp_path, now=DEMO_NOW)

    assert set(report.files) == {"html", "pdf", "csv"}
    assert report.charts_note == ""  # Chromium is there: the charts are drawn
    html = report.files["html"].read_text()
    assert "weekly report 2026-W47" in html
    assert html.count('<img class="chart"') == 7
    assert "https://" not in html.split("<body>")[0]  # nothing fetched from elsewhere

    pages, text = pdf_text(report.files["pdf"].read_bytes())
    assert pages >= 3
    assert "Incoming citizen posts" in text
    assert f"{incoming:,}" in text
    assert "Trending topics" in text and "Account landscape" in text

    bundle = zipfile.ZipFile(report.files["csv"])
    headlines = bundle.read("headlines.csv").decode()
    assert f"Incoming citizen posts,{incoming}.00" in headlines
    assert {"volume_by_department.csv", "volume_by_topic.csv"} <= set(bundle.namelist())
    by_topic = bundle.read("volume_by_topic.csv").decode().splitlines()
    assert by_topic[0].startswith("day (city time),Snow and gritting,")  # the week's snow spike

    # Every page as an image, to be looked at (one file per page; make screenshots puts them in
    # docs/screenshots/).
    document = pypdfium2.PdfDocument(report.files["pdf"].read_bytes())
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for stale in SCREENSHOTS.glob("weekly-report-page*.png"):
        stale.unlink()
    for number in range(len(document)):
        image = document[number].render(scale=2).to_pil()
        assert image.width > 1000
        image.save(SCREENSHOTS / f"weekly-report-page{number + 1}.png")


def _small_week(departments):
    from datetime import UTC, datetime

    from tests.factories import CaseFactory, PostFactory

    moment = datetime(2026, 11, 18, 10, 0, tzinfo=UTC)
    for slug in ("traffic", "traffic", "transit"):
        CaseFactory(post=PostFactory(created_at=moment), department=departments[slug])


def test_without_chromium_the_pdf_has_tables_only_and_says_why(settings, departments):
    settings.CHART_BROWSER_PATH = "/nonexistent/chromium"
    _small_week(departments)

    report = weekly_report_build(week=DEMO_WEEK, formats=("pdf",))

    assert "Charts are left out" in report.charts_note
    assert report.pdf is not None and report.csv_zip is None
    _pages, text = pdf_text(report.pdf)
    assert "Charts are left out of this report" in text
    assert "Response performance by department" in text


def test_the_command_builds_one_departments_report_and_reports_its_progress(
    settings, departments, tmp_path
):
    settings.CHART_BROWSER_PATH = "/nonexistent/chromium"
    _small_week(departments)
    out = io.StringIO()

    call_command(
        "weekly_report",
        "--week",
        DEMO_WEEK,
        "--department",
        "traffic",
        "--out",
        tmp_path,
        stdout=out,
    )

    printed = out.getvalue()
    assert "Building the report for 2026-W47, traffic" in printed
    assert "numbers" in printed and "pdf" in printed and "Done in" in printed
    names = sorted(path.name for path in tmp_path.iterdir())
    assert names == [
        "weekly-report-2026-w47-traffic-csv.zip",
        "weekly-report-2026-w47-traffic.html",
        "weekly-report-2026-w47-traffic.pdf",
    ]
    bundle = zipfile.ZipFile(tmp_path / "weekly-report-2026-w47-traffic-csv.zip")
    assert "Incoming citizen posts,2.00" in bundle.read("headlines.csv").decode()


def test_the_command_refuses_an_unknown_department(departments, tmp_path):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="No department 'parks'"):
        call_command(
            "weekly_report", "--week", DEMO_WEEK, "--department", "parks", "--out", tmp_path
        )


def test_subscribed_managers_get_the_report_by_email_once_per_week_and_no_one_else(
    settings, departments, tmp_path
):
    settings.CHART_BROWSER_PATH = "/nonexistent/chromium"
    settings.ANALYTICS_REPORT_DIR = tmp_path
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    _small_week(departments)
    User = get_user_model()
    managers = roles.ensure_role_groups()[roles.MANAGERS]
    city_reader = User.objects.create_user("mara", email="mara@zeestad.example")
    traffic_reader = User.objects.create_user("mo", email="mo@zeestad.example")
    for user in (city_reader, traffic_reader):
        user.groups.add(managers)
    ReportSubscription.objects.create(user=city_reader)
    ReportSubscription.objects.create(user=traffic_reader, department=departments["traffic"])
    ReportSubscription.objects.create(
        user=User.objects.create_user("gone", email="gone@zeestad.example"), is_active=False
    )
    # Subscribed, but no longer allowed to read the report: a deactivated account, and someone
    # who has left the managers' role.
    deactivated = User.objects.create_user("dirk", email="dirk@zeestad.example", is_active=False)
    deactivated.groups.add(managers)
    left_the_role = User.objects.create_user("lot", email="lot@zeestad.example")
    for former_reader in (deactivated, left_the_role):
        ReportSubscription.objects.create(user=former_reader)

    assert weekly_report_send(week=DEMO_WEEK) == 1
    assert weekly_report_send(week=DEMO_WEEK, department_slug="traffic") == 1
    assert weekly_report_send(week=DEMO_WEEK) == 0  # a repeated task sends nothing twice

    assert [m.to for m in mail.outbox] == [["mara@zeestad.example"], ["mo@zeestad.example"]]
    city, traffic = mail.outbox
    assert city.subject == "Gemeente Zeestad: weekly report 2026-W47, Whole city"
    assert "Incoming citizen posts: 3" in city.body
    assert "Incoming citizen posts: 2" in traffic.body
    assert [name for name, _body, _type in city.attachments] == [
        "weekly-report-2026-W47-city.pdf",
        "weekly-report-2026-W47-city-csv.zip",
    ]
    assert (tmp_path / DEMO_WEEK / "weekly-report-2026-w47-city.pdf").exists()


class _WithoutPango(importlib.abc.MetaPathFinder):
    """weasyprint as it imports on a server without the Pango library."""

    def find_spec(self, name, path=None, target=None):
        if name == "weasyprint" or name.startswith("weasyprint."):
            raise OSError("cannot load library 'libpango-1.0-0': No such file or directory")
        return None


@pytest.fixture
def without_pango(monkeypatch):
    for name in [name for name in sys.modules if name.split(".")[0] == "weasyprint"]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setattr(sys, "meta_path", [_WithoutPango(), *sys.meta_path])


def test_without_pango_and_chromium_the_report_is_a_web_page_and_csv_that_say_why(
    settings, departments, tmp_path, without_pango
):
    settings.CHART_BROWSER_PATH = "/nonexistent/chromium"
    _small_week(departments)

    report = weekly_report_build(week=DEMO_WEEK, out_dir=tmp_path)

    assert report.pdf is None
    assert "libpango-1.0-0" in report.pdf_note and "apt-get install" in report.pdf_note
    assert "Charts are left out" in report.charts_note
    assert sorted(report.files) == ["csv", "html"]
    assert "Response performance by department" in report.files["html"].read_text()


def test_without_pango_the_pdf_download_explains_and_the_monday_mail_still_goes(
    client, manager, settings, departments, tmp_path, without_pango, monkeypatch
):
    settings.CHART_BROWSER_PATH = "/nonexistent/chromium"
    settings.ANALYTICS_REPORT_DIR = tmp_path
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    _small_week(departments)
    client.force_login(manager)
    queued = []
    monkeypatch.setattr(report_build_task, "delay", lambda **kwargs: queued.append(kwargs))
    client.post(f"/analytics/reports/{DEMO_WEEK}/build")
    report_build_run(**queued[0])  # the reports worker

    download = client.get(f"/analytics/reports/{DEMO_WEEK}.pdf", follow=True)

    assert download.status_code == 200
    assert download.redirect_chain[-1][0] == f"/analytics/reports/{DEMO_WEEK}/"
    assert "The PDF could not be made on this server" in download.content.decode()
    csv_bundle = client.get(f"/analytics/reports/{DEMO_WEEK}.zip")
    assert csv_bundle.status_code == 200 and csv_bundle["Content-Type"] == "application/zip"

    manager.email = "max@zeestad.example"
    manager.save()
    ReportSubscription.objects.create(user=manager)
    assert weekly_report_send(week=DEMO_WEEK) == 1
    (sent,) = mail.outbox
    assert [name for name, _body, _type in sent.attachments] == [
        "weekly-report-2026-W47-city.html",
        "weekly-report-2026-W47-city-csv.zip",
    ]
    assert "The PDF could not be made on this server" in sent.body

"""The analytics dashboard and the weekly report in Dutch: the words the Python code writes
(headline labels, panel titles, sections, chart titles, the e-mail) follow the reader's language
on the dashboard and the city's language (CITY_LANGUAGE) in the weekly report."""

import zipfile
from datetime import UTC, datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from analytics.models import ReportSubscription
from analytics.tasks import weekly_report_send
from tests.factories import CaseFactory, PostFactory

pytestmark = pytest.mark.django_db
WEEK = "2026-W47"
WEDNESDAY = datetime(2026, 11, 18, 10, 0, tzinfo=UTC)

DUTCH_HEADLINES = (
    "Binnengekomen berichten van inwoners",
    "Mediane eerste reactie",
    "Termijn eerste reactie gehaald",
    "Betrokkenheid (per",
)
DUTCH_PANELS = (
    "Binnengekomen berichten van inwoners per dag, per afdeling",
    "Opkomende onderwerpen",
    "Reactieprestaties per afdeling",
    "Werkvoorraad",
    "Accountlandschap",
)
DUTCH_SECTIONS = ("Luisteren", "Reactie", "Betrokkenheid", "Accounts")


@pytest.fixture
def week_of_cases(departments):
    for slug in ("traffic", "traffic", "transit"):
        CaseFactory(post=PostFactory(created_at=WEDNESDAY), department=departments[slug])


def test_the_dashboard_speaks_dutch_after_switching_language(client, manager, week_of_cases):
    client.force_login(manager)
    english = client.get("/analytics/", {"week": WEEK}).content.decode()
    assert "<h2>Median first response</h2>" in english
    assert '<h2 class="section">Listening</h2>' in english

    client.post(reverse("set_language"), {"language": "nl"})
    html = client.get("/analytics/", {"week": WEEK}).content.decode()

    for label in DUTCH_HEADLINES:
        assert f"<h2>{label}" in html
    for title in DUTCH_PANELS:
        assert f">{title}</h3>" in html
    for section in DUTCH_SECTIONS:
        assert f'<h2 class="section">{section}</h2>' in html
    # Chart titles and axis labels are in the figures' JSON.
    assert (
        "Dag (lokale tijd)" in html and "Berichten van inwoners" in html and "Kantooruren" in html
    )
    for english_word in ("Median first response", "Account landscape", "Day (city time)"):
        assert english_word not in html


def test_the_weekly_report_and_its_email_are_in_the_citys_language(
    settings, departments, manager, week_of_cases, tmp_path
):
    settings.LANGUAGE_CODE = "nl"  # what CITY_LANGUAGE=nl sets
    settings.CHART_BROWSER_PATH = "/nonexistent/chromium"
    settings.ANALYTICS_REPORT_DIR = tmp_path
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    manager.email = "mara@zeestad.example"
    manager.save()
    ReportSubscription.objects.create(user=manager)

    assert weekly_report_send(week=WEEK) == 1

    html = (tmp_path / WEEK / "weekly-report-2026-w47-city.html").read_text()
    for section in DUTCH_SECTIONS:
        assert f"<h2>{section}</h2>" in html
    for title in DUTCH_PANELS:
        assert title in html
    assert "Hele gemeente" in html
    assert "Grafieken ontbreken in dit rapport" in html
    assert "<h2>Listening</h2>" not in html and "Whole city" not in html

    (message,) = mail.outbox
    assert message.subject == "Gemeente Zeestad: weekrapport 2026-W47, Hele gemeente"
    assert "Binnengekomen berichten van inwoners: 3" in message.body
    assert "Vergeleken met 2026-W46." in message.body
    assert "weekly report" not in message.body

    bundle = zipfile.ZipFile(tmp_path / WEEK / "weekly-report-2026-w47-city-csv.zip")
    headlines = bundle.read("headlines.csv").decode().splitlines()
    # Column names stay machine-readable; the measure itself is written for people.
    assert headlines[0] == "measure,value,previous_period,change,unit,note"
    assert headlines[1].startswith("Binnengekomen berichten van inwoners,3.00,")


def test_the_command_builds_in_the_citys_language(settings, week_of_cases, tmp_path):
    settings.LANGUAGE_CODE = "nl"
    settings.CHART_BROWSER_PATH = "/nonexistent/chromium"

    call_command("weekly_report", "--week", WEEK, "--out", tmp_path, "--formats", "html")

    html = (tmp_path / "weekly-report-2026-w47-city.html").read_text()
    assert "<h2>Luisteren</h2>" in html and "Mediane eerste reactie" in html

"""The officer's queue in a real browser: keyboard, selection and the bulk bar, the case beside the
list, and the switch to Dutch; with screenshots of both languages at 1366x768."""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from departments.cases.search import cases_index_for_search
from listening.models import EngagementSnapshot, Platform
from tests.browser.scenes import Row, log_in, named, row_case

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]

POSTS: list[Row] = [
    (
        "jan_h",
        Platform.X,
        "nl",
        "Stoplicht Lange Voorhout staat al 2 dagen op rood",
        "traffic",
        0.93,
        -30,
    ),
    (
        "Mo de Vries",
        Platform.FACEBOOK,
        "en",
        "The bin on Elm Street has been overflowing since Monday",
        "public-works",
        0.81,
        5,
    ),
    (
        "sanne_v",
        Platform.MASTODON,
        "nl",
        "Tram 2 rijdt vanochtend weer niet, geen omleiding?",
        "transit",
        0.88,
        1,
    ),
    (
        "k_peters",
        Platform.X,
        "de",
        "Die Straßenlaterne am Hafen ist seit einer Woche dunkel",
        "public-works",
        0.64,
        30,
    ),
    (
        "lucia",
        Platform.X,
        "es",
        "¿Dónde puedo renovar mi tarjeta de aparcamiento?",
        None,
        0.31,
        None,
    ),
    (
        "Pietje Bell",
        Platform.FACEBOOK,
        "nl",
        "Gat in het fietspad bij de Vismarkt, gevaarlijk!",
        "public-works",
        0.77,
        12,
    ),
    (
        "r_bakker",
        Platform.X,
        "nl",
        "Waarom staat de brug bij de Havenkade al een uur open?",
        "traffic",
        0.58,
        3,
    ),
    (
        "emma_b",
        Platform.MASTODON,
        "en",
        "Thanks for fixing the crossing lights so quickly!",
        None,
        0.22,
        None,
    ),
]


def _queue_data(departments, officer):
    now = timezone.now()
    cases = []
    for minutes, row in enumerate(POSTS):
        case = row_case(
            departments,
            row,
            created_at=now - timedelta(minutes=3 + 7 * minutes),
            assignee=officer if minutes == 2 else None,
        )
        EngagementSnapshot.objects.create(
            post=case.post, taken_at=now, likes=minutes * 3 % 11, shares=minutes % 3, replies=1
        )
        cases.append(case)
    cases_index_for_search()
    return cases


def test_an_officer_works_the_queue_by_keyboard_and_in_both_languages(
    page, live_server, departments, officer, screenshot
):
    named(officer, "Olga", "Officer")
    cases = _queue_data(departments, officer)

    log_in(page, live_server, "olga")
    rows = page.locator("#queue-rows > li.case-row")
    rows.first.wait_for()
    assert rows.count() == len(POSTS)
    page.locator("#views-pane .n").first.wait_for()  # the left pane's counts arrived

    # j and k move through the list; the current row is marked and its link has the focus.
    page.keyboard.press("j")
    page.keyboard.press("j")
    current = page.locator("#queue-rows > li.case-row.is-current")
    assert "Elm Street" in current.inner_text()
    page.keyboard.press("k")
    assert "Lange Voorhout" in current.inner_text()

    # ? shows every shortcut; Escape hides them again.
    page.keyboard.press("?")
    help_dialog = page.get_by_role("dialog", name="Keyboard shortcuts")
    help_dialog.wait_for()
    assert "Next / previous case" in help_dialog.inner_text()
    # While it is open, Tab and Shift+Tab stay inside it; Escape gives the focus back to the row.
    in_help = "() => !!document.activeElement.closest('#shortcut-help')"
    for key in ("Tab", "Tab", "Shift+Tab", "Shift+Tab"):
        page.keyboard.press(key)
        assert page.evaluate(in_help), f"the focus left the help after {key}"
    page.keyboard.press("Escape")
    help_dialog.wait_for(state="hidden")
    focused_row = "() => document.activeElement.closest('li.case-row').innerText"
    assert "Lange Voorhout" in page.evaluate(focused_row)
    # Its Close button does the same.
    page.keyboard.press("?")
    help_dialog.get_by_role("button", name="Close").click()
    help_dialog.wait_for(state="hidden")
    assert "Lange Voorhout" in page.evaluate(focused_row)

    # Selecting rows (x, or the checkbox) brings up the bulk bar.
    bulk_bar = page.get_by_role("region", name="Bulk actions")
    assert not bulk_bar.is_visible()
    page.keyboard.press("x")
    bulk_bar.wait_for()
    assert "1 case selected" in bulk_bar.inner_text()
    page.get_by_label(f"Select case {cases[2].id} from @sanne_v").check()
    page.get_by_text("2 cases selected").wait_for()

    # Enter opens the current case beside the list (ticking a row made it the current one).
    page.keyboard.press("k")
    assert "Elm Street" in current.inner_text()
    page.keyboard.press("Enter")
    page.locator("#case-pane").get_by_text("The bin on Elm Street", exact=False).first.wait_for()
    # r goes to the reply box of the open case; Escape leaves it for the list again.
    page.keyboard.press("r")
    assert page.evaluate("document.activeElement.id") == "reply-text"
    page.keyboard.press("Escape")
    page.locator("#case-pane").evaluate("pane => pane.scrollTop = 0")
    page.locator("#queue-rows .row-text").nth(1).focus()
    screenshot(page, "queue-en")

    # A filter narrows the list in place and the address keeps it.
    page.get_by_text("Filters", exact=True).click()
    page.locator("#id_lang").select_option("de")
    expect(rows).to_have_count(1)
    assert "Straßenlaterne" in rows.first.inner_text()
    assert "lang=de" in page.url

    # The language switch in the top bar turns the queue into Dutch.
    page.get_by_role("button", name="Nederlands").click()
    page.get_by_role("button", name="Zoeken").wait_for()
    assert page.locator("html").get_attribute("lang") == "nl"
    page.get_by_text("8 open zaken").wait_for()
    page.get_by_role("navigation", name="Weergaven").get_by_text("Alle open").wait_for()
    page.keyboard.press("j")
    page.keyboard.press("x")
    page.get_by_text("1 zaak geselecteerd").wait_for()
    page.keyboard.press("Enter")
    page.locator("#case-pane").get_by_text("Lange Voorhout", exact=False).first.wait_for()
    screenshot(page, "queue-nl")


def test_department_staff_see_their_cases_grouped_by_deadline(
    page, live_server, departments, officer, traffic_staff, screenshot
):
    named(traffic_staff, "Tom", "Traffic")
    _queue_data(departments, officer)
    row_case(
        departments,
        ("els_vd", Platform.X, "nl", "Verkeersbord bij de Kneuterdijk is omgewaaid", "traffic",
         0.86, 3 * 24),
        created_at=timezone.now() - timedelta(minutes=5),
    )  # fmt: skip

    log_in(page, live_server, traffic_staff.username)
    rows = page.locator("#queue-rows > li.case-row")
    rows.first.wait_for()
    headings = page.locator("#queue-rows .group-heading")
    assert headings.first.inner_text().lower() == "overdue"
    assert headings.last.inner_text().lower() == "later"
    assert "Lange Voorhout" in rows.first.inner_text()  # the overdue case leads
    assert "Verkeersbord" in rows.last.inner_text()
    assert "Elm Street" not in page.locator("#queue-rows").inner_text()  # public works' case
    page.locator("#views-pane .n").first.wait_for()
    screenshot(page, "queue-staff-en")

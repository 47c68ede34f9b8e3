"""What a manager and a department's staff see on the analytics dashboard, in a real browser:
charts drawn by the app's own plotly.js, the numbers behind a chart, the filters."""

import pytest

from tests.browser.scenes import log_in

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]


@pytest.mark.usefixtures("demo_city")
def test_a_manager_sees_the_city_dashboard_with_charts_and_their_numbers(
    page, live_server, manager, screenshot, tmp_path
):
    blocked = []
    page.on(
        "request",
        lambda request: (
            blocked.append(request.url)
            if not request.url.startswith(live_server.url) and not request.url.startswith("data:")
            else None
        ),
    )

    log_in(page, live_server, manager.username, "/analytics/")

    page.get_by_role("heading", name="Analytics", exact=True).wait_for()
    page.locator("#panel-volume_by_department .main-svg").first.wait_for(timeout=20_000)
    assert page.locator("[data-headline] .value").count() == 4
    assert page.locator("[data-headline='incoming'] .value").inner_text() not in ("", "-", "0")
    # Taller than the 1366x768 the page is laid out for, so that the picture in docs/ shows the
    # headline numbers and the first charts together.
    page.set_viewport_size({"width": 1366, "height": 1100})
    page.locator("#panel-volume_by_platform .main-svg").first.wait_for()
    screenshot(page, "analytics-dashboard")
    page.screenshot(path=str(tmp_path / "dashboard-full.png"), full_page=True)

    panel = page.locator("#panel-backlog")
    panel.get_by_text("Show the numbers").click()
    assert panel.locator("table tbody tr").count() == 28
    assert blocked == []  # plotly.js and everything else come from the app itself

    # In Dutch through the language switch in the top bar.
    page.get_by_role("button", name="Nederlands").click()
    page.get_by_role("heading", name="Analyse", exact=True).wait_for()
    assert page.locator("#filter-period option:checked").inner_text() == "Afgelopen 28 dagen"
    assert page.get_by_role("region", name="Kerncijfers").is_visible()
    assert "t.o.v." in page.locator("[data-headline='incoming'] .change").inner_text()
    assert "Hele gemeente" in page.locator(".scope-line").inner_text()
    page.locator("#panel-backlog").get_by_text("Cijfers tonen").wait_for()


def test_department_staff_can_only_pick_their_own_department(
    page, live_server, traffic_staff, departments
):
    log_in(page, live_server, traffic_staff.username, "/analytics/")

    picker = page.locator("#filter-department")
    picker.wait_for()
    assert picker.locator("option").all_inner_texts() == ["Traffic"]
    page.locator("#filter-period").select_option("7d")
    page.get_by_role("button", name="Show").click()
    page.get_by_text("Traffic, ").first.wait_for()
    assert "period=7d" in page.url

"""The Content-Security-Policy in a real browser: every main screen works under it without the
browser refusing anything (scripts, styles, images, requests), the charts still draw, and script
put into a page inline does not run."""

import pytest
from django.contrib.auth import get_user_model

from departments.models import OPEN_STATUSES, Case
from tests.browser.scenes import PASSWORD, log_in, named

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]

# The browser fires securitypolicyviolation for whatever the policy blocks; pass it to the
# console, where the test collects it with Chromium's own "Refused to ..." messages.
REPORT_VIOLATIONS_JS = """
document.addEventListener("securitypolicyviolation", (event) => {
  console.error("Content Security Policy violation: " + event.effectiveDirective + " blocked " +
    (event.blockedURI || "inline") + " at " + event.sourceFile + ":" + event.lineNumber);
});
"""
ALL_CHARTS_DRAWN_JS = """() => Array.from(document.querySelectorAll("[data-figure]"))
  .every((holder) => holder.querySelector(".main-svg"))"""


def _collect_problems(page) -> list[str]:
    problems: list[str] = []
    page.context.add_init_script(REPORT_VIOLATIONS_JS)
    page.on(
        "console",
        lambda message: (
            problems.append(f"{page.url}: {message.text}")
            if "Content Security Policy" in message.text
            else None
        ),
    )
    page.on("pageerror", lambda error: problems.append(f"{page.url}: {error}"))
    return problems


def _charts_drawn(page, live_server, path: str) -> None:
    page.goto(f"{live_server.url}{path}")
    page.locator("[data-figure]").first.wait_for()
    page.wait_for_function(ALL_CHARTS_DRAWN_JS, timeout=30_000)
    # Hovering draws plotly's mode bar and a hover label: styles it adds at run time.
    page.locator("[data-figure] .main-svg").first.hover()
    page.locator("[data-figure] .modebar").first.wait_for(state="attached")


@pytest.mark.usefixtures("demo_city")
def test_the_main_screens_work_under_the_policy_with_nothing_refused(
    page, live_server, demo_city, officer, manager
):
    named(officer, "Olga", "Officer")
    problems = _collect_problems(page)
    case = Case.objects.filter(status__in=OPEN_STATUSES).order_by("-pk").first()

    # The log-in page, the queue with a case opened beside it, the case as its own page.
    log_in(page, live_server, officer.username)
    page.locator("#views-pane .n").first.wait_for()
    page.locator("#queue-rows .row-text").first.click()
    page.locator("#case-pane #case-panel").wait_for()
    page.goto(f"{live_server.url}/cases/{case.pk}/")
    page.get_by_role("heading", name=f"Case {case.pk}").wait_for()
    page.get_by_label("Reply to the citizen").fill("Dank voor uw melding.")

    # The analytics dashboard and a weekly report, their charts drawn by plotly.js.
    page.context.clear_cookies()
    log_in(page, live_server, manager.username, "/analytics/")
    _charts_drawn(page, live_server, "/analytics/")
    # "Download plot as a png" draws the chart through an image it loads from a blob: URL.
    with page.expect_download() as download:
        page.locator("[data-figure] .modebar-btn[data-title^='Download plot']").first.click()
    assert download.value.suggested_filename.endswith(".png")
    _charts_drawn(page, live_server, f"/analytics/reports/{demo_city.report_week}/")

    # The Django admin: a list, a change form and its widgets.
    page.context.clear_cookies()
    get_user_model().objects.create_superuser("root", password=PASSWORD)
    log_in(page, live_server, "root", "/admin/")
    page.goto(f"{live_server.url}/admin/departments/case/")
    page.locator("#result_list").wait_for()
    page.goto(f"{live_server.url}/admin/auth/user/{officer.pk}/change/")
    page.locator("#user_form").wait_for()
    page.goto(f"{live_server.url}/admin/auth/user/add/")
    page.locator("#user_form").wait_for()

    assert problems == []

    # The policy holds: a script put into the page inline is refused, and the browser says so.
    page.evaluate(
        """() => {
          const script = document.createElement("script");
          script.textContent = "window.inlineScriptRan = true";
          document.head.appendChild(script);
        }"""
    )
    page.wait_for_timeout(200)
    assert page.evaluate("() => window.inlineScriptRan") is None
    assert any("script-src" in problem for problem in problems)

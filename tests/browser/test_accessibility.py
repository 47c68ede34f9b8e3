"""Every screen against axe-core's WCAG 2.1 A and AA rules, on a laptop (1366 px) and on a phone
(375 px): no violations, nothing that scrolls sideways on the phone, a focus ring of at least 3:1
against whatever it is drawn on, new cases announced, no flashing rows for people who asked for
less motion. A screenshot of every page at both widths, a11y-<page>-<width>.png, goes where the
`screenshot` fixture puts them (docs/screenshots/ under `make screenshots`).

axe-core comes from the axe-playwright-python wheel (its axe.min.js, MPL-2.0), read at test time:
nothing is fetched from the internet."""

import os
from datetime import timedelta
from urllib.parse import urlparse

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from departments.models import CaseStatus, Reply
from listening.models import Platform
from tests.browser.scenes import PASSWORD, log_in, named, red_light_case, roadworks_post, row_case
from tests.factories import CaseFactory

try:
    from axe_playwright_python.sync_playwright import Axe
except ImportError:  # the dev extra brings it; CI (SMARTGOV_REQUIRE_BROWSER=1) must have it
    if os.environ.get("SMARTGOV_REQUIRE_BROWSER") == "1":
        raise
    pytest.skip("needs axe-playwright-python (the dev extra)", allow_module_level=True)

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]

LAPTOP, PHONE = 1366, 375
HEIGHTS = {LAPTOP: 768, PHONE: 812}
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}
FOCUS_STOPS = 400  # at most, per page and width: the walk ends when the focus comes round again
# The admin is Django's: its focus styles (an underline, a border) are not ours to change, and
# neither is this: its search form's "(Show all)" link is told from the grey text around it by
# colour alone (link-in-text-block, once the line wraps on a phone).
DJANGO_ADMIN_OWN = ("#changelist-search .quiet > a",)

ALL_CHARTS_DRAWN_JS = """() => Array.from(document.querySelectorAll("[data-figure]"))
  .every((holder) => holder.querySelector(".main-svg"))"""

# The focus ring of whatever has the focus, against the colours just outside it on four sides
# (what is really drawn there: a bar behind a skip link, a pane); against the element's own
# background when the ring is drawn inside it.
FOCUS_RING_JS = """() => {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  // A date field takes a Tab per part; coming back to an earlier element ends the walk.
  if (el === window.focusWalkLast) return null;
  window.focusWalkLast = el;
  if (el.dataset.focusWalk) return {again: true};
  el.dataset.focusWalk = "1";
  const describe = (node) => node.tagName.toLowerCase() + (node.id ? "#" + node.id : "") +
    (typeof node.className === "string" && node.className.trim()
      ? "." + node.className.trim().split(/\\s+/).join(".") : "") +
    (node.textContent.trim() ? ' "' + node.textContent.trim().slice(0, 30) + '"' : "");
  const rgba = (text) => {
    const m = text.match(/rgba?\\(([^)]+)\\)/);
    if (!m) return null;
    const p = m[1].split(/[ ,\\/]+/).filter(Boolean).map(Number);
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
  };
  const background = (node) => {
    for (; node && node.nodeType === 1; node = node.parentElement) {
      const bg = rgba(getComputedStyle(node).backgroundColor);
      if (bg && bg[3] > 0.5) return bg;
    }
    return [255, 255, 255, 1];
  };
  const luminance = ([r, g, b]) => {
    const c = [r, g, b].map((v) => {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  };
  const contrast = (x, y) => {
    const [a, b] = [luminance(x), luminance(y)].sort((p, q) => q - p);
    return (a + 0.05) / (b + 0.05);
  };
  const style = getComputedStyle(el);
  if (style.outlineStyle === "none" || parseFloat(style.outlineWidth) < 2) {
    return {element: describe(el), ratio: 0, ring: "none", behind: "-"};
  }
  const ring = rgba(style.outlineColor);
  const offset = parseFloat(style.outlineOffset) || 0;
  const reach = offset + parseFloat(style.outlineWidth) + 0.5;  // the pixels next to the ring
  const box = el.getBoundingClientRect();
  const [cx, cy] = [box.left + box.width / 2, box.top + box.height / 2];
  let colours = [];
  if (offset < 0) {
    colours = [background(el)];
  } else {
    for (const [x, y] of [[box.left - reach, cy], [box.right + reach, cy],
                          [cx, box.top - reach], [cx, box.bottom + reach]]) {
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
      const under = document.elementsFromPoint(x, y).find((n) => n !== el && !el.contains(n));
      colours.push(background(under || document.body));
    }
    if (!colours.length) colours = [background(el.parentElement)];
  }
  const worst = colours.reduce((a, b) => (contrast(ring, a) <= contrast(ring, b) ? a : b));
  return {element: describe(el), ratio: contrast(ring, worst), ring: style.outlineColor,
          behind: "rgb(" + worst.slice(0, 3).join(", ") + ")"};
}"""

# Boxes that scroll sideways on their own (a wide table in a labelled, focusable region is
# allowed, and so are the admin's own result tables; anything else means the page does not
# reflow).
SIDEWAYS_JS = """() => {
  const found = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth) found.push("the page (" + root.scrollWidth + " px)");
  for (const el of document.querySelectorAll("body *")) {
    if (el.matches("input, select, textarea, [role=region][tabindex='0'], .results")) continue;
    if (el.closest(".js-plotly-plot")) continue;
    const x = getComputedStyle(el).overflowX;
    if ((x === "auto" || x === "scroll") && el.scrollWidth > el.clientWidth + 1
        && el.getClientRects().length) {
      found.push(el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") +
        (el.className && typeof el.className === "string" ? "." + el.className.split(" ")[0] : "") +
        " (" + el.scrollWidth + " px in " + el.clientWidth + ")");
    }
  }
  return found;
}"""


def _at_width(page, width):
    if page.viewport_size["width"] != width:
        page.set_viewport_size({"width": width, "height": HEIGHTS[width]})
        # Plotly redraws its responsive charts on the resize event, after a short debounce.
        page.wait_for_timeout(400)
    page.evaluate("window.scrollTo(0, 0)")


def _axe_problems(page, where, exclude=()):
    context = {"exclude": [[selector] for selector in exclude]} if exclude else None
    violations = Axe().run(page, context=context, options=AXE_OPTIONS).response["violations"]
    return [
        f"{where}: {v['id']} ({v['impact']}) {v['help']}: "
        + "; ".join(" ".join(node["target"]) for node in v["nodes"][:8])
        + (f"; and {len(v['nodes']) - 8} more" if len(v["nodes"]) > 8 else "")
        for v in violations
    ]


def _focus_problems(page, where):
    """Tab through the page as a keyboard user does and measure every focus ring on the way."""
    page.evaluate(
        """() => {
          document.querySelectorAll("[data-focus-walk]").forEach((n) => delete n.dataset.focusWalk);
          window.focusWalkLast = null;
          if (document.activeElement) document.activeElement.blur();
          window.scrollTo(0, 0);
        }"""
    )
    problems = []
    for _ in range(FOCUS_STOPS):
        page.keyboard.press("Tab")
        ring = page.evaluate(FOCUS_RING_JS)
        if ring is None:
            continue
        if ring.get("again"):
            break
        if ring["ratio"] < 3:
            problems.append(
                f"{where}: focus ring {ring['ring']} on {ring.get('behind', '?')} is "
                f"{ring['ratio']:.1f}:1 around {ring['element']}"
            )
    return problems


def check(page, screenshot, name, width, *, keyboard=True, exclude=()):
    """Everything this file asks of one page at one width; the problems, as lines."""
    _at_width(page, width)
    where = f"{name} at {width} px"
    page.evaluate("document.activeElement && document.activeElement.blur()")
    screenshot(page, f"a11y-{name}-{width}")
    problems = _axe_problems(page, where, exclude)
    problems += [f"{where}: scrolls sideways: {box}" for box in page.evaluate(SIDEWAYS_JS)]
    if keyboard:
        problems += _focus_problems(page, where)
    return problems


def assert_no_problems(problems):
    assert not problems, f"{len(problems)} accessibility problems:\n" + "\n".join(problems)


def _queue_and_case(departments, officer, traffic_staff):
    """A morning's queue: a few citizens on three platforms, one overdue, one in triage; and
    the case an officer opens, in reply to the city's post, answered once, with a note."""
    now = timezone.now()
    rows = [
        ("Mo de Vries", Platform.FACEBOOK, "en", "The bin on Elm Street is overflowing again",
         "public-works", 0.81, 5),
        ("sanne_v", Platform.MASTODON, "nl", "Tram 2 rijdt vanochtend weer niet, geen omleiding?",
         "transit", 0.88, 1),
        ("lucia", Platform.X, "es", "¿Dónde puedo renovar mi tarjeta de aparcamiento?",
         None, 0.31, None),
        ("Pietje Bell", Platform.FACEBOOK, "nl", "Gat in het fietspad bij de Vismarkt, gevaarlijk!",
         "public-works", 0.77, 12),
    ]  # fmt: skip
    for minutes, row in enumerate(rows):
        row_case(departments, row, created_at=now - timedelta(minutes=10 + 9 * minutes))
    case = red_light_case(
        roadworks_post(departments),
        departments,
        officer,
        traffic_staff,
        post__created_at=now - timedelta(minutes=3),
        first_response_due_at=now - timedelta(minutes=30),
    )
    Reply.objects.create(
        case=case,
        author=officer,
        kind=Reply.Kind.ACKNOWLEDGEMENT,
        text="Dag @jan_h, dank voor je melding. We kijken ernaar.",
        send_state=Reply.SendState.FAILED,
        error="Rate limit exceeded",
    )
    return case


def test_the_login_page_passes_axe_on_a_laptop_and_a_phone(page, live_server, screenshot):
    page.goto(f"{live_server.url}/login/")
    problems = []
    for width in (LAPTOP, PHONE):
        problems += check(page, screenshot, "login", width)
    assert_no_problems(problems)


def test_the_queue_and_a_case_pass_axe_and_reflow_to_one_column_on_a_phone(
    page, live_server, settings, departments, officer, traffic_staff, screenshot
):
    settings.QUEUE_REFRESH_SECONDS = 1
    named(officer, "Olga", "Officer")
    named(traffic_staff, "Tom", "Traffic")
    case = _queue_and_case(departments, officer, traffic_staff)
    problems = []

    # On a laptop the case opens beside the list.
    log_in(page, live_server, "olga")
    page.locator("#views-pane .n").first.wait_for()
    page.locator(f"#case-row-{case.id} .row-text").click()
    page.locator("#case-pane").get_by_role("heading", name=f"Case {case.id}").wait_for()
    problems += check(page, screenshot, "queue", LAPTOP)

    # On a phone the list comes alone; a case opens as a page of its own, with a way back.
    page.reload()
    page.locator("#views-pane .n").first.wait_for()
    problems += check(page, screenshot, "queue", PHONE)
    page.locator(f"#case-row-{case.id} .row-text").click()
    page.wait_for_url(f"**/cases/{case.id}/")
    page.get_by_role("heading", name=f"Case {case.id}").wait_for()
    problems += check(page, screenshot, "case", PHONE)
    problems += check(page, screenshot, "case", LAPTOP)
    _at_width(page, PHONE)
    page.get_by_role("link", name="Back to the queue").click()
    page.wait_for_url(lambda url: urlparse(url).path == "/")
    assert_no_problems(problems)

    # A case arriving while the officer reads is announced, politely, and does not flash for
    # someone who asked for less motion.
    page.emulate_media(reduced_motion="reduce")
    _at_width(page, LAPTOP)
    announcer = page.locator("#queue-announcer")
    assert announcer.get_attribute("aria-live") == "polite"
    # Each poll rewrites the region (emptied when nothing came): keep what it said.
    page.evaluate(
        """() => {
          window.announced = [];
          const region = document.getElementById("queue-announcer");
          new MutationObserver(() => window.announced.push(region.textContent.trim()))
            .observe(region, {childList: true, characterData: true, subtree: true});
        }"""
    )
    CaseFactory(
        department=departments["transit"],
        status=CaseStatus.ROUTED,
        post__author_handle="new_citizen",
        post__text="Bankje bij de Vismarkt is vernield",
    )
    page.get_by_text("Bankje bij de Vismarkt is vernield").wait_for(timeout=10_000)
    page.wait_for_function("() => window.announced.some((text) => text)")
    assert "1 new case at the top of the list" in page.evaluate("window.announced")
    fresh = page.locator("#queue-rows > li.case-row.fresh").first
    assert fresh.evaluate("row => getComputedStyle(row).animationName") == "none"


@pytest.mark.usefixtures("demo_city")
def test_the_analytics_the_weekly_report_and_the_admin_lists_pass_axe(
    page, live_server, demo_city, manager, screenshot
):
    named(manager, "Max", "Manager")
    problems = []

    log_in(page, live_server, "max")
    for name, path in (
        ("analytics", "/analytics/"),
        ("weekly-report", f"/analytics/reports/{demo_city.report_week}/"),
    ):
        page.goto(f"{live_server.url}{path}")
        page.wait_for_function(ALL_CHARTS_DRAWN_JS, timeout=30_000)
        for width in (LAPTOP, PHONE):
            problems += check(page, screenshot, name, width)

    page.context.clear_cookies()
    get_user_model().objects.create_superuser("root", password=PASSWORD)
    log_in(page, live_server, "root")
    for name, path in (
        ("admin-cases", "/admin/departments/case/"),
        ("admin-posts", "/admin/listening/post/"),
    ):
        page.goto(f"{live_server.url}{path}")
        page.locator("#result_list").wait_for()
        for width in (LAPTOP, PHONE):
            problems += check(
                page, screenshot, name, width, keyboard=False, exclude=DJANGO_ADMIN_OWN
            )
    assert_no_problems(problems)

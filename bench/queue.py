"""The queue page on a generated city (issue 5: under 150 ms at the median with 1,000,000
cases; the figure at 10,000 cases next to it).

Runs in a process whose database is the city's (see bench/__main__.py). Requests go through
django.test.Client to the real view, URL departments:queue, logged in as a generated officer:
the whole stack from URL routing and middleware to the rendered template, without a network.
The reference for each page is its main SQL query alone: the slowest query on departments_case
the page ran, replayed on the same connection as it was captured."""

from __future__ import annotations

import re
import time
from urllib.parse import urlencode

PAGE = 500
# A word in many Dutch posts (broken): a search with thousands of matches, not a rare one.
SEARCH_WORD = "kapot"
WARM_UP = 3
ROUNDS = 15
OFFICER = "officer01"
ROW_LINK = re.compile(rb'href="/cases/(\d+)/"')


def _page_cursor() -> tuple[str, str]:
    """The cursor of page PAGE of the open cases, newest first (the queue's default view), from
    one SQL query; at sizes with fewer pages, the last page's. Returns (cursor, note)."""
    from departments.models import OPEN_STATUSES, Case
    from departments.queue.views import QUEUE_PAGE_SIZE, Cursor

    open_cases = Case.objects.filter(status__in=OPEN_STATUSES)
    count = open_cases.count()
    pages = max(1, -(-count // QUEUE_PAGE_SIZE))
    page = min(PAGE, pages)
    if page == 1:
        return "", f"only one page of {count:,} open cases"
    moment, case_id = open_cases.order_by("-created_at", "-id").values_list("created_at", "id")[
        (page - 1) * QUEUE_PAGE_SIZE - 1
    ]
    last_row = min(page * QUEUE_PAGE_SIZE, count)
    note = f"rows {(page - 1) * QUEUE_PAGE_SIZE + 1:,}-{last_row:,} of {count:,} open cases"
    if page < PAGE:
        note = f"page {page}, the last at this size: " + note
    return Cursor(moment, case_id).encode(), note


def _main_query(client, url: str) -> tuple[str, int]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    on_cases = [q for q in captured.captured_queries if '"departments_case"' in q["sql"]]
    main = max(on_cases, key=lambda q: float(q["time"]))
    return main["sql"], len(captured.captured_queries)


def _replay(sql: str) -> float:
    from django.db import connection

    started = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute(sql)
        cursor.fetchall()
    return (time.perf_counter() - started) * 1000


def run_queue(size: int) -> dict:
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.test import Client
    from django.urls import reverse

    from departments.cases.search import search_query
    from departments.models import Case

    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    cases = Case.objects.count()
    if cases < size:
        raise SystemExit(f"the city has {cases:,} cases, fewer than {size:,}")
    client = Client()
    client.force_login(get_user_model().objects.get(username=OFFICER))
    base = reverse("departments:queue")
    cursor, page_note = _page_cursor()
    matches = Case.objects.filter(search_vector=search_query(SEARCH_WORD)).count()
    pages = {
        "first page": ("", "the newest open cases"),
        "filtered page": (
            urlencode({"department": "traffic", "status": "routed"}),
            "department=traffic&status=routed",
        ),
        f"page {PAGE}": (urlencode({"after": cursor}) if cursor else "", page_note),
        "search": (urlencode({"q": SEARCH_WORD}), f"q={SEARCH_WORD}: {matches:,} matching cases"),
    }
    urls = {figure: f"{base}?{query}" if query else base for figure, (query, _n) in pages.items()}
    for url in urls.values():
        for _ in range(WARM_UP):
            response = client.get(url)
            if response.status_code != 200:
                raise SystemExit(f"{url} answered {response.status_code}")
            if not ROW_LINK.search(response.content):
                raise SystemExit(f"{url} shows no case")
    samples: dict[str, list[float]] = {figure: [] for figure in urls}
    for _ in range(ROUNDS):
        for figure, url in urls.items():  # interleaved, so that noise spreads over all pages
            started = time.perf_counter()
            client.get(url)
            samples[figure].append((time.perf_counter() - started) * 1000)
    figures = {}
    for figure, url in urls.items():
        sql, queries = _main_query(client, url)
        _replay(sql)
        reference = [_replay(sql) for _ in range(ROUNDS)]
        figures[figure] = {
            "samples": samples[figure],
            "reference": reference,
            "note": f"{pages[figure][1]}; {queries} SQL queries per page",
        }
    return {"figures": figures, "cases": cases}

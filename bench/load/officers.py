"""Simulated officers for the load benchmark: each a thread with its own keep-alive HTTP session
and its own seeded think time, working the queue as the browser does (full pages where a person
follows a link, htmx fragments with the headers htmx sends where the page swaps a part, the
X-Background-Poll header on what the page polls by itself)."""

from __future__ import annotations

import random
import re
import threading
import time
from dataclasses import dataclass
from urllib.parse import urlencode

import requests

# Figures, in the order they appear in the table. "queue" and "case" pages carry the target.
PAGES = (
    "queue",
    "queue filtered",
    "queue search",
    "queue poll",
    "left pane",
    "case panel",
    "case page",
    "presence",
    "add note",
)
FILTERED = urlencode({"department": "traffic", "status": "routed"})
# Common words in the city's posts (bench/city/vocabulary.py and the ingested ones): searches
# with hundreds or thousands of matches, not rare ones.
SEARCH_WORDS = ("kapot", "lantaarnpaal", "afval", "stoplicht", "bus")
NOTE_SHARE = 0.3  # of the cases an officer opens in the pane, the share that gets a note
THINK_SECONDS = (1.0, 3.0)
TIMEOUT_SECONDS = 30
CASE_LINK = re.compile(r'href="/cases/(\d+)/"')
CSRF_TOKEN = re.compile(r'"X-CSRFToken": "([^"]+)"')
NEWEST_CASE = re.compile(r"newer=(\d+)")
BACKGROUND = {"X-Background-Poll": "1"}


@dataclass(frozen=True, slots=True)
class Sample:
    page: str
    at: float  # time.time() when the request was sent
    ms: float
    status: int  # 0: no answer (connection refused, reset, timed out)
    error: str = ""

    @property
    def failed(self) -> bool:
        # Every request of the script expects 200; a redirect would be a lost session.
        return self.status != 200


def _reason(error: requests.RequestException) -> str:
    """What went wrong, in a few words: a connection the server closed while the request was
    on its way reads differently from one it refused or a page that never came."""
    text = str(error)
    for cause in ("RemoteDisconnected", "ConnectionResetError", "ConnectionRefusedError"):
        if cause in text:
            return cause
    return type(error).__name__


class Officer(threading.Thread):
    """One person at a browser. `samples` is shared by all officers (list.append is atomic)."""

    def __init__(
        self,
        *,
        number: int,
        base_url: str,
        session_key: str,
        session_cookie: str,
        seed: int,
        stop: threading.Event,
        samples: list[Sample],
    ) -> None:
        super().__init__(name=f"officer-{number:02d}", daemon=True)
        self.base_url = base_url
        self.random = random.Random(seed * 1000 + number)
        self.stop = stop
        self.samples = samples
        self.http = requests.Session()
        # One connection, kept alive, as a browser tab keeps one to the site.
        self.http.mount("http://", requests.adapters.HTTPAdapter(pool_maxsize=1))
        self.http.cookies.set(session_cookie, session_key)
        self.csrf_token = ""
        self.newest_case = 0
        self.queue_cases: list[int] = []

    # -- the script -------------------------------------------------------------------------

    def run(self) -> None:
        while not self.stop.is_set():
            self.work_the_queue()

    def work_the_queue(self) -> None:
        """One round: the queue, a case in the pane (perhaps a note), a filter, a search, a
        case on its own page, the queue's poll for new cases."""
        self.open_queue()
        self.left_pane()  # hx-trigger="load": at once, no think time
        if self.think() and self.queue_cases:
            case_id = self.random.choice(self.queue_cases)
            self.case_panel(case_id)
            if self.think():
                self.presence(case_id, page="/")
            if self.random.random() < NOTE_SHARE and self.think():
                self.add_note(case_id)
        if self.think():
            self.fragment("queue filtered", f"/?{FILTERED}", target="queue-results")
        found: list[int] = []
        if self.think():
            word = self.random.choice(SEARCH_WORDS)
            found = self.fragment("queue search", f"/?{urlencode({'q': word})}", "queue-results")
        if self.think() and (found or self.queue_cases):
            case_id = self.random.choice(found or self.queue_cases)
            self.request("case page", "GET", f"/cases/{case_id}/")
            if self.think():
                self.presence(case_id, page=f"/cases/{case_id}/")
        if self.think():
            self.poll_queue()
        self.think()

    def think(self) -> bool:
        """Wait as a person reads; False once the run is over."""
        return not self.stop.wait(self.random.uniform(*THINK_SECONDS))

    # -- pages ------------------------------------------------------------------------------

    def open_queue(self) -> None:
        text = self.request("queue", "GET", "/")
        if token := CSRF_TOKEN.search(text):
            self.csrf_token = token.group(1)
        if newest := NEWEST_CASE.search(text):
            self.newest_case = int(newest.group(1))
        self.queue_cases = [int(found) for found in CASE_LINK.findall(text)]

    def left_pane(self) -> None:
        headers = {**self.htmx("/", target="views-pane"), **BACKGROUND}
        self.request("left pane", "GET", "/queue/views/?current=", headers=headers)

    def fragment(self, page: str, path: str, target: str) -> list[int]:
        text = self.request(page, "GET", path, headers=self.htmx("/", target=target))
        return [int(found) for found in CASE_LINK.findall(text)]

    def case_panel(self, case_id: int) -> None:
        self.request("case panel", "GET", f"/cases/{case_id}/", headers=self.htmx("/", "case-pane"))

    def presence(self, case_id: int, *, page: str) -> None:
        headers = {**self.htmx(page, target=f"presence-{case_id}"), **BACKGROUND}
        self.request("presence", "POST", f"/cases/{case_id}/presence/", headers=headers)

    def add_note(self, case_id: int) -> None:
        self.request(
            "add note",
            "POST",
            f"/cases/{case_id}/notes/",
            headers=self.htmx("/", target="case-panel"),
            data={"note-text": "Bewoner gebeld, melding staat in de planning (belastingtest)."},
        )

    def poll_queue(self) -> None:
        headers = {**self.htmx("/", target="queue-rows"), **BACKGROUND}
        self.request("queue poll", "GET", f"/?newer={self.newest_case}", headers=headers)

    # -- plumbing ---------------------------------------------------------------------------

    def htmx(self, page: str, target: str) -> dict[str, str]:
        # What htmx sends with every request it makes; the CSRF token comes from base.html's
        # hx-headers, as in the browser.
        return {
            "HX-Request": "true",
            "HX-Current-URL": self.base_url + page,
            "HX-Target": target,
            "X-CSRFToken": self.csrf_token,
        }

    def request(self, page: str, method: str, path: str, **kwargs) -> str:
        at = time.time()
        started = time.perf_counter()
        try:
            response = self.http.request(
                method,
                self.base_url + path,
                allow_redirects=False,
                timeout=TIMEOUT_SECONDS,
                **kwargs,
            )
            text = response.text
        except requests.RequestException as error:
            ms = (time.perf_counter() - started) * 1000
            self.samples.append(Sample(page, at, ms, 0, _reason(error)))
            return ""
        ms = (time.perf_counter() - started) * 1000
        self.samples.append(Sample(page, at, ms, response.status_code))
        return text

    def measure_alone(self, *, warm_up: int, rounds: int) -> None:
        """Each page on its own, one after another, without think time: the reference."""
        self.open_queue()
        if not self.queue_cases:
            answer = self.samples[-1]
            raise SystemExit(
                f"the queue showed an officer no case (it answered {answer.status or answer.error}"
                ": is the session accepted, is the city empty?)"
            )
        case_id = self.queue_cases[0]
        steps = [
            self.open_queue,
            self.left_pane,
            lambda: self.fragment("queue filtered", f"/?{FILTERED}", "queue-results"),
            lambda: self.fragment("queue search", f"/?q={SEARCH_WORDS[0]}", "queue-results"),
            self.poll_queue,
            lambda: self.case_panel(case_id),
            lambda: self.request("case page", "GET", f"/cases/{case_id}/"),
            lambda: self.presence(case_id, page="/"),
            lambda: self.add_note(case_id),
        ]
        for _ in range(warm_up):
            for step in steps:
                step()
        self.samples.clear()
        for _ in range(rounds):
            for step in steps:
                step()

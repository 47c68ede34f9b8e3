"""A Mastodon instance small enough to run in a test's thread, for worker processes that cannot
see the test's `responses`: it shows citizens' statuses, accepts the city's replies (ignoring the
Idempotency-Key, so that only our outbox stands between a retry and a second post), lists each
status's replies as its context, and counts what it received. The bodies are the recorded ones
of tests/fixtures/mastodon with their ids changed."""

from __future__ import annotations

import copy
import html
import json
import threading
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "mastodon"
CITY_ACCOUNT_ID = "109349825110230118"  # gemeente_zeestad in the recorded bodies


class FakeMastodon:
    def __init__(self) -> None:
        mentions = json.loads((FIXTURES / "notifications_mentions.json").read_text("utf-8"))
        self._citizen_status = mentions[1]["status"]
        self._reply = json.loads((FIXTURES / "status_reply_posted.json").read_text("utf-8"))
        self.lock = threading.Lock()
        self.replies: list[dict] = []  # every reply posted, in order
        # Set when the reply numbered hold_at is taken; its answer waits for `release`.
        self.hold_at: int | None = None
        self.held = threading.Event()
        self.release = threading.Event()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> FakeMastodon:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()

    def received(self) -> Counter:
        """How many replies each status received."""
        with self.lock:
            return Counter(reply["in_reply_to_id"] for reply in self.replies)

    # -- the API ------------------------------------------------------------------------------

    def status(self, status_id: str) -> dict:
        status = copy.deepcopy(self._citizen_status)
        status["id"] = status_id
        return status

    def post(self, form: dict[str, str]) -> tuple[dict, bool]:
        with self.lock:
            number = len(self.replies) + 1
            reply = copy.deepcopy(self._reply)
            reply["id"] = str(200000000000000000 + number)
            reply["in_reply_to_id"] = form["in_reply_to_id"]
            reply["content"] = f"<p>{html.escape(form['status'])}</p>"
            reply["account"]["id"] = CITY_ACCOUNT_ID
            self.replies.append(reply)
        return reply, number == self.hold_at

    def context(self, status_id: str) -> dict:
        with self.lock:
            descendants = [r for r in self.replies if r["in_reply_to_id"] == status_id]
        return {"ancestors": [], "descendants": copy.deepcopy(descendants)}

    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def _answer(self, body: dict) -> None:
                data = json.dumps(body).encode()
                try:
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json; charset=utf-8")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except OSError:
                    pass  # the worker was killed while waiting

            def do_GET(self) -> None:
                parts = self.path.split("?")[0].strip("/").split("/")
                if parts[:3] == ["api", "v1", "statuses"] and len(parts) == 5:
                    self._answer(fake.context(parts[3]))
                elif parts[:3] == ["api", "v1", "statuses"] and len(parts) == 4:
                    self._answer(fake.status(parts[3]))
                else:
                    self.send_error(404)

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
                reply, hold = fake.post(form)
                if hold:
                    # Taken, and the worker is killed before it hears so.
                    fake.held.set()
                    fake.release.wait(timeout=60)
                self._answer(reply)

        return Handler

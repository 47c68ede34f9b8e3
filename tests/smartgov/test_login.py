"""Log-ins that hold up: a guessed password locks the account for a while, and a session ends
when its person has gone (background polls do not keep it alive) or after a working day."""

import time
from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.db.models import F
from django.urls import reverse

from smartgov.sessions import BACKGROUND_HEADER

pytestmark = pytest.mark.django_db
PASSWORD = "correct horse 42"  # tests/conftest.py gives every user this one


def _log_in(client, path: str, username: str, password: str, address: str = "192.0.2.10"):
    return client.post(path, {"username": username, "password": password}, REMOTE_ADDR=address)


@pytest.mark.parametrize("login_page", ["login", "admin:login"])
def test_ten_failed_log_ins_lock_the_account_for_the_configured_time(
    client, officer, settings, login_page
):
    path = reverse(login_page)
    for _ in range(settings.AXES_FAILURE_LIMIT):
        _log_in(client, path, officer.username, "Tr0ub4dor&3")

    locked = _log_in(client, path, officer.username, PASSWORD)

    assert locked.status_code == 429 and "Too many failed log-ins" in locked.content.decode()
    assert "_auth_user_id" not in client.session
    # Not from another address either; but another person elsewhere is not affected.
    assert _log_in(client, path, officer.username, PASSWORD, "198.51.100.7").status_code == 429
    assert _log_in(client, reverse("login"), "nobody-else", "x", "198.51.100.7").status_code == 200

    AccessAttempt.objects.update(
        attempt_time=F("attempt_time") - settings.AXES_COOLOFF_TIME - timedelta(minutes=1)
    )
    after_the_lock = _log_in(client, reverse("login"), officer.username, PASSWORD)
    assert after_the_lock.status_code == 302 and "_auth_user_id" in client.session


def _session_times(client, *, active_minutes_ago: float, logged_in_hours_ago: float = 0):
    session = client.session
    now = time.time()
    session["smartgov_active_at"] = now - active_minutes_ago * 60
    session["smartgov_logged_in_at"] = now - logged_in_hours_ago * 3600
    session.save()


def test_a_session_ends_after_the_idle_time_and_background_polls_do_not_keep_it_alive(
    client, officer, settings
):
    queue = reverse("departments:queue")
    client.force_login(officer)
    _session_times(client, active_minutes_ago=settings.SESSION_IDLE_MINUTES - 1)

    idle_since = client.session["smartgov_active_at"]
    # The queue's poll, while the officer is away: answered, but it is not activity.
    assert (
        client.get(queue, headers={BACKGROUND_HEADER: "1", "HX-Request": "true"}).status_code == 200
    )
    assert client.session["smartgov_active_at"] == idle_since
    _session_times(client, active_minutes_ago=settings.SESSION_IDLE_MINUTES + 1)

    assert client.get(queue).url.startswith(reverse("login"))


def test_a_person_working_stays_logged_in_but_not_beyond_a_working_day(client, officer, settings):
    queue = reverse("departments:queue")
    client.force_login(officer)
    _session_times(client, active_minutes_ago=1, logged_in_hours_ago=settings.SESSION_MAX_HOURS - 1)
    assert client.get(queue).status_code == 200

    _session_times(client, active_minutes_ago=1, logged_in_hours_ago=settings.SESSION_MAX_HOURS + 1)
    assert client.get(queue).url.startswith(reverse("login"))


def test_behind_the_tls_proxy_log_ins_are_counted_per_client_not_per_proxy(client, settings):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    path = reverse("login")
    proxy = {"REMOTE_ADDR": "10.0.0.2", "HTTP_X_FORWARDED_PROTO": "https"}
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(
            path,
            {"username": f"guess-{_}", "password": "x"},
            HTTP_X_FORWARDED_FOR="203.0.113.66",
            **proxy,
        )

    from_the_guesser = client.post(
        path, {"username": "another", "password": "x"}, HTTP_X_FORWARDED_FOR="203.0.113.66", **proxy
    )
    from_a_colleague = client.post(
        path, {"username": "another", "password": "x"}, HTTP_X_FORWARDED_FOR="198.51.100.8", **proxy
    )

    assert from_the_guesser.status_code == 429
    assert from_a_colleague.status_code == 200  # the same proxy, another client: a normal page

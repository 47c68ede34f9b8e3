import pytest
from django.core.cache import cache
from django.urls import reverse

from smartgov.health import HEARTBEAT_INDEX_KEY, record_worker_heartbeat


@pytest.fixture(autouse=True)
def no_heartbeats():
    cache.delete(HEARTBEAT_INDEX_KEY)
    yield
    cache.delete(HEARTBEAT_INDEX_KEY)


@pytest.mark.django_db
def test_healthz_reports_unhealthy_while_no_worker_is_alive(client):
    response = client.get(reverse("healthz"))

    assert response.status_code == 503
    checks = response.json()["checks"]
    assert checks["database"]["ok"] and checks["redis"]["ok"]
    assert not checks["worker"]["ok"]


@pytest.mark.django_db
def test_healthz_reports_healthy_once_a_worker_sends_heartbeats(client):
    record_worker_heartbeat("worker@test")

    response = client.get(reverse("healthz"))

    assert response.status_code == 200
    assert response.json()["checks"]["worker"]["alive"] == 1


@pytest.mark.django_db
def test_a_web_process_is_ready_without_a_worker_and_live_without_anything(client):
    ready = client.get(reverse("readyz"))
    live = client.get(reverse("livez"))

    assert ready.status_code == 200  # pages can be served while the workers restart
    assert set(ready.json()["checks"]) == {"database", "redis"}
    assert live.status_code == 200


@pytest.mark.django_db
def test_a_web_process_whose_redis_is_gone_is_not_ready(client, monkeypatch):
    def unreachable(*args, **kwargs):
        raise ConnectionError("Redis went away")

    monkeypatch.setattr(cache, "set", unreachable)

    ready = client.get(reverse("readyz"))

    assert ready.status_code == 503
    assert ready.json()["checks"]["redis"] == {"ok": False, "error": "ConnectionError"}
    assert client.get(reverse("livez")).status_code == 200


@pytest.mark.django_db
def test_in_production_pages_redirect_to_https_but_health_checks_answer_over_http(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_HSTS_SECONDS = 31_536_000

    assert client.get(reverse("readyz")).status_code == 200  # a container's check, from inside
    assert client.get(reverse("livez")).status_code == 200
    page = client.get(reverse("login"))
    assert page.status_code == 301 and page.url.startswith("https://")
    over_https = client.get(reverse("login"), secure=True)
    assert over_https.status_code == 200
    assert over_https["Strict-Transport-Security"].startswith("max-age=31536000")

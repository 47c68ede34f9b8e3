"""docker-compose.yml as a city's IT department deploys it, read by Docker Compose itself
(`docker compose config`); skipped where no Compose is installed (CI installs one)."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from smartgov.celery import QUEUES

PROJECT = Path(__file__).resolve().parents[2]


def _compose() -> list[str]:
    if os.environ.get("SMARTGOV_COMPOSE"):
        return [os.environ["SMARTGOV_COMPOSE"]]
    if shutil.which("docker") and (
        subprocess.run(["docker", "compose", "version"], capture_output=True).returncode == 0
    ):
        return ["docker", "compose"]
    if shutil.which("docker-compose"):
        return ["docker-compose"]
    pytest.skip("no Docker Compose here (set SMARTGOV_COMPOSE to a docker-compose binary)")


@pytest.fixture(scope="module")
def deployment() -> dict:
    read = subprocess.run(
        [*_compose(), "config", "--format", "json"],
        cwd=PROJECT,
        env={
            "PATH": os.environ["PATH"],
            "DJANGO_SECRET_KEY": "from-the-city-env",
            "CREDENTIALS_ENCRYPTION_KEYS": "from-the-city-env",
        },
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert read.returncode == 0, read.stderr
    return json.loads(read.stdout)["services"]


def test_one_set_up_step_comes_before_every_process_of_the_application(deployment):
    init = " ".join(deployment["init"]["command"])
    assert "manage.py migrate" in init
    assert "manage.py setup_city --admin" in init
    assert "manage.py train_router --if-missing" in init
    assert deployment["init"]["restart"] == "no"
    for name in ("web", "worker", "send-worker", "reports-worker", "beat"):
        assert deployment[name]["depends_on"]["init"]["condition"] == (
            "service_completed_successfully"
        )


def test_only_the_reports_worker_carries_chromium_and_only_it_builds_reports(deployment):
    targets = {
        name: service["build"]["target"]
        for name, service in deployment.items()
        if "build" in service
    }
    assert targets == {
        "init": "app",
        "web": "app",
        "worker": "app",
        "send-worker": "app",
        "reports-worker": "reports",
        "beat": "app",
    }


def test_each_kind_of_work_has_its_own_worker_and_every_queue_one(deployment):
    """Intake and routing, replies, reports: a flood of posts never delays an answer, and a
    hung report never delays either."""
    consumed = {}
    for name, service in deployment.items():
        command = service.get("command") or []
        if "worker" in command:
            consumed[name] = command[command.index("-Q") + 1].split(",")
    assert consumed == {
        "worker": ["ingest", "route"],
        "send-worker": ["send"],
        "reports-worker": ["reports"],
    }
    assert sorted(q for queues in consumed.values() for q in queues) == sorted(QUEUES)


def test_the_web_server_runs_on_its_config_file_and_is_checked_for_readiness(deployment):
    web = deployment["web"]
    assert web["command"] == ["gunicorn", "smartgov.wsgi"]
    assert "/readyz" in " ".join(web["healthcheck"]["test"])
    assert (PROJECT / "gunicorn.conf.py").exists()

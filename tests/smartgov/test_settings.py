"""Settings a city's IT department sets in the environment (.env.example)."""

import os
import subprocess
import sys
from pathlib import Path

from tests.processes import python_printed_json, python_run

PROJECT = Path(__file__).resolve().parents[2]

_PRINT_MAIL_SETTINGS = """
import json
from django.conf import settings
names = ["EMAIL_BACKEND", "EMAIL_HOST", "EMAIL_PORT", "EMAIL_HOST_USER", "EMAIL_HOST_PASSWORD",
         "EMAIL_USE_TLS", "EMAIL_USE_SSL", "EMAIL_TIMEOUT", "SERVER_EMAIL", "ADMINS"]
print(json.dumps({name: getattr(settings, name) for name in names}))
"""


def _environment(tmp_path) -> dict[str, str]:
    """This process's environment without the settings under test, for a fresh process."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("EMAIL_", "ADMINS", "SERVER_EMAIL", "DEFAULT_FROM_EMAIL", "SENTRY_"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="smartgov.settings",
        PYTHONPATH=str(PROJECT),
        # Placeholders: reading the settings connects to nothing.
        DATABASE_URL=os.environ.get("DATABASE_URL", "postgres://nobody@127.0.0.1:1/none"),
        REDIS_URL=os.environ.get("REDIS_URL", "redis://127.0.0.1:1/0"),
        SMARTGOV_VAR_DIR=str(tmp_path / "var"),
    )
    return env


def _mail_settings(tmp_path, **variables) -> dict:
    """The e-mail settings a fresh process reads from these environment variables."""
    env = {**_environment(tmp_path), **variables}
    return python_printed_json(_PRINT_MAIL_SETTINGS, env=env, cwd=tmp_path)


def test_a_starttls_mail_server_is_configured_by_one_url(tmp_path):
    mail = _mail_settings(
        tmp_path, EMAIL_URL="smtp+tls://listening%40zeestad.nl:s3cr%2Ft@smtp.zeestad.nl:587"
    )

    assert mail["EMAIL_BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"
    assert (mail["EMAIL_HOST"], mail["EMAIL_PORT"]) == ("smtp.zeestad.nl", 587)
    assert mail["EMAIL_HOST_USER"] == "listening@zeestad.nl"
    assert mail["EMAIL_HOST_PASSWORD"] == "s3cr/t"
    assert mail["EMAIL_USE_TLS"] is True


def test_an_ssl_mail_server_and_the_admins_who_get_error_reports(tmp_path):
    mail = _mail_settings(
        tmp_path,
        EMAIL_URL="smtp+ssl://relay.zeestad.nl:465",
        ADMINS="Service desk <servicedesk@zeestad.nl>, ops@zeestad.nl",
        SERVER_EMAIL="errors@zeestad.nl",
        EMAIL_TIMEOUT="12",
    )

    assert mail["EMAIL_USE_SSL"] is True
    assert mail["EMAIL_PORT"] == 465
    assert mail["ADMINS"] == [
        ["Service desk", "servicedesk@zeestad.nl"],
        ["ops@zeestad.nl", "ops@zeestad.nl"],
    ]
    assert mail["SERVER_EMAIL"] == "errors@zeestad.nl"
    assert mail["EMAIL_TIMEOUT"] == 12


def test_without_a_mail_url_a_laptop_prints_e_mails_and_errors_go_to_no_one(tmp_path):
    mail = _mail_settings(tmp_path)

    assert mail["EMAIL_BACKEND"] == "django.core.mail.backends.console.EmailBackend"
    assert mail["ADMINS"] == []
    assert mail["SERVER_EMAIL"] == "smartgov@localhost"


def test_errors_go_to_a_sentry_compatible_service_without_personal_data(tmp_path):
    options = python_printed_json(
        "import json, sentry_sdk; from django.conf import settings; settings.DEBUG; "
        "o = sentry_sdk.get_client().options; "
        "print(json.dumps([o['dsn'], o['send_default_pii'], o['max_request_body_size'], "
        "o['include_local_variables'], o['environment']]))",
        env={
            **_environment(tmp_path),
            "SENTRY_DSN": "https://public@errors.zeestad.example/3",
            "SENTRY_ENVIRONMENT": "acceptance",
        },
        cwd=tmp_path,
    )

    assert options == [
        "https://public@errors.zeestad.example/3",
        False,
        "never",
        False,
        "acceptance",
    ]


def _start(tmp_path, **variables) -> subprocess.CompletedProcess:
    """A fresh process that loads the settings as a deployment would: its own database, no
    laptop secrets unless the variables say so."""
    env = {
        key: value
        for key, value in _environment(tmp_path).items()
        if key not in ("SMARTGOV_LOCAL_SECRETS", "DJANGO_SECRET_KEY", "CREDENTIALS_ENCRYPTION_KEYS")
    }
    env.update(DJANGO_DEBUG="false", DATABASE_URL="postgres://smartgov@db.example.city/smartgov")
    env.update(variables)
    return python_run(
        "from django.conf import settings; print(settings.SECRET_KEY[:4])", env=env, cwd=tmp_path
    )


def test_a_deployment_refuses_to_start_without_its_secret_key_and_encryption_keys(tmp_path):
    without_secret = _start(tmp_path, CREDENTIALS_ENCRYPTION_KEYS="a-key")
    without_keys = _start(tmp_path, DJANGO_SECRET_KEY="s3cret-from-the-vault")
    with_both = _start(
        tmp_path, DJANGO_SECRET_KEY="s3cret-from-the-vault", CREDENTIALS_ENCRYPTION_KEYS="a-key"
    )

    assert without_secret.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in without_secret.stderr
    assert without_keys.returncode != 0
    assert "CREDENTIALS_ENCRYPTION_KEYS is not set" in without_keys.stderr
    assert with_both.returncode == 0 and with_both.stdout.strip() == "s3cr"
    # Nothing was invented on the server's disk.
    assert not (tmp_path / "var" / "secrets").exists()


def test_a_laptop_or_ci_gets_secrets_generated_once_under_var(tmp_path):
    first = _start(tmp_path, DJANGO_DEBUG="true")
    again = _start(tmp_path, SMARTGOV_LOCAL_SECRETS="1")

    assert first.returncode == 0 and again.returncode == 0
    assert first.stdout == again.stdout  # the same key, kept under var/secrets/
    assert (tmp_path / "var" / "secrets" / "django_secret_key").exists()


def _env_example_values() -> dict[str, str]:
    """The variables .env.example sets (its uncommented KEY=value lines)."""
    values = {}
    for line in (PROJECT / ".env.example").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#") and "=" in line:
            key, value = line.split("=", 1)
            values[key.strip()] = value.strip()
    return values


def test_the_deploy_checklist_passes_with_the_example_production_settings(tmp_path):
    # Not what this test run sets for itself (the browser tests allow Django's sync calls from
    # an event loop, which check --deploy rightly refuses in a deployment).
    test_only = ("SMARTGOV_LOCAL_SECRETS", "DJANGO_ALLOW_ASYNC_UNSAFE")
    env = {
        key: value
        for key, value in _environment(tmp_path).items()
        if key not in (*test_only, "DJANGO_SECRET_KEY", "CREDENTIALS_ENCRYPTION_KEYS")
    }
    env.update(_env_example_values())
    # What .env.example marks "prod:" and leaves for the city to fill in.
    env.update(
        DATABASE_URL="postgres://smartgov:change-me@db.example.city:5432/smartgov",
        DJANGO_SECRET_KEY="x7Kq-" + "9fLw2RzTn4Vb8YcPm6Hs3Jd5Gk1Qa0" * 2,
        CREDENTIALS_ENCRYPTION_KEYS="YnVpbGQtb25seS1rZXktbm90LWZvci11c2UtMDAwMDA=",
    )

    checked = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert env["DJANGO_DEBUG"] == "false"
    assert checked.returncode == 0, checked.stdout + checked.stderr[-3000:]
    assert "no issues" in checked.stdout

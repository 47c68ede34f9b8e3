"""The Content-Security-Policy: a browser runs only the app's own script files, so text a
resident wrote cannot run as script in an officer's browser even where a template slipped."""

import re
from pathlib import Path

import pytest
from django.urls import reverse

from tests.processes import python_printed_json
from tests.smartgov.test_settings import _environment

pytestmark = pytest.mark.django_db
PROJECT = Path(__file__).resolve().parents[2]
# The project's templates and every app's (departments/sso/ is an app inside an app).
TEMPLATE_DIRS = [
    folder
    for pattern in ("templates", "*/templates", "*/*/templates")
    for folder in PROJECT.glob(pattern)
    if ".venv" not in folder.parts
]
# What the policy would block: a <script> with its code inline (JSON data blocks are not run),
# an on... handler attribute, a javascript: link, and htmx attributes that htmx would eval.
INLINE_SCRIPT = re.compile(
    r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")[^>]*>"
    r"|\son[a-z]+\s*=\s*[\"']"
    r"|javascript:"
    r"|hx-on|hx-vars|hx-vals='js:|hx-vals=\"js:",
    re.IGNORECASE,
)


def _directives(response) -> dict[str, list[str]]:
    header = response.headers["Content-Security-Policy"]
    directives = {}
    for part in header.split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


@pytest.mark.parametrize("page", ["login", "departments:queue", "analytics:dashboard"])
def test_pages_allow_scripts_only_from_the_app_itself(client, officer, page):
    if page != "login":
        client.force_login(officer)

    response = client.get(reverse(page))

    assert response.status_code == 200
    directives = _directives(response)
    assert directives["script-src"] == ["'self'"]  # no 'unsafe-inline', no 'unsafe-eval'
    assert directives["default-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["base-uri"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert directives["form-action"] == ["'self'"]
    assert "report-uri" not in directives  # only when CSP_REPORT_URI names an endpoint


def test_the_django_admin_gets_the_policy_too(client, admin_user):
    client.force_login(admin_user)

    response = client.get(reverse("admin:auth_user_changelist"))

    assert response.status_code == 200
    assert _directives(response)["script-src"] == ["'self'"]


def test_violations_are_reported_to_the_address_the_environment_names(tmp_path):
    report_uri = python_printed_json(
        "import json; from django.conf import settings; "
        "print(json.dumps(settings.CONTENT_SECURITY_POLICY['DIRECTIVES']['report-uri']))",
        env={
            **_environment(tmp_path),
            "CSP_REPORT_URI": "https://errors.example.city/api/3/security/?sentry_key=public",
        },
        cwd=tmp_path,
    )

    assert report_uri == ["https://errors.example.city/api/3/security/?sentry_key=public"]


def test_no_template_has_script_that_the_policy_would_block():
    offending = [
        f"{path.relative_to(PROJECT)}: {match.group(0)!r}"
        for folder in TEMPLATE_DIRS
        for path in sorted(folder.rglob("*.html"))
        for match in INLINE_SCRIPT.finditer(path.read_text(encoding="utf-8"))
    ]

    assert offending == []

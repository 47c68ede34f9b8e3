"""Single sign-on through the city's identity provider (a fake one here, signing its tokens like
Entra ID): the provider's groups decide a person's roles and departments at every log-in, and
someone whose groups give no role does not get in."""

import os
import subprocess
import time
from pathlib import Path

import pytest
import responses
from cryptography.hazmat.primitives.asymmetric import rsa
from django.contrib.auth import get_user_model
from django.urls import reverse

from departments import roles
from departments.sso.models import SingleSignOnAccount
from tests.departments import sso_provider
from tests.departments.sso_provider import FakeProvider
from tests.processes import python_run

pytestmark = pytest.mark.django_db

JAN = {
    "sub": "pairwise-subject-of-jan",
    "oid": "5d0c6b7e-0000-4000-8000-00000000a001",
    "preferred_username": "jan.devries@zeestad.example",
    "name": "Jan de Vries",
}
JAN_USERINFO = {
    "given_name": "Jan",
    "family_name": "de Vries",
    "email": "jan.devries@zeestad.example",
}


@pytest.fixture
def provider(settings, departments):
    settings.OIDC_ENABLED = True
    settings.OIDC_PROVIDER_NAME = "Zeestad Account"
    settings.AUTHENTICATION_BACKENDS = [
        *settings.AUTHENTICATION_BACKENDS,
        "departments.sso.backend.SingleSignOnBackend",
    ]
    settings.OIDC_RP_CLIENT_ID = sso_provider.CLIENT_ID
    settings.OIDC_RP_CLIENT_SECRET = sso_provider.CLIENT_SECRET
    settings.OIDC_OP_ISSUER = sso_provider.ISSUER
    settings.OIDC_OP_AUTHORIZATION_ENDPOINT = sso_provider.AUTHORIZE_URL
    settings.OIDC_OP_TOKEN_ENDPOINT = sso_provider.TOKEN_URL
    settings.OIDC_OP_JWKS_ENDPOINT = sso_provider.JWKS_URL
    settings.OIDC_OP_USER_ENDPOINT = sso_provider.USERINFO_URL
    settings.OIDC_USER_ID_CLAIM = "oid"
    settings.OIDC_ROLE_OFFICERS = ["grp-communication"]
    settings.OIDC_ROLE_DEPARTMENT_STAFF = ["grp-traffic", "grp-transit"]
    settings.OIDC_ROLE_MANAGERS = ["grp-management"]
    settings.OIDC_DEPARTMENT_GROUPS = ["grp-traffic=traffic", "grp-transit=transit"]
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        yield FakeProvider(mock)


def _sign_on(client, provider, *, groups, claims=JAN, userinfo=JAN_USERINFO, next_page=""):
    """The whole round trip: the log-in page's button, the provider, and back to the callback."""
    start = client.get(reverse("sso:start"), {"next": next_page} if next_page else {})
    assert start.status_code == 302
    back = provider.sign_in(
        start["Location"], claims={**claims, "groups": groups}, userinfo=userinfo
    )
    return client.get(reverse("sso:callback"), back)


def _jan():
    return SingleSignOnAccount.objects.get(subject=JAN["oid"]).user


def _roles(user) -> set[str]:
    return set(user.groups.values_list("name", flat=True))


def _departments(user) -> set[str]:
    return set(user.departments.values_list("slug", flat=True))


def test_the_log_in_page_offers_the_provider_and_signing_on_lands_on_the_page_asked_for(
    client, provider
):
    assert "Log in with Zeestad Account" in client.get(reverse("login")).content.decode()

    analytics = reverse("analytics:dashboard")
    landed = _sign_on(client, provider, groups=["grp-management"], next_page=analytics)

    assert landed.status_code == 302 and landed["Location"] == analytics
    assert client.get(analytics).status_code == 200


def test_a_first_log_in_makes_an_account_with_the_roles_and_departments_of_its_groups(
    client, provider
):
    response = _sign_on(client, provider, groups=["grp-traffic", "an-unmapped-group"])

    assert response.status_code == 302 and response["Location"] == reverse("departments:queue")
    assert client.get(reverse("departments:queue")).status_code == 200
    jan = _jan()
    assert (jan.username, jan.get_full_name(), jan.email) == (
        "jan.devries",
        "Jan de Vries",
        "jan.devries@zeestad.example",
    )
    assert _roles(jan) == {roles.DEPARTMENT_STAFF} and _departments(jan) == {"traffic"}
    # Jan logs in at the provider only: no password works here.
    assert not jan.has_usable_password()


def test_every_log_in_takes_the_roles_and_departments_from_the_groups_again(client, provider):
    _sign_on(client, provider, groups=["grp-traffic"])
    client.logout()

    # Moved to the communication team and transit; a new e-mail address, still the same person.
    moved = {**JAN_USERINFO, "email": "j.devries@zeestad.example"}
    _sign_on(client, provider, groups=["grp-communication", "grp-transit"], userinfo=moved)

    jan = _jan()
    assert get_user_model().objects.filter(username__startswith="jan").count() == 1
    assert _roles(jan) == {roles.OFFICERS, roles.DEPARTMENT_STAFF}
    assert _departments(jan) == {"transit"} and jan.email == "j.devries@zeestad.example"


def test_someone_in_no_mapped_group_is_refused_with_a_reason_and_gets_no_account(client, provider):
    refused = _sign_on(client, provider, groups=["an-unmapped-group"])

    assert refused.status_code == 302 and refused["Location"] == reverse("login")
    page = client.get(reverse("login")).content.decode()
    assert "has no role in SmartGov Listening" in page
    assert "_auth_user_id" not in client.session
    assert not SingleSignOnAccount.objects.exists()
    assert not get_user_model().objects.filter(username__startswith="jan").exists()


def test_someone_removed_from_their_groups_keeps_no_role_and_cannot_log_in(client, provider):
    _sign_on(client, provider, groups=["grp-traffic"])
    client.logout()

    refused = _sign_on(client, provider, groups=[])

    assert refused["Location"] == reverse("login") and "_auth_user_id" not in client.session
    jan = _jan()
    assert _roles(jan) == set() and _departments(jan) == set()


def test_a_local_account_with_the_same_e_mail_address_is_not_taken_over(client, provider):
    administrator = get_user_model().objects.create_superuser(
        "jan.devries", email=JAN_USERINFO["email"], password="correct horse 42"
    )

    _sign_on(client, provider, groups=["grp-communication"])

    jan = _jan()
    assert jan != administrator and jan.username == "jan.devries-2"
    assert int(client.session["_auth_user_id"]) == jan.pk and not jan.is_superuser


@pytest.mark.parametrize(
    "forgery",
    ["signed with another key", "issued to another application", "issued by another tenant"],
)
def test_a_token_the_provider_did_not_issue_to_us_is_refused(client, provider, forgery):
    if forgery == "signed with another key":
        provider.signing_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    elif forgery == "issued to another application":
        provider.audience = "another-application"
    else:
        provider.issuer = "https://login.example.city/another-tenant/v2.0"

    refused = _sign_on(client, provider, groups=["grp-communication"])

    assert refused["Location"] == reverse("login") and "_auth_user_id" not in client.session
    assert "did not succeed" in client.get(reverse("login")).content.decode()
    assert not SingleSignOnAccount.objects.exists()


def test_a_single_sign_on_session_ends_after_the_idle_time_like_a_password_one(
    client, provider, settings
):
    _sign_on(client, provider, groups=["grp-communication"])
    queue = reverse("departments:queue")
    assert client.get(queue).status_code == 200

    session = client.session
    session["smartgov_active_at"] = time.time() - (settings.SESSION_IDLE_MINUTES + 1) * 60
    session.save()

    assert client.get(queue).url.startswith(reverse("login"))


def test_a_deactivated_person_loses_their_session_at_once_and_cannot_sign_on_again(
    client, provider
):
    _sign_on(client, provider, groups=["grp-communication"])
    queue = reverse("departments:queue")
    assert client.get(queue).status_code == 200

    get_user_model().objects.filter(pk=_jan().pk).update(is_active=False)

    assert client.get(queue).url.startswith(reverse("login"))
    again = _sign_on(client, provider, groups=["grp-communication"])
    assert again["Location"] == reverse("login")
    assert client.get(queue).url.startswith(reverse("login"))


def test_the_password_log_in_still_works_beside_single_sign_on(client, provider, officer):
    response = client.post(
        reverse("login"), {"username": officer.username, "password": "correct horse 42"}
    )

    assert response.status_code == 302 and int(client.session["_auth_user_id"]) == officer.pk


def test_with_single_sign_on_off_its_pages_are_not_found_and_the_log_in_page_has_no_button(
    client, departments
):
    assert client.get(reverse("sso:start")).status_code == 404
    assert client.get(reverse("sso:callback"), {"code": "x", "state": "y"}).status_code == 404
    assert "Log in with" not in client.get(reverse("login")).content.decode()


def _backends_read_by_a_fresh_process(tmp_path, **variables) -> subprocess.CompletedProcess:
    env = {key: value for key, value in os.environ.items() if not key.startswith("OIDC_")}
    env.update(
        DJANGO_SETTINGS_MODULE="smartgov.settings",
        PYTHONPATH=str(Path(__file__).resolve().parents[2]),
        SMARTGOV_VAR_DIR=str(tmp_path / "var"),
        **variables,
    )
    program = "from django.conf import settings; print(settings.AUTHENTICATION_BACKENDS[-1])"
    return python_run(program, env=env, cwd=tmp_path)


def test_single_sign_on_turned_on_without_its_settings_refuses_to_start(tmp_path):
    half_done = _backends_read_by_a_fresh_process(
        tmp_path, OIDC_ENABLED="true", OIDC_RP_CLIENT_ID=sso_provider.CLIENT_ID
    )
    assert half_done.returncode != 0
    assert "OIDC_ENABLED needs OIDC_RP_CLIENT_SECRET" in half_done.stderr
    assert "one of OIDC_ROLE_OFFICERS" in half_done.stderr

    complete = _backends_read_by_a_fresh_process(
        tmp_path,
        OIDC_ENABLED="true",
        OIDC_RP_CLIENT_ID=sso_provider.CLIENT_ID,
        OIDC_RP_CLIENT_SECRET=sso_provider.CLIENT_SECRET,
        OIDC_OP_ISSUER=sso_provider.ISSUER,
        OIDC_OP_AUTHORIZATION_ENDPOINT=sso_provider.AUTHORIZE_URL,
        OIDC_OP_TOKEN_ENDPOINT=sso_provider.TOKEN_URL,
        OIDC_OP_JWKS_ENDPOINT=sso_provider.JWKS_URL,
        OIDC_ROLE_OFFICERS="grp-communication",
    )
    assert complete.returncode == 0, complete.stderr[-2000:]
    assert complete.stdout.strip() == "departments.sso.backend.SingleSignOnBackend"

"""Every page needs a login, and department staff never see another department's case."""

import pytest
from django.urls import NoReverseMatch, URLPattern, URLResolver, get_resolver, reverse

from tests.factories import CaseFactory

# Pages reachable without logging in, and why.
PUBLIC = {
    "login",  # where everyone else is sent
    "admin:login",  # the admin's own login page
    "healthz",  # for load balancers and docker health checks; shows no data
    "livez",
    "readyz",
    "set_language",  # POST only; changes the language of the login page
    # Single sign-on's start and the provider's return: how one logs in ("not found" while off).
    "sso:start",
    "sso:callback",
}


def _named_routes(resolver: URLResolver, prefix: str = ""):
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            namespace = f"{prefix}{pattern.namespace}:" if pattern.namespace else prefix
            yield from _named_routes(pattern, namespace)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield prefix + pattern.name, pattern


def _example_url(name: str, pattern: URLPattern) -> str | None:
    converters = pattern.pattern.converters
    kwargs = {
        key: 1 if converter.regex == "[0-9]+" else "x" for key, converter in converters.items()
    }
    try:
        return reverse(name, kwargs=kwargs or None)
    except NoReverseMatch:
        return None


@pytest.mark.django_db
def test_an_anonymous_request_to_any_page_is_sent_to_log_in(client):
    checked = 0
    for name, pattern in _named_routes(get_resolver()):
        if name in PUBLIC:
            continue
        url = _example_url(name, pattern)
        if url is None:
            continue
        response = client.get(url)
        assert response.status_code == 302, f"{name} ({url}) answered {response.status_code}"
        assert "login" in response["Location"], f"{name} ({url}) sent to {response['Location']}"
        checked += 1
    assert checked >= 10  # the queue, the case view and the admin pages were all tried


@pytest.mark.django_db
def test_the_login_page_is_served(client):
    response = client.get(reverse("login"))
    assert response.status_code == 200
    assert b'name="password"' in response.content


@pytest.mark.django_db
def test_department_staff_see_only_their_department_in_the_queue(
    client, traffic_staff, departments
):
    own = CaseFactory(department=departments["traffic"], post__text="Stoplicht Havenkade kapot")
    other = CaseFactory(department=departments["transit"], post__text="Tram 2 rijdt weer niet")
    triage = CaseFactory(department=None, post__text="Waar kan ik mijn paspoort halen?")
    client.force_login(traffic_staff)

    page = client.get(reverse("departments:queue")).content.decode()

    assert own.post.text in page
    assert other.post.text not in page
    assert triage.post.text not in page


@pytest.mark.django_db
def test_department_staff_cannot_open_another_departments_case(client, traffic_staff, departments):
    other = CaseFactory(department=departments["transit"])
    own = CaseFactory(department=departments["traffic"])
    client.force_login(traffic_staff)

    assert client.get(reverse("departments:case_detail", args=[other.id])).status_code == 404
    assert client.get(reverse("departments:case_detail", args=[own.id])).status_code == 200


@pytest.mark.django_db
def test_department_staff_cannot_reach_cases_through_the_admin(client, traffic_staff, departments):
    other = CaseFactory(department=departments["transit"])
    client.force_login(traffic_staff)

    response = client.get(reverse("admin:departments_case_change", args=[other.id]))

    assert response.status_code == 302
    assert "login" in response["Location"]


@pytest.mark.django_db
def test_officers_and_managers_see_every_case(client, officer, manager, departments):
    cases = [
        CaseFactory(department=departments["transit"], post__text="Tram 2 te laat"),
        CaseFactory(department=None, post__text="Vraag over afvalkalender"),
    ]
    for user in (officer, manager):
        client.force_login(user)
        page = client.get(reverse("departments:queue")).content.decode()
        for case in cases:
            assert case.post.text in page
            assert client.get(reverse("departments:case_detail", args=[case.id])).status_code == 200


@pytest.mark.django_db
def test_the_queue_pages_through_older_cases_without_repeating_any(client, officer, departments):
    CaseFactory.create_batch(60)
    client.force_login(officer)

    first = client.get(reverse("departments:queue"))
    next_page = client.get(reverse("departments:queue"), {"before": first.context["next_cursor"]})

    first_ids = {case.id for case in first.context["cases"]}
    next_ids = {case.id for case in next_page.context["cases"]}
    assert len(first_ids) == 50 and len(next_ids) == 10
    assert not first_ids & next_ids


@pytest.mark.django_db
def test_officers_are_told_which_accounts_need_reconnecting(client, officer, departments):
    from tests.factories import AccountFactory

    AccountFactory(
        handle="zeestad_ov",
        department=departments["transit"],
        needs_attention=True,
        attention_reason="The access token expired: reconnect the account.",
    )
    client.force_login(officer)

    page = client.get(reverse("departments:queue")).content.decode()

    assert "@zeestad_ov" in page
    assert "The access token expired" in page

"""What the case view and queue tests ask of the test client: the addresses, a page as text, a
post as htmx sends it, the cases a queue lists."""

from django.urls import reverse

from departments.models import Case

HTMX = {"HTTP_HX_REQUEST": "true"}
QUEUE = reverse("departments:queue")


def url(name: str, case: Case, *args) -> str:
    return reverse(f"departments:{name}", args=[case.pk, *args])


def page_of(client, case: Case, **extra) -> str:
    response = client.get(url("case_detail", case), **extra)
    assert response.status_code == 200
    return response.content.decode()


def post(client, name: str, case: Case, data: dict, *args):
    return client.post(url(name, case, *args), data, **HTMX)


def listed(client, **params) -> set[int]:
    response = client.get(QUEUE, params)
    assert response.status_code == 200
    return {case.id for case in response.context["cases"]}

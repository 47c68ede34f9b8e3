"""Searching the queue: Dutch words in any inflection, an author's handle or name, and the
routing task that indexes each routed case for search."""

import pytest

from departments.cases.search import cases_index_for_search
from departments.models import Case
from listening.models import Platform
from tests.departments.conversations import facebook_comment_case
from tests.departments.pages import listed
from tests.factories import AccountFactory, CaseFactory

pytestmark = pytest.mark.django_db


def test_search_finds_a_dutch_post_by_an_inflected_word(client, officer, departments):
    dutch = CaseFactory(language="nl", post__text="De lantaarnpaal bij het station is kapot")
    english = CaseFactory(language="en", post__text="The bins on Elm Street are overflowing")
    cases_index_for_search(case_ids=[dutch.id, english.id])
    client.force_login(officer)

    assert listed(client, q="lantaarnpalen") == {dutch.id}
    assert listed(client, q="bin overflow") == {english.id}
    assert listed(client, q="lantaarnpalen", lang="en") == set()


def test_search_finds_a_post_by_its_authors_handle(client, officer, departments):
    case = CaseFactory(post__author_handle="jan_h", post__text="Stoplicht staat op rood")
    CaseFactory(post__author_handle="mo_d")
    cases_index_for_search()
    client.force_login(officer)

    assert listed(client, q="jan_h") == {case.id}


def test_search_finds_a_facebook_commenter_by_name(client, officer, departments):
    account = AccountFactory(platform=Platform.FACEBOOK, department=departments["public-works"])
    same_text = {"post__text": "The bin on Elm Street has been overflowing since Monday"}
    commenter = facebook_comment_case(account, author_name="Mo de Vries", **same_text)
    facebook_comment_case(account, author_name="Jan Hendriks", **same_text)
    cases_index_for_search()
    client.force_login(officer)

    assert listed(client, q="Mo de Vries") == {commenter.id}
    assert listed(client, q="vries") == {commenter.id}


def test_the_route_task_indexes_routed_cases_for_search(monkeypatch, departments):
    from departments.cases.search import search_query
    from departments.routing import services as routing_services
    from departments.tasks import route_cases_task

    case = CaseFactory(post__text="De lantaarnpaal bij de brug is kapot")

    def route(*, case_ids):  # routing detects the language; the router itself is tested apart
        Case.objects.filter(id__in=case_ids).update(language="nl")
        return 0

    monkeypatch.setattr(routing_services, "cases_route_automatically", route)

    route_cases_task(case_ids=[case.id])

    assert list(Case.objects.filter(search_vector=search_query("lantaarnpalen"))) == [case]

"""The queue's rows as each role reads them: what a row shows, new cases put on top while the
page is open, department staff's cases grouped by deadline, the queue in Dutch, and as many
queries for fifty rows as for five. Filters, search, paging, the left pane and bulk actions
have modules of their own (test_queue_*.py)."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from departments.models import CaseStatus, Topic
from listening.models import EngagementSnapshot, Platform
from tests.departments.conversations import facebook_comment_case
from tests.departments.pages import QUEUE
from tests.factories import AccountFactory, CaseFactory

pytestmark = pytest.mark.django_db


def test_new_cases_are_put_on_top_without_a_reload(client, officer, departments):
    CaseFactory(post__text="Eerder binnengekomen")
    client.force_login(officer)
    first = client.get(QUEUE)
    watermark = first.context["newest_case_id"]

    fresh = CaseFactory(post__text="Net binnen: bankje vernield")
    filtered_out = CaseFactory(department=departments["transit"], post__text="Tram vertraagd")
    poll = client.get(QUEUE, {"department": "triage", "newer": watermark}, HTTP_HX_REQUEST="true")

    body = poll.content.decode()
    assert "Net binnen: bankje vernield" in body
    assert filtered_out.post.text not in body
    assert "Eerder binnengekomen" not in body
    assert f'newer={fresh.id}"' in body.replace("&amp;", "&")  # the next poll starts after it


def test_each_row_shows_what_an_officer_triages_by(client, officer, departments):
    traffic = departments["traffic"]
    case = CaseFactory(
        department=traffic,
        routing_confidence=0.93,
        language="nl",
        assignee=officer,
        status=CaseStatus.IN_PROGRESS,
        first_response_due_at=timezone.now() - timedelta(days=3),
        post__author_handle="jan_h",
        post__text="Stoplicht Lange Voorhout staat al 2 dagen op rood",
    )
    case.topics.add(Topic.objects.filter(department=traffic).first())
    EngagementSnapshot.objects.create(
        post=case.post, taken_at=timezone.now() - timedelta(hours=2), likes=1
    )
    EngagementSnapshot.objects.create(post=case.post, taken_at=timezone.now(), likes=7, shares=2)
    client.force_login(officer)

    row = client.get(QUEUE).content.decode()

    for text in (
        "@jan_h",
        "Stoplicht Lange Voorhout",
        "NL",
        "Traffic",
        "0.93",
        "In progress",
        "olga",
        "7 likes · 2 shares",
        "overdue",
        case.topics.first().name,
        f"@{case.post.account.handle}",
    ):
        assert text in row, text
    assert 'class="sla sla-overdue"' in row


def test_a_facebook_commenter_is_listed_by_name_without_a_bare_at(client, officer, departments):
    account = AccountFactory(platform=Platform.FACEBOOK, department=departments["public-works"])
    case = facebook_comment_case(
        account,
        author_name="Mo de Vries",
        post__text="The bin on Elm Street has been overflowing since Monday",
    )
    client.force_login(officer)

    page = client.get(QUEUE).content.decode()

    assert '<strong class="author">Mo de Vries</strong>' in page
    assert f'aria-label="Select case {case.id} from Mo de Vries"' in page
    assert "@<" not in page and "from @" not in page


def _staff_cases(departments):
    """A traffic case in each SLA group (and one without a deadline), plus another department's
    overdue case. "Due today" is halfway between now and the city's midnight."""
    now = timezone.now()
    midnight = timezone.localtime(now).replace(hour=0, minute=0, second=0, microsecond=0)
    midnight += timedelta(days=1)
    traffic = departments["traffic"]

    def due(moment, text):
        return CaseFactory(department=traffic, first_response_due_at=moment, post__text=text)

    return {
        "later": due(now + timedelta(days=3), "Later: de bus stopt te ver van de halte"),
        "today": due(now + (midnight - now) / 2, "Vandaag: stoplicht knippert oranje"),
        "undated": due(None, "Zonder termijn: bedankt voor de snelle reparatie"),
        "overdue": due(now - timedelta(hours=2), "Te laat: stoplicht Havenkade al dagen rood"),
        "other": CaseFactory(
            department=departments["transit"],
            first_response_due_at=now - timedelta(hours=5),
            post__text="Tram 2 rijdt weer niet",
        ),
    }


def test_department_staff_see_their_cases_grouped_by_overdue_due_today_and_later(
    client, traffic_staff, departments
):
    cases = _staff_cases(departments)
    client.force_login(traffic_staff)

    page = client.get(QUEUE).content.decode()

    order = [
        '<h2 class="group-heading">Overdue</h2>',
        cases["overdue"].post.text,
        '<h2 class="group-heading">Due today</h2>',
        cases["today"].post.text,
        '<h2 class="group-heading">Later</h2>',
        cases["later"].post.text,
        cases["undated"].post.text,
    ]
    positions = [page.find(text) for text in order]
    assert -1 not in positions, dict(zip(order, positions, strict=True))
    assert positions == sorted(positions)
    assert page.count('class="group-heading"') == 3
    assert cases["other"].post.text not in page
    assert '<option value="urgent" selected>' in page


def test_officers_and_staff_who_sort_by_newest_get_one_list_without_groups(
    client, officer, traffic_staff, departments
):
    _staff_cases(departments)
    client.force_login(officer)
    assert "group-heading" not in client.get(QUEUE).content.decode()

    client.force_login(traffic_staff)
    response = client.get(QUEUE, {"sort": "newest"})
    assert "group-heading" not in response.content.decode()
    assert response.context["query"] == "sort=newest"  # paging links keep the staff's choice


def test_the_next_page_of_a_group_does_not_repeat_its_heading(client, traffic_staff, departments):
    now = timezone.now()
    for minutes in range(55):
        CaseFactory(
            department=departments["traffic"],
            first_response_due_at=now - timedelta(hours=3, minutes=minutes),
        )
    later = CaseFactory(department=departments["traffic"], first_response_due_at=None)
    client.force_login(traffic_staff)

    first = client.get(QUEUE)
    second = client.get(QUEUE, {"after": first.context["next_cursor"]}, HTTP_HX_REQUEST="true")

    assert first.content.decode().count('class="group-heading"') == 1
    body = second.content.decode()
    assert "Overdue</h2>" not in body
    assert body.count('class="group-heading"') == 1
    assert body.index("Later</h2>") < body.index(f'id="case-row-{later.id}"')


def test_the_staff_groups_are_named_in_dutch(client, traffic_staff, departments):
    _staff_cases(departments)
    client.force_login(traffic_staff)
    client.post(reverse("set_language"), {"language": "nl"})

    page = client.get(QUEUE).content.decode()

    for heading in ("Te laat", "Uiterlijk vandaag", "Later"):
        assert f'<h2 class="group-heading">{heading}</h2>' in page


def test_the_queue_is_shown_in_dutch_after_switching_language(client, officer, departments):
    CaseFactory()
    client.force_login(officer)

    client.post(reverse("set_language"), {"language": "nl", "next": QUEUE})
    page = client.get(QUEUE).content.decode()

    assert '<html lang="nl">' in page
    assert "Zoeken" in page and "open zaak" in page


def test_the_queue_runs_as_many_queries_for_fifty_rows_as_for_five(client, officer, departments):
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(QUEUE).status_code == 200
        return len(captured.captured_queries)

    def cases(n: int) -> None:
        for case in CaseFactory.create_batch(
            n, department=departments["traffic"], assignee=officer
        ):
            case.topics.add(Topic.objects.filter(department=departments["traffic"]).first())
            EngagementSnapshot.objects.create(post=case.post, taken_at=timezone.now(), likes=2)

    client.force_login(officer)
    queries()  # the first request after logging in stores the session's clock
    cases(5)
    few = queries()
    cases(45)

    assert queries() == few

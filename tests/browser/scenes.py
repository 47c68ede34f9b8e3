"""The city the browser tests show, and how a person gets in: the roadworks post on the city's X
account and Jan's red traffic light in its conversation (what an officer meets on an ordinary
morning), citizens' cases from rows of a table, and the login form."""

from datetime import datetime, timedelta

from django.utils import timezone

from departments.cases import actions
from departments.models import Case, CaseEvent, CaseStatus, Priority, Topic
from departments.sla import sla_due_times
from listening.models import Account, EngagementSnapshot, Platform, Post
from tests.departments.conversations import city_post, reaction_case
from tests.factories import AccountFactory, CaseFactory

# The password tests/conftest.py gives every user of the cast.
PASSWORD = "correct horse 42"

# A citizen's post as a queue row shows it: (author, platform, language, text, department slug
# or None for triage, the router's confidence, the first reaction due in hours or None).
# Facebook gives a commenter's name and no handle, so there the author is a name.
Row = tuple[str, str, str, str, str | None, float, int | None]


def named(user, first_name: str, last_name: str):
    user.first_name, user.last_name = first_name, last_name
    user.save()
    return user


def log_in(page, live_server, username: str, path: str = "/") -> None:
    page.goto(f"{live_server.url}{path}")
    assert "/login/" in page.url  # every page asks for a login first
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(lambda url: "/login/" not in url)


def roadworks_post(departments) -> Post:
    """The city's post about the roadworks at Lange Voorhout, two days ago."""
    city = AccountFactory(
        platform=Platform.X, handle="gemeentezeestad", department=departments["communication"]
    )
    return city_post(
        city,
        author_name="Gemeente Zeestad",
        text="Vanaf maandag wordt het kruispunt Lange Voorhout / Kneuterdijk vernieuwd. "
        "De verkeerslichten kunnen een paar dagen uitvallen.",
        conversation_key="x:roadworks",
        created_at=timezone.now() - timedelta(days=2),
    )


def red_light_case(roadworks: Post, departments, officer, traffic_staff, **fields) -> Case:
    """Jan's traffic light, red for two days, in reply to the roadworks post: routed to traffic
    by the router, with its reasons and the deadlines of the topics (unless `fields` give them),
    liked and shared, assigned to Tom with a note mentioning him."""
    now = timezone.now()
    case = reaction_case(
        roadworks,
        **{
            "post__author_handle": "jan_h",
            "post__author_name": "Jan Hendriks",
            "post__language": "nl",
            "post__text": "@gemeentezeestad Stoplicht Lange Voorhout staat al 2 dagen op rood, "
            "fietsers rijden er gewoon door. Gevaarlijk!",
            "language": "nl",
            "department": departments["traffic"],
            "status": CaseStatus.ROUTED,
            "priority": Priority.HIGH,
            "routing_confidence": 0.91,
            "routing_explanation": {
                "language": "nl",
                "keywords": [
                    {"term": "Stoplicht", "topic": "traffic-lights", "department": "traffic"},
                    {"term": "fietsers", "topic": "cycling", "department": "traffic"},
                ],
                "model": {
                    "traffic": 0.93,
                    "public-works": 0.04,
                    "transit": 0.02,
                    "communication": 0.01,
                },
                "combined": {"traffic": 0.91, "public-works": 0.05, "transit": 0.03},
                "threshold": 0.5,
                "account": "communication",
                "mentioned_accounts": ["@gemeentezeestad"],
                "places": ["Lange Voorhout"],
                "summary": "traffic 0.91",
            },
            **fields,
        },
    )
    case.topics.set(Topic.objects.filter(slug__in=["traffic-lights", "cycling"]))
    if "first_response_due_at" not in fields:
        case.first_response_due_at, case.resolution_due_at = sla_due_times(case)
        case.save()
    CaseEvent.record(
        case, kind=CaseEvent.Kind.ROUTED, new="traffic", reason="automatic: traffic 0.91"
    )
    EngagementSnapshot.objects.create(post=case.post, taken_at=now, likes=12, shares=3, replies=2)
    actions.case_assign(case=case, assignee=traffic_staff, by=officer)
    actions.note_add(case=case, text="@tom kun jij de VRI laten controleren?", by=officer)
    return case


def row_case(departments, row: Row, *, created_at: datetime, **fields) -> Case:
    """A citizen's case as the row describes it, to the city's account of the department it is
    about, tagged with that department's first topic."""
    author, platform, language, text, slug, confidence, due = row
    name, handle = (author, "") if platform == Platform.FACEBOOK else ("", author)
    department = departments[slug] if slug else None
    # The city's account on that platform of the department the post is about.
    account, _ = Account.objects.get_or_create(
        platform=platform,
        handle=f"zeestad_{slug or 'communication'}",
        defaults={"department": departments[slug or "communication"]},
    )
    case = CaseFactory(
        post__platform=platform,
        post__account=account,
        post__author_handle=handle,
        post__author_name=name,
        post__text=text,
        post__language=language,
        post__created_at=created_at,
        language=language,
        department=department,
        routing_confidence=confidence,
        status=CaseStatus.ROUTED if department else CaseStatus.NEW,
        first_response_due_at=timezone.now() + timedelta(hours=due) if due is not None else None,
        **fields,
    )
    topic = Topic.objects.filter(department=department).first() if department else None
    if topic:
        case.topics.add(topic)
    return case

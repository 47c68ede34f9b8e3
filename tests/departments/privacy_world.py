"""A small city in which one resident, Marit (@marit_vdb on X), wrote twice (once under an
earlier handle), got answers, notes and a history, was mentioned by others, and left a payload
in quarantine; and a neighbour, Piet, whose data must survive her erasure untouched."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from django.db import connection
from django.utils import timezone

from departments.cases.search import cases_index_for_search
from departments.models import Case, CaseEvent, CaseStatus, Reply
from listening.models import Platform, Post, PostKind, QuarantinedPayload
from tests.factories import AccountFactory, CaseFactory, PostFactory

HANDLE = "marit_vdb"
OLD_HANDLE = "marit_old"
NAME = "Marit van den Berg"
# Her words; "botulism" is also the Dutch stem the search vector keeps of "botulisme".
PHRASE = "botulism"
PLACE = "Zuiderkerk"
NEIGHBOUR_TEXT = "Het fietspad langs de Singelgracht ligt vol glas"


@dataclass
class World:
    case: Case
    earlier_case: Case
    neighbour_case: Case
    own_post: Post
    mentioning_post: Post


def _case(*, author_id, handle, name, text, created_at, department, status, external_id, account):
    raw = {
        "id": external_id,
        "text": text,
        "author": {"id": author_id, "username": handle, "name": name},
    }
    post = PostFactory(
        account=account,
        external_id=external_id,
        author_id=author_id,
        author_handle=handle,
        author_name=name,
        text=text,
        url=f"https://x.com/{handle}/status/{external_id}",
        created_at=created_at,
        raw=raw,
    )
    return CaseFactory(
        post=post,
        department=department,
        status=status,
        first_responded_at=created_at + timedelta(hours=2),
        closed_at=created_at + timedelta(days=2) if status == CaseStatus.CLOSED else None,
    )


def build_world(departments, officer) -> World:
    now = timezone.now()
    three_weeks_ago = now - timedelta(days=21)
    account = AccountFactory(
        platform=Platform.X, handle="gemeente", department=departments["traffic"]
    )
    case = _case(
        author_id="77001234",
        handle=HANDLE,
        name=NAME,
        text=f"@gemeente De eenden bij de {PLACE} hebben botulisme, #help",
        created_at=three_weeks_ago,
        department=departments["traffic"],
        status=CaseStatus.CLOSED,
        external_id="1900000000000000001",
        account=account,
    )
    earlier_case = _case(
        author_id="77001234",
        handle=OLD_HANDLE,
        name=NAME,
        text="Weer dode eenden: botulisme in de vijver",
        created_at=three_weeks_ago - timedelta(days=30),
        department=departments["traffic"],
        status=CaseStatus.CLOSED,
        external_id="1900000000000000002",
        account=account,
    )
    neighbour_case = _case(
        author_id="88005678",
        handle="piet_fietst",
        name="Piet Jansen",
        text=NEIGHBOUR_TEXT,
        created_at=three_weeks_ago + timedelta(hours=1),
        department=departments["traffic"],
        status=CaseStatus.ROUTED,
        external_id="1900000000000000003",
        account=account,
    )
    Case.objects.filter(pk=case.pk).update(
        routing_explanation={
            "summary": 'traffic: matched "botulisme" (Animals); model traffic 0.71',
            "places": [PLACE],
            "keywords": [{"term": "botulisme", "topic": "animals", "department": "traffic"}],
            "model": {"traffic": 0.71},
            "combined": {"traffic": 0.71},
            "threshold": 0.5,
        }
    )
    Reply.objects.create(
        case=case,
        author=officer,
        kind=Reply.Kind.ANSWER,
        text=f"@{HANDLE} Dank je, de dierenambulance gaat kijken bij de {PLACE}.",
        send_state=Reply.SendState.SENT,
    )
    Reply.objects.create(
        case=case,
        author=officer,
        kind=Reply.Kind.INTERNAL_NOTE,
        text=f"{NAME} belde ook al, zie haar eerdere tweet als @{OLD_HANDLE}.",
        send_state=Reply.SendState.NOT_SENT,
    )
    # Piet's answer copies her in: it names her on someone else's case.
    Reply.objects.create(
        case=neighbour_case,
        author=officer,
        kind=Reply.Kind.ANSWER,
        text=f"@piet_fietst opgeruimd, dank! cc @{HANDLE}",
        send_state=Reply.SendState.SENT,
    )
    CaseEvent.record(
        case,
        kind=CaseEvent.Kind.ROUTED,
        new="traffic",
        reason='automatic: traffic: matched "botulisme" (Animals)',
    )
    CaseEvent.record(
        case,
        kind=CaseEvent.Kind.REROUTED,
        actor=officer,
        old="public-works",
        new="traffic",
        reason=f"@{HANDLE} meldt het op de weg",
    )
    CaseEvent.record(case, kind=CaseEvent.Kind.STATUS_CHANGED, actor=officer, new="closed")
    own_post = PostFactory(
        account=account,
        kind=PostKind.OWN_POST,
        author_id="1",
        author_handle="gemeente",
        text=f"@{HANDLE} we hebben het doorgegeven",
        created_at=three_weeks_ago + timedelta(hours=3),
        raw={"text": f"@{HANDLE} we hebben het doorgegeven", "mentions": [{"username": HANDLE}]},
    )
    mentioning_post = PostFactory(
        account=account,
        author_id="99000001",
        author_handle="buurvrouw",
        text=f"@gemeente @{HANDLE} heeft gelijk, het is een schande",
        created_at=three_weeks_ago + timedelta(hours=4),
        raw={"entities": {"mentions": [{"username": HANDLE, "id": "77001234"}]}},
    )
    CaseFactory(post=mentioning_post, status=CaseStatus.NEW)
    QuarantinedPayload.objects.create(
        account=account,
        error="missing created_at",
        raw={"user": {"screen_name": HANDLE}, "text": "botulisme!"},
    )
    QuarantinedPayload.objects.create(account=account, error="missing id", raw={"text": "x"})
    cases_index_for_search(case_ids=None)
    return World(case, earlier_case, neighbour_case, own_post, mentioning_post)


def rows_containing(term: str) -> dict[str, int]:
    """Every table of the database whose rows, as text, contain the term (any case)."""
    pattern = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    found = {}
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            quoted = connection.ops.quote_name(table)
            cursor.execute(f"SELECT count(*) FROM {quoted} AS t WHERE t::text ILIKE %s", [pattern])
            count = cursor.fetchone()[0]
            if count:
                found[table] = count
    return found

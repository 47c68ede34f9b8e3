"""A small city in which one resident, Marit (@marit_vdb on X), wrote twice (once under an
earlier handle), got answers (on the case, and from the city's account on X), notes and a
history, was mentioned by others, was searched for in a saved queue view, and left payloads in
quarantine (one whose error quotes it); a neighbour, Piet, whose data must survive her erasure
untouched; another resident whose text has her first name and her handle as plain words
(TRAP_TEXT), which are not her; and on Mastodon Hanna (hanna@social.example, one-word name),
mentioned by Jeroen, and another Hanna on another instance."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from django.db import connection
from django.utils import timezone

from departments.cases.search import cases_index_for_search
from departments.models import Case, CaseEvent, CaseStatus, Reply, SavedFilter
from listening.models import Platform, Post, PostKind, QuarantinedPayload
from tests.factories import AccountFactory, CaseFactory, PostFactory

HANDLE = "marit_vdb"
OLD_HANDLE = "marit_old"
NAME = "Marit van den Berg"
# Her words; "botulism" is also the Dutch stem the search vector keeps of "botulisme".
PHRASE = "botulism"
PLACE = "Zuiderkerk"
NEIGHBOUR_TEXT = "Het fietspad langs de Singelgracht ligt vol glas"
# Her first name and her handle as plain words in someone else's complaint: not her.
TRAP_TEXT = f"Marit uit groep 7 noemt haar kat {HANDLE}, en die zit weer vast in de boom"
QUOTING_ERROR = f"X mentions page without meta: {{'data': [{{'text': '@{HANDLE} botulisme'}}]}}"
CITY_ANSWER = f"Dank je, de dierenambulance gaat kijken bij de {PLACE}."

HANNA = "hanna@social.example"
HANNA_ID = "109000000000000001"
OTHER_HANNA = "hanna@other.example"
# Another resident's words with Hanna's one-word name in them: not her either.
HANNA_TRAP_TEXT = "Hanna van de bakker zegt dat de brug al weken klemt"


@dataclass
class World:
    case: Case
    earlier_case: Case
    neighbour_case: Case
    own_post: Post
    mentioning_post: Post
    trap_post: Post
    city_answer: Post
    hanna_case: Case
    jeroen_post: Post
    other_hanna_post: Post
    hanna_trap_post: Post

    def trap_rows(self) -> dict[str, set[int]]:
        """The rows that contain her name and handle as other people's plain words."""
        return {
            "listening_post": {self.trap_post.pk},
            "departments_case": set(
                Case.objects.filter(post=self.trap_post).values_list("pk", flat=True)
            ),
        }


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
    QuarantinedPayload.objects.create(
        account=account, error=QUOTING_ERROR, raw={"data": [{"text": f"@{HANDLE} botulisme"}]}
    )
    # The city's answer as fetched back from X: it repeats her words without naming her.
    city_answer = PostFactory(
        account=account,
        kind=PostKind.OWN_POST,
        author_id="1",
        author_handle="gemeente",
        in_reply_to=case.post.external_id,
        conversation_key=f"x:{case.post.external_id}",
        text=CITY_ANSWER,
        created_at=three_weeks_ago + timedelta(hours=2),
        raw={"text": CITY_ANSWER, "in_reply_to_user_id": "77001234"},
    )
    SavedFilter.objects.create(owner=officer, name=HANDLE, query=f"q={HANDLE}&status=closed")
    SavedFilter.objects.create(owner=officer, name="Dode eenden", query="q=Marit+van+den+Berg")
    trap_post = PostFactory(
        account=account,
        author_id="99000002",
        author_handle="juf_ellen",
        text=TRAP_TEXT,
        created_at=three_weeks_ago + timedelta(hours=5),
        raw={"text": TRAP_TEXT, "entities": {"hashtags": [{"tag": HANDLE}]}},
    )
    CaseFactory(post=trap_post, status=CaseStatus.NEW)
    CaseEvent.record(case, kind=CaseEvent.Kind.ASSIGNED, actor=officer, new=officer.username)
    CaseEvent.record(case, kind=CaseEvent.Kind.MENTIONED, actor=officer, new=officer.username)
    mastodon = _mastodon_world(departments, three_weeks_ago)
    cases_index_for_search(case_ids=None)
    return World(
        case,
        earlier_case,
        neighbour_case,
        own_post,
        mentioning_post,
        trap_post,
        city_answer,
        **mastodon,
    )


def _mastodon_account_json(account_id: str, acct: str, name: str) -> dict:
    username, _, host = acct.partition("@")
    return {
        "id": account_id,
        "username": username,
        "acct": acct,
        "display_name": name,
        "url": f"https://{host or 'stad.social'}/@{username}",
    }


def _mastodon_post(account, *, author_id, acct, name, text, created_at, mentions=()):
    return PostFactory(
        platform=Platform.MASTODON,
        account=account,
        author_id=author_id,
        author_handle=acct,
        author_name=name,
        text=text,
        created_at=created_at,
        raw={
            "content": f"<p>{text}</p>",
            "account": _mastodon_account_json(author_id, acct, name),
            "mentions": list(mentions),
        },
    )


def _mastodon_world(departments, when) -> dict:
    account = AccountFactory(
        platform=Platform.MASTODON, handle="gemeente", department=departments["traffic"]
    )
    hanna = _mastodon_post(
        account,
        author_id=HANNA_ID,
        acct=HANNA,
        name="Hanna",
        text="@gemeente De brug bij de Kattensloot klemt weer",
        created_at=when,
    )
    mention = _mastodon_account_json(HANNA_ID, HANNA, "Hanna")
    mention.pop("display_name")
    jeroen = _mastodon_post(
        account,
        author_id="109000000000000002",
        acct="jeroen",
        name="Jeroen Bakker",
        text="@hanna klopt, ik zag het ook",
        created_at=when + timedelta(hours=1),
        mentions=[mention],
    )
    other_hanna = _mastodon_post(
        account,
        author_id="109000000000000003",
        acct=OTHER_HANNA,
        name="Hanna de Vries",
        text="@gemeente De brug is weer open",
        created_at=when + timedelta(hours=2),
    )
    hanna_trap = _mastodon_post(
        account,
        author_id="109000000000000004",
        acct="kees",
        name="Kees",
        text=HANNA_TRAP_TEXT,
        created_at=when + timedelta(hours=3),
    )
    return {
        "hanna_case": CaseFactory(post=hanna, status=CaseStatus.CLOSED),
        "jeroen_post": jeroen,
        "other_hanna_post": other_hanna,
        "hanna_trap_post": hanna_trap,
    }


def rows_containing(term: str, *, except_rows: dict[str, set[int]] | None = None) -> dict[str, int]:
    """Every table of the database whose rows, as text, contain the term (any case), leaving
    out the rows (by table and id) of except_rows."""
    pattern = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    found = {}
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            quoted = connection.ops.quote_name(table)
            left_out = sorted((except_rows or {}).get(table, ()))
            cursor.execute(
                f"SELECT count(*) FROM {quoted} AS t WHERE t::text ILIKE %s"
                + (" AND NOT t.id = ANY(%s)" if left_out else ""),
                [pattern, left_out] if left_out else [pattern],
            )
            count = cursor.fetchone()[0]
            if count:
                found[table] = count
    return found

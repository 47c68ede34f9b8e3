"""The role x URL matrix: every URL the resolver knows, asked with every HTTP method by every
kind of person, answers what the permission matrix (departments/permissions.py, departments/
roles.py) says. The expected answers are written down here, one entry per URL: a URL added
without an entry fails test_every_url_has_an_entry, so nobody ships a page whose access was never
decided."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlencode

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from departments.incidents.messages import public_key
from departments.incidents.models import IncidentMessage
from departments.models import Incident, IncidentMember, Reply, SavedFilter
from tests.factories import CaseFactory

ROLES = ("anonymous", "officer", "own_staff", "other_staff", "manager", "admin")
METHODS = ("GET", "POST", "PUT", "DELETE")

# What a request can come back with, as a person would see it.
OK = "ok"  # the page, a fragment, a download, a redirect onwards, or the form's own errors
LOGIN = "log in"  # sent to a log-in page
FORBIDDEN = "403"  # told they may not
HIDDEN = "404"  # as if it did not exist (another department's case, someone else's filter)
METHOD = "405"  # this URL does not answer that method
# The administrator in the admin: let in, and then the admin's own answer (a page, a model
# whose records nobody adds by hand: 403, a method a page does not take: 405).
LET_IN = "let in"


@dataclass(frozen=True)
class Access:
    """Who gets what from one URL: `methods` are the methods it answers, `roles` what each
    logged-in role gets for them. Anonymous people are sent to log in (unless `public`); other
    methods answer 405."""

    methods: frozenset[str]
    roles: dict[str, str]
    public: bool = False
    exceptions: dict[tuple[str, str], str] = field(default_factory=dict)

    def expected(self, role: str, method: str) -> str:
        if role == "anonymous" and not self.public:
            return LOGIN
        if (role, method) in self.exceptions:
            return self.exceptions[role, method]
        if method not in self.methods:
            return METHOD
        return self.roles["anonymous" if role == "anonymous" else role]

    def __or__(self, roles: dict[str, str]) -> Access:
        return Access(self.methods, {**self.roles, **roles}, self.public, self.exceptions)

    def holds(self, role: str, method: str, got: str) -> bool:
        expected = self.expected(role, method)
        if expected == LET_IN:
            return got != LOGIN
        return got == expected


def _everyone(*methods: str, public: bool = False) -> Access:
    return Access(frozenset(methods), {role: OK for role in ROLES}, public=public)


def _case(*methods: str, staff: str = OK, manager: str = OK) -> Access:
    """A URL of the traffic case: `own_staff` is traffic staff, `other_staff` transit staff,
    for whom the case does not exist."""
    return Access(
        frozenset(methods),
        {
            "officer": OK,
            "own_staff": staff,
            "other_staff": HIDDEN,
            "manager": manager,
            "admin": OK,
        },
    )


# Actions only the communication office takes (departments.permissions.STAFF_ACTIONS are the
# rest): department staff are refused before any case is read; managers change nothing.
OFFICE_ACTION = _case("POST", staff=FORBIDDEN, manager=FORBIDDEN)
STAFF_ACTION = _case("POST", manager=FORBIDDEN)
_OFFICE_ONLY = {
    "officer": OK,
    "own_staff": FORBIDDEN,
    "other_staff": FORBIDDEN,
    "manager": FORBIDDEN,
    "admin": OK,
}
OFFICE_ONLY_GET = Access(frozenset({"GET"}), _OFFICE_ONLY)
OFFICE_ONLY_POST = Access(frozenset({"POST"}), _OFFICE_ONLY)
# The analytics pages, asked for the traffic department's numbers: transit staff see only their
# own department's, and whether another one exists is not said.
TRAFFIC_NUMBERS = _case("GET")
# The access log: managers' and administrators'.
AUDIT_PAGE = Access(
    frozenset({"GET"}),
    {
        "officer": FORBIDDEN,
        "own_staff": FORBIDDEN,
        "other_staff": FORBIDDEN,
        "manager": OK,
        "admin": OK,
    },
)
# The admin is for administrators; everyone else is sent to the admin's log-in page.
ADMIN_PAGE = Access(
    frozenset(METHODS),
    {"officer": LOGIN, "own_staff": LOGIN, "other_staff": LOGIN, "manager": LOGIN, "admin": LET_IN},
)

HEALTH = ("healthz", "livez", "readyz")
MATRIX: dict[str, Access] = {
    # Django's form views take PUT as POST.
    "login": Access(frozenset({"GET", "POST", "PUT"}), {role: OK for role in ROLES}, public=True),
    # Logged out, and on to the log-in page.
    "logout": Access(frozenset({"POST"}), {role: LOGIN for role in ROLES}),
    "healthz": _everyone("GET", public=True),
    "livez": _everyone("GET", public=True),
    "readyz": _everyone("GET", public=True),
    # The log-in page offers the languages too. Only a POST changes it; every method is sent
    # back to the page it came from.
    "set_language": _everyone(*METHODS, public=True),
    "admin:login": Access(
        frozenset({"GET", "POST", "PUT"}), {role: OK for role in ROLES}, public=True
    ),
    # Administrators log out and go to the admin's log-in; anyone else is only sent on to the
    # admin's start page, which asks them to log in as an administrator.
    "admin:logout": Access(
        frozenset({"POST"}),
        {"officer": OK, "own_staff": OK, "other_staff": OK, "manager": OK, "admin": LOGIN},
        exceptions={
            (role, method): OK
            for role in ("officer", "own_staff", "other_staff", "manager")
            for method in METHODS
        },
    ),
    # The queue: everyone who works in the back office, each seeing their own cases.
    "departments:queue": _everyone("GET"),
    "departments:queue_views": _everyone("GET"),
    # Department staff may close their own cases in bulk (each case is checked); managers
    # change nothing.
    "departments:queue_bulk": _case("POST", manager=FORBIDDEN) | {"other_staff": OK},
    # Saved filters are one person's: the filter here is traffic staff's own.
    "departments:saved_filter_save": _everyone("POST"),
    "departments:saved_filter_delete": Access(
        frozenset({"POST"}),
        {
            "officer": HIDDEN,
            "own_staff": OK,
            "other_staff": HIDDEN,
            "manager": HIDDEN,
            "admin": HIDDEN,
        },
    ),
    "departments:case_detail": _case("GET"),
    "departments:case_presence": _case("GET", "POST"),
    # The reply composer: for those who may answer (managers only read).
    "departments:case_composer": _case("GET", manager=FORBIDDEN),
    "departments:case_route": OFFICE_ACTION,
    "departments:case_hand_back": STAFF_ACTION,
    "departments:case_transfer": STAFF_ACTION,
    "departments:case_ask_office": STAFF_ACTION,
    "departments:case_resolve": STAFF_ACTION,
    "departments:case_assign": OFFICE_ACTION,
    "departments:case_priority": OFFICE_ACTION,
    "departments:case_topics": OFFICE_ACTION,
    # Department staff may close their case (test_permission_matrix.py); asked with no status,
    # as here, they are refused: any other status is the office's.
    "departments:case_status": OFFICE_ACTION,
    "departments:case_spam": OFFICE_ACTION,
    "departments:case_not_for_us": OFFICE_ACTION,
    "departments:case_merge": OFFICE_ACTION,
    "departments:case_note": OFFICE_ACTION,
    "departments:case_reply": STAFF_ACTION,
    "departments:case_reply_retry": STAFF_ACTION,
    # The author revises a reply an officer returned (here the reply is not returned: the
    # panel says so).
    "departments:case_reply_revise": STAFF_ACTION,
    # The approval queue and its decisions: the communication office's (the reply asked about
    # is not waiting: the page says so).
    "departments:approval_queue": OFFICE_ONLY_GET,
    # Incidents are scoped as cases are (the one asked about is the traffic case's); only the
    # office changes them.
    "departments:incident_list": _everyone("GET"),
    "departments:incident_detail": _case("GET"),
    "departments:incident_change": OFFICE_ONLY_POST,
    "departments:incident_message": OFFICE_ONLY_POST,
    "departments:incident_public_post_retry": OFFICE_ONLY_POST,
    # Everyone's own notification settings.
    "departments:notification_settings": _everyone("GET", "POST"),
    "departments:approval_approve": OFFICE_ONLY_POST,
    "departments:approval_return": OFFICE_ONLY_POST,
    "analytics:dashboard": TRAFFIC_NUMBERS,
    "analytics:panel_csv": TRAFFIC_NUMBERS,
    "analytics:weekly_report": TRAFFIC_NUMBERS,
    "analytics:weekly_report_build": _case("POST"),
    "analytics:weekly_report_files": TRAFFIC_NUMBERS,
    "analytics:weekly_report_download": TRAFFIC_NUMBERS,
    "analytics:plotly_js": _everyone("GET"),
    "departments:audit": AUDIT_PAGE,
    "departments:audit_csv": AUDIT_PAGE,
    # Single sign-on is off unless a city turns it on (tests/departments/test_sso.py tries it
    # on): its URLs then exist for nobody.
    "sso:start": Access(frozenset(METHODS), {role: HIDDEN for role in ROLES}, public=True),
    "sso:callback": Access(frozenset(METHODS), {role: HIDDEN for role in ROLES}, public=True),
}


@dataclass(frozen=True)
class Route:
    name: str  # "namespace:name", or "<path>" for a URL without a name
    path: str  # the full pattern, prefixes included: "admin/departments/case/<path:object_id>/"
    kwargs: frozenset[str]


def _routes(resolver: URLResolver, prefix: str = "", namespace: str = ""):
    """Every URL the resolver knows, named or not."""
    for pattern in resolver.url_patterns:
        path = prefix + str(pattern.pattern).lstrip("^").rstrip("$")
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from _routes(pattern, path, inner)
        elif isinstance(pattern, URLPattern):
            name = namespace + pattern.name if pattern.name else f"<{path}>"
            yield Route(name, path, frozenset(pattern.pattern.regex.groupindex))


def _access(name: str) -> Access | None:
    if (name.startswith("admin:") or name.startswith("<admin/")) and name not in MATRIX:
        return ADMIN_PAGE
    return MATRIX.get(name)


def _all_routes() -> dict[str, Route]:
    return {route.name: route for route in _routes(get_resolver())}


def test_every_url_has_an_entry(capsys):
    names = _all_routes()

    missing = [name for name in names if _access(name) is None]
    stale = sorted(set(MATRIX) - set(names))

    assert not missing, f"URLs without an entry in the role x URL matrix: {missing}"
    assert not stale, f"Entries for URLs that no longer exist: {stale}"
    with capsys.disabled():
        print(
            f"\nrole x URL matrix: {len(names)} URLs x {len(METHODS)} methods x "
            f"{len(ROLES)} roles = {len(names) * len(METHODS) * len(ROLES)} requests"
        )


@pytest.fixture
def world(departments, officer, traffic_staff, transit_staff, manager):
    """The objects the URLs are asked about: a traffic case with a failed reply, traffic
    staff's saved filter, and one person per role."""
    case = CaseFactory(department=departments["traffic"])
    reply = Reply.objects.create(
        case=case, author=officer, kind=Reply.Kind.ANSWER, text="Dank u!", send_state="failed"
    )
    saved = SavedFilter.objects.create(owner=traffic_staff, name="Mine", query="status=new")
    incident = Incident.objects.create(
        title="Traffic lights, Vondellaan",
        department=departments["traffic"],
        first_post_at=case.created_at,
        last_post_at=case.created_at,
        case_count=1,
    )
    IncidentMember.objects.create(case=case, incident=incident)
    # The incident's status message, posted for everyone on the city's account: it failed.
    message = IncidentMessage.objects.create(incident=incident, author=officer, text="Bekend.")
    public_post = Reply.objects.create(
        public_account=case.post.account,
        author=officer,
        kind=Reply.Kind.ACKNOWLEDGEMENT,
        text="Bekend.",
        send_state="failed",
        idempotency_key=public_key(message, case.post.account_id),
    )
    admin = get_user_model().objects.create_superuser("ada", password="correct horse 42")
    return {
        "people": {
            "anonymous": None,
            "officer": officer,
            "own_staff": traffic_staff,
            "other_staff": transit_staff,
            "manager": manager,
            "admin": admin,
        },
        "kwargs": {
            "case_id": case.pk,
            "reply_id": reply.pk,
            "filter_id": saved.pk,
            "incident_id": incident.pk,
            "post_id": public_post.pk,
            "week": "2026-W10",
            "fmt": "pdf",
            "key": "headlines",
            "app_label": "departments",
        },
        "query": {"department": departments["traffic"].slug},
    }


def _url(route: Route, world) -> str:
    kwargs = {key: value for key, value in world["kwargs"].items() if key in route.kwargs}
    for key in {"object_id", "id"} & route.kwargs:
        kwargs[key] = _admin_object_id(route)
    if "content_type_id" in route.kwargs:
        kwargs["content_type_id"] = ContentType.objects.get_for_model(Reply).pk
        kwargs["object_id"] = Reply.objects.first().pk
    if "url" in route.kwargs:
        kwargs["url"] = "nowhere/"
    if not route.name.startswith("<"):
        return reverse(route.name, kwargs=kwargs or None)
    # No name to reverse: the pattern's parameters, written in.
    path = re.sub(r"<(?:\w+:)?(\w+)>", lambda m: str(kwargs[m[1]]), route.path)
    path = re.sub(r"\(\?P<(\w+)>[^)]*\)", lambda m: str(kwargs[m[1]]), path)
    return "/" + path


def _admin_object_id(route: Route) -> str:
    """An existing object of the admin page's model, so that its page really opens."""
    parts = route.path.split("/")
    if len(parts) > 3 and parts[0] == "admin" and parts[1] in apps.app_configs:
        for model in apps.get_app_config(parts[1]).get_models():
            if model._meta.model_name == parts[2]:
                first = model._default_manager.order_by("pk").first()
                return str(first.pk) if first else "1"
    return "1"


def _outcome(name: str, response, login_urls: tuple[str, ...]) -> str:
    if name in HEALTH and response.status_code == 503:
        return OK  # a health check's answer: the test has no Celery worker
    if response.status_code == 302 and response["Location"].split("?")[0] in login_urls:
        return LOGIN
    if response.status_code in (403, 404, 405):
        return str(response.status_code)
    assert response.status_code < 500, response.content[:500]
    return OK


def _answers(route: Route, world, client) -> dict[tuple[str, str], str]:
    url = _url(route, world)
    login_urls = (reverse(settings.LOGIN_URL), reverse("admin:login"))
    answers = {}
    for role in ROLES:
        for method in METHODS:
            client.logout()
            if world["people"][role] is not None:
                client.force_login(world["people"][role])
            # Each request on the same world: what one role's POST changed (a case handed
            # back, a filter deleted) is rolled back before the next one asks.
            with transaction.atomic():
                # The department asked for travels in the query string, whatever the method.
                response = getattr(client, method.lower())(f"{url}?{urlencode(world['query'])}")
                transaction.set_rollback(True)
            answers[role, method] = _outcome(route.name, response, login_urls)
    return answers


def test_each_role_gets_what_the_matrix_says_from_every_url(world, client):
    """One test for all URLs (the people and objects are made once): every wrong answer is
    listed, URL by URL."""
    wrong = {}
    for name, route in _all_routes().items():
        access = _access(name)
        for (role, method), got in _answers(route, world, client).items():
            if access is not None and not access.holds(role, method, got):
                wrong.setdefault(name, []).append(
                    f"{role} {method}: {got}, expected {access.expected(role, method)}"
                )

    assert not wrong, "\n".join(f"{name}: {', '.join(items)}" for name, items in wrong.items())

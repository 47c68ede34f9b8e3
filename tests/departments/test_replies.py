"""Replies go back to the platform through each platform's real client library (tweepy,
facebook-sdk, Mastodon.py) against recorded responses; the platform's id is stored, a failure is
shown and can be retried, nothing is sent twice, and a second person is warned before replying."""

import json
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs
from zoneinfo import ZoneInfo

import pytest
import responses
from django.utils import timezone

from departments import presence
from departments.models import CaseEvent, CaseStatus, Reply, ReplyTemplate
from departments.replies import ReplyCollision, reply_retry, reply_send
from departments.reply_templates import reply_template_render
from departments.tasks import SEND_MAX_RETRIES, send_reply_task
from listening.models import Platform
from tests.factories import AccountFactory, CaseFactory

pytestmark = pytest.mark.django_db

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def load(platform, name):
    return json.loads((FIXTURES / platform / name).read_text(encoding="utf-8"))


X_TOKENS = {
    "bearer_token": "AAAAsecret-bearer-zeestad",
    "consumer_key": "ck-zeestad",
    "consumer_secret": "cs-secret-zeestad",
    "access_token": "1402611112223334445-at-zeestad",
    "access_token_secret": "ats-secret-zeestad",
}
FB_TOKEN = "EAAZeestadPageToken0123456789"
GRAPH = "https://graph.facebook.com/v24.0"
MASTODON = "https://social.zeestad.nl"
MASTODON_TOKEN = "zeestad-secret-token-1234"

PLATFORMS = {
    Platform.X: {
        "credentials": X_TOKENS,
        "post_id": "1861395120987654321",
        "author": "kees_fietst",
        "sent_id": "1861431234567890123",
    },
    Platform.FACEBOOK: {
        "credentials": {"page_access_token": FB_TOKEN},
        "post_id": "1029384756102938_1201928374650192",
        "author": "",
        "sent_id": "1029384756102938_1202022938475610",
    },
    Platform.MASTODON: {
        "credentials": {"api_base_url": MASTODON, "access_token": MASTODON_TOKEN},
        "post_id": "113508960112345088",
        "author": "anouk_devries",
        "sent_id": "113509802330505216",
    },
}


def case_on(platform, departments):
    details = PLATFORMS[platform]
    account = AccountFactory(
        platform=platform,
        handle=f"zeestad_{platform}",
        department=departments["communication"],
        credentials=details["credentials"],
    )
    return CaseFactory(
        post__platform=platform,
        post__account=account,
        post__external_id=details["post_id"],
        post__author_handle=details["author"],
        status=CaseStatus.ROUTED,
        department=departments["traffic"],
        first_response_due_at=timezone.now() + timedelta(hours=4),
    )


def platform_accepts(api, platform):
    """The recorded success response of each platform, on the endpoint its library calls."""
    if platform == Platform.X:
        return api.post(
            "https://api.twitter.com/2/tweets", status=201, json=load("x", "create_tweet.json")
        )
    if platform == Platform.FACEBOOK:
        return api.post(
            f"{GRAPH}/{PLATFORMS[platform]['post_id']}/comments",
            json=load("facebook", "comment_created.json"),
        )
    status = load("mastodon", "notifications_mentions.json")[1]["status"]
    api.get(f"{MASTODON}/api/v1/statuses/{status['id']}", json=status)
    return api.post(
        f"{MASTODON}/api/v1/statuses", json=load("mastodon", "status_reply_posted.json")
    )


@pytest.fixture(autouse=True)
def traffic_answers_directly(departments):
    """These tests are about sending; traffic staff's replies go out without an officer's
    approval here (publication control: tests/departments/test_approvals.py)."""
    departments["traffic"].replies_need_approval = False
    departments["traffic"].save(update_fields=["replies_need_approval"])


@pytest.fixture
def api():
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        yield mock


def send(case, by, text="Dank voor uw melding, we kijken ernaar.", kind=Reply.Kind.ANSWER, **kw):
    return reply_send(case=case, text=text, kind=kind, by=by, **kw)


@pytest.mark.parametrize("platform", [Platform.X, Platform.FACEBOOK, Platform.MASTODON])
def test_an_answer_is_posted_through_the_platforms_library_and_its_id_stored(
    platform, api, departments, traffic_staff, django_capture_on_commit_callbacks
):
    case = case_on(platform, departments)
    posted = platform_accepts(api, platform)

    with django_capture_on_commit_callbacks() as queued:
        reply = send(case, traffic_staff)
    assert reply.send_state == Reply.SendState.QUEUED and len(queued) == 1
    send_reply_task(reply_id=reply.pk)

    reply.refresh_from_db()
    assert reply.send_state == Reply.SendState.SENT
    assert reply.platform_external_id == PLATFORMS[platform]["sent_id"]
    assert reply.sent_at is not None and reply.attempts == 1
    assert len(posted.calls) == 1
    event = case.events.get(kind=CaseEvent.Kind.REPLIED)
    assert event.actor == traffic_staff
    assert event.new_value["platform_id"] == PLATFORMS[platform]["sent_id"]


def test_the_reply_answers_the_citizens_post_with_the_officers_text(api, departments, officer):
    case = case_on(Platform.X, departments)
    posted = platform_accepts(api, Platform.X)

    reply = send(case, officer, text="@kees_fietst Via de Stationsweg.")
    send_reply_task(reply_id=reply.pk)

    assert json.loads(posted.calls[0].request.body) == {
        "reply": {"in_reply_to_tweet_id": "1861395120987654321"},
        "text": "@kees_fietst Via de Stationsweg.",
    }


def test_the_first_reply_stops_the_first_response_clock_and_later_ones_do_not_move_it(
    api, departments, officer
):
    case = case_on(Platform.MASTODON, departments)
    platform_accepts(api, Platform.MASTODON)

    first = send(case, officer, kind=Reply.Kind.ACKNOWLEDGEMENT)
    send_reply_task(reply_id=first.pk)
    case.refresh_from_db()
    stopped_at = case.first_responded_at
    second = send(case, officer, text="Het is opgelost.", confirm_collision=True)
    send_reply_task(reply_id=second.pk)

    case.refresh_from_db()
    first.refresh_from_db()
    assert stopped_at == first.sent_at
    assert case.first_responded_at == stopped_at
    assert case.status == CaseStatus.ANSWERED


def test_an_acknowledgement_puts_an_untouched_case_in_progress(api, departments, officer):
    case = case_on(Platform.FACEBOOK, departments)
    platform_accepts(api, Platform.FACEBOOK)

    reply = send(case, officer, kind=Reply.Kind.ACKNOWLEDGEMENT)
    send_reply_task(reply_id=reply.pk)

    case.refresh_from_db()
    assert case.status == CaseStatus.IN_PROGRESS


def test_a_second_run_of_the_task_does_not_send_the_reply_twice(api, departments, officer):
    case = case_on(Platform.X, departments)
    posted = platform_accepts(api, Platform.X)
    reply = send(case, officer)

    send_reply_task(reply_id=reply.pk)
    send_reply_task(reply_id=reply.pk)

    assert len(posted.calls) == 1
    assert case.events.filter(kind=CaseEvent.Kind.REPLIED).count() == 1


def test_a_refused_reply_shows_the_platforms_reason_and_can_be_retried(
    api, departments, officer, django_capture_on_commit_callbacks
):
    case = case_on(Platform.X, departments)
    api.post(
        "https://api.twitter.com/2/tweets", status=403, json=load("x", "forbidden_duplicate.json")
    )
    reply = send(case, officer)

    send_reply_task(reply_id=reply.pk)

    reply.refresh_from_db()
    assert reply.send_state == Reply.SendState.FAILED
    assert "duplicate content" in reply.error
    assert not any(secret in reply.error for secret in X_TOKENS.values())
    failed = case.events.get(kind=CaseEvent.Kind.REPLY_FAILED)
    assert "duplicate content" in failed.reason
    case.refresh_from_db()
    assert case.first_responded_at is None  # the clock runs on

    api.replace(
        responses.POST,
        "https://api.twitter.com/2/tweets",
        status=201,
        json=load("x", "create_tweet.json"),
    )
    with django_capture_on_commit_callbacks() as queued:
        reply_retry(reply=reply, by=officer)
    assert reply.send_state == Reply.SendState.QUEUED and len(queued) == 1
    send_reply_task(reply_id=reply.pk)

    reply.refresh_from_db()
    assert (reply.send_state, reply.error) == (Reply.SendState.SENT, "")
    assert reply.platform_external_id == "1861431234567890123"
    assert reply.attempts == 2


def test_expired_page_token_fails_the_reply_and_flags_the_account(api, departments, officer):
    case = case_on(Platform.FACEBOOK, departments)
    api.post(
        f"{GRAPH}/{PLATFORMS[Platform.FACEBOOK]['post_id']}/comments",
        status=400,
        json=load("facebook", "error_token_expired.json"),
    )
    reply = send(case, officer)

    send_reply_task(reply_id=reply.pk)

    reply.refresh_from_db()
    case.post.account.refresh_from_db()
    assert reply.send_state == Reply.SendState.FAILED and reply.error
    assert FB_TOKEN not in reply.error
    assert case.post.account.needs_attention


def test_a_platform_outage_is_retried_and_the_reply_then_goes_out(api, departments, officer):
    case = case_on(Platform.MASTODON, departments)
    status = load("mastodon", "notifications_mentions.json")[1]["status"]
    api.get(f"{MASTODON}/api/v1/statuses/{status['id']}", json=status)
    api.post(f"{MASTODON}/api/v1/statuses", status=503, json={"error": "Unavailable"})
    # A 503 may come after the post was taken: the status is looked at before posting again.
    api.get(
        f"{MASTODON}/api/v1/statuses/{status['id']}/context",
        json=load("mastodon", "status_context.json"),
    )
    api.post(f"{MASTODON}/api/v1/statuses", json=load("mastodon", "status_reply_posted.json"))
    reply = send(case, officer)

    result = send_reply_task.apply(kwargs={"reply_id": reply.pk})

    reply.refresh_from_db()
    assert reply.send_state == Reply.SendState.SENT, (result.state, reply.error)
    assert reply.attempts == 2
    # Both attempts carried the same idempotency key: Mastodon would post it only once.
    keys = {
        call.request.headers.get("Idempotency-Key")
        for call in api.calls
        if call.request.method == "POST"
    }
    assert len(keys) == 1
    assert parse_qs(api.calls[-1].request.body)["in_reply_to_id"] == [status["id"]]


def test_when_the_retries_are_used_up_the_reply_fails_with_the_last_error(
    api, departments, officer
):
    case = case_on(Platform.X, departments)
    # A rate limit: X certainly did not post it (a 5xx might have: see test_reply_outbox).
    api.post("https://api.twitter.com/2/tweets", status=429, json=load("x", "rate_limited.json"))
    reply = send(case, officer)

    send_reply_task.apply(kwargs={"reply_id": reply.pk}, retries=SEND_MAX_RETRIES)

    reply.refresh_from_db()
    assert reply.send_state == Reply.SendState.FAILED
    assert "Gave up after 1 attempt:" in reply.error


# -- collisions -------------------------------------------------------------------------------


def test_a_colleague_writing_on_the_case_gets_a_warning_before_a_second_reply(
    departments, officer, traffic_staff
):
    officer.first_name, officer.last_name = "Olga", "Officer"
    officer.save()
    case = case_on(Platform.X, departments)
    presence.presence_touch(case_id=case.pk, user=officer, composing=True)

    with pytest.raises(ReplyCollision) as raised:
        send(case, traffic_staff)

    assert raised.value.others == ["Olga Officer"]
    assert not case.replies.exists()
    reply = send(case, traffic_staff, confirm_collision=True)
    assert reply.send_state == Reply.SendState.QUEUED


def test_a_colleague_who_only_reads_the_case_does_not_block_a_reply(
    departments, officer, traffic_staff
):
    case = case_on(Platform.X, departments)
    presence.presence_touch(case_id=case.pk, user=officer, composing=False)

    assert send(case, traffic_staff).send_state == Reply.SendState.QUEUED


def test_a_reply_sent_minutes_ago_by_someone_else_asks_for_confirmation(
    departments, officer, traffic_staff
):
    case = case_on(Platform.X, departments)
    send(case, officer)

    with pytest.raises(ReplyCollision) as raised:
        send(case, traffic_staff, text="Wij pakken het op.")
    assert raised.value.others == ["olga"]
    # One's own earlier reply is no collision.
    send(case, officer, text="Aanvulling: morgen komt er iemand.")


def test_managers_and_other_departments_cannot_reply(departments, manager, transit_staff):
    from django.core.exceptions import PermissionDenied

    case = case_on(Platform.X, departments)
    for person in (manager, transit_staff):
        with pytest.raises(PermissionDenied):
            send(case, person)


# -- templates --------------------------------------------------------------------------------


def test_a_template_is_filled_in_with_the_handle_department_and_expected_date(departments):
    case = case_on(Platform.X, departments)
    case.resolution_due_at = datetime(2026, 4, 28, 15, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))
    dutch = ReplyTemplate.objects.get(
        department=departments["traffic"], language="nl", kind="acknowledgement"
    )
    english = ReplyTemplate.objects.get(
        department=departments["traffic"], language="en", kind="acknowledgement"
    )
    german = ReplyTemplate.objects.get(
        department=departments["traffic"], language="de", kind="acknowledgement"
    )

    nl = reply_template_render(template=dutch, case=case)
    en = reply_template_render(template=english, case=case)
    de = reply_template_render(template=german, case=case)

    assert nl.startswith("Dank u wel voor uw bericht, @kees_fietst. De afdeling Verkeer")
    assert "uiterlijk dinsdag 28 april" in nl
    assert "Traffic is looking into it" in en and "by Tuesday 28 April" in en
    assert "spätestens Dienstag, 28. April" in de
    assert "{" not in nl + en + de


def test_every_department_has_templates_in_dutch_english_and_german(departments):
    for department in departments.values():
        found = set(
            ReplyTemplate.objects.filter(department=department).values_list("language", "kind")
        )
        assert found == {
            (language, kind)
            for language in ("nl", "en", "de")
            for kind in ("acknowledgement", "answer")
        }

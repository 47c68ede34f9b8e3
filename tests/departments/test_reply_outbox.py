"""Replies exactly once: when the platform may have a reply we could not record (a time-out, a
5xx, X refusing a duplicate, a worker or a database write lost after the platform's answer), the
platform is asked before anything is posted again; replies whose task was lost go out anyway;
sending while the broker is away, or twice from one composer, makes one reply. The platforms are
faked with `responses` in their real APIs' shapes; tests/departments/test_reply_outbox_worker.py
does the same with a real worker killed mid-send and a Redis restart."""

import contextlib
import re
from datetime import timedelta

import pytest
import requests
import responses
from django.db import OperationalError
from django.utils import timezone

from departments import replies
from departments.models import CaseEvent, Reply
from departments.replies import replies_sweep, reply_send
from departments.tasks import SEND_MAX_RETRIES, send_reply_task
from listening.models import Platform
from smartgov.celery import app
from tests.departments.pages import post as post_form
from tests.departments.pages import url
from tests.departments.test_replies import GRAPH, MASTODON, PLATFORMS, case_on, load

pytestmark = pytest.mark.django_db

X_CITY_ID = "1402611112223334445"
X_TIMELINE = f"https://api.twitter.com/2/users/{X_CITY_ID}/tweets"
X_POST = "https://api.twitter.com/2/tweets"
TEXT = "Dank voor uw melding, we kijken ernaar."


@pytest.fixture
def api():
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        yield mock


def x_case(departments):
    case = case_on(Platform.X, departments)
    case.post.account.platform_id = X_CITY_ID
    case.post.account.save(update_fields=["platform_id"])
    return case


def x_timeline_with(reply_to: str, text: str, tweet_id: str = "1861431234567890123") -> dict:
    """GET /2/users/:id/tweets as X answers it, newest first: our reply (its text escaped as X
    does, its link shortened) above an older post of the city."""
    return {
        "data": [
            {
                "id": tweet_id,
                "text": text.replace("&", "&amp;"),
                "conversation_id": reply_to,
                "created_at": "2026-12-07T09:00:01.000Z",
                "edit_history_tweet_ids": [tweet_id],
                "referenced_tweets": [{"type": "replied_to", "id": reply_to}],
            },
            {
                "id": "1861300000000000000",
                "text": "Werkzaamheden aan de Havenkade: https://t.co/xYz",
                "conversation_id": "1861300000000000000",
                "created_at": "2026-12-06T08:00:00.000Z",
                "edit_history_tweet_ids": ["1861300000000000000"],
            },
        ],
        "meta": {"result_count": 2, "newest_id": tweet_id, "oldest_id": "1861300000000000000"},
    }


def posts_to(api, method, address):
    return [
        call for call in api.calls if call.request.method == method and call.request.url == address
    ]


def test_a_time_out_after_x_took_the_reply_ends_sent_with_its_id_not_a_second_post(
    api, departments, officer
):
    case = x_case(departments)
    post_id = case.post.external_id
    api.post(X_POST, body=requests.exceptions.ReadTimeout("read timed out"))
    api.post(X_POST, status=201, json=load("x", "create_tweet.json"))  # would be a duplicate
    api.get(X_TIMELINE, json=x_timeline_with(post_id, "Parkeren & laden: " + TEXT))
    reply = reply_send(case=case, text="Parkeren & laden: " + TEXT, kind="answer", by=officer)

    send_reply_task.apply(kwargs={"reply_id": reply.pk})

    reply.refresh_from_db()
    assert reply.send_state == Reply.SendState.SENT, reply.error
    assert reply.platform_external_id == "1861431234567890123"
    assert len(posts_to(api, "POST", X_POST)) == 1
    assert case.events.filter(kind=CaseEvent.Kind.REPLIED).count() == 1


def test_a_5xx_on_a_reply_x_does_not_show_is_posted_again(api, departments, officer):
    case = x_case(departments)
    api.post(X_POST, status=503, json={"title": "Service Unavailable"})
    api.post(X_POST, status=201, json=load("x", "create_tweet.json"))
    api.get(X_TIMELINE, json=x_timeline_with("1800000000000000001", "Iets anders."))
    reply = reply_send(case=case, text=TEXT, kind="answer", by=officer)

    send_reply_task.apply(kwargs={"reply_id": reply.pk})

    reply.refresh_from_db()
    assert reply.send_state == Reply.SendState.SENT, reply.error
    assert reply.platform_external_id == "1861431234567890123"
    assert len(posts_to(api, "POST", X_POST)) == 2  # the 503, then the one that went out


def test_x_refusing_a_duplicate_of_our_own_reply_records_it_as_sent(api, departments, officer):
    case = x_case(departments)
    api.post(X_POST, status=403, json=load("x", "forbidden_duplicate.json"))
    api.get(X_TIMELINE, json=x_timeline_with(case.post.external_id, TEXT, "1861499999999999999"))
    reply = reply_send(case=case, text=TEXT, kind="answer", by=officer)

    send_reply_task(reply_id=reply.pk)

    reply.refresh_from_db()
    assert (reply.send_state, reply.error) == (Reply.SendState.SENT, "")
    assert reply.platform_external_id == "1861499999999999999"


def test_a_reply_whose_check_keeps_failing_is_never_called_failed(api, departments, officer):
    case = x_case(departments)
    api.post(X_POST, status=503, json={"title": "Service Unavailable"})
    api.get(X_TIMELINE, status=503, json={"title": "Service Unavailable"})
    reply = reply_send(case=case, text=TEXT, kind="answer", by=officer)

    send_reply_task.apply(kwargs={"reply_id": reply.pk})
    send_reply_task.apply(kwargs={"reply_id": reply.pk}, retries=SEND_MAX_RETRIES)

    reply.refresh_from_db()
    assert reply.send_state == Reply.SendState.UNKNOWN
    assert "Could not check with the platform yet" in reply.error
    assert len(posts_to(api, "POST", X_POST)) == 1
    assert not case.events.filter(kind=CaseEvent.Kind.REPLY_FAILED).exists()


def test_a_mastodon_reply_a_5xx_hid_is_found_among_the_statuss_replies(api, departments, officer):
    case = case_on(Platform.MASTODON, departments)
    case.post.account.platform_id = "109349825110230118"  # gemeente_zeestad
    case.post.account.save(update_fields=["platform_id"])
    status = load("mastodon", "notifications_mentions.json")[1]["status"]
    api.get(f"{MASTODON}/api/v1/statuses/{status['id']}", json=status)
    posted = api.post(f"{MASTODON}/api/v1/statuses", status=502, json={"error": "Bad Gateway"})
    api.get(
        f"{MASTODON}/api/v1/statuses/{status['id']}/context",
        json=load("mastodon", "status_context.json"),
    )
    text = (
        "Ja, bezorgers mogen tussen 7.00 en 11.00 uur de Havenkade in via de Kadebrug. Fijne dag!"
    )
    reply = reply_send(case=case, text=text, kind="answer", by=officer)

    send_reply_task.apply(kwargs={"reply_id": reply.pk})

    reply.refresh_from_db()
    assert reply.send_state == Reply.SendState.SENT
    # The status the city posted, with the citizen's handle Mastodon's HTML put in front.
    assert reply.platform_external_id == "113509020551022592"
    assert len(posted.calls) == 1


def test_a_database_write_lost_after_the_platform_took_the_reply_is_recorded_without_reposting(
    api, departments, officer, monkeypatch
):
    case = case_on(Platform.MASTODON, departments)
    status = load("mastodon", "notifications_mentions.json")[1]["status"]
    api.get(f"{MASTODON}/api/v1/statuses/{status['id']}", json=status)
    posted = api.post(
        f"{MASTODON}/api/v1/statuses", json=load("mastodon", "status_reply_posted.json")
    )
    reply = reply_send(case=case, text=TEXT, kind="answer", by=officer)
    record = replies._reply_sent

    def database_lost_once(*args, **kwargs):
        monkeypatch.setattr(replies, "_reply_sent", record)
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(replies, "_reply_sent", database_lost_once)

    send_reply_task.apply(kwargs={"reply_id": reply.pk})

    reply.refresh_from_db()
    assert reply.send_state == Reply.SendState.SENT
    assert reply.platform_external_id == PLATFORMS[Platform.MASTODON]["sent_id"]
    assert len(posted.calls) == 1


def test_a_reply_a_dead_worker_left_sending_is_found_on_facebook_not_posted_again(
    api, departments, officer, enqueued
):
    case = case_on(Platform.FACEBOOK, departments)
    page_id, post_id = case.post.external_id.split("_")[0], case.post.external_id
    case.post.account.platform_id = page_id
    case.post.account.save(update_fields=["platform_id"])
    posted = api.post(f"{GRAPH}/{post_id}/comments", json=load("facebook", "comment_created.json"))
    api.get(
        f"{GRAPH}/{post_id}/comments",
        json={
            "data": [
                {
                    "id": f"{page_id}_1202022938475610",
                    "message": TEXT,
                    "from": {"name": "Gemeente Zeestad", "id": page_id},
                },
                {
                    "id": f"{page_id}_1201941029384756",
                    "message": TEXT,  # a citizen quoting us is not our reply
                    "from": {"name": "Pim Visser", "id": "5520193847561192"},
                },
            ],
            "paging": {"cursors": {"before": "QVFIUnNOZAHVJZAHo5", "after": "QVFIUmRkZAk9EV3d"}},
        },
    )
    reply = reply_send(case=case, text=TEXT, kind="answer", by=officer)
    killed_at = timezone.now()
    Reply.objects.filter(pk=reply.pk).update(
        send_state=Reply.SendState.SENDING, attempts=1, last_attempt_at=killed_at
    )

    assert replies_sweep(now=killed_at + timedelta(minutes=1))["interrupted"] == 0  # may be alive
    swept = replies_sweep(now=killed_at + replies.INTERRUPTED_AFTER + timedelta(seconds=1))
    assert swept == {"interrupted": 1, "enqueued": 1} and enqueued == [reply.pk]
    send_reply_task(reply_id=reply.pk)

    reply.refresh_from_db()
    assert reply.send_state == Reply.SendState.SENT
    assert reply.platform_external_id == f"{page_id}_1202022938475610"
    assert not posted.calls


def test_a_queued_reply_whose_task_was_lost_is_enqueued_again_but_a_scheduled_retry_is_left_alone(
    departments, officer, enqueued
):
    case = case_on(Platform.X, departments)
    lost = reply_send(case=case, text=TEXT, kind="answer", by=officer)
    waiting = reply_send(case=case, text="Nog iets.", kind="answer", by=officer)
    now = timezone.now()
    Reply.objects.filter(pk=waiting.pk).update(next_attempt_at=now + timedelta(minutes=10))
    enqueued.clear()

    assert replies_sweep(now=now)["enqueued"] == 0  # not overdue yet
    assert replies_sweep(now=now + replies.LOST_TASK_AFTER + timedelta(seconds=1))["enqueued"] == 1
    assert enqueued == [lost.pk]
    assert replies_sweep()["enqueued"] == 0  # just handed to the broker again


@contextlib.contextmanager
def broker_away():
    """The test process's Celery publishes to a port nothing listens on, as when Redis is down."""
    saved = app.conf.broker_url
    app.conf.broker_url = "redis://127.0.0.1:9/0"
    app._pool, app.amqp._producer_pool = None, None
    try:
        yield
    finally:
        app.conf.broker_url = saved
        app._pool, app.amqp._producer_pool = None, None


@pytest.fixture
def broker_down():
    with broker_away():
        yield


# A real commit, so that the send task is published inside the request, as in production.
@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("presence_cleared")
def test_sending_while_redis_is_down_saves_the_reply_and_says_it_goes_out_shortly(
    client, officer, traffic_case, broker_down
):
    client.force_login(officer)

    response = post_form(
        client, "case_reply", traffic_case, {"reply-kind": "answer", "reply-text": "Opgelost."}
    )

    assert response.status_code == 200
    assert "it goes out to the platform shortly" in response.content.decode()
    reply = traffic_case.replies.get()
    assert reply.send_state == Reply.SendState.QUEUED
    assert reply.next_attempt_at is not None  # the sweeper enqueues it once Redis is back


def test_a_reply_saved_while_redis_was_down_goes_out_once_it_is_back(
    api, departments, officer, django_capture_on_commit_callbacks
):
    case = x_case(departments)
    api.post(X_POST, status=201, json=load("x", "create_tweet.json"))
    handed_over: list[int] = []
    with broker_away():
        with django_capture_on_commit_callbacks(execute=True):
            reply = reply_send(case=case, text=TEXT, kind="answer", by=officer)
        later = timezone.now() + replies.LOST_TASK_AFTER + timedelta(seconds=1)
        # Beat's sweep while Redis is still away: nothing is lost, nothing is sent.
        assert replies_sweep(now=later)["enqueued"] == 0
    assert Reply.objects.get(pk=reply.pk).send_state == Reply.SendState.QUEUED

    # Redis is back: the next sweep hands the reply to the worker, which sends it.
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(send_reply_task, "delay", lambda *, reply_id: handed_over.append(reply_id))
        assert replies_sweep(now=later)["enqueued"] == 1
    for reply_id in handed_over:
        send_reply_task.apply(kwargs={"reply_id": reply_id})

    reply.refresh_from_db()
    assert handed_over == [reply.pk]
    assert reply.send_state == Reply.SendState.SENT, reply.error
    assert reply.platform_external_id == load("x", "create_tweet.json")["data"]["id"]
    assert len(posts_to(api, "POST", X_POST)) == 1


@pytest.mark.usefixtures("presence_cleared")
def test_the_same_composer_submitted_twice_sends_one_reply(
    client, officer, traffic_case, enqueued, django_capture_on_commit_callbacks
):
    client.force_login(officer)
    page = client.get(url("case_detail", traffic_case)).content.decode()
    token = re.search(r'name="reply-submission" value="([0-9a-f-]{36})"', page).group(1)
    form = {"reply-kind": "answer", "reply-text": "Opgelost.", "reply-submission": token}

    with django_capture_on_commit_callbacks(execute=True):
        first = post_form(client, "case_reply", traffic_case, form)
        second = post_form(client, "case_reply", traffic_case, form)

    assert first.status_code == second.status_code == 200
    assert traffic_case.replies.count() == 1
    assert enqueued == [traffic_case.replies.get().pk]
    # The composer drawn after sending starts a new submission.
    again = re.search(r'name="reply-submission" value="([0-9a-f-]{36})"', second.content.decode())
    assert again.group(1) != token

"""Replies exactly once with real processes: a Celery worker sends 200 replies to a fake
Mastodon (tests/departments/fake_mastodon.py, which ignores idempotency keys) and is killed with
SIGKILL after the platform took a reply but before the worker heard so; Redis, holding every
message still queued, is restarted without persistence twice, once with no worker and once under
a running one. The outbox's sweep (what beat runs every minute) is called by the test, with the
clock moved on as far as it would have to be. The platform must end up with every reply exactly
once, and every reply recorded as sent with the platform's id."""

import time
from datetime import timedelta

import pytest
from django.utils import timezone

from departments.models import CaseStatus, Reply
from departments.replies import INTERRUPTED_AFTER, LOST_TASK_AFTER, replies_sweep, reply_send
from listening.models import Platform
from tests.departments.fake_mastodon import CITY_ACCOUNT_ID, FakeMastodon
from tests.factories import AccountFactory, CaseFactory
from tests.processes import kill, start_worker, wait_for

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]

REPLIES = 200
KILLED_WHILE_SENDING = 60  # the reply the platform takes just before the worker dies


def sent_count() -> int:
    return Reply.objects.filter(send_state=Reply.SendState.SENT).count()


def test_a_killed_worker_and_redis_restarts_send_every_reply_exactly_once(
    departments, officer, private_redis
):
    with FakeMastodon() as platform:
        account = AccountFactory(
            platform=Platform.MASTODON,
            handle="gemeente_zeestad",
            platform_id=CITY_ACCOUNT_ID,
            department=departments["communication"],
            credentials={"api_base_url": platform.url, "access_token": "zeestad-token"},
        )
        platform.hold_at = KILLED_WHILE_SENDING
        for number in range(REPLIES):
            case = CaseFactory(
                post__platform=Platform.MASTODON,
                post__account=account,
                post__external_id=str(113600000000000000 + number),
                status=CaseStatus.ROUTED,
                department=departments["traffic"],
            )
            reply_send(
                case=case,
                text=f"Dank voor uw melding nummer {number}.",
                kind="answer",
                by=officer,
                confirm_collision=True,
            )
        worker_env = {"REDIS_URL": private_redis.url}

        first = start_worker(**worker_env)
        try:
            assert platform.held.wait(timeout=120), "the worker never reached the held reply"
        finally:
            kill(first)  # SIGKILL: the platform has the reply, the database says "sending"
        platform.release.set()
        assert Reply.objects.filter(send_state=Reply.SendState.SENDING).count() == 1
        private_redis.restart()  # every message still queued is gone

        # Beat's sweep once the dead worker's send counts as interrupted.
        swept = replies_sweep(now=timezone.now() + INTERRUPTED_AFTER + timedelta(seconds=1))
        assert swept["interrupted"] == 1
        assert swept["enqueued"] == Reply.objects.exclude(send_state=Reply.SendState.SENT).count()

        second = start_worker(**worker_env)
        try:
            wait_for(lambda: sent_count() >= 120, timeout=180, every=0.2, what="sending to resume")
            private_redis.restart()  # under a running worker
            deadline = time.monotonic() + 240
            while sent_count() < REPLIES and time.monotonic() < deadline:
                # Beat's sweep, every few seconds here instead of every minute.
                replies_sweep(now=timezone.now() + LOST_TASK_AFTER + timedelta(seconds=1))
                time.sleep(3)
        finally:
            kill(second)

        received = platform.received()
        posted_ids = {reply["in_reply_to_id"]: reply["id"] for reply in platform.replies}

    states = Reply.objects.values_list("send_state", flat=True)
    assert sorted(set(states)) == [Reply.SendState.SENT], sorted(set(states))
    assert len(received) == REPLIES and set(received.values()) == {1}, received.most_common(3)
    recorded = dict(Reply.objects.values_list("case__post__external_id", "platform_external_id"))
    assert recorded == posted_ids

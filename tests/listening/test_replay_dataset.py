"""The bundled demo municipality: enough history, in the right languages, replayed whole."""

from collections import Counter
from datetime import timedelta

import pytest
from django.conf import settings
from django.utils import timezone

from departments.demo import replay_accounts_seed
from departments.models import Case
from listening import polling
from listening.models import EngagementSnapshot, Post, PostKind
from listening.sources.replay import load_dataset


def test_the_bundled_dataset_has_eight_weeks_of_a_city_in_four_languages():
    dataset = load_dataset(str(settings.REPLAY_DATASET))
    items = [item for history in dataset.history.values() for item in history]
    citizen = [item for item in items if item["kind"] != PostKind.OWN_POST]
    own = [item for item in items if item["kind"] == PostKind.OWN_POST]
    languages = Counter(item["lang"] for item in citizen)

    assert len(citizen) >= 2000 and len(own) >= 200
    assert {"nl", "en", "de", "es"} <= set(languages)
    assert languages["nl"] + languages["en"] > 0.7 * len(citizen)
    span_days = max(i["offset_minutes"] for i in items) - min(i["offset_minutes"] for i in items)
    assert span_days / (60 * 24) > 50
    assert sum(1 for item in citizen if item.get("in_reply_to")) > 200  # conversations


@pytest.mark.django_db
def test_starting_the_demo_backfills_every_account_and_then_keeps_streaming(departments):
    accounts = replay_accounts_seed()
    start = timezone.now()

    for account in accounts:
        while polling.account_poll(account_id=account.id, now=start).has_more:
            pass

    citizen_posts = Post.objects.exclude(kind=PostKind.OWN_POST)
    assert citizen_posts.count() >= 2000
    assert Case.objects.count() == citizen_posts.count()
    assert Post.objects.filter(kind=PostKind.OWN_POST).count() >= 200
    assert citizen_posts.filter(created_at__lt=start - timedelta(weeks=7)).exists()
    assert EngagementSnapshot.objects.count() > 1000
    assert Post.objects.filter(parent__isnull=False).count() > 200

    for account in accounts:
        polling.account_poll(account_id=account.id, now=start + timedelta(minutes=5))
    streamed = Post.objects.filter(created_at__gt=start).count()
    per_minute = settings.REPLAY_LIVE_POSTS_PER_MINUTE
    assert per_minute * 5 * 0.6 <= streamed <= per_minute * 5 + len(accounts)

"""Keeping the engagement of the city's own posts current, often while a post is young and
rarely once it is old (citizens react in the first hours; a week later little changes)."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.db.models import Q
from django.utils import timezone

from listening.models import Account, Post, PostKind
from listening.services import account_needs_attention, snapshots_record
from listening.sources import source_for
from listening.sources.errors import CredentialsInvalid, RateLimited

# (post younger than, refresh at least this often)
REFRESH_SCHEDULE = [
    (timedelta(hours=6), timedelta(minutes=15)),
    (timedelta(days=1), timedelta(hours=1)),
    (timedelta(days=7), timedelta(hours=6)),
    (timedelta(days=28), timedelta(days=1)),
]
MAX_POSTS_PER_REFRESH = 100


def posts_with_engagement_due(*, now: datetime | None = None):
    now = now or timezone.now()
    due = Q()
    for younger_than, every in REFRESH_SCHEDULE:
        due |= Q(created_at__gt=now - younger_than) & (
            Q(engagement_checked_at__isnull=True) | Q(engagement_checked_at__lte=now - every)
        )
    return (
        Post.objects.filter(
            kind=PostKind.OWN_POST, account__is_active=True, account__needs_attention=False
        )
        .filter(
            Q(account__rate_limited_until__isnull=True) | Q(account__rate_limited_until__lte=now)
        )
        .filter(created_at__gt=now - REFRESH_SCHEDULE[-1][0])
        .filter(due)
    )


def accounts_with_engagement_due(*, now: datetime | None = None) -> list[int]:
    return sorted(set(posts_with_engagement_due(now=now).values_list("account_id", flat=True)))


def account_engagement_refresh(*, account_id: int, now: datetime | None = None) -> int:
    """Fetch current engagement for this account's due posts; returns snapshots written."""
    now = now or timezone.now()
    account = Account.objects.get(pk=account_id)
    posts = posts_with_engagement_due(now=now).filter(account=account)
    external_ids = list(posts.values_list("external_id", flat=True)[:MAX_POSTS_PER_REFRESH])
    if not external_ids:
        return 0
    try:
        fetched = source_for(account).fetch_engagement(external_ids, now=now)
    except CredentialsInvalid as error:
        account_needs_attention(account=account, reason=str(error))
        return 0
    except RateLimited as error:
        Account.objects.filter(pk=account.pk).update(rate_limited_until=error.retry_at)
        return 0
    written = snapshots_record(fetched=fetched)
    Post.objects.filter(account=account, external_id__in=external_ids).update(
        engagement_checked_at=now
    )
    return written

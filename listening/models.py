"""What the city hears: its accounts on each platform, the posts pulled for them, how engagement
with each post grows over time, and a record of every fetch."""

from __future__ import annotations

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from smartgov.crypto import EncryptedJSONField


class Platform(models.TextChoices):
    X = "x", "X"
    FACEBOOK = "facebook", "Facebook"
    MASTODON = "mastodon", "Mastodon"
    REPLAY = "replay", _("Replay (demo)")


# Characters a post or reply may have on each platform (X counts differently for links and
# emoji; this is the plain limit, the platform's own error covers the rest).
TEXT_LIMITS = {Platform.X: 280, Platform.MASTODON: 500, Platform.FACEBOOK: 8000}


class Account(models.Model):
    """A municipal account on one platform, polled for its own posts and what citizens send it."""

    platform = models.CharField(max_length=16, choices=Platform.choices)
    handle = models.CharField(max_length=100)
    display_name = models.CharField(max_length=200, blank=True)
    platform_id = models.CharField(
        max_length=64, blank=True, help_text="The platform's own id for the account."
    )
    department = models.ForeignKey(
        "departments.Department",
        on_delete=models.PROTECT,
        related_name="accounts",
        help_text="The department that owns the account.",
    )
    credentials = EncryptedJSONField(
        blank=True, help_text="API tokens, encrypted at rest; never shown after saving."
    )
    is_active = models.BooleanField(default=True)
    poll_interval_seconds = models.PositiveIntegerField(default=300)
    cursor = models.JSONField(
        default=dict, blank=True, help_text="Where the last fetch stopped, per stream."
    )
    last_polled_at = models.DateTimeField(null=True, blank=True)
    rate_limited_until = models.DateTimeField(
        null=True, blank=True, help_text="The platform's rate limit resets at this time."
    )
    followers_count = models.PositiveIntegerField(null=True, blank=True)
    needs_attention = models.BooleanField(default=False)
    attention_reason = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["platform", "handle"], name="account_platform_handle")
        ]
        ordering = ["platform", "handle"]

    def __str__(self) -> str:
        return f"@{self.handle} ({self.get_platform_display()})"


class PostKind(models.TextChoices):
    OWN_POST = "own_post", _("Own post")
    MENTION = "mention", _("Mention")
    REPLY = "reply", _("Reply")
    COMMENT = "comment", _("Comment")
    DIRECT_MESSAGE = "direct_message", _("Direct message")
    REPOST = "repost", _("Repost")


CITIZEN_KINDS = (PostKind.MENTION, PostKind.REPLY, PostKind.COMMENT, PostKind.DIRECT_MESSAGE)


class Post(models.Model):
    """One item on a platform: the city's own post or something a citizen wrote to the city."""

    platform = models.CharField(max_length=16, choices=Platform.choices)
    # The platform's id as a string: X ids overflow JavaScript numbers, Facebook's contain "_".
    external_id = models.CharField(max_length=128)
    # The (account, created_at) index below serves this key too; a second index would only
    # slow down every insert.
    account = models.ForeignKey(
        Account, on_delete=models.PROTECT, related_name="posts", db_index=False
    )
    kind = models.CharField(max_length=16, choices=PostKind.choices)
    author_id = models.CharField(max_length=128, blank=True)
    author_handle = models.CharField(max_length=200, blank=True)
    author_name = models.CharField(max_length=200, blank=True)
    text = models.TextField(blank=True)
    language = models.CharField(max_length=8, blank=True)
    created_at = models.DateTimeField()
    url = models.URLField(max_length=500, blank=True)
    in_reply_to = models.CharField(
        max_length=128, blank=True, help_text="External id of the post this one answers."
    )
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="children"
    )
    conversation_key = models.CharField(max_length=160, blank=True)
    has_media = models.BooleanField(default=False)
    has_link = models.BooleanField(default=False)
    raw = models.JSONField(help_text="The payload exactly as the platform returned it.")
    fetched_at = models.DateTimeField(default=timezone.now)
    engagement_checked_at = models.DateTimeField(
        null=True, blank=True, help_text="When engagement was last asked for, changed or not."
    )
    # Privacy (departments.privacy): when the raw payload was emptied and when the author and
    # text were pseudonymised, by retention or erasure; set once, so that the nightly
    # retention never rewrites a row it already did.
    raw_removed_at = models.DateTimeField(null=True, blank=True)
    pseudonymised_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["platform", "external_id"], name="post_platform_id")
        ]
        indexes = [
            models.Index(fields=["account", "-created_at"], name="post_account_created"),
            models.Index(fields=["conversation_key"], name="post_conversation"),
            models.Index(fields=["kind", "-created_at"], name="post_kind_created"),
            # The case view's earlier cases of the same author (a scan of every post without it).
            # author_id first: led by platform, the planner took it for look-ups by
            # (platform, external_id) on a table without statistics, reading every post of the
            # platform per key (bench/ingest.py: 200 ms for a batch that needs 1).
            models.Index(fields=["author_id", "platform"], name="post_author"),
            # Finds the replies that arrived before their parent, when the parent arrives.
            models.Index(
                fields=["platform", "in_reply_to"],
                name="post_in_reply_to",
                condition=~models.Q(in_reply_to=""),
            ),
        ]
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.platform}:{self.external_id}"

    @property
    def is_from_citizen(self) -> bool:
        return self.kind in CITIZEN_KINDS

    @property
    def web_url(self) -> str:
        """The post's address on the platform, when it is a web address: a payload's "url" is
        the platform's (or a spoofing instance's) word, and a javascript: or data: link must
        never become a link on an officer's screen."""
        return self.url if self.url.lower().startswith(("https://", "http://")) else ""

    @property
    def author_label(self) -> str:
        """How to name the author on screen: "@handle" where the platform has handles (X,
        Mastodon), the name otherwise. Facebook gives only a name and a page-scoped id for the
        people who comment, so their handle stays empty rather than holding a made-up one."""
        if self.author_handle:
            return f"@{self.author_handle}"
        return self.author_name or self.author_id


class EngagementSnapshot(models.Model):
    """How citizens had responded to a post at one moment; written only when a number changed."""

    # The unique (post, taken_at) constraint's index serves this key too.
    post = models.ForeignKey(
        Post, on_delete=models.CASCADE, related_name="snapshots", db_index=False
    )
    taken_at = models.DateTimeField()
    likes = models.PositiveIntegerField(default=0)
    shares = models.PositiveIntegerField(default=0, help_text="Retweets, reblogs or shares.")
    replies = models.PositiveIntegerField(default=0)
    quotes = models.PositiveIntegerField(default=0)
    impressions = models.PositiveBigIntegerField(
        null=True, blank=True, help_text="Empty when the platform does not say."
    )
    reactions = models.JSONField(default=dict, blank=True, help_text="Reactions by type.")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["post", "taken_at"], name="snapshot_post_taken_at")
        ]
        ordering = ["post", "taken_at"]

    def __str__(self) -> str:
        return f"{self.post} at {self.taken_at:%Y-%m-%d %H:%M}"

    def counts(self) -> tuple:
        return (
            self.likes,
            self.shares,
            self.replies,
            self.quotes,
            self.impressions,
            self.reactions,
        )


class FetchRun(models.Model):
    """One pull from a platform for one account: when, how it ended, what it brought in."""

    class Status(models.TextChoices):
        RUNNING = "running", _("Running")
        SUCCEEDED = "succeeded", _("Succeeded")
        PARTIAL = "partial", _("Succeeded with quarantined items")
        RATE_LIMITED = "rate_limited", _("Rate limited (rescheduled)")
        FAILED = "failed", _("Failed")

    account = models.ForeignKey(Account, on_delete=models.CASCADE, related_name="fetch_runs")
    started_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.RUNNING)
    items_seen = models.PositiveIntegerField(default=0)
    posts_created = models.PositiveIntegerField(default=0)
    snapshots_created = models.PositiveIntegerField(default=0)
    cases_created = models.PositiveIntegerField(default=0)
    items_quarantined = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True)

    class Meta:
        ordering = ["-started_at"]
        indexes = [models.Index(fields=["account", "-started_at"], name="fetchrun_account_started")]

    def __str__(self) -> str:
        return f"{self.account} {self.started_at:%Y-%m-%d %H:%M} {self.status}"


class QuarantinedPayload(models.Model):
    """An item that could not be normalised, kept with its raw body so that nothing is lost."""

    account = models.ForeignKey(Account, on_delete=models.CASCADE, related_name="quarantine")
    fetch_run = models.ForeignKey(FetchRun, null=True, blank=True, on_delete=models.SET_NULL)
    received_at = models.DateTimeField(default=timezone.now)
    error = models.TextField()
    raw = models.JSONField()
    resolved = models.BooleanField(default=False)

    class Meta:
        ordering = ["-received_at"]

    def __str__(self) -> str:
        return f"{self.account} {self.received_at:%Y-%m-%d %H:%M}: {self.error[:60]}"

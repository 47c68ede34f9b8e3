"""The back office: departments, their topics, and the case for every citizen post with its
replies and its append-only history."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.contrib.postgres.functions import RandomUUID
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from smartgov import clock


class Department(models.Model):
    name = models.CharField(max_length=120)
    slug = models.SlugField(unique=True)
    is_central = models.BooleanField(
        default=False,
        help_text="The communication office: it sees every case and keeps what nobody owns.",
    )
    first_response_sla_hours = models.PositiveIntegerField(
        default=8, help_text="Business hours until the citizen must have a first reaction."
    )
    resolution_sla_hours = models.PositiveIntegerField(
        default=40, help_text="Business hours until the case should be resolved."
    )
    routing_threshold = models.FloatField(
        default=0.5, help_text="Below this routing confidence a case stays in central triage."
    )
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="departments"
    )
    contact_email = models.EmailField(blank=True)
    # The communication office decides what the city says in public: by default a department
    # member's reply waits for an officer's approval; a department trusted to answer on its own
    # is switched to direct (the admin).
    replies_need_approval = models.BooleanField(
        default=True,
        db_default=True,
        help_text=(
            "Replies written by this department's staff wait for a communication officer's "
            "approval before they reach the citizen. Off: they go out directly."
        ),
    )

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Topic(models.Model):
    """A subject citizens write about, owned by one department, recognised by keywords."""

    name = models.CharField(max_length=120)
    slug = models.SlugField(unique=True)
    department = models.ForeignKey(Department, on_delete=models.PROTECT, related_name="topics")
    keywords = models.JSONField(
        default=dict, blank=True, help_text='Per language: {"nl": ["stoplicht", ...], "en": [...]}'
    )
    # Some subjects are more urgent than their department's usual work (a dangerous traffic
    # light versus a question about parking permits): these override the department's targets.
    first_response_sla_hours = models.PositiveIntegerField(
        null=True, blank=True, help_text="Overrides the department's first-response target."
    )
    resolution_sla_hours = models.PositiveIntegerField(
        null=True, blank=True, help_text="Overrides the department's resolution target."
    )

    class Meta:
        ordering = ["department__name", "name"]

    def __str__(self) -> str:
        return self.name


class CaseStatus(models.TextChoices):
    NEW = "new", _("New")
    ROUTED = "routed", _("Routed")
    IN_PROGRESS = "in_progress", _("In progress")
    WAITING_ON_CITIZEN = "waiting_on_citizen", _("Waiting on citizen")
    ANSWERED = "answered", _("Answered")
    CLOSED = "closed", _("Closed")
    DISMISSED = "dismissed", _("Dismissed")
    SPAM = "spam", _("Spam")
    NOT_FOR_US = "not_for_us", _("Not for us")
    MERGED = "merged", _("Merged")


OPEN_STATUSES = (
    CaseStatus.NEW,
    CaseStatus.ROUTED,
    CaseStatus.IN_PROGRESS,
    CaseStatus.WAITING_ON_CITIZEN,
    CaseStatus.ANSWERED,
)


class Priority(models.IntegerChoices):
    LOW = 1, _("Low")
    NORMAL = 2, _("Normal")
    HIGH = 3, _("High")
    URGENT = 4, _("Urgent")


def case_due_expression() -> models.Case:
    """The deadline that counts now, in SQL: the first response until there is one, then the
    resolution (departments.sla.running_due_at in Python; the SLA state is defined on it in
    departments.sla). Defined once, here, because the case_open_due index and the queue
    (departments.queue.filters.due_expression) must use the very same expression for PostgreSQL to
    read the urgent sort from the index; and here rather than in departments.sla because loading
    the models must not load the business-hours clock (pandas) into every process."""
    return models.Case(
        models.When(first_responded_at__isnull=True, then=models.F("first_response_due_at")),
        default=models.F("resolution_due_at"),
    )


class Case(models.Model):
    """The back-office item for one citizen post."""

    post = models.OneToOneField("listening.Post", on_delete=models.PROTECT, related_name="case")
    status = models.CharField(max_length=24, choices=CaseStatus.choices, default=CaseStatus.NEW)
    # The composite indexes below serve these keys too; single-column copies would only slow
    # down every insert.
    department = models.ForeignKey(
        Department,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="cases",
        db_index=False,
    )
    topics = models.ManyToManyField(Topic, blank=True, related_name="cases")
    routing_confidence = models.FloatField(null=True, blank=True)
    routing_explanation = models.JSONField(default=dict, blank=True)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_cases",
        db_index=False,
    )
    priority = models.PositiveSmallIntegerField(choices=Priority.choices, default=Priority.NORMAL)
    first_response_due_at = models.DateTimeField(null=True, blank=True)
    resolution_due_at = models.DateTimeField(null=True, blank=True)
    first_responded_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)
    # Ingestion and the city generator write this table with COPY, so every column added later
    # is nullable or has a database default.
    language = models.CharField(
        max_length=8, blank=True, db_default="", help_text="The language routing detected."
    )
    # Filled by departments.cases.search after routing, never at ingestion (which must stay fast).
    search_vector = SearchVectorField(null=True, blank=True, editable=False)
    merged_into = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="merged_cases",
        db_index=False,  # the partial index below: almost no case is ever merged
    )
    # Set once, with a conditional update, so a reminder is sent only once per deadline.
    first_response_reminded_at = models.DateTimeField(null=True, blank=True)
    resolution_reminded_at = models.DateTimeField(null=True, blank=True)
    # Since when a department member's question waits for the communication office (the
    # officers' "Questions" view); cleared when an officer answers it with a note.
    office_question_at = models.DateTimeField(null=True, blank=True)
    # When the case, overdue, was escalated to the communication office (once per case).
    escalated_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["status", "-created_at"], name="case_status_created"),
            # Partial: a new case has neither department nor assignee, so ingestion does not pay
            # for entries that no department or personal queue would ever read.
            models.Index(
                fields=["department", "status", "-created_at"],
                name="case_dept_status",
                condition=models.Q(department__isnull=False),
            ),
            models.Index(
                fields=["assignee", "status"],
                name="case_assignee_status",
                condition=models.Q(assignee__isnull=False),
            ),
            # The queue's default view is the open cases, a few percent of all: these partial
            # indexes hold them in the orders the queue shows them (newest first; earliest
            # deadline first), so a page, page 500 by its cursor included, reads about one
            # page of index entries whatever the size of the table.
            models.Index(
                fields=["-created_at", "-id"],
                name="case_open_created",
                condition=models.Q(status__in=OPEN_STATUSES),
            ),
            # The queue's deadline (case_due_expression, which the queue sorts and filters by:
            # PostgreSQL uses an expression index only for the same expression). Cases without a
            # deadline sort after the others (NULLs last), by id, which the urgent sort relies
            # on. The included columns let the SLA counts of the left pane ("Overdue") be read
            # from the index alone instead of visiting up to 10,000 scattered rows.
            models.Index(
                case_due_expression(),
                models.F("id"),
                name="case_open_due",
                condition=models.Q(status__in=OPEN_STATUSES),
                include=[
                    "department",
                    "first_responded_at",
                    "first_response_due_at",
                    "resolution_due_at",
                ],
            ),
            # The triage queue and the count the left pane refreshes, read from the index alone.
            models.Index(
                fields=["-created_at", "-id"],
                name="case_triage_created",
                condition=models.Q(status__in=OPEN_STATUSES, department__isnull=True),
            ),
            # The officers' "Questions" view: the few cases whose department waits for the office.
            models.Index(
                fields=["office_question_at"],
                name="case_office_question",
                condition=models.Q(office_question_at__isnull=False),
            ),
            # Without a vector (every case until routing has run) a case has nothing to find:
            # leaving those out spares ingestion an index entry per case.
            GinIndex(
                fields=["search_vector"],
                name="case_search",
                condition=models.Q(search_vector__isnull=False),
            ),
            # Searches of the open cases (the queue's default) do not walk the whole index.
            GinIndex(
                fields=["search_vector"],
                name="case_open_search",
                condition=models.Q(status__in=OPEN_STATUSES, search_vector__isnull=False),
            ),
            models.Index(
                fields=["merged_into"],
                name="case_merged_into",
                condition=models.Q(merged_into__isnull=False),
            ),
        ]

    def __str__(self) -> str:
        return f"Case {self.pk}"

    @property
    def reply_language(self) -> str:
        """The language the citizen wrote in, as routing detected it, else as the platform
        tagged the post ("" when neither knows): the language of the city's answer."""
        return self.language or self.post.language or ""

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


class Reply(models.Model):
    """Something the city says on a case: to the citizen on the platform, or an internal note."""

    class Kind(models.TextChoices):
        ACKNOWLEDGEMENT = "acknowledgement", _("Acknowledgement")
        ANSWER = "answer", _("Answer")
        INTERNAL_NOTE = "internal_note", _("Internal note")

    class SendState(models.TextChoices):
        DRAFT = "draft", _("Draft")
        # Written by department staff whose department's replies need approval: nothing here
        # reaches the platform until an officer approves it (then queued), or returns it.
        AWAITING_APPROVAL = "awaiting_approval", _("Waiting for approval")
        RETURNED = "returned", _("Returned for revision")
        QUEUED = "queued", _("Queued")
        # Claimed by a send task. One left here by a dead worker becomes unknown (the sweeper).
        SENDING = "sending", _("Sending")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")
        NOT_SENT = "not_sent", _("Not sent (internal)")
        # The platform may have the reply (a time-out, a 5xx, a worker or database lost after
        # its answer): the next attempt asks the platform before posting (departments.replies).
        UNKNOWN = "unknown", _("Checking with the platform")

    # A reply answers a case's post; a public post (an incident's status message on the city's
    # own timeline) has no case, only the account it goes out from. Both go through one outbox.
    case = models.ForeignKey(
        Case, null=True, blank=True, on_delete=models.CASCADE, related_name="replies"
    )
    public_account = models.ForeignKey(
        "listening.Account", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    kind = models.CharField(max_length=20, choices=Kind.choices)
    text = models.TextField()
    send_state = models.CharField(max_length=20, choices=SendState.choices, default=SendState.DRAFT)
    platform_external_id = models.CharField(max_length=128, blank=True)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(default=clock.now)
    sent_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0, db_default=0)
    last_attempt_at = models.DateTimeField(null=True, blank=True)
    # One per reply: a second submission of the same composer finds the reply it made, and
    # platforms that take one (Mastodon) post it once however often it is sent.
    idempotency_key = models.UUIDField(
        default=uuid.uuid4, db_default=RandomUUID(), unique=True, editable=False
    )
    # When the send task should run next: a queued or unknown reply well past it lost its task
    # (Redis down or restarted) and the sweeper enqueues it again.
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    # The officer's last decision on a reply that needed approval, and the comment a returned
    # reply carries back to its author.
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    review_comment = models.TextField(blank=True, db_default="")

    class Meta:
        ordering = ["created_at"]
        verbose_name_plural = "replies"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(case__isnull=False) | models.Q(public_account__isnull=False),
                name="reply_answers_a_case_or_posts_publicly",
            )
        ]
        indexes = [
            models.Index(
                fields=["next_attempt_at"],
                condition=models.Q(send_state__in=["queued", "sending", "unknown"]),
                name="reply_outbox_pending",
            ),
            # The officers' approval queue, oldest first.
            models.Index(
                fields=["created_at"],
                condition=models.Q(send_state="awaiting_approval"),
                name="reply_awaiting_approval",
            ),
        ]

    def __str__(self) -> str:
        if self.case_id is None:
            return f"{self.get_kind_display()} posted publicly"
        return f"{self.get_kind_display()} on case {self.case_id}"


class CaseEvent(models.Model):
    """One change to a case, with who made it and when. Append-only: a database trigger refuses
    updates, so the trail cannot be rewritten after the fact."""

    class Kind(models.TextChoices):
        CREATED = "created", _("Created")
        ROUTED = "routed", _("Routed")
        REROUTED = "rerouted", _("Re-routed (correction)")
        STATUS_CHANGED = "status_changed", _("Status changed")
        ASSIGNED = "assigned", _("Assigned")
        PRIORITY_CHANGED = "priority_changed", _("Priority changed")
        TOPICS_CHANGED = "topics_changed", _("Topics changed")
        REPLIED = "replied", _("Replied")
        NOTE_ADDED = "note_added", _("Note added")
        MERGED = "merged", _("Merged")
        MARKED_SPAM = "marked_spam", _("Marked as spam")
        NOT_FOR_US = "not_for_us", _("Not for us")
        REMINDER_SENT = "reminder_sent", _("Reminder sent")
        REPLY_FAILED = "reply_failed", _("Reply failed")
        REPLY_SUBMITTED = "reply_submitted", _("Reply waiting for approval")
        REPLY_APPROVED = "reply_approved", _("Reply approved")
        REPLY_RETURNED = "reply_returned", _("Reply returned for revision")
        QUESTION_ASKED = "question_asked", _("Question to the communication office")
        QUESTION_ANSWERED = "question_answered", _("Question answered")
        ESCALATED = "escalated", _("Escalated to the communication office")
        MENTIONED = "mentioned", _("Mentioned")

    # The (case, created_at) index below serves this key too.
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="events", db_index=False)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Empty when the system made the change.",
    )
    kind = models.CharField(max_length=20, choices=Kind.choices)
    old_value = models.JSONField(null=True, blank=True)
    new_value = models.JSONField(null=True, blank=True)
    reason = models.TextField(blank=True)
    created_at = models.DateTimeField(default=clock.now)

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["case", "created_at"], name="caseevent_case_created")]

    def __str__(self) -> str:
        if self.case_id is None:
            return f"{self.get_kind_display()} posted publicly"
        return f"{self.get_kind_display()} on case {self.case_id}"

    def save(self, *args, **kwargs):
        if self.pk is not None and not kwargs.get("force_insert"):
            raise ValueError("Case events are append-only and cannot be changed.")
        super().save(*args, **kwargs)

    @classmethod
    def record(
        cls, case: Case, *, kind: str, actor=None, old=None, new=None, reason: str = ""
    ) -> CaseEvent:
        return cls.objects.create(
            case=case, kind=kind, actor=actor, old_value=old, new_value=new, reason=reason
        )


class SavedFilter(models.Model):
    """A queue filter someone named to come back to ("my overdue")."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_filters"
    )
    name = models.CharField(max_length=80)
    query = models.CharField(max_length=1000, blank=True, help_text="The queue's query string.")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["owner", "name"], name="savedfilter_owner_name")
        ]

    def __str__(self) -> str:
        return self.name


class ReplyTemplate(models.Model):
    """A reply text to start from, per department (or for every department) and language.
    Placeholders: {handle}, {department}, {expected_handling}."""

    class Kind(models.TextChoices):
        ACKNOWLEDGEMENT = "acknowledgement", _("Acknowledgement")
        ANSWER = "answer", _("Answer")

    name = models.CharField(max_length=120)
    department = models.ForeignKey(
        Department,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="reply_templates",
        help_text="Empty: available to every department.",
    )
    language = models.CharField(max_length=8)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    text = models.TextField(help_text="Placeholders: {handle}, {department}, {expected_handling}.")
    is_active = models.BooleanField(default=True)

    class Meta:
        ordering = ["department__name", "language", "kind", "name"]

    def __str__(self) -> str:
        return self.name


# The access log's, the notifications', the router's and the incidents' models live in modules of
# their own (this one would pass 500 lines); imported here so that Django registers them and this
# module names them all.
from departments.audit.models import CaseAccess  # noqa: E402, F401
from departments.incidents.models import (  # noqa: E402, F401
    Incident,
    IncidentClue,
    IncidentDetectionVersion,
    IncidentEvent,
    IncidentMember,
    IncidentMessage,
    IncidentStatus,
)
from departments.notification_models import (  # noqa: E402, F401
    Delivery,
    Notification,
    NotificationDigest,
    NotificationKind,
    NotificationPreference,
)
from departments.routing.models import RouterModel  # noqa: E402, F401

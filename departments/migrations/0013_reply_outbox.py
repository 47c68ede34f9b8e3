"""Replies exactly once (departments.replies): an idempotency key per reply, filled in for the
existing rows by PostgreSQL (gen_random_uuid() runs once per row); the "unknown" state of a
reply the platform may already have; and when its send task should next run, for the sweeper
that enqueues again the replies whose task was lost."""

import uuid

import django.contrib.postgres.functions
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("departments", "0012_privacy"),
    ]

    operations = [
        migrations.AddField(
            model_name="reply",
            name="idempotency_key",
            field=models.UUIDField(
                db_default=django.contrib.postgres.functions.RandomUUID(),
                default=uuid.uuid4,
                editable=False,
                unique=True,
            ),
        ),
        migrations.AddField(
            model_name="reply",
            name="next_attempt_at",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AlterField(
            model_name="reply",
            name="send_state",
            field=models.CharField(
                choices=[
                    ("draft", "Draft"),
                    ("queued", "Queued"),
                    ("sending", "Sending"),
                    ("sent", "Sent"),
                    ("failed", "Failed"),
                    ("not_sent", "Not sent (internal)"),
                    ("unknown", "Checking with the platform"),
                ],
                default="draft",
                max_length=12,
            ),
        ),
        migrations.AddIndex(
            model_name="reply",
            index=models.Index(
                condition=models.Q(("send_state__in", ["queued", "sending", "unknown"])),
                fields=["next_attempt_at"],
                name="reply_outbox_pending",
            ),
        ),
    ]

"""Marks of the privacy jobs (departments.privacy): when a post's raw payload was emptied and
when its author and text were pseudonymised. Nullable, so ingestion's COPY needs no change."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("listening", "0006_reporting_views")]

    operations = [
        migrations.AddField(
            model_name="post",
            name="raw_removed_at",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name="post",
            name="pseudonymised_at",
            field=models.DateTimeField(blank=True, null=True),
        ),
    ]

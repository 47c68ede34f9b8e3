"""The incidents as analytics reads them (see 0010_reporting_views): one row per incident that
is, or was, a real group (merged-away and dissolved ones are not incidents of the period)."""

from django.db import migrations

VIEW = """
    SELECT i.id, i.title, i.status, i.department_id, d.name AS department_name,
           i.first_post_at, i.last_post_at, i.first_message_at, i.case_count
    FROM departments_incident i
    LEFT JOIN departments_department d ON d.id = i.department_id
    WHERE i.status IN ('open', 'resolved')
"""


class Migration(migrations.Migration):
    dependencies = [("departments", "0017_incident_messages_and_spikes")]

    operations = [
        migrations.RunSQL(
            f"CREATE VIEW departments_report_incident AS {VIEW}",
            reverse_sql="DROP VIEW IF EXISTS departments_report_incident",
        )
    ]

"""Views that analytics reads instead of the back office's tables: departments owns their shape
(and what its statuses and event kinds mean), so a change to its tables changes these views in
the same migration (PostgreSQL refuses to drop a column a view still reads)."""

from django.db import migrations

VIEWS = {
    "departments_report_department": """
        SELECT d.id, d.name, d.slug, d.first_response_sla_hours, d.resolution_sla_hours
        FROM departments_department d
    """,
    # One row per case with what reports group by; the columns a query does not read cost
    # nothing: PostgreSQL inlines the view and drops unused subqueries and unused LEFT JOINs on
    # a unique key (every case has its post, so the LEFT JOIN gives the same rows as a JOIN, but
    # a count of a million cases need not read a million posts).
    "departments_report_case": """
        SELECT c.id, c.status, c.created_at, c.first_responded_at, c.closed_at,
               c.first_response_due_at, c.resolution_due_at, c.department_id,
               d.name AS department_name,
               d.first_response_sla_hours AS first_response_target_h,
               d.resolution_sla_hours AS resolution_target_h,
               c.post_id, p.account_id, p.platform, p.language,
               (SELECT t.name FROM departments_case_topics ct
                 JOIN departments_topic t ON t.id = ct.topic_id
                 WHERE ct.case_id = c.id ORDER BY t.name LIMIT 1) AS first_topic
        FROM departments_case c
        LEFT JOIN listening_post p ON p.id = c.post_id
        LEFT JOIN departments_department d ON d.id = c.department_id
    """,
    # A case with two topics has two rows.
    "departments_report_case_topic": """
        SELECT c.id AS case_id, c.created_at, c.department_id, t.name AS topic
        FROM departments_case c
        JOIN departments_case_topics ct ON ct.case_id = c.id
        JOIN departments_topic t ON t.id = ct.topic_id
    """,
    # Whether the router sent the case somewhere by itself (a 'routed' event without a person)
    # and whether an officer corrected a route (a 're-routed' event). One walk per case along
    # the (case, created_at) index of the events, both flags at once.
    "departments_report_case_routing": """
        SELECT c.id AS case_id, c.created_at, c.department_id,
               coalesce(f.auto_routed, false) AS auto_routed,
               coalesce(f.corrected, false) AS corrected
        FROM departments_case c
        CROSS JOIN LATERAL (
            SELECT bool_or(e.kind = 'routed' AND e.actor_id IS NULL) AS auto_routed,
                   bool_or(e.kind = 'rerouted') AS corrected
            FROM departments_caseevent e
            WHERE e.case_id = c.id
        ) AS f
    """,
}


class Migration(migrations.Migration):
    dependencies = [
        ("departments", "0009_routing_version"),
        ("listening", "0006_reporting_views"),
    ]

    operations = [
        migrations.RunSQL(
            f"CREATE VIEW {name} AS {query}", reverse_sql=f"DROP VIEW IF EXISTS {name}"
        )
        for name, query in VIEWS.items()
    ]

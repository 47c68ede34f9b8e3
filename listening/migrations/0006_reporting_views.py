"""Views that other apps (analytics) read instead of listening's tables: listening owns their
shape, so a change to its tables changes these views in the same migration (PostgreSQL refuses
to drop a column a view still reads)."""

from django.db import migrations

VIEWS = {
    "listening_report_account": """
        SELECT a.id, a.platform, a.handle, a.display_name, a.followers_count, a.department_id
        FROM listening_account a
    """,
    # The account's department scopes the city's own posts to the department that wrote them.
    "listening_report_post": """
        SELECT p.id, p.platform, p.kind, p.account_id, a.department_id AS account_department_id,
               p.created_at, p.has_media, p.has_link, p.url, p.text, p.language
        FROM listening_post p
        JOIN listening_account a ON a.id = p.account_id
    """,
    "listening_report_engagement": """
        SELECT s.post_id, s.taken_at, s.likes, s.shares, s.replies, s.quotes, s.impressions
        FROM listening_engagementsnapshot s
    """,
}


class Migration(migrations.Migration):
    dependencies = [("listening", "0005_post_author")]

    operations = [
        migrations.RunSQL(
            f"CREATE VIEW {name} AS {query}", reverse_sql=f"DROP VIEW IF EXISTS {name}"
        )
        for name, query in VIEWS.items()
    ]

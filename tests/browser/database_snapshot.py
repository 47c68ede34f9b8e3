"""Every table's rows kept in memory and put back, so that data which takes long to make (the demo
city: a minute of replaying and routing) is made once per test run and not once per browser test.

Browser tests run against a live server, so their data must be committed, and after each one
pytest-django empties every table; `tables_restore` fills them again in a second or two with
PostgreSQL's binary COPY, which is much faster than writing the rows through the ORM again."""

from __future__ import annotations

from django.apps import apps
from django.core.management.color import no_style
from django.db import connection, transaction

Tables = dict[str, bytes]


def _table_names() -> list[str]:
    # The tables `manage.py flush` (and so pytest-django, after each transactional test) empties.
    return connection.introspection.django_table_names(only_existing=True, include_views=False)


def tables_snapshot() -> Tables:
    """The rows of every table that has any, as PostgreSQL's binary COPY writes them."""
    quote = connection.ops.quote_name
    snapshot = {}
    with connection.cursor() as cursor:
        for table in _table_names():
            cursor.execute(f"SELECT EXISTS (SELECT FROM {quote(table)})")
            if not cursor.fetchone()[0]:
                continue
            # Django's cursor hands COPY on to psycopg's.
            with cursor.copy(f"COPY {quote(table)} TO STDOUT (FORMAT BINARY)") as copy:
                snapshot[table] = b"".join(bytes(chunk) for chunk in copy)
    return snapshot


def tables_restore(snapshot: Tables) -> None:
    """Make every table hold exactly the snapshot's rows, and move each id sequence past them."""
    quote = connection.ops.quote_name
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(f"TRUNCATE {', '.join(quote(table) for table in _table_names())}")
        # In one transaction, the foreign keys (deferred, as Django makes them) are checked
        # once all tables are full, so the order of the tables does not matter.
        for table, rows in snapshot.items():
            with cursor.copy(f"COPY {quote(table)} FROM STDIN (FORMAT BINARY)") as copy:
                copy.write(rows)
        for statement in connection.ops.sequence_reset_sql(no_style(), apps.get_models()):
            cursor.execute(statement)

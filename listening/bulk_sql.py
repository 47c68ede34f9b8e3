"""PostgreSQL's fast paths for writing many rows at once, shared by ingestion (posts, engagement)
and by the apps that react to new posts in the same transaction (the back office's cases)."""

from __future__ import annotations

from contextlib import contextmanager

import psycopg
from django.db import connection


@contextmanager
def raw_cursor():
    """A cursor on Django's own connection (so inside its transaction) with psycopg's
    server-side parameter binding and COPY. Errors come out as Django's database errors, so
    that the tasks' retry policy (OperationalError and friends) applies to them too."""
    connection.ensure_connection()
    # psycopg.Cursor explicitly: the connection's default cursor is Django's, which binds
    # parameters on the client (quoting each array element in Python) and refuses %b.
    with connection.wrap_database_errors, psycopg.Cursor(connection.connection) as cursor:
        yield cursor


_sequences: dict[str, str] = {}


def ids_reserve(cursor, table: str, count: int) -> list[int]:
    """`count` new ids from the table's own sequence (others may take ids in between), in one
    round trip, so that rows written with COPY can refer to each other."""
    if table not in _sequences:
        cursor.execute("SELECT pg_get_serial_sequence(%s, 'id')", [table])
        _sequences[table] = cursor.fetchone()[0]
    # The sequence's name as a constant: resolving it per row would cost ten times more.
    cursor.execute(
        "SELECT nextval(%(sequence)s::regclass) FROM generate_series(1, %(count)s)",
        {"sequence": _sequences[table], "count": count},
        binary=True,
    )
    return [row[0] for row in cursor.fetchall()]


_column_types: dict[tuple[str, tuple[str, ...]], list[int]] = {}


@contextmanager
def copy_binary(cursor, table: str, columns: tuple[str, ...]):
    """COPY ... FROM STDIN in PostgreSQL's binary format, whose values psycopg writes without
    the escaping and text conversions of the text format (half of the client's cost per row).
    Binary input must name each column's exact type: they are read from the catalog once."""
    key = (table, columns)
    if key not in _column_types:
        cursor.execute(
            "SELECT attname, atttypid::int FROM pg_attribute "
            "WHERE attrelid = %s::regclass AND attnum > 0 AND NOT attisdropped",
            [table],
        )
        oids = dict(cursor.fetchall())
        _column_types[key] = [oids[column] for column in columns]
    with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN (FORMAT BINARY)") as copy:
        copy.set_types(_column_types[key])
        yield copy

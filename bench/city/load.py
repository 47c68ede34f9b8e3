"""Streaming generated tables into PostgreSQL: COPY in text format, chunk by chunk, with the
secondary indexes and unique constraints dropped first and rebuilt afterwards (building an index
once over sorted data is far cheaper than maintaining it row by row)."""

from __future__ import annotations

import threading
import time
from functools import lru_cache

import numpy as np
from psycopg.copy import QueuedLibpqWriter

from bench.city.tables import Table
from bench.city.timing import NULL_TIME

CHUNK = 50_000
NULL = "\\N"
# Tables the generator fills, in an order that respects their foreign keys.
TABLES = (
    "listening_post",
    "listening_engagementsnapshot",
    "departments_case",
    "departments_case_topics",
    "departments_reply",
    "departments_caseevent",
)


@lru_cache(maxsize=1)
def _clock_table() -> np.ndarray:
    return np.array(
        [f"{h:02d}:{m:02d}:{s:02d}" for h in range(24) for m in range(60) for s in range(60)],
        dtype=object,
    )


def _timestamps(micros: np.ndarray) -> list[str]:
    """UTC timestamps to the second, from two lookup tables (days, times of day): numpy's own
    datetime formatting costs a microsecond per value. The session's time zone is UTC, so a
    timestamp without an offset is read as UTC."""
    missing = micros == NULL_TIME
    seconds = np.where(missing, 0, micros) // 1_000_000
    days, into_day = np.divmod(seconds, 86_400)
    first, last = int(days.min()), int(days.max())
    day_names = np.array(
        [f"{d} " for d in np.arange(first, last + 1).astype("datetime64[D]").tolist()],
        dtype=object,
    )
    text = day_names[days - first] + _clock_table()[into_day]
    text[missing] = NULL
    return text.tolist()


def _format(kind: str, values, part: slice) -> list[str]:
    chunk = values[part]
    if kind == "str":
        return [NULL if v is None else v for v in chunk.tolist()]
    if kind == "int":
        text = np.array(list(map(str, chunk.tolist())), dtype=object)
        text[chunk < 0] = NULL
        return text.tolist()
    if kind == "ts":
        return _timestamps(chunk)
    if kind == "bool":
        return np.where(chunk, "t", "f").tolist()
    if kind == "float":
        text = np.array(list(map(repr, chunk.tolist())), dtype=object)
        text[np.isnan(chunk)] = NULL
        return text.tolist()
    raise ValueError(kind)


def copy_table(cursor, table: Table) -> float:
    """COPY every row of the table; returns the seconds it took."""
    started = time.perf_counter()
    names = list(table.columns)
    # The queued writer sends from a thread, so PostgreSQL parses one chunk while Python
    # formats the next: the two use both cores.
    statement = f"COPY {table.name} ({', '.join(names)}) FROM STDIN"
    with cursor.copy(statement, writer=QueuedLibpqWriter(cursor)) as copy:
        for start in range(0, table.rows, CHUNK):
            part = slice(start, min(start + CHUNK, table.rows))
            columns = [_format(kind, values, part) for kind, values in table.columns.values()]
            copy.write("".join("\t".join(row) + "\n" for row in zip(*columns, strict=True)))
    return time.perf_counter() - started


def secondary_structure(cursor, tables=TABLES) -> list[tuple[str, str, str]]:
    """(table, kind, SQL to recreate) for every unique constraint and non-primary index."""
    cursor.execute(
        """
        SELECT cl.relname, con.conname, pg_get_constraintdef(con.oid)
        FROM pg_constraint con JOIN pg_class cl ON cl.oid = con.conrelid
        WHERE con.contype = 'u' AND cl.relname = ANY(%s)
        ORDER BY cl.relname, con.conname
        """,
        [list(tables)],
    )
    constraints = cursor.fetchall()
    cursor.execute(
        """
        SELECT t.relname, i.relname, pg_get_indexdef(i.oid)
        FROM pg_index x
        JOIN pg_class i ON i.oid = x.indexrelid
        JOIN pg_class t ON t.oid = x.indrelid
        WHERE t.relname = ANY(%s) AND NOT x.indisprimary
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)
        ORDER BY t.relname, i.relname
        """,
        [list(tables)],
    )
    indexes = cursor.fetchall()
    return [
        *[
            (table, name, f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {definition}')
            for table, name, definition in constraints
        ],
        *[(table, name, definition) for table, name, definition in indexes],
    ]


def drop_secondary(cursor, structure) -> None:
    for table, name, definition in structure:
        if definition.startswith("ALTER TABLE"):
            cursor.execute(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')
        else:
            cursor.execute(f'DROP INDEX "{name}"')


def restore_secondary(cursor, structure) -> None:
    for _table, _name, definition in structure:
        cursor.execute(definition)


def reset_sequences(cursor, tables=TABLES) -> None:
    for table in tables:
        cursor.execute(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
            f"GREATEST((SELECT max(id) FROM {table}), 1))"
        )


def run_parallel(
    conninfo: str, statements: list[str], *, workers: int = 2, setup: tuple[str, ...] = ()
) -> None:
    """Run independent statements (index builds, VACUUM) on `workers` connections at once:
    PostgreSQL runs each on one core, and this machine has two."""
    import queue

    import psycopg

    pending: queue.Queue[str] = queue.Queue()
    for statement in statements:
        pending.put(statement)
    errors: list[BaseException] = []

    def work() -> None:
        try:
            with psycopg.connect(conninfo, autocommit=True) as conn:
                for statement in setup:
                    conn.execute(statement)
                while True:
                    try:
                        statement = pending.get_nowait()
                    except queue.Empty:
                        return
                    conn.execute(statement)
        except BaseException as error:  # noqa: BLE001 - re-raised in the calling thread
            errors.append(error)

    run_threads([threading.Thread(target=work) for _ in range(workers)], errors)


def run_threads(threads: list[threading.Thread], errors: list[BaseException]) -> None:
    """Start the threads, wait for all of them, and raise the first error one of them kept."""
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]

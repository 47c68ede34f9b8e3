"""The embedded servers a fresh machine runs on (smartgov/embedded/)."""

import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]


def _python(code: str, var_dir: Path | str, **popen) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", code],
        # A plain login PATH: as root the embedded PostgreSQL creates its system user with
        # useradd (in /usr/sbin).
        env={
            "PATH": "/usr/sbin:/usr/bin:/sbin:/bin",
            "PYTHONPATH": str(PROJECT),
            "SMARTGOV_VAR_DIR": str(var_dir),
        },
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **popen,
    )


def _python_output(code: str, var_dir: Path | str, *, timeout: int = 60, **popen) -> str:
    """What the code printed, once it has run to the end without an error."""
    process = _python(code, var_dir, **popen)
    printed, errors = process.communicate(timeout=timeout)
    assert process.returncode == 0, errors[-2000:]
    return printed


def test_the_embedded_redis_starts_with_its_directory_given_relative_to_where_one_runs(tmp_path):
    printed = _python_output(
        "from smartgov import embedded; "
        "import redis; "
        "url = embedded.start_redis(embedded.VAR_DIR); "
        "print(redis.Redis.from_url(url).ping())",
        "var/here",
        cwd=tmp_path,
    )

    assert printed.strip().splitlines()[-1] == "True"
    assert (tmp_path / "var" / "here" / "redis").is_dir()


def test_a_second_process_joins_the_running_redis_and_leaves_it_running(tmp_path):
    # make run's embedded Redis, and a management command started beside it.
    first = _python(
        "from smartgov import embedded; import sys; "
        "print(embedded.start_redis(embedded.VAR_DIR), flush=True); sys.stdin.readline(); "
        "embedded.current().stop()",
        tmp_path / "var",
        stdin=subprocess.PIPE,
    )
    try:
        url = first.stdout.readline().strip()
        joined = _python_output(
            "from smartgov import embedded; import redis; "
            "url = embedded.start_redis(embedded.VAR_DIR); "
            "redis.Redis.from_url(url).set('written-by', 'the command'); print(url)",
            tmp_path / "var",
        )
        assert joined.strip() == url

        import redis

        after = redis.Redis.from_url(url)
        assert after.ping()  # still up after the second process exited
        assert after.get("written-by") == b"the command"
    finally:
        first.communicate(input="\n", timeout=60)
    assert first.returncode == 0
    assert (tmp_path / "var" / "redis" / "redis.db").exists()  # saved when it stopped


def test_a_database_of_another_postgresql_version_is_moved_aside_not_lost(tmp_path):
    old = tmp_path / "var" / "pgdata"
    old.mkdir(parents=True)
    (old / "PG_VERSION").write_text("16\n")
    (old / "base").mkdir()

    printed = _python_output(
        "from smartgov import embedded; import psycopg; "
        "url = embedded.start_postgres(embedded.VAR_DIR).replace('postgres://', 'postgresql://'); "
        "print(psycopg.connect(url).execute('SHOW server_version').fetchone()[0])",
        tmp_path / "var",
        timeout=120,
    )

    assert "was made by PostgreSQL 16" in printed
    assert printed.strip().splitlines()[-1].startswith("18.")
    kept = tmp_path / "var" / "pgdata-postgresql-16"
    assert (kept / "PG_VERSION").read_text() == "16\n" and (kept / "base").is_dir()

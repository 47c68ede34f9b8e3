"""The embedded servers a fresh machine runs on (smartgov/embedded.py)."""

import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]


def test_the_embedded_redis_starts_with_its_directory_given_relative_to_where_one_runs(tmp_path):
    started = subprocess.run(
        [
            sys.executable,
            "-c",
            "from smartgov import embedded; "
            "import redis; "
            "url = embedded.start_redis(embedded.VAR_DIR); "
            "print(redis.Redis.from_url(url).ping())",
        ],
        cwd=tmp_path,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(PROJECT), "SMARTGOV_VAR_DIR": "var/here"},
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert started.returncode == 0, started.stderr[-2000:]
    assert started.stdout.strip().splitlines()[-1] == "True"
    assert (tmp_path / "var" / "here" / "redis").is_dir()

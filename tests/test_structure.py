"""The shape of the code a newcomer relies on: modules small enough to read, and analytics
reading the other apps only through the reporting views they own."""

import re
import subprocess
from pathlib import Path

from django.apps import apps

PROJECT = Path(__file__).resolve().parent.parent
MAX_MODULE_LINES = 500


def _tracked_python_files() -> list[Path]:
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "*.py"],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return [PROJECT / name for name in listed if (PROJECT / name).exists()]


def test_no_python_module_is_longer_than_500_lines():
    # Migrations are generated; vocabularies, templates and the taxonomy live in data files.
    too_long = {
        str(path.relative_to(PROJECT)): lines
        for path in _tracked_python_files()
        if "/migrations/" not in str(path)
        and (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    }
    assert too_long == {}


def test_analytics_reads_other_apps_only_through_their_reporting_views():
    tables = {
        table
        for app in ("listening", "departments")
        for model in apps.get_app_config(app).get_models(include_auto_created=True)
        for table in [model._meta.db_table]
    }
    naming_tables = {
        str(path.relative_to(PROJECT)): found
        for path in (PROJECT / "analytics").rglob("*.py")
        if "migrations" not in path.parts
        and (
            found := sorted(
                table
                for table in tables
                if re.search(rf"\b{table}\b", path.read_text(encoding="utf-8"))
            )
        )
    }
    assert "departments_case" in tables and naming_tables == {}


def test_every_file_the_readme_map_names_exists():
    readme = (PROJECT / "README.md").read_text(encoding="utf-8")
    map_section = readme.split("## Map of the code", 1)[1].split("\n## ", 1)[0]
    missing = []
    for row in map_section.splitlines():
        folder = re.match(r"\| `([\w.]+)/` \|", row)
        if not folder:
            continue
        root = PROJECT / folder.group(1)
        for name in re.findall(r"`([\w./*-]+\.(?:py|yaml)|[\w-]+/)`", row.split("|", 2)[2]):
            pattern = name.rstrip("/") if name.endswith("/") else name
            if not any(root.rglob(pattern)):
                missing.append(f"{folder.group(1)}/ … {name}")
    assert missing == []

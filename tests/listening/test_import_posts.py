"""`manage.py import_posts`: saved API bodies through the same normalisation, once."""

import json
import os
import subprocess
from datetime import timedelta

import pytest
import responses
from django.core.management import CommandError, call_command
from django.utils import timezone

from bench.ingest import x_mention_pages
from departments.models import Case
from listening.engagement import account_engagement_refresh
from listening.models import Account, EngagementSnapshot, Platform, Post, QuarantinedPayload
from tests.factories import AccountFactory, PostFactory
from tests.processes import BIN, PROJECT, database_url_for_test_db

FIXTURES = PROJECT / "tests" / "fixtures"


IMPORT_X_MENTIONS = [
    str(BIN / "python"),
    "manage.py",
    "import_posts",
    "--platform",
    "x",
    "--account",
    "gemeentezeestad",
]


def _city_x_account(departments, **fields) -> Account:
    """The city's X account, as the recorded API answers know it (user id 123)."""
    return AccountFactory(
        platform=Platform.X,
        handle="gemeentezeestad",
        platform_id="123",
        department=departments["communication"],
        **fields,
    )


def _side_by_side(commands: list[list[str]], env: dict) -> list[tuple[str, str]]:
    """Start the commands at once, wait for them all to succeed; what each printed (stdout,
    stderr)."""
    processes = [
        subprocess.Popen(
            command, cwd=PROJECT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for command in commands
    ]
    outputs = [process.communicate(timeout=300) for process in processes]
    assert [p.returncode for p in processes] == [0] * len(processes), outputs
    return outputs


def _saved_bodies(pages: list[dict], folder) -> list[str]:
    """Each page as a file, as a city saves the API's answers for import_posts."""
    files = []
    for number, page in enumerate(pages):
        path = folder / f"mentions-{number:03d}.json"
        path.write_text(json.dumps(page))
        files.append(str(path))
    return files


@pytest.mark.django_db
def test_importing_the_same_file_twice_creates_nothing_the_second_time(departments, capsys):
    path = FIXTURES / "x" / "users_mentions.json"

    call_command("import_posts", "--platform", "x", "--account", "GemeenteZeestad", str(path))
    first = capsys.readouterr().out
    posts, cases = Post.objects.count(), Case.objects.count()
    call_command("import_posts", "--platform", "x", "--account", "GemeenteZeestad", str(path))
    second = capsys.readouterr().out

    assert posts > 0 and cases > 0
    assert f"{posts} created" in first
    assert "Created account @GemeenteZeestad" in first
    assert "0 created, 0 updated, 0 quarantined" in second
    assert (Post.objects.count(), Case.objects.count()) == (posts, cases)
    account = Account.objects.get(platform=Platform.X, handle="GemeenteZeestad")
    assert account.department == departments["communication"]
    assert not account.is_active  # no credentials yet: nothing to poll
    assert account.cursor == {}  # an import never moves the polling cursor


@pytest.mark.django_db
def test_each_platforms_saved_bodies_can_be_imported(departments, capsys):
    for platform, handle, name in [
        ("facebook", "GemeenteZeestad", "page_feed_p1.json"),
        ("mastodon", "gemeentezeestad", "notifications_mentions.json"),
    ]:
        call_command(
            "import_posts",
            "--platform",
            platform,
            "--account",
            handle,
            str(FIXTURES / platform / name),
        )
        assert Post.objects.filter(platform=platform).exists(), platform


@pytest.mark.django_db
def test_a_file_that_is_not_json_is_quarantined_and_reported(departments, tmp_path, capsys):
    broken = tmp_path / "broken.json"
    broken.write_text('{"data": [{"id": "1", "text": "Lantaarnpaal kap')

    with pytest.raises(CommandError, match="could not be read"):
        call_command("import_posts", "--platform", "x", "--account", "zeestad", str(broken))

    kept = QuarantinedPayload.objects.get()
    assert kept.raw == '{"data": [{"id": "1", "text": "Lantaarnpaal kap'
    assert "broken.json" in kept.error
    assert "JSONDecodeError" in capsys.readouterr().err


@pytest.mark.django_db(transaction=True)
@pytest.mark.slow
def test_two_processes_importing_the_same_posts_at_once_store_each_post_once(departments, tmp_path):
    pages = x_mention_pages(3000)
    files = _saved_bodies(pages, tmp_path)
    _city_x_account(departments)
    env = {**os.environ, "DATABASE_URL": database_url_for_test_db()}

    # One process goes front to back, the other back to front: they meet in the middle and
    # race for the same rows there.
    outputs = _side_by_side([IMPORT_X_MENTIONS + files, IMPORT_X_MENTIONS + files[::-1]], env)

    ids = list(Post.objects.values_list("external_id", flat=True))
    assert len(ids) == len(set(ids)) == 3000
    assert Case.objects.count() == 3000  # one per post: a post has at most one case
    created = sum(
        int(line.split(":")[1].split()[0])
        for out, _ in outputs
        for line in out.splitlines()
        if line.startswith("Total:")
    )
    assert created == 3000  # each post counted as created by exactly one of the two


@pytest.mark.django_db(transaction=True)
@pytest.mark.slow
def test_an_import_while_a_worker_polls_the_same_account_stores_each_post_once(
    departments, tmp_path
):
    pages = x_mention_pages(3000)
    files = _saved_bodies(pages, tmp_path)
    (tmp_path / "api.json").write_text(json.dumps(pages))
    account = _city_x_account(departments, credentials={"bearer_token": "AAAA-recorded-bearer"})
    env = {
        **os.environ,
        "DATABASE_URL": database_url_for_test_db(),
        "SOURCE_MAX_PAGES_PER_POLL": "3",
    }
    # The worker walks the mentions newest first; the import goes oldest first: they meet.
    recorded_poll = [
        str(BIN / "python"),
        "-m",
        "tests.listening.recorded_x_poll",
        str(tmp_path / "api.json"),
        str(account.pk),
    ]
    outputs = _side_by_side([recorded_poll, [*IMPORT_X_MENTIONS, *files]], env)

    ids = list(Post.objects.values_list("external_id", flat=True))
    assert len(ids) == len(set(ids)) == 3000
    assert Case.objects.count() == 3000
    assert not QuarantinedPayload.objects.exists()
    polled = int(outputs[0][0].split("created:")[1])
    imported = int(outputs[1][0].split("Total:")[1].split()[0])
    assert polled + imported == 3000  # each post counted as created by exactly one of the two


@pytest.mark.django_db
def test_a_post_polled_three_times_keeps_a_snapshot_per_change_and_one_when_nothing_moves(
    departments,
):
    account = _city_x_account(departments, credentials={"bearer_token": "secret"})
    changing = PostFactory(
        account=account,
        kind="own_post",
        external_id="111",
        created_at=timezone.now() - timedelta(hours=1),
    )
    steady = PostFactory(
        account=account,
        kind="own_post",
        external_id="222",
        created_at=timezone.now() - timedelta(hours=1),
    )

    def lookup(likes):
        def metrics(tweet_id, like_count):
            return {
                "id": tweet_id,
                "text": "Werk aan de Havenkade",
                "edit_history_tweet_ids": [tweet_id],
                "public_metrics": {
                    "retweet_count": 1,
                    "reply_count": 0,
                    "like_count": like_count,
                    "quote_count": 0,
                    "impression_count": 400,
                },
            }

        return {"data": [metrics("111", likes), metrics("222", 9)]}

    now = timezone.now()
    with responses.RequestsMock() as api:
        for minutes, likes in [(0, 3), (20, 8), (40, 15)]:
            api.get("https://api.twitter.com/2/tweets", json=lookup(likes))
            account_engagement_refresh(account_id=account.id, now=now + timedelta(minutes=minutes))

    assert list(changing.snapshots.values_list("likes", flat=True)) == [3, 8, 15]
    assert steady.snapshots.count() == 1
    assert EngagementSnapshot.objects.count() == 4

import json
import shutil
from datetime import UTC, datetime, timedelta
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import DatabaseError, transaction
from django.utils import timezone

from analytics.overview import overview_build
from analytics.periods import week_period
from departments.models import Case, CaseEvent, Reply, RouterModel, SavedFilter
from departments.privacy.subjects import (
    SubjectAmbiguous,
    SubjectNotFound,
    subject_erase,
    subject_export,
)
from departments.routing.services import corrections
from listening.models import Platform, Post, QuarantinedPayload
from smartgov.city_clock import city_zone
from tests.departments.privacy_world import (
    HANDLE,
    HANNA,
    HANNA_ID,
    HANNA_TRAP_TEXT,
    NAME,
    NEIGHBOUR_TEXT,
    OLD_HANDLE,
    PHRASE,
    PLACE,
    QUOTING_ERROR,
    TRAP_TEXT,
    build_world,
    rows_containing,
)
from tests.factories import CaseFactory, PostFactory


@pytest.fixture
def world(departments, officer):
    return build_world(departments, officer)


def weekly_numbers(moment: datetime, now: datetime) -> dict:
    """What the weekly report of the week of `moment` says, without the city's own posts' text
    (which may quote a resident's handle, and is not a number)."""
    day = moment.astimezone(city_zone()).isocalendar()
    overview = overview_build(period=week_period(f"{day.year}-W{day.week:02d}"), now=now)
    numbers = {"headlines": overview.headline_table().to_csv()}
    for panel in overview.panels:
        numbers[panel.key] = panel.table.drop(columns=["post"], errors="ignore").to_csv()
    return numbers


def test_after_erasure_her_handle_name_and_words_are_nowhere_in_the_database(world):
    for term in (HANDLE, OLD_HANDLE, PHRASE, PLACE, "Marit"):
        assert rows_containing(term), term  # the search finds them before

    subject_erase(platform="x", author="@Marit_VDB")

    # Only the other resident's plain words "Marit" and "marit_vdb" (not her) are left.
    for term in (HANDLE, OLD_HANDLE, PHRASE, PLACE, "Marit", "77001234"):
        assert rows_containing(term, except_rows=world.trap_rows()) == {}, term
    assert Post.objects.get(pk=world.trap_post.pk).text == TRAP_TEXT


def test_erasure_rewrites_no_other_residents_words_that_only_look_like_hers(world):
    trap_raw = world.trap_post.raw
    other_hanna_raw = world.other_hanna_post.raw

    subject_erase(platform="x", author=HANDLE)
    subject_erase(platform="mastodon", author=HANNA)

    trap = Post.objects.get(pk=world.trap_post.pk)
    assert (trap.text, trap.raw) == (TRAP_TEXT, trap_raw)  # "#marit_vdb" is a hashtag there
    assert Case.objects.filter(post=trap, search_vector="marit").exists()
    # A one-word name is not looked for in other people's texts: "Hanna" is anyone's.
    assert Post.objects.get(pk=world.hanna_trap_post.pk).text == HANNA_TRAP_TEXT
    # Another instance's hanna is another person, though her username is the same.
    other_hanna = Post.objects.get(pk=world.other_hanna_post.pk)
    assert (other_hanna.author_handle, other_hanna.raw) == ("hanna@other.example", other_hanna_raw)


def test_erasing_a_mastodon_resident_removes_her_username_from_other_payloads(world):
    subject_erase(platform="mastodon", author=f"@{HANNA}")

    for term in (HANNA, HANNA_ID, "social.example/@hanna", "Kattensloot"):
        assert rows_containing(term) == {}, term
    jeroen = Post.objects.get(pk=world.jeroen_post.pk)
    pseudonym = Post.objects.get(pk=world.hanna_case.post_id).author_handle
    assert jeroen.text == f"@{pseudonym} klopt, ik zag het ook"
    assert jeroen.raw["mentions"] == [
        {
            "id": pseudonym,
            "username": pseudonym,
            "acct": pseudonym,
            "url": f"https://social.example/@{pseudonym}",
        }
    ]
    assert jeroen.raw["account"]["username"] == "jeroen"


def test_erasure_empties_the_citys_answers_quarantine_errors_and_saved_searches_for_her(world):
    subject_erase(platform="x", author=HANDLE)

    answer = Post.objects.get(pk=world.city_answer.pk)
    assert (answer.text, answer.raw) == ("", {"removed_by": "erasure"})
    # Kept for the thread and the reports: the ids that link the answer to her post.
    assert answer.in_reply_to == world.case.post.external_id
    assert QuarantinedPayload.objects.filter(error=QUOTING_ERROR).count() == 0
    assert QuarantinedPayload.objects.filter(
        error="X mentions page without meta (payload removed by erasure)",
        raw={"removed_by": "erasure"},
    ).exists()
    pseudonym = Post.objects.get(pk=world.case.post_id).author_handle
    assert sorted(SavedFilter.objects.values_list("name", "query")) == [
        ("Dode eenden", f"q={pseudonym}"),
        (pseudonym, f"q={pseudonym}&status=closed"),
    ]


def test_a_dry_run_counts_what_an_erasure_changes_and_changes_nothing(world):
    before = {term: rows_containing(term) for term in (HANDLE, PLACE, "77001234")}

    planned = subject_erase(platform="x", author=HANDLE, dry_run=True)

    assert {term: rows_containing(term) for term in before} == before
    assert not RouterModel.objects.filter(holds_erased_text=True).exists()
    done = subject_erase(platform="x", author=HANDLE)
    assert planned.as_dict() == {**done.as_dict(), "dry_run": True}
    assert (planned.posts, planned.city_posts_answering, planned.saved_filters) == (2, 1, 2)
    assert (planned.posts_mentioning, planned.quarantined_payloads) == (2, 2)


def test_erasure_leaves_the_neighbours_data_alone(world):
    subject_erase(platform="x", author=HANDLE)

    neighbour = Post.objects.get(pk=world.neighbour_case.post_id)
    assert (neighbour.author_handle, neighbour.text) == ("piet_fietst", NEIGHBOUR_TEXT)
    assert neighbour.raw["author"]["username"] == "piet_fietst"
    piet_reply = Reply.objects.get(case=world.neighbour_case)
    assert piet_reply.text.startswith("@piet_fietst opgeruimd, dank! cc @erased-")
    assert Case.objects.filter(search_vector="singelgracht").get() == world.neighbour_case
    assert QuarantinedPayload.objects.get(error="missing id").raw == {"text": "x"}


def test_erasure_keeps_her_cases_countable_under_a_pseudonym(world):
    subject_erase(platform="x", author=HANDLE)

    post = Post.objects.get(pk=world.case.post_id)
    earlier = Post.objects.get(pk=world.earlier_case.post_id)
    assert post.author_handle.startswith("erased-")
    # One person, one pseudonym: her earlier post under another handle is still hers.
    assert post.author_id == earlier.author_id == post.author_handle == earlier.author_handle
    assert (post.text, post.url, post.author_name) == ("", "", "")
    assert post.raw == {"removed_by": "erasure"}
    assert post.created_at == world.case.post.created_at and post.kind == world.case.post.kind
    case = Case.objects.get(pk=world.case.pk)
    assert (case.status, case.closed_at) == (world.case.status, world.case.closed_at)
    assert case.routing_explanation["places"] == []
    assert case.routing_explanation["model"] == {"traffic": 0.71}
    assert (
        case.routing_explanation["summary"] == 'traffic: matched "…" (Animals); model traffic 0.71'
    )
    assert [e.kind for e in case.events.all()] == [
        "routed",
        "rerouted",
        "status_changed",
        "assigned",
        "mentioned",
    ]


def test_the_weekly_report_of_past_weeks_says_the_same_after_erasure(world):
    now = datetime.now(UTC)
    before = weekly_numbers(world.case.created_at, now)
    earlier_before = weekly_numbers(world.earlier_case.created_at, now)

    subject_erase(platform="x", author=HANDLE)

    assert weekly_numbers(world.case.created_at, now) == before
    assert weekly_numbers(world.earlier_case.created_at, now) == earlier_before
    # The weeks had her cases to count: an empty week reads differently.
    assert before != weekly_numbers(now + timedelta(days=28), now)


def test_erasing_twice_finds_nobody_the_second_time_and_changes_nothing(world):
    subject_erase(platform="x", author=HANDLE)
    post = Post.objects.get(pk=world.case.post_id)

    with pytest.raises(SubjectNotFound, match="already erased"):
        subject_erase(platform="x", author=HANDLE)
    with pytest.raises(SubjectNotFound):
        subject_erase(platform="x", author=post.author_handle)  # nor by her pseudonym

    assert Post.objects.get(pk=post.pk).pseudonymised_at == post.pseudonymised_at


def test_the_case_history_stays_append_only_outside_an_erasure(world):
    event = CaseEvent.objects.filter(case=world.case).first()
    subject_erase(platform="x", author=HANDLE)

    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
        CaseEvent.objects.filter(pk=event.pk).update(reason="edited afterwards")


def test_erasure_marks_the_routers_that_learned_her_words_and_stops_learning_them(world):
    old = RouterModel.objects.create(
        version=1, path="/nowhere/v1", created_at=timezone.now() - timedelta(days=400)
    )
    trained_since = RouterModel.objects.create(version=2, path="/nowhere/v2", is_active=True)
    assert any(PHRASE in c.text for c in corrections())

    summary = subject_erase(platform="x", author=HANDLE)

    assert summary.router_versions_marked == [2]
    old.refresh_from_db()
    trained_since.refresh_from_db()
    assert (old.holds_erased_text, trained_since.holds_erased_text) == (False, True)
    assert corrections() == []


def test_the_export_holds_her_posts_cases_and_mentions_and_nobody_elses_posts(world):
    data = subject_export(platform="x", author=f"@{HANDLE.upper()}")

    assert [p["author_handle"] for p in data["posts"]] == [OLD_HANDLE, HANDLE]
    assert {p["id"] for p in data["posts"]} == {world.case.post_id, world.earlier_case.post_id}
    assert data["posts"][1]["raw"]["author"]["username"] == HANDLE
    case = next(c for c in data["cases"] if c["id"] == world.case.pk)
    assert [r["kind"] for r in case["replies"]] == ["answer", "internal_note"]
    assert NAME in case["replies"][1]["text"]
    assert [e["by"] for e in case["events"]] == ["system", "staff", "staff", "staff", "staff"]
    # Staff are named by role only, also where an event's values were their usernames.
    assert [(e["kind"], e["new"]) for e in case["events"][-2:]] == [
        ("assigned", "staff"),
        ("mentioned", "staff"),
    ]
    assert "olga" not in json.dumps(data)
    assert {p["id"] for p in data["posts_naming_them"]} == {
        world.own_post.pk,
        world.mentioning_post.pk,
        world.city_answer.pk,
    }
    assert sorted(q["error"] for q in data["quarantined_payloads"]) == sorted(
        ["missing created_at", QUOTING_ERROR]
    )
    assert "piet_fietst" not in json.dumps(data["posts"]) + json.dumps(data["cases"])
    assert TRAP_TEXT not in json.dumps(data)


@pytest.mark.django_db
def test_a_facebook_commenter_is_found_by_name_unless_two_people_share_it(departments):
    first = PostFactory(
        platform=Platform.FACEBOOK,
        author_id="fb-1002003",
        author_handle="",
        author_name="An de Wit",
    )
    CaseFactory(post=first)

    assert subject_export(platform="facebook", author="an de wit")["posts"][0]["id"] == first.pk

    PostFactory(
        platform=Platform.FACEBOOK,
        author_id="fb-1009009",
        author_handle="",
        author_name="An de Wit",
    )
    with pytest.raises(SubjectAmbiguous, match=first.author_id):
        subject_erase(platform="facebook", author="An de Wit")

    subject_erase(platform="facebook", author="fb-1002003")
    first.refresh_from_db()
    assert first.author_name.startswith("erased-") and first.author_handle == ""
    assert rows_containing("fb-1002003") == {}
    assert Post.objects.get(author_id="fb-1009009").author_name == "An de Wit"


def test_the_command_exports_json_and_erases_with_yes(world, tmp_path):
    out = StringIO()
    call_command("privacy", "export", "--author", HANDLE, "--platform", "X", stdout=out)
    assert json.loads(out.getvalue())["subject"]["handles"] == [OLD_HANDLE, HANDLE]

    target = tmp_path / "marit.json"
    call_command(
        "privacy",
        "export",
        "--author",
        HANDLE,
        "--platform",
        "x",
        "--output",
        str(target),
        stderr=StringIO(),
    )
    assert json.loads(target.read_text())["posts"]

    out = StringIO()
    call_command("privacy", "erase", "--author", HANDLE, "--platform", "x", "--yes", stdout=out)
    assert "2  of their posts pseudonymised" in out.getvalue()
    assert rows_containing(HANDLE, except_rows=world.trap_rows()) == {}


def test_the_command_says_what_would_change_and_erases_nothing_unless_confirmed(world, monkeypatch):
    before = rows_containing(HANDLE)
    monkeypatch.setattr("builtins.input", lambda prompt: "no")
    out = StringIO()

    with pytest.raises(CommandError, match="Nothing erased"):
        call_command("privacy", "erase", "--author", HANDLE, "--platform", "x", stdout=out)

    assert rows_containing(HANDLE) == before
    said = out.getvalue()
    assert f"Erasing {OLD_HANDLE}, {HANDLE}, {NAME} on x would change:" in said
    for line in (
        "2  other people's posts naming them rewritten",
        "1  of the city's own posts answering them emptied",
        "2  saved queue views rewritten",
        "2  quarantined payloads emptied",
    ):
        assert line in said, line


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("platform", "message"),
    [("myspace", "Unknown platform 'myspace'"), ("x", "Nothing is held on 'nobody_here'")],
)
def test_the_command_says_clearly_what_is_wrong(platform, message):
    with pytest.raises(CommandError, match=message):
        call_command("privacy", "export", "--author", "@nobody_here", "--platform", platform)


def test_importing_an_old_export_again_does_not_bring_an_erased_resident_back(departments):
    """A city re-imports a saved export after an erasure: the erased posts stay erased (the
    import refreshes only posts that were neither erased nor past their retention)."""
    export = Path(__file__).parents[1] / "fixtures" / "x" / "users_mentions.json"
    command = ["import_posts", "--platform", "x", "--account", "GemeenteZeestad", str(export)]
    call_command(*command, stdout=StringIO())
    fietser = Post.objects.get(author_handle="kees_fietst")
    # Her words, after the mention of the city's account that every post starts with.
    sentence = fietser.text.split(" ", 1)[1][:40]

    subject_erase(platform="x", author="kees_fietst")
    call_command(*command, stdout=StringIO())

    assert rows_containing("kees_fietst") == {}
    assert rows_containing(sentence) == {}, sentence
    assert Post.objects.filter(pk=fietser.pk, text="").exists()


def test_erasing_trains_the_router_again_and_deletes_the_folders_that_hold_her_words(
    world, trained_pipelines, settings, tmp_path
):
    """The active router learned from her re-routed post, so its files hold her words: the
    erase command trains a version without them, makes it active and deletes the old folder."""
    settings.ROUTER_MODEL_DIR = tmp_path / "models"
    settings.ROUTER_TRAIN_EPOCHS = 1
    learned = tmp_path / "models" / "v1"
    shutil.copytree(trained_pipelines, learned)
    # What training on her correction left in the pipeline's vocabulary.
    for strings in learned.rglob("vocab/strings.json"):
        strings.write_text(json.dumps([*json.loads(strings.read_text()), PHRASE]))
    RouterModel.objects.create(version=1, path=str(learned), is_active=True)

    out = StringIO()
    call_command("privacy", "erase", "--author", HANDLE, "--platform", "x", "--yes", stdout=out)

    active = RouterModel.objects.get(is_active=True)
    assert active.version == 2 and not active.holds_erased_text
    assert "Router v2 is active" in out.getvalue()
    assert not learned.exists()
    assert RouterModel.objects.get(version=1).path == ""
    vocabularies = list(Path(active.path).rglob("vocab/strings.json"))
    assert vocabularies and all(PHRASE not in path.read_text() for path in vocabularies)

"""evaluate_routing: the figures a city reads before it trusts automatic routing, and the learning
curve that says how good routing gets once its officers corrected K posts."""

import csv
import json

import pytest
from django.core.management import CommandError, call_command

from departments.cases.actions import case_route
from departments.models import RouterModel
from departments.routing import training
from tests.factories import CaseFactory

SMALL_FILE = [
    ("Lantaarnpaal kapot bij de Vismarkt", "public_works", "nl"),
    ("Straatlantaarn in de Kerkstraat brandt niet meer", "public_works", "nl"),
    ("Losliggende stoeptegels voor nummer 12", "public_works", "nl"),
    ("Vuilnisbak op het plein zit al dagen vol", "public_works", "nl"),
    ("Grofvuil naast de container aan de Dorpsweg", "public_works", "nl"),
    ("Schlagloch in der Bahnhofstraße", "public_works", "de"),
    ("Straßenlaterne defekt vor Hausnummer 4", "public_works", "de"),
    ("Pothole on Elm Street is getting bigger", "public_works", "en"),
    ("Streetlight out at Mill Lane", "public_works", "en"),
    ("Overflowing bin by the park gate", "public_works", "en"),
    ("Stoplicht op de kruising staat steeds op rood", "traffic", "nl"),
    ("Auto al weken op de stoep geparkeerd", "traffic", "nl"),
    ("Verkeersbord omgereden bij de rotonde", "traffic", "nl"),
    ("Ampel an der Kreuzung ist ausgefallen", "traffic", "de"),
    ("Falschparker blockiert den Radweg", "traffic", "de"),
    ("Stop sign knocked down at the corner", "traffic", "en"),
    ("Car parked across my driveway again", "traffic", "en"),
    ("Abandoned car with flat tyres on Mill Lane", "traffic", "en"),
    ("Tram 2 rijdt weer niet", "transit", "nl"),
    ("Bus 12 kwam vanochtend gewoon niet", "transit", "nl"),
    ("De trein naar het centrum had weer 20 minuten vertraging", "transit", "nl"),
    ("Die S-Bahn ist schon wieder ausgefallen", "transit", "de"),
    ("Bus 7 fährt einfach an der Haltestelle vorbei", "transit", "de"),
    ("The 7 bus never showed up this morning", "transit", "en"),
    ("Train delayed again and no announcement at the station", "transit", "en"),
    ("The tram was so packed I could not get on", "transit", "en"),
    ("Buren hebben elke nacht harde muziek", "other", "nl"),
    ("Wanneer is het stadhuis open?", "other", "nl"),
    ("Bedankt voor het snelle herstel!", "other", "nl"),
    ("Ratten im Hinterhof gesehen", "other", "de"),
    ("Wie beantrage ich einen neuen Reisepass?", "other", "de"),
    ("Loud party next door every weekend", "other", "en"),
    ("Thanks for fixing the pothole so quickly!", "other", "en"),
    ("When is the library open on Sundays?", "other", "en"),
]


def write_file(path, rows):
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["text", "department", "lang"])
        writer.writerows(rows)
    return path


@pytest.mark.django_db
def test_evaluate_routing_reports_top1_the_auto_routed_posts_and_each_language_as_json(
    active_router_model, tmp_path, capsys
):
    path = write_file(tmp_path / "posts.csv", SMALL_FILE)

    call_command("evaluate_routing", str(path), "--json")

    result = json.loads(capsys.readouterr().out)
    # The keys a city's scripts already read stay.
    assert {"accuracy", "macro_f1", "per_department", "confusion", "auto_routed_share"} <= set(
        result
    )
    assert set(result["top1"]) == {"accuracy", "macro_f1"}
    auto = result["auto_routed"]
    assert auto["share"] == result["auto_routed_share"]
    assert auto["count"] == round(auto["share"] * len(SMALL_FILE))
    routed_to = {label: d["routed"] for label, d in auto["per_department"].items()}
    assert sum(routed_to.values()) == auto["count"]
    # Precision per department is what the department sees of what it was sent.
    for label, scores in auto["per_department"].items():
        assert 0 <= scores["precision"] <= 1, label
    assert set(result["per_language"]) == {"nl", "en", "de"}
    assert sum(lang["posts"] for lang in result["per_language"].values()) == len(SMALL_FILE)
    for lang in result["per_language"].values():
        assert {"macro_f1", "accuracy", "top1", "auto_routed"} <= set(lang)
    # Without abstention every post gets a department, so top-1 can only be as good as routed
    # when the router never leaves a post in triage that it would have got right.
    assert result["top1"]["accuracy"] >= 0.5


@pytest.mark.django_db
def test_evaluate_routing_without_an_active_router_says_how_to_get_one(departments, tmp_path):
    path = write_file(tmp_path / "posts.csv", SMALL_FILE[:3])

    with pytest.raises(CommandError, match=r"no active router: run `manage.py train_router`"):
        call_command("evaluate_routing", str(path))


@pytest.mark.django_db
def test_evaluate_routing_says_what_is_wrong_with_a_file_it_cannot_read(
    active_router_model, tmp_path
):
    path = tmp_path / "posts.csv"
    path.write_text("message,label\nhello,traffic\n")

    with pytest.raises(CommandError, match="has no department, text column"):
        call_command("evaluate_routing", str(path))
    with pytest.raises(CommandError, match="numbers separated by commas"):
        call_command(
            "evaluate_routing", str(write_file(path, SMALL_FILE)), "--learning-curve", "ten"
        )


@pytest.mark.django_db
@pytest.mark.slow
def test_the_learning_curve_trains_on_the_files_rows_exactly_as_officers_reroutes_do(
    active_router_model, departments, officer, tmp_path, capsys, monkeypatch, settings
):
    """The same rows, once as learning-curve corrections and once re-routed by an officer in the
    back office, reach training as the same labelled posts, through training.correction."""
    settings.ROUTER_TRAIN_EPOCHS = 1
    trained_on = []
    train_pipelines = training.train_pipelines

    def recording(posts, out_dir, **kwargs):
        trained_on.append([post for post in posts if post.source == "correction"])
        return train_pipelines(posts, out_dir, **kwargs)

    monkeypatch.setattr(training, "train_pipelines", recording)
    made_corrections = []
    correction = training.correction

    def counting(**kwargs):
        made_corrections.append(kwargs)
        return correction(**kwargs)

    monkeypatch.setattr(training, "correction", counting)
    path = write_file(tmp_path / "posts.csv", SMALL_FILE)

    call_command("evaluate_routing", str(path), "--learning-curve", "8", "--folds", "1", "--json")

    curve = json.loads(capsys.readouterr().out)["curve"]
    assert [point["corrections"] for point in curve] == [0, 8]
    assert curve[0]["scored_posts"] == len(SMALL_FILE)
    assert curve[1]["scored_posts"] == len(SMALL_FILE) - 8
    assert trained_on[0] == []  # K = 0: the shipped set alone
    from_the_file = trained_on[1]
    assert len(from_the_file) == 8 == len(made_corrections)
    # Stratified: every department of the file is among the corrections.
    labels = {training.evaluation_label(post.department) for post in from_the_file}
    assert labels == {"traffic", "public_works", "transit", "other"}
    # The active router was never touched.
    assert list(RouterModel.objects.values_list("version", "is_active")) == [(1, True)]

    # The same posts re-routed by an officer, then a normal training.
    made_corrections.clear()
    for post in from_the_file:
        case = CaseFactory(post__text=post.text, post__language=post.language)
        target = departments[post.department]
        case_route(case=case, department=target, by=officer, reason="test")
    call_command("train_router")

    from_reroutes = trained_on[-1]
    assert len(made_corrections) == 8
    assert sorted(from_reroutes, key=lambda p: p.text) == sorted(
        from_the_file, key=lambda p: p.text
    )

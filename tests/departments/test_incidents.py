"""Incidents: posts about one thing grouped as they arrive, and what officers do to the groups."""

import json
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core.management import CommandError, call_command

from departments.incidents import detection
from departments.incidents.clues import clues_of, where_keys
from departments.incidents.detection import detector_settings, incidents_detect
from departments.incidents.models import Incident, IncidentEvent, IncidentMember, IncidentStatus
from departments.incidents.services import (
    IncidentChangeRefused,
    incident_dissolve,
    incident_merge,
    incident_split,
)
from departments.models import Case, CaseEvent, CaseStatus
from listening.models import Account
from smartgov import clock
from tests.factories import AccountFactory, CaseFactory

CITY = ZoneInfo("Europe/Amsterdam")
STORM = datetime(2026, 2, 14, 7, 40, tzinfo=CITY)


def _case(departments, text: str, minutes: float, department="traffic", language="nl"):
    moment = STORM + timedelta(minutes=minutes)
    # Residents write to the city's account (one for all, as most cities have).
    account = Account.objects.filter(handle="gemeente").first() or AccountFactory(
        handle="gemeente", department=departments["communication"]
    )
    return CaseFactory(
        post__account=account,
        department=departments[department],
        status=CaseStatus.ROUTED,
        routing_confidence=0.9,
        post__text=text,
        post__language=language,
        post__created_at=moment,
    )


def _storm_night(departments):
    """Residents about two junctions whose lights failed in one storm, and one about a bin."""
    vondellaan = [
        _case(departments, "Stoplichten op de Vondellaan doen het niet meer!", 0),
        _case(departments, "verkeerslichten vondellaan/croeselaan uit, levensgevaarlijk", 4),
        _case(
            departments, "Traffic lights out on Vondellaan, someone will get hurt", 9, language="en"
        ),
        _case(departments, "Nog steeds geen stoplichten op de Vondel laan??", 35),
    ]
    catharijnesingel = [
        _case(departments, "Ook de stoplichten op de Catharijnesingel zijn uit", 6),
        _case(departments, "catharijnesingel: verkeerslichten doen niks, file tot aan de brug", 12),
    ]
    alone = [_case(departments, "Container aan de Biltstraat is vol", 20, "public-works")]
    return vondellaan, catharijnesingel, alone


def _incident_of(case) -> int | None:
    member = IncidentMember.objects.filter(case=case).first()
    return member.incident_id if member else None


@pytest.mark.django_db
def test_posts_about_one_junction_become_one_incident_and_another_junction_another(departments):
    vondellaan, catharijnesingel, alone = _storm_night(departments)
    everything = [*vondellaan, *catharijnesingel, *alone]

    incidents_detect(case_ids=[case.id for case in sorted(everything, key=lambda c: c.created_at)])

    first = {_incident_of(case) for case in vondellaan}
    second = {_incident_of(case) for case in catharijnesingel}
    assert len(first) == 1 and None not in first
    assert len(second) == 1 and None not in second and first != second
    assert _incident_of(alone[0]) is None
    incident = Incident.objects.get(pk=first.pop())
    assert incident.case_count == 4 and "Vondellaan" in incident.title
    assert incident.first_post_at == vondellaan[0].created_at
    assert incident.department.slug == "traffic"


@pytest.mark.django_db
def test_posts_arriving_in_batches_grow_the_incident_and_a_repeated_batch_changes_nothing(
    departments,
):
    vondellaan, _, _ = _storm_night(departments)
    incidents_detect(case_ids=[vondellaan[0].id, vondellaan[1].id])
    incident = Incident.objects.get()
    assert incident.case_count == 2

    later = [case.id for case in vondellaan[2:]]
    incidents_detect(case_ids=later)
    incidents_detect(case_ids=later)  # a redelivered task

    incident.refresh_from_db()
    assert Incident.objects.count() == 1
    assert incident.case_count == 4 == IncidentMember.objects.filter(incident=incident).count()


@pytest.mark.django_db
def test_the_same_street_on_another_day_about_something_else_is_not_the_same_incident(
    departments,
):
    vondellaan, _, _ = _storm_night(departments)
    incidents_detect(case_ids=[case.id for case in vondellaan])
    next_week = [
        _case(departments, "Gat in het fietspad op de Vondellaan", 60 * 24 * 7, "public-works"),
        _case(departments, "Vondellaan fietspad kapot, gat bij de bushalte", 60 * 24 * 7 + 30),
    ]
    incidents_detect(case_ids=[case.id for case in next_week])

    storm_incident = _incident_of(vondellaan[0])
    assert all(_incident_of(case) != storm_incident for case in next_week)


@pytest.fixture
def storm_incidents(departments):
    vondellaan, catharijnesingel, _ = _storm_night(departments)
    incidents_detect(case_ids=[case.id for case in [*vondellaan, *catharijnesingel]])
    for case in [*vondellaan, *catharijnesingel]:
        CaseEvent.record(case, kind=CaseEvent.Kind.NOTE_ADDED, reason="storm night")
    return (
        Incident.objects.get(pk=_incident_of(vondellaan[0])),
        Incident.objects.get(pk=_incident_of(catharijnesingel[0])),
        vondellaan,
        catharijnesingel,
    )


def _history(cases) -> list:
    return [list(case.events.values_list("kind", "reason")) for case in cases]


@pytest.mark.django_db
def test_merging_moves_every_case_and_keeps_their_histories(storm_incidents, officer):
    first, second, vondellaan, catharijnesingel = storm_incidents
    histories = _history([*vondellaan, *catharijnesingel])

    incident_merge(incident=second, into=first, by=officer)

    first.refresh_from_db()
    second.refresh_from_db()
    assert first.case_count == 6
    assert {_incident_of(case) for case in [*vondellaan, *catharijnesingel]} == {first.pk}
    assert second.status == IncidentStatus.MERGED and second.merged_into == first
    assert _history([*vondellaan, *catharijnesingel]) == histories
    assert IncidentEvent.objects.filter(kind="merged", actor=officer).count() == 2


@pytest.mark.django_db
def test_split_posts_stay_alone_and_detection_never_groups_them_again(
    storm_incidents, officer, departments
):
    first, _, vondellaan, _ = storm_incidents
    histories = _history(vondellaan)
    wrong = vondellaan[3]

    incident_split(incident=first, case_ids=[wrong.id], by=officer, together=False)
    incidents_detect(case_ids=[wrong.id])
    similar = _case(departments, "Stoplichten Vondellaan nog steeds kapot", 40)
    incidents_detect(case_ids=[similar.id])

    first.refresh_from_db()
    assert _incident_of(wrong) is None
    assert first.case_count == 4  # three left, and the new post joined them, not the split one
    assert _incident_of(similar) == first.pk
    assert _history(vondellaan) == histories
    assert IncidentEvent.objects.get(kind="split").details["cases"] == [wrong.id]


@pytest.mark.django_db
def test_split_posts_can_form_an_incident_of_their_own(storm_incidents, officer):
    first, _, vondellaan, _ = storm_incidents
    taken = [vondellaan[2].id, vondellaan[3].id]

    new = incident_split(incident=first, case_ids=taken, by=officer, together=True)

    first.refresh_from_db()
    assert new.case_count == 2 and first.case_count == 2
    assert {_incident_of(case) for case in vondellaan[2:]} == {new.pk}


@pytest.mark.django_db
def test_dissolving_frees_every_case_and_keeps_them_and_their_histories(storm_incidents, officer):
    first, _, vondellaan, _ = storm_incidents
    histories = _history(vondellaan)

    incident_dissolve(incident=first, by=officer)
    incidents_detect(case_ids=[case.id for case in vondellaan])

    first.refresh_from_db()
    assert first.status == IncidentStatus.DISSOLVED and first.case_count == 0
    assert all(_incident_of(case) is None for case in vondellaan)
    assert all(case.__class__.objects.filter(pk=case.pk).exists() for case in vondellaan)
    assert _history(vondellaan) == histories
    with pytest.raises(IncidentChangeRefused):
        incident_merge(incident=first, into=storm_incidents[1], by=officer)


def test_clues_read_one_street_and_one_line_however_residents_write_them():
    spellings = ["Annenstraße", "Annenstr.", "annenstrasse", "Annen Straße"]
    assert {clues_of(f"Ampel in der {s} kaputt", "de").places for s in spellings} == {
        frozenset({"anen|str"})
    }
    lines = [
        "lijn 12 rijdt niet",
        "tram 12 staat stil",
        "the 12 is not running",
        "die 12er fährt nicht",
    ]
    assert {clues_of(text, "nl").lines for text in lines} == {frozenset({"12"})}
    assert (
        clues_of("Oxford Rd lights out", "en").places
        == clues_of("lights out on oxford road", "en").places
    )


def test_two_streets_share_no_place_because_both_are_streets():
    # "Street" is capitalised in every English street name: read as a name of its own, bins on
    # Manor Street (Dublin) and on Barlow Street (Manchester) were one place, and one incident.
    manor = clues_of("The bins on Manor Street are overflowing", "en")
    barlow = clues_of("No bin collection on Barlow Street today", "en")
    assert manor.places == {"manor|st"} and barlow.places == {"barlow|st"}
    assert not where_keys(manor) & where_keys(barlow)


@pytest.mark.django_db
def test_the_queue_shows_an_incident_as_one_row_with_its_posts_and_growth(
    client, storm_incidents, officer
):
    first, *_ = storm_incidents
    client.force_login(officer)

    page = client.get("/").content.decode()

    band = page.split('class="incident-band"', 1)[1].split("</section>", 1)[0]
    assert band.count('class="incident-row"') == 2
    assert f'href="/incidents/{first.pk}/"' in band and "4 posts" in band
    # In the list below, its four cases are one row for the incident (its posts, its most
    # urgent badge), with the cases folded under it: still there, each linking to it.
    folds = page.split('class="incident-fold"')[1:]
    assert len(folds) == 2
    mine = next(fold for fold in folds if f'href="/incidents/{first.pk}/"' in fold)
    assert "4 posts" in mine and "Show its 4 posts on this page" in mine
    assert page.count(f'class="incident-chip" href="/incidents/{first.pk}/"') == 4
    assert page.count(f'data-incident="{first.pk}" hidden') == 4
    # The case about a bin is in no incident: its row is shown as always.
    assert page.count('class="case-row"') == 1


@pytest.mark.django_db
def test_department_staff_see_their_departments_incidents_and_cannot_change_them(
    client, storm_incidents, traffic_staff, transit_staff
):
    first, _, vondellaan, _ = storm_incidents
    # One of its cases is due the day after tomorrow, the rest are overdue.
    now = clock.now()
    Case.objects.update(first_response_due_at=now - timedelta(hours=1))
    Case.objects.filter(pk=vondellaan[3].pk).update(first_response_due_at=now + timedelta(days=2))
    client.force_login(traffic_staff)
    # Their list runs by deadline in SLA groups; each group folds its own rows of an incident.
    page = client.get("/").content.decode()
    overdue, due_later = page.split('class="group-heading"')[1:]
    assert "Show its 3 posts on this page" in overdue and "Show its 2 posts" in overdue
    assert 'class="incident-fold"' not in due_later
    assert f'id="case-row-{vondellaan[3].pk}" data-case-id="{vondellaan[3].pk}">' in due_later
    assert client.get(f"/incidents/{first.pk}/").status_code == 200
    refused = client.post(f"/incidents/{first.pk}/change/", {"action": "dissolve"})
    assert refused.status_code == 403
    client.force_login(transit_staff)
    assert client.get(f"/incidents/{first.pk}/").status_code == 404
    first.refresh_from_db()
    assert first.status == IncidentStatus.OPEN


@pytest.mark.django_db
def test_an_officer_splits_a_post_out_on_the_incident_page(client, storm_incidents, officer):
    first, _, vondellaan, _ = storm_incidents
    client.force_login(officer)

    response = client.post(
        f"/incidents/{first.pk}/change/", {"action": "split", "cases": [vondellaan[3].id]}
    )

    assert response.status_code == 302
    first.refresh_from_db()
    assert first.case_count == 3 and _incident_of(vondellaan[3]) is None
    page = client.get(f"/incidents/{first.pk}/").content.decode()
    assert "Posts split out" in page


@pytest.mark.django_db
def test_officers_splits_make_detection_stricter_and_merges_make_it_looser(
    storm_incidents, officer
):
    first, second, vondellaan, _ = storm_incidents
    before = detector_settings()

    incident_split(incident=first, case_ids=[vondellaan[3].id], by=officer, together=False)
    stricter = detector_settings()
    incident_merge(incident=second, into=first, by=officer)
    incident_merge(
        incident=first,
        into=Incident.objects.create(
            title="elsewhere",
            first_post_at=first.first_post_at,
            last_post_at=first.last_post_at,
        ),
        by=officer,
    )
    looser = detector_settings()

    assert stricter.threshold > before.threshold and stricter.pair_threshold > before.pair_threshold
    assert looser.threshold < stricter.threshold


EVALUATION_ROWS = [
    ("Stoplichten op de Vondellaan doen het niet!", "nl", "2026-02-14T07:40:00+01:00", "a"),
    ("vondellaan/croeselaan verkeerslichten uit", "nl", "2026-02-14T07:44:00+01:00", "a"),
    ("Traffic lights out on Vondellaan, dangerous", "en", "2026-02-14T07:52:00+01:00", "a"),
    ("Gat in de weg op de Biltstraat", "nl", "2026-02-14T09:00:00+01:00", ""),
]


def _evaluation_file(path, rows, header="text,lang,created_at,incident"):
    lines = [header, *(",".join(f'"{value}"' for value in row) for row in rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.django_db
def test_evaluate_incidents_scores_a_file_and_leaves_the_citys_incidents_alone(
    storm_incidents, active_router_model, tmp_path, capsys
):
    incidents_before = list(Incident.objects.values_list("id", "case_count", "status"))
    cases_before = Case.objects.count()
    path = _evaluation_file(tmp_path / "incidents.csv", EVALUATION_ROWS)

    call_command("evaluate_incidents", str(path), "--json")

    report = json.loads(capsys.readouterr().out)
    assert {"pairwise_precision", "pairwise_recall", "bcubed_f1"} <= set(report)
    assert report["incidents_true"] == 1 and report["posts"] == 4
    assert 0 <= report["pairwise_precision"] <= 1 and 0 <= report["bcubed_f1"] <= 1
    assert list(Incident.objects.values_list("id", "case_count", "status")) == incidents_before
    assert Case.objects.count() == cases_before


@pytest.mark.django_db
def test_evaluate_incidents_says_which_line_of_a_bad_file_is_wrong(active_router_model, tmp_path):
    no_offset = _evaluation_file(
        tmp_path / "a.csv", [("Tram 2 rijdt niet", "nl", "2026-02-14T07:40:00", "b")]
    )
    with pytest.raises(
        CommandError, match="line 2: created_at '2026-02-14T07:40:00' has no offset"
    ):
        call_command("evaluate_incidents", str(no_offset))
    no_label = _evaluation_file(
        tmp_path / "b.csv", [("Tram 2", "nl", "2026-02-14T07:40:00+01:00")], "text,lang,created_at"
    )
    with pytest.raises(CommandError, match="missing column"):
        call_command("evaluate_incidents", str(no_label))


@pytest.mark.django_db
def test_a_worker_keeps_its_groups_between_batches_and_reads_them_again_after_an_officers_change(
    departments, officer, django_capture_on_commit_callbacks
):
    vondellaan, _, _ = _storm_night(departments)

    def batch(*cases):
        with django_capture_on_commit_callbacks(execute=True):
            incidents_detect(case_ids=[case.id for case in cases])
        return detection._kept["detector"]

    first = batch(vondellaan[0], vondellaan[1])
    assert batch(vondellaan[2]) is first  # the same groups, grown, not read again
    incident = Incident.objects.get()
    assert incident.case_count == 3

    incident_split(incident=incident, case_ids=[vondellaan[2].id], by=officer, together=False)
    assert batch(vondellaan[3]) is not first  # read again: an officer changed the incident

    incident.refresh_from_db()
    assert incident.case_count == 3
    assert _incident_of(vondellaan[2]) is None and _incident_of(vondellaan[3]) == incident.pk


@pytest.mark.django_db
def test_what_detection_read_of_a_post_goes_with_erasure_and_after_two_days(departments):
    from departments.incidents.models import IncidentClue
    from departments.privacy.retention import apply_retention
    from departments.privacy.subjects.erase import subject_erase

    vondellaan, _, _ = _storm_night(departments)
    incidents_detect(case_ids=[case.id for case in vondellaan])
    erased = vondellaan[0].post
    assert IncidentClue.objects.count() == 4

    subject_erase(platform=erased.platform, author=erased.author_handle)
    assert not IncidentClue.objects.filter(case=vondellaan[0]).exists()

    summary = apply_retention(now=STORM + timedelta(hours=47))
    assert summary.incident_clues_forgotten == 0
    summary = apply_retention(now=STORM + timedelta(hours=49))
    assert summary.incident_clues_forgotten == 3 and not IncidentClue.objects.exists()
    assert _incident_of(vondellaan[1]) is not None  # the incident itself stays

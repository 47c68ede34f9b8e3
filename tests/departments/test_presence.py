"""Who else has a case open: kept in Redis with a short lifetime."""

import pytest

from departments import presence
from tests.factories import CaseFactory

pytestmark = pytest.mark.django_db


def test_others_see_who_has_the_case_open_and_who_is_writing(officer, traffic_staff, manager):
    case = CaseFactory()
    officer.first_name, officer.last_name = "Olga", "Officer"
    presence.presence_touch(case_id=case.pk, user=officer, composing=True)
    presence.presence_touch(case_id=case.pk, user=manager)

    seen_by_tom = presence.presence_others(case_id=case.pk, user=traffic_staff)

    assert seen_by_tom == [
        presence.Viewer(username="olga", display_name="Olga Officer", composing=True),
        presence.Viewer(username="max", display_name="max", composing=False),
    ]


def test_nobody_sees_themselves(officer):
    case = CaseFactory()
    presence.presence_touch(case_id=case.pk, user=officer)

    assert presence.presence_others(case_id=case.pk, user=officer) == []


def test_presence_is_per_case(officer, manager):
    case, other = CaseFactory(), CaseFactory()
    presence.presence_touch(case_id=case.pk, user=officer)

    assert presence.presence_others(case_id=other.pk, user=manager) == []


def test_a_viewer_who_stops_sending_heartbeats_disappears(officer, manager, settings):
    case = CaseFactory()
    settings.PRESENCE_TTL_SECONDS = 45
    presence.presence_touch(case_id=case.pk, user=officer, now=1000.0)

    assert presence.presence_others(case_id=case.pk, user=manager, now=1044.0) != []
    assert presence.presence_others(case_id=case.pk, user=manager, now=1046.0) == []


def test_a_new_heartbeat_updates_whether_someone_is_writing(officer, manager):
    case = CaseFactory()
    presence.presence_touch(case_id=case.pk, user=officer, composing=True)
    presence.presence_touch(case_id=case.pk, user=officer, composing=False)

    assert [v.composing for v in presence.presence_others(case_id=case.pk, user=manager)] == [False]


def test_leaving_the_case_removes_the_viewer_at_once(officer, manager):
    case = CaseFactory()
    presence.presence_touch(case_id=case.pk, user=officer)

    presence.presence_leave(case_id=case.pk, user=officer)

    assert presence.presence_others(case_id=case.pk, user=manager) == []

"""SLA arithmetic in business hours: weekends, Dutch public holidays, the city's settings, topic
overrides, and the badge the queue and the case view show."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from departments import sla
from departments.cases.actions import case_route, case_set_topics
from departments.models import CaseStatus, Topic
from tests.factories import CaseFactory

AMS = ZoneInfo("Europe/Amsterdam")


def at(*args) -> datetime:
    return datetime(*args, tzinfo=AMS)


@pytest.fixture(autouse=True)
def dutch_city(settings):
    settings.TIME_ZONE = "Europe/Amsterdam"
    settings.CITY_COUNTRY = "NL"
    settings.CITY_SUBDIVISION = ""
    settings.BUSINESS_HOURS_START = "09:00"
    settings.BUSINESS_HOURS_END = "17:00"


def test_a_deadline_on_friday_afternoon_carries_over_the_weekend_to_monday():
    # Friday 2026-11-20 15:00 + 4 business hours: 2 on Friday, 2 on Monday morning.
    assert sla.add_business_hours(at(2026, 11, 20, 15, 0), 4) == at(2026, 11, 23, 11, 0)


def test_kings_day_is_skipped_like_a_sunday():
    # Friday 24 April 2026, King's Day on Monday 27 April: the clock resumes on Tuesday.
    assert sla.add_business_hours(at(2026, 4, 24, 15, 0), 4) == at(2026, 4, 28, 11, 0)
    assert sla.business_hours_between(at(2026, 4, 24, 15, 0), at(2026, 4, 28, 11, 0)) == 4


def test_christmas_and_boxing_day_are_skipped():
    # Thursday 24 December 2026 16:00: one hour that day, Christmas on Friday, the weekend,
    # then seven hours on Monday 28 December.
    assert sla.add_business_hours(at(2026, 12, 24, 16, 0), 8) == at(2026, 12, 28, 16, 0)


def test_the_holidays_are_those_of_the_country_in_the_settings(settings):
    settings.CITY_COUNTRY = "DE"  # King's Day is an ordinary Monday in Germany

    assert sla.add_business_hours(at(2026, 4, 24, 15, 0), 4) == at(2026, 4, 27, 11, 0)


def test_a_post_written_at_night_starts_its_clock_at_opening_time():
    assert sla.add_business_hours(at(2026, 11, 24, 22, 30), 2) == at(2026, 11, 25, 11, 0)
    assert sla.add_business_hours(at(2026, 11, 25, 6, 0), 2) == at(2026, 11, 25, 11, 0)


def test_a_deadline_that_uses_up_the_day_falls_at_closing_time():
    assert sla.add_business_hours(at(2026, 11, 23, 9, 0), 8) == at(2026, 11, 23, 17, 0)


def test_business_hours_follow_the_opening_hours_in_the_settings(settings):
    settings.BUSINESS_HOURS_START = "08:30"
    settings.BUSINESS_HOURS_END = "12:30"

    assert sla.add_business_hours(at(2026, 11, 23, 12, 0), 2) == at(2026, 11, 24, 10, 0)
    assert sla.business_hours_between(at(2026, 11, 23, 0, 0), at(2026, 11, 24, 0, 0)) == 4


def test_hours_between_count_only_office_hours_on_working_days():
    assert sla.business_hours_between(at(2026, 11, 20, 16, 0), at(2026, 11, 23, 10, 30)) == 2.5
    assert sla.business_hours_between(at(2026, 11, 21, 10, 0), at(2026, 11, 22, 18, 0)) == 0
    assert sla.business_hours_between(at(2026, 11, 23, 18, 0), at(2026, 11, 23, 9, 0)) == 0
    # Monday to Monday: five working days.
    assert sla.business_hours_between(at(2026, 11, 16, 9, 0), at(2026, 11, 23, 9, 0)) == 40


def test_many_pairs_at_once_give_the_same_hours_as_one_by_one():
    starts = [at(2026, 4, 24, 15, 0), at(2026, 12, 24, 8, 0), at(2026, 11, 21, 12, 0)]
    ends = [at(2026, 4, 28, 11, 0), at(2027, 1, 4, 12, 0), at(2026, 11, 20, 12, 0)]

    many = sla.business_hours_between_many(starts, ends)

    assert many == [sla.business_hours_between(s, e) for s, e in zip(starts, ends, strict=True)]
    assert many[0] == 4 and many[2] == 0


def test_times_in_another_time_zone_are_read_in_the_citys():
    utc_friday_14h = datetime(2026, 11, 20, 14, 0, tzinfo=ZoneInfo("UTC"))  # 15:00 in Amsterdam

    assert sla.add_business_hours(utc_friday_14h, 4) == at(2026, 11, 23, 11, 0)


@pytest.mark.django_db
def test_routing_sets_due_times_from_when_the_citizen_wrote(departments, officer):
    case = CaseFactory(created_at=at(2026, 4, 24, 15, 0))  # traffic: 8 h and 40 h

    case_route(case=case, department=departments["traffic"], by=officer)

    assert case.first_response_due_at == at(2026, 4, 28, 15, 0)
    assert case.resolution_due_at == at(2026, 5, 4, 15, 0)


@pytest.mark.django_db
def test_a_topic_with_its_own_target_overrides_the_department(departments, officer):
    case = CaseFactory(created_at=at(2026, 11, 23, 9, 0))
    case_route(case=case, department=departments["traffic"], by=officer)
    urgent = Topic.objects.filter(department=departments["traffic"]).first()
    urgent.first_response_sla_hours = 2
    urgent.save()

    case_set_topics(case=case, topics=[urgent], by=officer)

    assert sla.sla_targets(case) == (2, 40)
    assert case.first_response_due_at == at(2026, 11, 23, 11, 0)
    assert case.resolution_due_at == at(2026, 11, 27, 17, 0)


@pytest.mark.django_db
def test_rerouting_recomputes_the_due_times_for_the_new_department(departments, officer):
    case = CaseFactory(created_at=at(2026, 11, 23, 9, 0))
    case_route(case=case, department=departments["traffic"], by=officer)  # 8 h

    case_route(case=case, department=departments["transit"], by=officer)  # 4 h

    assert case.first_response_due_at == at(2026, 11, 23, 13, 0)


@pytest.mark.django_db
class TestBadge:
    NOW = at(2026, 11, 24, 10, 0)  # a Tuesday morning

    def routed_case(self, departments, **due):
        return CaseFactory(
            status=CaseStatus.ROUTED, department=departments["traffic"], created_at=self.NOW, **due
        )

    def test_a_case_in_triage_has_no_badge(self):
        assert sla.sla_badge(CaseFactory(), now=self.NOW).state == "none"

    def test_a_closed_case_has_no_badge(self, departments):
        case = self.routed_case(departments, first_response_due_at=at(2026, 11, 24, 9, 0))
        case.status = CaseStatus.CLOSED

        assert sla.sla_badge(case, now=self.NOW).state == "none"

    def test_time_left_is_said_in_business_hours(self, departments):
        case = self.routed_case(departments, first_response_due_at=at(2026, 11, 24, 13, 0))

        badge = sla.sla_badge(case, now=self.NOW)

        assert (badge.state, badge.label) == ("ok", "due 3h")
        assert badge.due_at == at(2026, 11, 24, 13, 0)

    def test_days_left_are_said_in_working_days(self, departments):
        case = self.routed_case(departments, first_response_due_at=at(2026, 11, 27, 10, 0))

        assert sla.sla_badge(case, now=self.NOW).label == "due 3d"

    def test_less_than_two_business_hours_left_is_due_soon(self, departments):
        case = self.routed_case(departments, first_response_due_at=at(2026, 11, 24, 11, 30))

        badge = sla.sla_badge(case, now=self.NOW)

        assert (badge.state, badge.label) == ("due_soon", "due soon")

    def test_due_soon_counts_business_hours_across_the_night(self, departments):
        evening = at(2026, 11, 24, 16, 30)
        case = self.routed_case(departments, first_response_due_at=at(2026, 11, 25, 9, 30))

        assert sla.sla_badge(case, now=evening).state == "due_soon"

    def test_a_deadline_passed_a_working_day_ago_is_overdue_1d(self, departments):
        case = self.routed_case(departments, first_response_due_at=at(2026, 11, 23, 10, 0))

        badge = sla.sla_badge(case, now=self.NOW)

        assert (badge.state, badge.label) == ("overdue", "overdue 1d")

    def test_after_the_first_reply_the_resolution_deadline_counts(self, departments):
        case = self.routed_case(
            departments,
            first_response_due_at=at(2026, 11, 23, 10, 0),
            first_responded_at=at(2026, 11, 23, 9, 30),
            resolution_due_at=at(2026, 11, 24, 15, 0),
        )

        assert sla.sla_badge(case, now=self.NOW).label == "due 5h"

    def test_a_timely_first_reply_without_a_resolution_deadline_is_met(self, departments):
        case = self.routed_case(
            departments,
            first_response_due_at=at(2026, 11, 24, 12, 0),
            first_responded_at=at(2026, 11, 24, 9, 30),
        )

        assert sla.sla_badge(case, now=self.NOW).state == "met"


@pytest.mark.django_db
def test_automatic_routing_sets_the_language_and_the_due_times(active_router_model):
    from departments.routing.services import cases_route_automatically

    case = CaseFactory(
        post__text="De lantaarnpaal in de Molenstraat doet het al een week niet",
        created_at=at(2026, 4, 24, 15, 0),
    )

    cases_route_automatically(case_ids=[case.id])

    case.refresh_from_db()
    assert case.department.slug == "public-works"  # 8 h and 40 h, no topic override
    assert case.language == "nl"
    assert case.first_response_due_at == at(2026, 4, 28, 15, 0)  # over King's Day
    assert case.resolution_due_at == at(2026, 5, 4, 15, 0)

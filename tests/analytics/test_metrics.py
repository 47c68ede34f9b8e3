"""The metric definitions on small hand-made data sets whose answers are worked out by hand."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pandas as pd
import pytest

from analytics import metrics
from analytics.overview import cases_with_business_hours, cases_with_outcomes
from analytics.periods import Period, last_complete_week, week_period

AMS = ZoneInfo("Europe/Amsterdam")


def local(*args) -> datetime:
    return datetime(*args, tzinfo=AMS)


def posts(rows):
    columns = ["platform", "likes", "shares", "replies", "quotes", "impressions", "followers"]
    return pd.DataFrame(rows, columns=columns)


def test_engagement_counts_each_platform_by_its_own_definition():
    frame = posts(
        [
            ("x", 10, 2, 3, 1, 1000, 5000),  # likes + reposts + replies + quotes = 16
            ("facebook", 20, 2, 5, 9, None, 4000),  # reactions + shares + comments = 27
            ("mastodon", 4, 1, 2, 3, None, 700),  # favourites + boosts + replies = 7
        ]
    )

    assert metrics.post_engagement(frame).tolist() == [16, 27, 7]


def test_engagement_rate_is_per_impression_where_known_and_per_follower_otherwise():
    rated = metrics.with_engagement_rate(
        posts(
            [
                ("x", 10, 2, 3, 1, 1000, 5000),
                ("x", 30, 4, 0, 0, 3000, 5000),
                ("mastodon", 4, 1, 2, 0, None, 700),
            ]
        )
    )

    assert rated["denominator"].tolist() == ["impressions", "impressions", "followers"]
    assert rated["engagement_rate"].round(3).tolist() == [1.6, 1.133, 1.0]
    rates = metrics.engagement_rates(rated)
    # (16 + 34) / (1000 + 3000): summed, not an average of the two posts' rates.
    assert rates["impressions"].percent == pytest.approx(1.25)
    assert rates["impressions"].denominator_total == 4000
    assert rates["impressions"].posts == 2
    assert rates["followers"].percent == pytest.approx(1.0)
    assert rates["followers"].describe() == "7 engagements / 700 followers on 1 posts"
    headline = metrics.headline_engagement_rate(rated)
    assert (headline.denominator, headline.percent) == ("impressions", pytest.approx(1.25))


def test_a_post_without_impressions_or_followers_has_no_rate_rather_than_a_wrong_one():
    rated = metrics.with_engagement_rate(posts([("facebook", 5, 0, 0, 0, None, None)]))

    assert rated["engagement"].tolist() == [5]
    assert rated["denominator"].tolist() == [""]
    assert rated["engagement_rate"].isna().all()
    assert metrics.engagement_rates(rated)["impressions"].percent is None


def test_median_and_90th_percentile_ignore_cases_without_an_answer():
    assert metrics.median_and_p90(pd.Series([1.0, 2.0, 3.0, 4.0, None, 10.0])) == (
        3.0,
        pytest.approx(7.6),
    )
    assert metrics.median_and_p90(pd.Series([], dtype=float)) == (None, None)


def test_response_times_count_business_hours_only_across_a_weekend(settings):
    settings.TIME_ZONE = "Europe/Amsterdam"
    settings.CITY_COUNTRY = "NL"
    cases = pd.DataFrame(
        {
            "created_at": [
                local(2026, 11, 20, 16, 0),  # Friday 16:00 ...
                local(2026, 11, 17, 9, 0),  # Tuesday 09:00 ...
                local(2026, 11, 18, 15, 0),  # Wednesday 15:00 ...
            ],
            "first_responded_at": [
                local(2026, 11, 23, 10, 0),  # ... Monday 10:00: 1 h Friday + 1 h Monday
                local(2026, 11, 17, 12, 0),  # ... Tuesday 12:00: 3 h
                local(2026, 11, 19, 11, 0),  # ... Thursday 11:00: 2 h + 2 h
            ],
            "closed_at": [None, None, None],
        }
    )

    timed = cases_with_business_hours(cases, now=datetime(2026, 11, 27, tzinfo=UTC))

    assert timed["first_response_h"].tolist() == [2.0, 3.0, 4.0]
    median, p90 = metrics.median_and_p90(timed["first_response_h"])
    assert (median, p90) == (3.0, pytest.approx(3.8))


def test_a_case_answered_over_christmas_loses_no_business_hours_to_the_holidays(settings):
    settings.CITY_COUNTRY = "NL"
    cases = pd.DataFrame(
        {
            # Thursday 24 Dec 16:00 to Monday 28 Dec 10:00: 25 and 26 Dec are holidays.
            "created_at": [local(2026, 12, 24, 16, 0)],
            "first_responded_at": [local(2026, 12, 28, 10, 0)],
            "closed_at": [None],
        }
    )

    timed = cases_with_business_hours(cases, now=datetime(2027, 1, 5, tzinfo=UTC))

    assert timed["first_response_h"].tolist() == [2.0]


def _sla_cases():
    due = local(2026, 11, 17, 13, 0)
    return pd.DataFrame(
        {
            "id": [1, 2, 3, 4, 5, 6],
            "status": ["answered", "answered", "new", "new", "spam", "routed"],
            "created_at": [local(2026, 11, 17, 9, 0)] * 6,
            "first_responded_at": [
                local(2026, 11, 17, 12, 0),  # met: before the due time
                local(2026, 11, 17, 15, 0),  # missed: after it
                None,  # missed: not answered and the due time has passed
                None,  # pending: no due time, 4 of 8 business hours used so far
                None,  # spam needs no answer
                None,  # pending: due later than now
            ],
            "closed_at": [None] * 6,
            "first_response_due_at": [due, due, due, None, due, local(2026, 11, 18, 9, 0)],
            "resolution_due_at": [None] * 6,
            "first_response_target_h": [8, 8, 8, 8, 8, 8],
            "resolution_target_h": [40] * 6,
        }
    )


def test_sla_compliance_counts_met_and_missed_cases_and_leaves_pending_ones_out(settings):
    settings.CITY_COUNTRY = "NL"
    cases = cases_with_outcomes(_sla_cases(), now=local(2026, 11, 17, 13, 30))

    assert cases["frt_outcome"].tolist() == [
        "met",
        "missed",
        "missed",
        "pending",
        "exempt",
        "pending",
    ]
    compliance = metrics.sla_compliance(cases["frt_outcome"])
    assert (compliance.met, compliance.missed, compliance.pending) == (1, 2, 2)
    assert compliance.percent == pytest.approx(100 / 3)


def test_a_case_without_a_due_time_misses_when_its_business_hours_pass_the_target(settings):
    settings.CITY_COUNTRY = "NL"
    # Two business days later 16 business hours have passed against a target of 8.
    cases = cases_with_outcomes(_sla_cases(), now=local(2026, 11, 19, 9, 0))

    assert cases["frt_outcome"].tolist()[3] == "missed"


def test_sla_compliance_by_department_gives_each_its_own_share():
    cases = pd.DataFrame(
        {
            "department": ["Traffic", "Traffic", "Traffic", "Transit"],
            "outcome": ["met", "met", "missed", "pending"],
        }
    )

    table = metrics.sla_compliance_by(cases, key="department", outcome="outcome")

    traffic, transit = table.to_dict("records")
    assert traffic["compliance_pct"] == pytest.approx(200 / 3)
    assert transit["pending"] == 1
    assert pd.isna(transit["compliance_pct"])  # nothing decided yet: no share, not 0%


def test_a_topic_twice_as_busy_as_its_four_week_average_is_flagged_as_a_spike():
    weekly = pd.DataFrame(
        [
            *[("Snow", weeks_ago, posts) for weeks_ago, posts in [(0, 12), (1, 2), (2, 1)]],
            *[("Tram", weeks_ago, 10) for weeks_ago in range(5)],
            ("Graffiti", 0, 3),  # three times nothing, but too few posts to call it a spike
        ],
        columns=["topic", "weeks_ago", "posts"],
    )

    trending = metrics.trending_topics(weekly).set_index("topic")

    assert trending.loc["Snow", "previous_avg"] == pytest.approx(0.75)
    assert bool(trending.loc["Snow", "spike"]) is True
    assert bool(trending.loc["Tram", "spike"]) is False
    assert trending.loc["Tram", "change_pct"] == pytest.approx(0.0)
    assert bool(trending.loc["Graffiti", "spike"]) is False
    assert trending.index[0] == "Snow"


def test_period_change_gives_the_difference_and_the_percentage():
    change = metrics.period_change(150, 120)

    assert (change.delta, change.percent) == (30, 25.0)
    assert metrics.period_change(5, None).delta is None
    assert metrics.period_change(5, 0).percent is None


def test_an_iso_week_runs_from_monday_midnight_to_monday_midnight_city_time(settings):
    settings.TIME_ZONE = "Europe/Amsterdam"
    week = week_period("2026-W47")

    assert week.start == datetime(2026, 11, 15, 23, 0, tzinfo=UTC)
    assert week.end == datetime(2026, 11, 22, 23, 0, tzinfo=UTC)
    assert week.hours == 168
    assert week.previous().label == "2026-W46"


def test_the_week_of_the_change_to_summer_time_lasts_167_hours(settings):
    settings.TIME_ZONE = "Europe/Amsterdam"
    # Summer time starts on Sunday 29 March 2026 at 02:00.
    week = week_period("2026-W13")

    assert week.first_day.isoformat() == "2026-03-23"
    assert week.start == datetime(2026, 3, 22, 23, 0, tzinfo=UTC)  # 00:00 CET
    assert week.end == datetime(2026, 3, 29, 22, 0, tzinfo=UTC)  # 00:00 CEST
    assert week.hours == 167


def test_the_week_of_the_change_back_from_summer_time_lasts_169_hours(settings):
    settings.TIME_ZONE = "Europe/Amsterdam"
    # Summer time ends on Sunday 25 October 2026 at 03:00.
    week = week_period("2026-W43")

    assert week.start == datetime(2026, 10, 18, 22, 0, tzinfo=UTC)  # 00:00 CEST
    assert week.end == datetime(2026, 10, 25, 23, 0, tzinfo=UTC)  # 00:00 CET
    assert week.hours == 169
    assert week.previous().end == week.start


def test_last_complete_week_is_counted_in_city_time(settings):
    settings.TIME_ZONE = "Europe/Amsterdam"
    # Sunday 22:30 UTC is already Monday 23 Nov in Amsterdam: W47 is complete.
    assert last_complete_week(datetime(2026, 11, 22, 23, 30, tzinfo=UTC)) == "2026-W47"
    assert last_complete_week(datetime(2026, 11, 22, 22, 30, tzinfo=UTC)) == "2026-W46"


@pytest.mark.parametrize("week", ["2026-47", "2026-W54", "W47", ""])
def test_a_malformed_week_is_refused(week):
    with pytest.raises(ValueError):
        week_period(week)


def test_a_custom_period_is_compared_with_as_many_days_just_before_it():
    period = Period(datetime(2026, 11, 1).date(), datetime(2026, 11, 10).date(), "1 to 10 Nov")

    previous = period.previous()

    assert (previous.first_day.isoformat(), previous.last_day.isoformat()) == (
        "2026-10-22",
        "2026-10-31",
    )

"""The Response section: how fast departments answer and resolve in business hours, how many
cases met their SLA (by department and by topic), the backlog day by day, and how well the router
sent cases on its own."""

from __future__ import annotations

import pandas as pd
from django.utils.translation import gettext as _

from analytics import charts, metrics, selectors
from analytics.overview.panel import DAY_HEADING, Panel, days_on_x
from analytics.periods import Period
from departments import sla


def response_panels(cases: pd.DataFrame, period: Period, department_id: int | None) -> list[Panel]:
    counted = cases[cases["frt_outcome"] != "exempt"] if not cases.empty else cases
    times = metrics.response_times_by(counted, key="department", hours="first_response_h")
    resolution = metrics.response_times_by(counted, key="department", hours="resolution_h")
    frt_sla = metrics.sla_compliance_by(counted, key="department", outcome="frt_outcome")
    res_sla = metrics.sla_compliance_by(counted, key="department", outcome="res_outcome")
    by_department = times.merge(
        resolution[["department", "median_h", "p90_h"]], on="department", suffixes=("", "_res")
    )
    by_department = by_department.merge(
        frt_sla[["department", "compliance_pct"]], on="department"
    ).merge(res_sla[["department", "compliance_pct"]], on="department", suffixes=("", "_res"))
    by_department.columns = [
        "department",
        "cases",
        "with first response",
        "median first response (business h)",
        "p90 first response (business h)",
        "median resolution (business h)",
        "p90 resolution (business h)",
        "first-response SLA met %",
        "resolution SLA met %",
    ]
    figure = charts.grouped_bars(
        by_department,
        category="department",
        series={
            "median first response (business h)": _("Median"),
            "p90 first response (business h)": _("90th percentile"),
        },
        title=_("First response time by department"),
        x_label=_("Department"),
        y_label=_("Business hours"),
    )
    by_topic = metrics.sla_compliance_by(counted, key="topic", outcome="frt_outcome")
    topic_times = metrics.response_times_by(counted, key="topic", hours="first_response_h")
    by_topic = topic_times.merge(by_topic, on="topic")
    by_topic = by_topic.rename(
        columns={
            "median_h": "median first response (business h)",
            "p90_h": "p90 first response (business h)",
            "measured": "with first response",
            "compliance_pct": "first-response SLA met %",
        }
    )
    topic_figure = charts.grouped_bars(
        by_topic.sort_values("cases", ascending=False).head(15),
        category="topic",
        series={"first-response SLA met %": _("First-response SLA met")},
        title=_("First-response SLA met by topic"),
        x_label=_("Topic"),
        y_label=_("Cases that met the target (%)"),
        horizontal=True,
    )
    topic_figure.update_xaxes(range=[0, 100])
    backlog = selectors.backlog_per_day(
        days=period.days,
        department_id=department_id,
        excluded_statuses=sorted(sla.EXEMPT_STATUSES),
    )
    backlog_figure = charts.line(
        backlog,
        x="day",
        y="open_cases",
        title=_("Open cases at the end of each day"),
        x_label=_("Day (city time)"),
        y_label=_("Open cases"),
    )
    routing = selectors.routing_in_period(
        start=period.start, end=period.end, department_id=department_id
    )
    total = routing["cases"]
    auto = routing["auto_routed"]
    routing_table = pd.DataFrame(
        [
            {"measure": "cases", "cases": total, "share %": 100.0 if total else None},
            {
                "measure": "routed automatically",
                "cases": auto,
                "share %": auto / total * 100 if total else None,
            },
            {
                "measure": "of those, corrected by an officer",
                "cases": routing["auto_routed_corrected"],
                "share %": routing["auto_routed_corrected"] / auto * 100 if auto else None,
            },
            # Measured against officers' corrections: with none in the period, nobody said the
            # router was right either (nobody may have looked), so it is not measured.
            {
                "measure": "router's real-world accuracy",
                "cases": auto - routing["auto_routed_corrected"],
                "share %": (auto - routing["auto_routed_corrected"]) / auto * 100
                if auto and routing["auto_routed_corrected"]
                else None,
            },
        ]
    )
    note = _(
        "Business hours: Monday to Friday in office hours, without public holidays, city time. "
        "An answer counts against its due time when the case has one, otherwise against the "
        "department's target; spam, not-for-us, merged and dismissed cases are not counted; "
        "cases still within their target are pending."
    )
    return [
        Panel(
            "response_by_department",
            _("Response performance by department"),
            note,
            by_department,
            figure,
            section=_("Response"),
        ),
        Panel(
            "sla_by_topic",
            _("First-response SLA by topic"),
            _("Each case under its first topic (alphabetical)."),
            by_topic,
            topic_figure,
            section=_("Response"),
        ),
        Panel(
            "backlog",
            _("Backlog"),
            _(
                "Cases not closed at the end of each day (spam, not for us, merged and dismissed "
                "cases left out)."
            ),
            backlog.rename(columns={"day": DAY_HEADING, "open_cases": "open cases"}),
            days_on_x(backlog_figure),
            section=_("Response"),
        ),
        Panel(
            "routing",
            _("Routing"),
            _(
                "How many of the period's cases the router sent to a department on its own, and "
                "how many of those an officer re-routed afterwards."
            ),
            routing_table,
            None,
            section=_("Response"),
        ),
    ]

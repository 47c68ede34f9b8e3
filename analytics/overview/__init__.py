"""One period's analytics, for the dashboard and the weekly report alike: four headline numbers
with their change against the previous period, and panels (a table, maybe a chart) for
listening volume, response performance, engagement and the account landscape.

- period_data: the period's cases (with business hours and SLA outcomes) and own posts
- headlines: the four numbers; panel: what a panel is, and the day-by-day tables and charts
- listening_panels, response_panels, engagement_panels, accounts_panel: one module a section
- build: the Overview and overview_build, which puts them together
"""

from analytics.overview.build import Overview, overview_build
from analytics.overview.headlines import Headline
from analytics.overview.panel import Panel
from analytics.overview.period_data import cases_with_business_hours, cases_with_outcomes

__all__ = [
    "Headline",
    "Overview",
    "Panel",
    "cases_with_business_hours",
    "cases_with_outcomes",
    "overview_build",
]

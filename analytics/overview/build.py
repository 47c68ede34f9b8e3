"""An overview: one period's headlines and panels, for one department or the whole city, built
in one reading session of the database."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

import pandas as pd
from django.utils.translation import gettext as _

from analytics import selectors
from analytics.overview.accounts_panel import account_landscape_panel
from analytics.overview.engagement_panels import engagement_panels
from analytics.overview.headlines import Headline, headlines
from analytics.overview.incident_panels import incidents_panel
from analytics.overview.listening_panels import topic_volume_panel, trending_panel, volume_panels
from analytics.overview.panel import Panel
from analytics.overview.period_data import period_data
from analytics.overview.response_panels import response_panels
from analytics.periods import Period
from departments.models import Department


@dataclass
class Overview:
    period: Period
    previous_period: Period
    department: Department | None
    built_at: datetime
    headlines: list[Headline]
    panels: list[Panel]
    notes: list[str] = field(default_factory=list)

    @property
    def scope(self) -> str:
        return self.department.name if self.department else _("Whole city")

    def panel(self, key: str) -> Panel:
        return next(panel for panel in self.panels if panel.key == key)

    def sections(self) -> list[tuple[str, list[Panel]]]:
        order: dict[str, list[Panel]] = {}
        for panel in self.panels:
            order.setdefault(panel.section, []).append(panel)
        return list(order.items())

    def headline_table(self) -> pd.DataFrame:
        return pd.DataFrame([headline.as_row() for headline in self.headlines])


def overview_build(
    *, period: Period, department: Department | None = None, now: datetime | None = None
) -> Overview:
    now = now or datetime.now(UTC)
    department_id = department.pk if department else None
    previous_period = period.previous()
    with selectors.reading_session():
        current = period_data(period, department_id, now=now)
        previous = period_data(previous_period, department_id, now=now)
        panels = [
            *volume_panels(period, department_id),
            topic_volume_panel(period, department_id),
            trending_panel(period, department_id),
            *response_panels(current.cases, period, department_id),
            *engagement_panels(current.posts, period, department_id),
            incidents_panel(period, department_id),
            account_landscape_panel(period, department_id, current.posts, current.cases),
        ]
    return Overview(
        period=period,
        previous_period=previous_period,
        department=department,
        built_at=now,
        headlines=headlines(current, previous),
        panels=panels,
    )

"""The four headline numbers of an overview, each with its change against the previous period."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext as _

from analytics import metrics
from analytics.overview.panel import NOT_MEASURED
from analytics.overview.period_data import PeriodData


@dataclass
class Headline:
    key: str
    label: str
    value: float | None
    previous: float | None
    unit: str  # "", "%", "h"
    note: str = ""
    # None: neither direction is good or bad in itself (how much citizens write).
    higher_is_better: bool | None = True

    @property
    def change(self) -> metrics.Change:
        return metrics.period_change(self.value, self.previous)

    def display(self, value: float | None = None) -> str:
        value = self.value if value is None else value
        if value is None:
            # No data is not zero: a median with no answers, a share of nothing.
            return str(NOT_MEASURED)
        if self.unit == "%":
            return f"{value:.1f}%"
        if self.unit == "h":
            return f"{value:.1f} h"
        return f"{value:,.0f}"

    @property
    def previous_display(self) -> str:
        return self.display(self.previous) if self.previous is not None else str(NOT_MEASURED)

    @property
    def change_display(self) -> str:
        """'+12%' for counts, '+1.5 pt' for percentages, '-0.7 h' for hours."""
        delta = self.change.delta
        if delta is None:
            return _("no comparison")
        if self.unit == "%":
            return f"{delta:+.1f} pt"
        if self.unit == "h":
            return f"{delta:+.1f} h"
        percent = self.change.percent
        return f"{delta:+,.0f}" + (f" ({percent:+.0f}%)" if percent is not None else "")

    @property
    def trend(self) -> str:
        """'better', 'worse', 'more', 'fewer' or 'same': said in words beside the arrow, never
        by colour alone."""
        delta = self.change.delta
        if not delta:
            return "same"
        if self.higher_is_better is None:
            return "more" if delta > 0 else "fewer"
        return "better" if (delta > 0) == self.higher_is_better else "worse"

    @property
    def arrow(self) -> str:
        delta = self.change.delta
        return "▲" if delta and delta > 0 else "▼" if delta else "●"

    def as_row(self) -> dict[str, Any]:
        return {
            "measure": self.label,
            "value": self.value,
            "previous_period": self.previous,
            "change": self.change.delta,
            "unit": self.unit,
            "note": self.note,
        }


def _rate_note(rate: metrics.EngagementRate) -> str:
    """metrics.EngagementRate.describe(), in the reader's language."""
    if rate.percent is None:
        return _("No posts.")
    per = _("impressions") if rate.denominator == metrics.IMPRESSIONS else _("followers")
    return _("%(engagements)s engagements / %(total)s %(per)s on %(posts)s posts.") % {
        "engagements": f"{rate.engagements:,}",
        "total": f"{rate.denominator_total:,}",
        "per": per,
        "posts": f"{rate.posts:,}",
    }


def headlines(current: PeriodData, previous: PeriodData) -> list[Headline]:
    def median_frt(data: PeriodData) -> float | None:
        return metrics.median_and_p90(data.cases["first_response_h"])[0]

    def compliance(data: PeriodData) -> float | None:
        return metrics.sla_compliance(data.cases["frt_outcome"]).percent

    rate_now = metrics.headline_engagement_rate(current.posts)
    rates_before = metrics.engagement_rates(previous.posts)
    rate_before = rates_before[rate_now.denominator]
    frt = metrics.sla_compliance(current.cases["frt_outcome"])
    return [
        Headline(
            "incoming",
            _("Incoming citizen posts"),
            float(len(current.cases)),
            float(len(previous.cases)),
            "",
            note=_("Mentions, replies, comments and messages to the city's accounts."),
            higher_is_better=None,
        ),
        Headline(
            "median_first_response",
            _("Median first response"),
            median_frt(current),
            median_frt(previous),
            "h",
            note=_("Business hours, over %(cases)s cases with a first response.")
            % {"cases": f"{int(current.cases['first_response_h'].notna().sum()):,}"},
            higher_is_better=False,
        ),
        Headline(
            "sla_compliance",
            _("First-response SLA met"),
            compliance(current),
            compliance(previous),
            "%",
            note=_(
                "%(met)s met, %(missed)s missed; not yet counted: %(pending)s open and still "
                "within target."
            )
            % {"met": f"{frt.met:,}", "missed": f"{frt.missed:,}", "pending": f"{frt.pending:,}"},
        ),
        Headline(
            "engagement_rate",
            _("Engagement rate (per impression)")
            if rate_now.denominator == metrics.IMPRESSIONS
            else _("Engagement rate (per follower)"),
            rate_now.percent,
            rate_before.percent,
            "%",
            note=_rate_note(rate_now),
        ),
    ]

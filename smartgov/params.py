"""Numbers, days and moments read from what a browser sends (query parameters, form fields),
strictly: a value that is not one of them, or lies off the calendar the app works in, reads as
None or fails validation, never as an exception in a view.

Python is generous where a page must not be: str.isdigit() says yes to "²", which int() then
refuses; int() reads "٣" as 3 and refuses a 5,000-digit string; a day after 9999-12-30 has no next
day; and parse_datetime raises on a well-formed impossible moment such as 2026-02-30."""

from __future__ import annotations

from datetime import date, datetime

from django import forms
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

# The largest id PostgreSQL's bigint holds.
BIGINT_MAX = 2**63 - 1
# The days a filter, a period or a cursor may name. The city had no social-media accounts
# before 2000; the far end keeps date arithmetic (the next day, the week after, the UTC bounds of
# a local day) on the calendar, with room to spare.
EARLIEST_DAY = date(2000, 1, 1)
LATEST_DAY = date(2999, 12, 31)


def whole_number(value: str | None) -> int | None:
    """A positive or zero whole number written in ASCII digits that fits a bigint, or None."""
    if not value or not value.isascii() or not value.isdigit() or len(value) > 19:
        return None
    number = int(value)
    return number if number <= BIGINT_MAX else None


def day_in_range(day: date) -> bool:
    return EARLIEST_DAY <= day <= LATEST_DAY


def moment(value: str | None) -> datetime | None:
    """An ISO 8601 moment on the app's calendar, time-zone aware (a naive one is taken as the
    city's time), or None."""
    try:
        parsed = parse_datetime(value) if value else None
    except ValueError:  # well formed but impossible: 2026-13-45, an offset of 99 hours
        return None
    if parsed is None or not day_in_range(parsed.date()):
        return None
    return timezone.make_aware(parsed) if timezone.is_naive(parsed) else parsed


class DayField(forms.DateField):
    """A day on the app's calendar; a day outside it is a clear form error."""

    def validate(self, value) -> None:
        super().validate(value)
        if value is not None and not day_in_range(value):
            raise forms.ValidationError(
                _("Enter a day between %(first)s and %(last)s."),
                code="out_of_range",
                params={
                    "first": date_format(EARLIEST_DAY, "SHORT_DATE_FORMAT"),
                    "last": date_format(LATEST_DAY, "SHORT_DATE_FORMAT"),
                },
            )

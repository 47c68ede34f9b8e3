"""Values a browser might send that a page must survive, as hypothesis strategies: the odd ones
that were 500s once, text of every kind, and days, weeks, moments and cursors that look right
but are not. For tests/smartgov/test_bad_input.py."""

from __future__ import annotations

from datetime import datetime
from urllib.parse import quote

from hypothesis import strategies as st

# Values that were 500s once, or that Python reads more generously than a page should.
ODD_VALUES = [
    *("", " ", "²", "٣", "\uff11", "0", "-1", "1.5", "1e9", "99999999999999999999", "9" * 5000),
    *("\x00", "a\x00b", "\ud800", "\U0001f600", "%", "&", "'\"<script>", "x" * 3000),
    *("9999-12-31", "0001-01-01", "2026-02-30", "2026-13-45", "10000-01-01", "20261207"),
    *("9999-W52", "0001-W01", "2026-W53", "2026-W00", "\u0662\u0660\u0662\u0666-W\u0660\u0661"),
    *("2026-13-45T10:00:00|5", "9999-12-31T23:59:59+14:00|1", "2026-01-01T10:00+99:00|1"),
    *("0001-01-01T00:00:00-14:00|1", "|1", "|", "|²", "||", "|99999999999999999999"),
    *("triage", "none", "me", "newest", "urgent", "last_week", "7d", "overdue", "traffic"),
]
# Text of every kind, surrogates included (sent as the bytes a broken client would send).
ANY_TEXT = st.text(st.characters(exclude_categories=()), max_size=30)
NUMBERS = st.integers(min_value=-(2**70), max_value=2**70).map(str)
# Days, weeks and moments that look right, the impossible ones included (month 13, day 45).
DAYS = st.builds(
    "{:04d}-{:02d}-{:02d}".format,
    st.integers(0, 9999),
    st.integers(0, 13),
    st.integers(0, 45),
)
WEEKS = st.builds("{:04d}-W{:02d}".format, st.integers(0, 9999), st.integers(0, 54))
MOMENTS = st.builds(
    "{}T{:02d}:{:02d}:00{}".format,
    DAYS,
    st.integers(0, 25),
    st.integers(0, 61),
    st.sampled_from(["", "Z", "+01:00", "-14:00", "+99:00"]),
)
CURSORS = st.builds(
    "{}|{}".format,
    st.one_of(st.just(""), MOMENTS, st.datetimes().map(datetime.isoformat)),
    st.one_of(st.integers(min_value=-1, max_value=2**70).map(str), st.sampled_from(ODD_VALUES)),
)
VALUES = st.one_of(st.sampled_from(ODD_VALUES), ANY_TEXT, NUMBERS, DAYS, WEEKS, MOMENTS, CURSORS)


def query_string(pairs: list[tuple[str, str]]) -> str:
    """The pairs as a query string, a lone surrogate sent as the bytes a broken client sends."""
    return "&".join(
        f"{quote(name)}={quote(value.encode('utf-8', 'surrogatepass'), safe='')}"
        for name, value in pairs
    )


# The values a parameter expects, off by a little or a lot, beside any value at all.
FITTING = {
    **dict.fromkeys(["before", "after"], CURSORS),
    **dict.fromkeys(["created_after", "created_before", "opened_after", "opened_before"], DAYS),
    **dict.fromkeys(["from", "to"], DAYS),
    "week": WEEKS,
    **dict.fromkeys(["account", "assignee", "newer", "case", "template"], NUMBERS),
}


def _parameter(name: str):
    return st.tuples(st.just(name), st.one_of(FITTING.get(name, VALUES), VALUES))


def parameters(names: set[str]):
    """Any of the names, each any number of times, with any values."""
    return st.lists(st.sampled_from(sorted(names)).flatmap(_parameter), max_size=12)

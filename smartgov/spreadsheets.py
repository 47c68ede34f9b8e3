"""Cells written for spreadsheets: every CSV download (analytics' tables, the access log) goes
through spreadsheet_safe."""

from __future__ import annotations

# A cell that starts with one of these is a formula to Excel and LibreOffice: a resident's text,
# a handle or a topic name could run one on a manager's machine (CSV injection). Such a cell
# gets a leading apostrophe, which spreadsheets show as text and do not evaluate.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value):
    """The value, or for text a spreadsheet would run as a formula, that text kept as text."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value

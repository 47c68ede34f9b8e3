"""Tables as CSV files for spreadsheets."""

from __future__ import annotations

import pandas as pd

# A cell that starts with one of these is a formula to Excel and LibreOffice: a resident's text,
# a handle or a topic name could run one on a manager's machine (CSV injection). Such a cell
# gets a leading apostrophe, which spreadsheets show as text and do not evaluate.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _as_text(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def table_csv(table: pd.DataFrame) -> str:
    """The table as CSV, numbers with two decimals, text cells never read as formulas."""
    text_columns = [
        column
        for column, dtype in table.dtypes.items()
        if pd.api.types.is_object_dtype(dtype) or pd.api.types.is_string_dtype(dtype)
    ]
    safe = table.copy()
    for column in text_columns:
        safe[column] = safe[column].map(_as_text)
    return safe.to_csv(index=False, float_format="%.2f")

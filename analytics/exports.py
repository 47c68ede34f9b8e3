"""Tables as CSV files for spreadsheets."""

from __future__ import annotations

import pandas as pd

from smartgov.spreadsheets import spreadsheet_safe


def table_csv(table: pd.DataFrame) -> str:
    """The table as CSV, numbers with two decimals, text cells never read as formulas."""
    text_columns = [
        column
        for column, dtype in table.dtypes.items()
        if pd.api.types.is_object_dtype(dtype) or pd.api.types.is_string_dtype(dtype)
    ]
    safe = table.copy()
    for column in text_columns:
        safe[column] = safe[column].map(spreadsheet_safe)
    return safe.to_csv(index=False, float_format="%.2f")

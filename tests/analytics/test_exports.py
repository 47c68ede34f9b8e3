"""Tables downloaded as CSV open in a spreadsheet as data, never as formulas."""

import csv
import io

import pandas as pd

from analytics.exports import table_csv


def test_text_that_a_spreadsheet_would_run_as_a_formula_is_kept_as_text():
    table = pd.DataFrame(
        {
            "topic": ['=HYPERLINK("http://evil.example","click")', "+31 6 1234", "Potholes"],
            "handle": ["@zeestad", "-1+2", "\tcmd"],
            "posts": [3, -2, 5],
            "share": [0.5, -0.25, 1.0],
        }
    )

    rows = list(csv.reader(io.StringIO(table_csv(table))))

    assert rows[1:] == [
        ['\'=HYPERLINK("http://evil.example","click")', "'@zeestad", "3", "0.50"],
        ["'+31 6 1234", "'-1+2", "-2", "-0.25"],
        ["Potholes", "'\tcmd", "5", "1.00"],
    ]

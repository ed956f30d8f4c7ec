"""pandas views of the statistics, for the Statistics tab, CSV export and printouts.

Importing this module imports pandas (≈0.4 s): import it only where a frame is needed,
never on the start-up path.
"""

from __future__ import annotations

import pandas as pd

from kzdesk.core.model import Dataset

STATISTICS_COLUMNS = (
    "id",
    "indicator",
    "value",
    "unit",
    "year",
    "qualifier",
    "period",
    "section",
    "section_title",
    "table",
    "row",
    "source",
    "derived",
    "series",
    "value_text",
    "derivation",
    "note",
)


def statistics_frame(dataset: Dataset) -> pd.DataFrame:
    """Every statistic, one row each, in report order."""
    titles = {s.id: s.title for s in dataset.sections}
    rows = [
        {
            "id": s.id,
            "indicator": s.indicator,
            "value": float(s.value),
            "unit": s.unit,
            "year": s.year,
            "qualifier": s.qualifier,
            "period": s.period,
            "section": s.section,
            "section_title": titles[s.section],
            "table": s.table,
            "row": s.row,
            "source": s.paragraph,
            "derived": s.derived,
            "series": s.series,
            "value_text": s.value_text,
            "derivation": s.derivation,
            "note": s.note,
        }
        for s in dataset.statistics
    ]
    frame = pd.DataFrame(rows, columns=list(STATISTICS_COLUMNS))
    frame["year"] = frame["year"].astype("Int64")
    frame["table"] = frame["table"].astype("Int64")
    return frame


def table_frame(dataset: Dataset, number: int) -> pd.DataFrame:
    """A report table exactly as printed (text cells, Dynamics included)."""
    table = next(t for t in dataset.tables if t.number == number)
    return pd.DataFrame([[row.label, *row.cells] for row in table.rows], columns=list(table.header))

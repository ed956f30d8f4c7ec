"""The list of charts the Statistics tab offers: the report tables first, then every multi-year indicator."""

from __future__ import annotations

from typing import Any

from kzdesk.core.charts import ChartData
from kzdesk.gui.models.records import Column, RecordTableModel
from kzdesk.gui.models.statistics import paragraph_order, section_label


def _describe(chart: ChartData) -> str:
    points = len(chart.categories)
    what = "rows" if chart.id.startswith("chart-table-") else "values"
    derived = "; includes derived values" if chart.has_derived else ""
    return f"{chart.title}\n{points} {what}, {chart.unit}; {section_label(chart.section)}{derived}"


class ChartListModel(RecordTableModel[ChartData]):
    kind = "chart"
    columns = (
        Column("Chart", lambda c: c.title, sort=lambda c: paragraph_order(c.sources[0]) if c.sources else 0,
               tooltip=_describe),
    )

    def __init__(self, charts: list[ChartData], parent: Any = None) -> None:
        super().__init__(charts, parent)

    def source_of(self, record: ChartData) -> str:
        return record.sources[0] if record.sources else ""

    def text_of(self, record: ChartData) -> str:
        return " ".join((record.title, record.unit, *record.categories))

"""pyqtgraph charts of :mod:`kzdesk.core.charts` data: one class per chart type.

Importing this package imports pyqtgraph (≈0.6 s): only the Statistics tab does, when
its Charts view is first shown.
"""

from __future__ import annotations

from typing import Any

from kzdesk.core.charts import ChartData
from kzdesk.gui.charts.bars import GroupedBarChart
from kzdesk.gui.charts.base import ChartView
from kzdesk.gui.charts.line import LineChart, is_time_series

__all__ = ["ChartView", "GroupedBarChart", "LineChart", "chart_view_for"]


def chart_view_for(chart: ChartData, parent: Any = None) -> ChartView:
    """The chart type core chose (:attr:`ChartData.kind`): the printout draws the same."""
    if chart.kind == "line" and is_time_series(chart):
        return LineChart(chart, parent)
    return GroupedBarChart(chart, parent)

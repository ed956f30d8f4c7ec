"""Grouped bars: one group per category (a table row, a year, a period), one bar per series."""

from __future__ import annotations

import textwrap
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPalette

from kzdesk.core.charts import SERIES_COLOURS, ChartData
from kzdesk.core.labels import DERIVED_MARK, format_number
from kzdesk.gui.charts.base import DERIVED_LEGEND, ChartView, lighter

GROUP_WIDTH = 0.8  # of the space between two categories


class GroupedBarChart(ChartView):
    def __init__(self, chart: ChartData, parent: Any = None) -> None:
        self.bar_items: list[pg.BarGraphItem] = []  # one per series, in chart.series order
        self.hatch_item: pg.BarGraphItem | None = None
        super().__init__(chart, parent)

    @property
    def bar_width(self) -> float:
        return GROUP_WIDTH / max(len(self.chart.series), 1)

    def bar_x(self, series_index: int) -> np.ndarray:
        count = len(self.chart.series)
        offset = (series_index - (count - 1) / 2) * self.bar_width
        return np.arange(len(self.chart.categories), dtype=float) + offset

    def plot_data(self) -> None:
        item = self.getPlotItem()
        single = len(self.chart.series) == 1
        hatch_x: list[float] = []
        hatch_heights: list[float] = []
        for index, series in enumerate(self.chart.series):
            colour = SERIES_COLOURS[index % len(SERIES_COLOURS)]
            brushes = [pg.mkBrush(lighter(colour) if derived else QColor(colour)) for derived in series.derived]
            x = self.bar_x(index)
            bars = pg.BarGraphItem(
                x=x,
                height=np.array(series.values, dtype=float),
                width=self.bar_width * 0.92,
                brush=pg.mkBrush(colour),
                brushes=brushes,
                pen=pg.mkPen(None),
                name="Stated value" if single else series.label,
            )
            item.addItem(bars)
            self.bar_items.append(bars)
            for position, value, derived in zip(x, series.values, series.derived, strict=True):
                if derived:
                    hatch_x.append(float(position))
                    hatch_heights.append(value)
                label = pg.TextItem(
                    format_number(value) + (f" {DERIVED_MARK}" if derived else ""),
                    anchor=(0.5, 1.0 if value >= 0 else 0.0),
                )
                label.setPos(float(position), value)
                item.addItem(label)
                self.value_labels.append(label)
        if hatch_x:
            hatch = pg.BarGraphItem(
                x=np.array(hatch_x),
                height=np.array(hatch_heights),
                width=self.bar_width * 0.92,
                brush=QBrush(QColor("#333333"), Qt.BrushStyle.BDiagPattern),
                pen=pg.mkPen("#666666"),
                name=DERIVED_LEGEND,
            )
            item.addItem(hatch)
            self.hatch_item = hatch
        item.setXRange(-0.6, len(self.chart.categories) - 0.4, padding=0)
        self._update_ticks()

    def _update_ticks(self) -> None:
        labels = self._wrapped_categories()
        axis = self.getPlotItem().getAxis("bottom")
        axis.setTicks([list(enumerate(labels))])
        # pyqtgraph sizes the axis for one line of tick text; wrapped labels need room for every line.
        lines = max((label.count("\n") + 1 for label in labels), default=1)
        spacing = QFontMetricsF(self.font()).lineSpacing()
        axis.setHeight(int(lines * spacing + 1.6 * spacing + 14))

    def _wrapped_categories(self) -> list[str]:
        """Category labels broken into lines that fit the width one category gets."""
        metrics = QFontMetricsF(self.font())
        pixels_per_category = max(self.width() - 120, 200) / max(len(self.chart.categories), 1)
        chars = max(int(pixels_per_category / max(metrics.averageCharWidth(), 1.0)) - 2, 8)
        return ["\n".join(textwrap.wrap(c, chars, break_long_words=False)) or c for c in self.chart.categories]

    def restyle(self) -> None:
        self._update_ticks()
        if self.hatch_item is not None:
            ink = self.palette().color(QPalette.ColorRole.Text)
            self.hatch_item.setOpts(brush=QBrush(ink, Qt.BrushStyle.BDiagPattern))

    def value_at(self, x: float, y: float) -> str | None:
        half = self.bar_width / 2
        for index, series in enumerate(self.chart.series):
            for position, category, value, derived in zip(
                self.bar_x(index), self.chart.categories, series.values, series.derived, strict=True
            ):
                low, high = sorted((0.0, value))
                if abs(x - position) <= half and low <= y <= high:
                    return self.tooltip_text(category, series.label, value, derived)
        return None

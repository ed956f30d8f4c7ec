"""A line over real years: points spaced by time, derived values as hollow points."""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QPalette

from kzdesk.core.charts import SERIES_COLOURS, ChartData
from kzdesk.core.labels import DERIVED_MARK, format_number
from kzdesk.gui.charts.base import DERIVED_LEGEND, ChartView


def is_time_series(chart: ChartData) -> bool:
    return all(c.isdigit() and len(c) == 4 for c in chart.categories)


class LineChart(ChartView):
    def __init__(self, chart: ChartData, parent: Any = None) -> None:
        self.line_items: list[pg.PlotDataItem] = []  # one per series
        self.derived_item: pg.ScatterPlotItem | None = None
        super().__init__(chart, parent)

    @property
    def years(self) -> np.ndarray:
        return np.array([int(c) for c in self.chart.categories], dtype=float)

    def plot_data(self) -> None:
        item = self.getPlotItem()
        x = self.years
        background = self.palette().color(QPalette.ColorRole.Base)
        any_derived = False
        for index, series in enumerate(self.chart.series):
            colour = SERIES_COLOURS[index % len(SERIES_COLOURS)]
            brushes = [pg.mkBrush(background if derived else colour) for derived in series.derived]
            any_derived = any_derived or any(series.derived)
            line = pg.PlotDataItem(
                x,
                np.array(series.values, dtype=float),
                pen=pg.mkPen(colour, width=2),
                symbol="o",
                symbolSize=11,
                symbolPen=pg.mkPen(colour, width=2),
                symbolBrush=brushes,
                name="Stated value" if len(self.chart.series) == 1 else series.label,
            )
            item.addItem(line)
            self.line_items.append(line)
            for year, value, derived in zip(x, series.values, series.derived, strict=True):
                label = pg.TextItem(format_number(value) + (f" {DERIVED_MARK}" if derived else ""), anchor=(0.5, 1.3))
                label.setPos(float(year), value)
                item.addItem(label)
                self.value_labels.append(label)
        if any_derived:
            # A legend entry only: shows what a hollow point means.
            sample = pg.ScatterPlotItem(
                symbol="o",
                size=11,
                pen=pg.mkPen(SERIES_COLOURS[0], width=2),
                brush=pg.mkBrush(background),
                name=DERIVED_LEGEND,
            )
            self.legend.addItem(sample, DERIVED_LEGEND)
            self.derived_item = sample
        item.setXRange(x.min() - 0.8, x.max() + 0.8, padding=0)
        item.getAxis("bottom").setTicks([[(float(year), str(int(year))) for year in x]])
        item.showGrid(y=True, alpha=0.2)

    def value_at(self, x: float, y: float) -> str | None:
        view = self.getPlotItem().getViewBox()
        (x_per_pixel, y_per_pixel) = view.viewPixelSize()
        for series in self.chart.series:
            for category, value, derived in zip(self.chart.categories, series.values, series.derived, strict=True):
                # Within ~8 pixels of a point counts as "on" it.
                if abs(x - int(category)) <= 8 * x_per_pixel and abs(y - value) <= 8 * y_per_pixel:
                    return self.tooltip_text(category, series.label, value, derived)
        return None

"""What every chart shares: the palette, axis labels with units, a legend and value tooltips."""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF
from PySide6.QtGui import QColor, QCursor, QFont, QFontMetricsF, QPalette, QResizeEvent
from PySide6.QtWidgets import QToolTip

from kzdesk.core.charts import ChartData
from kzdesk.core.labels import DERIVED_MARK, format_number, format_quantity

# The one explanation of the derived marker, on screen (legend) and on paper (chart_painter).
DERIVED_LEGEND = f"{DERIVED_MARK} derived: computed from stated figures, not stated in the report"


def lighter(colour: str) -> QColor:
    """The paler tint used for derived values (which are also hatched or hollow)."""
    base = QColor(colour)
    return QColor.fromRgbF(
        base.redF() + (1 - base.redF()) * 0.6,
        base.greenF() + (1 - base.greenF()) * 0.6,
        base.blueF() + (1 - base.blueF()) * 0.6,
    )


class ChartView(pg.PlotWidget):
    """A read-only plot of one :class:`ChartData`; subclasses draw the data in :meth:`plot_data`."""

    def __init__(self, chart: ChartData, parent: Any = None) -> None:
        self._ready = False  # PlotWidget's constructor already sends change and resize events
        super().__init__(parent)
        self.chart = chart
        self.value_labels: list[pg.TextItem] = []
        values = [v for series in chart.series for v in series.values] or [0.0]
        self.data_low, self.data_high = min(0.0, min(values)), max(0.0, max(values))
        self.setAccessibleName(f"Chart: {chart.title}")
        self.setAccessibleDescription(self.describe())
        item = self.getPlotItem()
        # A reference chart, not an explorer: no panning, zooming or context menu to get lost in.
        item.setMouseEnabled(x=False, y=False)
        item.setMenuEnabled(False)
        item.hideButtons()
        self.legend = item.addLegend(offset=(-10, 10))
        self.plot_data()
        self.apply_style()
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self._ready = True
        self.fit_y_range()

    # ---- for subclasses -----------------------------------------------------------------
    def plot_data(self) -> None:
        raise NotImplementedError

    def value_at(self, x: float, y: float) -> str | None:
        """The tooltip text for a point in data coordinates, or None if no value is there."""
        raise NotImplementedError

    def restyle(self) -> None:
        """Re-apply fonts and colours that depend on the widget (font size follows the app's zoom)."""

    # ---- shared -------------------------------------------------------------------------
    def describe(self) -> str:
        """The chart's data as one sentence, for screen readers."""
        parts = []
        for series in self.chart.series:
            pairs = ", ".join(
                f"{category} {format_number(value)}{' (derived)' if derived else ''}"
                for category, value, derived in zip(self.chart.categories, series.values, series.derived, strict=True)
            )
            parts.append(f"{series.label}: {pairs}")
        return f"{self.chart.title} ({self.chart.unit}). " + "; ".join(parts)

    def tooltip_text(self, category: str, series_label: str, value: float, derived: bool) -> str:
        name = f"{series_label} — " if len(self.chart.series) > 1 else ""
        mark = f" {DERIVED_MARK} derived (computed from stated figures)" if derived else ""
        return f"{category}\n{name}{format_quantity(value, self.chart.unit)}{mark}"

    def apply_style(self) -> None:
        palette = self.palette()
        background = palette.color(QPalette.ColorRole.Base)
        foreground = palette.color(QPalette.ColorRole.Text)
        self.setBackground(background)
        font = QFont(self.font())
        item = self.getPlotItem()
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setPen(pg.mkPen(foreground))
            axis.setTextPen(pg.mkPen(foreground))
            axis.setTickFont(font)
            axis.label.setFont(font)
        item.setLabel("left", self.chart.value_label, color=foreground.name())
        item.setLabel("bottom", self.chart.category_label, color=foreground.name())
        size = f"{max(font.pointSizeF(), 6):.1f}pt"
        self.legend.setLabelTextColor(foreground)
        self.legend.setLabelTextSize(size)
        for _sample, label in self.legend.items:  # existing labels keep their old style until re-set
            label.setText(label.text, color=foreground.name(), size=size)
        self.legend.setBrush(pg.mkBrush(QColor(background.red(), background.green(), background.blue(), 220)))
        self.legend.setPen(pg.mkPen(palette.color(QPalette.ColorRole.Mid)))
        for label in self.value_labels:
            label.setColor(foreground)
            label.setFont(font)
        self.restyle()

    def fit_y_range(self) -> None:
        """Leave room above the data for the value labels and the legend, whatever the size and font."""
        if self.chart.lower_is_better:
            # A rank: 1 (the best) at the top, the worst possible rank at the bottom.
            low = 1.0
            high = float(self.chart.out_of or self.data_high * 1.2)
            item = self.getPlotItem()
            item.invertY(True)
            item.setYRange(low - (high - low) * 0.25, high + (high - low) * 0.04, padding=0)
            # Ranks from 1 to "of N": no 0th place, and the last tick is N itself.
            step = 50.0 if high > 100 else 10.0
            ticks = [low, *[v * step for v in range(1, int(high // step) + 1) if v * step < high], high]
            item.getAxis("left").setTicks([[(t, f"{t:.0f}") for t in ticks]])
            return
        view_height = max(self.getPlotItem().getViewBox().height(), 120.0)
        line = QFontMetricsF(self.font()).lineSpacing()
        reserved = self.legend.boundingRect().height() + 20 + 1.5 * line
        share = min(reserved / view_height, 0.6)
        low, high = self.data_low, self.data_high
        span = (high - low) or 1.0
        top = (high - low * share) / (1 - share) if high > low else high + span
        bottom = low - span * 0.08 if low < 0 else 0.0
        self.getPlotItem().setYRange(bottom, max(top, high + span * 0.05), padding=0)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if self._ready and event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self.apply_style()
            self.fit_y_range()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._ready:
            self.restyle()
            self.fit_y_range()

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        view = self.getPlotItem().getViewBox()
        if not view.sceneBoundingRect().contains(scene_pos):
            QToolTip.hideText()
            return
        point = view.mapSceneToView(scene_pos)
        text = self.value_at(point.x(), point.y())
        if text:
            QToolTip.showText(QCursor.pos(), text, self)
        else:
            QToolTip.hideText()

"""Bar charts for printouts, drawn as vector graphics with QPainter from core ChartData.

Not pyqtgraph: it is slow to import and the page only needs bars, axes and text.
Every bar is labelled with its value; a derived value (computed from stated figures,
never stated itself) is hatched and starred; the unit, the legend and the source
paragraphs are printed with the chart.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen

from kzdesk.core.charts import ChartData
from kzdesk.gui.printing.layout import (
    ALIGN_HCENTER,
    ALIGN_LEFT,
    ALIGN_RIGHT,
    ALIGN_TOP,
    ALIGN_VCENTER,
    WORD_WRAP,
    paint_font,
)

PALETTE = ("#1f4e79", "#d9822b", "#4f8a3c", "#8e44ad", "#b03a2e", "#5d6d7e")
INK = QColor("#1d2731")
MUTED = QColor("#5d6b78")
GRID = QColor("#d5dbe1")
PLOT_HEIGHT = 150.0  # points
AXIS_WIDTH = 40.0
GAP = 5.0
DERIVED_NOTE = "* Derived value, hatched: computed from figures the report states; the report does not state it."


def format_value(value: float, unit: str) -> str:
    if float(value).is_integer():
        text = f"{value:,.0f}"
    else:
        text = f"{value:,.2f}".rstrip("0").rstrip(".")
    text = text.replace("-", "−")
    return f"{text}%" if unit == "%" else text


def _nice_step(span: float, ticks: int = 5) -> float:
    raw = span / ticks if span > 0 else 1.0
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude


def _text_height(font: QFont, text: str, width: float) -> float:
    if not text:
        return 0.0
    metrics = QFontMetricsF(font)
    return metrics.boundingRect(QRectF(0, 0, width, 10_000), WORD_WRAP, text).height()


@dataclass(frozen=True)
class _Geometry:
    title: QRectF
    legend: QRectF
    plot: QRectF
    labels: QRectF
    axis_title: QRectF
    notes: QRectF
    height: float


def _geometry(chart: ChartData, width: float, source: str) -> _Geometry:
    title_h = _text_height(paint_font(9, bold=True), chart.title, width)
    legend_h = 12.0 if len(chart.series) > 1 else 0.0
    unit_h = 17.0  # the unit, above the value axis and clear of its top label
    slot = (width - AXIS_WIDTH) / max(len(chart.categories), 1)
    label_font = paint_font(7)
    labels_h = max((_text_height(label_font, c, slot - 4) for c in chart.categories), default=0.0) + 3
    axis_title_h = (
        _text_height(paint_font(7, italic=True), chart.category_label, width) + 2 if chart.category_label else 0.0
    )
    notes = (DERIVED_NOTE + "\n" if chart.has_derived else "") + source
    notes_h = _text_height(paint_font(7), notes, width) + 2
    y = 0.0
    title = QRectF(0, y, width, title_h)
    y += title_h + 3
    legend = QRectF(0, y, width, legend_h)
    y += legend_h + unit_h
    plot = QRectF(AXIS_WIDTH, y, width - AXIS_WIDTH, PLOT_HEIGHT)
    y += PLOT_HEIGHT + 2
    labels = QRectF(AXIS_WIDTH, y, width - AXIS_WIDTH, labels_h)
    y += labels_h
    axis_title = QRectF(AXIS_WIDTH, y, width - AXIS_WIDTH, axis_title_h)
    y += axis_title_h + 2
    notes_rect = QRectF(0, y, width, notes_h)
    y += notes_h + GAP
    return _Geometry(title, legend, plot, labels, axis_title, notes_rect, y)


def chart_height(chart: ChartData, width: float, source: str) -> float:
    return _geometry(chart, width, source).height


def _hatch(painter: QPainter, rect: QRectF, color: QColor) -> None:
    painter.save()
    painter.setClipRect(rect)
    painter.setPen(QPen(color, 0.6))
    step = 3.0
    x = rect.left() - rect.height()
    while x < rect.right():
        painter.drawLine(QLineF(x, rect.bottom(), x + rect.height(), rect.top()))
        x += step
    painter.restore()


@dataclass(frozen=True)
class Bar:
    """One bar as drawn: where, and what it shows."""

    rect: QRectF  # in chart coordinates (points from the chart's top-left corner)
    value: float
    derived: bool
    series: int
    category: int


@dataclass(frozen=True)
class Plot:
    geometry: _Geometry
    low: float  # the value axis runs from low to high in steps of step
    high: float
    step: float
    zero: float  # y of the zero line
    bars: tuple[Bar, ...]
    bar_width: float


def plot(chart: ChartData, width: float, source: str) -> Plot:
    """Where everything of ``chart`` goes, without drawing it (what tests check)."""
    geo = _geometry(chart, width, source)
    values = [v for s in chart.series for v in s.values]
    low, high = min(0.0, *values) if values else 0.0, max(0.0, *values) if values else 1.0
    step = _nice_step(high - low)
    low = math.floor(low / step) * step
    high = math.ceil(high / step) * step
    if high == low:
        high = low + step
    area = geo.plot

    def y_of(value: float) -> float:
        return area.bottom() - (value - low) / (high - low) * area.height()

    zero = y_of(0.0)
    slot = area.width() / max(len(chart.categories), 1)
    count = max(len(chart.series), 1)
    bar_width = min(slot * 0.8 / count, 42.0)
    bars = []
    for c in range(len(chart.categories)):
        group_left = area.left() + c * slot + (slot - bar_width * count) / 2
        for s, series in enumerate(chart.series):
            value = series.values[c]
            top, base = sorted((y_of(value), zero))
            rect = QRectF(group_left + s * bar_width + 0.5, top, bar_width - 1, max(base - top, 0.3))
            bars.append(Bar(rect, value, series.derived[c], s, c))
    return Plot(geo, low, high, step, zero, tuple(bars), bar_width)


def paint_chart(painter: QPainter, origin: QPointF, width: float, chart: ChartData, source: str) -> None:
    """Draw ``chart`` with its top-left corner at ``origin``; ``source`` names where the values come from."""
    layout = plot(chart, width, source)
    geo, area = layout.geometry, layout.geometry.plot
    painter.save()
    painter.translate(origin)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)

    painter.setPen(INK)
    painter.setFont(paint_font(9, bold=True))
    painter.drawText(geo.title, WORD_WRAP | ALIGN_LEFT, chart.title)

    colours = [QColor(PALETTE[i % len(PALETTE)]) for i in range(len(chart.series))]
    if len(chart.series) > 1:
        painter.setFont(paint_font(7))
        metrics = QFontMetricsF(painter.font())
        x = geo.legend.left()
        for series, colour in zip(chart.series, colours, strict=True):
            painter.fillRect(QRectF(x, geo.legend.top() + 2, 8, 8), colour)
            painter.setPen(INK)
            painter.drawText(QPointF(x + 11, geo.legend.top() + 9), series.label)
            x += 11 + metrics.horizontalAdvance(series.label) + 12

    # The unit, above the value axis.
    painter.setFont(paint_font(7, italic=True))
    painter.setPen(MUTED)
    painter.drawText(QRectF(0, area.top() - 18, width, 10), ALIGN_LEFT, chart.unit)

    painter.setFont(paint_font(7))
    span = layout.high - layout.low
    tick = layout.low
    while tick <= layout.high + layout.step / 2:
        y = area.bottom() - (tick - layout.low) / span * area.height()
        painter.setPen(QPen(GRID, 0.5))
        painter.drawLine(QLineF(area.left(), y, area.right(), y))
        painter.setPen(MUTED)
        painter.drawText(QRectF(0, y - 5, AXIS_WIDTH - 4, 10), ALIGN_RIGHT | ALIGN_VCENTER, format_value(tick, ""))
        tick += layout.step
    painter.setPen(QPen(INK, 0.8))
    painter.drawLine(QLineF(area.left(), layout.zero, area.right(), layout.zero))
    painter.drawLine(QLineF(area.left(), area.top(), area.left(), area.bottom()))

    value_font = paint_font(7)
    value_metrics = QFontMetricsF(value_font)
    for bar in layout.bars:
        rect, colour = bar.rect, colours[bar.series]
        if bar.derived:
            painter.fillRect(rect, colour.lighter(175))
            _hatch(painter, rect, colour)
            outline = QPen(colour, 0.6)
            outline.setDashPattern([4.0, 2.0])
            painter.setPen(outline)
            painter.setBrush(QBrush())
            painter.drawRect(rect)
        else:
            painter.fillRect(rect, colour)
        text = format_value(bar.value, chart.unit) + ("*" if bar.derived else "")
        painter.setFont(value_font)
        painter.setPen(INK)
        text_width = value_metrics.horizontalAdvance(text)
        above = bar.value >= 0
        centre = rect.center().x()
        if text_width <= layout.bar_width + 6:
            painter.drawText(QPointF(centre - text_width / 2, rect.top() - 2 if above else rect.bottom() + 8), text)
        else:
            # Too narrow for the label: write it upright along the bar.
            painter.save()
            painter.translate(QPointF(centre + 2.5, rect.top() - 2 if above else rect.bottom() + 2 + text_width))
            painter.rotate(-90)
            painter.drawText(QPointF(0, 0), text)
            painter.restore()

    slot = area.width() / max(len(chart.categories), 1)
    painter.setFont(paint_font(7))
    painter.setPen(INK)
    for c, category in enumerate(chart.categories):
        label_rect = QRectF(area.left() + c * slot + 2, geo.labels.top(), slot - 4, geo.labels.height())
        painter.drawText(label_rect, WORD_WRAP | ALIGN_HCENTER | ALIGN_TOP, category)

    if chart.category_label:
        painter.setFont(paint_font(7, italic=True))
        painter.setPen(MUTED)
        painter.drawText(geo.axis_title, WORD_WRAP | ALIGN_HCENTER, chart.category_label)

    painter.setFont(paint_font(7))
    painter.setPen(MUTED)
    notes = (DERIVED_NOTE + "\n" if chart.has_derived else "") + source
    painter.drawText(geo.notes, WORD_WRAP | ALIGN_LEFT, notes)
    painter.restore()

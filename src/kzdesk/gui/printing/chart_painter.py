"""Charts for printouts, drawn as vector graphics with QPainter from core ChartData.

The same chart as on screen (kzdesk.gui.charts): the type core chose (``kind``: a line over
real years, or grouped bars), ranks with the best at the top and "of N", and the one derived
marker (†) explained in a legend. Not pyqtgraph: it is slow to import and the page only
needs lines, bars, axes and text. Every value is labelled; a derived value (computed from
stated figures, never stated itself) is hatched (a bar) or hollow (a point) and marked.
"""

from __future__ import annotations

import math
from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter

from kzdesk.core.charts import ChartData
from kzdesk.gui.printing import ink
from kzdesk.gui.printing.fonts import paint_font
from kzdesk.gui.printing.grid import DERIVED_MARK

PALETTE = ("#1f4e79", "#d9822b", "#4f8a3c", "#8e44ad", "#b03a2e", "#5d6d7e")
INK = "#1d2731"
MUTED = "#5d6b78"
GRID = "#d5dbe1"
PLOT_HEIGHT = 150.0  # points
AXIS_WIDTH = 40.0
GAP = 5.0
DERIVED_NOTE = (
    f"{DERIVED_MARK} Derived value (hatched bar, hollow point): computed from figures the report states; "
    "the report does not state it."
)


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


def _notes(chart: ChartData, source: str) -> list[str]:
    return [DERIVED_NOTE, source] if chart.has_derived else [source]


class _Geometry(NamedTuple):
    title: QRectF
    legend: QRectF
    plot: QRectF
    labels: QRectF
    axis_title: QRectF
    notes: QRectF
    height: float


def _geometry(chart: ChartData, width: float, source: str) -> _Geometry:
    title_h = ink.text_height(chart.title, paint_font(9, bold=True), width)
    legend_h = 12.0 if len(chart.series) > 1 else 0.0
    unit_h = 17.0  # the unit, above the value axis and clear of its top label
    slot = (width - AXIS_WIDTH) / max(len(chart.categories), 1)
    label_font = paint_font(7)
    labels_h = max((ink.text_height(c, label_font, slot - 4) for c in chart.categories), default=0.0) + 3
    axis_title_h = ink.text_height(chart.category_label, paint_font(7, italic=True), width)
    notes_h = sum(ink.text_height(n, paint_font(7), width) for n in _notes(chart, source)) + 2
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
    y += axis_title_h + (4 if axis_title_h else 2)
    notes_rect = QRectF(0, y, width, notes_h)
    y += notes_h + GAP
    return _Geometry(title, legend, plot, labels, axis_title, notes_rect, y)


class Bar(NamedTuple):
    """One bar as drawn: where, and what it shows."""

    rect: QRectF  # in chart coordinates (points from the chart's top-left corner)
    value: float
    derived: bool
    series: int
    category: int


class Point(NamedTuple):
    """One point of a line chart as drawn."""

    centre: QPointF
    value: float
    derived: bool
    series: int
    category: int


class Plot(NamedTuple):
    geometry: _Geometry
    low: float  # the value axis runs from low to high in steps of step
    high: float
    step: float
    zero: float  # y of the zero line
    bars: tuple[Bar, ...]
    bar_width: float
    points: tuple[Point, ...] = ()  # for a line chart, instead of bars
    inverted: bool = False  # a rank: low values (better) at the top
    x_of_category: tuple[float, ...] = ()  # where each category's label is centred

    def y_of(self, value: float) -> float:
        area = self.geometry.plot
        share = (value - self.low) / (self.high - self.low)
        return area.top() + share * area.height() if self.inverted else area.bottom() - share * area.height()


def plot(chart: ChartData, width: float, source: str) -> Plot:
    """Where everything of ``chart`` goes, without drawing it (what tests check)."""
    geo = _geometry(chart, width, source)
    if chart.kind == "line" and all(c.isdigit() for c in chart.categories):
        return _line_plot(chart, geo)
    values = [v for s in chart.series for v in s.values]
    low, high = min(0.0, *values) if values else 0.0, max(0.0, *values) if values else 1.0
    step = _nice_step(high - low)
    low = math.floor(low / step) * step
    high = math.ceil(high / step) * step
    if high == low:
        high = low + step
    area = geo.plot
    zero = area.bottom() - (0.0 - low) / (high - low) * area.height()
    slot = area.width() / max(len(chart.categories), 1)
    count = max(len(chart.series), 1)
    bar_width = min(slot * 0.8 / count, 42.0)
    bars = []
    for c in range(len(chart.categories)):
        group_left = area.left() + c * slot + (slot - bar_width * count) / 2
        for s, series in enumerate(chart.series):
            value = series.values[c]
            y = area.bottom() - (value - low) / (high - low) * area.height()
            top, base = sorted((y, zero))
            rect = QRectF(group_left + s * bar_width + 0.5, top, bar_width - 1, max(base - top, 0.3))
            bars.append(Bar(rect, value, series.derived[c], s, c))
    centres = tuple(area.left() + (c + 0.5) * slot for c in range(len(chart.categories)))
    return Plot(geo, low, high, step, zero, tuple(bars), bar_width, x_of_category=centres)


def _line_plot(chart: ChartData, geo: _Geometry) -> Plot:
    """Points spaced by real time, joined by a line; a rank runs from 1 (top) to "of N" (bottom)."""
    area = geo.plot
    years = [int(c) for c in chart.categories]
    first, last = min(years) - 0.8, max(years) + 0.8  # the screen's margins (LineChart)
    values = [v for s in chart.series for v in s.values]
    if chart.lower_is_better:
        low, high = 1.0, float(chart.out_of or max(values) * 1.2)
        step = _nice_step(high - low)
    else:
        low, high = min(0.0, *values), max(0.0, *values)
        step = _nice_step(high - low)
        low, high = math.floor(low / step) * step, math.ceil(high / step) * step
        high = high if high > low else low + step
    layout = Plot(geo, low, high, step, area.bottom(), (), 0.0, inverted=chart.lower_is_better)

    def x_of(year: float) -> float:
        return area.left() + (year - first) / (last - first) * area.width()

    points = tuple(
        Point(QPointF(x_of(year), layout.y_of(value)), value, derived, s, c)
        for s, series in enumerate(chart.series)
        for c, (year, value, derived) in enumerate(zip(years, series.values, series.derived, strict=True))
    )
    return layout._replace(points=points, x_of_category=tuple(x_of(y) for y in years))


def _hatch(painter: QPainter, rect: QRectF, color: QColor) -> None:
    painter.save()
    painter.setClipRect(rect)
    stroke = ink.pen(color, 0.6)
    x = rect.left() - rect.height()
    while x < rect.right():
        ink.line(painter, x, rect.bottom(), x + rect.height(), rect.top(), stroke)
        x += 3.0
    painter.restore()


def _value_label(painter: QPainter, bar: Bar, text: str, bar_width: float) -> None:
    font = paint_font(7)
    block = ink.lay_out(text, font, 200)
    centre, above = bar.rect.center().x(), bar.value >= 0
    if block.width <= bar_width + 6:
        top = bar.rect.top() - 1 - block.height if above else bar.rect.bottom() + 1
        ink.text(painter, QRectF(centre - 100, top, 200, block.height), text, font, INK, ink.CENTRE)
        return
    # Too narrow for the label: write it upright along the bar.
    painter.save()
    start = bar.rect.top() - 2 if above else bar.rect.bottom() + 2 + block.width
    painter.translate(QPointF(centre - block.height / 2, start))
    painter.rotate(-90)
    ink.text(painter, QRectF(0, 0, block.width + 1, block.height), text, font, INK)
    painter.restore()


def paint_chart(
    painter: QPainter, origin: QPointF, width: float, chart: ChartData, source: str, layout: Plot | None = None
) -> None:
    """Draw ``chart`` with its top-left corner at ``origin``; ``source`` names where the values come from."""
    layout = layout or plot(chart, width, source)
    geo, area = layout.geometry, layout.geometry.plot
    painter.save()
    painter.translate(origin)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)

    ink.text(painter, geo.title, chart.title, paint_font(9, bold=True), INK)
    colours = [QColor(PALETTE[i % len(PALETTE)]) for i in range(len(chart.series))]
    if len(chart.series) > 1:
        font = paint_font(7)
        x = geo.legend.left()
        for series, colour in zip(chart.series, colours, strict=True):
            ink.fill(painter, QRectF(x, geo.legend.top() + 2, 8, 8), ink.brush(colour))
            ink.text(painter, QRectF(x + 11, geo.legend.top() + 1, 200, 10), series.label, font, INK)
            x += 11 + ink.text_width(series.label, font) + 12

    small = paint_font(7)
    axis_title = chart.value_label + (" — best at the top" if chart.lower_is_better else "")
    ink.text(painter, QRectF(0, area.top() - 18, width, 10), axis_title, paint_font(7, italic=True), MUTED)
    grid, axis = ink.pen(GRID, 0.5), ink.pen(INK, 0.8)
    tick = layout.low
    ticks = []
    while tick <= layout.high + layout.step / 2:
        ticks.append(tick)
        tick = (math.floor(tick / layout.step) + 1) * layout.step if layout.inverted else tick + layout.step
    if layout.inverted and ticks[-1] != layout.high:
        ticks[-1] = layout.high  # a rank axis ends at "of N"
    for tick in ticks:
        y = layout.y_of(tick)
        ink.line(painter, area.left(), y, area.right(), y, grid)
        label = QRectF(0, y - 6, AXIS_WIDTH - 4, 12)
        ink.text(painter, label, format_value(tick, ""), small, MUTED, ink.RIGHT, middle=True)
    if not layout.inverted:
        ink.line(painter, area.left(), layout.zero, area.right(), layout.zero, axis)
    ink.line(painter, area.left(), area.top(), area.left(), area.bottom(), axis)

    for bar in layout.bars:
        colour = colours[bar.series]
        if bar.derived:
            ink.fill(painter, bar.rect, ink.brush(colour.lighter(175)))
            _hatch(painter, bar.rect, colour)
            ink.outline(painter, bar.rect, ink.pen(colour, 0.6, dash=(4.0, 2.0)))
        else:
            ink.fill(painter, bar.rect, ink.brush(colour))
        mark = f" {DERIVED_MARK}" if bar.derived else ""
        _value_label(painter, bar, format_value(bar.value, chart.unit) + mark, layout.bar_width)
    _paint_line(painter, layout, chart, colours)

    slot = area.width() / max(len(chart.categories), 1)
    for c, category in enumerate(chart.categories):
        centre = layout.x_of_category[c] if layout.x_of_category else area.left() + (c + 0.5) * slot
        cell = QRectF(centre - slot / 2 + 2, geo.labels.top(), slot - 4, geo.labels.height())
        ink.text(painter, cell, category, small, INK, ink.CENTRE)
    if chart.category_label:
        ink.text(painter, geo.axis_title, chart.category_label, paint_font(7, italic=True), MUTED, ink.CENTRE)
    y = geo.notes.top()
    for note in _notes(chart, source):
        y += ink.text(painter, QRectF(0, y, width, geo.notes.height()), note, small, MUTED)
    painter.restore()


def _paint_line(painter: QPainter, layout: Plot, chart: ChartData, colours: list[QColor]) -> None:
    font = paint_font(7)
    for s in range(len(chart.series)):
        points = [p for p in layout.points if p.series == s]
        stroke = ink.pen(colours[s], 1.4)
        for a, b in zip(points, points[1:], strict=False):
            ink.line(painter, a.centre.x(), a.centre.y(), b.centre.x(), b.centre.y(), stroke)
        for point in points:
            radius = 3.2
            dot = QRectF(point.centre.x() - radius, point.centre.y() - radius, 2 * radius, 2 * radius)
            painter.save()
            painter.setPen(ink.pen(colours[s], 1.2))
            painter.setBrush(ink.brush(QColor("#ffffff") if point.derived else colours[s]))
            painter.drawEllipse(dot)
            painter.restore()
            text = format_value(point.value, chart.unit) + (f" {DERIVED_MARK}" if point.derived else "")
            ink.text(
                painter, QRectF(point.centre.x() - 50, point.centre.y() - 15, 100, 10), text, font, INK, ink.CENTRE
            )

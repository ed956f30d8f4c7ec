"""Lines, fills and coloured text for the page and chart painters.

Why not ``QPainter.setPen``, ``fillRect`` or ``QBrush(QColor)``: the first call of any
of them makes PySide6 build every enum of the ``Qt`` namespace (about a hundred, 40 to
70 ms), a third of what a printout costs on the command line. Paths stroked and filled
with a pen made by setters, and text drawn with ``QTextLayout`` (coloured through a
format range), draw the same vector lines and real, selectable text without it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QTextCharFormat, QTextLayout, QTextOption

from kzdesk.gui.printing.layout import layout_device

LEFT, RIGHT, CENTRE = "left", "right", "centre"


def pen(color: str | QColor, width: float = 1.0, dash: Sequence[float] = ()) -> QPen:
    result = QPen()
    # Not QColor(a QColor): resolving that overload builds the Qt namespace's enums too.
    result.setColor(color if isinstance(color, QColor) else QColor(color))
    result.setWidthF(width)
    if dash:
        result.setDashPattern(list(dash))
    return result


def brush(color: str | QColor) -> QBrush:
    return pen(color).brush()  # a solid brush of that colour


def line(painter: QPainter, x1: float, y1: float, x2: float, y2: float, stroke: QPen) -> None:
    path = QPainterPath()
    path.moveTo(x1, y1)
    path.lineTo(x2, y2)
    painter.strokePath(path, stroke)


def fill(painter: QPainter, rect: QRectF, paint: QBrush) -> None:
    path = QPainterPath()
    path.addRect(rect)
    painter.fillPath(path, paint)


def outline(painter: QPainter, rect: QRectF, stroke: QPen) -> None:
    path = QPainterPath()
    path.addRect(rect)
    painter.strokePath(path, stroke)


class TextBlock(NamedTuple):
    """Text laid out in lines within a width; ``height`` is what it takes."""

    layout: QTextLayout
    height: float
    width: float  # the widest line


class Run(NamedTuple):
    """A stretch of text in one style, for text that mixes styles (a table cell)."""

    text: str
    color: str | None = None
    bold: bool = False
    italic: bool = False
    size: float | None = None  # points; None keeps the font's


def lay_out(text: str, font: QFont, width: float, align: str = LEFT, color: str | QColor | None = None) -> TextBlock:
    """Break ``text`` into lines of at most ``width`` points (words are kept whole)."""
    return lay_out_runs([Run(text, color)] if color is not None else [Run(text)], font, width, align)


def lay_out_runs(runs: Sequence[Run], font: QFont, width: float, align: str = LEFT) -> TextBlock:
    text = "".join(run.text for run in runs)
    # Laid out on the 72-dpi device, like the documents: a point is a layout unit.
    layout = QTextLayout(text, font, layout_device())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    formats, start = [], 0
    for run in runs:
        if run.text and (run.color or run.bold or run.italic or run.size):
            char_format = QTextCharFormat()
            if run.color:
                char_format.setForeground(brush(run.color))
            if run.bold:
                char_format.setFontWeight(700)
            if run.italic:
                char_format.setFontItalic(True)
            if run.size:
                char_format.setFontPointSize(run.size)
            styled = QTextLayout.FormatRange()
            styled.start, styled.length, styled.format = start, len(run.text), char_format
            formats.append(styled)
        start += len(run.text)
    if formats:
        layout.setFormats(formats)
    y = widest = 0.0
    layout.beginLayout()
    while True:
        row = layout.createLine()
        if not row.isValid():
            break
        row.setLineWidth(width)
        natural = row.naturalTextWidth()
        offset = {RIGHT: width - natural, CENTRE: (width - natural) / 2}.get(align, 0.0)
        row.setPosition(QPointF(offset, y))
        y += row.height()
        widest = max(widest, natural)
    layout.endLayout()
    return TextBlock(layout, y, widest)


def text_height(text: str, font: QFont, width: float) -> float:
    return lay_out(text, font, width).height if text else 0.0


def text_width(text: str, font: QFont) -> float:
    return lay_out(text, font, 1e6).width


def text(
    painter: QPainter,
    rect: QRectF,
    content: str,
    font: QFont,
    color: str | QColor,
    align: str = LEFT,
    middle: bool = False,
) -> float:
    """Draw ``content`` in ``rect`` (top-aligned, or centred vertically if ``middle``); returns its height."""
    if not content:
        return 0.0
    block = lay_out(content, font, rect.width(), align, color)
    top = rect.top() + ((rect.height() - block.height) / 2 if middle else 0.0)
    block.layout.draw(painter, QPointF(rect.left(), top))
    return block.height

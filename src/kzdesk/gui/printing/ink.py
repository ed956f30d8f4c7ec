"""Lines, fills and coloured text for the page and chart painters.

Why not ``QPainter.setPen``, ``fillRect`` or ``QBrush(QColor)``: the first call of any
of them makes PySide6 build every enum of the ``Qt`` namespace (about a hundred, 40 to
70 ms), a third of what a printout costs on the command line. Paths stroked and filled
with a pen made by setters, and text drawn with ``QTextLayout`` (coloured through a
format range), draw the same vector lines and real, selectable text without it.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QTextCharFormat, QTextLayout, QTextOption

from kzdesk.gui.printing.fonts import layout_device

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
    color: str | QColor | None = None
    bold: bool = False
    italic: bool = False
    size: float | None = None  # points; None keeps the font's


# Laid-out text by (text, font, width, align, colour): the header and footer repeat on every
# page and a chart's labels are measured before they are drawn; a QTextLayout may be drawn
# any number of times. Bounded, since a long-lived GUI prints many documents.
_LAID: dict[tuple[str, str, float, str, str | None], TextBlock] = {}
_LAID_LIMIT = 4096


def lay_out(text: str, font: QFont, width: float, align: str = LEFT, color: str | QColor | None = None) -> TextBlock:
    """Break ``text`` into lines of at most ``width`` points (words are kept whole)."""
    if isinstance(color, QColor):
        return lay_out_runs([Run(text, color)], font, width, align)
    key = (text, font.key(), width, align, color)
    block = _LAID.get(key)
    if block is None:
        if len(_LAID) >= _LAID_LIMIT:
            _LAID.clear()
        block = _LAID[key] = lay_out_runs([Run(text, color)] if color is not None else [Run(text)], font, width, align)
    return block


@cache
def _word_wrap() -> QTextOption:
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    return option


@cache
def _char_format(color: str | None, bold: bool, italic: bool, size: float | None) -> QTextCharFormat:
    return _new_char_format(color, bold, italic, size)


def _new_char_format(color: str | QColor | None, bold: bool, italic: bool, size: float | None) -> QTextCharFormat:
    char_format = QTextCharFormat()
    if color:
        char_format.setForeground(brush(color))
    if bold:
        char_format.setFontWeight(700)
    if italic:
        char_format.setFontItalic(True)
    if size:
        char_format.setFontPointSize(size)
    return char_format


def lay_out_runs(runs: Sequence[Run], font: QFont, width: float, align: str = LEFT) -> TextBlock:
    text = "".join(run.text for run in runs)
    # Laid out on the 72-dpi device, like the documents: a point is a layout unit.
    layout = QTextLayout(text, font, layout_device())
    layout.setTextOption(_word_wrap())  # copied by the layout: one option serves all
    formats, start = [], 0
    for run in runs:
        if run.text and (run.color or run.bold or run.italic or run.size):
            # Formats are values (the range keeps a copy): one per style serves every run.
            style = _char_format if run.color is None or isinstance(run.color, str) else _new_char_format
            styled = QTextLayout.FormatRange()
            styled.start, styled.length = start, len(run.text)
            styled.format = style(run.color, run.bold, run.italic, run.size)
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
        if align == RIGHT:
            row.setPosition(QPointF(width - natural, y))
        elif align == CENTRE:
            row.setPosition(QPointF((width - natural) / 2, y))
        else:
            row.setPosition(QPointF(0.0, y))
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

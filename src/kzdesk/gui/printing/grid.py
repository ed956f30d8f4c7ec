"""Table rows of printouts: each row one block, its cells laid out and drawn directly.

A row must never be split across pages, so every row is its own block. Laid out as a
one-row HTML table, a row cost Qt's table engine about three times what laying out its
cells' text costs, and the statistics printout has hundreds of rows; the cells are
therefore laid out with QTextLayout and drawn, with their rules, by the page painter.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainter

from kzdesk.gui.printing import ink
from kzdesk.gui.printing.fonts import text_font

# The screen's mark for a derived value (kzdesk.gui.models.statistics), not imported: that module
# loads Qt's models. Here, not in chart_painter.py, so a printout without charts need not load that.
DERIVED_MARK = "†"
PAD_X = 3.0
PAD_Y = 3.0
RULE = 1.0  # the line under each row
TEXT = "#111111"
HEAD = "#0f2d4a"
HEAD_FILL = "#e8eef4"
ROW_RULE = "#d3dae1"
MUTED = "#4d5b69"
DERIVED = "#7a4a00"

# Cell styles: what ink.Run a stretch of cell text becomes.
STYLES = {
    "": {},
    "figure": {"bold": True},
    "qualifier": {"color": MUTED, "size": 8.5},
    "derived": {"color": DERIVED, "size": 7.5},
    "small": {"color": MUTED, "size": 7.5},
}


class Cell(NamedTuple):
    runs: tuple[tuple[str, str], ...]  # (text, style); "\u2028" breaks the line

    @classmethod
    def plain(cls, text: str, style: str = "") -> Cell:
        return cls(((text, style),))

    @property
    def text(self) -> str:
        return "".join(text for text, _ in self.runs)


class Row(NamedTuple):
    cells: tuple[Cell, ...]
    widths: tuple[float, ...]  # percent of the text width, per column
    aligns: tuple[str, ...]  # ink.LEFT or ink.RIGHT, per column
    header: bool = False
    caption: str = ""  # above a repeated header row: "Key figures (continued)"


def _runs(cell: Cell, header: bool) -> list[ink.Run]:
    if header:
        return [ink.Run(text, HEAD, bold=True) for text, _ in cell.runs]
    return [ink.Run(text, **{"color": TEXT, **STYLES.get(style, {})}) for text, style in cell.runs]


def _cells(row: Row, width: float) -> list[tuple[float, float, ink.TextBlock]]:
    """(x, cell width, laid-out text) of each cell."""
    font = text_font(9.5)
    placed, x = [], 0.0
    for cell, percent, align in zip(row.cells, row.widths, row.aligns, strict=True):
        cell_width = width * percent / 100
        block = ink.lay_out_runs(_runs(cell, row.header), font, max(cell_width - 2 * PAD_X, 1.0), align)
        placed.append((x, cell_width, block))
        x += cell_width
    return placed


def _caption(row: Row, width: float) -> ink.TextBlock | None:
    if not row.caption:
        return None
    return ink.lay_out_runs([ink.Run(row.caption, MUTED, italic=True, size=8.5)], text_font(9.5), width)


class LaidRow(NamedTuple):
    """A row laid out for a width: measured once, drawn from the same lines."""

    caption: ink.TextBlock | None
    cells: list[tuple[float, float, ink.TextBlock]]
    cells_height: float  # the tallest cell's text plus padding
    height: float


def lay_out_row(row: Row, width: float) -> LaidRow:
    caption = _caption(row, width)
    cells = _cells(row, width)
    cells_height = max((block.height for _, _, block in cells), default=0.0) + 2 * PAD_Y
    return LaidRow(caption, cells, cells_height, (caption.height + 2 if caption else 0.0) + cells_height + RULE)


def row_height(row: Row, width: float) -> float:
    return lay_out_row(row, width).height


def paint_row(painter: QPainter, origin: QPointF, width: float, row: Row, laid: LaidRow | None = None) -> None:
    laid = laid or lay_out_row(row, width)
    top = origin.y()
    if laid.caption is not None:
        laid.caption.layout.draw(painter, QPointF(origin.x(), top))
        top += laid.caption.height + 2
    if row.header:
        ink.fill(painter, QRectF(origin.x(), top, width, laid.cells_height), ink.brush(HEAD_FILL))
    for x, _, block in laid.cells:
        block.layout.draw(painter, QPointF(origin.x() + x + PAD_X, top + PAD_Y))
    rule = top + laid.cells_height + RULE / 2
    stroke = ink.pen(HEAD if row.header else ROW_RULE, 0.8 if row.header else 0.6)
    ink.line(painter, origin.x(), rule, origin.x() + width, rule, stroke)


def columns_row(titles: Sequence[str], widths: Sequence[float], aligns: Sequence[str], caption: str = "") -> Row:
    return Row(tuple(Cell.plain(t) for t in titles), tuple(widths), tuple(aligns), header=True, caption=caption)

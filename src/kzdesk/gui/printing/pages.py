"""The page painter: one function draws laid-out pages on any paged device, so the print
preview, the printer and the PDF file show the same pages.

Every page carries a header (what the document is, and the section it is in) and a
footer citing the report, the kzdesk version, the print date and "page N of M", so a
photocopied page still says where it came from.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QPagedPaintDevice,
    QPainter,
    QPalette,
    QTextBlock,
    QTextDocument,
)

from kzdesk import __version__
from kzdesk.core.labels import citation
from kzdesk.core.model import ReportInfo
from kzdesk.gui.printing import ink
from kzdesk.gui.printing.grid import LaidRow, paint_row
from kzdesk.gui.printing.layout import POINTS_PER_INCH, PagedDocument, Placement, paint_font

if TYPE_CHECKING:
    import datetime as dt

HEADER_INK = "#0f2d4a"
FOOTER_INK = "#4d5b69"
RULE = "#9aa8b5"
MARGIN_INK = "#5d6b78"  # a paragraph's number in the margin: muted, as the Report tab shows it
MARGIN_FONT_SIZE = 8
MARGIN_WIDTH = 30.0  # points left of the text that the number may take ("888" and more)
MARGIN_GAP = 7.0  # points between the number and the text
EDGE = 0.5  # points kept off each side of a cut: a line starting above ``cut - EDGE`` belongs to the page before it


def footer_citation(report: ReportInfo) -> str:
    """The footer's citation of the edition ``report`` describes."""
    return f"{citation(report)} — kzdesk {__version__}"


def page_label(number: int, total: int) -> str:
    return f"page {number} of {total}"


def _elided(text: str, font: QFont, width: float) -> str:
    if ink.text_width(text, font) <= width:
        return text
    while text and ink.text_width(text + "…", font) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _paint_placement(painter: QPainter, placement: Placement, left: float, width: float) -> None:
    item = placement.item
    painter.save()
    painter.translate(left, placement.y - placement.top)
    piece = QRectF(0, placement.top, width, placement.bottom - placement.top)
    if item.block.margin and placement.top == 0 and item.document is not None:
        _paint_margin_number(painter, item.document, item.block.margin)
    if item.document is not None:
        painter.setClipRect(piece.adjusted(-2, 0, 2, 0))
        context = QAbstractTextDocumentLayout.PaintContext()
        # Lines outside this rectangle are skipped, not merely clipped: the PDF's text stays on one page.
        cut_top = EDGE if placement.top > 0 else 0.0
        cut_bottom = EDGE if placement.bottom < item.height else 0.0
        context.clip = piece.adjusted(-2, cut_top, 2, -cut_bottom)
        if placement.top > 0:
            _draw_continued(painter, item.document, context)
        else:
            item.document.documentLayout().draw(painter, context)
    elif item.block.chart is not None and placement.top == 0:
        from kzdesk.gui.printing.chart_painter import Plot, paint_chart  # only printouts with charts load it

        laid_chart = item.laid if isinstance(item.laid, Plot) else None
        paint_chart(painter, QPointF(0, 0), width, item.block.chart, item.block.note, laid_chart)
    elif item.block.row is not None and placement.top == 0:
        paint_row(painter, QPointF(0, 0), width, item.block.row, item.laid if isinstance(item.laid, LaidRow) else None)
    painter.restore()


def _paint_margin_number(painter: QPainter, document: QTextDocument, number: str) -> None:
    """``number`` in the left margin, right-aligned MARGIN_GAP points off the text, on the baseline
    of the document's first line (block coordinates: the text starts at x = 0)."""
    block = document.begin()
    while block.isValid() and block.layout().lineCount() == 0:
        block = block.next()
    if not block.isValid():
        return
    line = block.layout().lineAt(0)
    baseline = document.documentLayout().blockBoundingRect(block).top() + line.y() + line.ascent()
    font = paint_font(MARGIN_FONT_SIZE)
    laid = ink.lay_out(number, font, MARGIN_WIDTH, ink.RIGHT, MARGIN_INK)
    first = laid.layout.lineAt(0)
    laid.layout.draw(painter, QPointF(-MARGIN_GAP - MARGIN_WIDTH, baseline - first.ascent()))


def _draw_continued(
    painter: QPainter, document: QTextDocument, context: QAbstractTextDocumentLayout.PaintContext
) -> None:
    """Draw the piece of ``document`` below ``context.clip.top()``: the rest of a paragraph begun on the page before.

    Qt's ``QTextLayout::draw`` also draws, from a text block that starts above the clip
    rectangle, the last line wholly above it: the painter's clip hides it on paper, but
    its text is in the PDF and a reader copies and finds it twice. So such blocks are
    hidden from the document's own drawing, and their lines in the piece drawn one by one.
    """
    layout = document.documentLayout()
    top, bottom = context.clip.top(), context.clip.bottom()
    begun_above: list[tuple[QTextBlock, QPointF]] = []
    block = document.begin()  # every block in document order, those in table cells too
    while block.isValid():
        text_layout = block.layout()
        if block.isVisible() and text_layout.lineCount() > 0:
            rect = layout.blockBoundingRect(block)
            origin = rect.topLeft() - text_layout.boundingRect().topLeft()
            if origin.y() + text_layout.lineAt(0).y() < top and rect.bottom() >= top:
                begun_above.append((block, origin))
        block = block.next()
    for hidden, _ in begun_above:
        hidden.setVisible(False)  # a flag read at drawing time; the layout is not redone
    try:
        layout.draw(painter, context)
    finally:
        for hidden, _ in begun_above:
            hidden.setVisible(True)
    painter.setPen(context.palette.color(QPalette.ColorRole.Text))  # what the document's drawing starts with
    for hidden, origin in begun_above:
        text_layout = hidden.layout()
        for index in range(text_layout.lineCount()):
            line = text_layout.lineAt(index)
            # The page before drew the lines starting above the cut less EDGE; the rest are this page's.
            line_top = origin.y() + line.y()
            if top - 2 * EDGE < line_top <= bottom:
                line.draw(painter, origin)


def printed_label(printed_on: dt.date | None) -> str:
    """ "Printed 2026-12-03": the given day, or today (local time; not through datetime, which the
    command line's printing would import for this alone)."""
    return f"Printed {printed_on.isoformat() if printed_on is not None else time.strftime('%Y-%m-%d')}"


def paint_page(painter: QPainter, paged: PagedDocument, index: int, printed_on: dt.date | None) -> None:
    """Draw page ``index`` (0-based) in points, origin at the paper's top-left corner; ``printed_on`` None is today."""
    geometry = paged.geometry
    page = paged.pages[index]
    left, width = geometry.left, geometry.body_width

    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    header_y = geometry.top - 30
    bold, regular, small = paint_font(8, bold=True), paint_font(8), paint_font(7)
    title_width = ink.text_width(paged.title, bold) + 12
    ink.text(painter, QRectF(left, header_y, width, 12), paged.title, bold, HEADER_INK)
    running = _elided(page.running, regular, max(width - title_width, 0))
    ink.text(painter, QRectF(left, header_y, width, 12), running, regular, HEADER_INK, ink.RIGHT)
    ink.line(painter, left, header_y + 14, left + width, header_y + 14, ink.pen(RULE, 0.6))

    for placement in page.placements:
        _paint_placement(painter, placement, left, width)

    footer_y = geometry.height - geometry.bottom + 20
    ink.line(painter, left, footer_y, left + width, footer_y, ink.pen(RULE, 0.6))
    ink.text(painter, QRectF(left, footer_y + 4, width, 10), paged.footer, small, FOOTER_INK)
    number = page_label(index + 1, len(paged.pages))
    ink.text(painter, QRectF(left, footer_y + 4, width, 10), number, small, FOOTER_INK, ink.RIGHT)
    ink.text(painter, QRectF(left, footer_y + 14, width, 10), printed_label(printed_on), small, FOOTER_INK)


def paint_pages(
    painter: QPainter,
    device: QPagedPaintDevice,
    paged: PagedDocument,
    printed_on: dt.date | None,
    first: int = 1,
    last: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Draw pages ``first``..``last`` (1-based, inclusive) on ``device``, which ``painter`` is painting on.

    The device must use the whole sheet (no printer margins): the page's margins are kzdesk's own.
    """
    last = len(paged.pages) if last is None else min(last, len(paged.pages))
    scale_x = device.logicalDpiX() / POINTS_PER_INCH
    scale_y = device.logicalDpiY() / POINTS_PER_INCH
    for number in range(max(first, 1), last + 1):
        if number > max(first, 1):
            device.newPage()
        painter.save()
        painter.scale(scale_x, scale_y)
        paint_page(painter, paged, number - 1, printed_on)
        painter.restore()
        if progress is not None:
            progress(number, last)

"""The page painter: one function draws laid-out pages on any paged device, so the print
preview, the printer and the PDF file show the same pages.

Every page carries a header (what the document is, and the section it is in) and a
footer citing the report, the kzdesk version, the print date and "page N of M", so a
photocopied page still says where it came from.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QLineF, QPointF, QRectF
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QFontMetricsF, QPagedPaintDevice, QPainter, QPen

from kzdesk import __version__
from kzdesk.core.summary import REPORT_CITATION
from kzdesk.gui.printing.chart_painter import paint_chart
from kzdesk.gui.printing.layout import ALIGN_LEFT, ALIGN_RIGHT, POINTS_PER_INCH, PagedDocument, Placement, paint_font

HEADER_INK = QColor("#0f2d4a")
FOOTER_INK = QColor("#4d5b69")
RULE = QColor("#9aa8b5")
EDGE = 0.5  # points kept off each side of a cut, so that no line of a broken paragraph is drawn on both pages


def footer_citation() -> str:
    return f"{REPORT_CITATION} — kzdesk {__version__}"


def page_label(number: int, total: int) -> str:
    return f"page {number} of {total}"


def _elided(painter: QPainter, text: str, width: float) -> str:
    metrics = QFontMetricsF(painter.font())
    if metrics.horizontalAdvance(text) <= width:
        return text
    while text and metrics.horizontalAdvance(text + "…") > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _paint_placement(painter: QPainter, placement: Placement, left: float, width: float) -> None:
    item = placement.item
    painter.save()
    painter.translate(left, placement.y - placement.top)
    piece = QRectF(0, placement.top, width, placement.bottom - placement.top)
    if item.document is not None:
        painter.setClipRect(piece.adjusted(-2, 0, 2, 0))
        context = QAbstractTextDocumentLayout.PaintContext()
        # Lines outside this rectangle are skipped, not merely clipped: the PDF's text stays on one page.
        cut_top = EDGE if placement.top > 0 else 0.0
        cut_bottom = EDGE if placement.bottom < item.height else 0.0
        context.clip = piece.adjusted(-2, cut_top, 2, -cut_bottom)
        item.document.documentLayout().draw(painter, context)
    elif item.block.chart is not None and placement.top == 0:
        paint_chart(painter, QPointF(0, 0), width, item.block.chart, item.block.note)
    painter.restore()


def paint_page(painter: QPainter, paged: PagedDocument, index: int, printed_on: dt.date) -> None:
    """Draw page ``index`` (0-based) in points, origin at the paper's top-left corner."""
    geometry = paged.geometry
    page = paged.pages[index]
    left, width = geometry.left, geometry.body_width

    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    header_y = geometry.top - 30
    painter.setFont(paint_font(8, bold=True))
    painter.setPen(HEADER_INK)
    title_width = QFontMetricsF(painter.font()).horizontalAdvance(paged.title) + 12
    painter.drawText(QRectF(left, header_y, width, 12), ALIGN_LEFT, paged.title)
    painter.setFont(paint_font(8))
    running = _elided(painter, page.running, max(width - title_width, 0))
    painter.drawText(QRectF(left, header_y, width, 12), ALIGN_RIGHT, running)
    painter.setPen(QPen(RULE, 0.6))
    painter.drawLine(QLineF(left, header_y + 14, left + width, header_y + 14))

    for placement in page.placements:
        _paint_placement(painter, placement, left, width)

    footer_y = geometry.height - geometry.bottom + 20
    painter.setPen(QPen(RULE, 0.6))
    painter.drawLine(QLineF(left, footer_y, left + width, footer_y))
    painter.setFont(paint_font(7))
    painter.setPen(FOOTER_INK)
    painter.drawText(QRectF(left, footer_y + 4, width, 10), ALIGN_LEFT, footer_citation())
    painter.drawText(
        QRectF(left, footer_y + 4, width, 10),
        ALIGN_RIGHT,
        page_label(index + 1, len(paged.pages)),
    )
    painter.drawText(
        QRectF(left, footer_y + 14, width, 10),
        ALIGN_LEFT,
        f"Printed {printed_on.isoformat()}",
    )


def paint_pages(
    painter: QPainter,
    device: QPagedPaintDevice,
    paged: PagedDocument,
    printed_on: dt.date,
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

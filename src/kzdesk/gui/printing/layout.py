"""Pagination: blocks of rich text and charts, measured and placed on pages by kzdesk.

``QTextDocument`` would split a table row across two pages and leave a heading alone
at the bottom of one, so each block (a heading, a paragraph, one table row, a chart)
is its own small document. Blocks are placed one after another; a heading is kept
with what follows it; a table row moves whole to the next page, where the table's
header row is repeated; only paragraphs break, between lines, with at least two
lines on each side.

Layout units are points: documents are laid out on a 72-dpi paint device, and the
page painter scales to the printer's resolution.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QPageSize, QTextDocument

from kzdesk.core.charts import ChartData

# In fonts.py so that grid.py, chart_painter.py and ink.py, which this module calls, need not import it back;
# the names stay importable from here.
from kzdesk.gui.printing.fonts import POINTS_PER_INCH as POINTS_PER_INCH
from kzdesk.gui.printing.fonts import PrintError as PrintError
from kzdesk.gui.printing.fonts import layout_device, text_font
from kzdesk.gui.printing.fonts import paint_font as paint_font

if TYPE_CHECKING:
    from kzdesk.gui.printing.chart_painter import Plot
    from kzdesk.gui.printing.grid import LaidRow, Row

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
MIN_LINES = 2  # a paragraph broken across pages keeps at least this many lines on each side
MIN_ROWS = 2  # a table broken across pages keeps at least this many rows on each side
SHORT_TABLE = 1 / 3  # a table no taller than this share of the page's body moves to the next page whole


class Cancelled(Exception):
    """The user cancelled a long print job."""


Progress = Callable[[int, int], None]


class PageGeometry(NamedTuple):
    """A page and its margins, in points. The header and footer sit inside the top and bottom margins."""

    name: str
    width: float
    height: float
    left: float = 56.7  # 20 mm
    right: float = 56.7
    top: float = 70.9  # 25 mm
    bottom: float = 70.9

    @classmethod
    def for_size(cls, name: str) -> PageGeometry:
        canonical = {n.casefold(): n for n in PAGE_SIZES}.get(name.casefold())
        if canonical is None:
            raise PrintError(f"unknown page size {name!r} (known: {', '.join(PAGE_SIZES)})")
        size = QPageSize(PAGE_SIZES[canonical]).size(QPageSize.Unit.Point)
        return cls(canonical, size.width(), size.height())

    @classmethod
    def for_points(cls, width: float, height: float) -> PageGeometry:
        """Any sheet, e.g. what the user picked in the print dialog (landscape included)."""
        for name in PAGE_SIZES:
            known = cls.for_size(name)
            if abs(known.width - width) < 1 and abs(known.height - height) < 1:
                return known
        return cls("custom", width, height)

    @property
    def page_size(self) -> QPageSize:
        if self.name in PAGE_SIZES:
            return QPageSize(PAGE_SIZES[self.name])
        return QPageSize(QSizeF(self.width, self.height), QPageSize.Unit.Point)

    @property
    def body_width(self) -> float:
        return self.width - self.left - self.right

    @property
    def body_height(self) -> float:
        return self.height - self.top - self.bottom


@dataclass(eq=False)
class Block:
    """One unit of layout: rich text (``html``), a chart or a table row."""

    html: str = ""
    chart: ChartData | None = None
    note: str = ""  # plain text printed under a chart: where its values come from
    row: Row | None = None  # or a table row, laid out and drawn by grid.py
    kind: str = "text"  # what it is ("heading", "row", "chart", …): tests and the TOC use it
    key: str = ""  # what it shows (a row label, a proposal id), for tests
    keep_with_next: bool = False  # a heading or caption: never the last thing on a page
    splittable: bool = False  # may break between lines (paragraphs); rows, headings and charts never do
    space_before: float = 0.0  # dropped at the top of a page
    repeat: Block | None = None  # for a table row: the header to repeat when the table continues on a new page
    running: str | None = None  # from here on, the running header names this (a section)
    anchor: str | None = None  # record the page this block starts on (table of contents)
    page_break: bool = False  # start a new page
    late_html: Callable[[Mapping[str, int]], str] | None = None  # HTML that needs the anchors' page numbers
    bookmark: str = ""  # a PDF outline entry pointing at where this block starts (see outline.py)
    bookmark_level: int = 0  # 0: a section; 1: an item within it
    margin: str = ""  # a paragraph number printed in the left margin beside the first line (pages.py)


@dataclass(eq=False)
class Measured:
    block: Block
    height: float
    document: QTextDocument | None = None
    laid: LaidRow | Plot | None = None  # a row's cells or a chart's plot, laid out once for measuring and drawing
    _breaks: list[float] | None = field(default=None, repr=False)

    def breaks(self) -> list[float]:
        """Heights at which the block may be cut without cutting through a line of text."""
        if self._breaks is None:
            self._breaks = _line_breaks(self.document) if self.document is not None else []
        return self._breaks

    def first_piece(self) -> float:
        """The least height that must go on a page with whatever precedes it."""
        if not self.block.splittable:
            return self.height
        breaks = self.breaks()
        return breaks[MIN_LINES - 1] if len(breaks) > 2 * MIN_LINES - 1 else self.height


class Placement(NamedTuple):
    item: Measured
    y: float  # top of the piece on the page, in points from the top edge
    top: float  # the piece of the block shown: [top, bottom) in block coordinates
    bottom: float


@dataclass(eq=False)
class Page:
    placements: list[Placement] = field(default_factory=list)
    running: str = ""


class PagedDocument(NamedTuple):
    title: str
    geometry: PageGeometry
    pages: list[Page]
    anchors: dict[str, int]  # anchor → page number (1-based)
    footer: str = ""  # the citation of the edition printed, on every page (pages.footer_citation)


# --- fonts and documents -------------------------------------------------------------------


@cache
def _prototype(stylesheet: str) -> QTextDocument:
    # Cloning keeps the parsed style sheet: parsing it for every block would cost more than the layout.
    document = QTextDocument()
    document.setDefaultStyleSheet(stylesheet)
    return document


def make_document(html: str, width: float, stylesheet: str) -> QTextDocument:
    document = _prototype(stylesheet).clone()
    document.documentLayout().setPaintDevice(layout_device())
    document.setUseDesignMetrics(True)  # unhinted advances: the same line breaks on screen and paper
    document.setDocumentMargin(0)
    document.setDefaultFont(text_font(9.5))
    document.setHtml(html)
    document.setTextWidth(width)
    return document


def _line_breaks(document: QTextDocument) -> list[float]:
    layout = document.documentLayout()
    lines: list[tuple[float, float]] = []
    block = document.begin()
    while block.isValid():
        top = layout.blockBoundingRect(block).top()
        text_layout = block.layout()
        for index in range(text_layout.lineCount()):
            line = text_layout.lineAt(index)
            lines.append((top + line.y(), top + line.y() + line.height()))
        block = block.next()
    bottoms = sorted({round(bottom, 3) for _, bottom in lines})
    # A cut is safe where no line (in any table cell) straddles it.
    return [y for y in bottoms if not any(t + 0.01 < y < b - 0.01 for t, b in lines)]


def measure(block: Block, width: float, stylesheet: str) -> Measured:
    if block.chart is not None:
        from kzdesk.gui.printing.chart_painter import plot

        laid_chart = plot(block.chart, width, block.note)
        return Measured(block, laid_chart.geometry.height, laid=laid_chart)
    if block.row is not None:
        from kzdesk.gui.printing.grid import lay_out_row

        laid = lay_out_row(block.row, width)
        return Measured(block, laid.height, laid=laid)
    document = make_document(block.html, width, stylesheet)
    return Measured(block, document.size().height(), document)


# --- pagination ------------------------------------------------------------------------------


def paginate(
    title: str,
    blocks: list[Block],
    geometry: PageGeometry,
    stylesheet: str,
    progress: Progress | None = None,
) -> PagedDocument:
    width = geometry.body_width
    measured = []
    for index, block in enumerate(blocks):
        measured.append(measure(block, width, stylesheet))
        if progress is not None and index % 16 == 0:
            progress(index, len(blocks))
    repeats: dict[int, Measured] = {}

    def repeat_of(item: Measured) -> Measured | None:
        header = item.block.repeat
        if header is None:
            return None
        if id(header) not in repeats:
            repeats[id(header)] = measure(header, width, stylesheet)
        return repeats[id(header)]

    top, bottom = geometry.top, geometry.height - geometry.bottom
    pages = [Page()]
    anchors: dict[str, int] = {}
    running = ""
    y = top

    def new_page() -> None:
        nonlocal y
        pages.append(Page(running=running))
        y = top

    def place(item: Measured, start: float, end: float) -> None:
        nonlocal y
        page = pages[-1]
        if not page.placements:
            page.running = running
        page.placements.append(Placement(item, y, start, end))
        y += end - start

    kept = _kept_rows(measured, geometry.body_height * SHORT_TABLE)

    def needed(index: int, room: float) -> float:
        """Height that must fit below the current position: a kept-together chain and the next block's first piece."""
        total = 0.0
        first = index
        while index < len(measured):
            item = measured[index]
            if index > first:  # the caller has already allowed for the first block's space
                total += item.block.space_before
            if index in kept:  # a table's rows that go on a page together (see _kept_rows)
                return total + kept[index]
            if not item.block.keep_with_next:
                # Where a paragraph may break is only worth working out when it does not fit whole.
                return total + (item.height if total + item.height <= room else item.first_piece())
            total += item.height
            index += 1
        return total

    previous: Measured | None = None
    for index, item in enumerate(measured):
        block = item.block
        if block.running is not None:
            running = block.running
        page_empty = not pages[-1].placements
        if block.page_break and not page_empty:
            new_page()
            page_empty = True
        space = 0.0 if page_empty else block.space_before
        need = min(needed(index, bottom - y - space), geometry.body_height)
        if not page_empty and y + space + need > bottom:
            new_page()
            page_empty, space = True, 0.0
        header = repeat_of(item)
        continues = previous is not None and previous.block.repeat is block.repeat
        if header is not None and page_empty and continues:
            place(header, 0.0, header.height)
        y += space
        if block.anchor is not None:
            anchors[block.anchor] = len(pages)
        start = 0.0
        while y + (item.height - start) > bottom + 0.01:
            cut = _cut(item, start, bottom - y, strict=block.splittable)
            if cut is None:
                # Nothing of it fits here: go on on a fresh page (or, on a fresh page, cut anywhere).
                if pages[-1].placements and y > top:
                    new_page()
                    continue
                cut = start + (bottom - y)
            place(item, start, cut)
            new_page()
            start = cut
        place(item, start, item.height)
        previous = item

    for page_items in pages:
        for placement in page_items.placements:
            late = placement.item.block.late_html
            if late is not None and placement.item.document is not None:
                placement.item.document.setHtml(late(anchors))
    if progress is not None:
        progress(len(blocks), len(blocks))
    return PagedDocument(title, geometry, pages, anchors)


def _kept_rows(measured: list[Measured], short: float) -> dict[int, float]:
    """For a table's rows that must start a page together: the index of the first of them → their height.

    A table's rows are the consecutive row blocks that repeat one header. A short table (its rows
    no taller than ``short``) goes on one page whole; a longer one breaks with at least MIN_ROWS
    rows on each side. With its caption and header (kept with the next block), a table's heading
    is therefore never left with a single row at the bottom of a page, and its last row never
    stands alone, or with the table's source line alone, at the top of the next.
    """
    kept: dict[int, float] = {}
    index = 0
    while index < len(measured):
        header = measured[index].block.repeat
        if measured[index].block.kind != "row" or header is None:
            index += 1
            continue
        end = index
        while end < len(measured) and measured[end].block.kind == "row" and measured[end].block.repeat is header:
            end += 1
        rows = measured[index:end]
        source = measured[end] if end < len(measured) and measured[end].block.kind == "source" else None
        tail = source.block.space_before + source.height if source is not None else 0.0
        heights = [row.height for row in rows]
        if sum(heights) <= short or len(rows) < 2 * MIN_ROWS:
            kept[index] = sum(heights) + tail
        else:
            kept[index] = sum(heights[:MIN_ROWS])
            last = end - MIN_ROWS  # the rows from here to the end, and the source line, go on together
            kept[last] = sum(heights[-MIN_ROWS:]) + tail
        index = end
    return kept


def _cut(item: Measured, start: float, room: float, strict: bool) -> float | None:
    """Where to end the piece that starts at ``start`` so it fits in ``room``; None if no good place."""
    breaks = [b for b in item.breaks() if b > start + 0.01]
    if strict:
        # Keep MIN_LINES lines on this page and leave at least MIN_LINES for the next.
        allowed = breaks[MIN_LINES - 1 : len(breaks) - MIN_LINES]
    else:
        # A row or chart taller than a whole page: any line boundary will do.
        allowed = breaks[:-1]
    fitting = [b for b in allowed if b - start <= room + 0.01]
    return fitting[-1] if fitting else None

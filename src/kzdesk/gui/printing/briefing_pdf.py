"""A briefing (kzdesk.core.document.model.Document) as a PDF, through the printouts' layout and pages.

Walks only the document's blocks: headings (the PDF outline), the report's words each with
its citation under it, figures and tables as grids, charts drawn as in every printout, the
user's words in the boxes marked as theirs, and the source documents at the end. Page N of M
and the edition's citation in the footer come from pages.py, as in every printout.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from kzdesk.core.document.model import (
    ChartBlock,
    Citation,
    Document,
    FigureBlock,
    Heading,
    ProposalBlock,
    ReportText,
    TableBlock,
    UserText,
)
from kzdesk.core.labels import DERIVED_MARK
from kzdesk.gui.printing import ink
from kzdesk.gui.printing.layout import Block, PageGeometry, paginate
from kzdesk.gui.printing.render import Column, Markup, fill, grid, heading, subheading, title_block
from kzdesk.gui.printing.user_blocks import yours_block

ITEM_GAP = 5.0


#: A briefing longer than this many pages gets a contents page (the issue: "for packs over 3 pages").
CONTENTS_AFTER_PAGES = 3


def tr(text: str) -> str:
    return QCoreApplication.translate("PrintBriefing", text)


def _source(citation: Citation) -> Block:
    return Block(fill("source_line", text=tr("Source: {citation}").format(citation=citation.text)), kind="source")


def _yours(label: str, when: str, about: str, text: str, key: str) -> Block:
    head = " — ".join(part for part in (label, about, when.replace("T", " ")[:16]) if part)
    body = Markup("".join(fill("yours_line", text=line) for line in text.strip().split("\n")))
    return yours_block(head, body, key)


def _figures(figures: Sequence[FigureBlock], edition: str) -> list[Block]:
    columns = (
        Column(tr("Indicator"), 40),
        Column(tr("Figure as printed"), 22),
        Column(tr("Year"), 12),
        Column(tr("Source"), 26, style="small"),
    )
    rows = [
        (
            f.id,
            (
                f.indicator,
                f.as_printed + (f" {DERIVED_MARK}" if f.derived else ""),
                f.when,
                f.citation.place or f.citation.text,
            ),
        )
        for f in figures
    ]
    # each row names its paragraph; the line under the grid names the edition
    return grid(columns, rows, source=tr("Source: {citation}").format(citation=edition))


def briefing_blocks(document: Document) -> list[Block]:
    meta = tr("Made on {date} from {edition}").format(date=document.made, edition=document.edition)
    blocks: list[Block] = [title_block(tr("Briefing"), document.title, meta, document.title)]
    items = document.blocks
    index = 0
    while index < len(items):
        block = items[index]
        if isinstance(block, FigureBlock):
            run = [block]
            while index + 1 < len(items) and isinstance(items[index + 1], FigureBlock):
                index += 1
                run.append(items[index])  # type: ignore[arg-type]
            blocks += _figures(run, document.edition)
        elif isinstance(block, Heading):
            blocks.append(heading(block.text) if block.level <= 1 else subheading(block.text))
        elif isinstance(block, ReportText):
            if block.kind == "point":
                blocks.append(
                    Block(
                        fill("key_point", text=block.text, source=block.citation.text),
                        kind="point",
                        space_before=ITEM_GAP,
                        splittable=True,
                    )
                )
            else:
                blocks.append(
                    Block(fill("paragraph", text=block.text), kind="text", space_before=ITEM_GAP, splittable=True)
                )
                blocks.append(_source(block.citation))
        elif isinstance(block, UserText):
            blocks.append(_yours(block.label, block.when, block.about, block.text, f"yours-{index}"))
        elif isinstance(block, ProposalBlock):
            text = fill("numbered", start=block.number, prefix="", suffix=")", text=block.text, details="")
            blocks.append(Block(text, kind="proposal", key=str(block.number), space_before=ITEM_GAP))
            blocks.append(_source(block.citation))
            if block.tracked_label:
                fields = [tr("Status: {status}").format(status=block.status)]
                if block.unit:
                    fields.append(tr("responsible: {unit}").format(unit=block.unit))
                if block.due:
                    fields.append(tr("due: {date}").format(date=block.due))
                blocks.append(_yours(block.tracked_label, "", "", "; ".join(fields), f"tracker-{block.number}"))
        elif isinstance(block, TableBlock):
            first = 40
            rest = (100 - first) // max(len(block.columns) - 1, 1)
            columns = [Column(block.columns[0], first)] + [Column(h, rest, ink.RIGHT) for h in block.columns[1:]]
            rows = [(row[0], row) for row in block.printed]
            blocks += grid(
                columns, rows, caption=block.title, source=tr("Source: {citation}").format(citation=block.citation.text)
            )
        elif isinstance(block, ChartBlock):
            note = tr("Source: {citation}").format(citation=block.citation.text)
            blocks.append(Block(chart=block.chart, note=note, kind="chart", key=block.chart.id, space_before=12))
        index += 1
    if document.sources:
        blocks.append(heading(tr("Sources")))
        for source in document.sources:
            blocks.append(
                Block(
                    fill("paragraph", text=source.text),
                    kind="document",
                    key=source.id,
                    space_before=ITEM_GAP,
                    splittable=True,
                )
            )
    return blocks


def write_briefing_pdf(
    document: Document, path: str | os.PathLike[str], page_size: str = "A4", title_page: bool = False
) -> int:
    """Write ``document`` as a PDF to ``path`` (atomically); returns the number of pages.

    ``title_page``: the title, date and edition alone on the first page (for a briefing handed over on paper)."""
    from kzdesk import __version__
    from kzdesk.core.document.output import write_atomically
    from kzdesk.gui.printing.outline import add_outline
    from kzdesk.gui.printing.pdf import ensure_application, pdf_bytes
    from kzdesk.gui.printing.render import contents_page, stylesheet

    ensure_application()
    geometry = PageGeometry.for_size(page_size)
    blocks = briefing_blocks(document)
    if title_page and len(blocks) > 1:
        blocks[1].page_break = True
    paged = paginate(document.title, blocks, geometry, stylesheet())
    if len(paged.pages) > CONTENTS_AFTER_PAGES:  # a long briefing opens with a linked contents page
        contents = contents_page(briefing_blocks(document))
        if contents is not None:
            if title_page:
                contents[1].page_break = True  # the contents after the title page, not on it
            paged = paginate(document.title, contents, geometry, stylesheet())
    paged = paged._replace(footer=f"{document.edition} — kzdesk {__version__}")
    data = add_outline(pdf_bytes(paged), paged)
    write_atomically(Path(path), lambda temporary: temporary.write_bytes(data))
    return len(paged.pages)

"""Summary content → blocks of HTML (from resources/templates) and charts, ready to paginate.

Every dataset string is HTML-escaped before it enters a template: a proposal or a
title that contains markup prints as the characters it contains.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from string import Template
from typing import NamedTuple

from kzdesk.core.charts import ChartData
from kzdesk.core.labels import DERIVED_MARK, escape, full_citation, paragraph_number, shown_of, table_label
from kzdesk.core.model import Dataset, Table
from kzdesk.core.references import Kind
from kzdesk.core.summary import (
    DocumentEntry,
    KeyFigure,
    Mention,
    ProposalEntry,
    ProposalsSummary,
    ReportSummary,
    SectionSummary,
    StatisticsSummary,
    Summary,
    TextParagraph,
    describe,
    source_label,
)
from kzdesk.gui.printing import ink
from kzdesk.gui.printing.grid import Cell, Row, columns_row
from kzdesk.gui.printing.layout import Block, PrintError
from kzdesk.resources import resource_path

SECTION_GAP = 16.0
LIST_ITEM = re.compile(r"(\d+)\)\s+(.*)", re.DOTALL)  # "7) applying price compliance …"
ITEM_GAP = 5.0


class Markup(str):
    """HTML assembled here from escaped parts: inserted into templates as it is."""


@cache
def _templates() -> dict[str, Template]:
    path = resource_path("templates", "blocks.html")
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise PrintError(f"cannot read the print template {path} ({error.strerror or error})") from None
    parts = re.split(r"<!--\s*block:\s*([\w-]+)\s*-->", text)
    return {name: Template(body.strip()) for name, body in zip(parts[1::2], parts[2::2], strict=True)}


@cache
def stylesheet() -> str:
    path = resource_path("templates", "print.css")
    try:
        return path.read_text(encoding="utf-8")
    except OSError as error:
        raise PrintError(f"cannot read the print style sheet {path} ({error.strerror or error})") from None


def fill(template: str, /, **values: object) -> Markup:
    """The named template with ``values``; plain strings are escaped, :class:`Markup` is kept."""
    escaped = {k: v if isinstance(v, Markup) else escape(str(v)) for k, v in values.items()}
    return Markup(_templates()[template].substitute(escaped))


def marked(text: str, spans: Sequence[tuple[int, int]]) -> Markup:
    """``text`` escaped, with the ``spans`` (matched words) in bold."""
    out, position = [], 0
    for start, end in sorted(spans):
        start = max(start, position)
        if end <= start:
            continue
        out.append(escape(text[position:start]))
        out.append(f"<b>{escape(text[start:end])}</b>")
        position = end
    out.append(escape(text[position:]))
    return Markup("".join(out))


# --- building blocks ------------------------------------------------------------------------


def heading(text: str, anchor: str | None = None, running: str | None = None, page_break: bool = False) -> Block:
    return Block(
        fill("heading", text=text),
        kind="heading",
        key=text,
        keep_with_next=True,
        space_before=SECTION_GAP,
        anchor=anchor,
        running=running,
        page_break=page_break,
        bookmark=text,
    )


def subheading(text: str, running: str | None = None) -> Block:
    return Block(
        fill("subheading", text=text),
        kind="heading",
        key=text,
        keep_with_next=True,
        space_before=10,
        running=running,
        bookmark=text,
        bookmark_level=1,
    )


def note(text: str) -> Block:
    return Block(fill("note", text=text), kind="note", space_before=ITEM_GAP, splittable=True)


class Column(NamedTuple):
    title: str
    width: int  # percent of the text width
    align: str = ink.LEFT
    style: str = ""  # a grid cell style for the whole column ("small")


def grid(
    columns: Sequence[Column],
    rows: Sequence[tuple[str, Sequence[str | Cell]]],
    caption: str = "",
    continued: str = "",
    source: str = "",
) -> list[Block]:
    """A table as blocks: caption, header, one block per row (never split), and its source.

    Every row has the same column widths, so the columns line up; when the table goes
    on to another page its header row is repeated there.
    """
    titles, widths, aligns = [c.title for c in columns], [c.width for c in columns], [c.align for c in columns]
    label = f"{continued or caption} (continued)"
    repeat = Block(row=columns_row(titles, widths, aligns, caption=label), kind="header", key=label)
    blocks = []
    if caption:
        blocks.append(
            Block(fill("caption", text=caption), kind="caption", key=caption, keep_with_next=True, space_before=10)
        )
    header = columns_row(titles, widths, aligns)
    blocks.append(Block(row=header, kind="header", key=caption, keep_with_next=True, space_before=2 if caption else 8))
    for key, values in rows:
        cells = tuple(
            v if isinstance(v, Cell) else Cell.plain(v, c.style) for c, v in zip(columns, values, strict=True)
        )
        blocks.append(Block(row=Row(cells, tuple(widths), tuple(aligns)), kind="row", key=key, repeat=repeat))
    if source:
        blocks.append(Block(fill("source_line", text=source), kind="source", space_before=3))
    return blocks


def report_table(dataset: Dataset, table: Table) -> list[Block]:
    first = 40
    rest = (100 - first) // max(len(table.header) - 1, 1)
    columns = [Column(table.header[0] if table.header else "", first)]
    columns += [Column(h, rest, ink.RIGHT) for h in table.header[1:]]
    rows = [(row.label, (row.label, *row.cells)) for row in table.rows]
    caption = f"{table_label(table.number)}. {table.title}"
    blocks = grid(columns, rows, caption=caption, source=f"Source: {source_label(dataset, table.paragraph)}")
    blocks[-1].key = table.paragraph  # its source line ends it: what a note on the table goes after
    return blocks


def chart_block(dataset: Dataset, chart: ChartData) -> Block:
    sources = "; ".join(source_label(dataset, pid) for pid in chart.sources)
    return Block(
        chart=chart,
        note=f"Source: {full_citation(dataset.report, sources)}",
        kind="chart",
        key=chart.id,
        space_before=12,
        bookmark=chart.title,
        bookmark_level=1,
    )


FIGURE_COLUMNS = (
    Column("Indicator", 37),
    Column("Figure as printed", 21),
    Column("Unit", 13),
    Column("Year", 13),  # room for a period: two four-digit years and a dash
    Column("Source", 16, style="small"),
)


def figure_rows(figures: Sequence[KeyFigure]) -> list[tuple[str, Sequence[str | Cell]]]:
    rows: list[tuple[str, Sequence[str | Cell]]] = []
    for figure in figures:
        indicator = [(figure.indicator, "")]
        if figure.qualifier:
            indicator.append((f" ({figure.qualifier})", "qualifier"))
        if figure.derived:
            indicator.append((f"\u2028{DERIVED_MARK} derived: {figure.derivation}", "derived"))
        value = Cell(((figure.figure + (f" {DERIVED_MARK}" if figure.derived else ""), "figure"),))
        rows.append((figure.id, (Cell(tuple(indicator)), value, figure.unit, figure.when, figure.source)))
    return rows


def figures_grid(figures: Sequence[KeyFigure], continued: str) -> list[Block]:
    blocks = grid(FIGURE_COLUMNS, figure_rows(figures), continued=continued)
    if any(f.derived for f in figures):
        blocks.append(
            note(f"{DERIVED_MARK} A derived value is computed from figures the report states; it does not state it.")
        )
    return blocks


def mention(item: Mention) -> Block:
    return Block(
        fill("mention", name=item.name, kind=item.kind, text=item.description, source=item.source),
        kind="mention",
        key=item.id,
        space_before=ITEM_GAP + 1,
        splittable=True,
    )


def proposal(entry: ProposalEntry) -> Block:
    details = " · ".join(filter(None, ["; ".join(entry.themes), entry.source]))
    return Block(
        fill(
            "numbered",
            start=entry.number,
            prefix="",
            suffix=")",
            text=marked(entry.text, entry.highlights),
            details=details,
        ),
        kind="proposal",
        key=entry.id,
        space_before=ITEM_GAP,
        bookmark=f"{entry.number}) {shortened(entry.text)}",
        bookmark_level=1,
    )


def shortened(text: str, limit: int = 64) -> str:
    """``text`` cut at a word to fit a contents line or a bookmark, the cut marked with an ellipsis."""
    text = " ".join(text.split()).rstrip(";")
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:–-") + " …"


def document(entry: DocumentEntry) -> Block:
    details = " · ".join(filter(None, [entry.url or "", "cited in " + "; ".join(entry.cited_in)]))
    return Block(
        fill("numbered", start=entry.number, prefix="[", suffix="]", text=entry.title, details=details),
        kind="document",
        key=entry.id,
        space_before=ITEM_GAP,
    )


def title_block(kicker: str, title: str, meta: str, running: str) -> Block:
    return Block(
        fill("title", kicker=kicker, title=title, meta=meta), kind="title", key=title, running=running, bookmark=title
    )


def text_blocks(dataset: Dataset, paragraphs: Sequence[TextParagraph]) -> list[Block]:
    """A section's text as the report prints it, with its tables in place and charts after their source.

    Every paragraph — text, heading, table, figure, proposal — has its number in the left margin
    beside its first line, as the Report tab shows it (paragraph_margin.py): the number that
    citations give ("Section 5, para. 3"); the running header and the heading name the section.
    Painted beside the text, not in it, so a copied paragraph is the report's words only.
    """
    blocks: list[Block] = []
    for paragraph in paragraphs:
        number = paragraph_number(paragraph.source)  # in the margin: "Section 5, para. 3" → "3"
        if paragraph.kind == "table" and paragraph.table is not None:
            table = report_table(dataset, paragraph.table)
            table[0].margin = number  # the caption
            blocks.extend(table)
        elif paragraph.kind == "heading":
            blocks.append(subheading(paragraph.text))
            blocks[-1].margin = number
        elif paragraph.kind == "figure":
            blocks.append(note(f"{paragraph.text} — the report's text gives no data for this figure."))
            blocks[-1].margin = number
            blocks[-1].key = paragraph.id
        elif paragraph.kind == "proposal" and (numbered := LIST_ITEM.match(paragraph.text)):
            if number:
                item = fill("numbered_proposal", item=numbered.group(1), text=numbered.group(2))
            else:
                item = fill("numbered_bare", start=numbered.group(1), prefix="", suffix=")", text=numbered.group(2))
            blocks.append(Block(item, kind="proposal", key=paragraph.id, space_before=ITEM_GAP, margin=number))
        else:
            blocks.append(
                Block(
                    fill("paragraph", text=paragraph.text),
                    kind="paragraph",
                    key=paragraph.id,
                    splittable=True,
                    space_before=6,
                    margin=number,
                )
            )
        blocks.extend(chart_block(dataset, chart) for chart in paragraph.charts)
    return blocks


# --- documents ------------------------------------------------------------------------------


def section_blocks(dataset: Dataset, summary: SectionSummary) -> list[Block]:
    """A section summary with its full text (key points alone are summary_blocks.py's digest: compose.py chooses)."""
    kicker = f"{dataset.report.title} · {describe(summary, dataset.report)}"
    if summary.full_text:
        meta = "The section's full text, with its tables and charts in place."
    else:
        meta = "Key points are the report's own sentences that state a figure or name a measure, in report order."
    blocks = [title_block(kicker, summary.heading, meta, summary.heading)]
    if summary.key_points:
        blocks.append(heading("Key points"))
        for point in summary.key_points:
            blocks.append(
                Block(
                    fill("key_point", text=marked(point.text, point.figures), source=point.source),
                    kind="key-point",
                    key=point.paragraph,
                    splittable=True,
                    space_before=ITEM_GAP,
                )
            )
    if summary.paragraphs:
        if not summary.full_text:
            blocks.append(note("This section states no figures and names no measures; its full text follows."))
        blocks.append(heading("Full text"))
        blocks.extend(text_blocks(dataset, summary.paragraphs))
    if summary.key_figures:
        blocks.append(heading("Key figures"))
        blocks.extend(figures_grid(summary.key_figures, continued="Key figures"))
    if not summary.paragraphs:
        if summary.tables:
            blocks.append(heading("Tables"))
            for table in summary.tables:
                blocks.extend(report_table(dataset, table))
        if summary.charts:
            blocks.append(heading("Charts"))
            blocks.extend(chart_block(dataset, chart) for chart in summary.charts)
    parts: list[tuple[str, list[Block]]] = [
        ("Projects and programmes", [mention(m) for m in summary.projects]),
        ("Legal changes", [mention(m) for m in summary.acts]),
        ("Related proposals", [proposal(p) for p in summary.proposals]),
        ("Source documents cited", [document(d) for d in summary.documents]),
    ]
    for title, items in parts:
        if items:
            blocks.append(heading(title))
            blocks.extend(items)
    return blocks


def proposals_blocks(dataset: Dataset, summary: ProposalsSummary) -> list[Block]:
    count = shown_of(len(summary.entries), summary.total, Kind.PROPOSAL)
    meta = " · ".join([count, *summary.filters, "numbered as in the report"])
    if any(e.highlights for e in summary.entries):
        meta += "; matched words in bold"
    running = ", ".join(summary.filters) or f"All {summary.total} proposals"
    blocks = [title_block(f"{dataset.report.title} · Conclusions", summary.title, meta, running)]
    if summary.corrected:
        blocks.append(note(f"Searched for “{summary.corrected}” (corrected spelling)."))
    if not summary.entries:
        blocks.append(note("No proposal matches: " + ", ".join(summary.filters) + "."))
    entries = [proposal(entry) for entry in summary.entries]
    if entries:
        entries[0].space_before = SECTION_GAP - 4  # clear of the title
    return blocks + entries


def statistics_blocks(dataset: Dataset, summary: StatisticsSummary) -> list[Block]:
    meta = (
        "The report's tables, every chart of the figures it states, and every figure with the paragraph it comes from."
    )
    blocks = [title_block(dataset.report.title, summary.title, meta, "Tables")]
    parts = [("Tables", "tables", summary.tables), ("Charts", "charts", summary.charts)]
    parts.append(("Figures stated in the report", "figures", summary.groups))
    blocks.extend(contents_entries([(text, anchor) for text, anchor, items in parts if items]))
    if summary.tables:
        blocks.append(heading("Tables", anchor="tables"))
        for table in summary.tables:
            blocks.extend(report_table(dataset, table))
    if summary.charts:
        blocks.append(heading("Charts", anchor="charts", running="Charts"))
        blocks.extend(chart_block(dataset, chart) for chart in summary.charts)
    if summary.groups:
        blocks.append(heading("Figures stated in the report", anchor="figures", running="Figures"))
        for group in summary.groups:
            blocks.append(subheading(group.heading, running=group.heading))
            blocks.extend(figures_grid(group.figures, continued=group.heading))
    return blocks


def report_blocks(dataset: Dataset, summary: ReportSummary) -> list[Block]:
    meta = "The report's full text, with its tables, charts of the figures it states, its sources and abbreviations."
    blocks = [title_block("kzdesk printout", summary.title, meta, "Contents"), heading("Contents")]
    entries = [(s.heading, s.id) for s in summary.sections]
    if summary.documents:
        entries.append(("Sources", "sources"))
    if summary.glossary:
        entries.append(("List of abbreviations", "abbreviations"))

    blocks.extend(contents_entries(entries))
    for index, section in enumerate(summary.sections):
        blocks.append(heading(section.heading, anchor=section.id, running=section.heading, page_break=index == 0))
        blocks.extend(text_blocks(dataset, section.paragraphs))
    if summary.documents:
        blocks.append(heading("Sources", anchor="sources", running="Sources"))
        blocks.extend(document(d) for d in summary.documents)
        if summary.documents_note:
            blocks.append(note(summary.documents_note))
    if summary.glossary:
        blocks.append(heading("List of abbreviations", anchor="abbreviations", running="List of abbreviations"))
        rows = [(term, (term, meaning)) for term, meaning in summary.glossary]
        blocks.extend(
            grid((Column("Abbreviation", 22), Column("Meaning", 78)), rows, continued="List of abbreviations")
        )
    return blocks


def wants_contents(summary: Summary) -> bool:
    """Whether a printout of this kind gets a contents page once it runs over a page (see with_contents).

    Asked before the blocks are built again for it, so a section's summary, which never gets one,
    is neither rendered twice nor imports the listings."""
    if isinstance(summary, SectionSummary):
        return summary.full_text
    if isinstance(summary, ProposalsSummary):
        return True
    from kzdesk.core.listings import GlossaryListing, ProjectsListing

    return isinstance(summary, (ProjectsListing, GlossaryListing))


def with_contents(summary: Summary, blocks: list[Block]) -> list[Block] | None:
    """``blocks`` with a contents page after the title: one entry per outline entry (each item,
    each heading), linked to its page like the report's contents (outline.py); or None where
    the printout has one it needs no contents for (fewer than two items), already has one
    (report, statistics, legislation) or must stay short (a section's summary).

    For printouts that run to more than a page: ``layout_request`` asks only then."""
    if not wants_contents(summary):
        return None
    return contents_page(blocks)


def contents_page(blocks: list[Block]) -> list[Block] | None:
    """``blocks`` (a title first) with the linked contents page after the title; None when there
    is no title, already a contents page, or fewer than two entries to list."""
    if not blocks or blocks[0].kind != "title" or any(b.kind == "toc" for b in blocks):
        return None
    items = [(index, block) for index, block in enumerate(blocks) if index > 0 and block.bookmark]
    if len(items) < 2:
        return None
    entries = []
    for index, block in items:
        if block.anchor is None:
            block.anchor = f"contents-{index}"
        indent = "\u00a0" * 5 * block.bookmark_level if any(b.bookmark_level == 0 for _i, b in items) else ""
        entries.append((indent + " ".join(block.bookmark.split()), block.anchor))
    blocks[1].page_break = True
    return [blocks[0], heading("Contents"), *contents_entries(entries), *blocks[1:]]


def contents_entries(entries: Sequence[tuple[str, str]]) -> list[Block]:
    """A contents line per (text, anchor); each becomes a link to its page in the PDF (outline.py)."""
    blocks = []
    for text, anchor in entries:
        # Laid out with a placeholder as wide as a page number; the number is filled in after pagination.
        placeholder = fill("toc_entry", text=text, page="000")
        blocks.append(Block(placeholder, kind="toc", key=anchor, late_html=_toc_entry(text, anchor)))
    return blocks


def _toc_entry(text: str, anchor: str) -> Callable[[Mapping[str, int]], str]:
    def late(anchors: Mapping[str, int]) -> str:
        return fill("toc_entry", text=text, page=str(anchors.get(anchor, "")))

    return late

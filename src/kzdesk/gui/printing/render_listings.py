"""Listings (figures, legislation, projects, glossary) → blocks, as the tabs show them.

Each item block carries an ``anchor`` so that the PDF outline can point at it.
"""

from __future__ import annotations

from kzdesk.core.listings import (
    ChartPrintout,
    FiguresListing,
    GlossaryListing,
    LegislationListing,
    Listing,
    ProjectsListing,
    count_line,
)
from kzdesk.core.model import Dataset
from kzdesk.core.references import Kind
from kzdesk.gui.printing.layout import Block
from kzdesk.gui.printing.render import (
    SECTION_GAP,
    Column,
    chart_block,
    contents_entries,
    document,
    figures_grid,
    grid,
    heading,
    mention,
    note,
    shortened,
    title_block,
)


def _nothing(blocks: list[Block], noun: str, filters: tuple[str, ...]) -> None:
    blocks.append(note(f"No {noun} to print" + (": " + ", ".join(filters) if filters else "") + "."))


def figures_blocks(title: str, listing: FiguresListing) -> list[Block]:
    meta = count_line(len(listing.figures), listing.total, Kind.STATISTIC, listing.filters) + " · in the order shown"
    blocks = [title_block(title, listing.title, meta, "Figures")]
    if not listing.figures:
        _nothing(blocks, "figures", listing.filters)
        return blocks
    rows = figures_grid(listing.figures, continued="Figures")
    rows[0].space_before = SECTION_GAP - 4
    return blocks + rows


def legislation_blocks(title: str, listing: LegislationListing) -> list[Block]:
    meta = count_line(len(listing.acts), listing.total, Kind.ACT, listing.filters)
    blocks = [title_block(title, listing.title, meta, "Legal changes")]
    parts = [("Legal changes", "legal-changes")] + ([("Source documents", "documents")] if listing.documents else [])
    blocks.extend(contents_entries(parts))
    blocks.append(heading("Legal changes", anchor="legal-changes", running="Legal changes"))
    if not listing.acts:
        _nothing(blocks, "legal changes", listing.filters)
    for act in listing.acts:
        block = mention(act)
        block.anchor = act.id
        block.bookmark, block.bookmark_level = act.name, 1
        blocks.append(block)
    if listing.documents:
        blocks.append(heading("Source documents", anchor="documents", running="Source documents"))
        for entry in listing.documents:
            block = document(entry)
            block.anchor = entry.id
            block.bookmark, block.bookmark_level = f"[{entry.number}] {entry.title}", 1
            blocks.append(block)
    return blocks


def projects_blocks(title: str, listing: ProjectsListing) -> list[Block]:
    meta = count_line(len(listing.projects), listing.total, Kind.PROJECT, listing.filters)
    blocks = [title_block(title, listing.title, meta, "Projects")]
    if not listing.projects:
        _nothing(blocks, "projects", listing.filters)
    for project in listing.projects:
        block = mention(project)
        block.anchor = project.id
        block.bookmark, block.bookmark_level = project.name, 1
        blocks.append(block)
    return blocks


def glossary_blocks(title: str, listing: GlossaryListing) -> list[Block]:
    meta = count_line(len(listing.terms), listing.total, Kind.TERM, listing.filters)
    blocks = [title_block(title, listing.title, meta, "Abbreviations")]
    if not listing.terms:
        _nothing(blocks, "abbreviations", listing.filters)
        return blocks
    rows = [(term, (term, meaning)) for term, meaning in listing.terms]
    table = grid((Column("Abbreviation", 22), Column("Meaning", 78)), rows, continued="List of abbreviations")
    table[0].space_before = SECTION_GAP - 4
    # An outline entry (and, over a page, a contents entry) per abbreviation, in the report's order.
    for block, (term, meaning) in zip([b for b in table if b.kind == "row"], listing.terms, strict=True):
        block.bookmark, block.bookmark_level = shortened(f"{term} — {meaning}"), 1
    return blocks + table


def listing_blocks(dataset: Dataset, listing: Listing) -> list[Block]:
    """``listing``'s blocks, under the title of the edition ``dataset`` holds."""
    title = dataset.report.title
    if isinstance(listing, ChartPrintout):
        return [
            title_block(title, listing.title, "A chart of figures the report states.", "Chart"),
            chart_block(dataset, listing.chart),
        ]
    if isinstance(listing, FiguresListing):
        return figures_blocks(title, listing)
    if isinstance(listing, LegislationListing):
        return legislation_blocks(title, listing)
    if isinstance(listing, ProjectsListing):
        return projects_blocks(title, listing)
    return glossary_blocks(title, listing)

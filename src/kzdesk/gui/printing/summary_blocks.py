"""A section summary as blocks: the curated key points, the headline figures, and one line for
each proposal, legal change and project the section concerns — at most two pages.

The full list of figures is not reprinted: the summary says where it is.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from kzdesk.core.labels import escape
from kzdesk.core.model import Dataset
from kzdesk.core.summary import KeyFigure, SectionSummary, describe
from kzdesk.gui.printing import ink
from kzdesk.gui.printing.fonts import text_font
from kzdesk.gui.printing.grid import DERIVED_MARK, PAD_X, Cell
from kzdesk.gui.printing.layout import Block
from kzdesk.gui.printing.render import (
    ITEM_GAP,
    Column,
    Markup,
    figure_rows,
    fill,
    grid,
    heading,
    marked,
    note,
    report_table,
    title_block,
)

CITATION = re.compile(r"\[([^\]]*)\]")
POINT_GAP = ITEM_GAP - 1  # between key points: each ends in its small-type source line, which already sets it off
LINE_CHARS = 74  # what one line holds at the body size, with room for its source after it


def one_line(text: str, limit: int = LINE_CHARS) -> str:
    """``text`` cut at a word to fit one printed line, the cut marked with an ellipsis."""
    text = " ".join(text.split()).rstrip(";")
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:–-") + " …"


def _lines(title: str, rows: list[tuple[str, str, str]]) -> list[Block]:
    """A titled list, one line per item (text, then its source in small type): (key, text, source)."""
    if not rows:
        return []
    lines = "<br/>".join(
        f'{escape(text)} <span class="source">· {escape(source)}</span>' for _key, text, source in rows
    )
    body = Block(Markup(f"<p>{lines}</p>"), kind="paragraph", key=title, splittable=True, space_before=4)
    return [heading(title), body]


def _named(name: str, kind: str) -> str:
    """ "Name — kind" on one line; the kind is left out when the name alone fills the line."""
    both = f"{name} — {kind}"
    return both if len(both) <= LINE_CHARS else one_line(name)


# Narrower than the Statistics printout's table: the unit is in the figure as printed, or after it.
HEADLINE_COLUMNS = (
    Column("Indicator", 50),
    Column("Figure", 21),
    Column("Year", 13),
    Column("Source", 16, style="small"),
)
NARROWEST_BODY = 481.6  # points: the text width of an A4 page (Letter's is wider), for column widths in percent


def _fitted_columns(figures: Sequence[KeyFigure]) -> tuple[Column, ...]:
    """The headline columns with Year and Source as wide as this table's longest word in them needs
    (a "when" such as "previously" must not run into the source), and the Indicator the rest: the
    fewer lines an indicator wraps to, the more often a short table fits where it is."""

    def percent(texts: Sequence[str], size: float, heading: str) -> int:
        widest = max(
            [ink.text_width(heading, text_font(9.5, bold=True))]
            + [ink.text_width(text, text_font(size)) for text in texts]
        )
        return math.ceil((widest + 2 * PAD_X + 1) * 100 / NARROWEST_BODY)

    indicator, figure, year, source = HEADLINE_COLUMNS
    year = year._replace(width=percent([w for f in figures for w in f.when.split()], 9.5, year.title))
    source = source._replace(width=percent([f.source for f in figures], 7.5, source.title))
    return indicator._replace(width=100 - figure.width - year.width - source.width), figure, year, source


MAGNITUDES = frozenset({"thousand", "million", "billion", "trillion"})


def _has_words(figure: str) -> bool:
    """Whether a figure as printed has a word besides its number and magnitude ("1.5 thousand")."""
    words = re.findall(r"[^\W\d_]+", figure)
    return not any(char.isdigit() for char in figure) or any(w.casefold() not in MAGNITUDES for w in words)


def headline_grid(figures: Sequence[KeyFigure]) -> list[Block]:
    rows = []
    for key, (indicator, value, unit, when, source) in figure_rows(figures):
        figure = (
            value
            # Only a bare number gets its unit: a figure with words ("5 suspects", "has been halved")
            # says what it counts, and "5 suspects persons" or "halved times" would not read.
            if unit in ("", "%") or any(word in value.text for word in unit.split()) or _has_words(value.text)
            else Cell((*value.runs, (f" {unit}", "qualifier")))
        )
        rows.append((key, (indicator, figure, when, source)))
    blocks = grid(_fitted_columns(figures), rows, continued="Headline figures")
    blocks[0].space_before = 4  # the header row, right under its heading: a short table fits where it can
    if any(f.derived for f in figures):
        blocks.append(
            note(f"{DERIVED_MARK} A derived value is computed from figures the report states; it does not state it.")
        )
    return blocks


def digest_blocks(dataset: Dataset, summary: SectionSummary) -> list[Block]:
    count = len(summary.key_points)
    parts = [f"{count} key point{'s' if count != 1 else ''} in the report's own words, each with its paragraph"]
    if summary.key_figures or summary.tables:
        parts.append("headline figures")
    if summary.proposals or summary.acts or summary.projects:
        parts.append("the proposals, legal changes and projects the section concerns")
    meta = "; ".join(parts) + "."
    kicker = f"{dataset.report.title} · {describe(summary, dataset.report)}"
    blocks = [title_block(kicker, summary.heading, meta, summary.heading), heading("Key points")]
    for point in summary.key_points:
        source = f"{point.source} · {point.note}" if point.note else point.source
        blocks.append(
            Block(
                fill("key_point", text=marked(point.text, point.figures), source=source),
                kind="key-point",
                key=point.paragraph,
                splittable=True,
                space_before=POINT_GAP,
            )
        )
    if summary.key_figures:
        blocks.append(heading("Headline figures"))
        blocks.extend(headline_grid(summary.key_figures))
    # The report's own tables are its headline figures where a section has them (Section 1): short, so printed.
    for table in summary.tables:
        blocks.extend(report_table(dataset, table))
    where = []
    if summary.figures_total:
        total = summary.figures_total
        every = f"All {total} figures of this section" if total > 1 else "The section's one figure"
        where.append(f"{every}: Statistics tab (section filter) or kzdesk print --statistics")
    if summary.charts:
        charts = f"{len(summary.charts)} chart{'s' if len(summary.charts) > 1 else ''}"
        where.append(f"{charts} of these figures: Statistics tab, Charts, or the section's full text")
    where.append(f"Full text: kzdesk print --section {summary.id} --full-text")
    blocks.append(note(". ".join(where) + "."))
    blocks += _lines(
        "Proposals",
        [(p.id, f"{p.number}) {one_line(p.text, LINE_CHARS - 4)}", p.source) for p in summary.proposals],
    )
    blocks += _lines("Legal changes", [(a.id, _named(a.name, a.kind), a.source) for a in summary.acts])
    blocks += _lines("Projects and programmes", [(m.id, _named(m.name, m.kind), m.source) for m in summary.projects])
    # Only the documents the printed points cite ("[7, p. 7]" in a point's own text), and where.
    cited_by: dict[int, list[str]] = {}
    for point in summary.key_points:
        for bracket in CITATION.findall(point.text):
            for part in bracket.split(";"):
                number = part.strip().split(",")[0].strip()
                if number.isdigit() and point.source not in cited_by.setdefault(int(number), []):
                    cited_by[int(number)].append(point.source)
    cited = [d._replace(cited_in=tuple(cited_by[d.number])) for d in summary.documents if d.number in cited_by]
    blocks += _lines(
        "Source documents cited by the key points",
        [(d.id, f"[{d.number}] {one_line(d.title)}", "cited in " + "; ".join(d.cited_in)) for d in cited],
    )
    return blocks

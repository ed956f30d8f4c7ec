"""A briefing as structured content: headings, the report's words, the user's words, figures,
tables, charts and proposals, each report block with its citation.

Every renderer (Word, Excel, PDF) walks these blocks and nothing else. The report's words
(:class:`ReportText`) and the user's (:class:`UserText`) are different block types, so no
renderer can mix them up. No Qt (the core contract).
"""

from __future__ import annotations

from dataclasses import dataclass

from kzdesk.core.charts import ChartData
from kzdesk.core.document.sheets import Cell


@dataclass(frozen=True, slots=True)
class Citation:
    """Where a block comes from: the edition's citation, the paragraph (its label says its number),
    and the source documents that paragraph cites (their ids), if any."""

    text: str  # the whole citation line: "<report>, 2020, Section 5, para. 3"
    paragraph: str = ""  # the paragraph id ("section-5-p3"), "" when the block cites the report as a whole
    place: str = ""  # "Section 5, para. 3" (what the reader looks up)
    documents: tuple[str, ...] = ()  # source documents the paragraph cites ("document-3")


@dataclass(frozen=True, slots=True)
class Heading:
    level: int  # 1: an item's heading; 2: a part inside an item
    text: str


@dataclass(frozen=True, slots=True)
class ReportText:
    """Words of the report, verbatim."""

    text: str
    citation: Citation
    kind: str = "text"  # the paragraph's kind: text | heading | figure | table | proposal | point


@dataclass(frozen=True, slots=True)
class UserText:
    """The user's own words (a note or a text block): always shown under ``label`` and apart from the report."""

    label: str  # "Your note" / "Your text" (translated)
    text: str
    when: str  # the time they wrote or last changed it (the workspace's UTC timestamp), "" for a one-shot block
    about: str = ""  # for a note: what it is on ("Section 5, para. 3")


@dataclass(frozen=True, slots=True)
class FigureBlock:
    """One figure: its typed value as the dataset holds it, and the text the report prints."""

    id: str
    indicator: str
    value: float
    unit: str
    year: int | None
    as_printed: str  # the figure as the report prints it; for a derived one, the computed number
    derived: bool
    citation: Citation
    when: str = ""  # year, or the period the text gives
    qualifier: str = ""
    derivation: str = ""


@dataclass(frozen=True, slots=True)
class TableBlock:
    """A report table: column headers and rows of typed cells (numbers where the cell is a number)."""

    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    citation: Citation
    printed: tuple[tuple[str, ...], ...] = ()  # the same rows exactly as printed


@dataclass(frozen=True, slots=True)
class ChartBlock:
    chart: ChartData
    citation: Citation


@dataclass(frozen=True, slots=True)
class ProposalBlock:
    """A proposal in the report's words; ``status``/``unit``/``due`` are the user's tracker entry, if any."""

    number: int
    text: str
    citation: Citation
    status: str = ""  # the status label (translated), "" when not tracked
    unit: str = ""
    due: str = ""
    tracked_label: str = ""  # "Your tracker" (translated) when any of the above is given


Block = Heading | ReportText | UserText | FigureBlock | TableBlock | ChartBlock | ProposalBlock


@dataclass(frozen=True, slots=True)
class Source:
    """A source document the briefing's items cite."""

    id: str
    number: int
    text: str  # the list entry exactly as printed
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Document:
    title: str
    made: str  # the date it was made (YYYY-MM-DD)
    edition: str  # the edition's citation ("<report>, 2020")
    blocks: tuple[Block, ...]
    sources: tuple[Source, ...] = ()

    def citations(self) -> list[Citation]:
        """Every block's citation, in order (a block without one, the user's, gives none)."""
        return [c for b in self.blocks if (c := getattr(b, "citation", None)) is not None]

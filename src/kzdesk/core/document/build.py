"""A briefing pack (or a one-shot list of items) as a :class:`~kzdesk.core.document.model.Document`.

The content comes from the builders the printouts use (a section's summary is
:func:`kzdesk.core.summary.section_summary`'s key points and figures, not a second
selection); this module only arranges it into blocks and cites every report block.
No Qt (the core contract).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date

from kzdesk.core.charts import ChartData, all_charts
from kzdesk.core.document.model import (
    Block,
    ChartBlock,
    Citation,
    Document,
    FigureBlock,
    Heading,
    ProposalBlock,
    ReportText,
    Source,
    TableBlock,
    UserText,
)
from kzdesk.core.document.sheets import Cell, Column, Sheet
from kzdesk.core.editions import edition_key
from kzdesk.core.labels import (
    DERIVED_MARK,
    citation,
    proposal_label,
    section_heading,
    table_label,
    tracker_status_label,
    translate,
)
from kzdesk.core.model import Act, Dataset, Paragraph, Project, Proposal, Section, Statistic, Table
from kzdesk.core.model import Document as SourceDocument
from kzdesk.core.packs import is_known, target_label
from kzdesk.core.references import Kind, kind_of
from kzdesk.core.summary import key_figure, section_summary, source_label
from kzdesk.core.workspace.records import Note, Pack, PackItem, TrackerEntry


class DocumentError(ValueError):
    """The items cannot make a briefing (an unknown reference, another edition, nothing in it); the message says why."""


def _t(text: str) -> str:
    return translate("Document", text)


def build_document(
    dataset: Dataset,
    pack_or_items: Pack | Sequence[PackItem],
    title: str | None = None,
    notes: Mapping[str, Note] | None = None,
    tracker: Mapping[str, TrackerEntry] | None = None,
    made: date | None = None,
) -> Document:
    """The briefing of ``pack_or_items`` in their order.

    ``notes``: the user's notes by id (a "note" item finds its note here; one missing was
    deleted, and the briefing says so); ``tracker``: the user's tracker entries of this
    edition by proposal id (a proposal shows its status, marked as the user's).
    """
    items = pack_or_items.items if isinstance(pack_or_items, Pack) else tuple(pack_or_items)
    if title is None:
        title = pack_or_items.title if isinstance(pack_or_items, Pack) else _t("Briefing")
    if not items:
        raise DocumentError(_t("the briefing is empty: add at least one item"))
    builder = _Builder(dataset, notes or {}, tracker or {})
    for item in items:
        builder.add(item)
    return Document(
        title=title,
        made=(made or date.today()).isoformat(),
        edition=citation(dataset.report),
        blocks=tuple(builder.blocks),
        sources=builder.sources(),
    )


class _Builder:
    def __init__(self, dataset: Dataset, notes: Mapping[str, Note], tracker: Mapping[str, TrackerEntry]) -> None:
        self.dataset = dataset
        self.edition = edition_key(dataset.report)
        self.notes = notes
        self.tracker = tracker
        self.blocks: list[Block] = []
        self.documents: set[str] = set()
        self._charts: dict[str, ChartData] | None = None

    # ---- citations ---------------------------------------------------------------------------
    def cite(self, paragraph_id: str = "", place: str | None = None) -> Citation:
        """The citation of a paragraph (its label, the documents it cites), or of the report itself."""
        dataset = self.dataset
        if not paragraph_id or paragraph_id not in dataset.by_id:
            where = place or ""
            return Citation(citation(dataset.report, where), "", where)
        label = source_label(dataset, paragraph_id)
        paragraph = dataset.paragraph(paragraph_id)
        documents = tuple(dict.fromkeys(c.document for c in paragraph.citations if c.document in dataset.by_id))
        self.documents.update(documents)
        return Citation(citation(dataset.report, label), paragraph_id, label, documents)

    def sources(self) -> tuple[Source, ...]:
        chosen = [d for d in self.dataset.documents if d.id in self.documents]
        return tuple(Source(d.id, d.number, d.text, d.url) for d in chosen)

    # ---- items ---------------------------------------------------------------------------------
    def add(self, item: PackItem) -> None:
        if item.kind == "text":
            self.blocks.append(UserText(_t("Your text"), item.text, item.updated))
            return
        if item.kind == "note":
            self._note(item)
            return
        if item.edition and item.edition != self.edition:
            raise DocumentError(
                _t("{id} is of the edition {edition}, not of the one loaded ({loaded})").format(
                    id=item.target, edition=item.edition, loaded=self.edition
                )
            )
        if not is_known(self.dataset, item.target):
            raise DocumentError(
                _t("there is no {id} in this edition (see 'kzdesk search' for the ids)").format(id=item.target[:80])
            )
        entity = self.dataset.by_id.get(item.target)
        if isinstance(entity, Section):
            self._section(entity, full=item.form == "full")
        elif isinstance(entity, Paragraph):
            self.blocks.append(Heading(1, source_label(self.dataset, entity.id)))
            self._paragraph(entity)
        elif isinstance(entity, Proposal):
            self._proposal(entity)
        elif isinstance(entity, Statistic):
            if not self.blocks or not isinstance(self.blocks[-1], FigureBlock):
                self.blocks.append(Heading(1, _t("Figures")))
            self.blocks.append(self.figure(entity))
        elif isinstance(entity, Table):
            self.blocks.append(Heading(1, f"{table_label(entity.number)}. {entity.title}"))
            self.blocks.append(self.table(entity))
        elif isinstance(entity, (Act, Project)):
            self.blocks.append(Heading(1, target_label(self.dataset, entity.id)))
            self.blocks.append(ReportText(entity.description, self.cite(entity.paragraph)))
        elif isinstance(entity, SourceDocument):
            self.documents.add(entity.id)
            self.blocks.append(Heading(1, entity.title))
            self.blocks.append(ReportText(entity.text, self.cite(place=_t("list of sources"))))
        elif kind_of(item.target) is Kind.CHART:
            chart = self.chart(item.target)
            self.blocks.append(Heading(1, chart.title))
            self.blocks.append(ChartBlock(chart, self.cite(chart.sources[-1] if chart.sources else "")))

    def _note(self, item: PackItem) -> None:
        note = self.notes.get(item.target)
        if note is None:
            self.blocks.append(UserText(_t("Your note"), _t("(this note was deleted; it is left out)"), ""))
            return
        about = target_label(self.dataset, note.target) if note.edition == self.edition else note.target
        self.blocks.append(UserText(_t("Your note"), note.text, note.updated, about))

    def _section(self, section: Section, full: bool) -> None:
        summary = section_summary(self.dataset, section.id, full_text=full)
        suffix = _t("full text") if full else _t("summary")
        self.blocks.append(Heading(1, f"{section_heading(section)} — {suffix}"))
        if summary.key_points:
            self.blocks.append(Heading(2, _t("Key points")))
            for point in summary.key_points:
                text = f"{point.text} ({point.note})" if point.note else point.text
                self.blocks.append(ReportText(text, self.cite(point.paragraph), "point"))
        for paragraph in summary.paragraphs:
            self._paragraph(self.dataset.paragraph(paragraph.id))
            for chart in paragraph.charts:
                self.blocks.append(ChartBlock(chart, self.cite(chart.sources[-1] if chart.sources else "")))
        if summary.key_figures and not full:
            self.blocks.append(Heading(2, _t("Key figures")))
            for figure in summary.key_figures:
                stat = self.dataset.by_id[figure.id]
                assert isinstance(stat, Statistic)
                self.blocks.append(self.figure(stat))

    def _paragraph(self, paragraph: Paragraph) -> None:
        if paragraph.kind == "table":
            table = next((t for t in self.dataset.tables if t.paragraph == paragraph.id), None)
            if table is not None:
                self.blocks.append(self.table(table))
                return
        self.blocks.append(ReportText(paragraph.text, self.cite(paragraph.id), paragraph.kind))

    def _proposal(self, proposal: Proposal) -> None:
        self.blocks.append(Heading(1, proposal_label(proposal.number)))
        entry = self.tracker.get(proposal.id)
        if entry is None:
            self.blocks.append(ProposalBlock(proposal.number, proposal.text, self.cite(proposal.paragraph)))
            return
        self.blocks.append(
            ProposalBlock(
                proposal.number,
                proposal.text,
                self.cite(proposal.paragraph),
                status=tracker_status_label(entry.status),
                unit=entry.unit,
                due=entry.due or "",
                tracked_label=_t("Your tracker"),
            )
        )

    # ---- content -------------------------------------------------------------------------------
    def figure(self, stat: Statistic) -> FigureBlock:
        shown = key_figure(self.dataset, stat)
        return FigureBlock(
            id=stat.id,
            indicator=stat.indicator,
            value=stat.value,
            unit=stat.unit,
            year=stat.year,
            as_printed=shown.figure,
            derived=stat.derived,
            citation=self.cite(stat.paragraph),
            when=shown.when,
            qualifier=stat.qualifier,
            derivation=shown.derivation,
        )

    def table(self, table: Table) -> TableBlock:
        printed = tuple((row.label, *row.cells) for row in table.rows)
        rows = tuple(tuple(typed_cell(cell) if i else cell for i, cell in enumerate(row)) for row in printed)
        return TableBlock(
            f"{table_label(table.number)}. {table.title}", table.header, rows, self.cite(table.paragraph), printed
        )

    def chart(self, chart_id: str) -> ChartData:
        if self._charts is None:
            self._charts = {c.id: c for c in all_charts(self.dataset)}
        return self._charts[chart_id]


_PLAIN_NUMBER = re.compile(r"[+\-−]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[+\-−]?\d+(?:\.\d+)?")


def typed_cell(text: str) -> Cell:
    """A table cell as a number when it is one ("1,717" → 1717, "22.7" → 22.7); else the text as printed."""
    stripped = text.strip()
    if not _PLAIN_NUMBER.fullmatch(stripped):
        return text
    number = float(stripped.replace(",", "").replace("−", "-"))
    return int(number) if number.is_integer() and "." not in stripped else number


# ---- spreadsheets --------------------------------------------------------------------------------


def document_sheets(document: Document) -> list[Sheet]:
    """The briefing's figures (one sheet) and each of its tables and charts (a sheet each), typed."""
    sheets: list[Sheet] = []
    figures = [b for b in document.blocks if isinstance(b, FigureBlock)]
    if figures:
        columns: tuple[Column, ...] = (
            Column(_t("Indicator"), "text", 50),
            Column(_t("Value"), "number", 14),
            Column(_t("Unit"), "text", 14),
            Column(_t("Year"), "year", 8),
            Column(_t("As printed"), "text", 24),
            Column(_t("Derived"), "text", 8),
            Column(_t("Source paragraph"), "text", 22),
        )
        rows: tuple[tuple[Cell, ...], ...] = tuple(
            (
                f.indicator,
                f.value,
                f.unit,
                f.year,
                f.as_printed,
                DERIVED_MARK if f.derived else "",
                f.citation.place,
            )
            for f in dict.fromkeys(figures)  # a figure in two items is one row
        )
        sheets.append(Sheet(_t("Figures"), columns, rows, document.edition))
    for block in document.blocks:
        if isinstance(block, TableBlock):
            kinds = [_column_kind([row[i] for row in block.rows]) for i in range(len(block.columns))]
            columns = tuple(Column(title, kind) for title, kind in zip(block.columns, kinds, strict=True))
            # A number column keeps numbers; a text column (mixed "1,717" and "-5%") the cells as printed.
            rows = tuple(
                tuple(
                    cell if kind == "number" else text for cell, text, kind in zip(typed, printed, kinds, strict=True)
                )
                for typed, printed in zip(block.rows, block.printed, strict=True)
            )
            sheets.append(Sheet(block.title, columns, rows, block.citation.text))
        elif isinstance(block, ChartBlock):
            chart = block.chart
            columns = (Column(chart.category_label or _t("Category")),) + tuple(
                Column(s.label or chart.unit, "number") for s in chart.series
            )
            rows = tuple(
                (category, *(float(s.values[i]) for s in chart.series)) for i, category in enumerate(chart.categories)
            )
            sheets.append(Sheet(chart.title, columns, rows, block.citation.text))
    return sheets


def _column_kind(cells: Sequence[Cell]) -> str:
    filled = [c for c in cells if c not in (None, "")]
    return "number" if filled and all(isinstance(c, (int, float)) for c in filled) else "text"

"""The user's bookmarks, highlights and notes as one table model, for the Bookmarks and Notes panel.

One row per bookmark, highlight or note of the current edition: what kind it is, the item
it is on (the label a reader sees, never an internal id), the user's own words (a
highlight's quote) and when they were last changed. The row's id role holds the item's
id, so "open" goes through the window's usual routing; the record role holds the record
itself; the kind role holds (the record's kind, the item's kind), what the panel's kind
filter matches. A highlight whose quote the paragraph no longer has is listed as detached.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from kzdesk.core.model import Act, Dataset, Document, Paragraph, Project, Proposal, Section, Statistic, Term
from kzdesk.core.references import kind_of
from kzdesk.core.workspace.records import Bookmark, Highlight, Note
from kzdesk.core.workspace.store import Workspace
from kzdesk.gui.roles import IdRole, KindRole, SortRole, WorkspaceRecordRole
from kzdesk.gui.workspace.anchoring import locate

COLUMNS = ("Kind", "Item", "Your words", "Updated")
Index = QModelIndex | QPersistentModelIndex
Row = Bookmark | Highlight | Note


def record_kind(record: Row) -> str:
    """ "bookmark", "highlight" or "note": the kind filter's name for what the user made."""
    return "note" if isinstance(record, Note) else "highlight" if isinstance(record, Highlight) else "bookmark"


def is_detached(dataset: Dataset, highlight: Highlight) -> bool:
    """Whether the highlight's paragraph no longer has its quote (another edition, a changed text)."""
    entity = dataset.by_id.get(highlight.target)
    text = entity.text if isinstance(entity, Paragraph) else None
    return text is None or locate(text, highlight.start, highlight.end, highlight.quote) is None


def item_label(dataset: Dataset, target: str) -> str:
    """What a reader calls the item ``target``: "Section 5, para. 3", "Proposal 7", a figure's indicator …"""
    from kzdesk.gui.models.statistics import paragraph_label

    entity = dataset.by_id.get(target)
    if isinstance(entity, Paragraph):
        section = dataset.section_of_paragraph.get(target)
        return paragraph_label(target, section.title if section else "")
    if isinstance(entity, Proposal):
        return f"Proposal {entity.number}"
    if isinstance(entity, Statistic):
        return entity.indicator
    if isinstance(entity, (Project,)):
        return entity.name
    if isinstance(entity, (Act, Document, Section)):
        return entity.title
    if isinstance(entity, Term):
        return entity.term
    return "An item this edition does not have"


class YourItemsModel(QAbstractTableModel):
    """Bookmarks, highlights and notes of ``edition`` in ``workspace``; :meth:`reload` after any change."""

    def __init__(self, workspace: Workspace, dataset: Dataset, edition: str) -> None:
        super().__init__()
        self.workspace = workspace
        self.dataset = dataset
        self.edition = edition
        self._rows: list[Row] = []
        self._labels: list[str] = []
        self._detached: set[str] = set()  # ids of highlights whose quote their paragraph no longer has
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        highlights = self.workspace.highlights(edition=self.edition)
        self._rows = [*self.workspace.bookmarks(self.edition), *highlights, *self.workspace.notes(edition=self.edition)]
        self._labels = [item_label(self.dataset, row.target) for row in self._rows]
        self._detached = {h.id for h in highlights if is_detached(self.dataset, h)}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 — Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 4:
            return COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == IdRole:
            return row.target
        if role == WorkspaceRecordRole:
            return row
        if role == KindRole:
            kind = kind_of(row.target)
            return record_kind(row), kind.value if kind is not None else ""
        if role in (Qt.ItemDataRole.DisplayRole, SortRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return self._kind_label(row)
            if column == 1:
                return self._labels[index.row()]
            if column == 2:
                if isinstance(row, Note):
                    text = row.text if role == Qt.ItemDataRole.ToolTipRole else " ".join(row.text.split())
                    return text
                if isinstance(row, Highlight):
                    quote = "\u201c{}\u201d".format(" ".join(row.quote.split()))
                    if row.id in self._detached:
                        return self.tr("{quote} (detached: the paragraph no longer has these words)").format(
                            quote=quote
                        )
                    return quote
                return row.colour or ""
            if column == 3:
                return row.updated if role == SortRole else row.updated[:16].replace("T", " ")
        return None

    def _kind_label(self, row: Row) -> str:
        if isinstance(row, Note):
            return self.tr("Note")
        if isinstance(row, Highlight):
            return self.tr("Highlight (detached)") if row.id in self._detached else self.tr("Highlight")
        return self.tr("Bookmark")

    def is_detached(self, highlight_id: str) -> bool:
        return highlight_id in self._detached

    def row_of_record(self, record_id: str) -> int:
        return next((i for i, row in enumerate(self._rows) if row.id == record_id), -1)

""" "Show all": every hit of a global search in one list to scroll, sort by kind and open from.

The popup shows at most its first results; this dialog lists the complete search
(``SearchPopup.complete``). It is modeless, so the user can open hit after hit and
come back; Enter or a double click opens the current row, Esc closes. Built on
first use only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from kzdesk.gui.models.search_results import NOTE_KIND, hit_target, kind_counts, kind_label
from kzdesk.gui.roles import IdRole, KindRole, SortRole

if TYPE_CHECKING:
    from kzdesk.core.search import SearchHit, SearchResult

_Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("#", "Kind", "Title", "Context")


class AllResultsModel(QAbstractTableModel):
    """One row per hit, in rank order; "#" is the rank, so sorting by it restores relevance order."""

    def __init__(self, result: SearchResult, parent: Any = None) -> None:
        super().__init__(parent)
        self.result = result
        self._hits: tuple[SearchHit, ...] = tuple(sorted(result.hits, key=lambda h: -h.score))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section] if 0 <= section < len(COLUMNS) else None
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit, column = self._hits[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (str(index.row() + 1), kind_label(hit.kind), hit.title, _context(hit))[column]
        if role == SortRole:
            # Within a kind, rank order: sorting by kind groups without shuffling each group.
            return (index.row(), (kind_label(hit.kind), index.row()), hit.title.casefold(), hit.snippet)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column >= 2:
            return hit.snippet if column == 3 else hit.title
        if role == IdRole:
            return hit_target(hit)
        if role == KindRole:
            return hit.kind
        return None


def _context(hit: SearchHit) -> str:
    """The Context column: the report's words as they are; the user's own notes marked as theirs."""
    if hit.kind == NOTE_KIND:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("SearchResults", "Your note:") + f" “{hit.snippet}”"
    return hit.snippet


class _Proxy(QSortFilterProxyModel):
    def lessThan(self, left: _Index, right: _Index) -> bool:
        return left.data(SortRole) < right.data(SortRole)  # type: ignore[no-any-return]


class _ResultsTable(QTableView):
    opened = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.opened.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class AllResultsDialog(QDialog):
    #: The user chose a hit: the id to open.
    activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("all-results")
        self.setWindowTitle("Search results")
        self.setModal(False)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.table = _ResultsTable(self)
        self.table.setAccessibleName("All search results")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(self._open)
        self.table.opened.connect(self._open)
        self.proxy = _Proxy(self)
        self.table.setModel(self.proxy)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        hint = QLabel("Enter or double-click opens a result; click a column heading to sort (# is relevance).", self)
        hint.setWordWrap(True)
        layout.addWidget(hint)

    def set_result(self, result: SearchResult) -> None:
        model = AllResultsModel(result, self)
        old = self.proxy.sourceModel()
        self.proxy.setSourceModel(model)
        if old is not None:
            old.deleteLater()
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        counts = kind_counts(result.hits)
        groups = ", ".join(f"{kind_label(k)} {n}" for k, n in sorted(counts.items(), key=lambda kv: -kv[1]))
        self.summary.setText(
            f"{len(result.hits)} results for “{result.query}”: {groups}"
            if counts
            else f"No results for “{result.query}”"
        )
        self.setWindowTitle(f"Search results for “{result.query}”")
        if model.rowCount():
            self.table.selectRow(0)
        self.table.setFocus()

    def sort_by_kind(self) -> None:
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)

    def _open(self, index: QModelIndex) -> None:
        target = index.data(IdRole)
        if target:
            self.activated.emit(target)

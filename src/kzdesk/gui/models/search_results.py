"""The global search's results as a flat list: a header row per kind (with its count), then its hits.

A flat list keeps keyboard movement simple (the popup skips header rows) while
still grouping results by kind. Groups come in the order of their best hit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from kzdesk.core.labels import escape
from kzdesk.gui.roles import IdRole, KindRole, NoteIdRole, SnippetHtmlRole

if TYPE_CHECKING:
    from kzdesk.core.search import SearchHit, SearchResult

#: How each kind's group is titled in the popup.
KIND_LABELS = {
    "section": "Report text",
    "proposal": "Proposals",
    "project": "Projects",
    "act": "Legislation",
    "statistic": "Statistics",
    "document": "Source documents",
    "term": "Abbreviations",
}

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ResultRow:
    kind: str
    text: str  # the group's title with its count, or the hit's title
    target: str | None = None  # what opening the row shows; None for a group header
    snippet_html: str = ""
    snippet_text: str = ""
    note: str | None = None  # for the user's own notes: the note's id (the target is the item it is on)

    @property
    def is_header(self) -> bool:
        return self.target is None


#: The kind of the user's own notes among the hits (kzdesk.core.search.notes.NOTE_KIND).
NOTE_KIND = "note"


def hit_target(hit: SearchHit) -> str:
    """The id to open for a hit: a report hit opens its paragraph, a note the item it is on,
    anything else itself."""
    return hit.target or hit.paragraph or hit.id


def kind_label(kind: str) -> str:
    if kind == NOTE_KIND:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("SearchResults", "Your notes")
    return KIND_LABELS.get(kind, kind.title())


def note_snippet_html(snippet_html: str) -> str:
    """A note's text as the popup shows it: in italics and quotes, the user's words, not the report's."""
    from PySide6.QtCore import QCoreApplication

    mark = QCoreApplication.translate("SearchResults", "Your note:")
    return f"{escape(mark)} <i>“{snippet_html}”</i>"


def kind_counts(hits: tuple[SearchHit, ...]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for hit in hits:
        counts[hit.kind] = counts.get(hit.kind, 0) + 1
    return counts


def header_text(kind: str, shown: int, total: int | None) -> str:
    """ "Report text (13)" when all are shown, "Report text (13 of 167)" when the popup shows only some."""
    if total is None or total <= shown:
        return f"{kind_label(kind)} ({shown})"
    if shown == 0:
        return f"{kind_label(kind)} ({total}, in Show all)"
    return f"{kind_label(kind)} ({shown} of {total})"


def group_rows(result: SearchResult, totals: dict[str, int] | None = None) -> list[ResultRow]:
    """Header and hit rows; ``totals`` (hits per kind of the complete search), when known, go in the headers."""
    from kzdesk.core.search import render_snippet

    groups: dict[str, list[SearchHit]] = {}
    for hit in sorted(result.hits, key=lambda h: -h.score):
        groups.setdefault(hit.kind, []).append(hit)
    rows: list[ResultRow] = []
    for kind, hits in groups.items():
        rows.append(ResultRow(kind, header_text(kind, len(hits), (totals or {}).get(kind))))
        for hit in hits:
            snippet = render_snippet(hit.snippet, hit.highlights)
            if kind == NOTE_KIND:
                rows.append(
                    ResultRow(kind, hit.title, hit_target(hit), note_snippet_html(snippet), hit.snippet, hit.id)
                )
                continue
            rows.append(ResultRow(kind, hit.title, hit_target(hit), snippet, hit.snippet))
    for kind, total in (totals or {}).items():
        if kind not in groups and total:
            rows.append(ResultRow(kind, header_text(kind, 0, total)))  # a whole group beyond the popup's limit
    return rows


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ResultRow] = []
        self.result: SearchResult | None = None
        #: Hits per kind of the complete (unlimited) search, once it has run; None until then.
        self.totals: dict[str, int] | None = None

    def set_result(self, result: SearchResult | None) -> None:
        self.beginResetModel()
        self.result = result
        self.totals = None
        self._rows = group_rows(result) if result is not None else []
        self.endResetModel()

    def set_totals(self, totals: dict[str, int]) -> None:
        """The complete search's count per kind, shown in the group headers."""
        if self.result is None:
            return
        self.beginResetModel()
        self.totals = dict(totals)
        self._rows = group_rows(self.result, self.totals)
        self.endResetModel()

    @property
    def total_count(self) -> int | None:
        return None if self.totals is None else sum(self.totals.values())

    def rows(self) -> tuple[ResultRow, ...]:
        return tuple(self._rows)

    @property
    def hit_count(self) -> int:
        return sum(1 for row in self._rows if not row.is_header)

    def group_counts(self) -> dict[str, int]:
        """Hits shown per kind (at most the popup's limit in all)."""
        counts: dict[str, int] = {}
        for row in self._rows:
            if not row.is_header:
                counts[row.kind] = counts.get(row.kind, 0) + 1
        return counts

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.text
        if role == IdRole:
            return row.target
        if role == KindRole:
            return row.kind
        if role == SnippetHtmlRole:
            return row.snippet_html
        if role == NoteIdRole:
            return row.note
        if role == Qt.ItemDataRole.ToolTipRole:
            return None if row.is_header else row.text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return row.text if row.is_header else f"{row.text}: {row.snippet_text}"
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].is_header:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def next_hit_row(self, row: int, step: int) -> int | None:
        """The nearest hit row from ``row`` in direction ``step`` (header rows skipped), if any."""
        position = row + step
        while 0 <= position < len(self._rows):
            if not self._rows[position].is_header:
                return position
            position += step
        return None

"""One filter proxy for every table: exact-match criteria from combo boxes plus a word filter.

A source model used with :class:`FilterProxy` provides ``filter_values(row)`` (field → value,
or a collection of values when a row belongs to several, e.g. the sections a project is
mentioned in) and ``filter_text(row)`` (casefolded text the word filter searches).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal

from kzdesk.core.labels import fold
from kzdesk.gui.roles import SortRole


class FilterProxy(QSortFilterProxyModel):
    #: Before a filter change removes or adds a row (the selection is still the user's).
    filter_about_to_change = Signal()
    #: After it: the rows shown are the new ones.
    filter_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        #: True while a filter change is under way: a current row Qt moves meanwhile is not the user's choice.
        self.filtering = False
        self._criteria: dict[str, Any] = {}
        self._words: tuple[str, ...] = ()
        self.setSortRole(SortRole)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortLocaleAware(True)
        self.setDynamicSortFilter(True)

    @contextmanager
    def changing(self) -> Iterator[None]:
        """Bracket a filter change with :attr:`filter_about_to_change` and :attr:`filter_changed`."""
        if self.filtering:  # nested (a subclass's change built on ours): one bracket
            yield
            return
        self.filter_about_to_change.emit()
        self.filtering = True
        try:
            yield
        finally:
            self.filtering = False
            self.filter_changed.emit()

    def set_criterion(self, field: str, value: Any) -> None:
        """Keep only rows whose ``field`` equals (or contains) ``value``; None removes the criterion."""
        if self._criteria.get(field) == value:
            return
        with self.changing():
            self.beginFilterChange()
            if value is None:
                self._criteria.pop(field, None)
            else:
                self._criteria[field] = value
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def criterion(self, field: str) -> Any:
        return self._criteria.get(field)

    def set_text(self, text: str) -> None:
        """Keep only rows whose filter text contains every word of ``text`` (any order, any case)."""
        words = tuple(fold(text).split())
        if words == self._words:
            return
        with self.changing():
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def text(self) -> str:
        return " ".join(self._words)

    def clear_filters(self) -> None:
        with self.changing():
            self.beginFilterChange()
            self._criteria.clear()
            self._words = ()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        model = self.sourceModel()
        if self._criteria:
            values = model.filter_values(source_row)
            for field, wanted in self._criteria.items():
                have = values.get(field)
                if isinstance(have, Collection) and not isinstance(have, str):
                    if wanted not in have:
                        return False
                elif have != wanted:
                    return False
        if self._words:
            text = model.filter_text(source_row)
            return all(word in text for word in self._words)
        return True

    def source_rows(self) -> list[int]:
        """Source rows in the order the proxy shows them (for export)."""
        return [self.mapToSource(self.index(row, 0)).row() for row in range(self.rowCount())]

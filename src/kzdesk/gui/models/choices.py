"""The entries of a filter combo box: an "All …" entry, then (label, value) pairs."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox

from kzdesk.gui.roles import IdRole


class ChoicesModel(QAbstractListModel):
    """Row 0 is ``all_label`` with value None; IdRole gives each row's value."""

    def __init__(self, all_label: str, choices: Iterable[tuple[str, Any]], parent: Any = None) -> None:
        super().__init__(parent)
        self._choices: list[tuple[str, Any]] = [(all_label, None), *choices]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._choices)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._choices):
            return None
        label, value = self._choices[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return label
        if role == IdRole:
            return value
        return None

    def value(self, row: int) -> Any:
        return self._choices[row][1] if 0 <= row < len(self._choices) else None

    def row_of(self, value: Any) -> int:
        """The row holding ``value``, or 0 ("All") when it is not among the choices."""
        for row, (_label, have) in enumerate(self._choices):
            if have == value:
                return row
        return 0


def filter_combo(name: str, model: ChoicesModel) -> QComboBox:
    """A filter combo box over ``model``, named for screen readers (each tab builds several)."""
    combo = QComboBox()
    combo.setModel(model)
    combo.setAccessibleName(name)
    combo.setToolTip(name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(10)
    # The closed box may elide a long section title; the open list shows it whole.
    combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
    return combo

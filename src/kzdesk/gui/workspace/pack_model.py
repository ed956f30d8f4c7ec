"""A briefing pack's items as a two-column model (kind, item), reorderable by drag and drop.

One row per item in the pack's order. The user's own items (their notes and text blocks)
say so in the kind column ("Your text", "Your note") and are shown in italics, never
looking like the report's. Dragging a row and dropping it between two others moves it in
the workspace (one transaction) and then here; the model never removes rows for a drag
(``removeRows`` refuses), so a move can never lose an item.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from kzdesk.core.model import Dataset
from kzdesk.core.workspace.records import Pack, PackItem
from kzdesk.core.workspace.store import Workspace
from kzdesk.gui.roles import IdRole, WorkspaceRecordRole

MIME = "application/x-kzdesk-pack-items"
Index = QModelIndex | QPersistentModelIndex


class PackItemsModel(QAbstractTableModel):
    """The items of one pack of ``workspace`` (none: an empty model); :meth:`reload` after a change elsewhere."""

    def __init__(self, workspace: Workspace, dataset: Dataset, edition: str) -> None:
        super().__init__()
        self.workspace = workspace
        self.dataset = dataset
        self.edition = edition
        self.pack_id: str | None = None
        self.title = ""
        self._items: list[PackItem] = []
        self._labels: list[str] = []
        self._kinds: list[str] = []
        self._citations: list[str] = []
        self._italic = QFont()
        self._italic.setItalic(True)

    # ---- contents --------------------------------------------------------------------------
    def set_pack(self, pack_id: str | None) -> None:
        self.pack_id = pack_id
        self.reload()

    def reload(self) -> None:
        pack = self.workspace.pack(self.pack_id) if self.pack_id else None
        self.beginResetModel()
        self._fill(pack)
        self.endResetModel()

    def _fill(self, pack: Pack | None) -> None:
        self.title = pack.title if pack else ""
        self._items = list(pack.items) if pack else []
        self._labels = [self._label(item) for item in self._items]
        self._kinds = [self._kind(item) for item in self._items]
        self._citations = [self._citation(item) for item in self._items]

    def _label(self, item: PackItem) -> str:
        from kzdesk.core.packs import item_label

        return item_label(self.dataset, item, self.workspace.note, self.edition)

    def _kind(self, item: PackItem) -> str:
        from kzdesk.core.packs import kind_label

        return kind_label(item)

    def _citation(self, item: PackItem) -> str:
        from kzdesk.core.packs import item_citation

        return item_citation(self.dataset, item)

    def item_added(self, item: PackItem, row: int) -> None:
        """Show an item the workspace has just stored at ``row`` (cheaper than a reload: the
        panel is updated within the add's budget, and the selection elsewhere stays)."""
        row = max(0, min(row, len(self._items)))
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.insert(row, item)
        self._labels.insert(row, self._label(item))
        self._kinds.insert(row, self._kind(item))
        self._citations.insert(row, self._citation(item))
        self.endInsertRows()

    def item_changed(self, item: PackItem) -> None:
        row = self.row_of(item.id)
        if row < 0:
            return
        self._items[row] = item
        self._labels[row] = self._label(item)
        self.dataChanged.emit(self.index(row, 0), self.index(row, 1))

    def item(self, row: int) -> PackItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, item_id: str) -> int:
        return next((i for i, item in enumerate(self._items) if item.id == item_id), -1)

    # ---- moving ----------------------------------------------------------------------------
    def move_item(self, row: int, destination: int) -> bool:
        """Move the item at ``row`` to be at ``destination`` (0 … rowCount − 1), in the workspace and here."""
        item = self.item(row)
        if item is None or self.pack_id is None:
            return False
        destination = max(0, min(destination, len(self._items) - 1))
        if destination == row:
            return False
        self.workspace.move_pack_item(self.pack_id, item.id, destination)
        # Qt counts a move downwards to the row *after* the place it lands.
        self.beginMoveRows(
            QModelIndex(), row, row, QModelIndex(), destination + 1 if destination > row else destination
        )
        for values in (self._items, self._labels, self._kinds, self._citations):
            values.insert(destination, values.pop(row))  # type: ignore[attr-defined]
        self.endMoveRows()
        return True

    # ---- Qt's model API --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 — Qt's signature
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 2

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and section in (0, 1):
            return (self.tr("Kind"), self.tr("Item"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        row, column = index.row(), index.column()
        item = self._items[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._kinds[row] if column == 0 else self._labels[row]
        if role == Qt.ItemDataRole.ToolTipRole:
            if item.kind == "text":
                return self.tr("Your own text (not the report's):\n{text}").format(text=item.text)
            if item.kind == "note":
                return self.tr("Your own note (not the report's): {label}").format(label=self._labels[row])
            return "\n".join(part for part in (self._labels[row], self._citations[row]) if part)
        if role == Qt.ItemDataRole.FontRole and item.kind != "ref":
            return self._italic
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self._kinds[row]}: {self._labels[row]}"
        if role == IdRole:
            return self._where(item)
        if role == WorkspaceRecordRole:
            return item
        return None

    def _where(self, item: PackItem) -> str | None:
        """The id to open for the item: the thing itself, the note's item, nothing for a text block."""
        if item.kind == "ref":
            return item.target
        if item.kind == "note":
            note = self.workspace.note(item.target)
            return note.target if note is not None else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # drops land between rows, never on one
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]  # noqa: N802
        rows = sorted({i.row() for i in indexes if i.isValid() and 0 <= i.row() < len(self._items)})
        data = QMimeData()
        payload = {"pack": self.pack_id, "items": [self._items[r].id for r in rows]}
        data.setData(MIME, QByteArray(json.dumps(payload).encode("utf-8")))
        return data

    def _dragged(self, data: QMimeData | None) -> list[str] | None:
        """The ids of this pack's items ``data`` carries, or None if it carries anything else."""
        if data is None or not data.hasFormat(MIME):
            return None
        try:
            payload = json.loads(bytes(data.data(MIME).data()).decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            return None
        if not isinstance(payload, dict) or payload.get("pack") != self.pack_id or self.pack_id is None:
            return None
        items = payload.get("items")
        known = {item.id for item in self._items}
        if not isinstance(items, list) or not items or not all(isinstance(i, str) and i in known for i in items):
            return None
        return items

    def canDropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return action == Qt.DropAction.MoveAction and self._dragged(data) is not None

    def dropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        dragged = self._dragged(data) if action == Qt.DropAction.MoveAction else None
        if dragged is None:
            return False
        if parent.isValid():
            row = parent.row()  # dropped onto an item: it goes before that item
        if row < 0 or row > len(self._items):
            row = len(self._items)
        # Where each item lands: before the row it was dropped at, counted without the items that move.
        staying = [item.id for item in self._items[:row] if item.id not in dragged]
        for offset, item_id in enumerate(dragged):
            self.move_item(self.row_of(item_id), len(staying) + offset)
        return True

    def removeRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        """Refused: a view calls this after a move by drag, and the drop has moved the item already.
        Items are removed only by the panel's Remove, through the workspace."""
        return False

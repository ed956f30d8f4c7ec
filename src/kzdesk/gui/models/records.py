"""A read-only table model over a list of records, its columns declared once.

Every concrete model of the tabs is a :class:`RecordTableModel` with a tuple of
:class:`Column` s; the roles every view needs (display, sort, raw value, tooltip, id,
filter text) come from one place, so sorting, copying and exporting agree.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from kzdesk.core.labels import fold, translate
from kzdesk.gui.roles import FilterTextRole, IdRole, KindRole, RawValueRole, SortRole, SourceRole

Record = TypeVar("Record")

ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop


@dataclass(frozen=True)
class Column(Generic[Record]):
    header: str
    display: Callable[[Record], str]
    sort: Callable[[Record], Any] | None = None  # defaults to the displayed text
    raw: Callable[[Record], Any] | None = None  # defaults to the sort value, then the text
    tooltip: Callable[[Record], str] | None = None
    align_right: bool = False
    #: The header is kzdesk's (marked QT_TRANSLATE_NOOP("Columns", …)), shown in the interface's language;
    #: False for the report's own table headings, which stay as printed.
    translated: bool = True


class RecordTableModel(QAbstractTableModel, Generic[Record]):
    kind = ""  # the entity kind of every row, for KindRole
    columns: tuple[Column[Any], ...] = ()

    def __init__(self, records: Sequence[Record], parent: Any = None) -> None:
        super().__init__(parent)
        self._records = list(records)
        self._filter_texts = [fold(self.text_of(r)) for r in self._records]

    # ---- what subclasses describe -------------------------------------------------------
    def id_of(self, record: Record) -> str:
        return str(getattr(record, "id", ""))

    def source_of(self, record: Record) -> str:
        return str(getattr(record, "paragraph", ""))

    def text_of(self, record: Record) -> str:
        """Everything the word filter should find a row by."""
        return " ".join(column.display(record) for column in self.columns)

    def values_of(self, record: Record) -> dict[str, Any]:
        """Fields the combo-box filters compare (see FilterProxy)."""
        return {}

    # ---- lookups ------------------------------------------------------------------------
    def record(self, row: int) -> Record:
        return self._records[row]

    def records(self) -> list[Record]:
        return list(self._records)

    def row_of(self, entity_id: str) -> int:
        for row, record in enumerate(self._records):
            if self.id_of(record) == entity_id:
                return row
        return -1

    def filter_values(self, row: int) -> dict[str, Any]:
        return self.values_of(self._records[row])

    def filter_text(self, row: int) -> str:
        return self._filter_texts[row]

    # ---- QAbstractTableModel ------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                column = self.columns[section]
                return translate("Columns", column.header) if column.translated else column.header
            if role == Qt.ItemDataRole.TextAlignmentRole:
                right = self.columns[section].align_right
                return int(
                    (Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft)
                    | Qt.AlignmentFlag.AlignVCenter
                )
        if (
            orientation == Qt.Orientation.Vertical
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._records)
        ):
            return section + 1
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        if not 0 <= index.column() < len(self.columns):
            return None
        record = self._records[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.display(record)
        if role == SortRole:
            value = self._sort_value(column, record)
            # The proxy's locale-aware comparison ignores its case setting, and under the C locale
            # it compares code points: "Adal Zhol" would sort before "Adal bilim".
            return value.casefold() if isinstance(value, str) else value
        if role == RawValueRole:
            if column.raw is not None:
                return column.raw(record)
            return self._sort_value(column, record) if column.sort is not None else column.display(record)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(record) if column.tooltip is not None else column.display(record)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(ALIGN_RIGHT if column.align_right else ALIGN_LEFT)
        if role == IdRole:
            return self.id_of(record)
        if role == SourceRole:
            return self.source_of(record)
        if role == KindRole:
            return self.kind
        if role == FilterTextRole:
            return self._filter_texts[index.row()]
        return None

    @staticmethod
    def _sort_value(column: Column[Any], record: Any) -> Any:
        if column.sort is None:
            return column.display(record)
        value = column.sort(record)
        # QSortFilterProxyModel cannot compare None with numbers: empty values sort first.
        return float("-inf") if value is None else value

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

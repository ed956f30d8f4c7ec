"""What a table view shows, as ids in its order: File → Print prints exactly these rows."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel

from kzdesk.gui.roles import IdRole


def shown_ids(model: QAbstractItemModel) -> tuple[str, ...]:
    """The ids of the rows of ``model`` (a filter proxy), in the order it shows them."""
    return tuple(str(model.index(row, 0).data(IdRole)) for row in range(model.rowCount()))

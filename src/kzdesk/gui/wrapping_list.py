"""A list whose rows are as tall as their word-wrapped text: nothing cut off at any width or zoom.

Qt's list view wraps an item's text only within the row height it is given. Each row's
height is worked out here, in one pass over the rows whenever the list's width or font
changes, and handed to Qt as the item's size hint. (An item delegate would do the same
per row and per layout, from Python: ≈ 90 calls and ≈ 12 ms of every start-up, most of
it in loading the delegate's PySide6 types.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRect, QSize
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QListView, QListWidget

from kzdesk.gui.app import set_by_name

if TYPE_CHECKING:
    from PySide6.QtCore import QModelIndex
    from PySide6.QtGui import QResizeEvent
    from PySide6.QtWidgets import QWidget

#: ``int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft)``, spelled out to keep ``Qt`` off start-up.
WRAP_LEFT = 0x1000 | 0x0001
#: Room around the text: the style's item margins, with some to spare.
HORIZONTAL_MARGIN = 12
VERTICAL_PADDING = 6


class WrappingListWidget(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        set_by_name(self, "textElideMode", "ElideNone")
        set_by_name(self, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
        self._measured: tuple[int, str] | None = None  # (text width, font key) the hints were made for

    def text_width(self) -> int:
        """Room for text in a row: always leaving space for the vertical scroll bar.

        Whether the bar shows depends on the heights set here; measuring as if it always
        showed can leave a little space beside a row's text, never cut it off.
        """
        bar = self.verticalScrollBar().sizeHint().width()
        return max(40, self.contentsRect().width() - bar - HORIZONTAL_MARGIN)

    def update_row_heights(self) -> None:
        """Give every row the height its text needs at the current width and font."""
        width = self.text_width()
        font = self.font()
        if self._measured == (width, font.key()):
            return
        self._measured = (width, font.key())
        metrics = QFontMetrics(font)
        bounds = QRect(0, 0, width, 100_000)
        for row in range(self.count()):
            item = self.item(row)
            height = metrics.boundingRect(bounds, WRAP_LEFT, item.text()).height()
            item.setSizeHint(QSize(width, height + VERTICAL_PADDING))

    def texts_changed(self) -> None:
        """Measure the rows again after their texts changed (the width and font did not)."""
        self._measured = None
        self.update_row_heights()

    def rowsInserted(self, parent: QModelIndex, start: int, end: int) -> None:
        super().rowsInserted(parent, start, end)
        self._measured = None
        if self.isVisible():  # otherwise the first resize measures them
            self.update_row_heights()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.update_row_heights()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:  # zoom
            self.update_row_heights()
        super().changeEvent(event)

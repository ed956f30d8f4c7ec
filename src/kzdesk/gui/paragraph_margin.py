"""Paragraph numbers in the Report tab's left margin, as a printed report numbers its paragraphs.

Every citation kzdesk shows ("Section 5, para. 3") counts paragraphs the way this margin
does, so a reader can find the paragraph a figure comes from. The numbers are painted
beside the text, not inserted into it: copying text from the report copies the report's
words only. Each paragraph's HTML starts with an anchor named after its id
(``section-5-p3``); the margin finds those anchors once per page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect
from PySide6.QtGui import QFontMetrics, QHelpEvent, QPainter, QPalette
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from kzdesk.core.references import paragraph_parts

if TYPE_CHECKING:
    from PySide6.QtGui import QContextMenuEvent, QPaintEvent

#: Room on either side of the numbers, in pixels.
PADDING = 6


class ParagraphMargin(QWidget):
    """Paints the number of each paragraph beside its first line; hover shows its citation."""

    def __init__(self, editor: QTextEdit) -> None:
        super().__init__(editor)
        self.editor = editor
        self.setObjectName("paragraph-margin")
        self.setAccessibleName("Paragraph numbers")
        self.setAutoFillBackground(True)  # the window colour behind the numbers (fillRect would load Qt's enums)
        self._entries: list[tuple[int, str, str]] | None = None  # (document position, number, paragraph id)
        #: Turns a paragraph id into its citation ("Section 5, para. 3"); set by the owner.
        self.describe = lambda paragraph_id: paragraph_id
        #: Called with a paragraph id and a position when the reader asks for the margin's menu.
        self.menu_requested = None
        editor.document().contentsChanged.connect(self.invalidate)
        editor.verticalScrollBar().valueChanged.connect(self.update)
        editor.document().documentLayout().update.connect(self.update)
        self.update_width()

    # --- geometry ----------------------------------------------------------------------------
    def margin_width(self) -> int:
        metrics = QFontMetrics(self.font())
        return metrics.horizontalAdvance("888") + 2 * PADDING

    def update_width(self) -> None:
        """Reserve the margin beside the editor's viewport and lay the widget over it."""
        width = self.margin_width()
        self.editor.setViewportMargins(width, 0, 0, 0)
        area = self.editor.contentsRect()
        self.setGeometry(QRect(area.left(), area.top(), width, area.height()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self.update_width()
        super().changeEvent(event)

    # --- what is numbered --------------------------------------------------------------------
    def invalidate(self) -> None:
        self._entries = None
        self.update()

    def entries(self) -> list[tuple[int, str, str]]:
        """Each numbered paragraph on the page: where it starts in the document, its number and id."""
        if self._entries is None:
            found: list[tuple[int, str, str]] = []
            # A paragraph's anchor opens its block (report_html puts it first in every paragraph,
            # heading and table caption), so only each block's first fragment is looked at: the
            # start-up paint reads a handful of formats instead of one per link and abbreviation.
            block = self.editor.document().begin()
            while block.isValid():
                fragments = block.begin()
                if not fragments.atEnd():
                    fragment = fragments.fragment()
                    for name in fragment.charFormat().anchorNames():
                        parts = paragraph_parts(name)
                        if parts is not None:
                            found.append((fragment.position(), str(parts[1]), name))
                block = block.next()
            self._entries = found
        return self._entries

    def _visible(self) -> list[tuple[float, str, str]]:
        """(baseline y in margin coordinates, number, id) of every paragraph the viewport shows."""
        document = self.editor.document()
        layout = document.documentLayout()
        scroll = self.editor.verticalScrollBar().value()
        height = self.height()
        shown: list[tuple[float, str, str]] = []
        for position, number, paragraph_id in self.entries():
            block = document.findBlock(position)
            # An anchor alone in an empty block (before a table) is numbered at the next block's line.
            while block.isValid() and not block.text().strip() and block.next().isValid():
                block = block.next()
            rect = layout.blockBoundingRect(block)
            text_layout = block.layout()
            line = text_layout.lineAt(0) if text_layout is not None and text_layout.lineCount() else None
            top = rect.top() + (line.y() if line is not None else 0.0) - scroll
            ascent = line.ascent() if line is not None else QFontMetrics(self.font()).ascent()
            if top > height:
                break
            if top + ascent * 2 < 0:
                continue
            shown.append((top + ascent, number, paragraph_id))
        return shown

    def paragraph_at(self, y: int) -> str | None:
        """The id of the paragraph whose number is nearest above ``y`` (margin coordinates)."""
        metrics = QFontMetrics(self.font())
        best = None
        for baseline, _number, paragraph_id in self._visible():
            if baseline - metrics.ascent() - 2 <= y:
                best = paragraph_id
            else:
                break
        return best

    # --- painting and interaction ------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        # The painter starts with the widget's text colour; setPen() would load Qt's enums to pick
        # its overload (≈ 40 ms of start-up), so the margin's palette carries the muted colour instead.
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        if palette.color(QPalette.ColorRole.WindowText) != muted:
            palette.setColor(QPalette.ColorRole.WindowText, muted)
            self.setPalette(palette)
            painter.end()
            self.update()
            return
        metrics = QFontMetrics(self.font())
        right = self.width() - PADDING
        for baseline, number, _paragraph_id in self._visible():
            painter.drawText(QPointF(right - metrics.horizontalAdvance(number), baseline), number)
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            paragraph_id = self.paragraph_at(event.pos().y())
            if paragraph_id:
                QToolTip.showText(event.globalPos(), self.describe(paragraph_id), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        paragraph_id = self.paragraph_at(event.pos().y())
        if paragraph_id and self.menu_requested is not None:
            self.menu_requested(paragraph_id, QPoint(event.globalPos()))

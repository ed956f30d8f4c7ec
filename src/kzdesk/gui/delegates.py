"""Item delegates: how a search result (a title above a highlighted snippet) is painted."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QFont, QFontMetrics, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from kzdesk.gui.find_bar import match_colour
from kzdesk.gui.roles import IdRole, SnippetHtmlRole

PADDING = 6
SNIPPET_LINES = 2

_Index = QModelIndex | QPersistentModelIndex


class SearchResultDelegate(QStyledItemDelegate):
    """Group headers as small bold captions; hits as a bold title and two lines of snippet."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._document = QTextDocument()
        self._document.setDocumentMargin(0)
        self._viewport: QWidget | None = None
        self._lines: dict[tuple[str, int, str], int] = {}

    @staticmethod
    def _bold(font: QFont) -> QFont:
        bold = QFont(font)
        bold.setBold(True)
        return bold

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        metrics = QFontMetrics(option.font)
        if index.data(IdRole) is None:
            return QSize(200, metrics.height() + PADDING + 2)
        title = QFontMetrics(self._bold(option.font)).height()
        lines = self._snippet_lines(option, index)
        return QSize(200, PADDING + title + 2 + lines * metrics.lineSpacing() + PADDING)

    def _snippet_lines(self, option: QStyleOptionViewItem, index: _Index) -> int:
        """How many lines (1 or 2) the snippet needs at the view's width: a short snippet leaves no gap."""
        if self._viewport is None and option.widget is not None and hasattr(option.widget, "viewport"):
            self._viewport = option.widget.viewport()  # fetched once: wrapping it anew per row is slow
        width = max(40, (self._viewport.width() if self._viewport is not None else option.rect.width()) - PADDING * 4)
        html = str(index.data(SnippetHtmlRole) or "")
        key = (html, width, option.font.key())
        lines = self._lines.get(key)
        if lines is None:
            # Laying out a snippet is the costly part of showing results: once per snippet, width and font.
            self._document.setDefaultFont(option.font)
            self._document.setHtml(html)
            self._document.setTextWidth(width)
            needed = round(self._document.size().height() / max(1, QFontMetrics(option.font).lineSpacing()))
            lines = self._lines[key] = max(1, min(SNIPPET_LINES, needed))
            if len(self._lines) > 2000:
                self._lines.clear()
        return lines

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QStyle

        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget is not None else QApplication.style()
        palette = option.palette
        painter.save()
        try:
            if index.data(IdRole) is None:
                self._paint_header(painter, option, index)
                return
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
            selected = bool(option.state & QStyle.StateFlag.State_Selected)
            text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
            rect = option.rect.adjusted(PADDING * 2, PADDING, -PADDING * 2, -PADDING)
            bold = self._bold(option.font)
            title_height = QFontMetrics(bold).height()
            painter.setFont(bold)
            painter.setPen(palette.color(text_role))
            title = QFontMetrics(bold).elidedText(str(index.data() or ""), Qt.TextElideMode.ElideRight, rect.width())
            title_rect = QRect(rect.left(), rect.top(), rect.width(), title_height)
            painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft, title)

            snippet_rect = QRect(rect.left(), rect.top() + title_height + 2, rect.width(), rect.bottom() - rect.top())
            snippet_rect.setHeight(self._snippet_lines(option, index) * QFontMetrics(option.font).lineSpacing())
            mark = match_colour(palette)
            self._document.setDefaultFont(option.font)
            self._document.setDefaultStyleSheet(
                f"b {{ background-color: {mark.name()}; color: {'#ffffff' if mark.lightness() < 128 else '#000000'}; }}"
            )
            self._document.setHtml(str(index.data(SnippetHtmlRole) or ""))
            self._document.setTextWidth(snippet_rect.width())
            painter.translate(snippet_rect.topLeft())
            painter.setClipRect(QRect(0, 0, snippet_rect.width(), snippet_rect.height()))
            context = QAbstractTextDocumentLayout.PaintContext()
            context.palette.setColor(QPalette.ColorRole.Text, palette.color(text_role))
            context.clip = QRect(0, 0, snippet_rect.width(), snippet_rect.height())
            self._document.documentLayout().draw(painter, context)
        finally:
            painter.restore()

    def _paint_header(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        from PySide6.QtCore import Qt

        palette = option.palette
        painter.fillRect(option.rect, palette.color(QPalette.ColorRole.AlternateBase))
        font = self._bold(option.font)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        rect = option.rect.adjusted(PADDING, 0, -PADDING, 0)
        painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, str(index.data() or ""))

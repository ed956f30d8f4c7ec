"""Pieces the list-and-details tabs share: table and details widgets, and zoom-aware layout."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QWidget,
)

from kzdesk.gui.tabs.base import Tab


def details_browser(name: str, placeholder: str) -> QTextBrowser:
    browser = QTextBrowser()
    browser.setAccessibleName(name)
    browser.setOpenLinks(False)  # every link is routed: report ids to the main window, web pages via open_url
    browser.setPlaceholderText(placeholder)
    return browser


def record_table(model: Any, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # report order until a header is clicked
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setWordWrap(True)
    view.setAlternatingRowColors(True)
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


def fit_to_font(root: QWidget, old_point_size: float) -> float:
    """Carry a font change (the main window's zoom) to what does not follow it by itself.

    Item-view headers take a platform font of their own instead of their parent's, and
    columns sized in characters must grow with the characters. Returns the new point size.
    """
    font = root.font()
    ratio = font.pointSizeF() / old_point_size if old_point_size > 0 else 1.0
    for header in root.findChildren(QHeaderView):
        header.setFont(font)
        if header.orientation() != Qt.Orientation.Horizontal or abs(ratio - 1.0) < 0.01:
            continue
        for section in range(header.count()):
            if header.sectionResizeMode(section) == QHeaderView.ResizeMode.Interactive:
                header.resizeSection(section, round(header.sectionSize(section) * ratio))
    return font.pointSizeF()


class ColumnsInCharacters(QObject):
    """Sizes a table's fixed columns in characters and keeps its stretching column readable.

    At 200 % on a narrow window the fixed columns (unit, year, source…) took all the width
    and the indicator column, the one a reader needs, wrapped to eight lines a row. When the
    stretching column would get fewer than ``readable`` characters, the fixed ones shrink
    (down to half their width) to leave it that much. Recomputed from the font on every resize.
    """

    def __init__(self, table: QTableView, stretch: int, widths: dict[int, int], readable: int = 30) -> None:
        super().__init__(table)
        self.table, self.stretch, self.widths, self.readable = table, stretch, widths, readable
        table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        table.viewport().installEventFilter(self)
        table.installEventFilter(self)  # a zoom reaches the table as a font change
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange):
            self.fit()
        return False

    def fit(self) -> None:
        header = self.table.horizontalHeader()
        char = max(self.table.fontMetrics().averageCharWidth(), 1)
        wanted = {column: char * characters + 12 for column, characters in self.widths.items()}
        others = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c != self.stretch and c not in wanted and not header.isSectionHidden(c)
        )
        room = self.table.viewport().width() - others - char * self.readable
        total = sum(wanted.values())
        scale = min(1.0, max(0.5, room / total)) if total else 1.0
        for column, width in wanted.items():
            if header.sectionSize(column) != round(width * scale):
                header.resizeSection(column, round(width * scale))


class VisibleRowHeights(QObject):
    """Fits the heights of the rows on screen to their wrapped text, not those of every row.

    ``ResizeToContents`` on the vertical header measures every row of the model at each
    resize, scroll or filter: for the 1,717 figures that froze the window for half a second
    or more whenever it was resized or a panel was docked beside it. Rows are fitted only
    when they come into view (and a screenful around them), a moment after the change.
    """

    MARGIN = 20  # rows fitted above and below the viewport, so a short scroll shows no jump

    def __init__(self, table: QTableView) -> None:
        from PySide6.QtCore import QTimer

        super().__init__(table)
        self.table = table
        header = table.verticalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(table.fontMetrics().lineSpacing() + 8)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        self._fitted: set[int] = set()  # rows fitted at the current column widths
        table.viewport().installEventFilter(self)
        table.installEventFilter(self)
        table.verticalScrollBar().valueChanged.connect(self._schedule)
        table.horizontalHeader().sectionResized.connect(self._columns_changed)
        model = table.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved):
            signal.connect(self._columns_changed)
        model.dataChanged.connect(self._columns_changed)
        self._schedule()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.FontChange:
            self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().lineSpacing() + 8)
            self._columns_changed()
        elif kind in (QEvent.Type.Resize, QEvent.Type.Show):
            self._schedule()
        return False

    def _columns_changed(self, *_args: object) -> None:
        self._fitted.clear()
        self._schedule()

    def _schedule(self, *_args: object) -> None:
        self._timer.start()

    def fit(self) -> None:
        """Fit the rows in view now (and MARGIN around them) that are not fitted yet."""
        table = self.table
        count = table.model().rowCount()
        if not count:
            return
        top = table.rowAt(0)
        bottom = table.rowAt(table.viewport().height() - 1)
        top = 0 if top < 0 else top
        bottom = count - 1 if bottom < 0 else bottom
        for row in range(max(0, top - self.MARGIN), min(count, bottom + self.MARGIN + 1)):
            if row not in self._fitted:
                self._fitted.add(row)
                table.resizeRowToContents(row)


#: Below this many average characters of width, a list and its details pane stack instead of sitting side by side.
SIDE_BY_SIDE_CHARACTERS = 150


def fit_orientation(splitter: QSplitter, width: int) -> None:
    """Side by side when there is room (1280 px at 100 %), stacked when the text is large (200 % zoom)."""
    characters = width / max(splitter.fontMetrics().averageCharWidth(), 1)
    wanted = Qt.Orientation.Horizontal if characters >= SIDE_BY_SIDE_CHARACTERS else Qt.Orientation.Vertical
    if splitter.orientation() != wanted:
        splitter.setOrientation(wanted)
        if wanted == Qt.Orientation.Horizontal:
            splitter.setSizes([width * 3 // 5, width * 2 // 5])
        else:
            # Stacked means large text: the list needs the rows, the details pane only a few lines to
            # start with (it can be dragged taller); at 200 % a 30 % pane left two rows of the list.
            height = max(splitter.height(), 400)
            splitter.setSizes([height * 4 // 5, height // 5])


def on_rows_changed(model: QAbstractItemModel, callback: Callable[..., None]) -> None:
    """Call ``callback`` whenever the rows a filter shows change (for "N of M shown" labels)."""
    for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.layoutChanged):
        signal.connect(callback)


def list_details_splitter(name: str, master: QWidget, details: QWidget, sizes: tuple[int, int]) -> QSplitter:
    """A list beside its details pane; :class:`ListDetailsTab` stacks them when the text is large."""
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setObjectName(name)
    splitter.setChildrenCollapsible(False)
    splitter.addWidget(master)
    splitter.addWidget(details)
    splitter.setSizes(list(sizes))
    return splitter


class ListDetailsTab(Tab):
    """A tab whose ``splitter`` holds a list and its details, following the main window's zoom."""

    splitter: QSplitter
    views: QTabWidget
    _point_size = 0.0

    def add_views(self, name: str, pages: list[tuple[QWidget, str]]) -> QTabWidget:
        """Sub-views filling the tab (figures, tables, charts; legal changes, documents), as ``self.views``."""
        from PySide6.QtWidgets import QVBoxLayout

        self.views = QTabWidget()
        self.views.setAccessibleName(name)
        self.views.setDocumentMode(True)
        for page, title in pages:
            self.views.addTab(page, title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.views)
        return self.views

    def restore_view(self) -> None:
        """Bring back the sub-view the user left (the "<key>/view" setting)."""
        view = self.context.settings.value(f"{self.key}/view")
        if 0 <= view < self.views.count():
            self.views.setCurrentIndex(view)

    def fit_to_zoom(self) -> None:
        """Call once the widgets exist: carries the current font to headers and columns."""
        self._point_size = fit_to_font(self, self.font().pointSizeF())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "splitter"):
            self._point_size = fit_to_font(self, self._point_size)
            fit_orientation(self.splitter, self.width())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if hasattr(self, "splitter"):
            fit_orientation(self.splitter, self.width())


class HiddenByFilterNotice(QFrame):
    """Says that what the user opened is hidden by the tab's own filter, and offers to clear it.

    Opening a search hit or a link keeps the filter the user set; clearing it is the user's call.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hidden-by-filter")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setAccessibleName("Hidden by the filter")
        self.clear_button = QPushButton("Clear filters and show it", self)
        self.clear_button.setAccessibleName("Clear this tab's filters and show what was opened")
        self.clear_button.clicked.connect(self._clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.clear_button)
        self._then: Callable[[], None] | None = None
        self.hide()

    def offer(self, title: str, then: Callable[[], None]) -> None:
        """``title`` is hidden; ``then`` clears the filters and opens it."""
        self.label.setText(f"“{title}” is hidden by this tab's filter.")
        self._then = then
        self.show()

    def _clear(self) -> None:
        then, self._then = self._then, None
        self.hide()
        if then is not None:
            then()


def follow_selection(proxy: QAbstractItemModel, view: QAbstractItemView, details: QTextBrowser, hint: str) -> None:
    """Empty ``details`` (showing ``hint``) when a filter hides the selected row.

    Left alone, Qt moves the current index to a neighbouring row the user never chose
    while the filter removes rows, so the pane would describe a record that is not the
    one selected. If the row selected before a filter change is no longer shown after it,
    the selection is cleared, which empties the pane through the tab's own
    ``currentChanged`` handler. (The tab's handler records no history for a current row
    moved while ``proxy.filtering`` is true.)

    A FilterProxy says when a change begins and ends, before the selection model has
    moved anything: the check runs right after it. Another proxy is watched through its
    row signals, and checked once the change has settled (a zero timer).
    """
    from PySide6.QtCore import QTimer

    from kzdesk.gui.roles import IdRole

    placeholder = details.placeholderText()
    before: list[object] = []  # the id selected when a filter change began; empty when none is pending
    # The selection model hears of removed rows before this does (it connected first) and
    # drops the current index: the id it dropped, until the events of that change are done.
    dropped: list[object] = []

    def snapshot() -> None:
        current = view.currentIndex()
        before.append(current.data(IdRole) if current.isValid() else (dropped[0] if dropped else None))

    def begin(*_args: Any) -> None:
        if not before:
            snapshot()
            QTimer.singleShot(0, settle)

    def settle() -> None:
        selected = before.pop() if before else None
        before.clear()
        if selected is None:
            return
        visible = any(proxy.index(row, 0).data(IdRole) == selected for row in range(proxy.rowCount()))
        if not visible:
            view.selectionModel().clear()
            details.clear()
            details.setPlaceholderText(hint)

    def on_current(current: QModelIndex, previous: QModelIndex) -> None:
        if current.isValid():
            dropped.clear()
            details.setPlaceholderText(placeholder)
        elif previous.isValid():
            dropped[:] = [previous.data(IdRole)]
            QTimer.singleShot(0, dropped.clear)

    about_to_change = getattr(proxy, "filter_about_to_change", None)
    changed = getattr(proxy, "filter_changed", None)
    if about_to_change is not None and changed is not None:
        about_to_change.connect(lambda: (before.clear(), snapshot()))
        changed.connect(settle)
    else:
        for signal in (
            proxy.rowsAboutToBeRemoved,
            proxy.rowsAboutToBeInserted,
            proxy.layoutAboutToBeChanged,
            proxy.modelAboutToBeReset,
        ):
            signal.connect(begin)
    view.selectionModel().currentChanged.connect(on_current)

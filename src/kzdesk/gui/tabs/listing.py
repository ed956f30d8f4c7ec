"""What the list-and-details tabs (statistics, legislation, projects, proposals) share.

:class:`FilterBar`: the word filter, the choosers, tr("Clear filters") and the "12 of 300
figures" count, laid out one way in every tab. :class:`RecordList`: one list of one kind
of record — the selected row's details, and selecting a record by its reference (saying
so, and offering to clear the filters, when the tab's filter hides it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kzdesk.core.labels import shown_of
from kzdesk.gui.roles import IdRole
from kzdesk.gui.tabs.views import on_rows_changed

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTextBrowser

    from kzdesk.core.references import Kind
    from kzdesk.gui.context import AppContext
    from kzdesk.gui.models.filtering import FilterProxy
    from kzdesk.gui.tabs.base import Tab
    from kzdesk.gui.tabs.views import HiddenByFilterNotice


class Navigation:
    """Whether the tab is selecting something itself (opening a reference, going back): then a
    selection change is no new place for the history."""

    def __init__(self) -> None:
        self.active = False

    @contextmanager
    def __call__(self) -> Iterator[None]:
        before, self.active = self.active, True
        try:
            yield
        finally:
            self.active = before


def tr(text: str) -> str:
    return QCoreApplication.translate("FilterBar", text)


class FilterBar:
    """A word filter, choosers and tr("Clear filters") over a :class:`FilterProxy`, with its count label.

    ``combos``: field → chooser (a :func:`~kzdesk.gui.models.choices.filter_combo`); the chosen
    value becomes the proxy's criterion for that field.
    """

    def __init__(
        self,
        proxy: FilterProxy,
        kind: Kind,
        *,
        placeholder: str,
        name: str,
        combos: dict[str, QComboBox],
        what: str,
    ) -> None:
        self.proxy, self.kind, self.combos = proxy, kind, combos
        self.text_filter = QLineEdit()
        self.text_filter.setPlaceholderText(placeholder)
        self.text_filter.setAccessibleName(name)
        self.text_filter.setClearButtonEnabled(True)
        self.text_filter.textChanged.connect(proxy.set_text)
        for field, combo in combos.items():
            combo.currentIndexChanged.connect(
                lambda row, f=field, c=combo: proxy.set_criterion(f, c.model().value(row))
            )
        self.clear_button = QPushButton("Clear filters")
        self.clear_button.setAccessibleName(tr("Clear all filters"))
        self.clear_button.clicked.connect(self.clear)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(tr("Number shown"))
        on_rows_changed(proxy, self.update_count)
        self.update_count()

        # The word filter, the count and Clear in one row; the choosers share the row below, equally.
        self.layout = QVBoxLayout()
        self.layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.text_filter, 1)
        top.addWidget(self.count_label)
        top.addWidget(self.clear_button)
        self.layout.addLayout(top)
        if combos:
            choosers = QHBoxLayout()
            for combo in combos.values():
                choosers.addWidget(combo, 1)
            self.layout.addLayout(choosers)

    def update_count(self, *_args: Any) -> None:
        source = self.proxy.sourceModel()
        total = source.rowCount() if source is not None else 0
        self.count_label.setText(shown_of(self.proxy.rowCount(), total, self.kind))

    def clear(self) -> None:
        self.text_filter.clear()
        for combo in self.combos.values():
            combo.setCurrentIndex(0)
        self.proxy.clear_filters()

    def widgets(self) -> list[QWidget]:
        """The fields Back and Forward put back (see :meth:`Tab.view_state`)."""
        return [self.text_filter, *self.combos.values()]

    def focus(self) -> None:
        self.text_filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.text_filter.selectAll()


class RecordList:
    """One list of records of one kind: its details pane and selecting a record by reference.

    ``model`` has ``row_of(id)`` and ``record(row)``; ``proxy`` (None: the view shows the model
    itself) filters it; ``describe`` gives a record's details as HTML; ``name`` what the
    "hidden by the filter" notice calls it; ``clear_filters`` clears the tab's filters.
    """

    def __init__(
        self,
        tab: Tab,
        navigation: Navigation,
        *,
        model: Any,
        view: QAbstractItemView,
        details: QTextBrowser,
        record_type: type,
        describe: Callable[[Any], str],
        proxy: Any = None,
        notice: HiddenByFilterNotice | None = None,
        name: Callable[[Any], str] = lambda record: str(record.id),
        clear_filters: Callable[[], None] | None = None,
        before_open: Callable[[], None] | None = None,
    ) -> None:
        self.tab, self.navigation = tab, navigation
        self.model, self.proxy, self.view, self.details = model, proxy, view, details
        self.record_type, self.describe, self.name = record_type, describe, name
        self.notice, self.clear_filters, self.before_open = notice, clear_filters, before_open
        self.hint = details.placeholderText()
        view.selectionModel().currentRowChanged.connect(self.on_current)

    @property
    def context(self) -> AppContext:
        return self.tab.context

    def current_record(self) -> Any:
        current = self.view.currentIndex()
        record = self.context.dataset.by_id.get(current.data(IdRole)) if current.isValid() else None
        return record if isinstance(record, self.record_type) else None

    def current_id(self) -> str | None:
        current = self.view.currentIndex()
        return current.data(IdRole) if current.isValid() else None

    def show_current(self) -> None:
        record = self.current_record()
        if record is not None:
            self.details.setHtml(self.describe(record))
        else:
            self.details.clear()

    def on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.show_current()
        record = self.current_record()
        # Only the user's choice goes into Back/Forward: not a landing, nor the neighbour Qt makes
        # current while a filter removes the selected row (follow_selection then empties the pane).
        filtering = bool(getattr(self.proxy, "filtering", False))
        if record is not None and current.isValid() and not self.navigation.active and not filtering:
            self.tab.location_changed.emit(record.id)

    def select(self, target: str) -> bool:
        """Select, scroll to and show ``target``; False if this list does not hold it.

        Hidden by the tab's filter: the filter stays (it is the user's), the notice says so
        and offers to clear it.
        """
        row = self.model.row_of(target)
        if row < 0:
            return False
        with self.navigation():
            if self.before_open is not None:
                self.before_open()
            source = self.model.index(row, 0)
            index = self.proxy.mapFromSource(source) if self.proxy is not None else source
            if not index.isValid() and self.notice is not None:
                self.view.selectionModel().clear()
                # The notice says it is hidden: the details pane must not say so again.
                self.details.setPlaceholderText(self.hint)
                self.notice.offer(self.name(self.model.record(row)), lambda: self.clear_and_open(target))
                return True
            if self.notice is not None:
                self.notice.hide()
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.view.selectionModel().setCurrentIndex(index, flags)
            self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
            return True

    def clear_and_open(self, target: str) -> None:
        if self.clear_filters is not None:
            self.clear_filters()
        self.tab.open_target(target)
        self.view.setFocus()

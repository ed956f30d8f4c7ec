"""What the main window expects of a tab.

A tab is built on first show (the main window creates it lazily from a factory), so
its imports of pandas or pyqtgraph stay off the start-up path. Tabs never talk to
each other: to show something elsewhere they emit ``open_requested`` with the id of
what to open, and the main window routes it to the tab whose registry entry opens that
kind of reference (:mod:`kzdesk.gui.tabs.registry`, :mod:`kzdesk.core.references`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from kzdesk.gui.context import AppContext

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu


class Tab(QWidget):
    """Base class of the main window's tabs."""

    #: Ask the main window to open an id in whichever tab owns it (a link was clicked).
    open_requested = Signal(str)
    #: The user moved to another item inside this tab; the id goes into back/forward history.
    location_changed = Signal(str)

    #: The tab's key, as its registry entry declares it (kzdesk.gui.tabs.entries); names its settings.
    key: str = ""
    title: str = ""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName(f"{self.key}-tab")
        #: What the window adds to a tab's own context menus for an id (Add to Pack): ``hook(menu, id)``.
        self.context_menu_hook: Callable[[QMenu, str], None] | None = None

    def add_context_actions(self, menu: QMenu, target: str) -> None:
        """Put the window's actions on ``target`` (Add to Pack) into a menu the tab builds itself."""
        if self.context_menu_hook is not None:
            self.context_menu_hook(menu, target)

    def open_target(self, target: str) -> bool:
        """Select, scroll to and highlight ``target``; False if this tab does not know it.

        Must not emit ``location_changed`` (the caller records history itself).
        """
        raise NotImplementedError

    def current_location(self) -> str | None:
        """The id currently shown or selected, for history and for restoring state."""
        return None

    def mark_terms(self, terms: tuple[str, ...]) -> None:
        """Mark these search terms (a ``SearchResult.terms``) in what was just opened; tabs that can, do."""

    def reference(self) -> str | None:
        """The id Edit → Copy Reference copies: by default what :meth:`current_location` says."""
        return self.current_location()

    def print_request(self) -> object | None:
        """What File → Print would print from this tab (a ``kzdesk.core.summary`` request), if anything."""
        return None

    def focus_filter(self) -> bool:
        """Put the keyboard focus in the tab's own filter/find field, if it has one."""
        return False

    def filter_widgets(self) -> list[QWidget]:
        """The tab's own filter fields and choosers (QLineEdit, QComboBox), for back/forward."""
        return []

    def view_state(self) -> object:
        """The filters as the user left them, for Back and Forward to bring back (None: no filters)."""
        from PySide6.QtWidgets import QComboBox, QLineEdit

        state: list[object] = []
        for widget in self.filter_widgets():
            if isinstance(widget, QLineEdit):
                state.append(widget.text())
            elif isinstance(widget, QComboBox):
                state.append(widget.currentIndex())
        return tuple(state) if state else None

    def restore_view_state(self, state: object) -> None:
        """Put back what :meth:`view_state` returned (before the visit's target is selected again)."""
        from PySide6.QtWidgets import QComboBox, QLineEdit

        widgets = self.filter_widgets()
        if not isinstance(state, tuple) or len(state) != len(widgets):
            return
        for widget, value in zip(widgets, state, strict=True):
            if isinstance(widget, QLineEdit) and isinstance(value, str) and widget.text() != value:
                widget.setText(value)
            elif isinstance(widget, QComboBox) and isinstance(value, int) and widget.currentIndex() != value:
                widget.setCurrentIndex(value)

    def save_state(self) -> None:
        """Store splitter positions, column widths and filters in ``self.context.settings``."""

    def restore_state(self) -> None:
        """Restore what :meth:`save_state` stored."""

"""The main window: menus, the global search field, the tabs and back/forward history.

It wires tabs together and does little else. The tabs are those the registry
declares (:mod:`kzdesk.gui.tabs.registry`); each is built on first show from the
module its entry names, so what a tab imports (pandas, pyqtgraph) stays off the
start-up path. Every id a tab asks to open goes through :meth:`open_target`, which
routes it by its kind to the tab that opens that kind and records it in the history.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

# Not imported here: PySide6's ``Qt`` namespace (its first use builds ~100 Python enums, ≈ 40 ms)
# and ``QStyle`` (≈ 12 ms, also paid by calling ``style()``). Start-up never needs them; the
# methods that do import them when the user acts.
from PySide6.QtCore import QEvent, QMargins, QObject, QRect, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QFontMetrics,
    QGuiApplication,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kzdesk.gui.app import apply_zoom, clamp_zoom, next_zoom
from kzdesk.gui.context import AppContext
from kzdesk.gui.history import History, Visit
from kzdesk.gui.icons import bundled_icon
from kzdesk.gui.tabs import registry
from kzdesk.gui.tabs.base import Tab

if TYPE_CHECKING:
    from kzdesk.core.editions import Edition
    from kzdesk.core.references import Ref
    from kzdesk.gui.search_all import AllResultsDialog
    from kzdesk.gui.search_popup import SearchPopup

log = logging.getLogger(__name__)


def themed_icon(name: str) -> QIcon:
    """The desktop theme's icon ``name`` where there is one (as Qt's styles do), else the bundled one."""
    return QIcon.fromTheme(name, bundled_icon(name))


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, tab_keys: tuple[str, ...] | None = None) -> None:
        """``tab_keys``: the tabs to offer, in order (default: every registered tab; tests build lighter windows)."""
        super().__init__()
        self.context = context
        self.history = History()
        self.tab_keys = registry.tab_keys() if tab_keys is None else tab_keys
        self.tabs: dict[str, Tab] = {}  # built so far
        self._hosts: dict[str, QWidget] = {}
        self._navigating = False  # switching tabs ourselves: do not record the switch
        self._first_show = True
        self._popup: SearchPopup | None = None
        self._all_results: AllResultsDialog | None = None
        self._actions_made: list[QAction] = []  # in the order _build_actions makes them (see retranslate)
        self._replaying: list[QAction] | None = None
        self._retranslate_pending = False
        self.setWindowTitle(context.edition.title)
        self.setObjectName("main-window")

        self.tab_widget = QTabWidget(self)
        self.tab_widget.setDocumentMode(True)
        self.tab_widget.setAccessibleName(self.tr("Tabs"))
        for key in self.tab_keys:
            host = QWidget(self.tab_widget)
            host.setObjectName(f"{key}-host")
            layout = QVBoxLayout(host)
            layout.setContentsMargins(4, 4, 4, 4)
            self._hosts[key] = host
            self.tab_widget.addTab(host, registry.title_of(key))
        self.setCentralWidget(self.tab_widget)

        self._build_search_field()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self.zoom_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.zoom_label)

        self.set_zoom(context.settings.value("view/zoom"), announce=False)
        self._restore_window()
        self.tab_widget.currentChanged.connect(self._tab_changed)
        # The report tab is plain Qt and cheap: build it now so the first paint shows text.
        # Any other remembered tab is built right after the first paint (see showEvent).
        if self.current_key() == "report":
            self.ensure_tab("report")
        self._update_actions()

    # --- construction ------------------------------------------------------------------------
    def _build_search_field(self) -> None:
        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("global-search")
        self.search_field.setPlaceholderText(self.tr("Search the report (Ctrl+K)"))
        self.search_field.setAccessibleName(self.tr("Search the whole report"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.textEdited.connect(self._search_edited)
        self.search_field.returnPressed.connect(self._search_return)
        self.search_field.installEventFilter(self)

    def _action(self, text: str, slot: object, shortcuts: object = None, tip: str = "") -> QAction:
        if self._replaying is not None:  # retranslate(): the same action again, with its text in the new language
            action = self._replaying.pop(0)
            action.setText(text)
            action.setStatusTip(tip)
            return action
        action = QAction(text, self)
        self._actions_made.append(action)
        if shortcuts is not None:
            # Explicit keys first, then the platform's standard ones; duplicates would make a shortcut ambiguous.
            sequences: list[QKeySequence] = []
            for key in shortcuts if isinstance(shortcuts, list) else [shortcuts]:
                standard = isinstance(key, QKeySequence.StandardKey)
                found = QKeySequence.keyBindings(key) if standard else [QKeySequence(key)]
                sequences += [k for k in found if not k.isEmpty() and k not in sequences]
            action.setShortcuts(sequences)
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even while the menu bar is hidden
        return action

    def _build_actions(self) -> None:
        std = QKeySequence.StandardKey
        self.open_edition_action = self._action(
            self.tr("&Open Edition…"),
            self.open_edition,
            ["Ctrl+O", std.Open],
            self.tr("Open another edition of the report"),
        )
        self.print_action = self._action(
            self.tr("&Print…"),
            lambda: self._print(pdf=False),
            ["Ctrl+P", std.Print],
            self.tr("Print what this tab shows"),
        )
        self.pdf_action = self._action(
            self.tr("Save as P&DF…"),
            lambda: self._print(pdf=True),
            "Ctrl+Shift+S",
            self.tr("Save what this tab shows as a PDF file"),
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close, ["Ctrl+Q", std.Quit])
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.copy_action = self._action(self.tr("&Copy"), self.copy_focused, ["Ctrl+C", std.Copy])
        self.copy_reference_action = self._action(
            self.tr("Copy &Reference"),
            self.copy_reference,
            "Ctrl+Shift+C",
            self.tr("Copy the id of what is shown, for the CLI"),
        )
        self.search_action = self._action(self.tr("&Search the Report"), self.focus_search, ["Ctrl+K", std.Find])
        self.find_in_tab_action = self._action(
            self.tr("&Find in Tab"),
            self.focus_tab_filter,
            "Ctrl+Shift+F",
            self.tr("The current tab's own find or filter field"),
        )
        self.zoom_in_action = self._action(
            self.tr("Zoom &In"), lambda: self.step_zoom(1), ["Ctrl+=", "Ctrl++", std.ZoomIn]
        )
        self.zoom_out_action = self._action(self.tr("Zoom &Out"), lambda: self.step_zoom(-1), ["Ctrl+-", std.ZoomOut])
        self.zoom_reset_action = self._action(self.tr("&Actual Size"), lambda: self.set_zoom(100), "Ctrl+0")
        self.back_action = self._action(
            self.tr("&Back"), self.go_back, ["Alt+Left", std.Back], self.tr("Back to what you saw before")
        )
        self.back_action.setIcon(themed_icon("go-previous"))
        self.forward_action = self._action(self.tr("&Forward"), self.go_forward, ["Alt+Right", std.Forward])
        self.forward_action.setIcon(themed_icon("go-next"))
        self.about_action = self._action(self.tr("&About kzdesk"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt_action = self._action(self.tr("About &Qt"), QApplication.aboutQt)
        from kzdesk.gui.workspace.actions import WorkspaceActions

        if self._replaying is not None:
            self.workspace_actions.retranslate()
        else:
            self.workspace_actions = WorkspaceActions(self)  # the workspace itself opens on first use
        self.tab_actions: dict[str, QAction] = {}
        for number, key in enumerate(self.tab_keys, start=1):
            spec = registry.spec(key)
            self.tab_actions[key] = self._action(
                self.tr("&{number} {title}").format(number=number, title=registry.title_of(key)),
                lambda _=False, k=key: self.show_tab(k),
                spec.shortcut if spec is not None and spec.shortcut else None,
            )

    def _build_menus(self) -> None:
        menus = self.menuBar()
        menus.clear()  # retranslate() builds them again; the actions stay
        file_menu = menus.addMenu(self.tr("&File"))
        file_menu.addAction(self.open_edition_action)
        self.editions_menu = file_menu.addMenu(self.tr("Edi&tions"))  # filled when it opens (open_edition.py)
        self.editions_menu.aboutToShow.connect(self._fill_editions_menu)
        file_menu.addSeparator()
        file_menu.addActions([self.print_action, self.pdf_action])
        file_menu.addSeparator()
        file_menu.addActions(self.workspace_actions.file_menu_actions())
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menus.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.copy_action, self.copy_reference_action])
        edit_menu.addSeparator()
        edit_menu.addActions(self.workspace_actions.edit_menu_actions())
        edit_menu.addSeparator()
        edit_menu.addActions([self.search_action, self.find_in_tab_action])
        view_menu = menus.addMenu(self.tr("&View"))
        view_menu.addActions([self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action])
        view_menu.addSeparator()
        view_menu.addAction(self.workspace_actions.panel_action)
        view_menu.addAction(self.workspace_actions.packs.panel_action)
        view_menu.addSeparator()
        self.language_menu = view_menu.addMenu(self.tr("&Language"))
        self._fill_language_menu()
        go_menu = menus.addMenu(self.tr("&Go"))
        go_menu.addActions([self.back_action, self.forward_action])
        go_menu.addSeparator()
        go_menu.addActions(list(self.tab_actions.values()))
        help_menu = menus.addMenu(self.tr("&Help"))
        help_menu.addActions([self.about_action, self.about_qt_action])

    def _build_toolbar(self) -> None:
        toolbar = self.navigation_toolbar = self.addToolBar(self.tr("Navigation"))
        toolbar.setObjectName("navigation-toolbar")
        toolbar.setMovable(False)
        self._toolbar_icon_size = toolbar.iconSize()  # the style's size; zoom scales it
        toolbar.addActions([self.back_action, self.forward_action])
        toolbar.addWidget(self.search_field)

    # --- tabs --------------------------------------------------------------------------------
    def current_key(self) -> str | None:
        index = self.tab_widget.currentIndex()
        return self.tab_keys[index] if 0 <= index < len(self.tab_keys) else None

    def current_tab(self) -> Tab | None:
        key = self.current_key()
        return self.tabs.get(key) if key else None

    def ensure_tab(self, key: str) -> Tab | None:
        """The tab for ``key``, built (imported and restored) on first use."""
        if key in self.tabs:
            return self.tabs[key]
        if key not in self._hosts:
            return None
        busy = self.isVisible()  # the report tab is built before the window shows: no cursor to change then
        if busy:
            from PySide6.QtCore import Qt

            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            spec = registry.spec(key)
            if spec is None:
                raise LookupError(f"no tab {key!r} is registered")
            tab: Tab = spec.widget_class()(self.context, self._hosts[key])
        except Exception as error:  # a broken tab must not take the window down
            log.exception("cannot build the %s tab", key)
            text = self.tr("The {tab} tab could not be opened: {error}").format(tab=registry.title_of(key), error=error)
            message = QLabel(text, self._hosts[key])
            message.setWordWrap(True)
            self._hosts[key].layout().addWidget(message)
            return None
        finally:
            if busy:
                QApplication.restoreOverrideCursor()
        self._hosts[key].layout().addWidget(tab)
        self.tabs[key] = tab
        tab.open_requested.connect(self.open_target)
        self.workspace_actions.packs.watch_tab(tab)  # Add to Pack in its context menus
        tab.location_changed.connect(lambda target, k=key: self._record(k, self.context.ref(target)))
        tab.restore_state()
        if self.current_key() == key:
            self._record_current()
        return tab

    def show_tab(self, key: str) -> Tab | None:
        if key not in self._hosts:
            return None
        self.tab_widget.setCurrentWidget(self._hosts[key])
        return self.ensure_tab(key)

    def _tab_changed(self, _index: int) -> None:
        key = self.current_key()
        if key is not None:
            self.ensure_tab(key)
            if not self._navigating:
                self._record_current()
        self._update_actions()

    def _record_current(self) -> None:
        key = self.current_key()
        tab = self.tabs.get(key) if key else None
        location = tab.current_location() if tab else None
        if key and location:
            self._record(key, self.context.ref(location))

    # --- navigation and history --------------------------------------------------------------
    def open_target(self, target: str) -> bool:
        """Show ``target`` (any entity or paragraph id of the open edition) in its tab and remember the visit."""
        from kzdesk.core.references import KINDS, kind_of

        kind = kind_of(target)
        if kind is None:
            self.statusBar().showMessage(self.tr("Nothing in the report has the id {id}").format(id=target), 5000)
            return False
        key = registry.tab_for(kind, self.tab_keys)
        if key is None:
            where = registry.title_of(registry.tab_for(kind) or KINDS[kind].owner)
            message = self.tr("{id} is shown in the {tab} tab, which this window lacks").format(id=target, tab=where)
            self.statusBar().showMessage(message, 5000)
            return False
        self._remember_view()
        if not self._show_visit(Visit(key, self.context.ref(target))):
            self.statusBar().showMessage(self.tr("Cannot find {id}").format(id=target), 5000)
            return False
        self._record(key, self.context.ref(target), remember=False)  # remembered above, before the landing changed
        return True

    def _show_visit(self, visit: Visit, state: object = None) -> bool:
        """Show ``visit``; ``state``: the filters it had (Back/Forward), put back before its target is selected."""
        self._navigating = True
        try:
            tab = self.show_tab(visit.tab)
            if tab is not None and state is not None:
                tab.restore_view_state(state)
        finally:
            self._navigating = False
        # A visit of another edition cannot be shown here (the editions branch will switch editions first).
        return tab is not None and visit.ref.edition == self.context.edition_key and tab.open_target(visit.target)

    def _remember_view(self) -> None:
        """Store the current visit's filters before moving on, so Back can bring them back."""
        current = self.history.current
        tab = self.tabs.get(current.tab) if current is not None else None
        if tab is not None:
            self.history.remember_state(tab.view_state())

    def _record(self, key: str, ref: Ref, remember: bool = True) -> None:
        if remember and Visit(key, ref) != self.history.current:
            self._remember_view()
        self.history.push(Visit(key, ref))
        self._update_actions()

    def go_back(self) -> None:
        self._remember_view()
        visit = self.history.back()
        if visit is not None:
            self._show_visit(visit, self.history.current_state)
        self._update_actions()

    def go_forward(self) -> None:
        self._remember_view()
        visit = self.history.forward()
        if visit is not None:
            self._show_visit(visit, self.history.current_state)
        self._update_actions()

    def _update_actions(self) -> None:
        self.back_action.setEnabled(self.history.can_go_back())
        self.forward_action.setEnabled(self.history.can_go_forward())
        tab, spec = self.current_tab(), registry.spec(self.current_key() or "")
        printable = tab is not None and spec is not None and spec.printable  # declared: no request built
        self.print_action.setEnabled(printable)
        self.pdf_action.setEnabled(printable)

    # --- search ------------------------------------------------------------------------------
    def focus_search(self) -> None:
        from PySide6.QtCore import Qt

        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def search_popup(self) -> SearchPopup:
        """The results popup, created on the first keystroke (it pulls in the search engine)."""
        if self._popup is None:
            from kzdesk.gui.search_popup import SearchPopup

            self._popup = SearchPopup(self.search_field, self.context, self)
            self._popup.activated.connect(self._open_hit)
            self._popup.note_activated.connect(self._show_note)
            self._popup.show_all_requested.connect(self.show_all_results)
            self._popup.pack_requested.connect(self.workspace_actions.packs.add)
        return self._popup

    def show_all_results(self, result: object) -> None:
        """Every hit of a search in the (modeless, built on first use) results dialog."""
        if self._all_results is None:
            from kzdesk.gui.search_all import AllResultsDialog

            self._all_results = AllResultsDialog(self)
            self._all_results.activated.connect(self.open_target)
            available = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
            self._all_results.resize(min(900, available.width() - 40), min(600, available.height() - 80))
        self._all_results.set_result(result)  # type: ignore[arg-type]
        if self._all_results.isVisible():
            self._all_results.raise_()  # open already, perhaps behind the window
        self._all_results.show()
        self._all_results.activateWindow()

    def _search_edited(self, text: str) -> None:
        self.search_popup().set_query(text)

    def _search_return(self) -> None:
        if self.search_field.text().strip() and (self._popup is None or not self._popup.isVisible()):
            self.search_popup().set_query(self.search_field.text())

    def _open_hit(self, target: str) -> None:
        if self.open_target(target):
            result = self._popup.model.result if self._popup is not None else None
            tab = self.current_tab()
            if result is not None and tab is not None:
                tab.mark_terms(result.terms)  # the query's words, marked where the hit lands
            self._focus_tab()

    def _show_note(self, note_id: str) -> None:
        """A note the search found: shown in the Bookmarks and Notes panel, beside the item it is on."""
        panel = self.workspace_actions.show_panel()
        if panel is not None:
            panel.model.reload()  # it may be new since the panel was filled
            panel.select_record(note_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search_field and event.type() == QEvent.Type.FocusIn and self._popup is None:
            # The user is about to search: build the index in the background while they type.
            self.search_popup().warm_up()
        elif watched is self.search_field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            from PySide6.QtCore import Qt

            if event.key() == Qt.Key.Key_Escape and (self._popup is None or not self._popup.isVisible()):
                self._focus_tab()  # Esc with no results showing: back to what the user was reading
                return True
        return super().eventFilter(watched, event)

    def _focus_tab(self) -> None:
        tab = self.current_tab()
        if tab is not None:
            tab.setFocus()  # Qt.FocusReason.OtherFocusReason
            tab.focusNextChild()

    def focus_tab_filter(self) -> None:
        tab = self.current_tab()
        if tab is None or not tab.focus_filter():
            self.statusBar().showMessage(self.tr("This tab has no find or filter field"), 3000)

    # --- edit, view, file, help --------------------------------------------------------------
    def copy_focused(self) -> None:
        """Edit → Copy on whatever has the keyboard focus: selected text, or selected rows as tab-separated text."""
        from PySide6.QtWidgets import QAbstractItemView, QTextEdit

        widget = QApplication.focusWidget()
        if isinstance(widget, (QLineEdit, QTextEdit)) or callable(getattr(widget, "copy", None)):
            widget.copy()  # type: ignore[union-attr]
        elif isinstance(widget, QAbstractItemView) and widget.selectionModel() is not None:
            indexes = sorted(widget.selectionModel().selectedIndexes(), key=lambda i: (i.row(), i.column()))
            rows: dict[int, list[str]] = {}
            for index in indexes:
                rows.setdefault(index.row(), []).append(str(index.data() or ""))
            if rows:
                QGuiApplication.clipboard().setText("\n".join("\t".join(cells) for cells in rows.values()))

    def copy_reference(self) -> str | None:
        """Edit → Copy Reference: the id of what the current tab shows (ids are kept off the screen)."""
        tab = self.current_tab()
        reference = tab.reference() if tab is not None else None
        if not reference:
            self.statusBar().showMessage(self.tr("Nothing here has a reference to copy"), 4000)
            return None
        from PySide6.QtGui import QGuiApplication

        QGuiApplication.clipboard().setText(reference)
        self.statusBar().showMessage(self.tr("Copied the reference {id}").format(id=reference), 6000)
        return reference

    def zoom(self) -> int:
        return clamp_zoom(self.context.settings.value("view/zoom"))

    def set_zoom(self, percent: int, announce: bool = True) -> None:
        percent = clamp_zoom(percent)
        apply_zoom(percent)
        self.context.settings.set_value("view/zoom", percent)
        self.navigation_toolbar.setIconSize(self._toolbar_icon_size * (percent / 100))
        # Widgets get the new font a moment later; size the search field from the font it will have.
        char = QFontMetrics(QApplication.font()).averageCharWidth()
        self.search_field.setMinimumWidth(char * 30)
        self.search_field.setMaximumWidth(char * 70)
        self.zoom_label.setText(self.tr("Zoom {percent}%").format(percent=percent))
        self.zoom_label.setVisible(percent != 100)
        if announce:
            self.statusBar().showMessage(self.tr("Zoom {percent}%").format(percent=percent), 2000)

    def step_zoom(self, step: int) -> None:
        self.set_zoom(next_zoom(self.zoom(), step))

    def _print(self, pdf: bool) -> None:
        tab = self.current_tab()
        request = tab.print_request() if tab is not None else None
        choices = tab.print_choices() if tab is not None and hasattr(tab, "print_choices") else []
        if len(choices) > 1:
            from PySide6.QtWidgets import QInputDialog

            labels = [label for label, _ in choices]
            label, ok = QInputDialog.getItem(self, self.tr("Print"), self.tr("What to print:"), labels, 0, False)
            if not ok:
                return
            request = dict(choices)[label]
        if request is None:
            message = self.tr("Nothing to print here: select a section, proposals or statistics")
            self.statusBar().showMessage(message, 4000)
            return
        from kzdesk.gui.printing import dialogs

        (dialogs.save_as_pdf if pdf else dialogs.print_with_preview)(self, self.context, request)

    def open_edition(self, path: object = None) -> bool:
        """File → Open Edition…: ``path`` (None: ask for one) shown in this window; False if nothing was opened."""
        from kzdesk.gui.open_edition import open_edition

        chosen = path if isinstance(path, str) or hasattr(path, "__fspath__") else None  # not the action's `checked`
        return open_edition(self, chosen) is not None  # type: ignore[arg-type]

    def _fill_editions_menu(self) -> None:
        from kzdesk.gui.open_edition import fill_editions_menu

        fill_editions_menu(self, self.editions_menu)

    def show_edition(self, edition: Edition) -> None:
        """Show ``edition`` instead of the current one: the tabs are built again on it (the
        simplest way every model, filter and cache lets go of the old dataset) and the
        history starts afresh, since its ids belong to the old edition."""
        self.save_settings()  # each tab's splitters, columns and filters carry over
        if self._popup is not None:
            self._popup.shutdown()
            self._popup.hide()
            self._popup.deleteLater()
            self._popup = None
        if self._all_results is not None:
            self._all_results.close()
            self._all_results.deleteLater()
            self._all_results = None
        self.tabs.clear()
        for host in self._hosts.values():  # each built tab, or the message of one that could not be built
            layout = host.layout()
            while layout.count():
                widget = layout.takeAt(0).widget()
                if widget is not None:
                    widget.hide()
                    widget.deleteLater()
        self.context.set_edition(edition)
        self.workspace_actions.edition_changed()
        self.history = History()
        self.setWindowTitle(edition.title)
        self.search_field.clear()
        key = self.current_key()
        if key is not None:
            self.ensure_tab(key)
        self._update_actions()

    def about_dialog(self) -> QWidget:
        from kzdesk.gui.about import AboutDialog

        return AboutDialog(self.context.dataset, self)

    def show_about(self) -> None:
        dialog = self.about_dialog()
        dialog.exec()  # type: ignore[attr-defined]
        dialog.deleteLater()

    def open_url(self, url: str) -> None:
        """Show an external address and open it in the system browser only if the user agrees."""
        from PySide6.QtCore import Qt, QUrl  # QUrl's enums cost ≈ 1.5 ms: not on the start-up path
        from PySide6.QtGui import QDesktopServices
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Open in web browser"), "", parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        scheme = QUrl(url).scheme()
        if scheme not in ("http", "https"):
            box.setIcon(QMessageBox.Icon.Warning)
            box.setText(self.tr("kzdesk opens only web addresses, not this one:") + f"\n\n{url}")
            box.setStandardButtons(QMessageBox.StandardButton.Close)
            box.exec()
            return
        question = self.tr("Open this address in your web browser? It needs a network connection.")
        box.setText(f"{question}\n\n{url}")
        box.setStandardButtons(QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() == QMessageBox.StandardButton.Open:
            QDesktopServices.openUrl(QUrl(url))

    # --- language ---------------------------------------------------------------------------
    def _fill_language_menu(self) -> None:
        """View → Language: each language named in its own words, the current one checked."""
        from kzdesk.gui import i18n

        for language in i18n.LANGUAGES:
            action = self.language_menu.addAction(i18n.LANGUAGE_NAMES[language])
            action.setCheckable(True)
            action.setChecked(language == i18n.current())
            action.setObjectName(f"language-{language}")
            action.triggered.connect(lambda _=False, chosen=language: self.set_language(chosen))

    def set_language(self, language: str) -> None:
        """Show the interface in ``language`` at once, and from now on (remembered in the settings)."""
        from kzdesk.gui import i18n

        self.context.settings.set_value("view/language", language)
        i18n.install(language)  # Qt sends QEvent.LanguageChange: see changeEvent
        self._fill_language_menu_checks()

    def _fill_language_menu_checks(self) -> None:
        from kzdesk.gui import i18n

        for action in self.language_menu.actions():
            action.setChecked(action.objectName() == f"language-{i18n.current()}")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and not self._retranslate_pending:
            # One for each translator removed or installed: retranslate once, when they are all in.
            self._retranslate_pending = True
            QTimer.singleShot(0, self.retranslate)

    def retranslate(self) -> None:
        """Every text of the window in the language now installed.

        The window's own texts (actions, menus, tab titles) are set again in place. The tabs are
        built again instead, as a new edition is (their texts are many, and each built tab
        then needs no retranslate() of its own): what each shows and its filters are kept
        (view_state, the settings' splitters and columns), and so is the history.
        """
        self._retranslate_pending = False
        self._replaying = list(self._actions_made)
        try:
            self._build_actions()
        finally:
            self._replaying = None
        self._build_menus()
        self.navigation_toolbar.setWindowTitle(self.tr("Navigation"))
        self.tab_widget.setAccessibleName(self.tr("Tabs"))
        self.search_field.setPlaceholderText(self.tr("Search the report (Ctrl+K)"))
        self.search_field.setAccessibleName(self.tr("Search the whole report"))
        for index, key in enumerate(self.tab_keys):
            self.tab_widget.setTabText(index, registry.title_of(key))
        self.set_zoom(self.zoom(), announce=False)
        self._rebuild_tabs()

    def _rebuild_tabs(self) -> None:
        key = self.current_key()
        tab = self.tabs.get(key) if key else None
        state = tab.view_state() if tab is not None else None
        visit = self.history.current
        self.save_settings()
        self._drop_search_windows()
        self.tabs.clear()
        for host in self._hosts.values():
            layout = host.layout()
            while layout.count():
                widget = layout.takeAt(0).widget()
                if widget is not None:
                    widget.hide()
                    widget.deleteLater()
        if key is None:
            return
        self._navigating = True
        try:
            rebuilt = self.ensure_tab(key)
            if rebuilt is not None and state is not None:
                rebuilt.restore_view_state(state)
            if rebuilt is not None and visit is not None and visit.tab == key:
                rebuilt.open_target(visit.target)
        finally:
            self._navigating = False
        self._update_actions()

    def _drop_search_windows(self) -> None:
        """The search popup and the all-results dialog go; the next search builds them in the new language."""
        if self._popup is not None:
            self._popup.shutdown()
            self._popup.hide()
            self._popup.deleteLater()
            self._popup = None
        if self._all_results is not None:
            self._all_results.close()
            self._all_results.deleteLater()
            self._all_results = None

    # --- window state ------------------------------------------------------------------------
    def _restore_window(self) -> None:
        settings = self.context.settings
        geometry = settings.value("window/geometry")
        restored = not geometry.isEmpty() and self.restoreGeometry(geometry)
        self.fit_to_screen(first=not restored)
        state = settings.value("window/state")
        if not state.isEmpty():
            self.restoreState(state)
        key = settings.value("window/tab")
        if key in self._hosts:
            self.tab_widget.setCurrentWidget(self._hosts[key])

    def fit_to_screen(self, available: QRect | None = None, first: bool = False) -> None:
        """Keep the whole window, status bar included, inside the screen's ``available`` area.

        ``first``: no remembered geometry, so take the preferred size where it fits. Before the
        window manager has framed the window its title bar is unknown: allow for a typical one.
        """
        from kzdesk.gui import window_fit

        if self.isMaximized() or self.isFullScreen():
            return  # the window manager keeps those inside the screen
        if available is None:
            screen = self.screen() or QGuiApplication.primaryScreen()
            if screen is None:
                return
            available = screen.availableGeometry()
        frame, inner = self.frameGeometry(), self.geometry()
        decorations = QMargins(
            inner.left() - frame.left(),
            inner.top() - frame.top(),
            frame.right() - inner.right(),
            frame.bottom() - inner.bottom(),
        )
        if decorations.isNull():
            decorations = QMargins(0, window_fit.TITLE_BAR_ALLOWANCE, 0, 0)
        if first:
            target = window_fit.first_frame(available)
        else:
            target = window_fit.fitted(inner.marginsAdded(decorations), available)
        self.setGeometry(window_fit.client_geometry(target, decorations))

    def save_settings(self) -> None:
        settings = self.context.settings
        settings.set_value("window/geometry", self.saveGeometry())
        settings.set_value("window/state", self.saveState())
        key = self.current_key()
        if key:
            settings.set_value("window/tab", key)
        for tab in self.tabs.values():
            tab.save_state()
        settings.sync()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._first_show:
            self._first_show = False
            self.fit_to_screen()  # now with the window manager's real frame
            key = self.current_key()
            if key is not None and key not in self.tabs:
                QTimer.singleShot(0, lambda: self._tab_changed(self.tab_widget.currentIndex()))
            else:
                self._focus_tab()  # not the search field: focusing it would start building the index

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        self.workspace_actions.close()  # a note being typed is saved first
        if self._popup is not None:
            self._popup.shutdown()
        super().closeEvent(event)

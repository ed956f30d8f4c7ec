"""Add to Pack (Ctrl+B) and the Pack panel (Ctrl+Shift+P), from every tab, the search popup and context menus.

Add to Pack acts on what the current tab shows (its reference, as Copy Reference gives
it), or on the search popup's chosen hit while the popup is open; a right click on a
row of any tab, on a hit or on a paragraph's margin offers it too. A section goes in as
its summary; the context menus offer its full text, and the panel switches either way.
The workspace opens on the first of these, never at start-up; the panel is built then.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu

    from kzdesk.gui.main_window import MainWindow
    from kzdesk.gui.tabs.base import Tab
    from kzdesk.gui.workspace.actions import WorkspaceActions
    from kzdesk.gui.workspace.pack_panel import PackPanel


def _tr(text: str) -> str:
    return QCoreApplication.translate("PackActions", text)


class PackActions(QObject):
    def __init__(self, window: MainWindow, workspace_actions: WorkspaceActions) -> None:
        super().__init__(window)
        self.window = window
        self.workspace_actions = workspace_actions
        self.panel: PackPanel | None = None
        self.add_action: QAction = window._action(
            _tr("Add to &Pack"),
            lambda _checked=False: self.add_current(),
            "Ctrl+B",
            _tr("Add what this tab shows (or the chosen search result) to your briefing pack"),
        )
        self.panel_action: QAction = window._action(
            _tr("Briefing &Pack"),
            lambda _checked=False: self.toggle_panel(),
            "Ctrl+Shift+P",
            _tr("Your briefing packs: gather items in order for a meeting"),
        )
        self.panel_action.setCheckable(True)

    # ---- adding ----------------------------------------------------------------------------
    def _popup_hit(self) -> str | None:
        popup = self.window._popup
        if popup is None or not popup.isVisible():
            return None
        from kzdesk.gui.roles import IdRole

        target = popup.view.currentIndex().data(IdRole)
        return target if isinstance(target, str) else None

    def add_current(self, form: str = "") -> bool:
        """Ctrl+B: the search popup's chosen hit while it is open, else what the current tab shows."""
        target = self._popup_hit()
        if target is None:
            tab = self.window.current_tab()
            target = tab.reference() if tab is not None else None
        if not target:
            self.window.statusBar().showMessage(_tr("Select something to add to your pack"), 5000)
            return False
        return self.add(target, form)

    def add(self, target: str, form: str = "") -> bool:
        """Put ``target`` (an id of the open edition, or a note's id with ``form`` "note") into the shown pack."""
        from kzdesk.core.packs import is_known, target_label
        from kzdesk.core.references import Kind, kind_of

        context = self.window.context
        dataset = context.dataset
        if form != "note" and not is_known(dataset, target):
            self.window.statusBar().showMessage(_tr("{id} cannot go into a pack").format(id=target), 5000)
            return False
        panel = self.show_panel()
        if panel is None:
            return False
        if form == "note":
            note = panel.workspace.note(target)
            if note is None:
                return False
            item = panel.add_item("note", note.edition, note.id)
            label = _tr("your note")
        else:
            section = kind_of(target) is Kind.SECTION
            form = (form or "summary") if section else ""
            item = panel.add_item("ref", context.edition.key, target, form)
            label = target_label(dataset, target)
            if section:
                text = _tr("the full text of {section}") if form == "full" else _tr("the summary of {section}")
                label = text.format(section=label)
        if item is None:
            return False
        self.window.statusBar().showMessage(
            _tr("Added {item} to “{pack}”").format(item=label, pack=panel.chooser.currentText()), 6000
        )
        return True

    # ---- context menus ---------------------------------------------------------------------
    def menu_actions(self, menu: QMenu, target: str) -> None:
        """Add to ``menu`` what can be done with ``target`` here: into the pack (a section: either form)."""
        from kzdesk.core.packs import is_known
        from kzdesk.core.references import Kind, kind_of

        if not is_known(self.window.context.dataset, target):
            return
        if kind_of(target) is Kind.SECTION:
            menu.addAction(_tr("Add Section Summary to Pack"), lambda: self.add(target, "summary"))
            menu.addAction(_tr("Add Section Full Text to Pack"), lambda: self.add(target, "full"))
        else:
            menu.addAction(_tr("Add to Pack (Ctrl+B)"), lambda: self.add(target))

    def watch_tab(self, tab: Tab) -> None:
        """Offer Add to Pack on a right click on any row of ``tab`` (rows its views leave unhandled)."""
        tab.installEventFilter(self)
        tab.context_menu_hook = self.menu_actions

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.ContextMenu:
            return False
        from PySide6.QtGui import QContextMenuEvent
        from PySide6.QtWidgets import QAbstractItemView, QApplication, QMenu

        assert isinstance(event, QContextMenuEvent)
        widget = QApplication.widgetAt(event.globalPos())
        while widget is not None and not isinstance(widget, QAbstractItemView):
            widget = widget.parentWidget()
        if widget is None:
            return False
        from kzdesk.gui.roles import IdRole

        index = widget.indexAt(widget.viewport().mapFromGlobal(event.globalPos()))
        target = index.data(IdRole) if index.isValid() else None
        if not isinstance(target, str):
            return False
        menu = QMenu(self.window)
        self.menu_actions(menu, target)
        if menu.isEmpty():
            return False
        self.exec_menu(menu, event.globalPos())
        menu.deleteLater()
        return True

    def exec_menu(self, menu: QMenu, where: object) -> None:
        """Show ``menu`` at the global point ``where`` until the user chooses (tests replace this)."""
        menu.exec(where)  # type: ignore[call-overload]

    # ---- the panel -------------------------------------------------------------------------
    def toggle_panel(self) -> None:
        if self.panel is not None and self.panel.isVisible():
            self.panel.hide()
        else:
            self.show_panel()

    def show_panel(self) -> PackPanel | None:
        if self.panel is None:
            session = self.workspace_actions.session
            workspace = session.get()
            if workspace is None:
                self.panel_action.setChecked(False)
                return None
            from PySide6.QtCore import Qt

            from kzdesk.gui.workspace.pack_model import PackItemsModel
            from kzdesk.gui.workspace.pack_panel import PackPanel

            context = self.window.context
            model = PackItemsModel(workspace, context.dataset, context.edition.key)
            self.panel = PackPanel(
                workspace,
                model,
                context.settings,
                self.window.open_target,
                lambda text: self.window.statusBar().showMessage(text, 10000),
                self.window,
                headless=session.headless,
            )
            self.panel.visibilityChanged.connect(self.panel_action.setChecked)
            self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.panel)
            width = max(300, self.window.width() // 3)  # a third of the window: the report stays the main thing
            self.window.resizeDocks([self.panel], [width], Qt.Orientation.Horizontal)
        self.panel.show()
        self.panel.raise_()
        return self.panel

    def refresh(self) -> None:
        if self.panel is not None:
            self.panel.fill_packs()
            self.panel.model.reload()

    def edition_changed(self) -> None:
        """The window shows another edition: the items are labelled from its dataset."""
        if self.panel is not None:
            context = self.window.context
            self.panel.model.dataset = context.dataset
            self.panel.model.edition = context.edition.key
            self.panel.model.reload()

    def close(self) -> None:
        if self.panel is not None:
            self.panel.save_now()

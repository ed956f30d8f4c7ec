"""The Pack panel: the user's briefing packs, each a titled list of items in the order they chose.

A dock beside the report: a chooser of packs (New, Rename, Delete), the items in order
(drag and drop to reorder, or Move Up / Move Down: Alt+Up, Alt+Down), Remove (Delete),
Add Text… for a block of the user's own words, and an editor for the selected text
block that saves as the user types. A section item can be switched between its summary
and its full text. Double-click or Enter opens an item where it belongs. Every change
is written to the workspace at once, in one transaction; one that fails says so in the
status bar and leaves the panel as the workspace has it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from kzdesk.core.files import FileProblem
from kzdesk.core.workspace.records import InvalidEntry, PackItem
from kzdesk.core.workspace.store import Workspace
from kzdesk.gui.roles import IdRole
from kzdesk.gui.settings import Settings
from kzdesk.gui.workspace.pack_model import PackItemsModel

SAVE_DELAY_MS = 500
CURRENT_PACK_SETTING = "pack/current"
TITLE_PAGE_SETTING = "pack/title-page"


class PackPanel(QDockWidget):
    def __init__(
        self,
        workspace: Workspace,
        model: PackItemsModel,
        settings: Settings,
        open_target: Callable[[str], object],
        status: Callable[[str], None],
        parent: QWidget | None = None,
        headless: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Briefing Pack"))
        self.setObjectName("pack-panel")  # saveState() keeps where it is docked
        self.workspace = workspace
        self.model = model
        self.settings = settings
        self.open_target = open_target
        self.status = status
        self.headless = headless  # tests and screenshots: no dialogs
        self._text_item: PackItem | None = None

        self.chooser = QComboBox()
        self.chooser.setAccessibleName(self.tr("Your packs"))
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.chooser.setMinimumContentsLength(12)
        self.chooser.currentIndexChanged.connect(self._chosen)
        self.new_button = self._button(self.tr("&New…"), self.tr("Start another pack"), self.new_pack)
        self.rename_button = self._button(self.tr("Rena&me…"), self.tr("Give this pack another title"), self.rename)
        self.delete_pack_button = self._button(
            self.tr("Delete Pack"), self.tr("Delete this pack (your notes themselves stay)"), self.delete_pack
        )
        self.title_page = QCheckBox(self.tr("Title page in PDF"))
        self.title_page.setToolTip(
            self.tr("An exported PDF opens with the title, date and edition on a page of their own")
        )
        self.title_page.setChecked(bool(settings.value(TITLE_PAGE_SETTING)))
        self.title_page.toggled.connect(lambda on: settings.set_value(TITLE_PAGE_SETTING, on))
        self.export_button = self._button(
            self.tr("E&xport…"), self.tr("This pack as one cited briefing: Word, PDF or Excel"), self.export
        )

        self.view = QTreeView()
        self.view.setModel(model)
        self.view.setAccessibleName(self.tr("Items of the pack, in order"))
        self.view.setRootIsDecorated(False)
        self.view.setItemsExpandable(False)
        self.view.setUniformRowHeights(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)  # the whole label is the row's tooltip
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # DragDrop, not InternalMove: the model itself accepts only this pack's own items (canDropMimeData)
        # and moves them in the workspace; InternalMove would have the view move rows behind its back.
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDragEnabled(True)
        self.view.setDropIndicatorShown(True)
        header = self.view.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.view.doubleClicked.connect(self._open)
        self.view.activated.connect(self._open)
        self.view.selectionModel().currentRowChanged.connect(self._selected)
        model.modelReset.connect(self._after_reset)
        model.rowsInserted.connect(lambda *_: self._update_count())
        model.rowsRemoved.connect(lambda *_: self._update_count())

        self.up_button = self._button(self.tr("Move &Up"), self.tr("Earlier in the pack (Alt+Up)"), self.move_up)
        self.down_button = self._button(self.tr("Move Do&wn"), self.tr("Later in the pack (Alt+Down)"), self.move_down)
        self.remove_button = self._button(
            self.tr("&Remove"), self.tr("Take the item out of the pack (Delete)"), self.remove_selected
        )
        self.text_button = self._button(
            self.tr("Add &Text…"), self.tr("A block of your own words: an introduction, a conclusion"), self.add_text
        )
        self.open_button = self._button(self.tr("&Open"), self.tr("Show the item where it belongs"), self._open_current)
        self.view.installEventFilter(self)  # Alt+Up, Alt+Down and Delete on the list

        self.form_label = QLabel(self.tr("This section goes in as:"))
        self.form_choice = QComboBox()
        self.form_choice.addItem(self.tr("its summary"), "summary")
        self.form_choice.addItem(self.tr("its full text"), "full")
        self.form_choice.setAccessibleName(self.tr("Summary or full text of the section"))
        self.form_choice.activated.connect(self._form_chosen)

        self.count_label = QLabel("")
        self.count_label.setAccessibleName(self.tr("Items in the pack"))
        self.editor_title = QLabel("")
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Your text block"))
        self.editor.setPlaceholderText(
            self.tr(
                "Select one of your text blocks to edit it here. Your words are printed as yours, not the report's."
            )
        )
        self.editor.setEnabled(False)
        self.editor.textChanged.connect(self._edited)
        self.saved_label = QLabel("")
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_now)

        choose = QHBoxLayout()  # the title gets the whole width: packs are told apart by it
        chooser_label = QLabel(self.tr("&Pack:"))
        chooser_label.setBuddy(self.chooser)
        choose.addWidget(chooser_label)
        choose.addWidget(self.chooser, 1)
        manage = QHBoxLayout()
        manage.addWidget(self.new_button)
        manage.addWidget(self.rename_button)
        manage.addWidget(self.delete_pack_button)
        manage.addWidget(self.export_button)
        manage.addStretch(1)
        manage.addWidget(self.count_label)
        order = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            order.addWidget(button)
        order.addStretch(1)
        order.addWidget(self.open_button)
        order.addWidget(self.text_button)
        form = QHBoxLayout()
        form.addWidget(self.form_label)
        form.addWidget(self.form_choice)
        form.addStretch(1)
        form.addWidget(self.title_page)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(choose)
        layout.addLayout(manage)
        layout.addWidget(self.view, 4)
        layout.addLayout(form)
        layout.addLayout(order)
        layout.addWidget(self.editor_title)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.saved_label)
        self.setWidget(body)
        self.fill_packs(str(settings.value(CURRENT_PACK_SETTING) or "") or None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key, alt = event.key(), event.modifiers() == Qt.KeyboardModifier.AltModifier
            if alt and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self._move(-1 if key == Qt.Key.Key_Up else 1)
                return True
            if key == Qt.Key.Key_Delete and event.modifiers() == Qt.KeyboardModifier.NoModifier:
                self.remove_selected()
                return True
        return super().eventFilter(watched, event)

    def _button(self, text: str, tip: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # ---- packs -----------------------------------------------------------------------------
    def fill_packs(self, choose: str | None = None) -> None:
        """The chooser lists every pack (oldest first); ``choose``: the one to show (else the current)."""
        wanted = choose or self.current_pack_id()
        packs = self.workspace.packs()
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for pack in packs:
            self.chooser.addItem(pack.title, pack.id)
        index = self.chooser.findData(wanted) if wanted else -1
        self.chooser.setCurrentIndex(index if index >= 0 else len(packs) - 1)
        self.chooser.blockSignals(False)
        self._chosen()

    def export(self, path: str | None = None) -> Path | None:
        """The pack shown, as a briefing file (``path`` None: ask); the path written, or None."""
        pack_id = self.current_pack_id()
        if pack_id is None:
            return None
        self.save_now()  # a text block being typed goes in as typed
        from kzdesk.gui.workspace.pack_export import export_pack

        window = self.parent()
        context = getattr(window, "context", None)
        if context is None:
            return None
        title_page = self.title_page.isChecked()
        return export_pack(self, context, self.workspace, pack_id, path, headless=self.headless, title_page=title_page)

    def current_pack_id(self) -> str | None:
        data = self.chooser.currentData()
        return data if isinstance(data, str) else None

    def _chosen(self, _index: int = -1) -> None:
        self.save_now()
        pack_id = self.current_pack_id()
        if pack_id != self.model.pack_id or pack_id is None:
            self.model.set_pack(pack_id)
        if pack_id:
            self.settings.set_value(CURRENT_PACK_SETTING, pack_id)
        for button in (self.rename_button, self.delete_pack_button, self.text_button):
            button.setEnabled(pack_id is not None)
        self.view.setEnabled(pack_id is not None)

    def ensure_pack(self) -> str | None:
        """The pack items go into: the one shown, or a new one if the user has none yet."""
        pack_id = self.current_pack_id()
        if pack_id is None:
            pack_id = self.create_pack(self.tr("My briefing"))
        return pack_id

    def create_pack(self, title: str) -> str | None:
        try:
            pack = self.workspace.create_pack(title)
        except (FileProblem, InvalidEntry) as error:
            self.status(self.tr("No pack was made: {error}").format(error=error))
            return None
        self.fill_packs(pack.id)
        return pack.id

    def new_pack(self, title: str | None = None) -> str | None:
        if title is None:
            title, accepted = QInputDialog.getText(
                self, self.tr("New Pack"), self.tr("Title of the new pack:"), QLineEdit.EchoMode.Normal
            )
            if not accepted:
                return None
        pack_id = self.create_pack(title)
        if pack_id:
            self.status(self.tr("Started the pack “{title}”: Ctrl+B adds what a tab shows").format(title=title.strip()))
        return pack_id

    def rename(self, title: str | None = None) -> bool:
        pack_id = self.current_pack_id()
        if pack_id is None:
            return False
        if title is None:
            title, accepted = QInputDialog.getText(
                self,
                self.tr("Rename Pack"),
                self.tr("New title:"),
                QLineEdit.EchoMode.Normal,
                self.chooser.currentText(),
            )
            if not accepted:
                return False
        try:
            self.workspace.rename_pack(pack_id, title)
        except (FileProblem, InvalidEntry) as error:
            self.status(self.tr("Not renamed: {error}").format(error=error))
            return False
        self.fill_packs(pack_id)
        return True

    def delete_pack(self, confirm: bool = True) -> bool:
        pack_id = self.current_pack_id()
        if pack_id is None:
            return False
        if confirm and not self.headless:
            answer = QMessageBox.question(
                self,
                self.tr("Delete Pack"),
                self.tr("Delete the pack “{title}” and its {count} items? Your notes themselves stay.").format(
                    title=self.chooser.currentText(), count=self.model.rowCount()
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            self.workspace.delete_pack(pack_id)
        except FileProblem as error:
            self.status(self.tr("Not deleted: {error}").format(error=error.problem))
            return False
        self.fill_packs()
        return True

    # ---- items -----------------------------------------------------------------------------
    def add_item(
        self, kind: str, edition: str = "", target: str = "", form: str = "", text: str = ""
    ) -> PackItem | None:
        """Put an item at the end of the shown pack (made if there is none) and select it."""
        pack_id = self.ensure_pack()
        if pack_id is None:
            return None
        try:
            item = self.workspace.add_pack_item(pack_id, kind, edition, target, form, text)
        except (FileProblem, InvalidEntry) as error:
            self.status(self.tr("Not added to the pack: {error}").format(error=error))
            return None
        row = self.model.rowCount()
        self.model.item_added(item, row)
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return item

    def add_text(self, text: str | None = None) -> PackItem | None:
        if text is None:
            text, accepted = QInputDialog.getMultiLineText(
                self, self.tr("Add Text"), self.tr("Your own text (an introduction, a conclusion):")
            )
            if not accepted:
                return None
        item = self.add_item("text", text=text)
        if item is not None:
            self.editor.setFocus()
        return item

    def current_item(self) -> PackItem | None:
        index = self.view.currentIndex()
        return self.model.item(index.row()) if index.isValid() else None

    def move_up(self) -> bool:
        return self._move(-1)

    def move_down(self) -> bool:
        return self._move(1)

    def _move(self, step: int) -> bool:
        row = self.view.currentIndex().row()
        if row < 0:
            return False
        try:
            moved = self.model.move_item(row, row + step)
        except (FileProblem, InvalidEntry) as error:
            self.status(self.tr("Not moved: {error}").format(error=error))
            self.model.reload()
            return False
        if moved:
            self.view.setCurrentIndex(self.model.index(row + step, 0))
        self._update_buttons()
        return moved

    def remove_selected(self) -> bool:
        item, row = self.current_item(), self.view.currentIndex().row()
        if item is None or self.model.pack_id is None:
            return False
        self._save_timer.stop()
        self._text_item = None
        try:
            self.workspace.remove_pack_item(self.model.pack_id, item.id)
        except FileProblem as error:
            self.status(self.tr("Not removed: {error}").format(error=error.problem))
            return False
        self.model.reload()
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), 0))
        self.status(self.tr("Removed from the pack"))
        return True

    def _form_chosen(self, _index: int) -> None:
        item = self.current_item()
        form = self.form_choice.currentData()
        if item is None or not item.form or form == item.form or self.model.pack_id is None:
            return
        try:
            self.model.item_changed(self.workspace.set_item_form(self.model.pack_id, item.id, form))
        except (FileProblem, InvalidEntry) as error:
            self.status(self.tr("Not changed: {error}").format(error=error))

    # ---- selection, opening ----------------------------------------------------------------
    def _selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.save_now()
        item = self.model.item(current.row()) if current.isValid() else None
        self._text_item = item if item is not None and item.kind == "text" else None
        self.editor.blockSignals(True)
        self.editor.setPlainText(self._text_item.text if self._text_item else "")
        self.editor.blockSignals(False)
        self.editor.setEnabled(self._text_item is not None)
        self.editor_title.setText(self.tr("<b>Your text</b> (printed as yours)") if self._text_item else "")
        self.saved_label.setText("")
        self._update_buttons()

    def _update_buttons(self) -> None:
        row, count = self.view.currentIndex().row(), self.model.rowCount()
        item = self.current_item()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
        self.remove_button.setEnabled(item is not None)
        self.export_button.setEnabled(count > 0)
        self.open_button.setEnabled(item is not None and self.model.data(self.view.currentIndex(), IdRole) is not None)
        section = item is not None and bool(item.form)
        self.form_label.setVisible(section)
        self.form_choice.setVisible(section)
        if section and item is not None:
            self.form_choice.setCurrentIndex(max(0, self.form_choice.findData(item.form)))

    def _after_reset(self) -> None:
        self._text_item = None
        self._selected(self.view.currentIndex(), QModelIndex())
        self._update_count()

    def _update_count(self) -> None:
        count = self.model.rowCount()
        from kzdesk.core.labels import counted

        self.count_label.setText(counted(count, "item", "items"))
        self._update_buttons()

    def _open_current(self) -> None:
        self._open(self.view.currentIndex())

    def _open(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        target = index.data(IdRole)
        if target:
            self.open_target(target)
        elif self._text_item is not None:
            self.editor.setFocus()  # a text block belongs here: edit it

    # ---- the text block editor -------------------------------------------------------------
    def _edited(self) -> None:
        if self._text_item is not None:
            self.saved_label.setText(self.tr("Not saved yet…"))
            self._save_timer.start()

    def save_now(self) -> bool:
        """Write the editor's text to its block now (the timer does this as the user types)."""
        self._save_timer.stop()
        item = self._text_item
        if item is None or self.model.pack_id is None or self.editor.toPlainText() == item.text:
            return True
        try:
            self._text_item = self.workspace.update_text_block(self.model.pack_id, item.id, self.editor.toPlainText())
        except (FileProblem, InvalidEntry) as error:
            # The text stays in the editor: nothing typed is lost, and the next keystroke retries.
            text = self.tr("Your text is NOT saved: {error}").format(
                error=error.problem if isinstance(error, FileProblem) else error
            )
            self.saved_label.setText(text)
            self.status(text)
            return False
        self.model.item_changed(self._text_item)
        self.saved_label.setText(self.tr("Saved {time} UTC").format(time=self._text_item.updated[11:19]))
        return True

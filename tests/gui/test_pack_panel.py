"""The Pack panel and Add to Pack: from a tab and the search popup, reordered, renamed, kept over a restart."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kzdesk.core.dataset import load_dataset
from kzdesk.core.workspace.safety import open_workspace
from kzdesk.gui.context import AppContext
from kzdesk.gui.main_window import MainWindow
from kzdesk.gui.settings import Settings
from kzdesk.gui.workspace.pack_model import MIME, PackItemsModel


def _window(qtbot: QtBot, settings_file: Path, workspace: Path) -> MainWindow:
    settings = Settings(settings_file)
    settings.set_value("workspace/path", str(workspace))
    window = MainWindow(AppContext(dataset=load_dataset(), settings=settings, open_url=lambda url: None))
    window.context.workspace_session.headless = True
    qtbot.addWidget(window)
    window.resize(1280, 760)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    return tmp_path / "kzdesk.ini", tmp_path / "data" / "workspace.sqlite"


def _labels(window: MainWindow) -> list[str]:
    panel = window.workspace_actions.packs.panel
    assert panel is not None
    return [panel.model.index(row, 1).data() for row in range(panel.model.rowCount())]


def test_start_up_builds_no_panel_and_opens_no_workspace(qtbot: QtBot, files: tuple[Path, Path]) -> None:
    window = _window(qtbot, *files)
    assert window.workspace_actions.packs.panel is None
    assert not files[1].exists()
    assert window.workspace_actions.packs.add_action.shortcut().toString() == "Ctrl+B"


def test_add_from_tabs_reorder_rename_and_survive_a_restart(qtbot: QtBot, files: tuple[Path, Path]) -> None:
    window = _window(qtbot, *files)
    packs = window.workspace_actions.packs
    window.open_target("proposal-7")
    assert packs.add_current()  # no pack yet: one is made
    panel = packs.panel
    assert panel is not None and panel.isVisible()
    assert panel.chooser.currentText() == "My briefing"
    assert "Added Proposal 7" in window.statusBar().currentMessage()
    window.open_target("stat-cpi-kazakhstan-score")
    assert packs.add_current()
    window.open_target("chart-table-1")
    assert packs.add_current()
    window.open_target("act-" + window.context.dataset.acts[0].id.removeprefix("act-"))
    assert packs.add_current()
    window.open_target("section-5")
    assert packs.add_current()  # a section: its summary
    panel.add_text("Why we meet")
    labels = _labels(window)
    assert labels[0] == "Proposal 7" and labels[4].endswith("— summary") and labels[5] == "Why we meet"
    assert panel.model.index(5, 0).data() == "Your text"  # the user's own, said so
    assert panel.model.index(5, 0).data(Qt.ItemDataRole.FontRole).italic()
    # Switch the section to its full text.
    panel.view.setCurrentIndex(panel.model.index(4, 0))
    assert panel.form_choice.isVisibleTo(panel)
    panel.form_choice.setCurrentIndex(1)
    panel.form_choice.activated.emit(1)
    assert _labels(window)[4].endswith("— full text")
    # Move the text block up to the top with the buttons (and Alt+Up).
    panel.view.setCurrentIndex(panel.model.index(5, 0))
    for _ in range(4):
        assert panel.move_up()
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert _labels(window)[0] == "Why we meet" and panel.view.currentIndex().row() == 0
    assert not panel.up_button.isEnabled()
    assert panel.move_down() and _labels(window)[1] == "Why we meet"
    # Remove with the Delete key.
    panel.view.setCurrentIndex(panel.model.index(1, 0))
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert "Why we meet" not in _labels(window) and len(_labels(window)) == 5
    assert panel.rename("Minister, 12 December")
    order = _labels(window)
    window.close()

    again = _window(qtbot, *files)
    panel2 = again.workspace_actions.packs.show_panel()
    assert panel2 is not None and panel2.chooser.currentText() == "Minister, 12 December"
    assert _labels(again) == order


def test_a_simulated_drop_moves_the_item_in_the_workspace(qtbot: QtBot, files: tuple[Path, Path]) -> None:
    window = _window(qtbot, *files)
    packs = window.workspace_actions.packs
    for number in (1, 2, 3, 4):
        assert packs.add(f"proposal-{number}")
    panel = packs.panel
    assert panel is not None
    view, model = panel.view, panel.model
    # Drag the first row and drop it on the upper half of the last row's: before Proposal 4.
    data = model.mimeData([model.index(0, 0), model.index(0, 1)])
    last = view.visualRect(model.index(3, 1))
    where = QPoint(last.center().x(), last.top() + 2)
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    # As a real drag does: it enters the list, moves over the row (the view asks canDropMimeData), drops.
    for event in (
        QDragEnterEvent(where, Qt.DropAction.MoveAction, data, buttons, keys),
        QDragMoveEvent(where, Qt.DropAction.MoveAction, data, buttons, keys),
        QDropEvent(QPointF(where), Qt.DropAction.MoveAction, data, buttons, keys),
    ):
        QApplication.sendEvent(view.viewport(), event)
        assert event.isAccepted()
    assert _labels(window) == ["Proposal 2", "Proposal 3", "Proposal 1", "Proposal 4"]
    stored = panel.workspace.pack(model.pack_id or "")
    assert stored is not None and [i.target for i in stored.items] == [
        "proposal-2",
        "proposal-3",
        "proposal-1",
        "proposal-4",
    ]
    # Nothing is lost when the view asks the model to remove the dragged rows afterwards.
    assert model.removeRows(0, 1) is False and model.rowCount() == 4
    # Foreign data and another pack's items are refused.
    foreign = QMimeData()
    foreign.setText("proposal-9")
    assert not model.dropMimeData(foreign, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    other = QMimeData()
    other.setData(MIME, b'{"pack": "another", "items": []}')
    assert not model.canDropMimeData(other, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    # A drop at the end (row -1 on the root).
    assert model.dropMimeData(model.mimeData([model.index(0, 0)]), Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert _labels(window)[-1] == "Proposal 2"


def test_add_from_the_search_popup_by_key_and_by_its_menu(qtbot: QtBot, files: tuple[Path, Path]) -> None:
    window = _window(qtbot, *files)
    window.search_field.setFocus()
    qtbot.keyClicks(window.search_field, "whistleblower")
    popup = window.search_popup()
    qtbot.waitUntil(lambda: popup.isVisible() and popup.model.hit_count > 0, timeout=10000)
    from kzdesk.gui.roles import IdRole

    first = popup.view.currentIndex().data(IdRole)
    qtbot.keyClick(window.search_field, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    panel = window.workspace_actions.packs.panel
    assert panel is not None and panel.model.rowCount() == 1
    assert panel.model.item(0).target == first  # type: ignore[union-attr]
    # The hit's context menu emits the request the window connects to Add to Pack.
    with qtbot.waitSignal(popup.pack_requested) as blocker:
        popup.pack_requested.emit("proposal-3", "")
    assert blocker.args == ["proposal-3", ""]
    assert panel.model.rowCount() == 2 and panel.model.index(1, 1).data() == "Proposal 3"


def test_several_packs_and_deleting_one(qtbot: QtBot, files: tuple[Path, Path]) -> None:
    window = _window(qtbot, *files)
    packs = window.workspace_actions.packs
    panel = packs.show_panel()
    assert panel is not None and panel.chooser.count() == 0 and not panel.rename_button.isEnabled()
    panel.new_pack("First")
    packs.add("proposal-1")
    panel.new_pack("Second")
    packs.add("proposal-2")
    packs.add("proposal-3")
    assert panel.chooser.count() == 2 and _labels(window) == ["Proposal 2", "Proposal 3"]
    panel.chooser.setCurrentIndex(0)
    assert _labels(window) == ["Proposal 1"]
    assert panel.delete_pack(confirm=False)
    assert panel.chooser.count() == 1 and panel.chooser.currentText() == "Second"
    assert panel.count_label.text() == "2 items"


def test_a_note_goes_in_as_the_users_own_and_opens_where_it_belongs(qtbot: QtBot, files: tuple[Path, Path]) -> None:
    window = _window(qtbot, *files)
    window.open_target("section-5-p3")
    assert window.workspace_actions.note_current("Ask about 2021")
    note = window.workspace_actions.session.get().notes()[0]  # type: ignore[union-attr]
    packs = window.workspace_actions.packs
    assert packs.add(note.id, "note")
    panel = packs.panel
    assert panel is not None
    assert panel.model.index(0, 0).data() == "Your note"
    assert panel.model.index(0, 1).data().startswith("On Section 5, para. 3: Ask about 2021")
    window.open_target("proposal-1")
    panel._open(panel.model.index(0, 1))
    assert window.current_key() == "report" and window.current_tab().current_location() == "section-5-p3"  # type: ignore[union-attr]


def test_a_tabs_own_menu_offers_both_forms_of_a_section(qtbot: QtBot, files: tuple[Path, Path]) -> None:
    from PySide6.QtWidgets import QMenu

    window = _window(qtbot, *files)
    tab = window.show_tab("proposals")
    assert tab is not None
    menu = QMenu()
    tab.add_context_actions(menu, "section-4")
    assert [a.text() for a in menu.actions()] == ["Add Section Summary to Pack", "Add Section Full Text to Pack"]
    menu.actions()[1].trigger()
    assert window.workspace_actions.packs.panel is not None
    assert _labels(window)[0].endswith("— full text")


def test_the_model_passes_the_model_checks(qtmodeltester, tmp_path: Path, dataset) -> None:
    class Ref:
        def __init__(self, target: str) -> None:
            self.edition, self.id = "2020", target

    workspace = open_workspace(tmp_path / "w.sqlite").workspace
    pack = workspace.create_pack("Briefing")
    workspace.add_ref_item(pack.id, Ref("proposal-3"))
    workspace.add_ref_item(pack.id, Ref("section-2"), "full")
    workspace.add_text_block(pack.id, "line one\nline two")
    workspace.add_note_item(pack.id, workspace.add_note(Ref("section-2-p1"), "my note"))
    model = PackItemsModel(workspace, dataset, "2020")
    model.set_pack(pack.id)
    qtmodeltester.check(model)
    assert model.rowCount() == 4 and model.index(2, 1).data() == "line one line two"
    assert model.supportedDropActions() == Qt.DropAction.MoveAction
    assert model.flags(QModelIndex()) & Qt.ItemFlag.ItemIsDropEnabled
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsDropEnabled  # between rows, never onto one
    assert model.mimeTypes() == [MIME]
    assert model.dropMimeData(model.mimeData([model.index(3, 0)]), Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    qtmodeltester.check(model)
    assert model.item(0).kind == "note"  # type: ignore[union-attr]
    QApplication.processEvents()
    workspace.close()


def test_a_right_click_on_a_row_of_a_tab_offers_add_to_pack(
    qtbot: QtBot, files: tuple[Path, Path], monkeypatch
) -> None:
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QAbstractItemView, QMenu

    window = _window(qtbot, *files)
    offered: list[list[str]] = []

    def fake_exec(menu: QMenu, *args: object) -> None:  # the menu as the user sees it, and their choice
        offered.append([a.text() for a in menu.actions()])
        menu.actions()[0].trigger()

    monkeypatch.setattr(window.workspace_actions.packs, "exec_menu", fake_exec)
    tab = window.show_tab("legislation")
    assert tab is not None
    qtbot.wait(50)
    view = tab.acts_table  # type: ignore[attr-defined]
    assert isinstance(view, QAbstractItemView) and view.model().rowCount() > 2
    rect = view.visualRect(view.model().index(1, 0))
    from kzdesk.gui.roles import IdRole

    expected = view.model().index(1, 0).data(IdRole)
    local = rect.center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, local, view.viewport().mapToGlobal(local))
    QApplication.sendEvent(view.viewport(), event)
    assert offered == [["Add to Pack (Ctrl+B)"]]
    panel = window.workspace_actions.packs.panel
    assert panel is not None and panel.model.item(0).target == expected  # type: ignore[union-attr]
    panel._open(panel.model.index(0, 1))  # double-click: shown where it belongs
    assert window.current_key() == "legislation" and window.current_tab().current_location() == expected  # type: ignore[union-attr]


def test_a_text_block_is_edited_in_place_and_saved(qtbot: QtBot, files: tuple[Path, Path]) -> None:
    window = _window(qtbot, *files)
    packs = window.workspace_actions.packs
    panel = packs.show_panel()
    assert panel is not None
    packs.add("proposal-1")
    panel.add_text("Draft")
    panel.view.setCurrentIndex(panel.model.index(1, 0))
    assert panel.editor.isEnabled() and panel.editor.toPlainText() == "Draft"
    panel.editor.setPlainText("Conclusion: two proposals are late")
    assert panel.saved_label.text() == "Not saved yet…"
    qtbot.waitUntil(lambda: panel.saved_label.text().startswith("Saved"), timeout=3000)  # debounced
    assert panel.model.index(1, 1).data() == "Conclusion: two proposals are late"
    stored = panel.workspace.pack(panel.model.pack_id or "")
    assert stored is not None and stored.items[1].text == "Conclusion: two proposals are late"
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    assert not panel.editor.isEnabled()  # a proposal's words are the report's: not editable here


def test_the_panel_exports_a_briefing_in_word_pdf_and_excel(
    qtbot: QtBot, files: tuple[Path, Path], tmp_path: Path
) -> None:
    """The issue's two-page briefing, made from the GUI: 3 proposals, 4 figures, 1 chart and a note."""
    import subprocess

    import docx
    import openpyxl

    from kzdesk.core.references import Ref
    from kzdesk.gui.workspace import pack_export

    window = _window(qtbot, *files)
    packs = window.workspace_actions.packs
    figures = [
        "stat-corruption-crimes-convicted-persons",
        "stat-antikor-ortalygy-service-centers",
        "stat-cpi-kazakhstan-score",
        "stat-public-services-digitalization-level",
    ]
    for target in ["proposal-2", "proposal-7", "proposal-11", *figures, "chart-table-1"]:
        window.open_target(target)
        assert packs.add_current(), target
    panel = packs.panel
    assert panel is not None and panel.export_button.isEnabled()
    workspace = window.context.workspace_session.get()
    note = workspace.add_note(Ref(window.context.edition_key, "proposal-7"), "Ask for the 2021 figures first.")
    assert packs.add(note.id, "note")
    assert len(_labels(window)) == 9

    docx_path = panel.export(str(tmp_path / "brief.docx"))
    assert docx_path is not None and "saved to" in pack_export.last_message.text()
    assert "Saved" in window.statusBar().currentMessage()
    document = docx.Document(str(docx_path))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Ask for the 2021 figures first." in text and "Your note" in text
    assert any(p.style.name.startswith("Heading") for p in document.paragraphs)
    assert document.inline_shapes  # the chart, as a picture

    panel.title_page.setChecked(True)  # the title on a page of its own, and remembered
    assert window.context.settings.value("pack/title-page") is True
    pdf_path = panel.export(str(tmp_path / "brief.pdf"))
    assert pdf_path is not None
    pdf_text = subprocess.run(["pdftotext", str(pdf_path), "-"], capture_output=True, text=True, check=True).stdout
    assert "Ask for the 2021 figures first." in pdf_text and "page 1 of" in pdf_text
    assert "standardization of service model" not in pdf_text.split("\f")[0]  # page 1: the title alone

    xlsx_path = panel.export(str(tmp_path / "brief.xlsx"))
    assert xlsx_path is not None
    book = openpyxl.load_workbook(xlsx_path)
    by_id = {s.id: s for s in window.context.dataset.statistics}
    sheet = book["Figures"]
    assert [c.value for c in sheet[1]][:2] == ["Indicator", "Value"] and sheet.freeze_panes == "A2"
    rows = [row for row in sheet.iter_rows(min_row=2, values_only=True) if row[1] is not None]
    assert [(row[0], row[1]) for row in rows] == [(by_id[f].indicator, by_id[f].value) for f in figures]

    # An unwritable place: one clear message, nothing written, no traceback.
    assert panel.export(str(tmp_path / "missing" / "brief.docx")) is None
    assert "NOT saved" in pack_export.last_message.text()
    assert not (tmp_path / "missing").exists()

"""The desktop app's bookmarks and notes: saved as the user acts, kept over a restart, never lost on a failed save."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kzdesk.core.dataset import load_dataset
from kzdesk.core.workspace.store import WorkspaceError
from kzdesk.gui.context import AppContext
from kzdesk.gui.main_window import MainWindow
from kzdesk.gui.roles import IdRole
from kzdesk.gui.settings import Settings
from kzdesk.gui.workspace.models import YourItemsModel, item_label


def _window(qtbot: QtBot, settings_file: Path, workspace: Path) -> MainWindow:
    settings = Settings(settings_file)
    settings.set_value("workspace/path", str(workspace))
    window = MainWindow(AppContext(dataset=load_dataset(), settings=settings, open_url=lambda url: None))
    qtbot.addWidget(window)
    window.resize(1280, 760)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    return tmp_path / "kzdesk.ini", tmp_path / "data" / "workspace.sqlite"


def test_start_up_opens_no_workspace(qtbot: QtBot, files: tuple[Path, Path]) -> None:
    window = _window(qtbot, *files)
    # The Report tab looks for highlights and notes a moment after it has painted: it opens no file that is not there.
    session = window.context._workspace_session
    assert (session is None or session._workspace is None) and not files[1].exists()


def test_a_bookmark_and_a_note_survive_a_restart(qtbot: QtBot, files: tuple[Path, Path]) -> None:
    window = _window(qtbot, *files)
    assert window.open_target("section-5-p3")
    assert window.workspace_actions.bookmark_current()
    assert "Bookmarked Section 5" in window.statusBar().currentMessage()
    assert window.workspace_actions.note_current("Ask the Agency for the 2021 figure")
    panel = window.workspace_actions.panel
    assert panel is not None and panel.isVisible()
    assert panel.editor.toPlainText() == "Ask the Agency for the 2021 figure"  # the new note, selected
    panel.editor.setPlainText("Ask the Agency for the 2021 figure, by region")
    qtbot.waitUntil(lambda: panel.saved_label.text().startswith("Saved"), timeout=3000)
    window.close()

    again = _window(qtbot, *files)
    panel = again.workspace_actions.show_panel()
    assert panel is not None
    rows = {
        (panel.proxy.index(r, 0).data(), panel.proxy.index(r, 1).data(), panel.proxy.index(r, 2).data())
        for r in range(panel.proxy.rowCount())
    }
    label = item_label(again.context.dataset, "section-5-p3")
    assert rows == {("Bookmark", label, ""), ("Note", label, "Ask the Agency for the 2021 figure, by region")}


def test_a_failed_save_keeps_the_text_and_says_so(qtbot: QtBot, files: tuple[Path, Path], monkeypatch) -> None:
    window = _window(qtbot, *files)
    window.open_target("proposal-7")
    window.show_tab("report")
    assert window.open_target("section-1-p2")
    assert window.workspace_actions.note_current("first words")
    panel = window.workspace_actions.panel
    assert panel is not None

    def full_disk(*_args: object) -> None:
        raise WorkspaceError(str(files[1]), "the disk is full or failing; nothing was changed")

    monkeypatch.setattr(panel.workspace, "update_note", full_disk)
    panel.editor.setPlainText("words typed while the disk is full")
    assert panel.save_now() is False
    assert panel.editor.toPlainText() == "words typed while the disk is full"
    assert "NOT saved" in panel.saved_label.text() and "disk is full" in window.statusBar().currentMessage()
    monkeypatch.undo()
    assert panel.save_now() is True  # the disk has room again: the same text is saved
    assert panel.workspace.notes()[0].text == "words typed while the disk is full"


def test_opening_a_row_shows_the_item_in_its_tab(qtbot: QtBot, files: tuple[Path, Path]) -> None:
    window = _window(qtbot, *files)
    assert window.open_target("section-9-p2")
    window.workspace_actions.bookmark_current()
    window.show_tab("report")
    window.open_target("section-introduction")
    panel = window.workspace_actions.show_panel()
    assert panel is not None
    panel.table.setCurrentIndex(panel.proxy.index(0, 0))
    panel.open_button.click()
    assert window.current_key() == "report"
    assert window.current_tab().current_location() == "section-9-p2"


def test_nothing_to_bookmark_is_said(qtbot: QtBot, files: tuple[Path, Path], monkeypatch) -> None:
    window = _window(qtbot, *files)
    monkeypatch.setattr(window, "current_tab", lambda: None)
    assert window.workspace_actions.bookmark_current() is False
    assert "Select something" in window.statusBar().currentMessage()
    assert not files[1].exists()


def test_the_model_passes_the_model_checks(qtmodeltester, tmp_path: Path, dataset) -> None:
    from kzdesk.core.workspace.safety import open_workspace

    class Ref:
        def __init__(self, target: str) -> None:
            self.edition, self.id = "2020", target

    workspace = open_workspace(tmp_path / "w.sqlite").workspace
    workspace.bookmark(Ref("proposal-3"), "green")
    workspace.add_note(Ref("stat-table-1-anti-corruption-service-2020"), "line one\nline two")
    model = YourItemsModel(workspace, dataset, "2020")
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.index(1, 2).data() == "line one line two"
    QApplication.processEvents()
    workspace.close()


def test_export_import_preview_and_restore(qtbot: QtBot, files: tuple[Path, Path], tmp_path: Path) -> None:
    from kzdesk.core.workspace.exchange import export_workspace
    from kzdesk.core.workspace.location import backup_folder
    from kzdesk.core.workspace.safety import list_backups
    from kzdesk.gui.workspace import exchange_dialogs

    window = _window(qtbot, *files)
    actions = window.workspace_actions
    window.open_target("section-5-p3")
    actions.note_current("mine")
    workspace = actions.session.get()
    assert workspace is not None
    export_workspace(workspace, tmp_path / "export.json")
    theirs = _window(qtbot, tmp_path / "theirs.ini", tmp_path / "theirs" / "workspace.sqlite")
    assert (
        exchange_dialogs.import_workspace(theirs.workspace_actions, str(tmp_path / "export.json"), confirm=False) == 1
    )
    assert [n.text for n in theirs.workspace_actions.session.get().notes()] == ["mine"]
    plan = __import__("kzdesk.core.workspace.exchange", fromlist=["plan_import"]).plan_import(
        workspace, tmp_path / "export.json", lambda e, t: True
    )
    assert "keep yours: Note on Section 5, para. 3" in exchange_dialogs.describe(
        plan, lambda target: item_label(window.context.dataset, target)
    )
    (backup,) = list_backups(backup_folder(files[1]))  # today's, taken when the workspace opened (empty then)
    assert exchange_dialogs.restore_backup(actions, str(backup), confirm=False)
    assert workspace.notes() == []  # the backup predates the note …
    kept = [p for p in backup_folder(files[1]).iterdir() if p.name.startswith("pre-restore-")]
    assert len(kept) == 1  # … and the state before the restore is kept beside the backups


def test_a_workspace_given_on_the_command_line_wins_over_the_setting(qtbot: QtBot, files: tuple[Path, Path]) -> None:
    window = _window(qtbot, *files)
    given = files[1].parent / "given.sqlite"
    window.context.workspace_path = given
    window.open_target("proposal-4")
    assert window.workspace_actions.bookmark_current()
    assert given.exists() and not files[1].exists()
    assert window.context.settings.value("workspace/path") == str(files[1])  # not remembered


def test_screenshot_mode_keeps_to_a_temporary_workspace(qtbot: QtBot) -> None:
    from kzdesk.gui.launch import build_window

    window = build_window(load_dataset(), temporary_settings=True)
    qtbot.addWidget(window)
    folder = window.property("kzdesk_settings_folder")
    assert window.context.workspace_session.path() == Path(folder) / "workspace.sqlite"


def test_the_kind_filter_shows_one_kind_and_its_models_pass_the_checks(
    qtbot: QtBot, qtmodeltester, tmp_path: Path, dataset
) -> None:
    from kzdesk.core.references import Ref
    from kzdesk.core.workspace.safety import open_workspace
    from kzdesk.gui.workspace.panel import WorkspacePanel

    workspace = open_workspace(tmp_path / "w.sqlite").workspace
    paragraph = dataset.paragraph("section-5-p3")
    workspace.bookmark(Ref("2020", "proposal-3"), "green")
    workspace.bookmark(Ref("2020", "section-5-p3"))
    workspace.add_highlight(Ref("2020", "section-5-p3"), 0, 10, paragraph.text[:10], "yellow")
    workspace.add_highlight(Ref("2020", "section-5-p2"), 0, 9, "not there", "pink")  # the text has changed since
    workspace.add_note(Ref("2020", "stat-table-1-anti-corruption-service-2020"), "check the 2021 figure")
    model = YourItemsModel(workspace, dataset, "2020")
    qtmodeltester.check(model)
    panel = WorkspacePanel(workspace, model, lambda _target: None, lambda _text: None)
    qtbot.addWidget(panel)

    def shown() -> list[tuple[str, str]]:
        return sorted(
            (panel.proxy.index(r, 0).data(), panel.proxy.index(r, 0).data(IdRole))
            for r in range(panel.proxy.rowCount())
        )

    assert panel.proxy.rowCount() == 5
    panel.set_kind("record:highlight")
    assert shown() == [("Highlight", "section-5-p3"), ("Highlight (detached)", "section-5-p2")]
    qtmodeltester.check(panel.proxy)
    panel.set_kind("item:proposal")
    assert shown() == [("Bookmark", "proposal-3")]
    panel.set_kind("item:paragraph")
    assert [kind for kind, _ in shown()] == ["Bookmark", "Highlight", "Highlight (detached)"]
    panel.filter.setText("detached")  # the text filter works within the kind
    assert shown() == [("Highlight (detached)", "section-5-p2")]
    panel.filter.clear()
    panel.set_kind("record:note")
    assert shown() == [("Note", "stat-table-1-anti-corruption-service-2020")]
    qtmodeltester.check(panel.proxy)
    panel.set_kind("item:act")
    assert panel.proxy.rowCount() == 0
    assert panel.kind_combo.currentText() == "On legal changes"
    panel.set_kind(None)
    assert panel.proxy.rowCount() == 5 and panel.kind_combo.currentText() == "All kinds"
    panel.close()
    QApplication.processEvents()
    workspace.close()

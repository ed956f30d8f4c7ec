"""The proposal tracker in the Proposals tab: your status, unit, due date and progress, kept over a restart."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kzdesk.core.dataset import load_dataset
from kzdesk.core.workspace.store import WorkspaceError
from kzdesk.gui.context import AppContext
from kzdesk.gui.roles import IdRole, SnippetHtmlRole
from kzdesk.gui.settings import Settings
from kzdesk.gui.tabs.proposals import ProposalsTab


def _tab(qtbot: QtBot, tmp_path: Path) -> ProposalsTab:
    settings = Settings(tmp_path / "kzdesk.ini")
    settings.set_value("workspace/path", str(tmp_path / "data" / "workspace.sqlite"))
    tab = ProposalsTab(AppContext(dataset=load_dataset(), settings=settings, open_url=lambda url: None))
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def _html_of(tab: ProposalsTab, proposal_id: str) -> str:
    row = tab.model.row_of(proposal_id)
    return str(tab.model.index(row, 0).data(SnippetHtmlRole))


def test_looking_creates_no_workspace_and_a_status_is_saved_when_chosen(qtbot: QtBot, tmp_path: Path) -> None:
    tab = _tab(qtbot, tmp_path)
    assert not (tmp_path / "data" / "workspace.sqlite").exists()
    assert tab.open_target("proposal-7")
    editor = tab.tracker_editor
    assert editor.isEnabled() and editor.status_combo.currentData() == "not-started"
    editor.status_combo.setCurrentIndex(editor.status_combo.findData("in-progress"))
    assert editor.state_label.text().startswith("Saved")
    assert "Your follow-up:</i> In progress" in _html_of(tab, "proposal-7")
    assert "Your tracker: 1 in progress, 39 not started." in tab.status.text()
    editor.unit_edit.setText("Legal department")
    editor.unit_edit.textEdited.emit("Legal department")
    editor.due_edit.setText("2027-03-31")
    editor.due_edit.textEdited.emit("2027-03-31")
    qtbot.waitUntil(lambda: editor.state_label.text().startswith("Saved"), timeout=3000)
    assert "Legal department · due 2027-03-31" in _html_of(tab, "proposal-7")


def test_the_status_filter_shows_only_that_status(qtbot: QtBot, tmp_path: Path) -> None:
    tab = _tab(qtbot, tmp_path)
    for proposal_id, status in (("proposal-3", "implemented"), ("proposal-9", "implemented")):
        tab.open_target(proposal_id)
        tab.tracker_editor.status_combo.setCurrentIndex(tab.tracker_editor.status_combo.findData(status))
    tab.status_combo.setCurrentIndex(tab.status_combo.model().row_of("implemented"))
    shown = [tab.proxy.index(r, 0).data(IdRole) for r in range(tab.proxy.rowCount())]
    assert shown == ["proposal-3", "proposal-9"]
    tab.status_combo.setCurrentIndex(tab.status_combo.model().row_of("not-started"))
    assert tab.proxy.rowCount() == 38
    tab.clear_filters()
    assert tab.proxy.rowCount() == 40


def test_the_follow_up_is_there_after_a_restart(qtbot: QtBot, tmp_path: Path) -> None:
    tab = _tab(qtbot, tmp_path)
    tab.open_target("proposal-12")
    editor = tab.tracker_editor
    editor.progress_edit.setPlainText("Draft order sent to the ministry")
    editor.evidence_edit.setPlainText("Order No. 12\n\nhttps://example.org/minutes-3")
    assert editor.save_now()
    tab.context.close_workspace()
    again = _tab(qtbot, tmp_path)
    again.open_target("proposal-12")
    assert again.tracker_editor.progress_edit.toPlainText() == "Draft order sent to the ministry"
    assert again.tracker_editor.evidence_edit.toPlainText() == "Order No. 12\nhttps://example.org/minutes-3"


def test_a_bad_date_or_a_failed_save_keeps_what_was_typed(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = _tab(qtbot, tmp_path)
    tab.open_target("proposal-1")
    editor = tab.tracker_editor
    editor.due_edit.setText("31.03.2027")
    editor.due_edit.textEdited.emit("31.03.2027")
    assert editor.save_now() is False
    assert "NOT saved" in editor.state_label.text() and "is not a due date" in editor.state_label.text()
    assert editor.due_edit.text() == "31.03.2027"
    editor.due_edit.setText("2027-03-31")
    workspace = tab.context.workspace_session.get()
    assert workspace is not None

    def full(*_args: object, **_kwargs: object) -> None:
        raise WorkspaceError("workspace.sqlite", "the disk is full or failing; nothing was changed")

    monkeypatch.setattr(workspace, "set_tracker", full)
    editor.progress_edit.setPlainText("typed while the disk is full")
    assert editor.save_now() is False and "disk is full" in editor.state_label.text()
    assert editor.progress_edit.toPlainText() == "typed while the disk is full"
    monkeypatch.undo()
    assert editor.save_now() is True  # room again: the same text is saved
    assert workspace.tracker()[0].progress == "typed while the disk is full"


class _RefusingWrites:
    """The store's SQLite connection, refusing every write as SQLite does on a full disk or a read-only file."""

    def __init__(self, connection: object, message: str) -> None:
        self._connection = connection
        self._message = message

    def execute(self, sql: str, *args: object) -> object:
        if not sql.lstrip().upper().startswith("SELECT"):
            import sqlite3

            raise sqlite3.OperationalError(self._message)
        return self._connection.execute(sql, *args)  # type: ignore[attr-defined]

    def __getattr__(self, name: str) -> object:
        return getattr(self._connection, name)


def test_switching_proposals_after_a_failed_save_keeps_what_was_typed(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = _tab(qtbot, tmp_path)
    tab.open_target("proposal-4")
    editor = tab.tracker_editor
    workspace = tab.context.workspace_session.get()
    assert workspace is not None
    monkeypatch.setattr(workspace, "_db", _RefusingWrites(workspace._db, "database or disk is full"))
    editor.progress_edit.setPlainText("typed while the disk is full")
    assert editor.save_now() is False and "disk is full" in editor.state_label.text()
    assert tab.open_target("proposal-5")  # away before the disk has room again
    assert editor.progress_edit.toPlainText() == ""
    assert "proposal you left is NOT saved" in editor.state_label.text() and "disk is full" in editor.state_label.text()
    assert editor.pending()["proposal-4"][3] == "typed while the disk is full"

    assert tab.open_target("proposal-4")  # back: the text typed is there again, still to be saved
    assert editor.progress_edit.toPlainText() == "typed while the disk is full"
    assert "NOT saved yet" in editor.state_label.text()
    monkeypatch.undo()  # room on the disk again
    qtbot.waitUntil(lambda: editor.state_label.text().startswith("Saved"), timeout=3000)
    assert [e.progress for e in workspace.tracker() if e.target == "proposal-4"] == ["typed while the disk is full"]
    assert editor.pending() == {}


def test_what_was_kept_is_saved_with_the_next_save_that_works(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = _tab(qtbot, tmp_path)
    tab.open_target("proposal-8")
    editor = tab.tracker_editor
    workspace = tab.context.workspace_session.get()
    assert workspace is not None
    monkeypatch.setattr(workspace, "_db", _RefusingWrites(workspace._db, "attempt to write a readonly database"))
    editor.unit_edit.setText("Internal audit")
    editor.unit_edit.textEdited.emit("Internal audit")
    assert editor.save_now() is False and "read-only" in editor.state_label.text()
    tab.open_target("proposal-9")
    monkeypatch.undo()
    editor.status_combo.setCurrentIndex(editor.status_combo.findData("implemented"))  # saved at once
    units = {e.target: (e.unit, e.status) for e in workspace.tracker()}
    assert units == {"proposal-8": ("Internal audit", "not-started"), "proposal-9": ("", "implemented")}
    assert editor.pending() == {}


def test_the_tracker_orders_the_list_and_the_order_is_remembered(qtbot: QtBot, tmp_path: Path) -> None:
    from pytestqt.modeltest import ModelTester

    tab = _tab(qtbot, tmp_path)
    ModelTester(None).check(tab.proxy)
    from kzdesk.core.references import Ref

    workspace = tab.context.workspace_session.get()
    edition = tab.context.edition_key
    workspace.set_tracker(Ref(edition, "proposal-12"), status="implemented", unit="Audit", due="2027-01-15")
    workspace.set_tracker(Ref(edition, "proposal-5"), status="in-progress", unit="budget office", due="2026-12-20")
    time.sleep(0.01)  # a later change, by the clock the store writes
    workspace.set_tracker(Ref(edition, "proposal-30"), status="not-applicable", unit="")
    tab.reload_tracker(workspace)

    def shown() -> list[str]:
        return [tab.proxy.index(r, 0).data(IdRole) for r in range(tab.proxy.rowCount())]

    def choose(order: str) -> list[str]:
        tab.order_combo.setCurrentIndex(tab.order_combo.findData(order))
        return shown()

    # Untracked proposals count as not started, so they come first, in the report's order.
    by_status = choose("status")
    assert by_status[-3:] == ["proposal-5", "proposal-12", "proposal-30"] and by_status[0] == "proposal-1"
    assert choose("due")[:2] == ["proposal-5", "proposal-12"]  # soonest first; no date last
    assert choose("unit")[:2] == ["proposal-12", "proposal-5"]  # "Audit" before "budget office"
    assert choose("updated")[0] == "proposal-30"  # the last change first
    # A change of status re-orders at once, and a filter keeps the order.
    workspace.set_tracker(Ref(edition, "proposal-1"), status="implemented")
    tab.reload_tracker(workspace)
    assert choose("status")[-4:] == ["proposal-5", "proposal-1", "proposal-12", "proposal-30"]
    tab.status_combo.setCurrentIndex(tab.status_combo.model().row_of("implemented"))
    assert shown() == ["proposal-1", "proposal-12"]
    ModelTester(None).check(tab.proxy)
    tab.save_state()
    tab.clear_filters()  # a filter is cleared; the order is not a filter
    assert tab.order_combo.currentData() == "status"

    context = AppContext(dataset=tab.context.dataset, settings=tab.context.settings, open_url=lambda u: None)
    again = ProposalsTab(context)
    qtbot.addWidget(again)
    assert again.order_combo.currentData() == "status" and again.proxy.order == "status"
    assert choose("report") == [f"proposal-{n}" for n in range(1, 41)]

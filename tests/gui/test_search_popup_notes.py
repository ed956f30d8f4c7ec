"""The global search finds the user's notes: a group "Your notes", marked as theirs, opening the item and the note."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kzdesk.core.editions import edition_key
from kzdesk.core.model import Dataset
from kzdesk.core.references import Ref
from kzdesk.core.workspace.safety import open_workspace
from kzdesk.gui.main_window import MainWindow
from kzdesk.gui.roles import KindRole, NoteIdRole, SnippetHtmlRole
from kzdesk.gui.search_popup import SearchPopup
from kzdesk.gui.settings import Settings

WORD = "Zhetisu"  # in no entry of the report: only the note has it


def _type(qtbot: QtBot, window: MainWindow, text: str) -> SearchPopup:
    window.search_field.clear()
    window.focus_search()
    qtbot.keyClicks(window.search_field, text)
    popup = window.search_popup()
    qtbot.waitUntil(lambda: popup.isVisible() and popup.model.result is not None and popup.model.result.query == text)
    return popup


def _note(settings: Settings, dataset: Dataset, target: str, text: str) -> str:
    path = Path(str(settings.value("workspace/path")))
    with open_workspace(path).workspace as workspace:
        return workspace.add_note(Ref(edition_key(dataset.report), target), text).id


def test_a_note_is_found_as_its_own_group_and_opens_the_item_and_the_note(
    qtbot: QtBot, report_window: MainWindow, settings: Settings, dataset: Dataset, qtmodeltester: ModelTester
) -> None:
    note_id = _note(settings, dataset, "section-5-p3", f"Ask the {WORD} akimat about land plots & <b>tags</b>")
    popup = _type(qtbot, report_window, WORD.lower())
    rows = popup.model.rows()
    headers = [r for r in rows if r.is_header]
    assert [h.text for h in headers] == ["Your notes (1)"]
    (hit,) = [r for r in rows if not r.is_header]
    assert hit.kind == "note" and hit.target == "section-5-p3" and hit.note == note_id
    assert hit.text == "Section 5, para. 3"  # the item it is on, as a reader calls it
    # Marked as the user's words, escaped (the user's "<b>" is text), the word typed highlighted.
    assert hit.snippet_html.startswith("Your note: <i>“")
    assert "&lt;b&gt;tags&lt;/b&gt;" in hit.snippet_html and "<b>Zhetisu</b>" in hit.snippet_html
    index = popup.view.currentIndex()
    assert index.data(KindRole) == "note" and index.data(NoteIdRole) == note_id
    assert index.data(SnippetHtmlRole) == hit.snippet_html
    qtmodeltester.check(popup.model)

    # A word the report has too: the note comes as its own group beside the report's hits.
    popup = _type(qtbot, report_window, "land plots")
    kinds = [r.kind for r in popup.model.rows() if r.is_header]
    assert "note" in kinds and "section" in kinds

    popup = _type(qtbot, report_window, WORD)
    with qtbot.waitSignal(popup.note_activated, timeout=3000) as opened:
        qtbot.keyClick(report_window.search_field, Qt.Key.Key_Return)
    assert opened.args == [note_id]
    assert report_window.tabs["report"].current_location() == "section-5-p3"
    panel = report_window.workspace_actions.panel
    assert panel is not None and panel.isVisible()
    assert panel.editor.toPlainText().startswith(f"Ask the {WORD} akimat")  # the note, ready to edit


def test_a_note_saved_after_the_first_search_is_found_at_the_next(
    qtbot: QtBot, report_window: MainWindow, settings: Settings, dataset: Dataset
) -> None:
    popup = _type(qtbot, report_window, WORD)
    assert not any(r.kind == "note" for r in popup.model.rows())  # no workspace file yet: no group
    assert not Path(str(settings.value("workspace/path"))).exists()  # … and searching made none
    _note(settings, dataset, "proposal-12", f"{WORD} regional office: due in March")
    popup = _type(qtbot, report_window, WORD + " regional")
    rows = popup.model.rows()
    headers = [r.text for r in rows if r.is_header]
    # The note has both words, the report's entries only "regional": the note's group comes first.
    assert headers[0] == "Your notes (1)" and len(headers) > 1
    assert rows[1].kind == "note" and rows[1].text == "Proposal 12"


def test_show_all_lists_notes_marked_as_the_users_own(qtbot: QtBot, qtmodeltester: ModelTester) -> None:
    from kzdesk.core.search import SearchHit, SearchResult
    from kzdesk.gui.roles import IdRole
    from kzdesk.gui.search_all import AllResultsModel

    note = SearchHit("note", "n1", "Proposal 12", "my own words", ((3, 6),), 10.5, None, "proposal-12")
    report = SearchHit("proposal", "proposal-12", "Proposal 12", "the report's words", (), 20.0)
    model = AllResultsModel(SearchResult("own", (report, note), None, ("own",)))
    qtmodeltester.check(model)
    assert [model.index(1, c).data() for c in range(4)] == [
        "2",
        "Your notes",
        "Proposal 12",
        "Your note: “my own words”",
    ]
    assert model.index(1, 0).data(IdRole) == "proposal-12"  # opens the item the note is on
    assert model.index(0, 3).data() == "the report's words"

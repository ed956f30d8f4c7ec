"""The user's highlights and notes in the Report tab: made from a selection, painted, kept over a restart."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from kzdesk.core.dataset import load_dataset
from kzdesk.core.references import Ref
from kzdesk.gui.context import AppContext
from kzdesk.gui.main_window import MainWindow
from kzdesk.gui.settings import Settings
from kzdesk.gui.tabs.report import ReportTab
from kzdesk.gui.tabs.report_marks import HIGHLIGHT_COLOURS, NoteBox


def _window(qtbot: QtBot, files: tuple[Path, Path], dataset: object = None) -> MainWindow:
    settings = Settings(files[0])
    settings.set_value("workspace/path", str(files[1]))
    context = AppContext(dataset=dataset or load_dataset(), settings=settings, open_url=lambda url: None)
    window = MainWindow(context, tab_keys=("report",))
    qtbot.addWidget(window)
    window.resize(1280, 760)
    window.show()
    qtbot.waitExposed(window)
    return window


def _report(window: MainWindow) -> ReportTab:
    tab = window.tabs["report"]
    assert isinstance(tab, ReportTab)
    return tab


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    return tmp_path / "kzdesk.ini", tmp_path / "data" / "workspace.sqlite"


def _select(tab: ReportTab, paragraph_id: str, words: str, until: str | None = None) -> None:
    """Select ``words`` of the paragraph as shown (to the end of ``until`` in a later paragraph if given)."""
    document = tab.browser.document()
    start = tab.anchors()[paragraph_id][0]
    found = document.find(words, start)
    assert not found.isNull(), words
    cursor = QTextCursor(document)
    cursor.setPosition(found.selectionStart())
    end = document.find(until, found.selectionEnd()).selectionEnd() if until else found.selectionEnd()
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    tab.browser.setTextCursor(cursor)


def _painted(tab: ReportTab) -> list[tuple[str, str]]:
    """(text, background colour) of every highlight the browser paints."""
    return [
        (s.cursor.selectedText(), s.format.background().color().name())
        for s in tab.browser.extraSelections()
        if s.format.background().color().name() in HIGHLIGHT_COLOURS.values()
    ]


def test_a_highlight_from_a_selection_is_painted_and_survives_a_restart(qtbot: QtBot, files: tuple[Path, Path]) -> None:
    window = _window(qtbot, files)
    tab = _report(window)
    assert window.open_target("section-5-p3")
    paragraph = window.context.dataset.paragraph("section-5-p3")
    words = " ".join(paragraph.text.split()[2:6])
    _select(tab, "section-5-p3", words)
    assert tab.highlight_selection("green") == 1
    workspace = window.context.workspace_session.get()
    assert workspace is not None
    (highlight,) = workspace.highlights()
    assert (highlight.target, highlight.colour, highlight.quote) == ("section-5-p3", "green", words)
    assert paragraph.text[highlight.start : highlight.end] == words  # offsets into the paragraph's own text
    assert _painted(tab) == [(words, HIGHLIGHT_COLOURS["green"])]
    assert not tab.browser.textCursor().hasSelection()
    assert "Highlighted in 1 paragraph" in window.statusBar().currentMessage()
    window.close()

    again = _window(qtbot, files)
    tab = _report(again)
    again.open_target("section-5-p3")
    qtbot.waitUntil(lambda: tab.marks is not None and tab.marks.active, timeout=3000)  # a moment after the first show
    assert _painted(tab) == [(words, HIGHLIGHT_COLOURS["green"])]
    assert tab.browser.toPlainText().count(words) >= 1  # painted over the text, not added to it
    tab.step_page(1)
    assert _painted(tab) == []  # another section: its own highlights only
    tab.step_page(-1)
    assert _painted(tab) == [(words, HIGHLIGHT_COLOURS["green"])]  # every time the section is shown


def test_a_selection_over_two_paragraphs_makes_one_highlight_each_and_one_can_be_removed(
    qtbot: QtBot, files: tuple[Path, Path]
) -> None:
    window = _window(qtbot, files)
    tab = _report(window)
    window.open_target("section-5-p2")
    dataset = window.context.dataset
    first, second = dataset.paragraph("section-5-p2").text, dataset.paragraph("section-5-p3").text
    tail = " ".join(first.split()[-3:])
    head = " ".join(second.split()[:2])
    _select(tab, "section-5-p2", tail, until=head)
    assert tab.highlight_selection() == 2  # yellow: nothing was chosen before
    marks = tab.ensure_marks()
    quotes = {h.target: h.quote for h, _s, _e in marks.highlights}
    assert quotes == {"section-5-p2": first[first.index(tail) :].rstrip(), "section-5-p3": head}
    assert {colour for _text, colour in _painted(tab)} == {HIGHLIGHT_COLOURS["yellow"]}
    panel = window.workspace_actions.show_panel()
    assert panel is not None
    panel.set_kind("record:highlight")
    assert panel.proxy.rowCount() == 2
    # The text's menu over the highlight in paragraph 3 offers to remove it.
    ((p3, p3_start, _p3_end),) = [m for m in marks.highlights if m[0].target == "section-5-p3"]
    cursor = QTextCursor(tab.browser.document())
    cursor.setPosition(p3_start + 1)
    tab.browser.setTextCursor(cursor)  # nothing selected: no Highlight entry
    point = tab.browser.cursorRect(cursor).center()
    menu = tab.text_menu(point)
    texts = [action.text() for action in menu.actions()]
    assert "&Remove Highlight" in texts and "&Highlight" not in texts
    next(a for a in menu.actions() if a.text() == "&Remove Highlight").trigger()
    menu.deleteLater()
    assert p3.id not in {h.id for h, _s, _e in marks.highlights}
    assert [t for t, _c in _painted(tab)] == [first[first.index(tail) :].rstrip()]
    assert panel.proxy.rowCount() == 1  # the panel follows
    tab.step_page(1)
    panel.table.setCurrentIndex(panel.proxy.index(0, 0))
    panel.open_button.click()  # a highlight opens to its paragraph
    assert tab.current_location() == "section-5-p2"
    _select(tab, "section-5-p2", " ".join(first.split()[:2]))
    menu = tab.text_menu(tab.browser.cursorRect().center())
    highlight_menu = next(a.menu() for a in menu.actions() if a.text() == "&Highlight")
    colours = [a.text() for a in highlight_menu.actions()]
    assert colours[0] == "Yellow\tCtrl+H" and colours[1:] == ["Green", "Blue", "Pink", "Orange", "Purple"]
    next(a for a in highlight_menu.actions() if a.text() == "Purple").trigger()
    assert ("section-5-p2", "purple") in {(h.target, h.colour) for h, _s, _e in marks.highlights}
    assert marks.colour == "purple"  # Ctrl+H uses it next
    menu.deleteLater()


def test_nothing_selected_or_a_table_says_so(qtbot: QtBot, files: tuple[Path, Path]) -> None:
    window = _window(qtbot, files)
    tab = _report(window)
    window.open_target("section-5-p3")
    tab.browser.setTextCursor(QTextCursor(tab.browser.document()))
    assert tab.highlight_selection() == 0
    assert "Select words" in window.statusBar().currentMessage()
    assert not files[1].exists()  # nothing to save: no workspace made


def test_a_changed_text_is_not_painted_at_the_wrong_place(
    qtbot: QtBot, files: tuple[Path, Path], tmp_path: Path
) -> None:
    from kzdesk.core.workspace.safety import open_workspace

    dataset = load_dataset()
    paragraph = dataset.paragraph("section-5-p3")
    words = " ".join(paragraph.text.split()[3:5])
    at = paragraph.text.index(words)
    with open_workspace(files[1]).workspace as workspace:
        # Stored when the paragraph had ten more characters before these words: the quote is found nearby.
        workspace.add_highlight(Ref("2020", "section-5-p3"), at + 10, at + 10 + len(words), words, "blue")
        workspace.add_highlight(Ref("2020", "section-5-p3"), 0, 12, "words gone now", "pink")  # not there: detached
    window = _window(qtbot, files, dataset)
    tab = _report(window)
    window.open_target("section-5-p3")
    tab.ensure_marks()
    assert _painted(tab) == [(words, HIGHLIGHT_COLOURS["blue"])]
    panel = window.workspace_actions.show_panel()
    assert panel is not None
    kinds = sorted(panel.proxy.index(r, 0).data() for r in range(panel.proxy.rowCount()))
    assert kinds == ["Highlight", "Highlight (detached)"]


def test_a_note_is_shown_below_its_paragraph_and_edits_save(qtbot: QtBot, files: tuple[Path, Path]) -> None:
    window = _window(qtbot, files)
    tab = _report(window)
    window.open_target("section-5-p3")
    assert window.workspace_actions.note_current("Ask the Agency for the 2021 figure")
    marks = tab.ensure_marks()
    ((box, position),) = marks.boxes
    assert isinstance(box, NoteBox) and box.isVisible()
    assert "Your note" in box.label.text() and "UTC" in box.label.text()
    assert box.editor.toPlainText() == "Ask the Agency for the 2021 figure"
    assert "Ask the Agency" not in tab.browser.toPlainText()  # not the report's text: never copied with it
    # Below its paragraph, above the next one, in room made for it.
    document = tab.browser.document()
    layout = document.documentLayout()
    scroll = tab.browser.verticalScrollBar().value()
    paragraph_bottom = layout.blockBoundingRect(document.findBlock(position)).bottom() - scroll
    next_top = layout.blockBoundingRect(document.findBlock(tab.anchors()["section-5-p4"][0])).top() - scroll
    assert paragraph_bottom <= box.geometry().top() and box.geometry().bottom() < next_top
    assert "background: #fff8dc" in box.styleSheet()  # tinted: the user's words, set apart from the report's
    # The whole note shows: its box is as tall as its wrapped text needs.
    box.editor.setPlainText("A long note. " * 40)
    qtbot.waitUntil(lambda: box.height() > 4 * box.editor.fontMetrics().lineSpacing(), timeout=2000)
    assert box.editor.verticalScrollBar().maximum() == 0  # no line of it is scrolled out of sight

    box.editor.setFocus()
    box.editor.selectAll()
    box.editor.insertPlainText("Ask the Agency for the 2021 figure, by region")
    assert "not saved yet" in box.label.text()
    qtbot.waitUntil(lambda: box.label.text().endswith("· saved"), timeout=3000)
    workspace = window.context.workspace_session.get()
    assert workspace is not None
    assert [n.text for n in workspace.notes()] == ["Ask the Agency for the 2021 figure, by region"]
    panel = window.workspace_actions.panel
    assert panel is not None
    texts = [panel.proxy.index(r, 2).data() for r in range(panel.proxy.rowCount())]
    assert texts == ["Ask the Agency for the 2021 figure, by region"]  # the panel follows
    tab.step_page(1)
    tab.step_page(-1)  # shown again: the words as saved
    assert [b.editor.toPlainText() for b, _p in marks.boxes] == ["Ask the Agency for the 2021 figure, by region"]
    window.close()

    again = _window(qtbot, files)
    tab = _report(again)
    again.open_target("section-5-p3")
    qtbot.waitUntil(lambda: tab.marks is not None and len(tab.marks.boxes) == 1, timeout=3000)
    assert tab.marks is not None
    assert tab.marks.boxes[0][0].editor.toPlainText() == "Ask the Agency for the 2021 figure, by region"


def test_a_note_that_cannot_be_saved_keeps_its_text(
    qtbot: QtBot, files: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from kzdesk.core.workspace.store import WorkspaceError

    window = _window(qtbot, files)
    tab = _report(window)
    window.open_target("section-1-p2")
    assert window.workspace_actions.note_current("first words")
    marks = tab.ensure_marks()
    box = marks.boxes[0][0]
    workspace = window.context.workspace_session.get()

    def full_disk(*_args: object) -> None:
        raise WorkspaceError(str(files[1]), "the disk is full or failing; nothing was changed")

    monkeypatch.setattr(workspace, "update_note", full_disk)
    box.editor.setPlainText("typed while the disk is full")
    assert box.save_now() is False
    assert "NOT saved" in box.label.text() and box.editor.toPlainText() == "typed while the disk is full"
    assert "NOT saved" in window.statusBar().currentMessage()


def test_many_notes_and_highlights_on_a_page_show_at_once_and_every_time(
    qtbot: QtBot, files: tuple[Path, Path]
) -> None:
    from kzdesk.core.workspace.safety import open_workspace

    dataset = load_dataset()
    section = dataset.section("section-5")
    texts = [p for p in section.paragraphs if p.kind == "text"][:8]
    with open_workspace(files[1]).workspace as workspace:
        for paragraph in texts:
            workspace.add_note(Ref("2020", paragraph.id), f"My note on {paragraph.id}")
            workspace.add_highlight(Ref("2020", paragraph.id), 0, 8, paragraph.text[:8], "orange")
    window = _window(qtbot, files, dataset)
    tab = _report(window)
    window.open_target("section-5")
    marks = tab.ensure_marks()
    for _ in range(3):  # making the gaps re-enters through Qt's signals: it must settle, not recurse
        tab.step_page(1)
        tab.step_page(-1)
    qtbot.wait(50)
    assert sorted(box.editor.toPlainText() for box, _p in marks.boxes) == sorted(f"My note on {p.id}" for p in texts)
    assert len(_painted(tab)) == len(texts)
    tops = sorted(box.geometry().top() for box, _p in marks.boxes)
    assert all(b - a > 20 for a, b in zip(tops, tops[1:], strict=False))  # each in its place

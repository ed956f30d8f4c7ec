"""The Report tab: contents, section text, citation links, abbreviation tooltips, find, highlighting."""

from __future__ import annotations

import dataclasses
import html
import re

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor
from pytestqt.qtbot import QtBot

from kzdesk.core.model import Dataset, Paragraph
from kzdesk.gui import report_html
from kzdesk.gui.context import AppContext
from kzdesk.gui.roles import IdRole
from kzdesk.gui.tabs.report import ReportTab


@pytest.fixture
def tab(report_tab: ReportTab) -> ReportTab:
    return report_tab


def _position_of(tab: ReportTab, text: str, href: str | None = None) -> int:
    """Where ``text`` (optionally: inside a link to ``href``) starts in the shown document."""
    block = tab.browser.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if text in fragment.text() and (href is None or fragment.charFormat().anchorHref() == href):
                return fragment.position() + fragment.text().index(text)
            fragments += 1
        block = block.next()
    raise AssertionError(f"{text!r} not shown")


def _point_of(tab: ReportTab, position: int) -> QPoint:
    cursor = QTextCursor(tab.browser.document())
    cursor.setPosition(position + 1)
    return tab.browser.cursorRect(cursor).center()


def test_contents_list_every_section_the_proposals_and_the_glossary(tab: ReportTab, dataset: Dataset) -> None:
    targets = [tab.toc.item(row).data(IdRole) for row in range(tab.toc.count())]
    assert [t for t in targets if t.startswith("section-") and "-p" not in t] == [s.id for s in dataset.sections]
    assert len(dataset.sections) == 15
    proposals_row = targets.index("section-conclusions") + 1
    assert tab.toc.item(proposals_row).text() == "Proposals (40)"
    assert targets[-1] == "glossary"


def test_first_section_is_shown_with_its_paragraphs(tab: ReportTab, dataset: Dataset) -> None:
    introduction = dataset.sections[0]
    assert tab.heading.text() == "Introduction"
    shown = tab.browser.toPlainText()
    for paragraph in introduction.paragraphs:
        assert paragraph.text in shown


def test_clicking_a_contents_entry_shows_the_section_and_records_it(tab: ReportTab, qtbot: QtBot) -> None:
    with qtbot.waitSignal(tab.location_changed) as moved:
        tab.toc.setCurrentRow(3)
    assert moved.args == ["section-3"]
    assert tab.heading.text() == "3. Legislative innovations"
    assert "two packages of legislative initiatives" in tab.browser.toPlainText()


def test_tables_are_shown_as_tables_with_their_cells(tab: ReportTab) -> None:
    assert tab.open_target("section-1")
    text = tab.browser.toPlainText()
    for cell in ("Anti-Corruption Service", "1,717", "1,632", "-5%", "Taking bribe", "+41.8%"):
        assert cell in text
    tables = [f for f in tab.browser.document().rootFrame().childFrames()]
    assert len(tables) == 2


def test_citation_click_opens_the_document(tab: ReportTab, qtbot: QtBot) -> None:
    assert tab.open_target("section-3-p2")  # "... [3, p. 121, 124, 125; 7, p. 5, 7]"
    position = _position_of(tab, "7, p. 5, 7", href="kzdesk:document-7")
    assert _position_of(tab, "3, p. 121", href="kzdesk:document-3") < position
    point = _point_of(tab, position)
    with qtbot.waitSignal(tab.open_requested) as opened:
        qtbot.mouseClick(tab.browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert opened.args == ["document-7"]


def test_abbreviations_carry_their_definition(tab: ReportTab, dataset: Dataset) -> None:
    assert tab.open_target("section-introduction")
    point = _point_of(tab, _position_of(tab, "GRECO"))
    assert tab.browser.tooltip_at(point) == "GRECO: Group of States against corruption"
    plain = _point_of(tab, _position_of(tab, "guidelines"))
    assert tab.browser.tooltip_at(plain) == ""


def test_abbreviations_and_only_they_are_dotted_underlined(tab: ReportTab) -> None:
    assert tab.open_target("section-introduction")

    def underline_at(text: str) -> QTextCharFormat.UnderlineStyle:
        cursor = QTextCursor(tab.browser.document())
        cursor.setPosition(_position_of(tab, text) + 1)  # the format of the character before the cursor
        return cursor.charFormat().underlineStyle()

    assert underline_at("GRECO") == QTextCharFormat.UnderlineStyle.DotLine
    assert underline_at("guidelines") == QTextCharFormat.UnderlineStyle.NoUnderline


def test_dataset_text_is_shown_as_text_never_as_markup(qtbot: QtBot, context: AppContext) -> None:
    first = context.dataset.sections[0]
    hostile = Paragraph(id=f"{first.id}-p1", kind="text", text='<b>bold</b> & <a href="x">link</a> UN', line=1)
    sections = (dataclasses.replace(first, paragraphs=(hostile,)), *context.dataset.sections[1:])
    hostile_dataset = dataclasses.replace(context.dataset, sections=sections)
    tab = ReportTab(AppContext(hostile_dataset, context.settings, context.open_url))
    qtbot.addWidget(tab)
    assert '<b>bold</b> & <a href="x">link</a> UN' in tab.browser.toPlainText()


def test_find_counts_highlights_and_steps_through_matches(tab: ReportTab, qtbot: QtBot) -> None:
    assert tab.open_target("section-3")
    qtbot.mouseClick(tab.find_button, Qt.MouseButton.LeftButton)
    assert tab.find_bar.isVisible() and tab.find_bar.field.hasFocus()
    qtbot.keyClicks(tab.find_bar.field, "ban")
    expected = len(re.findall("ban", tab.browser.toPlainText(), flags=re.IGNORECASE))
    assert expected > 2
    assert tab.find_bar.match_count == expected
    assert tab.find_bar.count_label.text().startswith(f"1 of {expected} · ")
    assert len(tab.browser.extraSelections()) == expected
    qtbot.keyClick(tab.find_bar.field, Qt.Key.Key_F3)
    assert tab.find_bar.count_label.text().startswith(f"2 of {expected} · ")
    assert tab.browser.textCursor().selectedText().lower() == "ban"
    qtbot.keyClick(tab.find_bar.field, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert tab.find_bar.count_label.text().startswith(f"1 of {expected} · ")
    qtbot.keyClick(tab.find_bar.field, Qt.Key.Key_Escape)
    assert not tab.find_bar.isVisible() and tab.browser.extraSelections() == []


def test_find_says_when_nothing_matches(tab: ReportTab, qtbot: QtBot) -> None:
    tab.focus_filter()
    qtbot.keyClicks(tab.find_bar.field, "zzzqx")
    assert tab.find_bar.count_label.text() == "No matches here · none in the report"


def test_f3_opens_the_find_bar(tab: ReportTab, qtbot: QtBot) -> None:
    tab.browser.setFocus()
    qtbot.keyClick(tab.browser, Qt.Key.Key_F3)
    assert tab.find_bar.isVisible()


def test_open_target_scrolls_to_and_highlights_the_paragraph(tab: ReportTab, dataset: Dataset) -> None:
    paragraph = dataset.paragraph("section-9-p20")
    assert tab.open_target(paragraph.id)
    assert tab.heading.text().startswith("9. ")
    assert tab.current_location() == paragraph.id
    start, end = tab.highlighted_range()
    cursor = QTextCursor(tab.browser.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == paragraph.text
    (highlight,) = tab.browser.extraSelections()
    assert (highlight.cursor.selectionStart(), highlight.cursor.selectionEnd()) == (start, end)
    cursor.setPosition(start)
    top = tab.browser.cursorRect(cursor).top()
    assert 0 <= top < tab.browser.viewport().height() // 2  # scrolled to: the paragraph is near the top
    assert tab.browser.verticalScrollBar().value() > 0


def test_terms_open_in_the_glossary(tab: ReportTab) -> None:
    assert tab.open_target("term-SMG")
    assert tab.heading.text() == "Abbreviations"
    assert tab.toc.currentItem().data(IdRole) == "glossary"
    start, end = tab.highlighted_range()
    assert tab.browser.toPlainText()[start:end].startswith("SMG")


def test_unknown_targets_are_refused(tab: ReportTab) -> None:
    assert not tab.open_target("proposal-3")
    assert not tab.open_target("section-99")
    assert tab.heading.text() == "Introduction"


def test_state_is_saved_and_restored(qtbot: QtBot, context: AppContext) -> None:
    tab = ReportTab(context)
    qtbot.addWidget(tab)
    tab.open_target("section-5-p3")
    tab.save_state()
    again = ReportTab(context)
    qtbot.addWidget(again)
    again.restore_state()
    assert again.current_location() == "section-5-p3"
    assert again.heading.text().startswith("5. ")


def test_print_request_is_the_current_section(tab: ReportTab) -> None:
    summary = pytest.importorskip("kzdesk.core.summary")
    tab.open_target("section-6-p2")
    assert tab.print_request() == summary.SummaryRequest(kind="section", section="section-6")
    assert [label for label, _ in tab.print_choices()] == ["Section summary", "Section full text", "Whole report"]
    assert tab.print_choices()[1][1] == summary.SummaryRequest(kind="section", section="section-6", full_text=True)
    tab.open_target("glossary")
    assert tab.print_request() == summary.SummaryRequest(kind="glossary")


@pytest.mark.parametrize("text", ["plain", "<b>&amp;</b>", 'O\'Neil said "no"', "&&<<>>''", ""])
def test_the_report_escapes_text_exactly_as_html_escape_does(text: str) -> None:
    assert report_html.escape(text) == html.escape(text)


def test_contents_rows_are_tall_enough_for_their_wrapped_titles(tab: ReportTab, qtbot: QtBot, rows_cut_off) -> None:
    def check() -> None:
        qtbot.wait(20)  # the list lays its rows out again after a change
        cut, wrapped = rows_cut_off(tab.toc)
        assert cut == []
        assert wrapped > 0  # the check means something: some titles take two lines or more

    for pane_width in (320, 170):
        tab.splitter.setSizes([pane_width, 1100 - pane_width])
        qtbot.waitUntil(lambda width=pane_width: tab.toc.width() <= width + 10)
        check()
    font = tab.toc.font()
    font.setPointSizeF(font.pointSizeF() * 2)  # what zooming to 200 % does to the list's font
    tab.toc.setFont(font)
    check()

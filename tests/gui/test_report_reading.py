"""Reading the report as in a PDF reader: paragraph numbers in the margin, next/previous section, figure notes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kzdesk.core.model import Dataset
from kzdesk.gui.report_html import FIGURE_NOTE, GLOSSARY_PAGE
from kzdesk.gui.roles import IdRole
from kzdesk.gui.tabs.report import ReportTab


@pytest.fixture
def tab(report_tab: ReportTab) -> ReportTab:
    return report_tab


def test_margin_numbers_every_paragraph_of_the_page_as_citations_count_them(tab: ReportTab, dataset: Dataset) -> None:
    tab.open_target("section-1")
    section = dataset.section("section-1")
    numbered = [(number, pid) for _position, number, pid in tab.browser.margin.entries()]
    # Tables and figures are paragraphs too: a citation's "para. 3" must be findable by its number.
    assert numbered == [(p.id.rsplit("-p", 1)[1], p.id) for p in section.paragraphs]
    assert tab.describe_paragraph("section-1-p3") == "Section 1, para. 3"


def test_margin_numbers_are_painted_beside_their_paragraphs_in_reading_order(tab: ReportTab) -> None:
    tab.open_target("section-1")
    visible = tab.browser.margin._visible()
    assert [number for _y, number, _pid in visible][:3] == ["1", "2", "3"]
    assert all(a[0] < b[0] for a, b in zip(visible, visible[1:], strict=False))
    first_y = visible[0][0]
    assert tab.browser.margin.paragraph_at(int(first_y)) == visible[0][2]


def test_margin_numbers_follow_scrolling(tab: ReportTab, qtbot: QtBot) -> None:
    tab.open_target("section-6")
    before = tab.browser.margin._visible()[0]
    tab.browser.verticalScrollBar().setValue(tab.browser.verticalScrollBar().maximum())
    after = tab.browser.margin._visible()
    assert after and after[0][2] != before[2]


def test_copying_text_copies_the_report_words_without_margin_numbers(tab: ReportTab) -> None:
    tab.open_target("section-1")
    tab.browser.selectAll()
    tab.browser.copy()
    copied = QApplication.clipboard().text()
    assert copied.lstrip().startswith(tab.context.dataset.section("section-1").paragraphs[0].text[:40])


def test_next_and_previous_walk_the_sections_in_order(tab: ReportTab, dataset: Dataset, qtbot: QtBot) -> None:
    pages = [s.id for s in dataset.sections] + [GLOSSARY_PAGE]
    tab.open_target(pages[0])
    assert not tab.previous_button.isEnabled()
    seen = [tab.current_location()]
    with qtbot.waitSignal(tab.location_changed):
        qtbot.mouseClick(tab.next_button, Qt.MouseButton.LeftButton)
    seen.append(tab.current_location())
    while tab.step_page(1):
        seen.append(tab.current_location())
    assert seen == pages
    assert not tab.next_button.isEnabled()
    assert tab.step_page(-1) and tab.current_location() == pages[-2]
    assert "Previous: 13. International cooperation" in tab.previous_button.toolTip()


def test_ctrl_page_down_and_up_change_section(tab: ReportTab, qtbot: QtBot) -> None:
    tab.open_target("section-3")
    tab.browser.setFocus()
    qtbot.keyClick(tab.browser, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert tab.current_location() == "section-4"
    qtbot.keyClick(tab.browser, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(tab.browser, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert tab.current_location() == "section-2"


def test_each_figure_caption_says_its_data_is_not_in_the_text(tab: ReportTab, dataset: Dataset) -> None:
    figures = [p for s in dataset.sections for p in s.paragraphs if p.kind == "figure"]
    assert len(figures) == 3
    for figure in figures:
        tab.open_target(dataset.section_of_paragraph[figure.id].id)
        text = tab.browser.toPlainText()
        caption_at = text.index(figure.text)
        assert text.index(FIGURE_NOTE, caption_at) == caption_at + len(figure.text) + 1  # the next line


def test_find_counts_matches_in_every_section_and_f3_continues_into_the_next(tab: ReportTab, qtbot: QtBot) -> None:
    tab.open_target("section-introduction")
    tab.open_find()
    tab.find_bar.field.setText("akim")
    counts = tab.page_counts("akim")
    expected = {page: text.count("akim") for page, text in tab.page_texts().items() if "akim" in text}
    assert counts == expected and len(counts) > 1
    assert f"{sum(counts.values())} in the report ({len(counts)} pages)" in tab.find_bar.count_label.text()
    first = next(p for p in tab.pages() if p in counts)
    entry = next(tab.toc.item(r) for r in range(tab.toc.count()) if tab.toc.item(r).data(IdRole) == first)
    assert entry.text().endswith(f" — {counts[first]}")
    # No match in the introduction: F3 opens the first section that has one, at its first match.
    assert "section-introduction" not in counts
    tab.find_bar.find_next()
    assert tab.current_location() == first
    assert tab.find_bar.match_count == counts[first] and tab.find_bar.current_index == 0
    # Shift+F3 from the first match goes back to the last match of the previous page with matches.
    tab.find_bar.find_previous()
    previous = [p for p in tab.pages() if p in counts][-1]
    assert tab.current_location() == previous
    assert tab.find_bar.current_index == tab.find_bar.match_count - 1
    tab.find_bar.close_bar()
    assert not entry.text().endswith(f" — {counts[first]}")


def test_copy_reference_gives_the_paragraph_the_cursor_is_in(tab: ReportTab) -> None:
    from PySide6.QtGui import QTextCursor

    tab.open_target("section-1")
    assert tab.reference() == "section-1"
    start = next(pos for pos, _n, pid in tab.browser.margin.entries() if pid == "section-1-p6")
    cursor = QTextCursor(tab.browser.document())
    cursor.setPosition(start + 5)
    tab.browser.setTextCursor(cursor)
    assert tab.reference() == "section-1-p6"


def test_a_search_hit_marks_the_query_words_in_its_paragraph(tab: ReportTab) -> None:
    from kzdesk.core.search import highlight_spans

    result = tab.context.search_index.search("persons convicted")
    assert tab.open_target("section-1-p5")
    tab.mark_terms(result.terms)
    span = tab.highlighted_range()
    assert span is not None
    marked = {
        s.cursor.selectedText().lower()
        for s in tab.browser.extraSelections()
        if s.cursor.selectionStart() >= span[0] and (s.cursor.selectionEnd() - s.cursor.selectionStart()) < 20
    }
    assert {"persons", "convicted"} <= marked
    text = tab.context.dataset.paragraph("section-1-p5").text
    assert len(highlight_spans(text, result.terms)) == len(marked)
    # Opening something else drops the marks.
    assert tab.open_target("section-1-p6")
    assert all(s.cursor.selectedText().lower() != "convicted" for s in tab.browser.extraSelections())

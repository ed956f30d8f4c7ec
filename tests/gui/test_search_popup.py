"""The global search: results while typing, grouped with counts, opened in their tab."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kzdesk.gui.main_window import MainWindow
from kzdesk.gui.models.search_results import KIND_LABELS, SearchResultsModel
from kzdesk.gui.roles import IdRole, KindRole, SnippetHtmlRole
from kzdesk.gui.search_popup import SearchPopup

pytest.importorskip("kzdesk.core.search")


def type_query(qtbot: QtBot, window: MainWindow, text: str) -> SearchPopup:
    window.focus_search()
    qtbot.keyClicks(window.search_field, text)
    popup = window.search_popup()
    qtbot.waitUntil(lambda: popup.isVisible() and popup.model.result is not None and popup.model.result.query == text)
    return popup


def test_results_appear_while_typing_grouped_by_kind_with_counts(qtbot: QtBot, report_window: MainWindow) -> None:
    popup = type_query(qtbot, report_window, "whistleblower")
    rows = popup.model.rows()
    headers = [r for r in rows if r.is_header]
    assert len(headers) >= 2
    counts = popup.model.group_counts()
    for header in headers:
        assert header.text == f"{KIND_LABELS[header.kind]} ({counts[header.kind]})"
    # Each kind forms one contiguous group under its header.
    kinds_in_order = [r.kind for r in rows if r.is_header]
    assert len(set(kinds_in_order)) == len(kinds_in_order)
    assert popup.model.hit_count == len(popup.model.result.hits)
    first = popup.view.currentIndex()
    assert first.data(IdRole) is not None and first.row() == 1
    assert "<b>" in "".join(r.snippet_html for r in rows)


def test_enter_opens_the_chosen_hit_scrolled_to_and_highlighted(qtbot: QtBot, report_window: MainWindow) -> None:
    popup = type_query(qtbot, report_window, "ZHANARU")
    wanted = next(i for i, r in enumerate(popup.model.rows()) if r.kind == "section" and not r.is_header)
    while popup.view.currentIndex().row() != wanted:
        before = popup.view.currentIndex().row()
        qtbot.keyClick(report_window.search_field, Qt.Key.Key_Down)
        assert popup.view.currentIndex().row() != before
    target = popup.model.rows()[wanted].target
    assert target.startswith("section-") and "-p" in target
    qtbot.keyClick(report_window.search_field, Qt.Key.Key_Return)
    report = report_window.tabs["report"]
    assert not popup.isVisible()
    assert report.current_location() == target
    assert report.highlighted_range() is not None
    assert "ZHANARU" in report.browser.toPlainText()
    assert report_window.history.current.target == target


def test_clicking_a_hit_opens_it(qtbot: QtBot, report_window: MainWindow) -> None:
    popup = type_query(qtbot, report_window, "SMG")
    row = next(i for i, r in enumerate(popup.model.rows()) if r.kind == "term" and not r.is_header)
    rect = popup.view.visualRect(popup.model.index(row))
    qtbot.mouseClick(popup.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    report = report_window.tabs["report"]
    assert report.current_location() == "term-SMG"
    assert report.heading.text() == "Abbreviations"


def test_arrow_keys_skip_group_headers(qtbot: QtBot, report_window: MainWindow) -> None:
    popup = type_query(qtbot, report_window, "procurement")
    visited = []
    for _ in range(popup.model.hit_count + 2):
        visited.append(popup.view.currentIndex().row())
        qtbot.keyClick(report_window.search_field, Qt.Key.Key_Down)
    assert all(popup.model.rows()[r].target is not None for r in visited)
    assert visited[-1] == popup.model.rowCount() - 1  # stops at the last hit
    qtbot.keyClick(report_window.search_field, Qt.Key.Key_Up)
    assert popup.view.currentIndex().row() < visited[-1]


def test_esc_closes_the_popup_and_a_click_elsewhere_too(qtbot: QtBot, report_window: MainWindow) -> None:
    popup = type_query(qtbot, report_window, "budget")
    qtbot.keyClick(report_window.search_field, Qt.Key.Key_Escape)
    assert not popup.isVisible()
    report_window.search_field.clear()
    popup = type_query(qtbot, report_window, "court")
    qtbot.mouseClick(report_window.tabs["report"].toc.viewport(), Qt.MouseButton.LeftButton)
    assert not popup.isVisible()


def test_the_correction_used_is_shown(qtbot: QtBot, report_window: MainWindow) -> None:
    popup = type_query(qtbot, report_window, "corruptoin")
    assert popup.correction.isVisible()
    assert popup.correction.text() == "Showing results for <b>corruption</b>"


def test_no_results_are_said_plainly(qtbot: QtBot, report_window: MainWindow) -> None:
    popup = type_query(qtbot, report_window, "qqxqzv")
    assert popup.status.isVisible() and popup.status.text() == "No results for “qqxqzv”"
    assert not popup.view.isVisible()


def test_results_of_an_older_query_are_dropped(qtbot: QtBot, report_window: MainWindow) -> None:
    popup = type_query(qtbot, report_window, "land")
    stale_generation = popup.generation
    old = popup.model.result
    qtbot.keyClicks(report_window.search_field, " plots")
    qtbot.waitUntil(lambda: popup.model.result is not old and popup.model.result.query == "land plots")
    newest = popup.model.result
    popup._relay.finished.emit(stale_generation, old)  # a late answer to the old query
    assert popup.model.result is newest


def test_a_burst_of_keystrokes_ends_with_the_last_query(qtbot: QtBot, report_window: MainWindow) -> None:
    popup = type_query(qtbot, report_window, "anti-corruption expertise")
    assert popup.query == "anti-corruption expertise"
    assert popup.model.result.query == "anti-corruption expertise"


def test_results_model_passes_the_model_checks(qtmodeltester: ModelTester, report_window: MainWindow) -> None:
    result = report_window.context.search_index.search("commission")
    model = SearchResultsModel()
    model.set_result(result)
    qtmodeltester.check(model)
    hit = next(i for i, r in enumerate(model.rows()) if not r.is_header)
    index = model.index(hit)
    assert index.data(KindRole) in KIND_LABELS and index.data(SnippetHtmlRole)
    assert model.flags(model.index(0)) & Qt.ItemFlag.ItemIsSelectable == Qt.ItemFlag.NoItemFlags


def test_a_question_shows_no_correction_and_no_partial_note(qtbot: QtBot, report_window: MainWindow) -> None:
    # Issue 11: "what" was "corrected" to "that" and the banner said so.
    popup = type_query(qtbot, report_window, "what was saved in procurement")
    assert not popup.correction.isVisible()
    assert popup.model.result.hits[0].id == "stat-procurement-distance-learning-devices-saved"


def test_the_banner_says_when_no_hit_has_every_word(qtbot: QtBot, report_window: MainWindow) -> None:
    popup = type_query(qtbot, report_window, "how many calls did the call center receive")
    assert popup.correction.isVisible()
    assert popup.correction.text() == "No entry has all the words; these have most of them."


def wait_complete(qtbot: QtBot, popup: SearchPopup, text: str) -> None:
    qtbot.waitUntil(lambda: popup.complete is not None and popup.complete.query == text and bool(popup.model.totals))


def test_headers_say_each_groups_total_and_show_all_lists_every_hit(qtbot: QtBot, report_window: MainWindow) -> None:
    from kzdesk.gui.models.search_results import kind_counts
    from kzdesk.gui.search_popup import RESULT_LIMIT

    popup = type_query(qtbot, report_window, "corruption")
    wait_complete(qtbot, popup, "corruption")
    complete = popup.complete
    assert complete is not None
    expected = report_window.context.search_index.search("corruption", limit=10_000)
    totals = kind_counts(expected.hits)
    assert popup.model.totals == totals
    assert popup.model.hit_count == RESULT_LIMIT < len(expected.hits)  # the popup shows only some
    shown = popup.model.group_counts()
    headers = {r.kind: r.text for r in popup.model.rows() if r.is_header}
    assert set(headers) == set(totals)  # a group beyond the limit still gets its header
    for kind, total in totals.items():
        label = KIND_LABELS[kind]
        if shown.get(kind, 0) == total:
            assert headers[kind] == f"{label} ({total})"
        elif kind in shown:
            assert headers[kind] == f"{label} ({shown[kind]} of {total})"
        else:
            assert headers[kind] == f"{label} ({total}, in Show all)"
    assert popup.show_all_button.isVisible()
    assert str(len(expected.hits)) in popup.show_all_button.text()

    qtbot.keyClick(report_window.search_field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    dialog = report_window._all_results
    assert dialog is not None and dialog.isVisible() and not popup.isVisible()
    table, proxy = dialog.table, dialog.proxy
    assert proxy.rowCount() == len(expected.hits)
    ModelTester(None).check(proxy.sourceModel())
    kinds = [proxy.index(r, 0).data(KindRole) for r in range(proxy.rowCount())]
    assert {k: kinds.count(k) for k in set(kinds)} == totals
    dialog.sort_by_kind()
    sorted_labels = [proxy.index(r, 1).data() for r in range(proxy.rowCount())]
    assert sorted_labels == sorted(sorted_labels)
    table.selectRow(0)
    target = proxy.index(0, 0).data(IdRole)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert report_window.history.current.target == target

"""The Proposals tab: the 40 proposals, search-ranked keyword filter with highlights, theme filter, copying."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt, QUrl
from PySide6.QtGui import QGuiApplication

from kzdesk.gui.roles import IdRole, SnippetHtmlRole
from kzdesk.gui.tabs.proposals import ProposalsTab


@pytest.fixture
def tab(qtbot, context):
    widget = ProposalsTab(context)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    return widget


def shown(tab: ProposalsTab) -> list[str]:
    return [tab.proxy.index(r, 0).data(IdRole) for r in range(tab.proxy.rowCount())]


def test_the_40_proposals_are_numbered_as_in_the_report(tab, dataset):
    assert shown(tab) == [f"proposal-{n}" for n in range(1, 41)]
    assert tab.proxy.index(6, 0).data().startswith("7. ")
    assert tab.status.text().startswith("40 of 40 proposals")


def test_keyword_filter_ranks_with_the_search_engine_and_highlights(qtbot, tab, context):
    expected = context.search_index.search("procurement", kind="proposal", limit=40)
    tab.query_edit.setText("procurement")
    qtbot.waitUntil(lambda: tab.query() == "procurement")  # after the typing pause
    assert shown(tab) == [hit.id for hit in expected.hits] and 0 < len(shown(tab)) < 40
    html = tab.proxy.index(0, 0).data(SnippetHtmlRole)
    assert "#ffe66d" in html and "procurement" in html.lower()
    tab.query_edit.clear()
    tab.run_search()
    assert len(shown(tab)) == 40
    assert "#ffe66d" not in tab.proxy.index(0, 0).data(SnippetHtmlRole)


def test_a_typo_is_corrected_and_said_so(tab):
    tab.query_edit.setText("procuremnt")
    tab.run_search()
    assert shown(tab)
    assert "Showing results for" in tab.status.text() and "procurement" in tab.status.text()


def test_no_match_says_so(tab):
    tab.query_edit.setText("zzzqqqxxx")
    tab.run_search()
    assert shown(tab) == [] and "No proposal matches" in tab.status.text()


def test_theme_filter_alone_and_with_keywords(tab, dataset):
    tab.theme_combo.setCurrentIndex(tab.theme_combo.model().row_of("procurement"))
    expected = [p.id for p in sorted(dataset.proposals, key=lambda p: p.number) if "procurement" in p.themes]
    assert shown(tab) == expected
    tab.query_edit.setText("budget")
    tab.run_search()
    assert set(shown(tab)) <= set(expected) and shown(tab)
    request = tab.print_request()
    assert (request.kind, request.query, request.theme, request.proposal_ids) == (
        "proposals",
        "budget",
        "procurement",
        (),
    )


def test_copy_selected_proposals_numbered_with_citations(qtbot, tab):
    selection = tab.list.selectionModel()
    flags = QItemSelectionModel.SelectionFlag
    selection.select(tab.proxy.index(11, 0), flags.Select)
    selection.select(tab.proxy.index(2, 0), flags.Select)
    tab.list.setFocus()
    qtbot.keyClick(tab.list, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    text = QGuiApplication.clipboard().text()
    assert text.startswith("3. ") and "\n\n12. " in text
    assert "(National Report on Combating Corruption, Kazakhstan, 2020, Proposal 3)" in text
    assert "(National Report on Combating Corruption, Kazakhstan, 2020, Proposal 12)" in text
    QGuiApplication.clipboard().clear()
    tab.copy_button.click()
    assert QGuiApplication.clipboard().text() == text
    assert tab.print_request().proposal_ids == ("proposal-3", "proposal-12")


def test_related_sections_and_projects_are_links(qtbot, tab, dataset):
    proposal = dataset.by_id["proposal-7"]
    assert tab.open_target(proposal.id)
    html = tab.details.toHtml()
    for target in (*proposal.sections, *proposal.projects, proposal.paragraph):
        assert f"kzdesk:{target}" in html
    with qtbot.waitSignal(tab.open_requested) as opened:
        tab.details.anchorClicked.emit(QUrl(f"kzdesk:{proposal.sections[0]}"))
    assert opened.args == [proposal.sections[0]]


def test_open_target_keeps_the_search_and_offers_to_clear_it_for_a_hidden_proposal(qtbot, tab):
    tab.show()
    tab.query_edit.setText("procurement")
    tab.run_search()
    filtered = shown(tab)
    visible = filtered[0]
    hidden = next(f"proposal-{n}" for n in range(1, 41) if f"proposal-{n}" not in filtered)
    with qtbot.assertNotEmitted(tab.location_changed):
        assert tab.open_target(visible)  # a hit the search shows: the search stays
    assert tab.current_location() == visible and shown(tab) == filtered and tab.hidden_notice.isHidden()
    with qtbot.assertNotEmitted(tab.location_changed):
        assert tab.open_target(hidden)  # hidden by the search: the search stays, the notice says so
    assert shown(tab) == filtered and tab.query_edit.text() == "procurement"
    assert tab.current_location() is None and tab.hidden_notice.isVisible()
    number = hidden.removeprefix("proposal-")
    assert f"Proposal {number}" in tab.hidden_notice.label.text()
    tab.hidden_notice.clear_button.click()  # the user's call: clear and show it
    assert tab.current_location() == hidden and len(shown(tab)) == 40 and tab.query_edit.text() == ""
    assert tab.hidden_notice.isHidden()
    assert not tab.open_target("proposal-41") and not tab.open_target("project-adal-zhol")


def test_theme_and_splitter_are_remembered(qtbot, tab, context):
    tab.theme_combo.setCurrentIndex(tab.theme_combo.model().row_of("budget"))
    tab.save_state()
    again = ProposalsTab(context)
    qtbot.addWidget(again)
    assert again.theme() == "budget"
    assert again.focus_filter() and again.focusWidget() is again.query_edit


def _select(tab: ProposalsTab, proposal_id: str) -> None:
    """As the user clicks a proposal: current and selected."""
    row = tab.model.row_of(proposal_id)
    index = tab.proxy.mapFromSource(tab.model.index(row, 0))
    tab.list.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def test_details_follow_the_selection_out_of_a_theme_filter_without_history(qtbot, tab, dataset):
    outside = next(p for p in sorted(dataset.proposals, key=lambda p: p.number) if "procurement" not in p.themes)
    with qtbot.waitSignal(tab.location_changed) as clicked:
        _select(tab, outside.id)
    assert clicked.args == [outside.id] and outside.text[:30] in tab.details.toPlainText()
    recorded: list[str] = []
    tab.location_changed.connect(recorded.append)
    tab.theme_combo.setCurrentIndex(tab.theme_combo.model().row_of("procurement"))  # hides the selected one
    assert outside.id not in shown(tab)
    qtbot.waitUntil(lambda: not tab.details.toPlainText())  # once the filter change has settled
    assert not tab.list.selectionModel().hasSelection() and tab.current_location() is None
    assert "hidden by the filter" in tab.details.placeholderText()
    assert recorded == []  # the filter moved no selection into Back/Forward history
    # Picking a proposal again shows it and records it; the hint gives way to the usual one.
    first = shown(tab)[0]
    _select(tab, first)
    assert recorded == [first] and tab.details.toPlainText()
    assert "hidden" not in tab.details.placeholderText()


def test_a_search_that_keeps_the_selected_proposal_keeps_its_details(qtbot, tab):
    tab.query_edit.setText("procurement")
    tab.run_search()
    kept = shown(tab)[-1]
    _select(tab, kept)
    details = tab.details.toPlainText()
    recorded: list[str] = []
    tab.location_changed.connect(recorded.append)
    tab.query_edit.setText("procurement public")  # narrows, re-ranks; the selected proposal may stay
    tab.run_search()
    qtbot.wait(20)  # let a pending filter settle
    if kept in shown(tab):
        assert tab.current_location() == kept and tab.details.toPlainText() == details
    else:
        assert tab.current_location() is None and not tab.details.toPlainText()
    tab.query_edit.setText("zzzqqqxxx")  # hides everything
    tab.run_search()
    qtbot.waitUntil(lambda: not tab.details.toPlainText())
    assert tab.current_location() is None and "hidden by the filter" in tab.details.placeholderText()
    assert recorded == []

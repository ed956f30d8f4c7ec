"""The Projects tab: every project, its kind filter and text search, and the details pane's links."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl

from kzdesk.gui.roles import IdRole
from kzdesk.gui.tabs.projects import ProjectsTab


@pytest.fixture
def tab(qtbot, context):
    widget = ProjectsTab(context)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    return widget


def shown(tab: ProjectsTab) -> list[str]:
    return [tab.proxy.index(r, 0).data(IdRole) for r in range(tab.proxy.rowCount())]


def test_every_project_is_listed(tab, dataset):
    assert sorted(shown(tab)) == sorted(p.id for p in dataset.projects)
    assert tab.count_label.text() == f"{len(dataset.projects)} of {len(dataset.projects)} projects"


def test_kind_and_text_filters(tab, dataset):
    tab.kind_combo.setCurrentIndex(tab.kind_combo.model().row_of("module"))
    assert {dataset.by_id[i].kind for i in shown(tab)} == {"module"}
    tab.kind_combo.setCurrentIndex(0)
    # Description words find a project whose name does not contain them.
    tab.text_filter.setText("railway passenger")
    assert "project-adal-zhol" in shown(tab)
    tab.text_filter.setText("temir zholy")  # the operator
    assert "project-adal-zhol" in shown(tab)
    aliased = next(p for p in dataset.projects if p.aliases)
    tab.text_filter.setText(aliased.aliases[0].upper())
    assert aliased.id in shown(tab)


def test_details_links(qtbot, tab, dataset, opened_urls):
    project = dataset.by_id["project-adal-zhol"]
    assert tab.open_target(project.id)
    html = tab.details.toHtml()
    assert project.operator in html and "www.bilet.railways.kz" in html
    child = next(p for p in dataset.projects if p.parent == project.id)
    assert f"kzdesk:{child.id}" in html
    for stat_id in project.statistics:
        assert f"kzdesk:{stat_id}" in html
    for paragraph_id in project.mentions:
        assert f"kzdesk:{paragraph_id}" in html
    with qtbot.waitSignal(tab.open_requested) as opened:
        tab.details.anchorClicked.emit(QUrl(f"kzdesk:{project.mentions[0]}"))
    assert opened.args == [project.mentions[0]]
    tab.details.anchorClicked.emit(QUrl("https://www.bilet.railways.kz"))
    assert opened_urls == ["https://www.bilet.railways.kz"]


def test_mentions_are_counted_in_words(tab, dataset):
    single = dataset.by_id["project-reset-program"]
    assert len(single.mentions) == 1
    assert tab.open_target(single.id)
    assert "Mentioned in 1 paragraph" in tab.details.toPlainText()
    several = dataset.by_id["project-adaldyq-alany"]
    assert tab.open_target(several.id)
    assert f"Mentioned in {len(several.mentions)} paragraphs" in tab.details.toPlainText()


def test_open_target_and_state(qtbot, tab, context):
    tab.kind_combo.setCurrentIndex(tab.kind_combo.model().row_of("module"))
    with qtbot.assertNotEmitted(tab.location_changed):
        assert tab.open_target("project-ashyk-budget")
    # Hidden by the user's filter: the filter stays, a notice offers to clear it.
    assert tab.proxy.rowCount() < tab.model.rowCount() and tab.hidden_notice.isVisibleTo(tab)
    assert tab.current_location() is None and not tab.details.toPlainText()
    tab.hidden_notice.clear_button.click()
    assert tab.proxy.rowCount() == tab.model.rowCount() and not tab.hidden_notice.isVisibleTo(tab)
    assert tab.current_location() == "project-ashyk-budget"
    assert not tab.open_target("project-none") and not tab.open_target("act-x")
    tab.splitter.setSizes([900, 380])
    tab.save_state()
    again = ProjectsTab(context)
    qtbot.addWidget(again)
    assert again.splitter.saveState() == tab.splitter.saveState()
    assert again.focus_filter() and again.focusWidget() is again.text_filter


def test_a_filter_hiding_the_selected_project_empties_the_details_and_records_no_history(qtbot, tab):
    from PySide6.QtCore import QItemSelectionModel

    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    chosen = tab.proxy.index(3, 0)
    chosen_id = chosen.data(IdRole)
    with qtbot.waitSignal(tab.location_changed):
        tab.table.selectionModel().setCurrentIndex(chosen, flags)
    recorded: list[str] = []
    tab.location_changed.connect(recorded.append)
    # A word only the first project's id has: the chosen one goes, a neighbour would have become current.
    first = tab.proxy.index(0, 0).data(IdRole)
    tab.text_filter.setText(first.split("-")[-1])
    qtbot.waitUntil(lambda: chosen_id not in [tab.proxy.index(r, 0).data(IdRole) for r in range(tab.proxy.rowCount())])
    qtbot.waitUntil(lambda: not tab.details.toPlainText())
    assert tab.current_location() is None and not tab.table.selectionModel().hasSelection()
    assert "hidden by the filter" in tab.details.placeholderText()
    assert recorded == []

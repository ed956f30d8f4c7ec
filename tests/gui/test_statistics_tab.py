"""The Statistics tab: the figures table, its filters and sorting, details, report tables, charts, export."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt, QUrl
from PySide6.QtGui import QGuiApplication, QImage

from kzdesk.gui.models.statistics import StatisticsModel
from kzdesk.gui.roles import IdRole
from kzdesk.gui.tabs.statistics import CHARTS, FIGURES, TABLES, StatisticsTab

TABLE_1_ANTI_CORRUPTION_2019 = "stat-table-1-anti-corruption-service-2019"


@pytest.fixture
def tab(qtbot, context):
    widget = StatisticsTab(context)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    return widget


def shown_ids(tab: StatisticsTab) -> list[str]:
    return [tab.proxy.index(row, 0).data(IdRole) for row in range(tab.proxy.rowCount())]


def test_every_statistic_is_listed_in_report_order(tab, dataset):
    assert shown_ids(tab) == [s.id for s in dataset.statistics]
    assert tab.count_label.text() == f"{len(dataset.statistics)} of {len(dataset.statistics)} figures"


def test_sorting_by_value_is_numeric(tab):
    tab.table.sortByColumn(StatisticsModel.VALUE, Qt.SortOrder.DescendingOrder)
    tab.table_combo.setCurrentIndex(tab.table_combo.model().row_of(1))
    tab.unit_combo.setCurrentIndex(tab.unit_combo.model().row_of("crimes"))  # the counts, not the Dynamics %
    values = [tab.proxy.index(row, StatisticsModel.VALUE).data() for row in range(tab.proxy.rowCount())]
    # As text "89" would sort above "342"; as numbers it is the other way round.
    assert values == ["1,717", "1,632", "342", "269", "128", "89", "78", "65", "21", "21"]


def test_filters_combine(tab, dataset):
    tab.table_combo.setCurrentIndex(tab.table_combo.model().row_of(2))
    assert len(shown_ids(tab)) == 15  # 5 rows × (2019, 2020, Dynamics)
    tab.year_combo.setCurrentIndex(tab.year_combo.model().row_of(2019))
    assert all(i.endswith("-2019") for i in shown_ids(tab)) and len(shown_ids(tab)) == 5
    qtbot_text = "BRIBE"
    tab.text_filter.setText(qtbot_text)
    assert shown_ids(tab) == ["stat-table-2-taking-bribe-2019", "stat-table-2-giving-bribe-2019"]
    assert tab.count_label.text().startswith("2 of ")
    tab.clear_filters()
    assert len(shown_ids(tab)) == len(dataset.statistics)


def test_section_and_unit_filters(tab, dataset):
    tab.section_combo.setCurrentIndex(tab.section_combo.model().row_of("section-1"))
    assert {dataset.by_id[i].section for i in shown_ids(tab)} == {"section-1"}
    tab.section_combo.setCurrentIndex(0)
    tab.unit_combo.setCurrentIndex(tab.unit_combo.model().row_of("crimes"))
    assert {dataset.by_id[i].unit for i in shown_ids(tab)} == {"crimes"}


def test_selecting_a_figure_shows_its_source_with_the_figure_highlighted(qtbot, tab):
    with qtbot.waitSignal(tab.location_changed) as signal:
        tab.table.selectRow(0)
    assert signal.args == [TABLE_1_ANTI_CORRUPTION_2019]
    html = tab.details.toHtml()
    assert "Anti-Corruption Service" in html and "#ffe66d" in html
    assert "kzdesk:section-1-p3" in html
    with qtbot.waitSignal(tab.open_requested) as opened:
        tab.details.anchorClicked.emit(QUrl("kzdesk:section-1-p3"))
    assert opened.args == ["section-1-p3"]


def test_open_target_for_each_id_kind(qtbot, tab, dataset):
    with qtbot.assertNotEmitted(tab.location_changed):
        assert tab.open_target("stat-table-2-fraud-2020")
    assert tab.views.currentIndex() == FIGURES
    assert tab.current_location() == "stat-table-2-fraud-2020"
    # A figure hidden by a filter is found, but the user's filter stays until they clear it.
    tab.table_combo.setCurrentIndex(tab.table_combo.model().row_of(2))
    shown = tab.proxy.rowCount()
    assert tab.open_target(TABLE_1_ANTI_CORRUPTION_2019)
    assert tab.proxy.rowCount() == shown and tab.hidden_notice.isVisibleTo(tab)
    assert tab.current_location() is None and not tab.details.toPlainText()
    tab.hidden_notice.clear_button.click()
    assert not tab.hidden_notice.isVisibleTo(tab) and tab.proxy.rowCount() == tab.model.rowCount()
    assert tab.current_location() == TABLE_1_ANTI_CORRUPTION_2019
    assert tab.open_target("table-2") and tab.views.currentIndex() == TABLES
    assert tab.current_location() == "table-2"
    assert tab.open_target("chart-table-1") and tab.views.currentIndex() == CHARTS
    assert tab.current_location() == "chart-table-1"
    assert not tab.open_target("stat-no-such-figure")
    assert not tab.open_target("chart-no-such-chart")
    assert not tab.open_target("table-99")
    assert not tab.open_target("project-adal-zhol")


def test_report_tables_are_shown_as_printed(tab, dataset):
    view = tab.report_tables["table-1"]
    model = view.model()
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "Subject",
        "2019",
        "2020",
        "Dynamics",
    ]
    assert [model.index(0, c).data() for c in range(4)] == ["Anti-Corruption Service", "1,717", "1,632", "-5%"]
    assert model.index(4, 3).data() == "0%"
    assert tab.report_tables["table-2"].model().index(1, 3).data() == "+41.8%"


def test_copy_selected_rows_as_tsv_with_header(qtbot, tab):
    tab.table.selectRow(0)
    flags = QItemSelectionModel.SelectionFlag
    tab.table.selectionModel().select(tab.proxy.index(1, 0), flags.Select | flags.Rows)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0].split("\t") == ["Indicator", "Value", "Unit", "Year", "As printed", "Source"]
    assert lines[1].split("\t")[1:4] == ["1717", "crimes", "2019"]
    assert lines[2].split("\t")[1] == "1632"
    assert len(lines) == 3
    # The main window's Edit → Copy calls the focused widget's copy(): the same text.
    QGuiApplication.clipboard().clear()
    tab.table.copy()
    assert QGuiApplication.clipboard().text().splitlines() == lines


def test_export_csv_writes_the_filtered_view(tab, tmp_path):
    tab.table_combo.setCurrentIndex(tab.table_combo.model().row_of(1))
    tab.table.sortByColumn(StatisticsModel.VALUE, Qt.SortOrder.AscendingOrder)
    path = tmp_path / "figures.csv"
    assert tab.export_csv(path) == 15  # 5 rows × (2019, 2020, Dynamics)
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 15
    # Ascending by value: the two falls of the Dynamics column (-30%, -5%) first, 1,717 crimes last
    assert [row["value"] for row in rows[:2]] == ["-30", "-5"] and rows[-1]["value"] == "1717"
    assert rows[-1]["id"] == TABLE_1_ANTI_CORRUPTION_2019 and rows[-1]["source"] == "section-1-p3"


def test_chart_export_from_the_charts_view(tab, tmp_path):
    assert tab.open_target("chart-table-2")
    panel = tab.charts_panel
    assert panel is not None and panel.current_chart().id == "chart-table-2"
    panel.export(tmp_path / "chart.png")
    panel.export(tmp_path / "chart.svg")
    assert not QImage(str(tmp_path / "chart.png")).isNull()
    assert (tmp_path / "chart.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_chart_titles_are_never_cut_off(qtbot, tab, rows_cut_off):
    tab.show()
    assert tab.open_target("chart-table-1")
    chart_list = tab.charts_panel.list
    assert chart_list.item(0).toolTip().startswith("Table 1. Corruption crimes by anti-corruption subjects\n5 rows")
    for scale in (1, 2):  # 2: what zooming to 200 % does to the list's font
        font = tab.font()
        font.setPointSizeF(font.pointSizeF() * scale)
        chart_list.setFont(font)
        qtbot.wait(20)  # the list lays its rows out again after a change
        cut, wrapped = rows_cut_off(chart_list)
        assert cut == []
        assert wrapped > 0  # some titles take two lines or more


def test_state_is_saved_and_restored(qtbot, tab, context):
    tab.open_target("chart-table-2")
    tab.splitter.setSizes([900, 300])
    tab.save_state()
    again = StatisticsTab(context)
    qtbot.addWidget(again)
    assert again.views.currentIndex() == CHARTS
    assert again.charts_panel is not None and again.charts_panel.current_chart().id == "chart-table-2"
    assert again.splitter.saveState() == tab.splitter.saveState()


def test_focus_filter_and_print_request(tab):
    tab.open_target("chart-table-1")
    assert tab.focus_filter()
    assert tab.views.currentIndex() == FIGURES
    assert tab.focusWidget() is tab.text_filter  # gets the keyboard focus once the window is active
    assert tab.print_request().kind == "statistics"


@pytest.mark.parametrize("key", ["statistics", "legislation", "projects", "proposals"])
def test_every_control_has_an_accessible_name(qtbot, context, key):
    import importlib

    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QTextBrowser

    tab = getattr(importlib.import_module(f"kzdesk.gui.tabs.{key}"), f"{key.capitalize()}Tab")(context)
    qtbot.addWidget(tab)
    if key == "statistics":
        tab.open_target("chart-table-1")  # builds the Charts view too
    controls = tab.findChildren(QAbstractButton) + tab.findChildren(QComboBox) + tab.findChildren(QLineEdit)
    controls += tab.findChildren(QAbstractItemView) + tab.findChildren(QTextBrowser)
    unnamed = [c for c in controls if not c.accessibleName() and not _internal(c)]
    assert unnamed == []
    assert tab.focus_filter()


def _internal(widget) -> bool:
    # Qt's own sub-widgets (a combo box's popup list, a table's corner button, a line edit's
    # clear button, a tab bar's scroll arrows) and a table's headers are announced with their named owner.
    if widget.metaObject().className() in ("QTableCornerButton", "QLineEditIconButton", "QHeaderView"):
        return True
    parent = widget.parent()
    while parent is not None:
        if parent.metaObject().className() in ("QComboBoxPrivateContainer", "QTabBar", "QLineEdit"):
            return True
        parent = parent.parent()
    return False


def test_landing_on_a_visible_figure_keeps_the_filter(tab):
    tab.table_combo.setCurrentIndex(tab.table_combo.model().row_of(1))
    shown = shown_ids(tab)
    assert 0 < len(shown) < tab.model.rowCount()
    assert tab.open_target(shown[-1])
    assert shown_ids(tab) == shown and tab.current_location() == shown[-1]
    assert not tab.hidden_notice.isVisibleTo(tab)


def test_details_follow_the_selection_out_of_a_filter(qtbot, tab):
    assert tab.open_target(TABLE_1_ANTI_CORRUPTION_2019)
    assert tab.details.toPlainText()
    tab.table_combo.setCurrentIndex(tab.table_combo.model().row_of(2))  # Table 2 only: the figure is hidden
    assert TABLE_1_ANTI_CORRUPTION_2019 not in shown_ids(tab)
    qtbot.waitUntil(lambda: not tab.details.toPlainText())  # once the filter change has settled
    assert not tab.table.selectionModel().hasSelection()
    assert "hidden by the filter" in tab.details.placeholderText()
    first = tab.proxy.index(0, 0)
    tab.table.selectionModel().setCurrentIndex(
        first, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    assert tab.details.toPlainText()
    assert "hidden" not in tab.details.placeholderText()


def test_a_figure_hidden_by_the_filter_is_said_to_be_hidden_once(qtbot, tab):
    from PySide6.QtWidgets import QLabel, QTextBrowser

    tab.show()
    qtbot.waitExposed(tab)
    assert tab.open_target(TABLE_1_ANTI_CORRUPTION_2019)
    tab.table_combo.setCurrentIndex(tab.table_combo.model().row_of(2))  # hides the figure selected
    qtbot.waitUntil(lambda: not tab.details.toPlainText())
    assert tab.open_target("stat-table-1-anti-corruption-service-2020")  # and opens another one it hides
    qtbot.wait(20)  # let any pending reaction to the filter change run
    said = [label.text() for label in tab.findChildren(QLabel) if label.isVisible() and "hidden" in label.text()]
    said += [
        view.placeholderText()
        for view in tab.findChildren(QTextBrowser)
        if view.isVisible() and not view.toPlainText() and "hidden" in view.placeholderText()
    ]
    assert len(said) == 1, said
    assert "Anti-Corruption Service" in said[0]


def test_rows_in_view_fit_their_wrapped_text_and_others_wait_until_shown(qtbot, tab):
    """Row heights follow the wrapped indicator for the rows on screen (ResizeToContents over
    every row made each resize of the window cost half a second)."""
    tab.show()
    qtbot.waitExposed(tab)
    tab.resize(700, 760)  # narrow: indicators wrap

    table, rows = tab.table, tab.proxy.rowCount()

    def fitted(row: int) -> bool:
        return table.rowHeight(row) == max(table.sizeHintForRow(row), 0) or table.sizeHintForRow(row) <= 0

    qtbot.waitUntil(lambda: fitted(0))
    assert table.rowHeight(0) > table.fontMetrics().lineSpacing() * 1.5  # two lines at least
    last = rows - 1
    assert not fitted(last)  # far out of view: not measured yet
    table.scrollToBottom()
    qtbot.waitUntil(lambda: fitted(last))
    tab.resize(1280, 760)  # wider: the rows in view are measured again
    qtbot.waitUntil(lambda: fitted(last))


def test_export_xlsx_writes_the_filtered_view_and_its_table(tab, tmp_path, dataset):
    import openpyxl

    tab.table_combo.setCurrentIndex(tab.table_combo.model().row_of(1))
    tab.table.sortByColumn(StatisticsModel.VALUE, Qt.SortOrder.AscendingOrder)
    written, rows, sheets = tab.export_xlsx(tmp_path / "figures.xlsx")
    assert (rows, sheets) == (15, 2)  # the 15 figures of Table 1, and Table 1 itself
    book = openpyxl.load_workbook(written)
    assert book.sheetnames[0] == "Figures" and book.sheetnames[1].startswith("Table 1")
    figures = list(book["Figures"].iter_rows(min_row=2, max_row=16, values_only=True))
    values = [row[2] for row in figures]
    assert values == sorted(values) and values[:2] == [-30, -5] and values[-1] == 1717  # the view's order
    by_id = {s.id: s for s in dataset.statistics}
    assert all(row[2] == by_id[row[0]].value and row[7] == by_id[row[0]].value_text for row in figures)
    assert book["Figures"]["C2"].data_type == "n"

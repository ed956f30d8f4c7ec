"""Every item model of the four data tabs passes Qt's model tester; filters, sort keys and HTML are right."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt

from kzdesk.core.frames import statistics_frame, table_frame
from kzdesk.core.labels import format_number, paragraph_label
from kzdesk.gui.models.choices import ChoicesModel
from kzdesk.gui.models.details import (
    act_details,
    document_details,
    marked,
    project_details,
    statistic_details,
    table_html,
)
from kzdesk.gui.models.filtering import FilterProxy
from kzdesk.gui.models.legislation import ActsModel, DocumentsModel
from kzdesk.gui.models.projects import ProjectsModel
from kzdesk.gui.models.proposals import ProposalsModel, ProposalsProxy, copy_text
from kzdesk.gui.models.statistics import (
    ReportTableModel,
    StatisticsModel,
    parse_printed_number,
)
from kzdesk.gui.roles import IdRole, RawValueRole, SortRole


@pytest.fixture(scope="module")
def frame(dataset):
    return statistics_frame(dataset)


def test_statistics_model_and_proxy(qtmodeltester, frame, dataset):
    model = StatisticsModel(frame)
    qtmodeltester.check(model)
    proxy = FilterProxy()
    proxy.setSourceModel(model)
    proxy.set_criterion("table", 1)
    proxy.set_text("service")
    proxy.sort(StatisticsModel.VALUE, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)
    # Anti-Corruption Service and Economic Investigation Service: two years and the Dynamics figure each
    assert proxy.rowCount() == 6
    assert proxy.index(0, StatisticsModel.VALUE).data(SortRole) == 1717.0
    assert proxy.index(0, StatisticsModel.VALUE).data(RawValueRole) == 1717.0
    assert model.rowCount() == len(dataset.statistics)


def test_report_table_model(qtmodeltester, dataset):
    model = ReportTableModel(table_frame(dataset, 2), "table-2")
    qtmodeltester.check(model)
    assert model.index(1, 2).data() == "624"
    assert model.index(1, 3).data(SortRole) == pytest.approx(41.8)
    assert model.index(0, 0).data(IdRole) == "table-2"


def test_legislation_and_projects_models(qtmodeltester, dataset):
    models = (ActsModel(dataset), DocumentsModel(dataset), ProjectsModel(dataset))
    for model in models:
        qtmodeltester.check(model)
    documents = DocumentsModel(dataset)
    assert documents.rowCount() == 7
    assert documents.index(0, DocumentsModel.URL).data(RawValueRole) == dataset.documents[0].url
    assert documents.index(0, DocumentsModel.URL).data() == dataset.documents[0].url.split("://")[1]
    assert ProjectsModel(dataset).rowCount() == len(dataset.projects)


def test_names_sort_alike_in_any_case_under_any_locale(dataset):
    proxy = FilterProxy()
    proxy.setSourceModel(ProjectsModel(dataset))
    proxy.sort(ProjectsModel.NAME, Qt.SortOrder.AscendingOrder)
    names = [proxy.index(row, ProjectsModel.NAME).data() for row in range(proxy.rowCount())]
    assert names.index("Adal bilim") < names.index("Adal Komek") < names.index("Adal Zhol")
    assert names.index("BIG PHARMA") < names.index("Bolashak")
    assert names.index("Public Control") < names.index("“reset” program") < names.index("Sapaly Zhol")
    assert proxy.index(0, ProjectsModel.NAME).data(RawValueRole) == names[0]  # raw values keep their case


def test_proposals_model_and_ranking_proxy(qtmodeltester, dataset):
    model = ProposalsModel(dataset)
    proxy = ProposalsProxy()
    proxy.setSourceModel(model)
    proxy.sort(0)
    qtmodeltester.check(model)
    assert [proxy.index(r, 0).data(IdRole) for r in range(3)] == ["proposal-1", "proposal-2", "proposal-3"]
    proxy.set_ranking(["proposal-12", "proposal-3"])
    qtmodeltester.check(proxy)
    assert [proxy.index(r, 0).data(IdRole) for r in range(proxy.rowCount())] == ["proposal-12", "proposal-3"]
    proxy.set_ranking(None)
    assert proxy.rowCount() == 40 and proxy.index(39, 0).data(IdRole) == "proposal-40"


def test_choices_model(qtmodeltester):
    model = ChoicesModel("All units", [("crimes", "crimes"), ("%", "%")])
    qtmodeltester.check(model)
    assert model.value(0) is None and model.value(2) == "%" and model.row_of("%") == 2 and model.row_of("x") == 0


def test_filter_proxy_matches_members_of_collections(dataset):
    proxy = FilterProxy()
    proxy.setSourceModel(ProjectsModel(dataset))
    proxy.set_criterion("section", "section-13")
    shown = {proxy.index(r, 0).data(IdRole) for r in range(proxy.rowCount())}
    assert shown == {p.id for p in dataset.projects if "section-13" in p.sections}
    proxy.set_criterion("section", None)
    assert proxy.rowCount() == len(dataset.projects)


def test_numbers_are_formatted_and_parsed_as_printed():
    assert format_number(1717.0) == "1,717"
    assert format_number(22.7) == "22.7"
    assert format_number(-2.4) == "−2.4"
    assert parse_printed_number("1,717") == 1717.0
    assert parse_printed_number("-12.5%") == -12.5
    assert parse_printed_number("+27%") == 27.0
    assert parse_printed_number("n/a") is None
    assert paragraph_label("section-1-p3") == "Section 1, para. 3"
    assert paragraph_label("section-conclusions-p9", "Conclusions") == "Conclusions, para. 9"


def test_details_escape_dataset_strings(dataset):
    project = dataclasses.replace(dataset.projects[0], name="<script>x</script>", description="a & b")
    html = project_details(dataset, project)
    assert "<script>" not in html and "&lt;script&gt;" in html and "a &amp; b" in html
    assert marked("1 < 2", [(0, 1)]).endswith("&lt; 2")


def test_statistic_details_mark_the_table_cell(dataset):
    stat = dataset.by_id["stat-table-1-economic-investigation-service-2020"]
    html = statistic_details(dataset, stat)
    # Both cells of the row print "21": only the 2020 one is marked.
    assert html.count("#ffe66d") == 1
    assert table_html("T\nA\tB\nx\t1", [(7, 8)]).count("#ffe66d") == 0  # the span is the tab, not a cell
    assert '#000000;">x<' in table_html("T\nA\tB\nx\t1", [(6, 7)])


def test_act_and_document_details_link_to_each_other(dataset):
    act = dataset.acts[0]
    html = act_details(dataset, act)
    for citation in act.citations:
        assert f"kzdesk:{citation.document}" in html
    document = dataset.documents[0]
    html = document_details(dataset, document)
    assert f'href="{document.url}"' in html
    for paragraph_id in document.cited_by:
        assert f"kzdesk:{paragraph_id}" in html


def test_copy_text_numbers_and_cites_each_proposal(dataset):
    chosen = [dataset.by_id["proposal-7"], dataset.by_id["proposal-2"]]
    text = copy_text(chosen, dataset.report)
    assert text.startswith("2. ")
    assert "(National Report on Combating Corruption, Kazakhstan, 2020, Proposal 2)" in text
    assert "\n\n7. " in text and text.rstrip().endswith("Proposal 7)")


def test_derived_values_are_marked_in_the_table(dataset):
    stated = dataset.by_id["stat-table-1-prosecution-bodies-2020"]
    derived = dataclasses.replace(stated, id="stat-derived", derived=True, derivation="78 − 65")
    model = StatisticsModel(statistics_frame(dataclasses.replace(dataset, statistics=(stated, derived))))
    assert model.index(0, StatisticsModel.VALUE).data() == "78"
    assert model.index(1, StatisticsModel.VALUE).data() == "78 †"
    assert "78 − 65" in model.index(1, StatisticsModel.VALUE).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(1, StatisticsModel.VALUE).data(RawValueRole) == 78.0

"""The Legislation tab: legal changes with their filters and wording; the source documents and their links."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl

from kzdesk.gui.models.legislation import DocumentsModel
from kzdesk.gui.roles import IdRole
from kzdesk.gui.tabs.legislation import CHANGES, DOCUMENTS, LegislationTab


@pytest.fixture
def tab(qtbot, context):
    widget = LegislationTab(context)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    return widget


def shown(tab: LegislationTab) -> list[str]:
    return [tab.acts_proxy.index(r, 0).data(IdRole) for r in range(tab.acts_proxy.rowCount())]


def test_every_legal_change_and_document_is_listed(tab, dataset):
    assert shown(tab) == [a.id for a in dataset.acts]
    model = tab.documents_table.model()
    assert [model.index(r, DocumentsModel.NUMBER).data() for r in range(model.rowCount())] == [
        str(n) for n in range(1, 8)
    ]


def test_status_area_and_text_filters(tab, dataset):
    tab.status_combo.setCurrentIndex(tab.status_combo.model().row_of("abolished"))
    assert {dataset.by_id[i].status for i in shown(tab)} == {"abolished"}
    tab.status_combo.setCurrentIndex(0)
    tab.area_combo.setCurrentIndex(tab.area_combo.model().row_of("criminal law"))
    assert {dataset.by_id[i].area for i in shown(tab)} == {"criminal law"}
    tab.text_filter.setText("foreign banks")  # words of the report's wording, any case, any order
    assert "act-ban-foreign-bank-accounts" not in shown(tab)  # a civil-service change, not criminal law
    tab.area_combo.setCurrentIndex(0)
    assert "act-ban-foreign-bank-accounts" in shown(tab)
    assert tab.count_label.text().startswith(f"{len(shown(tab))} of {len(dataset.acts)}")


def test_act_details_show_the_wording_and_link_citations_to_documents(qtbot, tab, dataset):
    act = dataset.by_id["act-ban-foreign-bank-accounts"]
    assert tab.open_target(act.id)
    html = tab.act_details.toHtml()
    assert "accounts in foreign banks" in html and "#ffe66d" in html
    with qtbot.waitSignal(tab.open_requested) as opened:
        tab.act_details.anchorClicked.emit(QUrl(f"kzdesk:{act.citations[0].document}"))
    assert opened.args == ["document-3"]
    with qtbot.waitSignal(tab.open_requested) as opened:
        tab.act_details.anchorClicked.emit(QUrl(f"kzdesk:{act.paragraph}"))
    assert opened.args == [act.paragraph]


def test_document_url_goes_through_open_url(qtbot, tab, dataset, opened_urls):
    document = dataset.by_id["document-1"]
    assert tab.open_target("document-1") and tab.views.currentIndex() == DOCUMENTS
    html = tab.document_details.toHtml()
    assert document.url in html
    for paragraph_id in document.cited_by:
        assert f"kzdesk:{paragraph_id}" in html
    with qtbot.assertNotEmitted(tab.open_requested):
        tab.document_details.anchorClicked.emit(QUrl(document.url))
    assert opened_urls == [document.url]
    # Enter or a double click on the URL cell opens it the same way.
    tab.documents_table.activated.emit(tab.documents_model.index(0, DocumentsModel.URL))
    assert opened_urls == [document.url, document.url]
    tab.documents_table.activated.emit(tab.documents_model.index(0, DocumentsModel.TITLE))
    assert len(opened_urls) == 2


def test_open_target_for_each_id_kind(qtbot, tab):
    tab.area_combo.setCurrentIndex(tab.area_combo.model().row_of("education"))
    with qtbot.assertNotEmitted(tab.location_changed):
        assert tab.open_target("act-ban-foreign-bank-accounts")  # hidden by the filter, which stays
    assert tab.views.currentIndex() == CHANGES and tab.hidden_notice.isVisibleTo(tab)
    assert tab.current_location() is None and not tab.act_details.toPlainText()
    tab.hidden_notice.clear_button.click()  # the user clears it
    assert tab.current_location() == "act-ban-foreign-bank-accounts"
    assert not tab.hidden_notice.isVisibleTo(tab)
    assert tab.open_target("document-7") and tab.current_location() == "document-7"
    assert not tab.open_target("act-nothing") and not tab.open_target("document-99")
    assert not tab.open_target("proposal-1")


def test_selecting_records_history(qtbot, tab):
    with qtbot.waitSignal(tab.location_changed) as signal:
        tab.acts_table.selectRow(2)
    assert signal.args == [tab.current_location()]


def test_state_round_trip_and_filter_focus(qtbot, tab, context):
    tab.open_target("document-2")
    tab.save_state()
    again = LegislationTab(context)
    qtbot.addWidget(again)
    assert again.views.currentIndex() == DOCUMENTS
    assert again.focus_filter() and again.views.currentIndex() == CHANGES
    assert again.focusWidget() is again.text_filter
    request = again.print_request()  # what the tab shows: every change, then the seven documents
    assert request.kind == "legislation" and len(request.ids) == again.acts_model.rowCount()

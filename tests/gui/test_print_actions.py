"""File → Print… and Save as PDF… hand the current tab's content to the printing dialogs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kzdesk.core.summary import SummaryRequest
from kzdesk.gui.context import AppContext
from kzdesk.gui.main_window import MainWindow
from kzdesk.gui.printing import dialogs
from kzdesk.gui.roles import IdRole


@pytest.fixture
def printed(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, SummaryRequest]]:
    calls: list[tuple[str, SummaryRequest]] = []
    monkeypatch.setattr(dialogs, "print_with_preview", lambda parent, context, r: calls.append(("print", r)))
    monkeypatch.setattr(dialogs, "save_as_pdf", lambda parent, context, r: calls.append(("pdf", r)))
    return calls


@pytest.fixture
def window(qtbot: QtBot, context: AppContext) -> MainWindow:
    window = MainWindow(context, tab_keys=("report", "legislation", "proposals"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def choose(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """Answer the Report tab's "What to print" question with the label in ``choose[0]``; record what was offered."""
    offered: list[list[str]] = []
    answer = ["Section summary"]

    def get_item(parent, title, label, items, current=0, editable=False):  # noqa: ANN001, ANN202
        offered.append(list(items))
        return answer[0], True

    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))
    offered.append(answer)  # offered[0] is the answer to give
    return offered


def test_the_report_tab_offers_summary_full_text_and_whole_report(
    window: MainWindow, printed: list, choose: list
) -> None:
    window.open_target("section-5-p3")
    assert window.print_action.isEnabled() and window.pdf_action.isEnabled()
    window.print_action.trigger()
    assert choose[1] == ["Section summary", "Section full text", "Whole report"]
    choose[0][0] = "Section full text"
    window.pdf_action.trigger()
    choose[0][0] = "Whole report"
    window.pdf_action.trigger()
    assert printed == [
        ("print", SummaryRequest(kind="section", section="section-5")),
        ("pdf", SummaryRequest(kind="section", section="section-5", full_text=True)),
        ("pdf", SummaryRequest(kind="report")),
    ]


def test_the_glossary_page_prints_the_glossary(window: MainWindow, printed: list, choose: list) -> None:
    window.open_target("term-SMG")
    choose[0][0] = "List of abbreviations"
    window.print_action.trigger()
    assert choose[1][0] == "List of abbreviations"
    assert printed == [("print", SummaryRequest(kind="glossary"))]


def test_the_proposals_tab_prints_the_selection_or_else_the_list_as_shown(window: MainWindow, printed: list) -> None:
    window.open_target("proposal-7")  # opening a proposal selects it
    window.pdf_action.trigger()
    assert printed[-1] == ("pdf", SummaryRequest(kind="proposals", proposal_ids=("proposal-7",)))
    tab = window.current_tab()
    tab.list.clearSelection()
    tab.proxy.sort(0, Qt.SortOrder.DescendingOrder)
    window.pdf_action.trigger()
    kind, request = printed[-1]
    assert request.kind == "proposals" and request.query == "" and request.theme is None
    assert request.ids == tuple(tab.proxy.index(r, 0).data(IdRole) for r in range(tab.proxy.rowCount()))
    assert request.ids[0] == "proposal-40"  # the view's order, not the report's


def test_the_legislation_tab_prints_the_filtered_changes_and_the_documents(window: MainWindow, printed: list) -> None:
    window.open_target("act-ban-foreign-bank-accounts")
    tab = window.current_tab()
    tab.text_filter.setText("bank")
    shown = tuple(tab.acts_proxy.index(r, 0).data(IdRole) for r in range(tab.acts_proxy.rowCount()))
    assert 0 < len(shown) < tab.acts_model.rowCount()
    window.print_action.trigger()
    _, request = printed[-1]
    assert request.kind == "legislation" and request.ids == shown
    assert len(request.document_ids) == len(window.context.dataset.documents)

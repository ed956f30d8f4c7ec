"""File → Print… and Save as PDF… hand the current tab's content to the printing dialogs."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from kzdesk.core.summary import SummaryRequest
from kzdesk.gui.context import AppContext
from kzdesk.gui.main_window import MainWindow
from kzdesk.gui.printing import dialogs


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


def test_the_report_tab_prints_the_section_it_shows(window: MainWindow, printed: list) -> None:
    window.open_target("section-5-p3")
    assert window.print_action.isEnabled() and window.pdf_action.isEnabled()
    window.print_action.trigger()
    window.pdf_action.trigger()
    expected = SummaryRequest(kind="section", section="section-5")
    assert printed == [("print", expected), ("pdf", expected)]


def test_the_proposals_tab_prints_the_selection_or_else_the_filtered_list(window: MainWindow, printed: list) -> None:
    window.open_target("proposal-7")  # opening a proposal selects it
    window.pdf_action.trigger()
    assert printed[-1] == ("pdf", SummaryRequest(kind="proposals", proposal_ids=("proposal-7",)))
    tab = window.current_tab()
    tab.list.clearSelection()
    window.pdf_action.trigger()
    assert printed[-1] == ("pdf", SummaryRequest(kind="proposals", query="", theme=None))


def test_a_tab_without_printouts_disables_the_actions(window: MainWindow, printed: list) -> None:
    window.open_target("act-ban-foreign-bank-accounts")
    assert not window.print_action.isEnabled() and not window.pdf_action.isEnabled()
    window.print_action.trigger()  # a disabled action does nothing
    assert printed == []

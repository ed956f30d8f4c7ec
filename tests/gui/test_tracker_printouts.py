"""The tracker chart in the Proposals tab, the status report (print and CSV export) and notes in printouts."""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kzdesk.core.model import Dataset
from kzdesk.core.references import Ref
from kzdesk.core.summary import SummaryRequest
from kzdesk.core.user_marks import read_marks
from kzdesk.core.workspace.store import Workspace
from kzdesk.gui.context import AppContext
from kzdesk.gui.printing import dialogs
from kzdesk.gui.printing.pdf import layout_request, write_pdf
from kzdesk.gui.tabs.proposals import ProposalsTab

needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")


def _tab(qtbot: QtBot, context: AppContext) -> ProposalsTab:
    tab = ProposalsTab(context)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def _choose(tab: ProposalsTab, proposal_id: str, status: str) -> None:
    assert tab.open_target(proposal_id)
    combo = tab.tracker_editor.status_combo
    combo.setCurrentIndex(combo.findData(status))


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.fixture
def workspace(context: AppContext) -> Workspace:
    opened = context.workspace_session.get()
    assert opened is not None
    return opened


def test_the_chart_counts_the_proposals_by_status_and_follows_a_change(qtbot: QtBot, context: AppContext) -> None:
    tab = _tab(qtbot, context)
    assert tab.tracker_chart.bars() == [
        ("Not started", 40.0),
        ("In progress", 0.0),
        ("Implemented", 0.0),
        ("Not applicable", 0.0),
    ]
    assert "not the report's data" in tab.tracking_box.title()
    _choose(tab, "proposal-4", "in-progress")
    _choose(tab, "proposal-9", "implemented")
    assert dict(tab.tracker_chart.bars()) == {
        "Not started": 38.0,
        "In progress": 1.0,
        "Implemented": 1.0,
        "Not applicable": 0.0,
    }
    # The same counting as the summary line: an untracked proposal is not started.
    assert "1 in progress, 1 implemented, 38 not started" in tab.status.text()
    rects = tab.tracker_chart.bar_rects()
    assert rects[0].width() == pytest.approx(rects[1].width() * 38, rel=0.01)
    assert "Your own tracking, not the report's data" in tab.tracker_chart.accessibleDescription()


def test_the_chart_keeps_the_list_usable_at_200_percent_on_a_small_screen(qtbot: QtBot, context: AppContext) -> None:
    from kzdesk.gui.main_window import MainWindow

    window = MainWindow(context, tab_keys=("report", "proposals"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.resize(1366, 768)
    window.set_zoom(200, announce=False)
    window.show_tab("proposals")
    qtbot.wait(50)
    tab = window.current_tab()
    assert isinstance(tab, ProposalsTab)
    chart = tab.tracker_chart
    assert chart.isVisible() and chart.height() >= chart.heightForWidth(chart.width())
    assert chart.columns_for(chart.width()) == 2  # two bars a row: two lines, not four
    assert tab.list.height() > chart.height()  # the proposals keep more room than the chart
    tall = chart.height()
    window.set_zoom(100, announce=False)
    qtbot.waitUntil(lambda: chart.height() < tall * 0.7)  # the rows follow the zoom back down
    assert chart.height() == chart.heightForWidth(chart.width())


def test_export_writes_the_csv_and_names_the_saved_path(qtbot: QtBot, context: AppContext, tmp_path: Path) -> None:
    from kzdesk.gui.workspace import tracker_export

    tab = _tab(qtbot, context)
    _choose(tab, "proposal-2", "implemented")
    target = tmp_path / "status.csv"
    assert tab.export_status_report(str(target)) == str(target)
    rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][3] == "Your status" and rows[2][3] == "Implemented" and len(rows) == 41
    message = tracker_export.last_message
    assert message is not None and str(target) in message.text() and message.isVisible()
    message.close()
    assert tab.export_status_report(str(tmp_path / "no-such-folder" / "x.csv")) is None
    assert "NOT saved" in tracker_export.last_message.text()  # type: ignore[union-attr]
    tracker_export.last_message.close()  # type: ignore[union-attr]


@needs_pdftotext
def test_the_status_report_pdf_has_the_counts_the_entries_in_boxes_and_page_numbers(
    dataset: Dataset, workspace: Workspace, tmp_path: Path
) -> None:
    workspace.set_tracker(
        Ref("2020", "proposal-1"), status="in-progress", unit="Legal department", progress="Draft sent to the ministry"
    )
    out = tmp_path / "tracker.pdf"
    pages = write_pdf(dataset, SummaryRequest("tracker"), out, user=read_marks(workspace, "2020"))
    text = _pdf_text(out)
    assert f"page 1 of {pages}" in text and f"page {pages} of {pages}" in text
    assert "Tracker status report" in text and "1 of 40 in progress, 39 not started" in text
    assert "Your follow-up — updated" in text and "Draft sent to the ministry" in text
    assert "The report's wording, Conclusions, para. 9" in text
    assert "Your own tracking, not the report's data" in text


def _note_box(text: str, note: str) -> bool:
    """Whether ``note`` follows a "Your note — <date>" label (its box), as pdftotext reads it."""
    label = text.find("Your note — ")
    if label < 0:  # a note on an item the printout only names says what it is on
        label = text.find("Your note on ")
    return label >= 0 and text.find(note, label) > label and text.find(note, label) - label < 200


@needs_pdftotext
@pytest.mark.parametrize(
    ("request_", "target"),
    [
        (SummaryRequest("section", section="section-1"), "section-1"),
        (SummaryRequest("section", section="section-1", full_text=True), "section-1-p5"),
        (SummaryRequest("proposals"), "proposal-3"),
        (SummaryRequest("section", section="section-1"), "section-1-p3"),  # a table: after its source line
        (SummaryRequest("section", section="section-1"), "section-1-p8"),  # a paragraph the summary leaves out
        (SummaryRequest("report"), "section-5-p3"),
    ],
    ids=["section-summary", "full-text", "proposals", "summary-table", "summary-other-item", "whole-report"],
)
def test_notes_print_in_their_marked_box_only_when_asked(
    dataset: Dataset, workspace: Workspace, tmp_path: Path, request_: SummaryRequest, target: str
) -> None:
    workspace.add_note(Ref("2020", target), "Zebra-note for the briefing")
    marks = read_marks(workspace, "2020")
    on, off = tmp_path / "on.pdf", tmp_path / "off.pdf"
    import dataclasses

    write_pdf(dataset, dataclasses.replace(request_, with_notes=True), on, user=marks)
    write_pdf(dataset, request_, off, user=marks)  # the marks are given, the switch is off
    assert _note_box(_pdf_text(on), "Zebra-note for the briefing")
    assert "Zebra-note" not in _pdf_text(off) and "Your note" not in _pdf_text(off)


def test_a_note_stands_right_after_its_paragraph_and_the_follow_up_after_its_proposal(
    dataset: Dataset, workspace: Workspace
) -> None:
    workspace.add_note(Ref("2020", "section-1-p5"), "On the convictions")
    workspace.set_tracker(Ref("2020", "proposal-7"), status="in-progress")
    marks = read_marks(workspace, "2020")
    full = layout_request(
        dataset, SummaryRequest("section", section="section-1", full_text=True, with_notes=True), user=marks
    )
    blocks = [p.item.block for page in full.pages for p in page.placements if p.top == 0]
    index = next(i for i, b in enumerate(blocks) if b.kind == "yours")
    assert blocks[index - 1].key == "section-1-p5" and "On the convictions" in blocks[index].html
    listing = layout_request(dataset, SummaryRequest("proposals", with_notes=True), user=marks)
    blocks = [p.item.block for page in listing.pages for p in page.placements if p.top == 0]
    index = next(i for i, b in enumerate(blocks) if b.kind == "yours")
    assert blocks[index - 1].key == "proposal-7" and "In progress" in blocks[index].html


def test_the_switch_is_off_by_default_and_remembered(qtbot: QtBot, context: AppContext) -> None:
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
    from PySide6.QtWidgets import QCheckBox

    request = SummaryRequest("proposals")
    assert dialogs.with_notes_switch(context, request).with_notes is False
    assert dialogs.user_marks(context, request) is None  # off: the workspace is not even read
    parent = QWidget()
    qtbot.addWidget(parent)
    preview = QPrintPreviewDialog(QPrinter(), parent)
    seen: list[bool] = []
    box = dialogs.add_notes_switch(preview, False, seen.append)
    assert isinstance(box, QCheckBox) and box.text() == "Include my notes"
    assert preview.findChild(QCheckBox, "include-my-notes") is box
    box.setChecked(True)
    assert seen == [True]
    context.settings.set_value(dialogs.WITH_NOTES_SETTING, True)
    assert dialogs.with_notes_switch(context, request).with_notes is True
    # A listing's rows take no notes: the switch leaves it alone.
    assert dialogs.with_notes_switch(context, SummaryRequest("statistics")).with_notes is False
    assert context.settings.value(dialogs.WITH_NOTES_SETTING) is True


@needs_pdftotext
def test_print_status_report_goes_through_the_preview_whose_switch_adds_the_notes(
    qtbot: QtBot, context: AppContext, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The button opens the print preview on the tracker report; turning "Include my notes" on there
    redoes the pages with the user's notes and is remembered. (The preview's exec() is replaced by
    what a user does in it: tick the switch and print, here to a PDF file.)"""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
    from PySide6.QtWidgets import QCheckBox

    workspace.add_note(Ref("2020", "proposal-6"), "Quokka-note on compliance")
    out = tmp_path / "printed.pdf"

    def user_prints(dialog: QPrintPreviewDialog) -> int:
        switch = dialog.findChild(QCheckBox, "include-my-notes")
        assert switch is not None and not switch.isChecked()  # off by default
        switch.setChecked(True)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setFullPage(True)
        dialog.paintRequested.emit(printer)
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", user_prints)
    tab = _tab(qtbot, context)
    _choose(tab, "proposal-6", "in-progress")
    tab.print_report_button.click()
    text = _pdf_text(out)
    assert "Tracker status report" in text and "page 1 of" in text
    assert _note_box(text, "Quokka-note on compliance")
    assert context.settings.value(dialogs.WITH_NOTES_SETTING) is True


def test_export_as_an_excel_workbook(
    qtbot: QtBot, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import openpyxl
    from PySide6.QtWidgets import QFileDialog

    from kzdesk.gui.workspace import tracker_export

    tab = _tab(qtbot, context)
    _choose(tab, "proposal-2", "implemented")
    chosen = tracker_export.tr("Excel workbook (*.xlsx)")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(tmp_path / "status"), chosen))
    assert tab.export_status_report() == str(tmp_path / "status.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "status.xlsx").worksheets[0]
    assert sheet["D1"].value == "Your status" and sheet["D3"].value == "Implemented" and sheet["A3"].value == 2
    tracker_export.last_message.close()  # type: ignore[union-attr]

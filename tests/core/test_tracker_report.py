"""The tracker's counts, chart data and status report, and the user's marks for printouts: core, no Qt."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest

from kzdesk.core.files import FileProblem
from kzdesk.core.model import Dataset
from kzdesk.core.references import Ref
from kzdesk.core.summary import SummaryRequest, build_summary
from kzdesk.core.tracker_report import (
    TrackerReport,
    csv_bytes,
    report_record,
    report_table,
    status_counts,
    summary_line,
    tracker_chart,
    tracker_report,
    write_csv,
    write_xlsx,
)
from kzdesk.core.user_marks import marks_of, read_marks
from kzdesk.core.workspace.store import Workspace


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    opened = Workspace.connect(tmp_path / "workspace.sqlite")
    yield opened  # type: ignore[misc]
    opened.close()


def _track(workspace: Workspace) -> None:
    workspace.set_tracker(
        Ref("2020", "proposal-1"),
        status="in-progress",
        unit="Legal department",
        due="2027-03-31",
        progress='Draft sent, "urgent", to the ministry\nsecond line',
        evidence=["https://example.kz/a,b", '=HYPERLINK("x")'],
    )
    workspace.set_tracker(Ref("2020", "proposal-2"), status="implemented")
    workspace.set_tracker(Ref("2020", "proposal-3"), status="in-progress")
    workspace.set_tracker(Ref("other", "proposal-4"), status="implemented")  # another edition's


def test_untracked_proposals_count_as_not_started_like_the_store_and_the_summary_line(
    dataset: Dataset, workspace: Workspace
) -> None:
    _track(workspace)
    counts = status_counts(dataset, workspace.tracker("2020"))
    assert [(c.status, c.proposals) for c in counts] == [
        ("not-started", 37),
        ("in-progress", 2),
        ("implemented", 1),
        ("not-applicable", 0),
    ]
    assert {c.status: c.proposals for c in counts} == workspace.tracker_counts("2020", len(dataset.proposals))
    assert summary_line(counts) == "2 of 40 in progress, 1 implemented, 37 not started"


def test_the_chart_data_is_one_bar_per_status_and_says_it_is_the_users(dataset: Dataset, workspace: Workspace) -> None:
    _track(workspace)
    chart = tracker_chart(dataset, workspace.tracker("2020"))
    assert chart.categories == ("Not started", "In progress", "Implemented", "Not applicable")
    (series,) = chart.series
    assert series.values == (37.0, 2.0, 1.0, 0.0) and not chart.has_derived
    assert chart.title.startswith("Your tracking") and chart.sources == ()


def test_the_report_keeps_the_reports_wording_and_the_users_entries_apart(
    dataset: Dataset, workspace: Workspace
) -> None:
    _track(workspace)
    report = tracker_report(dataset, workspace.tracker("2020"), made=dt.date(2026, 12, 3))
    assert (report.made, report.total, report.tracked) == ("2026-12-03", 40, 3)
    assert report.edition.endswith(", 2020")
    first = report.rows[0]
    proposal = dataset.by_id["proposal-1"]
    assert first.text == proposal.text  # type: ignore[attr-defined]
    assert proposal.text.startswith(first.title.removesuffix(" …"))  # type: ignore[attr-defined]
    assert first.source == "Conclusions, para. 9" and first.paragraph == proposal.paragraph  # type: ignore[attr-defined]
    assert (first.status_label, first.unit, first.due, first.tracked) == (
        "In progress",
        "Legal department",
        "2027-03-31",
        True,
    )
    assert dt.date.fromisoformat(first.updated) <= dt.datetime.now(dt.UTC).date()  # the day of the change, UTC
    fourth = report.rows[3]
    assert (fourth.tracked, fourth.status, fourth.updated, fourth.unit) == (False, "not-started", "", "")
    assert [r.number for r in report.rows] == list(range(1, 41))


def test_the_table_marks_the_users_columns_and_types_its_cells(dataset: Dataset, workspace: Workspace) -> None:
    _track(workspace)
    columns, rows = report_table(tracker_report(dataset, workspace.tracker("2020")))
    assert [c.yours for c in columns] == [False, False, False, True, True, True, True, True, True]
    assert all(c.heading.startswith("Your ") for c in columns if c.yours)
    assert rows[0][0] == 1 and isinstance(rows[0][0], int)
    assert rows[0][7] == 'https://example.kz/a,b\n=HYPERLINK("x")'
    assert rows[3][3] == "Not started (not tracked)"


def test_the_csv_is_utf8_with_a_bom_quoted_and_safe_from_formulas(dataset: Dataset, workspace: Workspace) -> None:
    workspace.set_tracker(Ref("2020", "proposal-7"), status="in-progress", unit="Отдел закупок")
    _track(workspace)
    data = csv_bytes(tracker_report(dataset, workspace.tracker("2020")))
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert len(rows) == 41 and rows[0][0] == "Proposal No." and rows[0][3] == "Your status"
    assert rows[1][6] == 'Draft sent, "urgent", to the ministry\nsecond line'  # quotes and a line break survive
    assert rows[1][7] == 'https://example.kz/a,b\n=HYPERLINK("x")'  # only a cell that starts with "=" is guarded
    assert rows[7][4] == "Отдел закупок"
    workspace.set_tracker(Ref("2020", "proposal-9"), unit="=cmd|' /C calc'!A0")
    guarded = list(
        csv.reader(io.StringIO(csv_bytes(tracker_report(dataset, workspace.tracker("2020"))).decode("utf-8-sig")))
    )
    assert guarded[9][4] == "'=cmd|' /C calc'!A0"


def test_the_csv_is_written_whole_or_not_at_all(dataset: Dataset, tmp_path: Path) -> None:
    report = tracker_report(dataset, ())
    target = tmp_path / "report.csv"
    target.write_text("old", encoding="utf-8")
    assert write_csv(report, target) == target
    assert target.read_bytes() == csv_bytes(report)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.csv"]  # no temporary file left
    with pytest.raises(FileProblem):
        write_csv(report, tmp_path / "missing" / "report.csv")


def test_the_workbook_has_every_proposal_and_the_counts_read_back(
    dataset: Dataset, workspace: Workspace, tmp_path: Path
) -> None:
    import openpyxl

    _track(workspace)
    workspace.set_tracker(Ref("2020", "proposal-9"), unit="=cmd|' /C calc'!A0")
    report = tracker_report(dataset, workspace.tracker("2020"), made=dt.date(2026, 12, 3))
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "report.xlsx"
    target.write_bytes(b"old")
    assert write_xlsx(report, target) == target
    assert [p.name for p in target.parent.iterdir()] == ["report.xlsx"]  # replaced, no temporary file left
    book = openpyxl.load_workbook(target)
    assert book.properties.title == report.title and book.properties.creator == "kzdesk"
    proposals, counts = book.worksheets
    header = [c.value for c in proposals[1]]
    assert header == [c.heading for c in report_table(report)[0]]
    assert all(h.startswith("Your ") for h in header[3:])
    assert [proposals.cell(row=r, column=1).value for r in range(2, 42)] == list(range(1, 41))
    assert proposals["B2"].value == report.rows[0].title  # the report's wording, apart from the user's
    assert proposals["D2"].value == "In progress" and proposals["D5"].value == "Not started (not tracked)"
    assert proposals["F2"].value == dt.datetime(2027, 3, 31)
    assert proposals["H2"].value == 'https://example.kz/a,b\n=HYPERLINK("x")' and proposals["H2"].alignment.wrap_text
    assert proposals["E10"].value == "=cmd|' /C calc'!A0" and proposals["E10"].data_type == "s"  # text, no formula
    assert proposals.freeze_panes == "A2"
    assert [[c.value for c in row] for row in counts.iter_rows(min_row=1, max_row=6)] == [
        ["Your status", "Proposals"],
        ["Not started", 37],
        ["In progress", 2],
        ["Implemented", 1],
        ["Not applicable", 0],
        ["All proposals", 40],
    ]
    assert "4 of 40 proposals tracked by you, made 2026-12-03" in counts["A8"].value  # proposal-9 has a unit
    assert counts.freeze_panes == "A2"


def test_the_record_for_json_marks_the_users_part(dataset: Dataset, workspace: Workspace) -> None:
    _track(workspace)
    record = report_record(tracker_report(dataset, workspace.tracker("2020")))
    assert record["counts"] == {"not-started": 37, "in-progress": 2, "implemented": 1, "not-applicable": 0}
    first = record["proposals"][0]  # type: ignore[index]
    assert first["ref"] == "proposal-1" and first["yours"]["status"] == "in-progress"
    assert first["yours"]["evidence"] == ["https://example.kz/a,b", '=HYPERLINK("x")']


def test_build_summary_makes_the_tracker_report_from_the_users_marks(dataset: Dataset, workspace: Workspace) -> None:
    _track(workspace)
    report = build_summary(dataset, SummaryRequest("tracker"), user=read_marks(workspace, "2020"))
    assert isinstance(report, TrackerReport) and report.tracked == 3
    empty = build_summary(dataset, SummaryRequest("tracker"))
    assert isinstance(empty, TrackerReport) and empty.tracked == 0


def test_marks_keep_one_editions_notes_by_target_oldest_first(workspace: Workspace) -> None:
    first = workspace.add_note(Ref("2020", "section-1-p3"), "first")
    second = workspace.add_note(Ref("2020", "section-1-p3"), "second")
    workspace.add_note(Ref("other", "section-1-p3"), "another edition's")
    workspace.set_tracker(Ref("2020", "proposal-2"), status="implemented")
    marks = read_marks(workspace, "2020")
    assert [n.id for n in marks.notes["section-1-p3"]] == [first.id, second.id]
    assert list(marks.tracker) == ["proposal-2"] and not marks.empty
    assert marks_of([], [], "2020").empty

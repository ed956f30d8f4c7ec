"""End to end: ``kzdesk tracker report`` and ``kzdesk print --with-notes``, each in a subprocess."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")


def run(workspace: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kzdesk", "--workspace", str(workspace), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def ok(workspace: Path, *args: str) -> str:
    result = run(workspace, *args)
    assert result.returncode == 0, result.stderr
    return result.stdout


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    path = tmp_path / "mine" / "workspace.sqlite"
    path.parent.mkdir()
    ok(
        path,
        "tracker",
        "set",
        "proposal-1",
        "--status",
        "in-progress",
        "--unit",
        "Legal, department",
        "--due",
        "2027-03-31",
    )
    ok(path, "tracker", "set", "proposal-2", "--status", "implemented", "--progress", 'Order "No. 17"')
    ok(path, "note", "add", "proposal-3", "Ask the Agency about the rating")
    return path


def test_the_report_as_json_without_a_file(workspace: Path) -> None:
    record = json.loads(ok(workspace, "tracker", "report", "--json"))
    assert record["counts"] == {"not-started": 38, "in-progress": 1, "implemented": 1, "not-applicable": 0}
    assert record["summary"] == "1 of 40 in progress, 1 implemented, 38 not started"
    assert record["proposals"][0]["yours"]["unit"] == "Legal, department"
    assert record["proposals"][0]["source"] == "Conclusions, para. 9"


def test_the_report_as_csv_for_excel(workspace: Path, tmp_path: Path) -> None:
    out = tmp_path / "status.csv"
    written = json.loads(ok(workspace, "tracker", "report", "-o", str(out), "--json"))
    assert written == {"path": str(out.resolve()), "format": "csv", "rows": 40}
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(data.decode("utf-8-sig").splitlines()))
    assert rows[1][3:6] == ["In progress", "Legal, department", "2027-03-31"]
    assert rows[2][6] == 'Order "No. 17"'


def test_the_report_as_an_excel_workbook(workspace: Path, tmp_path: Path) -> None:
    import datetime

    import openpyxl

    out = tmp_path / "status.xlsx"
    written = json.loads(ok(workspace, "tracker", "report", "-o", str(out), "--json"))
    assert written == {"path": str(out.resolve()), "format": "xlsx", "rows": 40}
    sheet = openpyxl.load_workbook(out).worksheets[0]
    header = [c.value for c in sheet[1]]
    assert header[0] == "Proposal No." and header[3] == "Your status"
    first = [c.value for c in sheet[2]]
    assert first[0] == 1 and sheet["A2"].data_type == "n"
    assert first[3:6] == ["In progress", "Legal, department", datetime.datetime(2027, 3, 31)]
    assert sheet.cell(row=3, column=7).value == 'Order "No. 17"'
    assert sheet.freeze_panes == "A2" and sheet.max_row == 40 + 3
    assert "your own entries" in sheet.cell(row=43, column=1).value


@needs_pdftotext
def test_the_report_as_pdf(workspace: Path, tmp_path: Path) -> None:
    out = tmp_path / "status.pdf"
    assert ok(workspace, "tracker", "report", "-o", str(out)).startswith(f"wrote {out} (")
    text = pdf_text(out)
    assert "Tracker status report" in text and "page 1 of" in text
    assert "Your follow-up — updated" in text and "Legal, department" in text


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("status.ods", "kzdesk: the report is written as .pdf, .csv or .xlsx (by the file's extension): "),
        ("status.txt", "kzdesk: the report is written as .pdf, .csv or .xlsx (by the file's extension): "),
    ],
)
def test_an_unsupported_format_is_one_line_and_exit_2(workspace: Path, tmp_path: Path, name: str, message: str) -> None:
    result = run(workspace, "tracker", "report", "-o", str(tmp_path / name))
    assert result.returncode == 2 and result.stderr.startswith(message) and result.stderr.count("\n") == 1
    assert not (tmp_path / name).exists()


def test_a_missing_folder_is_one_line_and_exit_2(workspace: Path, tmp_path: Path) -> None:
    for name in ("status.csv", "status.pdf", "status.xlsx"):
        result = run(workspace, "tracker", "report", "-o", str(tmp_path / "nowhere" / name))
        assert result.returncode == 2 and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


@needs_pdftotext
def test_print_with_notes_puts_the_note_and_follow_up_in_marked_boxes(workspace: Path, tmp_path: Path) -> None:
    with_notes, without = tmp_path / "with.pdf", tmp_path / "without.pdf"
    ok(workspace, "print", "--proposals", "--with-notes", "-o", str(with_notes))
    ok(workspace, "print", "--proposals", "-o", str(without))
    text = pdf_text(with_notes)
    label = text.index("Your note — ")
    assert text.index("Ask the Agency about the rating") > label
    assert "Your follow-up — updated" in text and "Legal, department" in text
    plain = pdf_text(without)
    assert "Ask the Agency" not in plain and "Your note" not in plain and "Your follow-up" not in plain


def test_print_with_notes_is_refused_for_a_listing_and_needs_no_workspace(tmp_path: Path) -> None:
    result = run(tmp_path / "none.sqlite", "print", "--statistics", "--with-notes", "-o", str(tmp_path / "s.pdf"))
    assert result.returncode == 2
    assert result.stderr == "kzdesk: --with-notes goes with --section, --proposals or --report\n"
    out = tmp_path / "s1.pdf"
    ok(tmp_path / "none.sqlite", "print", "--section", "section-1", "--with-notes", "-o", str(out))
    assert out.exists() and not (tmp_path / "none.sqlite").exists()  # reading never creates a workspace

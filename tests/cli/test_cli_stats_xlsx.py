"""End to end: ``kzdesk stats -o FILE.xlsx`` in a subprocess, the workbook read back with openpyxl."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import openpyxl

from kzdesk.core.model import Dataset


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kzdesk", *args], capture_output=True, text=True, timeout=120)


def test_the_whole_table_as_a_workbook(dataset: Dataset, tmp_path: Path) -> None:
    target = tmp_path / "figures.xlsx"
    result = run("stats", "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"wrote {target} ({len(dataset.statistics)} figures, 3 sheets)"
    book = openpyxl.load_workbook(target)
    assert book.sheetnames[0] == "Figures" and book.sheetnames[1].startswith("Table 1")
    figures = book["Figures"]
    ids = [row[0] for row in figures.iter_rows(min_row=2, max_row=len(dataset.statistics) + 1, values_only=True)]
    assert ids == [s.id for s in dataset.statistics]
    values = [row[2] for row in figures.iter_rows(min_row=2, max_row=len(dataset.statistics) + 1, values_only=True)]
    assert values == [s.value for s in dataset.statistics]


def test_filters_apply_and_json_says_what_was_written(dataset: Dataset, tmp_path: Path) -> None:
    target = tmp_path / "table-2.xlsx"
    result = run("stats", "--table", "2", "-o", str(target), "--json")
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    expected = [s for s in dataset.statistics if s.table == 2]
    assert payload == {"path": str(target.resolve()), "format": "xlsx", "rows": len(expected), "sheets": 2}
    book = openpyxl.load_workbook(target)
    assert len(book.sheetnames) == 2 and book.sheetnames[1].startswith("Table 2")
    assert book["Figures"].max_row == len(expected) + 3  # header, rows, an empty row, the source line


def test_unwritable_or_wrong_paths_exit_2_with_one_line(tmp_path: Path) -> None:
    for target, words in (
        (tmp_path / "no-such-folder" / "x.xlsx", "does not exist"),
        (tmp_path / "x.csv", "ending in .xlsx"),
        (tmp_path, "is a folder"),
    ):
        result = run("stats", "-o", str(target))
        assert result.returncode == 2, target
        assert result.stdout == ""
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("kzdesk: ") and words in lines[0], result.stderr
        assert "Traceback" not in result.stderr

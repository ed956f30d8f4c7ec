"""The XLSX writer and the statistics sheets, read back with openpyxl."""

from __future__ import annotations

import datetime
import os
import shutil
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from kzdesk.core.document import xlsx
from kzdesk.core.document.sheets import Column, Sheet
from kzdesk.core.document.statistics_sheets import statistics_sheets, table_cell
from kzdesk.core.document.xlsx import WorkbookError, sheet_titles, write_workbook
from kzdesk.core.files import FileProblem
from kzdesk.core.labels import DERIVED_MARK
from kzdesk.core.model import Dataset

SAMPLE = Sheet(
    title="Figures",
    columns=(
        Column("Name"),
        Column("Value", "number"),
        Column("Count", "integer"),
        Column("Year", "year"),
        Column("Date", "date"),
    ),
    rows=(
        ("=SUM(A1:A9)", 1.5, 1717, 2020, "2020-03-04"),
        ("-5%", 42.0, 3, None, "not a date"),
        ("+7 701", None, None, 2019, None),
        ("@mention", 0.25, 0, 2018, "2021-12-31"),
    ),
    source="Source: the report, Section 1, para. 3",
)


def _read(path: Path) -> openpyxl.Workbook:
    return openpyxl.load_workbook(path)


def test_types_values_header_and_source(tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "out.xlsx", [SAMPLE], title="My figures")
    book = _read(path)
    assert book.properties.title == "My figures" and book.properties.creator == "kzdesk"
    sheet = book["Figures"]
    assert [c.value for c in sheet[1]] == ["Name", "Value", "Count", "Year", "Date"]
    assert all(c.font.b for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:E5"
    assert sheet["B2"].value == 1.5 and sheet["B2"].data_type == "n"
    assert sheet["B3"].value == 42 and sheet["B3"].number_format == "#,##0"
    assert sheet["C2"].value == 1717 and sheet["C2"].number_format == "#,##0"
    assert sheet["D2"].value == 2020 and sheet["D2"].number_format == "0"  # no "2,020"
    assert sheet["E2"].value == datetime.datetime(2020, 3, 4)
    assert sheet["E3"].value == "not a date" and sheet["E3"].data_type == "s"
    assert sheet["B4"].value is None and sheet["D3"].value is None
    # The source line: one empty row under the table, outside the filter.
    assert all(c.value is None for c in sheet[6])
    assert sheet["A7"].value == SAMPLE.source and sheet["A7"].font.i


def test_text_that_looks_like_a_formula_stays_text(tmp_path: Path) -> None:
    sheet = _read(write_workbook(tmp_path / "out.xlsx", [SAMPLE]))["Figures"]
    for cell, text in (("A2", "=SUM(A1:A9)"), ("A3", "-5%"), ("A4", "+7 701"), ("A5", "@mention")):
        assert sheet[cell].value == text
        assert sheet[cell].data_type == "s", cell
        assert sheet[cell].quotePrefix, cell
    # No formula anywhere in the file itself.
    import zipfile

    with zipfile.ZipFile(tmp_path / "out.xlsx") as archive:
        assert b"<f>" not in archive.read("xl/worksheets/sheet1.xml")


def test_titles_made_safe_short_and_unique() -> None:
    names = sheet_titles(["A/b:c", "a/B:C", "x" * 40, "x" * 40, "[Table]*?", "", "History", "it's'"])
    assert names[0] == "A-b-c" and names[1] == "a-B-C (2)"
    assert names[2] == "x" * 31 and names[3] == "x" * 27 + " (2)"
    assert names[4] == "-Table---"
    assert names[5] == "Sheet" and names[6] == "History (2)" and names[7] == "it's"
    assert all(len(n) <= 31 for n in names)
    # A long title is cut at a word, not in one.
    assert sheet_titles(["Table 1. Corruption crimes by anti-corruption subjects"]) == ["Table 1. Corruption crimes by"]
    assert len({n.casefold() for n in names}) == len(names)


def test_sheet_titles_in_the_workbook(tmp_path: Path) -> None:
    long = Sheet("Table 1. Corruption crimes by anti-corruption subjects", SAMPLE.columns, SAMPLE.rows)
    book = _read(write_workbook(tmp_path / "out.xlsx", [long, long, SAMPLE]))
    assert book.sheetnames == ["Table 1. Corruption crimes by", "Table 1. Corruption crimes (2)", "Figures"]


def test_widths_from_hint_or_content_capped(tmp_path: Path) -> None:
    sheet = Sheet(
        "W",
        (Column("Hinted", width=33), Column("Short"), Column("Long")),
        (("a", "abc", "y" * 500),),
    )
    ws = _read(write_workbook(tmp_path / "w.xlsx", [sheet]))["W"]
    assert ws.column_dimensions["A"].width == 33
    assert ws.column_dimensions["B"].width == xlsx.MIN_WIDTH + 2  # the header "Short" and "abc" are shorter
    assert ws.column_dimensions["C"].width == xlsx.MAX_WIDTH


def test_multi_line_cells_wrap_single_lines_do_not(tmp_path: Path) -> None:
    sheet = Sheet("W", (Column("Links"), Column("N", "integer")), (("https://a.kz\nhttps://b.kz", 1), ("one line", 2)))
    ws = _read(write_workbook(tmp_path / "w.xlsx", [sheet]))["W"]
    assert ws["A2"].value == "https://a.kz\nhttps://b.kz"
    assert ws["A2"].alignment.wrap_text
    assert not ws["A3"].alignment.wrap_text and not ws["B2"].alignment.wrap_text


def test_nothing_to_write_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(WorkbookError, match="no sheets"):
        write_workbook(tmp_path / "out.xlsx", [])
    with pytest.raises(ValueError, match="row 1: 1 cells for 5 columns"):
        write_workbook(tmp_path / "out.xlsx", [Sheet("Bad", SAMPLE.columns, (("only one",),))])
    assert not (tmp_path / "out.xlsx").exists()


def test_a_failure_while_saving_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"the old file")

    def broken_save(self: object, filename: object) -> None:
        raise RuntimeError("disk trouble in the middle of the save")

    monkeypatch.setattr(openpyxl.Workbook, "save", broken_save)
    with pytest.raises(RuntimeError):
        write_workbook(target, [SAMPLE])
    assert target.read_bytes() == b"the old file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.xlsx"]


def test_a_failure_while_writing_the_file_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"the old file")

    def no_rename(source: object, destination: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(xlsx.os, "replace", no_rename)
    with pytest.raises(FileProblem, match="No space left"):
        write_workbook(target, [SAMPLE])
    assert target.read_bytes() == b"the old file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.xlsx"]


def test_a_locked_file_says_it_may_be_open(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"open in Excel")

    def locked(source: object, destination: object) -> None:
        raise PermissionError(13, "Permission denied")  # what Windows says for a file Excel has open

    monkeypatch.setattr(xlsx.os, "replace", locked)
    with pytest.raises(FileProblem) as caught:
        write_workbook(target, [SAMPLE])
    assert "open in another program" in caught.value.problem and "Excel" in caught.value.problem
    assert target.read_bytes() == b"open in Excel"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.xlsx"]


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="needs POSIX permissions, not as root")
def test_an_unwritable_folder_is_one_message(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(FileProblem, match="permission denied"):
            write_workbook(folder / "out.xlsx", [SAMPLE])
    finally:
        folder.chmod(0o700)


def test_a_missing_folder_is_one_message(tmp_path: Path) -> None:
    with pytest.raises(FileProblem, match="does not exist"):
        write_workbook(tmp_path / "nowhere" / "out.xlsx", [SAMPLE])


def test_control_characters_are_dropped_not_fatal(tmp_path: Path) -> None:
    sheet = Sheet("C", (Column("Text"),), (("a\x01b\x0bc",),))
    assert _read(write_workbook(tmp_path / "c.xlsx", [sheet]))["C"]["A2"].value == "abc"


# ---- the statistics table ---------------------------------------------------------------------


def test_every_figure_equals_the_datasets(dataset: Dataset, tmp_path: Path) -> None:
    book = _read(write_workbook(tmp_path / "stats.xlsx", statistics_sheets(dataset)))
    sheet = book.worksheets[0]
    header = [c.value for c in sheet[1]]
    column = {name: header.index(name) for name in header}
    rows = list(sheet.iter_rows(min_row=2, max_row=len(dataset.statistics) + 1, values_only=True))
    assert len(rows) == len(dataset.statistics) > 200
    for row, stat in zip(rows, dataset.statistics, strict=True):
        assert row[column["ID"]] == stat.id
        assert row[column["What it measures"]] == stat.indicator
        assert isinstance(row[column["Value"]], int | float) and row[column["Value"]] == stat.value
        assert row[column["Unit"]] == (stat.unit or None)
        assert row[column["Year"]] == stat.year
        assert row[column["As printed"]] == stat.value_text
        assert (row[column[f"Derived ({DERIVED_MARK})"]] == DERIVED_MARK) is stat.derived
        assert row[column["Paragraph ID"]] == stat.paragraph
        assert row[column["Table"]] == stat.table
    # Every value cell is numeric, every year numeric.
    for cells in sheet.iter_rows(min_row=2, max_row=len(rows) + 1):
        assert cells[column["Value"]].data_type == "n"
        assert cells[column["Year"]].value is None or cells[column["Year"]].data_type == "n"
    assert "2020" in sheet.cell(row=len(rows) + 3, column=1).value  # the citation under the table
    assert sheet.freeze_panes == "A2"


def test_a_sheet_per_report_table_with_typed_cells(dataset: Dataset, tmp_path: Path) -> None:
    book = _read(write_workbook(tmp_path / "stats.xlsx", statistics_sheets(dataset)))
    assert len(book.worksheets) == 1 + len(dataset.tables) >= 3
    for table, sheet in zip(dataset.tables, book.worksheets[1:], strict=True):
        assert sheet.title.startswith(f"Table {table.number}")
        for printed, cells in zip(table.rows, sheet.iter_rows(min_row=2, values_only=True), strict=False):
            assert cells[0] == printed.label
            assert all(isinstance(c, int | float) for c in cells[1:])
        # The cells equal the figures the dataset links to that table, row and year.
        header = [c.value for c in sheet[1]]
        labels = [r.label for r in table.rows]
        checked = 0
        for stat in dataset.statistics:
            if stat.table == table.number and stat.row in labels and str(stat.year) in header:
                value = sheet.cell(row=labels.index(stat.row) + 2, column=header.index(str(stat.year)) + 1).value
                assert value == stat.value, stat.id
                checked += 1
        assert checked >= 2 * len(table.rows)


def test_printed_table_cells_are_typed() -> None:
    assert table_cell("1,717") == 1717
    assert table_cell("-5%") == -5.0 and table_cell("+41.8%") == 41.8 and table_cell("0%") == 0.0
    assert table_cell("−3.3%") == -3.3  # a typographic minus
    assert table_cell("n/a") == "n/a" and table_cell("5/3%") == "5/3%" and table_cell("12 %x") == "12 %x"


def test_filtered_figures_in_their_order(dataset: Dataset, tmp_path: Path) -> None:
    chosen = list(reversed(dataset.statistics[:5]))
    sheets = statistics_sheets(dataset, chosen, tables=[])
    sheet = _read(write_workbook(tmp_path / "few.xlsx", sheets)).worksheets[0]
    assert [r[0] for r in sheet.iter_rows(min_row=2, max_row=6, values_only=True)] == [s.id for s in chosen]


def _calc() -> bool:
    """Whether LibreOffice with its spreadsheet part (Calc) is installed: writer alone cannot open a workbook."""
    soffice = shutil.which("soffice")
    return soffice is not None and (Path(soffice).resolve().parent / "libsclo.so").exists()


@pytest.mark.skipif(not _calc(), reason="LibreOffice Calc is not installed")
def test_libreoffice_opens_the_workbook(dataset: Dataset, tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "stats.xlsx", statistics_sheets(dataset))
    result = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",  # its own profile: another soffice may run
            "--headless",
            "--convert-to",
            "csv",
            "--outdir",
            str(tmp_path / "out"),
            str(path),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "out" / "stats.csv").read_text(encoding="utf-8", errors="replace")
    assert dataset.statistics[0].id in text

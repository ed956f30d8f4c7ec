"""End to end: ``kzdesk brief`` and ``kzdesk pack export`` write a Word briefing, read back with python-docx."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import docx
import pytest

from kzdesk.core.model import Dataset

SUPERSCRIPT_MARK = "[1]"


def run(workspace: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kzdesk", "--workspace", str(workspace), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    return tmp_path / "workspace.sqlite"


def styles(document: docx.document.Document) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in document.paragraphs]


def test_brief_writes_headings_tables_a_chart_image_and_marks_the_users_text(
    tmp_path: Path, workspace: Path, dataset: Dataset
) -> None:
    out = tmp_path / "brief.docx"
    stat = dataset.by_id["stat-corruption-crimes-convicted-persons"]
    result = run(
        workspace,
        "brief",
        "--title",
        "Meeting with the Agency",
        "--text",
        "We ask for three things.",
        "--item",
        "proposal-11",
        "--item",
        "stat-corruption-crimes-convicted-persons",
        "--item",
        "section-5",
        "--item",
        "chart-table-1",
        "-o",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == "" and "wrote" in result.stdout
    word = docx.Document(str(out))
    paragraphs = styles(word)
    assert paragraphs[0] == ("Title", "Meeting with the Agency")
    headings = [text for style, text in paragraphs if style == "Heading 1"]
    assert headings[:3] == ["Proposal 11", "Figures", "5. Combating corruption in the civil service — summary"]
    assert headings[-1] == "Sources and citations"
    assert ("Heading 2", "Key points") in paragraphs
    # the user's words: their own paragraph, labelled, shaded; never inside a report paragraph
    mine = [p for p in word.paragraphs if "We ask for three things." in p.text]
    assert len(mine) == 1 and mine[0].text.startswith("Your text")
    assert mine[0]._p.pPr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}shd") is not None
    # the proposal in the report's words with a superscript citation marker
    proposal = next(p for p in word.paragraphs if p.text.startswith(dataset.by_id["proposal-11"].text))  # type: ignore[attr-defined]
    assert proposal.runs[-1].font.superscript and proposal.runs[-1].text.startswith("[")
    # the figure as printed, in a real table, with where it is stated
    figures = word.tables[0]
    assert figures.rows[0].cells[0].text == "Figure"
    assert figures.rows[1].cells[0].text == stat.value_text  # type: ignore[attr-defined]
    assert figures.rows[1].cells[3].text.startswith("Section 1, para.")
    # the chart as a picture, the bundled font named
    assert len(word.inline_shapes) == 1
    assert word.styles["Normal"].font.name == "Noto Sans"
    assert word.styles["Heading 1"].font.name == "Noto Sans"
    # every marker has its line in the list at the end
    markers = {r.text for p in word.paragraphs for r in p.runs if r.font.superscript}
    cells = [c for t in word.tables for row in t.rows for c in row.cells]
    markers |= {r.text for c in cells for p in c.paragraphs for r in p.runs if r.font.superscript}
    listed = {text.split(" ", 1)[0] for style, text in paragraphs if text.startswith("[")}
    assert markers and markers <= listed
    assert any(text.startswith(f"{SUPERSCRIPT_MARK} {dataset.report.citation_title}") for _, text in paragraphs)


def test_pack_export_writes_the_pack_with_note_and_tracker(tmp_path: Path, workspace: Path) -> None:
    pack = json.loads(run(workspace, "pack", "new", "Briefing", "--json").stdout)["id"]
    note = json.loads(run(workspace, "note", "add", "section-5-p1", "Ask about it", "--json").stdout)["id"]
    assert run(workspace, "tracker", "set", "proposal-2", "--status", "in-progress", "--unit", "Legal").returncode == 0
    for ref in ("proposal-2", note, "table-1", "section-1"):
        assert run(workspace, "pack", "add", pack, ref).returncode == 0
    run(workspace, "note", "delete", note)
    out = tmp_path / "pack.docx"
    result = run(workspace, "pack", "export", pack, "-o", str(out))
    assert result.returncode == 0, result.stderr
    word = docx.Document(str(out))
    texts = [p.text for p in word.paragraphs]
    assert any(t.startswith("Your tracker") and "In progress" in t and "Legal" in t for t in texts)
    assert any(t.startswith("Your note") and "deleted" in t for t in texts)
    assert ("Heading 1", "Table 1. Corruption crimes by anti-corruption subjects") in styles(word)
    assert any(t.rows[1].cells[1].text == "1,717" for t in word.tables)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("brief", "--item", "proposal-99", "-o", "{dir}/b.docx"), "there is no proposal-99"),
        (("brief", "--text", "only words", "-o", "{dir}/b.docx"), "--item REF"),
        (("brief", "--item", "proposal-1", "-o", "{dir}/b.txt"), "name it FILE.docx, FILE.pdf or FILE.xlsx"),
        (("brief", "--item", "note:", "-o", "{dir}/b.docx"), "no note '' in your workspace"),
        (("brief", "--item", "note:0123abcd", "-o", "{dir}/b.docx"), "no note '0123abcd' in your workspace"),
        (("brief", "--item", "proposal-1", "-o", "{dir}/no/b.docx"), "does not exist"),
        (("brief", "--item", "proposal-1@full", "-o", "{dir}/b.docx"), "for sections only"),
        (("pack", "export", "nope", "-o", "{dir}/b.docx"), "there is no pack 'nope'"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, workspace: Path, args: tuple[str, ...], message: str) -> None:
    result = run(workspace, *(a.format(dir=tmp_path) for a in args))
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and message in result.stderr, result.stderr
    assert not (tmp_path / "b.docx").exists()


def test_an_empty_pack_is_refused_and_an_old_file_stays(tmp_path: Path, workspace: Path) -> None:
    pack = json.loads(run(workspace, "pack", "new", "Empty", "--json").stdout)["id"]
    out = tmp_path / "b.docx"
    out.write_bytes(b"old")
    result = run(workspace, "pack", "export", pack, "-o", str(out))
    assert result.returncode == 2 and "the briefing is empty" in result.stderr
    assert out.read_bytes() == b"old"


def test_brief_as_pdf_has_every_item_its_citations_and_the_sources(tmp_path: Path, workspace: Path) -> None:
    out = tmp_path / "brief.pdf"
    args = ("--text", "Our own view.", "--item", "proposal-11", "--item", "stat-corruption-crimes-convicted-persons")
    result = run(workspace, "brief", *args, "--item", "chart-table-1", "--item", "section-5-p1", "-o", str(out))
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())
    assert "Your text" in flat and "Our own view." in flat
    assert "monitoring of procurements of natural monopolies" in flat
    assert "1,021 persons" in flat and "Section 1, para. 5" in flat
    assert "Source: National Report on Combating Corruption, Kazakhstan, 2020, Section 5, para. 1" in flat
    assert "Sources" in flat and "page 1 of" in flat


def test_a_long_briefing_opens_with_a_linked_contents_page_a_short_one_does_not(
    tmp_path: Path, workspace: Path
) -> None:
    import pypdf

    long_pdf, short_pdf = tmp_path / "long.pdf", tmp_path / "short.pdf"
    sections = [a for n in (1, 5, 9) for a in ("--item", f"section-{n}@full")]
    assert run(workspace, "brief", *sections, "-o", str(long_pdf)).returncode == 0
    assert run(workspace, "brief", "--item", "proposal-11", "-o", str(short_pdf)).returncode == 0
    long_reader, short_reader = pypdf.PdfReader(long_pdf), pypdf.PdfReader(short_pdf)
    assert len(long_reader.pages) > 3 and len(short_reader.pages) <= 3
    first = " ".join(long_reader.pages[0].extract_text().split())
    assert "Contents" in first
    assert any("/Annots" in page for page in long_reader.pages[:2])  # its entries link to their pages
    assert "Contents" not in " ".join(short_reader.pages[0].extract_text().split())


def test_brief_to_excel_types_every_figure_as_the_dataset_has_it(
    tmp_path: Path, workspace: Path, dataset: Dataset
) -> None:
    import openpyxl

    out = tmp_path / "brief.xlsx"
    items = ["stat-corruption-crimes-convicted-persons", "stat-antikor-ortalygy-service-centers", "table-1"]
    result = run(workspace, "brief", *[a for item in items for a in ("--item", item)], "-o", str(out))
    assert result.returncode == 0, result.stderr
    book = openpyxl.load_workbook(out)
    assert book.sheetnames[0] == "Figures" and any(name.startswith("Table 1") for name in book.sheetnames)
    figures = book["Figures"]
    assert figures.freeze_panes == "A2"
    header = [cell.value for cell in figures[1]]
    value_column = next(i for i, title in enumerate(header) if title and title.startswith("Value"))
    rows = [row for row in figures.iter_rows(min_row=2, values_only=True) if row[value_column] is not None]
    assert len(rows) == 2
    expected = {dataset.by_id[item].value for item in items[:2]}  # type: ignore[union-attr]
    assert {row[value_column] for row in rows} == expected
    assert all(isinstance(row[value_column], (int, float)) for row in rows)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_converts_the_word_briefing_with_its_headings_and_figures(tmp_path: Path, workspace: Path) -> None:
    out = tmp_path / "brief.docx"
    items = ("--item", "proposal-11", "--item", "stat-corruption-crimes-convicted-persons", "--item", "chart-table-1")
    assert run(workspace, "brief", "--title", "For the minister", *items, "-o", str(out)).returncode == 0
    converted = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",  # its own profile: another soffice may run
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path / "pdf"),
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert converted.returncode == 0, converted.stderr
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "pdf" / "brief.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.split())
    assert "For the minister" in flat and "Proposal 11" in flat and "1,021 persons" in flat
    assert "Sources and citations" in flat


def test_a_title_page_holds_the_title_alone(tmp_path: Path, workspace: Path) -> None:
    import pypdf

    plain, titled = tmp_path / "plain.pdf", tmp_path / "titled.pdf"
    items = ("--title", "For the minister", "--item", "proposal-11")
    assert run(workspace, "brief", *items, "-o", str(plain)).returncode == 0
    assert run(workspace, "brief", *items, "--title-page", "-o", str(titled)).returncode == 0
    plain_pages, titled_pages = pypdf.PdfReader(plain).pages, pypdf.PdfReader(titled).pages
    assert len(titled_pages) == len(plain_pages) + 1
    first = " ".join(titled_pages[0].extract_text().split())
    assert "For the minister" in first and "monitoring of procurements" not in first
    assert "monitoring of procurements" in " ".join(titled_pages[1].extract_text().split())

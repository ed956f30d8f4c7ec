"""Printouts as PDF: what a reader finds on the pages, read back with pypdf."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
from pathlib import Path

import pypdf
import pytest

from kzdesk import __version__
from kzdesk.core.charts import all_charts
from kzdesk.core.model import Dataset
from kzdesk.core.summary import SummaryError, SummaryRequest
from kzdesk.gui.printing import pdf
from kzdesk.gui.printing.layout import PagedDocument, PrintError

CITATION = f"National Report on Combating Corruption, Kazakhstan, 2020 — kzdesk {__version__}"
TABLE_1 = [
    "Anti-Corruption Service 1,717 1,632 -5%",
    "Ministry of Internal Affairs 269 342 +27%",
    "National Security Committee 128 89 -30%",
    "Prosecution bodies 65 78 +20%",
    "Economic Investigation Service 21 21 0%",
]
PRINTED_ON = dt.date(2026, 3, 9)


def page_texts(path: Path) -> list[str]:
    # pypdf separates the words of a Qt PDF with tabs and newlines: compare with single spaces.
    return [" ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages]


class Printout:
    def __init__(self, dataset: Dataset, request: SummaryRequest, path: Path, page_size: str = "A4") -> None:
        self.request = request
        # The pages as laid out, and the PDF painted from exactly that layout.
        self.layout: PagedDocument = pdf.layout_request(dataset, request, page_size)
        path.write_bytes(pdf.pdf_bytes(self.layout, PRINTED_ON))
        self.pages = len(self.layout.pages)
        self.path = path
        self.texts = page_texts(path)
        self.text = " ".join(self.texts)


@pytest.fixture(scope="module")
def printouts(qapp: object, dataset: Dataset, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Printout]:
    folder = tmp_path_factory.mktemp("printouts")
    requests = {
        "section-1": SummaryRequest("section", section="section-1"),
        "proposals": SummaryRequest("proposals"),
        "land": SummaryRequest("proposals", theme="land"),
        "statistics": SummaryRequest("statistics"),
        "report": SummaryRequest("report"),
    }
    return {name: Printout(dataset, request, folder / f"{name}.pdf") for name, request in requests.items()}


def test_section_summary_has_title_exact_table_figures_and_citation(printouts: dict[str, Printout]) -> None:
    printout = printouts["section-1"]
    assert printout.pages == len(printout.texts) >= 2
    assert "1. Criminal law statistics" in printout.texts[0]
    assert "1,021 persons were convicted of committing corruption crimes." in printout.text
    for row in TABLE_1:
        assert row in printout.text
    assert "Taking bribe 649 568 -12.5%" in printout.text and "Giving bribe 440 624 +41.8%" in printout.text
    for number, text in enumerate(printout.texts, start=1):
        assert CITATION in text
        assert f"page {number} of {printout.pages}" in text
        assert "Printed 2026-03-09" in text
        assert "Section summary" in text and "1. Criminal law statistics" in text  # the running header
    reader = pypdf.PdfReader(printout.path)
    assert reader.metadata.title == "Section summary — 1. Criminal law statistics"


def test_every_table_cell_is_printed_as_the_report_prints_it(printouts: dict[str, Printout], dataset: Dataset) -> None:
    for name in ("section-1", "statistics", "report"):
        text = printouts[name].text
        for table in dataset.tables:
            assert f"Table {table.number}. {table.title}" in text
            for row in table.rows:
                assert " ".join((row.label, *row.cells)) in text, (name, row.label)


def _content(path: Path, page: int) -> bytes:
    return pypdf.PdfReader(path).pages[page].get_contents().get_data()


def test_charts_are_vector_drawings_with_values_and_sources(printouts: dict[str, Printout], dataset: Dataset) -> None:
    # A section summary prints no charts (it says where they are); the full report and the statistics do.
    for name, charts in (("report", all_charts(dataset)), ("statistics", all_charts(dataset))):
        printout = printouts[name]
        bars_on_page: dict[int, int] = {}
        for number, page in enumerate(printout.layout.pages):
            for placement in page.placements:
                chart = placement.item.block.chart
                if chart is not None and chart.kind == "bars":  # a line chart's points are stroked and filled
                    bars_on_page[number] = bars_on_page.get(number, 0) + sum(len(s.values) for s in chart.series)
        assert sum(1 for p in printout.layout.pages for x in p.placements if x.item.block.chart) == len(charts)
        for number, bars in bars_on_page.items():
            # Each bar is a filled path in the page's content stream ("… l h f"), not an image.
            content = _content(printout.path, number)
            assert len(re.findall(rb"(?<![\w.])f\*?\n", content)) >= bars
            assert b"/Image" not in content and b" Do\n" not in content
        for chart in charts:
            assert chart.title in printout.text
        assert (
            "Source: National Report on Combating Corruption in the Republic of Kazakhstan, 2020, Section 1, para. 3"
            in (printout.text)
        )
    if any(c.has_derived for c in all_charts(dataset)):
        assert "† Derived value (hatched bar, hollow point)" in printouts["statistics"].text


def test_the_bundled_font_is_embedded(printouts: dict[str, Printout]) -> None:
    for printout in printouts.values():
        reader = pypdf.PdfReader(printout.path)
        seen = set()
        for page in reader.pages:
            for font in page["/Resources"]["/Font"].values():
                font = font.get_object()
                seen.add(str(font["/BaseFont"]))
                descendant = font["/DescendantFonts"][0].get_object()
                assert "/FontFile2" in descendant["/FontDescriptor"].get_object()
        assert seen <= {"/NotoSans-Regular", "/NotoSans-Bold"} and "/NotoSans-Regular" in seen


def test_proposals_are_numbered_as_in_the_report(printouts: dict[str, Printout], dataset: Dataset) -> None:
    text = printouts["proposals"].text
    # Each proposal's opening is in the contents page too: the last occurrence is the proposal itself.
    positions = [text.rindex(f"{p.number}) {' '.join(p.text.split()[:6])}") for p in dataset.proposals]
    assert positions == sorted(positions)
    land = printouts["land"].text
    for proposal in dataset.proposals:
        start = f"{proposal.number}) {' '.join(proposal.text.split()[:5])}"
        assert (start in land) == ("land" in proposal.themes)
    assert "theme: Land and real estate" in land


def test_proposals_matching_a_query_and_no_others(qapp: object, dataset: Dataset, tmp_path: Path) -> None:
    search = pytest.importorskip("kzdesk.core.search", reason="the search engine is not in this checkout")
    path = tmp_path / "customs.pdf"
    pdf.write_pdf(dataset, SummaryRequest("proposals", query="customs"), path)
    text = " ".join(page_texts(path))
    hits = {h.id for h in search.SearchIndex.from_dataset(dataset).search("customs", kind="proposal", limit=40).hits}
    assert {"proposal-35", "proposal-37"} <= hits
    for proposal in dataset.proposals:
        start = f"{proposal.number}) {' '.join(proposal.text.split()[:5])}"
        assert (start in text) == (proposal.id in hits), proposal.id
    assert "search: “customs”" in text


def test_matched_words_are_bold(qapp: object, dataset: Dataset) -> None:
    pytest.importorskip("kzdesk.core.search", reason="the search engine is not in this checkout")
    paged = pdf.layout_request(dataset, SummaryRequest("proposals", query="customs"))
    html = next(x.item.block.html for p in paged.pages for x in p.placements if x.item.block.key == "proposal-37")
    assert re.search(r"<b>customs</b>", html, re.IGNORECASE)


def test_statistics_lists_every_figure_with_its_source(printouts: dict[str, Printout], dataset: Dataset) -> None:
    text = printouts["statistics"].text
    rows = {
        x.item.block.key
        for p in printouts["statistics"].layout.pages
        for x in p.placements
        if x.item.block.kind == "row"
    }
    for stat in dataset.statistics:
        if stat.table is None:
            assert stat.id in rows
    assert "Figures stated in the report" in text or not any(s.table is None for s in dataset.statistics)


def test_report_table_of_contents_points_to_the_right_pages(printouts: dict[str, Printout], dataset: Dataset) -> None:
    printout = printouts["report"]
    contents = printout.texts[0] + " " + printout.texts[1]
    for section in dataset.sections:
        heading = f"{section.number}. {section.title}" if section.number is not None else section.title
        match = re.search(re.escape(heading) + r" (\d+)", contents)
        assert match, heading
        page = int(match.group(1))
        assert page == printout.layout.anchors[section.id]
        assert heading in printout.texts[page - 1]


def test_paragraphs_broken_across_pages_are_printed_once(printouts: dict[str, Printout], dataset: Dataset) -> None:
    printout = printouts["report"]
    broken = [x for p in printout.layout.pages for x in p.placements if x.top > 0 and x.item.block.kind == "paragraph"]
    assert broken, "the whole report breaks some paragraph across pages"
    # Compared without spaces: a line may end after the hyphen of "Anti-Corruption".
    printed = "".join(printout.text.split())
    report = "".join(p.text for s in dataset.sections for p in s.paragraphs)
    report = "".join(report.split())
    for section in dataset.sections:
        for paragraph in section.paragraphs:
            if paragraph.kind == "text":
                for words in (paragraph.text.split()[:8], paragraph.text.split()[-8:]):
                    # As often as the report says it: a line cut at a page end is not also drawn, clipped, on the next.
                    assert printed.count("".join(words)) == report.count("".join(words)), paragraph.id


def test_no_row_or_heading_is_split_or_left_alone(printouts: dict[str, Printout]) -> None:
    for printout in printouts.values():
        pages = printout.layout.pages
        for number, page in enumerate(pages):
            for placement in page.placements:
                item = placement.item
                if not item.block.splittable:
                    assert placement.top == 0 and placement.bottom == item.height, item.block.key
            if number < len(pages) - 1:
                assert not page.placements[-1].item.block.keep_with_next, page.placements[-1].item.block.key


def _long_dataset(dataset: Dataset, extra: int) -> Dataset:
    anchor = dataset.statistics[0]
    synthetic = tuple(
        dataclasses.replace(
            anchor,
            id=f"stat-synthetic-{n:03d}",
            indicator=f"Synthetic indicator {n:03d} with a label long enough to wrap over two lines of the table",
            value_text=f"figure-{n:03d}",
            table=None,
            row=None,
            series="",
            section="section-2",
        )
        for n in range(extra)
    )
    return dataclasses.replace(dataset, statistics=dataset.statistics + synthetic)


def test_rows_of_a_long_table_stay_whole_and_the_header_repeats(qapp: object, dataset: Dataset, tmp_path: Path) -> None:
    # Uncurated (no summaries.toml), the section summary lists every figure of the section: a long table.
    data = dataclasses.replace(_long_dataset(dataset, 120), digests=())
    path = tmp_path / "long.pdf"
    pages = pdf.write_pdf(data, SummaryRequest("section", section="section-2"), path)
    texts = page_texts(path)
    on_pages = [[i for i, t in enumerate(texts) if f"Synthetic indicator {n:03d}" in t] for n in range(120)]
    assert len({p[0] for p in on_pages}) >= 3  # the table runs over several pages
    for n, found in enumerate(on_pages):
        assert len(found) == 1
        # The row's last words and its figure are on the page where it starts.
        assert f"{n:03d} with a label long enough to wrap over two lines of the table figure-{n:03d}" in texts[found[0]]
    continued = [t for t in texts if "Headline figures (continued) Indicator Figure Year Source" in t]
    assert len(continued) >= 2
    assert pages == len(texts)


def test_markup_in_the_dataset_prints_as_text(qapp: object, dataset: Dataset, tmp_path: Path) -> None:
    hostile = "<b>bold</b> & <i>x</i> <script>alert(1)</script> $title"
    proposals = (dataclasses.replace(dataset.proposals[0], text=hostile),) + dataset.proposals[1:]
    sections = tuple(
        dataclasses.replace(s, title="Criminal <u>law</u> statistics") if s.id == "section-1" else s
        for s in dataset.sections
    )
    data = dataclasses.replace(dataset, proposals=proposals, sections=sections)
    path = tmp_path / "markup.pdf"
    pdf.write_pdf(data, SummaryRequest("proposals"), path)
    assert "1) <b>bold</b> & <i>x</i> <script>alert(1)</script> $title" in " ".join(page_texts(path))
    pdf.write_pdf(data, SummaryRequest("section", section="section-1"), path)
    assert "1. Criminal <u>law</u> statistics" in page_texts(path)[0]


def test_letter_and_a4_pages(qapp: object, dataset: Dataset, tmp_path: Path) -> None:
    request = SummaryRequest("section", section="section-13")
    for size, box in (("A4", (595, 842)), ("Letter", (612, 792)), ("letter", (612, 792))):
        path = tmp_path / f"{size}.pdf"
        pdf.write_pdf(dataset, request, path, size)
        page = pypdf.PdfReader(path).pages[0]
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == box
    with pytest.raises(PrintError, match="unknown page size 'A5'"):
        pdf.write_pdf(dataset, request, tmp_path / "a5.pdf", "A5")
    assert not (tmp_path / "a5.pdf").exists()


def test_bad_output_paths_leave_nothing(qapp: object, dataset: Dataset, tmp_path: Path) -> None:
    request = SummaryRequest("section", section="section-13")
    cases = {
        tmp_path / "missing" / "out.pdf": "does not exist",
        tmp_path: "is a folder",
        tmp_path / "out.txt": "must end in .pdf",
    }
    for path, message in cases.items():
        with pytest.raises(pdf.OutputPathError, match=message):
            pdf.write_pdf(dataset, request, path)
    assert sorted(p.name for p in tmp_path.iterdir()) == []
    with pytest.raises(SummaryError):
        pdf.write_pdf(dataset, SummaryRequest("section", section="section-99"), tmp_path / "x.pdf")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into a read-only folder")
def test_read_only_folder(qapp: object, dataset: Dataset, tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(pdf.OutputPathError, match="no permission"):
            pdf.write_pdf(dataset, SummaryRequest("proposals"), folder / "out.pdf")
    finally:
        folder.chmod(0o700)


def test_a_failed_write_leaves_no_file(
    qapp: object, dataset: Dataset, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(b"the old file")

    def full_disk(handle: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pdf.os, "fsync", full_disk)
    with pytest.raises(PrintError, match="No space left on device"):
        pdf.write_pdf(dataset, SummaryRequest("section", section="section-13"), target)
    assert target.read_bytes() == b"the old file"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


# --- the main window's dialogs ------------------------------------------------------------------


@pytest.fixture
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *rest: shown.append(f"{title}: {text}"))
    return shown


def _choose_file(monkeypatch: pytest.MonkeyPatch, path: str, chosen_filter: str = "PDF, A4 (*.pdf)") -> list[str]:
    from PySide6.QtWidgets import QFileDialog

    offered: list[str] = []

    def choose(parent: object, caption: str, start: str, filters: str, *rest: object) -> tuple[str, str]:
        offered.extend([start, filters])
        return path, chosen_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    return offered


def test_save_as_pdf_writes_the_chosen_file_and_paper(
    qtbot: object, context: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, message_boxes: list[str]
) -> None:
    from kzdesk.gui.printing import dialogs

    offered = _choose_file(monkeypatch, str(tmp_path / "statistics"), "PDF, US Letter (*.pdf)")
    dialogs.save_as_pdf(None, context, SummaryRequest("statistics"))
    assert offered[0].endswith("kzdesk-statistics.pdf") and "US Letter" in offered[1]
    written = tmp_path / "statistics.pdf"  # ".pdf" is added when the name lacks it
    assert message_boxes == []
    page = pypdf.PdfReader(written).pages[0]
    assert round(float(page.mediabox.height)) == 792
    assert "Statistics" in page_texts(written)[0]


def test_save_as_pdf_reports_a_bad_path_in_a_message_box(
    qtbot: object, context: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, message_boxes: list[str]
) -> None:
    from kzdesk.gui.printing import dialogs

    folder = tmp_path / "out"
    folder.mkdir()
    _choose_file(monkeypatch, str(folder / "missing" / "out.pdf"))
    dialogs.save_as_pdf(None, context, SummaryRequest("section", section="section-1"))
    assert len(message_boxes) == 1 and "does not exist" in message_boxes[0]
    assert list(folder.iterdir()) == []
    _choose_file(monkeypatch, "")  # the user closed the file dialog
    dialogs.save_as_pdf(None, context, SummaryRequest("section", section="section-1"))
    assert len(message_boxes) == 1


def test_cancelling_the_progress_leaves_no_file(
    qtbot: object, context: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, message_boxes: list[str]
) -> None:
    from PySide6.QtWidgets import QProgressDialog

    from kzdesk.gui.printing import dialogs

    folder = tmp_path / "out"
    folder.mkdir()
    _choose_file(monkeypatch, str(folder / "report.pdf"))
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    dialogs.save_as_pdf(None, context, SummaryRequest("report"))
    assert message_boxes == [] and list(folder.iterdir()) == []


def test_print_preview_paints_the_same_pages_as_the_pdf(
    qtbot: object,
    context: object,
    dataset: Dataset,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: list[str],
) -> None:
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from kzdesk.gui.printing import dialogs

    printed = tmp_path / "printed.pdf"

    def print_to_file(dialog: QPrintPreviewDialog) -> int:
        # What the preview's Print button does, with a PDF printer instead of paper.
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        dialog.paintRequested.emit(printer)
        return 1

    monkeypatch.setattr(QPrintPreviewDialog, "exec", print_to_file)
    request = SummaryRequest("section", section="section-1")
    dialogs.print_with_preview(None, context, request)
    assert message_boxes == []
    saved = tmp_path / "saved.pdf"
    pdf.write_pdf(dataset, request, saved)
    assert page_texts(printed) == page_texts(saved)


def test_chart_bars_stand_on_the_zero_line_in_proportion(qapp: object) -> None:
    from kzdesk.core.charts import ChartData, ChartSeries
    from kzdesk.gui.printing.chart_painter import format_value, plot

    chart = ChartData(
        id="chart-test",
        title="A change that went down, then up",
        categories=("2018", "2019", "2020", "a category with a long name that wraps"),
        series=(
            ChartSeries("change", (-12.5, 0.0, 41.8, 10.0), ("a", "b", "c", "d"), (False, False, True, False)),
            ChartSeries("other", (3.0, 4.0, 5.0, 6.0), ("e", "f", "g", "h"), (False,) * 4),
        ),
        unit="%",
        section="section-1",
        sources=("section-1-p4",),
    )
    layout = plot(chart, 480, "Source: test")
    assert len(layout.bars) == 8 and layout.low < 0 < layout.high
    area = layout.geometry.plot
    per_unit = area.height() / (layout.high - layout.low)
    for bar in layout.bars:
        assert area.contains(bar.rect)
        edge = bar.rect.top() if bar.value <= 0 else bar.rect.bottom()  # a zero is a hairline on the zero line
        assert edge == pytest.approx(layout.zero)
        assert bar.rect.height() == pytest.approx(max(abs(bar.value) * per_unit, 0.3))
    assert [b.derived for b in layout.bars if b.series == 0] == [False, False, True, False]
    lefts = [b.rect.left() for b in layout.bars]
    assert lefts == sorted(lefts)  # categories left to right, series side by side
    assert format_value(-12.5, "%") == "−12.5%" and format_value(1717, "crimes") == "1,717"


def _table_layout(filler_lines: int, rows: int) -> PagedDocument:
    """A page of ``filler_lines`` one-line paragraphs, then a heading and a table of ``rows`` rows with its source."""
    from kzdesk.gui.printing.layout import Block, PageGeometry, paginate
    from kzdesk.gui.printing.render import Column, grid, heading, stylesheet

    blocks = [Block(f"<p>Filler line {n}</p>", kind="paragraph", key=f"filler-{n}") for n in range(filler_lines)]
    blocks.append(heading("Headline figures"))
    table_rows = [(f"row-{n}", (f"Indicator {n}", f"{n},000")) for n in range(rows)]
    blocks += grid((Column("Indicator", 70), Column("Figure", 30)), table_rows, continued="Headline figures")
    blocks.append(Block("<p>Source: the report</p>", kind="source", key="source", space_before=3))
    return paginate("Test", blocks, PageGeometry.for_size("A4"), stylesheet())


def _pages_of(layout: PagedDocument, kind: str) -> list[list[str]]:
    return [[p.item.block.key for p in page.placements if p.item.block.kind == kind] for page in layout.pages]


def test_a_short_table_moves_to_the_next_page_whole_with_its_heading(qapp: object) -> None:
    # For every filler length, the page ends somewhere before, in or after the table.
    moved = 0
    for filler in range(24, 42):
        layout = _table_layout(filler, rows=4)
        rows = [keys for keys in _pages_of(layout, "row") if keys]
        assert rows == [["row-0", "row-1", "row-2", "row-3"]], (filler, rows)
        page = next(i for i, keys in enumerate(_pages_of(layout, "row")) if keys)
        headings = [k for k in _pages_of(layout, "heading")[page]]
        sources = _pages_of(layout, "source")[page]
        assert headings == ["Headline figures"] and sources == ["source"], filler  # heading, table, source: one page
        moved += page == 1
    assert moved >= 5  # the filler pushed the table to the next page for several lengths


def test_a_long_table_breaks_with_two_rows_or_more_on_each_side(qapp: object) -> None:
    for filler in range(20, 42):
        layout = _table_layout(filler, rows=60)
        counts = [len(keys) for keys in _pages_of(layout, "row") if keys]
        assert sum(counts) == 60
        assert len(counts) >= 2 and min(counts) >= 2, (filler, counts)
        last = max(i for i, keys in enumerate(_pages_of(layout, "row")) if keys)
        assert _pages_of(layout, "source")[last] == ["source"], filler  # the source line is not alone on a page
        first = min(i for i, keys in enumerate(_pages_of(layout, "row")) if keys)
        assert "Headline figures" in _pages_of(layout, "heading")[first]

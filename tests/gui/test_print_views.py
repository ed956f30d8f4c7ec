"""Printouts of what a tab shows, with an outline and linked contents: read back with pypdf."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt

from kzdesk.core.model import Dataset
from kzdesk.core.summary import SummaryRequest, source_label
from kzdesk.gui.printing import pdf
from kzdesk.gui.tabs.statistics import StatisticsTab

# A figure row ends in its source; a derivation cites "(Section 2, para. 1)" in brackets, which is not a row.
ROW_SOURCE = re.compile(r"(?<!\()(?:Section \d+|Introduction), para\. \d+(?!\))")


def text_of(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages)


def outline_of(reader: pypdf.PdfReader) -> list[tuple[int, str, int]]:
    """(depth, title, 1-based page) of every outline entry, in order."""
    found: list[tuple[int, str, int]] = []

    def walk(items: list, depth: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                found.append((depth, item.title, reader.get_destination_page_number(item) + 1))

    walk(reader.outline, 0)
    return found


@pytest.fixture
def statistics_tab(qtbot, context):  # noqa: ANN001, ANN201
    tab = StatisticsTab(context)
    qtbot.addWidget(tab)
    return tab


def test_a_filtered_sorted_statistics_view_prints_its_rows_in_its_order(
    statistics_tab: StatisticsTab, dataset: Dataset, tmp_path: Path
) -> None:
    tab = statistics_tab
    tab.text_filter.setText("crimes")
    tab.proxy.sort(tab.model.VALUE, Qt.SortOrder.DescendingOrder)
    shown = tab.proxy.rowCount()
    assert 0 < shown < len(dataset.statistics)
    request = tab.print_request()
    out = tmp_path / "figures.pdf"
    pdf.write_pdf(dataset, request, out)
    text = text_of(out)
    assert f"{shown} of {len(dataset.statistics)} figures" in text
    body = text.split("in the order shown", 1)[1]
    assert len(ROW_SOURCE.findall(body)) == shown
    by_id = {s.id: s for s in dataset.statistics}
    sources = [source_label(dataset, by_id[i].paragraph) for i in request.ids]
    assert ROW_SOURCE.findall(body) == sources  # the view's order, row by row


def test_an_empty_view_prints_no_rows(statistics_tab: StatisticsTab, dataset: Dataset, tmp_path: Path) -> None:
    statistics_tab.text_filter.setText("zzzz-no-such-figure")
    request = statistics_tab.print_request()
    assert request.ids == ()
    out = tmp_path / "none.pdf"
    pdf.write_pdf(dataset, request, out)
    text = text_of(out)
    assert f"0 of {len(dataset.statistics)} figures" in text and "No figures to print" in text


def test_the_whole_report_has_an_outline_and_linked_contents(qapp: object, dataset: Dataset, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    pages = pdf.write_pdf(dataset, SummaryRequest("report"), out)
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) == pages
    outline = outline_of(reader)
    paged = pdf.layout_request(dataset, SummaryRequest("report"))
    for section in dataset.sections:
        heading = f"{section.number}. {section.title}" if section.number is not None else section.title
        entries = [e for e in outline if e[1] == heading and e[0] == 0]
        assert entries, heading
        page = entries[0][2]
        assert page == paged.anchors[section.id]
        assert heading in " ".join(reader.pages[page - 1].extract_text().split())
    assert any(depth == 1 for depth, _, _ in outline)  # sub-headings nest under their section
    # Every contents entry is a link to the page it names.
    links = []
    for number, page in enumerate(reader.pages):
        for annotation in page.get("/Annots") or []:
            annotation = annotation.get_object()
            if annotation.get("/Subtype") == "/Link":
                target = reader.get_page_number(annotation["/Dest"][0].get_object()) if "/Dest" in annotation else None
                links.append((number, target, [float(v) for v in annotation["/Rect"]]))
    assert len(links) == len(paged.anchors) == len(dataset.sections) + 2  # sections, sources, abbreviations
    targets = sorted(t + 1 for _, t, _ in links)
    assert targets == sorted(paged.anchors.values())
    assert all(number < 2 for number, _, _ in links)  # on the contents page(s)


@pytest.mark.parametrize(
    ("request_", "expect"),
    [
        (SummaryRequest("legislation"), ["Legislation", "Legal changes", "Source documents"]),
        (SummaryRequest("projects"), ["Projects"]),
        (SummaryRequest("glossary"), ["List of abbreviations"]),
        (SummaryRequest("section", section="section-5", full_text=True), ["5. ", "Full text"]),
    ],
)
def test_every_printout_has_an_outline(
    qapp: object, dataset: Dataset, tmp_path: Path, request_: SummaryRequest, expect: list[str]
) -> None:
    out = tmp_path / "out.pdf"
    pdf.write_pdf(dataset, request_, out)
    reader = pypdf.PdfReader(out)
    titles = [title for _, title, _ in outline_of(reader)]
    for wanted in expect:
        assert any(title.startswith(wanted) for title in titles), (wanted, titles)
    for _, title, page in outline_of(reader):
        # Each entry opens the page that shows it (titles wrap, so compare the first words).
        # A glossary entry is "TERM — meaning"; the page shows the two in cells, without the dash.
        first_words = " ".join([word for word in title.split() if word != "—"][:3])
        assert first_words in " ".join(reader.pages[page - 1].extract_text().split()), title


def test_legislation_items_are_bookmarked_under_their_heading(qapp: object, dataset: Dataset, tmp_path: Path) -> None:
    out = tmp_path / "legislation.pdf"
    pdf.write_pdf(dataset, SummaryRequest("legislation"), out)
    outline = outline_of(pypdf.PdfReader(out))
    items = [title for depth, title, _ in outline if depth == 1]
    assert len(items) == len(dataset.acts) + len(dataset.documents)


def margin_words(path: Path, body_left: float) -> list[tuple[int, str, float, str]]:
    """(page, word, baseline, first word of the body line beside it) of each word printed left of the body text.

    From ``pdftotext -bbox``: every word with its box, in points from the page's top-left corner."""
    xml = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    found = []
    for number, page in enumerate(re.findall(r"<page .*?</page>", xml, re.DOTALL), start=1):
        words = [
            (float(x0), float(bottom), float(x1), html.unescape(text))
            for x0, x1, bottom, text in re.findall(
                r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', page
            )
        ]
        # (xMin, yMax, xMax, text): the margin's words end left of the text's left edge.
        for _x0, bottom, x1, text in words:
            if x1 < body_left - 2:
                beside = [w for w in words if w[0] >= body_left - 0.5 and abs(w[1] - bottom) < 4]
                first = min(beside, key=lambda w: w[0])[3] if beside else ""
                found.append((number, text, bottom, first))
    return found


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_full_text_paragraph_numbers_are_in_the_left_margin_once(
    qapp: object, dataset: Dataset, tmp_path: Path
) -> None:
    section = dataset.section("section-5")
    out = tmp_path / "section-5.pdf"
    pdf.write_pdf(dataset, SummaryRequest("section", section="section-5", full_text=True), out)
    body_left = pdf.PageGeometry.for_size("A4").left
    margin = margin_words(out, body_left)
    numbers = [source_label(dataset, p.id).rsplit("para. ", 1)[1] for p in section.paragraphs]
    # Every paragraph's number, each once, in report order, and nothing else in the margin.
    assert [text for _page, text, _y, _first in margin] == numbers
    for paragraph, (_page, number, _y, first) in zip(section.paragraphs, margin, strict=True):
        if paragraph.kind in {"text", "heading"}:
            # Beside the paragraph's first line (pdftotext may split a word at a hyphen or quote).
            assert paragraph.text.split()[0].startswith(first), (number, first, paragraph.text[:40])
    text = text_of(out)
    assert "(section-" not in text and "section-5-p" not in text


def test_a_chart_alone_prints_landscape(qapp: object, dataset: Dataset, tmp_path: Path) -> None:
    from kzdesk.core.charts import all_charts

    chart = all_charts(dataset)[0]
    out = tmp_path / "chart.pdf"
    pages = pdf.write_pdf(dataset, SummaryRequest("chart", ids=(chart.id,)), out)
    reader = pypdf.PdfReader(out)
    assert pages == 1
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)
    assert chart.title in text_of(out)


def link_targets(reader: pypdf.PdfReader) -> list[int]:
    """1-based target pages of the link annotations, in page order."""
    targets = []
    for page in reader.pages:
        for annotation in page.get("/Annots") or []:
            annotation = annotation.get_object()
            if annotation.get("/Subtype") == "/Link":
                targets.append(reader.get_page_number(annotation["/Dest"][0].get_object()) + 1)
    return targets


@pytest.mark.parametrize(
    ("kind", "headings"), [("statistics", ["Tables", "Charts"]), ("legislation", ["Legal changes", "Source documents"])]
)
def test_long_printouts_have_linked_contents(
    qapp: object, dataset: Dataset, tmp_path: Path, kind: str, headings: list[str]
) -> None:
    out = tmp_path / f"{kind}.pdf"
    pdf.write_pdf(dataset, SummaryRequest(kind), out)
    reader = pypdf.PdfReader(out)
    targets = link_targets(reader)
    assert len(targets) >= len(headings)
    pages = {title: page for depth, title, page in outline_of(reader) if depth == 0}
    for heading in headings:
        assert pages[heading] in targets  # the contents line opens the page the heading is on
    charts = [title for depth, title, _ in outline_of(reader) if depth == 1]
    if kind == "statistics":
        from kzdesk.core.charts import all_charts

        assert {c.title for c in all_charts(dataset)} <= set(charts)  # each chart is bookmarked


def links_of(reader: pypdf.PdfReader) -> list[tuple[int, int, tuple[float, float, float, float]]]:
    """(1-based page the link is on, 1-based page it opens, its rectangle) of every link annotation."""
    found = []
    for number, page in enumerate(reader.pages, start=1):
        for annotation in page.get("/Annots") or []:
            annotation = annotation.get_object()
            if annotation.get("/Subtype") == "/Link":
                rect = tuple(float(v) for v in annotation["/Rect"])
                found.append((number, reader.get_page_number(annotation["/Dest"][0].get_object()) + 1, rect))
    return found


@pytest.mark.parametrize(
    ("request_", "items"),
    [
        (SummaryRequest("projects"), lambda d: [p.name for p in d.projects]),
        (SummaryRequest("glossary"), lambda d: [t.term for t in d.glossary]),
        (SummaryRequest("proposals"), lambda d: [f"{p.number})" for p in d.proposals]),
        (SummaryRequest("section", section="section-5", full_text=True), None),
    ],
)
def test_every_long_listing_has_a_linked_contents_page(
    qapp: object, dataset: Dataset, tmp_path: Path, request_: SummaryRequest, items: object
) -> None:
    out = tmp_path / "out.pdf"
    pages = pdf.write_pdf(dataset, request_, out)
    reader = pypdf.PdfReader(out)
    assert pages == len(reader.pages) > 2
    outline = [(depth, title, page) for depth, title, page in outline_of(reader)]
    entries = [e for e in outline[1:] if e[1] != "Contents"]  # the title, then the contents page's own entry
    links = links_of(reader)
    # One link per item, all on the contents page(s) before the first item, each to its item's page,
    # in the outline's order; the text of each item is on the page the link opens.
    assert len(links) == len(entries) >= 2
    first_item_page = min(page for _d, _t, page in entries)
    assert all(on < first_item_page for on, _target, _rect in links)
    assert [target for _on, target, _rect in links] == [page for _d, _t, page in entries]
    contents = " ".join(" ".join(reader.pages[n].extract_text().split()) for n in range(first_item_page - 1))
    assert "Contents" in contents
    for (_on, target, rect), (_depth, title, _page) in zip(links, entries, strict=True):
        assert rect[2] > rect[0] and rect[3] > rect[1]
        first_words = " ".join([word for word in title.split() if word != "—"][:3])
        assert first_words in " ".join(reader.pages[target - 1].extract_text().split()), title
    if callable(items):
        titles = [title for _d, title, _p in entries]
        expected = items(dataset)
        assert len(titles) == len(expected)
        assert all(title.startswith(item) for title, item in zip(titles, expected, strict=True))


def test_a_one_page_listing_has_no_contents_page(qapp: object, dataset: Dataset, tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    assert pdf.write_pdf(dataset, SummaryRequest("projects", query="digital"), out) == 1
    reader = pypdf.PdfReader(out)
    assert links_of(reader) == [] and "Contents" not in reader.pages[0].extract_text()
    assert len(outline_of(reader)) >= 2  # still an outline: the title and each project

"""Every section's summary, printed to PDF, is a summary: at most two pages, at most 40 % of the
section's words in 3–7 key points (fewer only where the section is too short for three), each
the report's own sentence once, none opening on a reference to text not shown, every point and
headline figure cited to a paragraph that exists."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pypdf
import pytest

from kzdesk.core.model import Dataset
from kzdesk.core.summary import SummaryRequest, section_summary, sentence_spans, source_label
from kzdesk.core.summary_rules import (
    MAX_PAGES,
    MAX_POINTS,
    MAX_WORD_SHARE,
    fewest_points,
    points_back,
    word_count,
)
from kzdesk.gui.printing import pdf

SECTIONS = ["section-introduction", *(f"section-{n}" for n in range(1, 14)), "section-conclusions"]


def _squeezed(text: str) -> str:
    # pypdf breaks lines (and hyphenated words) with whitespace: compare without any.
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("section_id", SECTIONS)
def test_section_summary_is_a_summary(qapp: object, section_id: str, dataset: Dataset, tmp_path: Path) -> None:
    section = dataset.section(section_id)
    summary = section_summary(dataset, section_id)
    layout = pdf.layout_request(dataset, SummaryRequest("section", section=section_id), "A4")
    path = tmp_path / f"{section_id}.pdf"
    path.write_bytes(pdf.pdf_bytes(layout, dt.date(2026, 3, 9)))
    pages = pypdf.PdfReader(path).pages
    assert 1 <= len(pages) <= MAX_PAGES, section_id
    printed = _squeezed(" ".join(page.extract_text() for page in pages))

    assert summary.paragraphs == ()  # a summary, not the full text
    sentences = [p.text[a:b] for p in section.paragraphs if p.kind == "text" for a, b in sentence_spans(p.text)]
    section_words = sum(word_count(p.text) for p in section.paragraphs)
    points = summary.key_points
    assert fewest_points([word_count(s) for s in sentences], section_words) <= len(points) <= MAX_POINTS
    assert sum(word_count(p.text) for p in points) <= MAX_WORD_SHARE * section_words
    assert len({p.text for p in points}) == len(points)

    order = []
    for point in points:
        paragraph = dataset.paragraph(point.paragraph)  # the cited paragraph exists …
        assert dataset.section_of_paragraph[point.paragraph] is section  # … in this section
        assert point.text in sentences and point.text in paragraph.text  # a whole sentence, verbatim
        assert point.source == source_label(dataset, point.paragraph)
        assert printed.count(_squeezed(point.text)) == 1, point.text  # printed, and printed once
        assert _squeezed(point.source) in printed
        order.append(sentences.index(point.text))
    assert order == sorted(order)
    for index, point in enumerate(points):
        if points_back(point.text):  # "Thus, …" only right after the sentence it points back to
            assert index > 0 and order[index - 1] == order[index] - 1, point.text

    for figure in summary.key_figures:
        stat = dataset.by_id[figure.id]
        assert stat.section == section_id and stat.value_text in dataset.paragraph(stat.paragraph).text
        assert figure.source == source_label(dataset, stat.paragraph)
        # A headline figure adds to the points instead of repeating one.
        assert not any(p.paragraph == stat.paragraph and stat.value_text in p.text for p in points)
        assert _squeezed(figure.figure) in printed
    if summary.figures_total > 1:
        assert _squeezed(f"All {summary.figures_total} figures of this section") in printed
    for proposal in summary.proposals:
        assert _squeezed(f"{proposal.number}) ") in printed and _squeezed(proposal.source) in printed


def test_a_point_that_introduces_a_list_says_where_the_list_is(dataset: Dataset) -> None:
    (first, *_rest) = section_summary(dataset, "section-4").key_points
    assert first.text.endswith("9 issues were considered:")
    assert first.note == "the list follows in paras. 2–10"


def test_the_conclusions_summary_lists_all_proposals_one_line_each(dataset: Dataset) -> None:
    summary = section_summary(dataset, "section-conclusions")
    assert [p.number for p in summary.proposals] == list(range(1, 41))
    from kzdesk.gui.printing.summary_blocks import LINE_CHARS, one_line

    for proposal in summary.proposals:
        line = one_line(proposal.text)
        assert len(line) <= LINE_CHARS
        assert line.removesuffix(" …") in " ".join(proposal.text.split())


def test_a_section_too_short_for_three_points_has_as_many_as_fit(dataset: Dataset) -> None:
    # Section 13: 143 words, so 57 at 40 %; its sentences hold 13, 33, 45 and 52 words. Three
    # cannot fit (91), two can (46): the rule asks for two, not one.
    section = dataset.section("section-13")
    sentences = [p.text[a:b] for p in section.paragraphs if p.kind == "text" for a, b in sentence_spans(p.text)]
    section_words = sum(word_count(p.text) for p in section.paragraphs)
    assert section_words == 143
    assert sorted(word_count(s) for s in sentences) == [13, 33, 45, 52]
    assert fewest_points([word_count(s) for s in sentences], section_words) == 2
    assert len(section_summary(dataset, "section-13").key_points) == 2
    assert fewest_points([10, 10, 10, 10], 100) == 3
    assert fewest_points([30, 30, 30], 60) == 1

"""Summary content: extractive, in report order, complete, and cited — without Qt."""

from __future__ import annotations

import dataclasses
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kzdesk.core.charts import all_charts, charts_for_section
from kzdesk.core.model import Dataset
from kzdesk.core.summary import (
    SectionSummary,
    SummaryError,
    SummaryRequest,
    build_summary,
    key_points,
    proposals_summary,
    report_summary,
    section_summary,
    sentence_spans,
    source_label,
    statistics_summary,
)


@pytest.fixture(scope="module")
def tables_only(dataset: Dataset) -> Dataset:
    """The dataset as it was before the figures outside the tables were curated."""
    return dataclasses.replace(dataset, statistics=tuple(s for s in dataset.statistics if s.table is not None))


@pytest.fixture(scope="module")
def uncurated(dataset: Dataset) -> Dataset:
    """The dataset without summaries.toml: summaries fall back to every sentence that states a figure."""
    return dataclasses.replace(dataset, digests=())


def _position(dataset: Dataset, paragraph_id: str, text: str) -> tuple[int, int]:
    section = dataset.section_of_paragraph[paragraph_id]
    index = [p.id for p in section.paragraphs].index(paragraph_id)
    return index, dataset.paragraph(paragraph_id).text.index(text)


@pytest.mark.parametrize("which", ["full", "tables_only"])
def test_section_1_key_points_are_the_reports_sentences_with_figures(
    which: str, dataset: Dataset, tables_only: Dataset
) -> None:
    data = dataset if which == "full" else tables_only
    summary = section_summary(data, "section-1")
    assert summary.heading == "1. Criminal law statistics"
    texts = [p.text for p in summary.key_points]
    assert "1,021 persons were convicted of committing corruption crimes." in texts
    assert any(t.startswith("The Agency recovered KZT 50.7 billion") for t in texts)
    for point in summary.key_points:
        # Verbatim, from a text paragraph of the section, and carrying a digit or a stated figure.
        paragraph = data.paragraph(point.paragraph)
        assert point.text in paragraph.text
        assert paragraph.kind == "text" and data.section_of_paragraph[point.paragraph].id == "section-1"
        assert re.search(r"\d", point.text)
        assert point.source == source_label(data, point.paragraph)
        for start, end in point.figures:
            assert 0 <= start < end <= len(point.text)
    order = [_position(data, p.paragraph, p.text) for p in summary.key_points]
    assert order == sorted(order)
    # The figure-free heading-like caption is not a key point.
    assert not any(t.startswith("Figure 1.") for t in texts)


def test_key_points_mark_the_stated_figures(dataset: Dataset) -> None:
    (point,) = [p for p in key_points(dataset, dataset.section("section-1")) if p.text.startswith("1,021 persons")]
    assert [point.text[s:e] for s, e in point.figures][0].startswith("1,021")


def test_key_points_take_named_projects_and_legal_changes(uncurated: Dataset) -> None:
    summary = section_summary(uncurated, "section-5")
    reasons = {r for p in summary.key_points for r in p.reasons}
    assert {"project", "legal change"} <= reasons
    acts = [a for a in uncurated.acts if uncurated.section_of_paragraph[a.paragraph].id == "section-5"]
    assert acts
    for act in acts:
        text = uncurated.paragraph(act.paragraph).text
        described = range(text.index(act.description), text.index(act.description) + len(act.description))
        chosen = [p for p in summary.key_points if p.paragraph == act.paragraph]
        # Some chosen sentence overlaps the words that describe the legal change.
        assert any(
            text.index(p.text) < described.stop and described.start < text.index(p.text) + len(p.text) for p in chosen
        )


def test_section_lists_what_it_mentions(dataset: Dataset) -> None:
    summary = section_summary(dataset, "section-5")
    assert {m.id for m in summary.projects} == {p.id for p in dataset.projects if "section-5" in p.sections}
    assert {m.id for m in summary.acts} == {a.id for a in dataset.acts if "section-5" in a.sections}
    assert [p.id for p in summary.proposals] == [p.id for p in dataset.proposals if "section-5" in p.related]
    cited = {c.document for p in dataset.section("section-5").paragraphs for c in p.citations}
    assert {d.id for d in summary.documents} == cited
    document_7 = next(d for d in summary.documents if d.id == "document-7")
    assert "Section 5, para. 1" in document_7.cited_in


def test_key_figures_are_the_sections_statistics_outside_its_tables(uncurated: Dataset, tables_only: Dataset) -> None:
    summary = section_summary(uncurated, "section-1")
    expected = [s for s in uncurated.statistics if s.section == "section-1" and s.table is None]
    assert [f.id for f in summary.key_figures] == [s.id for s in expected]
    for figure, stat in zip(summary.key_figures, expected, strict=True):
        assert figure.unit == stat.unit
        if not stat.derived:
            assert figure.figure == stat.value_text
            assert figure.figure in uncurated.paragraph(stat.paragraph).text
    assert [t.id for t in summary.tables] == ["table-1", "table-2"]
    assert [c.id for c in summary.charts] == [c.id for c in charts_for_section(uncurated, "section-1")]
    assert section_summary(tables_only, "section-1").key_figures == ()


def test_derived_figures_show_the_computed_value(uncurated: Dataset) -> None:
    derived = [s for s in uncurated.statistics if s.derived and s.table is None]
    if not derived:
        pytest.skip("the dataset states no derived figure")
    stat = derived[0]
    figure = next(f for f in section_summary(uncurated, stat.section).key_figures if f.id == stat.id)
    assert figure.derived and figure.derivation == stat.derivation
    assert float(figure.figure.replace(",", "").replace("−", "-")) == pytest.approx(stat.value)


def test_a_section_without_figures_is_printed_in_full(uncurated: Dataset) -> None:
    summary = section_summary(uncurated, "section-introduction")
    assert summary.key_points == () and not summary.full_text
    assert [p.id for p in summary.paragraphs] == [p.id for p in uncurated.section("section-introduction").paragraphs]


def test_full_text_keeps_tables_and_charts_in_place(dataset: Dataset) -> None:
    summary = section_summary(dataset, "section-1", full_text=True)
    assert summary.full_text and summary.key_points == ()
    assert [p.text for p in summary.paragraphs] == [p.text for p in dataset.section("section-1").paragraphs]
    by_id = {p.id: p for p in summary.paragraphs}
    assert by_id["section-1-p3"].table is not None and by_id["section-1-p3"].table.number == 1
    assert "chart-table-1" in [c.id for c in by_id["section-1-p3"].charts]
    placed = [c.id for p in summary.paragraphs for c in p.charts]
    assert sorted(placed) == sorted(c.id for c in charts_for_section(dataset, "section-1"))


def test_every_section_has_a_summary(dataset: Dataset) -> None:
    for section in dataset.sections:
        summary = build_summary(dataset, SummaryRequest("section", section=section.id))
        assert isinstance(summary, SectionSummary)
        assert summary.key_points or summary.paragraphs


def test_bad_requests_say_what_is_wrong(dataset: Dataset) -> None:
    with pytest.raises(SummaryError, match="no section with id 'section-99'"):
        build_summary(dataset, SummaryRequest("section", section="section-99"))
    with pytest.raises(SummaryError, match="needs a section"):
        build_summary(dataset, SummaryRequest("section"))
    with pytest.raises(SummaryError, match="unknown summary kind"):
        build_summary(dataset, SummaryRequest("poster"))
    with pytest.raises(SummaryError, match="unknown theme 'weather'"):
        proposals_summary(dataset, theme="weather")
    with pytest.raises(SummaryError, match="no proposal with id 'proposal-99'"):
        proposals_summary(dataset, proposal_ids=("proposal-99",))


def test_proposals_all_by_theme_and_selected(dataset: Dataset) -> None:
    everything = proposals_summary(dataset)
    assert [e.number for e in everything.entries] == list(range(1, 41))
    assert everything.filters == () and everything.total == 40
    assert all(e.highlights == () for e in everything.entries)
    land = proposals_summary(dataset, theme="land")
    assert land.entries and [e.id for e in land.entries] == [p.id for p in dataset.proposals if "land" in p.themes]
    assert any("Land and real estate" in f for f in land.filters)
    chosen = proposals_summary(dataset, proposal_ids=("proposal-12", "proposal-3"))
    assert [e.number for e in chosen.entries] == [3, 12]  # numbered and ordered as in the report


def test_proposals_by_query_mark_the_matched_words(dataset: Dataset) -> None:
    pytest.importorskip("kzdesk.core.search", reason="the search engine is not in this checkout")
    result = proposals_summary(dataset, query="customs")
    numbers = [e.number for e in result.entries]
    assert {35, 37} <= set(numbers)  # "customs border inspections", "customs inspection of container transit trains"
    assert 19 not in numbers and 23 not in numbers  # judicial standards; the status of the SMG
    assert numbers == sorted(numbers)
    for entry in result.entries:
        if "customs" in entry.text:
            assert any(entry.text[s:e].casefold().startswith("custom") for s, e in entry.highlights)
    both = proposals_summary(dataset, query="customs", theme="digitalization")
    assert [e.number for e in both.entries] == [
        n for n in numbers if "digitalization" in dataset.by_id[f"proposal-{n}"].themes
    ]


def test_statistics_summary_has_every_table_chart_and_figure(dataset: Dataset, tables_only: Dataset) -> None:
    summary = statistics_summary(dataset)
    assert [t.number for t in summary.tables] == [1, 2]
    assert [c.id for c in summary.charts] == [c.id for c in all_charts(dataset)]
    listed = [f.id for g in summary.groups for f in g.figures]
    assert listed == [s.id for s in dataset.statistics if s.table is None]
    assert all(
        f.source.startswith(("Section", "Introduction", "Conclusions")) for g in summary.groups for f in g.figures
    )
    small = statistics_summary(tables_only)
    assert small.groups == () and [c.id for c in small.charts] == ["chart-table-1", "chart-table-2"]


def test_report_summary_has_every_paragraph_once(dataset: Dataset) -> None:
    summary = report_summary(dataset)
    assert [s.id for s in summary.sections] == [s.id for s in dataset.sections]
    printed = [p.id for s in summary.sections for p in s.paragraphs]
    assert printed == [p.id for s in dataset.sections for p in s.paragraphs]
    assert [d.number for d in summary.documents] == sorted(d.number for d in summary.documents)
    assert {d.id for d in summary.documents} <= {d.id for d in dataset.documents}
    assert len(summary.glossary) == len(dataset.glossary)


def test_source_labels(dataset: Dataset) -> None:
    assert source_label(dataset, "section-1-p3") == "Section 1, para. 3"
    assert source_label(dataset, "section-introduction-p2") == "Introduction, para. 2"
    assert source_label(dataset, "section-conclusions-p9") == "Conclusions, para. 9"


def test_sentences_do_not_break_at_abbreviations_and_keep_their_citation() -> None:
    text = (
        "The Decree dated December 29, 2015 No. 154 was adopted. Minutes of Tokayev K. K. were cited [7, p. 13]. "
        "Figures rose by 2.4% in 2020. Last"
    )
    sentences = [text[s:e] for s, e in sentence_spans(text)]
    assert sentences == [
        "The Decree dated December 29, 2015 No. 154 was adopted.",
        "Minutes of Tokayev K. K. were cited [7, p. 13].",
        "Figures rose by 2.4% in 2020.",
        "Last",
    ]


@given(st.text(alphabet=st.sampled_from(list("Ab1. ,[]”?!p")), max_size=80))
def test_sentence_spans_cover_the_text_in_order(text: str) -> None:
    spans = sentence_spans(text)
    position = 0
    for start, end in spans:
        assert position <= start < end <= len(text)
        assert text[position:start].strip() == ""
        position = end
    assert text[position:].strip() == ""


def test_numbers_that_are_not_figures_do_not_make_key_points(dataset: Dataset) -> None:
    # The Introduction names a decree (No. 154), its date and COVID-19, and states no figure.
    assert key_points(dataset, dataset.section("section-introduction")) == ()

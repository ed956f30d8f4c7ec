"""Reader-facing labels: one way to write a citation, a paragraph, a number and a plural."""

from __future__ import annotations

import html
from collections.abc import Iterator
from typing import NamedTuple

import pytest

from kzdesk.core import labels
from kzdesk.core.labels import (
    citation,
    counted,
    escape,
    fold,
    fold_aligned,
    format_number,
    format_quantity,
    format_value,
    full_citation,
    kind_counted,
    paragraph_label,
    paragraph_number,
    place_label,
    plural,
    section_heading,
    section_label,
    set_plural_hook,
    shown_of,
)
from kzdesk.core.model import Dataset
from kzdesk.core.references import Kind, Ref
from kzdesk.core.summary import source_label


class Edition(NamedTuple):
    """Anything with a title, a year and a citation title is a ReportInfo (kzdesk's Edition is one)."""

    title: str
    year: int
    citation_title: str = ""


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    yield
    set_plural_hook(None)


def test_citations_are_written_as_the_printouts_write_them(dataset: Dataset) -> None:
    report = dataset.report
    assert citation(report) == "National Report on Combating Corruption, Kazakhstan, 2020"
    assert citation(report, "Section 5, para. 3") == (
        "National Report on Combating Corruption, Kazakhstan, 2020, Section 5, para. 3"
    )
    assert citation(report, Ref("2020", "section-5-p3")) == citation(report, "Section 5, para. 3")
    assert citation(report, Ref("2020", "proposal-12")) == (
        "National Report on Combating Corruption, Kazakhstan, 2020, Proposal 12"
    )
    assert full_citation(report, "Section 1, para. 3") == (
        "National Report on Combating Corruption in the Republic of Kazakhstan, 2020, Section 1, para. 3"
    )


def test_a_citation_takes_the_year_from_the_edition_it_is_given() -> None:
    later = Edition(
        "National Report on Combating Corruption in the Republic of Kazakhstan, 2021",
        2021,
        "National Report on Combating Corruption, Kazakhstan",
    )
    assert citation(later, "Proposal 1") == "National Report on Combating Corruption, Kazakhstan, 2021, Proposal 1"
    untitled = Edition("A report without a citation title", 2022)  # the full title stands in
    assert citation(untitled) == "A report without a citation title, 2022"
    assert full_citation(later, "") == later.title


def test_one_paragraph_label_for_screen_and_paper(dataset: Dataset) -> None:
    assert paragraph_label("section-5-p3") == "Section 5, para. 3"
    assert paragraph_label("section-introduction-p2", "Introduction") == "Introduction, para. 2"
    assert paragraph_label("section-conclusions-p2") == "Conclusions, para. 2"
    assert paragraph_label("stat-x") == "stat-x"  # not a paragraph: as it is
    for section in dataset.sections:
        for paragraph in section.paragraphs[:3]:
            assert source_label(dataset, paragraph.id) == paragraph_label(paragraph.id, section.title)
    assert paragraph_number("Section 5, para. 3") == "3" and paragraph_number("Table 1") == ""
    assert section_label("section-13") == "Section 13" and section_label("section-introduction") == "Introduction"
    assert section_heading(dataset.section("section-5")).startswith("5. ")
    assert place_label(Ref("2020", "table-2")) == "Table 2" and place_label(Ref("2020", "act-x")) == "act-x"


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (1717, "1,717"),
        (1717.0, "1,717"),
        (0, "0"),
        (-0.0, "0"),
        (22.7, "22.7"),
        (22.70, "22.7"),
        (0.5, "0.5"),
        (-2.4, "−2.4"),
        (-1500, "−1,500"),
        (1234567.25, "1,234,567.25"),
        (2.125, "2.12"),
        (3.999, "4"),
        (float("nan"), ""),
    ],
)
def test_numbers_as_the_report_prints_them(value: float, text: str) -> None:
    assert format_number(value) == text


def test_values_with_their_units() -> None:
    assert format_value(-12.5, "%") == "−12.5%" and format_value(1717, "crimes") == "1,717"
    assert format_quantity(624, "crimes") == "624 crimes" and format_quantity(50.7, "%") == "50.7%"
    assert format_quantity(3, "") == "3" and format_value(float("nan"), "%") == ""


def test_english_plurals() -> None:
    assert counted(1, "paragraph") == "1 paragraph"
    assert counted(0, "paragraph") == "0 paragraphs" and counted(2, "paragraph") == "2 paragraphs"
    assert counted(-1, "degree") == "−1 degrees"
    assert counted(1717, "figure") == "1,717 figures"
    assert counted(2, "legal change", "legal changes") == "2 legal changes"
    assert counted(3, "abbreviation", "abbreviations") == "3 abbreviations"
    assert kind_counted(1, Kind.STATISTIC) == "1 figure" and kind_counted(5, Kind.ACT) == "5 legal changes"
    assert shown_of(12, 300, Kind.STATISTIC) == "12 of 300 figures"
    assert shown_of(1, 1, Kind.PROJECT) == "1 of 1 project"


def test_plurals_go_through_the_hook_a_translation_layer_replaces() -> None:
    # Russian-style rules: 1, 21 → one; 2–4, 22–24 → few; else many. The hook gets the English forms.
    forms = {"paragraph": ("абзац", "абзаца", "абзацев")}

    def russian(count: int, singular: str, _plural: str) -> str:
        one, few, many = forms[singular]
        if count % 10 == 1 and count % 100 != 11:
            return one
        if 2 <= count % 10 <= 4 and not 12 <= count % 100 <= 14:
            return few
        return many

    set_plural_hook(russian)
    assert [counted(n, "paragraph") for n in (1, 2, 5, 11, 21, 22)] == [
        "1 абзац",
        "2 абзаца",
        "5 абзацев",
        "11 абзацев",
        "21 абзац",
        "22 абзаца",
    ]
    assert plural(3, "paragraph") == "абзаца"
    set_plural_hook(None)
    assert labels.plural_hook is labels.english_plural and counted(2, "paragraph") == "2 paragraphs"


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Kómek", "komek"),
        ("Ko\u0301mek", "komek"),
        ("ЁЛКА", "елка"),
        ("Straße", "strasse"),
        ("ADAL", "adal"),
        ("Ashyq Býudjet", "ashyq byudjet"),
    ],
)
def test_folding(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_aligned_folding_keeps_every_character_where_it_was() -> None:
    for text in ("Kómek and Ёлка", "Straße 5", "plain ascii", "Ko\u0301mek"):
        assert len(fold_aligned(text)) == len(text)
    assert fold_aligned("Kómek Ёлка") == "komek елка"
    assert fold_aligned("ABC") == "abc"


@pytest.mark.parametrize("text", ["<b>\"Tom\" & 'Jerry'</b>", "plain", "a < b > c", ""])
def test_escaping_is_html_escape(text: str) -> None:
    assert escape(text) == html.escape(text)


def test_dates_are_iso_in_english_and_day_first_where_the_interface_translates_them() -> None:
    from datetime import date, datetime

    assert labels.format_date(date(2026, 12, 3)) == "2026-12-03"
    assert labels.format_date("2026-12-03T18:40:00+00:00") == "2026-12-03"
    assert labels.format_date(datetime(2027, 1, 9, 8, 5)) == "2027-01-09"
    assert labels.format_date("next spring") == "next spring"  # the user's own words, kept
    try:
        labels.set_translate_hook(
            lambda context, text, d, n: "{day}.{month}.{year}" if text == "{year}-{month}-{day}" else text
        )
        assert labels.format_date(date(2026, 12, 3)) == "03.12.2026"
    finally:
        labels.set_translate_hook(None)

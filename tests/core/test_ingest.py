"""The report parser and the deterministic dataset build."""

from __future__ import annotations

import pytest

from kzdesk.core.edition_description import EditionDescription
from kzdesk.ingest.build import build_edition, dataset_to_json
from kzdesk.ingest.report import ReportFormatError, ReportShape, parse_citations, parse_report
from kzdesk.resources import data_path


@pytest.fixture(scope="module")
def shape(edition_2020: EditionDescription) -> ReportShape:
    return ReportShape.from_table(edition_2020.shape, "edition.toml")


def test_committed_dataset_equals_a_fresh_build(edition_2020: EditionDescription) -> None:
    built = dataset_to_json(build_edition(edition_2020))
    assert edition_2020.output == data_path("dataset.json")
    assert data_path("dataset.json").read_text(encoding="utf-8") == built


def test_build_is_deterministic(edition_2020: EditionDescription) -> None:
    first = dataset_to_json(build_edition(edition_2020))
    assert first == dataset_to_json(build_edition(edition_2020))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[3, p. 121, 124, 125; 7, p. 5, 7]", [(3, "p. 121, 124, 125"), (7, "p. 5, 7")]),
        ("[2, p. 21; 4]", [(2, "p. 21"), (4, "")]),
        ("[4, initiatives 4.16, 4.19]", [(4, "initiatives 4.16, 4.19")]),
        ("[7, p.14]", [(7, "p.14")]),
        ("[5]", [(5, "")]),
        ("no reference here (and [a bracket])", []),
    ],
)
def test_parse_citations(text: str, expected: list[tuple[int, str]]) -> None:
    assert [(c.document, c.locator) for c in parse_citations(text)] == expected


def test_sections_and_paragraph_kinds(report_text: str, shape: ReportShape) -> None:
    report = parse_report(report_text, shape)
    assert [s.key for s in report.sections] == ["introduction", *map(str, range(1, 14)), "conclusions"]
    section1 = report.sections[1]
    assert [p.kind for p in section1.paragraphs][:4] == ["text", "figure", "table", "table"]
    assert report.sections[11].title == "Implementation of the Action Plan for Anti-Corruption Strategy"


def test_unexpected_structure_fails_loudly(report_text: str, shape: ReportShape) -> None:
    with pytest.raises(ReportFormatError):
        parse_report("Preface\n" + report_text, shape)
    with pytest.raises(ReportFormatError):
        parse_report(report_text.replace("\n7. Anti-corruption measures", "\nAnti-corruption measures"), shape)

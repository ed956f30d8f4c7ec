"""The report parser and the deterministic dataset build."""

from __future__ import annotations

import pytest

from kzdesk.ingest.build import build_dataset, dataset_to_json
from kzdesk.ingest.report import ReportFormatError, parse_citations, parse_report
from kzdesk.resources import data_path


def test_committed_dataset_equals_a_fresh_build(report_text: str) -> None:
    built = dataset_to_json(build_dataset(report_text, data_path("annotations")))
    assert data_path("dataset.json").read_text(encoding="utf-8") == built


def test_build_is_deterministic(report_text: str) -> None:
    first = dataset_to_json(build_dataset(report_text, data_path("annotations")))
    assert first == dataset_to_json(build_dataset(report_text, data_path("annotations")))


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


def test_sections_and_paragraph_kinds(report_text: str) -> None:
    report = parse_report(report_text)
    assert [s.key for s in report.sections] == ["introduction", *map(str, range(1, 14)), "conclusions"]
    section1 = report.sections[1]
    assert [p.kind for p in section1.paragraphs][:4] == ["text", "figure", "table", "table"]
    assert report.sections[11].title == "Implementation of the Action Plan for Anti-Corruption Strategy"


def test_unexpected_structure_fails_loudly(report_text: str) -> None:
    with pytest.raises(ReportFormatError):
        parse_report("Preface\n" + report_text)
    with pytest.raises(ReportFormatError):
        parse_report(report_text.replace("\n7. Anti-corruption measures", "\nAnti-corruption measures"))

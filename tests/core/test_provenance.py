"""Every fact in the dataset is traceable to the report paragraph it cites."""

from __future__ import annotations

import re
import tomllib

import pytest

from kzdesk.core.model import Dataset
from kzdesk.ingest.build import parse_number
from kzdesk.resources import data_path

NUMBER_TOKEN = re.compile(r"\d[\d,.:]*\d|\d")
YEAR_TOKEN = re.compile(r"^(199\d|20[0-3]\d)$")
CITATION = re.compile(r"\[\d[^\[\]]*\]")
WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "hundred": 100, "thousand": 1000,
    "half": 0.5, "halved": 0.5, "twice": 2, "doubled": 2, "thirty": 30,
}  # fmt: skip


def test_counts(dataset: Dataset) -> None:
    numbered = [s for s in dataset.sections if s.number is not None]
    assert [s.number for s in numbered] == list(range(1, 14))
    assert [s.id for s in dataset.sections][0] == "section-introduction"
    assert [s.id for s in dataset.sections][-1] == "section-conclusions"
    assert [p.number for p in dataset.proposals] == list(range(1, 41))
    assert [d.id for d in dataset.documents] == [f"document-{n}" for n in range(1, 8)]
    assert [len(t.rows) for t in dataset.tables] == [5, 5]
    # 22 from the report's list of abbreviations, 10 the text uses without listing (issue 11)
    assert len([t for t in dataset.glossary if t.listed]) == 22
    assert [t.term for t in dataset.glossary if not t.listed] == [
        "KZT", "MCI", "UNDP", "UNODC", "WJP", "OGP", "SWF", "PF", "COVID-19", "USA",
    ]  # fmt: skip


def test_no_bookmark_artefacts(dataset: Dataset) -> None:
    assert not any("[bookmark" in p.text for s in dataset.sections for p in s.paragraphs)


def test_proposals_are_verbatim(dataset: Dataset, report_text: str) -> None:
    lines = report_text.split("\n")
    for proposal in dataset.proposals:
        line = lines[dataset.paragraph(proposal.paragraph).line - 1].strip()
        assert line in (f"{proposal.number}) {proposal.text};", f"{proposal.number}) {proposal.text}.")


def test_paragraphs_are_verbatim(dataset: Dataset, report_text: str) -> None:
    lines = report_text.split("\n")
    for section in dataset.sections:
        for paragraph in section.paragraphs:
            if paragraph.kind != "table":
                assert paragraph.text in lines[paragraph.line - 1]


def test_tables_are_exact(dataset: Dataset) -> None:
    table1, table2 = dataset.tables
    assert table1.header == ("Subject", "2019", "2020", "Dynamics")
    assert [(r.label, *r.cells) for r in table1.rows] == [
        ("Anti-Corruption Service", "1,717", "1,632", "-5%"),
        ("Ministry of Internal Affairs", "269", "342", "+27%"),
        ("National Security Committee", "128", "89", "-30%"),
        ("Prosecution bodies", "65", "78", "+20%"),
        ("Economic Investigation Service", "21", "21", "0%"),
    ]
    assert [(r.label, *r.cells) for r in table2.rows] == [
        ("Taking bribe", "649", "568", "-12.5%"),
        ("Giving bribe", "440", "624", "+41.8%"),
        ("Fraud", "327", "316", "-3.3%"),
        ("Embezzlement of the entrusted property of others", "243", "268", "+10.3%"),
        ("Abuse of office", "283", "193", "-31.8%"),
    ]


def test_every_table_cell_is_a_figure(dataset: Dataset) -> None:
    """Each 2019/2020 cell is a count of crimes; each Dynamics cell a % as printed (issue 11)."""
    for table in dataset.tables:
        figures = {(s.row, s.value_text, s.unit) for s in dataset.statistics if s.table == table.number}
        for row in table.rows:
            *counts, change = row.cells
            assert {(row.label, c, "crimes") for c in counts} | {(row.label, change, "%")} <= figures
    dynamics = [s for s in dataset.statistics if s.id.endswith("-dynamics")]
    assert len(dynamics) == 10
    assert all(s.unit == "%" and not s.derived and not s.series and s.qualifier == "2020 vs 2019" for s in dynamics)
    assert dataset.by_id["stat-table-2-giving-bribe-dynamics"].value == 41.8
    assert dataset.by_id["stat-table-1-anti-corruption-service-dynamics"].value == -5
    assert dataset.by_id["stat-table-1-economic-investigation-service-dynamics"].value == 0


def test_unlisted_abbreviations_say_where_their_expansion_comes_from(dataset: Dataset) -> None:
    unlisted = {t.term: t for t in dataset.glossary if not t.listed}
    assert {t.source for t in unlisted.values()} == {"text", "standard"}
    for term in unlisted.values():
        assert term.term not in {t.term for t in dataset.glossary if t.listed}
        assert dataset.paragraph(term.paragraph) is not None
    # The report spells these out itself; the others get a plain standard expansion.
    assert unlisted["MCI"].source == "text" and "monthly calculation indices" in dataset.paragraph("section-9-p31").text
    assert unlisted["PF"].source == "text" and "public fund" in dataset.paragraph(unlisted["PF"].paragraph).text
    assert unlisted["UNDP"].definition == "United Nations Development Programme"
    assert unlisted["KZT"].source == "standard"
    assert all(t.listed and t.source == "list" for t in dataset.glossary if t.term in ("SMG", "GRECO"))


def test_every_statistic_occurs_in_its_paragraph(dataset: Dataset) -> None:
    for stat in dataset.statistics:
        paragraph = dataset.paragraph(stat.paragraph)
        assert stat.value_text in paragraph.text, stat.id
        assert dataset.section_of_paragraph[stat.paragraph].id == stat.section, stat.id


def test_statistic_values_match_their_text(dataset: Dataset) -> None:
    for stat in dataset.statistics:
        if stat.derived:
            continue
        digits = NUMBER_TOKEN.search(stat.value_text)
        if digits and ":" not in stat.value_text:
            number = parse_number(digits.group(0).rstrip(".,"))
            # "decreased by 2.4%" is stored as -2.4: the text gives the size, the words the sign.
            assert abs(stat.value) == pytest.approx(number), stat.id
            if stat.value_text.lstrip().startswith("-"):
                assert stat.value < 0, stat.id
        elif not digits:
            words = stat.value_text.lower().replace("-", " ").split()
            assert any(w in WORD_NUMBERS for w in words), f"{stat.id}: no number in {stat.value_text!r}"


def test_derived_values_say_how(dataset: Dataset) -> None:
    for stat in dataset.statistics:
        assert stat.derived == bool(stat.derivation), stat.id


def test_every_figure_in_the_text_is_a_statistic(dataset: Dataset) -> None:
    """Completeness: each number in a text paragraph is a statistic, a year, or listed as not one."""
    with data_path("annotations", "statistics.toml").open("rb") as handle:
        not_figures = tomllib.load(handle).get("not_a_statistic", [])
    by_paragraph: dict[str, list[str]] = {}
    for stat in dataset.statistics:
        by_paragraph.setdefault(stat.paragraph, []).append(stat.value_text)
    for entry in not_figures:
        assert entry["text"] in dataset.paragraph(entry["paragraph"]).text, entry
        by_paragraph.setdefault(entry["paragraph"], []).append(entry["text"])
    uncovered = []
    for section in dataset.sections:
        for paragraph in section.paragraphs:
            if paragraph.kind not in ("text", "proposal"):
                continue
            text = CITATION.sub(lambda m: " " * len(m.group(0)), paragraph.text)
            if paragraph.kind == "proposal":  # the list number "12)" is the proposal's number, not a figure
                text = re.sub(r"^\d+\)", lambda m: " " * len(m.group(0)), text)
            spans = [
                (m.start(), m.end())
                for covered in by_paragraph.get(paragraph.id, [])
                for m in re.finditer(re.escape(covered), text)
            ]
            for token in NUMBER_TOKEN.finditer(text):
                if YEAR_TOKEN.match(token.group(0)):
                    continue
                if not any(start <= token.start() and token.end() <= end for start, end in spans):
                    uncovered.append(f"{paragraph.id}: {token.group(0)}")
    assert not uncovered, uncovered


def test_projects_are_traceable(dataset: Dataset) -> None:
    assert len(dataset.projects) >= 25
    for project in dataset.projects:
        paragraph = dataset.paragraph(project.paragraph)
        assert project.description in paragraph.text, project.id
        assert project.paragraph in project.mentions, project.id
        assert set(project.sections) <= {s.id for s in dataset.sections}
        for stat in project.statistics:
            assert stat in dataset.by_id, (project.id, stat)


def test_acts_are_traceable(dataset: Dataset) -> None:
    assert len(dataset.acts) >= 20
    for act in dataset.acts:
        paragraph = dataset.paragraph(act.paragraph)
        assert act.description in paragraph.text, act.id
        assert act.citations == paragraph.citations


def test_named_projects_are_present(dataset: Dataset) -> None:
    names = {n.lower() for p in dataset.projects for n in (p.name, *p.aliases)}
    for expected in ("adaldyq alany", "adal bilim", "adal zhol", "sapaly zhol", "adal komek", "adal kómek"):
        assert expected in names


def test_proposals_are_annotated(dataset: Dataset) -> None:
    themes = {t.id for t in dataset.themes}
    assert 6 <= len(themes) <= 16
    for proposal in dataset.proposals:
        assert proposal.themes and set(proposal.themes) <= themes, proposal.id
        for ref in proposal.related:
            assert ref in dataset.by_id, (proposal.id, ref)


def test_documents_and_citations(dataset: Dataset) -> None:
    urls = {d.number: d.url for d in dataset.documents}
    assert urls[3] == "http://adilet.zan.kz/rus/docs/U2000000413"
    assert urls[6] is None and urls[7] is None
    doc3 = dataset.by_id["document-3"]
    assert "section-3-p2" in doc3.cited_by  # [3, p. 121, 124, 125; 7, p. 5, 7]
    for document in dataset.documents:
        assert document.cited_by, document.id
        for pid in document.cited_by:
            assert any(c.document == document.id for c in dataset.paragraph(pid).citations)


def test_glossary_keeps_both_ministry_spellings(dataset: Dataset) -> None:
    term = dataset.by_id["term-MDPIAI"]
    assert "MDDIAI" in term.aliases
    assert term.definition == "Ministry of Digital Development, Innovation and Aerospace Industry"

"""Typed references: every id in the dataset has exactly one kind and one owning tab; refs carry their edition."""

from __future__ import annotations

import pickle

import pytest

from kzdesk.core.charts import all_charts
from kzdesk.core.model import Act, Dataset, Document, Paragraph, Project, Proposal, Section, Statistic, Table, Term
from kzdesk.core.references import (
    KINDS,
    Kind,
    Ref,
    kind_of,
    owner_of,
    paragraph_order,
    paragraph_parts,
    section_order,
)

KIND_OF_ENTITY = {
    Section: Kind.SECTION,
    Paragraph: Kind.PARAGRAPH,
    Proposal: Kind.PROPOSAL,
    Statistic: Kind.STATISTIC,
    Table: Kind.TABLE,
    Project: Kind.PROJECT,
    Act: Kind.ACT,
    Document: Kind.DOCUMENT,
    Term: Kind.TERM,
}
TAB_KEYS = {"report", "statistics", "legislation", "projects", "proposals"}


def test_every_id_in_the_dataset_has_its_entity_s_kind_and_an_owning_tab(dataset: Dataset) -> None:
    checked = 0
    for entity_id, entity in dataset.by_id.items():
        expected = KIND_OF_ENTITY.get(type(entity))
        if expected is None:  # themes: labels of a filter, named without a prefix, never opened
            assert kind_of(entity_id) is None
            continue
        assert kind_of(entity_id) is expected, entity_id
        assert owner_of(entity_id) == KINDS[expected].owner in TAB_KEYS
        checked += 1
    assert checked > 600
    assert {type(entity) for entity in dataset.by_id.values()} >= set(KIND_OF_ENTITY)


def test_every_chart_id_is_a_chart_the_statistics_tab_opens(dataset: Dataset) -> None:
    charts = all_charts(dataset)
    assert charts
    for chart in charts:
        assert kind_of(chart.id) is Kind.CHART and owner_of(chart.id) == "statistics"


def test_the_kinds_table_covers_every_kind_once() -> None:
    assert set(KINDS) == set(Kind)
    for kind, info in KINDS.items():
        assert info.kind is kind and info.prefix.endswith("-") and info.singular and info.plural
    assert KINDS[Kind.STATISTIC].counted(1) == "1 figure" and KINDS[Kind.ACT].counted(3) == "3 legal changes"


@pytest.mark.parametrize(
    "target",
    [
        "",
        "section",
        "section-",
        "section-0",
        "section-5-p0",
        "section-5-p",
        "sectionx-5",
        "stat",
        "stat-",
        "statistic-1",
        "proposal-x",
        "table-",
        "glossary",
        "criminal-law",
        "5",
        "Section 5, para. 3",
        "STAT-cpi",
    ],
)
def test_anything_else_has_no_kind(target: str) -> None:
    assert kind_of(target) is None and owner_of(target) is None


def test_section_and_paragraph_ids_are_told_apart() -> None:
    assert kind_of("section-5") is Kind.SECTION and kind_of("section-conclusions") is Kind.SECTION
    assert kind_of("section-5-p3") is Kind.PARAGRAPH and kind_of("section-introduction-p7") is Kind.PARAGRAPH
    assert paragraph_parts("section-5-p3") == ("section-5", 3)
    assert paragraph_parts("section-conclusions-p48") == ("section-conclusions", 48)
    assert paragraph_parts("section-5") is None and paragraph_parts("stat-x-p3") is None


def test_report_order_of_sections_and_paragraphs(dataset: Dataset) -> None:
    ids = [s.id for s in dataset.sections]
    assert sorted(ids, key=section_order) == ids
    paragraphs = [p.id for s in dataset.sections for p in s.paragraphs]
    assert sorted(paragraphs, key=paragraph_order) == paragraphs


def test_text_form_round_trips(dataset: Dataset) -> None:
    for entity_id in list(dataset.by_id)[:200]:
        if kind_of(entity_id) is None:
            continue
        ref = Ref("2020", entity_id)
        assert ref.text() == f"2020:{entity_id}" == str(ref)
        assert Ref.parse(ref.text(), "1999") == ref
        assert Ref.parse(entity_id, "2020") == ref  # a bare id is one of the default edition
        assert ref.kind is kind_of(entity_id) and ref.owner == owner_of(entity_id)


def test_a_reference_of_another_edition_is_never_this_one_s() -> None:
    this, other = Ref("2020", "section-5-p3"), Ref("2021", "section-5-p3")
    assert this != other and hash(this) != hash(other)
    assert len({this, other, Ref("2020", "section-5-p3")}) == 2
    assert this != "2020:section-5-p3" and this != "section-5-p3"  # not equal to its text either
    assert Ref.parse("2021:section-5-p3", "2020") == other
    assert other.bare("2020") == "2021:section-5-p3" and this.bare("2020") == "section-5-p3"


def test_references_are_immutable_values() -> None:
    ref = Ref("2020", "proposal-3")
    with pytest.raises(AttributeError):
        ref.id = "proposal-4"  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(ref)) == ref
    assert repr(ref) == "Ref('2020', 'proposal-3')"


@pytest.mark.parametrize("text", ["", ":", "2020:", ":section-5", "2020:nothing-5", "glossary", "a:b:section-5"])
def test_parse_refuses_what_is_no_reference_and_says_what_it_got(text: str) -> None:
    with pytest.raises(ValueError, match="not a reference") as raised:
        Ref.parse(text, "2020")
    assert repr(text.strip()) in str(raised.value) or repr(text) in str(raised.value)
    assert Ref.maybe(text, "2020") is None


def test_stored_values_are_read_leniently() -> None:
    assert Ref.maybe(None, "2020") is None and Ref.maybe(12, "2020") is None
    assert Ref.maybe("section-5-p3", "2020") == Ref("2020", "section-5-p3")
    # A tab's own pages (the list of abbreviations) are references without a kind.
    assert Ref.maybe("glossary", "2020", any_kind=True) == Ref("2020", "glossary")
    assert Ref("2020", "glossary").kind is None and Ref("2020", "glossary").owner is None


TRICKY = [
    "section-5",
    "section-05",
    "section-0",
    "section-introduction",
    "section-Introduction",
    "section-5-p3",
    "section-5-p03",
    "section-5-p",
    "section-5-p3-p4",
    "section-introduction-p1",
    "section--p1",
    "section-5p3",
    "stat-",
    "stat-a",
    "stat--a",
    "stat-a-",
    "stat-A",
    "stat-a_b",
    "stat-ä",
    "stat-a b",
    "table-1",
    "table-01",
    "table-1a",
    "term-COVID-19",
    "term-_x",
    "term-x_y",
    "term-é",
    "chart-table-1",
    "document-7",
    "document-١",
    "proposal-40",
    "proposal-4.0",
    "project-x",
    "act-",
    "act-a1",
]


def test_the_id_checks_agree_with_the_patterns_they_state(dataset: Dataset) -> None:
    """The checks run without regular expressions (start-up); the patterns are what other code builds on."""
    import re

    for target in [*dataset.by_id, *(c.id for c in all_charts(dataset)), *TRICKY]:
        for info in KINDS.values():
            assert info.matches(target) == bool(re.fullmatch(info.pattern, target)), (info.kind, target)


def test_importing_references_compiles_no_regular_expression() -> None:
    import subprocess
    import sys

    code = "import sys\nimport kzdesk.core.references as r\nr.kind_of('section-5-p3')\nprint('re' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"  # neither the import nor a lookup needs re

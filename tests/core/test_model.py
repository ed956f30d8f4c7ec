"""The entities behave as frozen dataclasses: immutable, compared and hashed field by field."""

from __future__ import annotations

import dataclasses

import pytest

from kzdesk.core.model import Citation, Dataset, Term, Theme


def test_entities_compare_and_hash_by_their_fields(dataset: Dataset) -> None:
    first = dataset.proposals[0]
    copy = dataclasses.replace(first)
    assert copy == first and copy is not first and hash(copy) == hash(first)
    assert dataclasses.replace(first, text=first.text + ".") != first
    assert first != dataset.proposals[1]
    assert len({first, copy, dataset.proposals[1]}) == 2


def test_entities_of_different_kinds_are_never_equal() -> None:
    assert Theme(id="x", label="y") != Citation(document="x", locator="y", text="")
    assert Theme(id="x", label="y") != ("x", "y")


def test_entities_are_frozen() -> None:
    term = Term(id="term-UN", term="UN", definition="United Nations")
    with pytest.raises(dataclasses.FrozenInstanceError):
        term.term = "EU"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del term.definition  # type: ignore[misc]
    assert dataclasses.is_dataclass(term) and dataclasses.fields(term)[0].name == "id"


def test_repr_names_every_field_as_a_dataclass_would() -> None:
    term = Term(id="term-UN", term="UN", definition="United Nations")
    assert repr(term) == (
        "Term(id='term-UN', term='UN', definition='United Nations', aliases=(), "
        "listed=True, source='list', paragraph='')"
    )


def test_construction_checks_fields_as_a_dataclass_would() -> None:
    assert Term("term-UN", "UN", "United Nations") == Term(id="term-UN", term="UN", definition="United Nations")
    assert Term("term-UN", "UN", "United Nations").aliases == ()  # the default
    with pytest.raises(TypeError, match="missing field 'definition'"):
        Term(id="term-UN", term="UN")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="unexpected field 'colour'"):
        Term(id="term-UN", term="UN", definition="", colour="red")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="field 'id' twice"):
        Term("term-UN", "UN", "", id="term-EU")  # type: ignore[misc]
    with pytest.raises(TypeError, match="takes 7 fields, 8 given"):
        Term("term-UN", "UN", "", (), True, "list", "", "extra")  # type: ignore[call-arg]

"""data/annotations/word_forms.toml: one test per entry (issue 11)."""

from __future__ import annotations

import pytest

from kzdesk.core.model import Dataset
from kzdesk.core.search import SearchIndex
from kzdesk.core.search.text import shared_stemmer
from kzdesk.core.search.word_forms import WordForms, WordFormsError, bundled_word_forms


@pytest.fixture(scope="module")
def index(dataset: Dataset) -> SearchIndex:
    return SearchIndex.from_dataset(dataset)


def texts(index: SearchIndex, query: str, **options: object) -> list[str]:
    return [f"{h.title} {h.snippet}".casefold() for h in index.search(query, limit=200, **options).hits]


def test_the_file_lists_what_the_tests_cover() -> None:
    forms = bundled_word_forms()
    assert forms.distinct == (
        (("customs",), ("customer", "customers")),
        (("index", "indices", "indexes"), ("indicator", "indicators")),
    )
    assert [group[0] for group in forms.same] == ["index", "monitor", "digitalize"]


def test_distinct_words_really_share_a_stem() -> None:
    """Each [[distinct]] entry is needed: porter gives its senses one stem."""
    stemmer = shared_stemmer()
    for entry in bundled_word_forms().distinct:
        stems = [{stemmer.stem(word) for word in sense} for sense in entry]
        # customs / customer: 'custom'; indices / indicator: 'indic'
        assert all(a & b for n, a in enumerate(stems) for b in stems[n + 1 :]), entry


def test_customs_is_not_customer(index: SearchIndex) -> None:
    customs = index.search("customs ", limit=200).hits
    assert {h.paragraph or h.id for h in customs[:3]} == {"proposal-35", "proposal-37", "section-11-p3"}
    assert not {"proposal-9", "proposal-14"} & {h.id for h in customs}  # the customer proposals
    customer = index.search("customer ", limit=200).hits
    assert [h.id for h in customer[:2]] == ["proposal-9", "proposal-14"]
    assert all("customs" not in f"{h.title} {h.snippet}".casefold() for h in customer if h.score >= 10)
    assert index.search("customers").hits[0].id in ("proposal-9", "proposal-14")  # still being typed


def test_index_finds_indices_and_not_indicators(index: SearchIndex) -> None:
    indices = texts(index, "indices ")
    assert any("perception index" in t for t in indices)  # index = indices
    assert any("calculation indices" in t for t in indices)
    indicator = texts(index, "indicator ")
    assert indicator and not any("indices" in t and "indicator" not in t for t in indicator)


def test_monitored_finds_covered_by_monitoring(index: SearchIndex) -> None:
    stemmer = shared_stemmer()
    assert len({stemmer.stem(w) for w in ("monitor", "monitors", "monitored", "monitoring")}) == 1
    found = [h.paragraph or h.id for h in index.search("students monitored", limit=5).hits]
    assert {"stat-clean-session-students-covered", "section-11-p4"} & set(found[:2])


def test_british_digitalised_meets_digitalization(index: SearchIndex) -> None:
    assert shared_stemmer().stem("digitalised") != shared_stemmer().stem("digitalization")
    found = [h.paragraph or h.id for h in index.search("digitalised public services", limit=5).hits]
    assert {"stat-public-services-digitalization-level", "section-5-p6"} & set(found[:2])


def test_a_malformed_file_is_one_clear_error(tmp_path) -> None:
    bad = tmp_path / "forms.toml"
    bad.write_text('[[same]]\nwords = ["one"]\n', encoding="utf-8")
    with pytest.raises(WordFormsError, match="at least two words"):
        WordForms.from_file(bad)
    bad.write_text('[[distinct]]\nsenses = [["two words"], ["x"]]\n', encoding="utf-8")
    with pytest.raises(WordFormsError, match="is not one word"):
        WordForms.from_file(bad)

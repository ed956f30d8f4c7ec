"""Whatever is typed or pasted, search answers with hits or with nothing, never an error.

Raw FTS5 MATCH raises on don't, multi-agent, AND, "x, *, c++ and the empty string;
the engine must never let such text through as query syntax.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kzdesk.core.model import Dataset
from kzdesk.core.search import SearchIndex, SearchResult, highlight_spans, render_snippet

FTS_SYNTAX = [
    '"', '""', "'", "*", "^", "-", "+", ":", "(", ")", "{", "}", "[", "]", "\\", "\x00", "NEAR(", "NEAR(a b, 2)",
    "AND", "OR", "NOT", "and", "or", "not", "text:", "title:", "body:", "{title names}:", "rank:", "docs:", "rowid",
    "MATCH", "SELECT", ";", "--", "/*", "%", "_", "😀", "🇰🇿", "\u0301", "ё", "Ё", "ß", "İ", "ﬁ", "½", "\u200b",
    "\ufeff", "\t", "\n", " ", "1,717", "50.7", "12", "proposal", "Adal", "kómek", "procurment", "взятка",
]  # fmt: skip

hostile_text = st.lists(st.one_of(st.sampled_from(FTS_SYNTAX), st.text(max_size=12)), max_size=12).map("".join)


@pytest.fixture(scope="module")
def index(dataset: Dataset) -> SearchIndex:
    return SearchIndex.from_dataset(dataset)


def assert_well_formed(result: SearchResult, query: str, limit: int) -> None:
    assert result.query == query
    assert len(result.hits) <= limit
    assert [h.score for h in result.hits] == sorted((h.score for h in result.hits), reverse=True)
    for hit in result.hits:
        assert all(0 <= a < b <= len(hit.snippet) for a, b in hit.highlights)


@pytest.mark.parametrize(
    "query",
    [
        "", " ", '"', '""', '"x', "x\"", "*", "**", "AND", "OR", "NOT", "NOT corruption", "corruption NOT",
        "NEAR(", "NEAR(land plot)", "text:foo", "title:corruption", "{title}: x", "^corruption", "don't",
        "multi-agent", "c++", "a\\b", "\\", "\x00", "land\x00plot", "😀", "🇰🇿 corruption", "(", ")", "[x]",
        "-", "+", "'", "%", "_", "SELECT * FROM docs;", "x' OR '1'='1", "a" * 10_000, "corruption " * 2_000,
        "ё", "Ё", "\u0301", "\ufeff", "procurement*", "\"land plot\" AND", '"unclosed phrase',
    ],
)  # fmt: skip
def test_hostile_examples(index: SearchIndex, query: str) -> None:
    result = index.search(query, limit=10)
    assert_well_formed(result, query, 10)


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=hostile_text, kind=st.sampled_from([None, "section", "proposal", "statistic", "term"]))
def test_any_text_gives_hits_or_nothing(index: SearchIndex, query: str, kind: str | None) -> None:
    result = index.search(query, kind=kind, limit=5)
    assert_well_formed(result, query, 5)
    assert all(kind is None or h.kind == kind for h in result.hits)


def _pasted(chunk: str, length: int) -> str:
    chunk = chunk or '"'
    return (chunk * (length // len(chunk) + 1))[:length]


long_text = st.builds(_pasted, hostile_text, st.integers(1_000, 10_000)) | st.text(min_size=1_000, max_size=2_000)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=long_text)
def test_very_long_text(index: SearchIndex, query: str) -> None:
    assert_well_formed(index.search(query), query, 50)


@settings(max_examples=200)
@given(text=st.text(max_size=200), terms=st.lists(hostile_text, max_size=5))
def test_highlighting_any_text_never_fails(text: str, terms: list[str]) -> None:
    spans = highlight_spans(text, terms)
    assert all(0 <= a < b <= len(text) for a, b in spans)
    html = render_snippet(text, spans)
    assert "<script" not in html.casefold() or "<script" not in text.casefold()

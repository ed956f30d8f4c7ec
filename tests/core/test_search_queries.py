"""Query understanding (issue 11): questions and stop words, corrections, numbers, and
the headline entry of a group first."""

from __future__ import annotations

import pytest

from kzdesk.core.model import Dataset
from kzdesk.core.search import SearchIndex
from kzdesk.core.search.query import STOP_WORDS, parse


@pytest.fixture(scope="module")
def index(dataset: Dataset) -> SearchIndex:
    return SearchIndex.from_dataset(dataset)


def ids(index: SearchIndex, query: str, n: int = 5) -> list[str]:
    return [h.paragraph or h.id for h in index.search(query, limit=n).hits]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what was saved in procurement", {"stat-procurement-distance-learning-devices-saved", "section-5-p14"}),
        ("how many persons were convicted of corruption crimes", {"stat-corruption-crimes-convicted-persons"}),
        ("what is the SMG", {"term-SMG"}),
        ("what does MCI mean", {"term-MCI"}),
        ("how many service akimats were opened", {"stat-service-model-service-akimats"}),
    ],
)
def test_questions_are_answered_without_correction_or_partial_flag(
    index: SearchIndex, question: str, expected: set[str]
) -> None:
    result = index.search(question)
    assert result.corrected is None  # "what" is never "that", "is" never "in"
    assert not result.partial  # the question words are not words an entry must have
    assert (result.hits[0].paragraph or result.hits[0].id) in expected
    assert not set(result.terms) & STOP_WORDS  # and they are not highlighted


def test_stop_words_never_block_and_never_count_as_missing(index: SearchIndex) -> None:
    assert ids(index, "the slander") == ids(index, "slander")
    plain = index.search("conflict interests", kind="proposal")
    worded = index.search("conflict of interests", kind="proposal")
    assert plain.hits[0].id == worded.hits[0].id == "proposal-12"
    assert not worded.partial
    # Only stop words: they are then the words searched, not nothing.
    assert index.search("the path of change").hits[0].id == "project-path-of-change-election-program"


def test_partial_means_no_hit_has_every_content_word(index: SearchIndex) -> None:
    # "receive" is in no entry together with the call centre's words: the flag says so.
    result = index.search("how many calls did the call center receive")
    assert result.partial and result.corrected is None
    assert result.hits[0].id.startswith("stat-call-center-1424")


def test_a_correction_needs_an_unknown_word_with_a_close_neighbour(index: SearchIndex) -> None:
    assert index.search("procuremnt ").corrected == "procurement"
    assert index.search("zzzqqxw procurement").corrected is None  # no close word: left alone
    assert index.search("what").corrected is None  # a question word, never a typo
    assert index.search("customs ").corrected is None  # a word of the report


@pytest.mark.parametrize("typed", ["1,632", "1632", "1 632", "1\u00a0632"])
def test_a_number_in_every_form_the_report_writes_it(index: SearchIndex, typed: str) -> None:
    assert ids(index, typed, 2) == ["stat-table-1-anti-corruption-service-2020", "section-1-p3"]


@pytest.mark.parametrize(
    ("typed", "figure", "paragraph"),
    [
        ("22.7 billion", "stat-agency-damage-recovered-2019", "section-1-p7"),
        ("KZT 50.7 billion", "stat-agency-damage-recovered-2020", "section-1-p7"),
        ("27%", "stat-table-1-ministry-of-internal-affairs-dynamics", "section-1-p3"),
        ("+41.8%", "stat-table-2-giving-bribe-dynamics", "section-1-p4"),
        ("43.8%", "stat-wb-control-of-corruption-percentile-latest", "section-2-p5"),
        ("94th", "stat-cpi-kazakhstan-rank", "section-2-p1"),
        ("5 thousand", "stat-service-model-managers-moved-first-floors", "section-5-p2"),
    ],
)
def test_a_number_query_opens_the_figure_then_its_paragraph(
    index: SearchIndex, typed: str, figure: str, paragraph: str
) -> None:
    found = ids(index, typed, 10)
    assert found[0] == figure
    assert paragraph in found


def test_number_parsing() -> None:
    assert parse("1 632").numbers() == [(1632.0, False, None)]
    assert parse("+41.8%").numbers() == [(41.8, True, None)]
    assert parse("KZT 22.7 billion").numbers() == [(22.7, False, 1e9)]
    assert parse("94th").numbers() == [(94.0, False, None)]
    assert parse("taking bribe 2020").numbers() == []  # a year, not a figure's value
    assert parse("taking bribe 2020").years() == [2020]
    assert parse("27%").proposal_number() is None and parse("27").proposal_number() == 27


def test_the_headline_figure_of_a_paragraph_comes_before_its_parts(index: SearchIndex) -> None:
    # "calls … by 10% (2020 – 28,658 calls, 2019 – 25,811)": the count, not the change, leads.
    found = ids(index, "calls to the call center", 10)
    assert found.index("stat-call-center-1424-calls-2020") < found.index("stat-call-center-1424-calls-change-vs-2019")
    # The current maximum reward before the one it replaced ("previously - 100 MCI").
    found = ids(index, "maximum reward", 10)
    assert found.index("stat-whistleblower-reward-maximum") < found.index("stat-whistleblower-reward-maximum-previous")


def test_a_quantity_question_puts_figures_first(index: SearchIndex) -> None:
    hits = index.search("how many universities took part in the hour of integrity").hits
    assert hits[0].id == "stat-hour-of-integrity-universities"
    assert index.search("hour of integrity").hits[0].id == "project-hour-of-integrity"  # the name: the project


def test_a_year_with_other_words_means_that_year_s_figure(index: SearchIndex) -> None:
    assert ids(index, "taking bribe 2020", 1) == ["stat-table-2-taking-bribe-2020"]
    assert ids(index, "taking bribe 2019", 1) == ["stat-table-2-taking-bribe-2019"]


@pytest.mark.parametrize(
    "typed", ["corupp\u200btion ", "corupption\u00ad ", "corrup\u00adtion", "brib\u200de", "\u200ecorruption\u2060 "]
)
def test_format_characters_inside_a_word_are_dropped_not_corrected(index: SearchIndex, typed: str) -> None:
    # Issue 16: a zero-width space or soft hyphen split the word and gave "corrupt\u200btion".
    plain = typed.translate(dict.fromkeys(map(ord, "\u200b\u00ad\u200d\u200e\u2060")))
    result = index.search(typed)
    assert result.corrected == index.search(plain).corrected
    assert result.corrected is None or result.corrected.isprintable()
    assert [h.id for h in result.hits] == [h.id for h in index.search(plain).hits]


def test_format_characters_are_unicodes_category_cf() -> None:
    import sys
    import unicodedata

    from kzdesk.core.search.query import FORMAT_CHARACTERS

    for code in range(sys.maxunicode + 1):
        char = chr(code)
        category = unicodedata.category(char)
        if category == "Cf":
            assert FORMAT_CHARACTERS.match(char), f"U+{code:04X}"
        elif FORMAT_CHARACTERS.match(char):
            assert category == "Cn", f"U+{code:04X} is {category}"  # a format character of a newer Unicode
    assert parse("proc\u200bure\u00adment").words[0].typed == "procurement"


def test_an_earlier_years_figure_ranks_below_the_latest_of_the_same_indicator(
    dataset: Dataset, index: SearchIndex
) -> None:
    from kzdesk.core.search.entries import build_entries

    priors = {e.id: e.prior for e in build_entries(dataset)}
    assert priors["stat-survey-tk-business-without-bribes-2019"] == -2
    assert priors["stat-survey-tk-business-without-bribes-2020"] >= 0
    found = ids(index, "entrepreneurs business without bribes", 10)
    assert found.index("stat-survey-tk-business-without-bribes-2020") < found.index(
        "stat-survey-tk-business-without-bribes-2019"
    )


def test_the_word_a_quantity_question_asks_for_is_a_question_word(index: SearchIndex) -> None:
    # "what share of …": "share" asks for a figure; the figure says "80.8% of entrepreneurs".
    query = parse("what share of entrepreneurs do business without bribes")
    assert [w.typed for w in query.content()] == ["entrepreneurs", "business", "without", "bribes"]
    assert query.asks_quantity()
    assert [w.typed for w in parse("share of entrepreneurs").content()] == ["share", "entrepreneurs"]
    assert [w.typed for w in parse("what share").content()] == ["share"]  # nothing else to search
    result = index.search("what share of entrepreneurs believe business is possible without bribes")
    assert result.hits[0].id == "stat-survey-tk-business-without-bribes-2020"  # not the paragraph with "share"
    assert "share" not in result.terms
    # Never typo-corrected ("percentage" is no word of the report: it was "percentile") nor required.
    result = index.search("what percentage of citizens trust the agency")
    assert result.corrected is None and not result.partial
    assert result.hits[0].id == "stat-survey-tk-citizens-trust-agency"


def test_a_name_with_more_words_asks_for_the_part_of_the_entity_they_name(index: SearchIndex) -> None:
    # The project's whole name and a word more: the figure labelled with all of them, not the
    # project whose description merely mentions that word.
    assert ids(index, "Antikor Live events", 1) == ["stat-antikor-live-online-events"]
    assert ids(index, "call center 1424 calls", 1) == ["stat-call-center-1424-calls-2020"]
    assert ids(index, "Antikor Live", 1) == ["project-antikor-live"]  # the name alone: the project
    # No entity named among the words: a label with every word gets nothing extra.
    assert ids(index, "monitored procurement", 10)[0] == "section-5-p14"


def test_a_paragraph_before_the_entity_that_copies_it_unless_the_name_is_typed(index: SearchIndex) -> None:
    # project-adal-bilim's description is section-6-p9 word for word: by that text, the report's
    # paragraph first and the project next; by its name, the project.
    assert ids(index, "anti-corruption audit of a higher education institution", 2) == [
        "section-6-p9",
        "project-adal-bilim",
    ]
    assert ids(index, "Sorbonne", 2) == ["section-9-p12", "project-accelerator-of-good-izgilik-elshisi"]
    assert ids(index, "Adal bilim", 1) == ["project-adal-bilim"]

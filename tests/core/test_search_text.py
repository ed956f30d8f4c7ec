"""The pieces under the engine: folding, stems, highlighting, the thesaurus, typo correction."""

from __future__ import annotations

from pathlib import Path

import pytest

from kzdesk.core.model import Dataset
from kzdesk.core.search import highlight_spans, render_snippet
from kzdesk.core.search.text import Stemmer, fold, tokens, transliterate, words
from kzdesk.core.search.thesaurus import RelatedTerms, Thesaurus, ThesaurusError, bundled_thesaurus
from kzdesk.core.search.vocabulary import Vocabulary


def test_folding() -> None:
    assert fold("Kómek") == "komek"
    assert fold("Ko\u0301mek") == "komek"  # decomposed accent
    assert fold("СЧЁТ") == "счет"
    assert fold("Straße") == "strasse"
    assert fold("1,717") == "1717"
    assert words("“Adal kómek”, 1,717 and 50.7%") == ["adal", "komek", "1717", "and", "50.7"]
    assert [(s, e) for s, e, _ in tokens("Adal  kómek")] == [(0, 4), (6, 11)]


def test_transliteration_follows_the_reports_spelling() -> None:
    assert [transliterate(w) for w in words("Адалдық алаңы")] == ["adaldyq", "alany"]
    assert transliterate(fold("Көмек")) == "komek"
    assert [transliterate(w) for w in words("Сапалы Жол")] == ["sapaly", "zhol"]


def test_stems_come_from_sqlite_porter() -> None:
    stemmer = Stemmer()
    assert stemmer.stems(["judges", "judge", "digitalization", "digitalize", "50.7", "счет"]) == {
        "judges": "judg",
        "judge": "judg",
        "digitalization": "digit",
        "digitalize": "digit",
        "50.7": "50.7",
        "счет": "счет",
    }


def test_stem_cache_stays_bounded_and_correct() -> None:
    stemmer = Stemmer(cache_limit=2)
    assert stemmer.stems(["judges", "courts", "bribes"]) == {"judges": "judg", "courts": "court", "bribes": "bribe"}
    assert stemmer.stems(["judges", "lands"]) == {"judges": "judg", "lands": "land"}  # cleared in between


def test_highlight_spans_are_stem_and_prefix_aware() -> None:
    text = "Judges and the judge; procurements of the PROCURING entity. Adal Kómek: 1,717 cases."
    marked = [text[a:b] for a, b in highlight_spans(text, ["judge", "procur*", "komek", "1717"])]
    assert marked == ["Judges", "judge", "procurements", "PROCURING", "Kómek", "1,717"]
    assert highlight_spans(text, []) == []
    assert highlight_spans("", ["judge"]) == []


def test_render_snippet_escapes_and_marks() -> None:
    text = "<b>bribe</b> & bribery"
    spans = [(15, 22), (3, 8), (17, 19)]  # overlapping and out of order are tolerated
    assert render_snippet(text, spans) == "&lt;b&gt;<b>bribe</b>&lt;/b&gt; &amp; <b>bribery</b>"
    assert render_snippet(text, [(50, 60)], "[", "]") == "&lt;b&gt;bribe&lt;/b&gt; &amp; bribery"


def test_bundled_thesaurus_is_grounded_in_the_report(dataset: Dataset) -> None:
    groups = bundled_thesaurus().groups
    assert 30 <= len(groups) <= 80
    stemmer = Stemmer()
    report_words = {w for s in dataset.sections for p in s.paragraphs for w in words(p.text)}
    report_stems = set(stemmer.stems(report_words).values())
    for group in groups:
        grounded = [
            t.text
            for t in group
            if not any(p for p in t.prefix) and all(stemmer.stem(w) in report_stems for w in t.words)
        ]
        assert grounded, f"no term of {[t.text for t in group]} occurs in the report"


def test_thesaurus_errors_are_clear(tmp_path: Path) -> None:
    bad = tmp_path / "thesaurus.toml"
    bad.write_text("[[related]]\nterms = ['only one']\n", encoding="utf-8")
    with pytest.raises(ThesaurusError, match=r"related\[0\]\.terms must list at least two strings"):
        Thesaurus.from_file(bad)
    bad.write_text("[[related]\n", encoding="utf-8")
    with pytest.raises(ThesaurusError, match="cannot read"):
        Thesaurus.from_file(bad)
    bad.write_text("[[related]]\nterms = ['x', '***']\n", encoding="utf-8")
    with pytest.raises(ThesaurusError, match="has no word"):
        Thesaurus.from_file(bad)
    bad.write_text("[[related]]\nterms = ['x', 'y']\nclosest = 'yes'\n", encoding="utf-8")
    with pytest.raises(ThesaurusError, match=r"related\[0\]\.closest must be true or false"):
        Thesaurus.from_file(bad)


def test_a_closest_group_ranks_its_terms_above_the_broader_ones(tmp_path: Path) -> None:
    path = tmp_path / "thesaurus.toml"
    path.write_text(
        "[[related]]\nterms = ['bribe', 'bribery', 'взятк*', 'взяточ*']\n"
        "[[related]]\nterms = ['bribery', 'взяточничеств*']\nclosest = true\n"
        "[[related]]\nterms = ['kickback', 'откат*']\nclosest = true\n",
        encoding="utf-8",
    )
    thesaurus = Thesaurus.from_file(path)
    assert thesaurus.closest == {1, 2}
    vocabulary = Vocabulary(["bribe", "bribery"], {"bribe": 3, "briberi": 2}, Stemmer())
    related = RelatedTerms(thesaurus, vocabulary)
    closest, broader = related.match(["взяточничество"], ["взяточничество"], 0)[1:]
    assert [t.text for t in closest] == ["bribery"] and [t.text for t in broader] == ["bribe"]
    # Without a closest group (взятка), or when its terms are not in the index (откат),
    # every related term counts alike, as before.
    assert [[t.text for t in ts] for ts in related.match(["взятка"], ["взятка"], 0)[1:]] == [["bribe", "bribery"], []]
    assert related.match(["откат"], ["откат"], 0) == (0, [], [])


STEM_ENTRIES = {"tribe": 9, "bribe": 5, "bride": 1, "procur": 3, "judici": 2, "digit": 1}


def test_typo_correction_prefers_fewer_edits_then_frequent_words() -> None:
    # (the stems of tribe, bribe and bride, with the number of entries holding each)
    vocabulary = Vocabulary(["bribe", "bride", "tribe", "procurement", "judicial"], STEM_ENTRIES, Stemmer())
    assert vocabulary.correct("bribr") == "bribe"  # one edit; same first letter beats the frequent "tribe"
    assert vocabulary.correct("judicail") == "judicial"  # two swapped letters are one edit
    assert vocabulary.correct("procurm", prefix=True) == "procure"  # the beginning of a word
    assert vocabulary.correct("xyz") is None  # too short to guess
    assert vocabulary.correct("1234") is None  # numbers are never "corrected"
    assert vocabulary.correct("zzzzzzzz") is None


def test_prefix_words_bring_back_stems_the_prefix_query_misses() -> None:
    vocabulary = Vocabulary(["procurement", "procurements", "procure", "digitalization"], STEM_ENTRIES, Stemmer())
    assert vocabulary.prefix_words("procureme") == ("procurement",)
    assert vocabulary.prefix_words("digitalizat") == ("digitalization",)
    assert vocabulary.prefix_words("proc") == ()  # "proc"* already matches the stem "procur"
    assert vocabulary.knows("procurem", prefix=True) and not vocabulary.knows("procurem")

"""The search index: SQLite FTS5 in memory, BM25 with field weights, and the query
pipeline (typo correction, thesaurus, tiers of matches, snippets)."""

from __future__ import annotations

import bisect
import re
import sqlite3
import threading
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

from kzdesk.core.model import Dataset
from kzdesk.core.search.entries import (
    COLUMNS,
    KIND_PRIORS,
    KINDS,
    WEIGHTS,
    Entry,
    Match,
    build_entries,
    cut_snippet,
)
from kzdesk.core.search.query import SCALES, Query, Word, is_number, parse
from kzdesk.core.search.text import (
    TOKENIZER,
    Stemmer,
    TermMatcher,
    fold_text,
    has_cyrillic,
    index_words,
    shared_stemmer,
    tokens,
    transliterate,
    words,
)
from kzdesk.core.search.thesaurus import RelatedTerms, Term, Thesaurus, bundled_thesaurus
from kzdesk.core.search.vocabulary import Vocabulary
from kzdesk.core.search.word_forms import WordForms, bundled_word_forms


@dataclass(frozen=True)
class SearchHit:
    kind: str
    id: str
    title: str
    snippet: str  # plain text (not HTML)
    highlights: tuple[tuple[int, int], ...]  # [start, end) character spans in snippet
    score: float  # higher is better
    paragraph: str | None = None  # for kind "section": the paragraph id
    target: str | None = None  # for kind "note" (the user's own): the id of the item the note is on


@dataclass(frozen=True)
class SearchResult:
    query: str
    hits: tuple[SearchHit, ...]
    corrected: str | None  # the corrected query text when a typo was fixed
    terms: tuple[str, ...]  # folded words/stems that matched, for highlighting elsewhere
    # True when no entry has all the words: the hits then have some of them.
    partial: bool = False


# One scored list: every entry that has any of the query's content words, ranked by
# what it matches. The parts of a score, from most to least weight (the first two
# order like tiers; the rest break ties between entries that cover as much):
NUMBER_SCORE = 200.0  # "proposal 12", "12": that proposal
NAME_SCORE = 100.0  # the exact name of a project, act, abbreviation or section (stop words aside)
COVERAGE_SCORE = 10.0  # × the share of the content words the entry has (a thesaurus term: RELATED_SHARE)
RELATED_SHARE = 0.7  # a word matched only through a related term counts this much
BROADER_SHARE = 0.6  # … through a broader one (the word has closest terms: взяточничество → bribery, not bribe)
VALUE_SCORE = 2.0  # a figure whose value is the number typed ("22.7 billion", "27%")
PHRASE_SCORE = 1.0  # the words as typed, next to each other
WHOLE_SCORE = 1.0  # the word being typed as a whole word ("police" before "policy")
NEAR_SCORE = 0.5  # the content words close together (within NEAR_DISTANCE words)
NAME_WITHIN_SCORE = 0.5  # an entity whose whole name is among the words typed, or begins with them
# When the words typed hold an entity's whole name and more: an entry whose own title or
# label has every content word is the part of the entity those words ask for, over the
# entity itself ("Adal Komek lawyers": the figure "Attorneys and lawyers in the volunteer
# project "Adal Komek"", then the project). Typing the name alone still gives the entity.
TITLE_SCORE = 0.75
YEAR_SCORE = 0.5  # a figure of the year typed, when other words are typed too ("taking bribe" and a year)
EXACT_SCORE = 0.3  # every content word in the very form typed, not only its stem
QUANTITY_SCORE = 1.0  # a figure, when the query asks "how many", "how much", "what share"
# The headline figure of its paragraph has its BM25 relevance multiplied by LEAD_FACTOR, a
# superseded one ("previously …") divided by it: enough to order sibling figures that
# match alike, too little to lift a figure over another kind of entry. So is a project's or
# act's description that is a paragraph word for word: found by that text alone (not its
# name), the entity would tie with the paragraph; the report's own paragraph comes first.
LEAD_FACTOR = 1.25
COPY_KINDS = ("project", "act")
# … plus BM25 relevance with field weights, squashed into [0, 1).
NEAR_DISTANCE = 6
HIGHLIGHT_STOP_WORDS = frozenset(
    "a an and as at be by for from in into is it of on or that the their this to was were which who with".split()
)
_SEP = "\x1f"  # joins a name's words into one key
_MATCHES = "rowid IN (SELECT rowid FROM docs WHERE docs MATCH ?)"
_ROWS_IN = "rowid IN (SELECT value FROM json_each(?))"  # the row is one of a JSON list of rows


# A run of query words that is a thesaurus term: (first word, number of words, its related
# terms, its broader terms).
_Run = tuple[int, int, list[Term], list[Term]]


@dataclass(frozen=True)
class _Unit:
    """One content word (or quoted phrase) of the query as FTS5 expressions."""

    direct: str  # the word as typed, in any word form
    related: str | None  # its thesaurus terms, if any
    only: str | None  # "rowid IN (…)": the entries of the word's sense (customs ≠ customer)
    broader: str | None = None  # its broader thesaurus terms (counted BROADER_SHARE), if any

    @property
    def any_related(self) -> str | None:
        """The related and broader terms as one expression."""
        if self.broader is None:
            return self.related
        return f"({self.related}) OR ({self.broader})"


@dataclass(frozen=True)
class _Plan:
    """A resolved query as FTS5 expressions, built only from quoted folded words."""

    match: str  # candidates: any content unit, as typed or related
    units: tuple[_Unit, ...]
    phrase: str | None
    near: str | None
    whole_word: str | None  # the word being typed taken as complete, when it is a word
    every_direct: str  # … every content unit as typed
    titled: str | None  # … every content unit as typed in the title column (two or more units)
    quantity: bool  # the query asks for a quantity: figures first
    terms: tuple[str, ...]  # what hits that have the words typed are highlighted with
    related_terms: tuple[str, ...]  # … and hits that needed the thesaurus or have some words only


class _Shape(NamedTuple):
    """What the text of one part of a scoring statement depends on (see SearchIndex._run)."""

    mode: str  # "every", "rest" or "only"
    single: bool  # "rest" of one unit without a sense: matched only through related terms
    # Per unit: None (every); whether it has broader terms (single); else (its sense's
    # condition, whether it has related terms, whether it has broader ones).
    units: tuple[bool | tuple[str | None, bool, bool] | None, ...]
    extras: tuple[bool, ...]  # phrase, NEAR, whole word, title: present
    flags: tuple[bool, ...]  # named, within, valued, dated rows: any
    quantity: bool
    has_kind: bool
    every_only: tuple[str, ...]  # the senses' conditions of the first pass


class _Row(NamedTuple):  # a tuple: made for every row every statement returns
    rowid: int
    score: float
    direct: bool  # every content word as typed
    full: bool  # every content word, as typed or through the thesaurus


class SearchIndex:
    """Built once per dataset in milliseconds; ``search`` may be called from any thread."""

    def __init__(
        self,
        entries: Sequence[Entry],
        thesaurus: Thesaurus | None = None,
        stemmer: Stemmer | None = None,
        word_forms: WordForms | None = None,
    ) -> None:
        """``stemmer``: by default one shared by every index (and highlight_spans); the
        benchmark passes a fresh one to measure a truly cold start."""
        # Row ids follow KINDS, so that a kind is a range of rows; inside a kind,
        # entries that are not listed come last, so that they are one range too.
        kind_order = {kind: n for n, kind in enumerate(KINDS)}
        self._entries = tuple(sorted(entries, key=lambda e: (kind_order[e.kind], not e.listed)))
        self._lock = threading.Lock()
        self._stemmer = stemmer if stemmer is not None else shared_stemmer()
        self._db = sqlite3.connect(":memory:", check_same_thread=False)
        self._closer = weakref.finalize(self, self._db.close)
        # Contentless (content=''): the texts live in the entries; FTS5 keeps only its index.
        columns = ", ".join(COLUMNS)
        self._db.execute(f"CREATE VIRTUAL TABLE docs USING fts5({columns}, tokenize='{TOKENIZER}', content='')")
        self._db.execute("CREATE VIRTUAL TABLE docs_terms USING fts5vocab(docs, row)")
        folded = [tuple(fold_text(column) for column in entry.columns) for entry in self._entries]
        # Kept: a hit's folded text and columns come from here, not from folding again per query.
        self._folded_columns = folded
        self._db.executemany(
            f"INSERT INTO docs(rowid, {', '.join(COLUMNS)}) VALUES (?, ?, ?, ?, ?)",
            ((rowid, *columns) for rowid, columns in enumerate(folded)),
        )
        distinct_texts = {column for columns in folded for column in columns}
        stems = dict(self._db.execute("SELECT term, doc FROM docs_terms").fetchall())
        self.vocabulary = Vocabulary(index_words("\n".join(distinct_texts)), stems, self._stemmer)
        self._related = RelatedTerms(thesaurus if thesaurus is not None else bundled_thesaurus(), self.vocabulary)
        forms = word_forms if word_forms is not None else bundled_word_forms()
        self._same_as = forms.same_as()
        self._sense_of = forms.sense_of()
        self._sense_rows: dict[str, str] = {}  # a word of a [[distinct]] sense → its entries, as an SQL condition
        for n, (sense, rows) in enumerate(_sense_rows(forms, folded)):
            self._sense_rows.update(dict.fromkeys(sense, self._row_table(f"sense{n}", rows)))
        self._ranges: dict[str, tuple[int, int]] = {}
        self._hidden: dict[str, tuple[int, int]] = {}  # rows searched only when their kind is asked for
        names: dict[str, list[int]] = {}  # a name's folded words joined by _SEP → rows
        values: dict[float, list[int]] = {}  # a figure's value (absolute) → rows
        years: dict[int, list[int]] = {}  # a figure's year → rows
        leads, superseded, earlier = [], [], []
        for rowid, entry in enumerate(self._entries):
            first, _ = self._ranges.get(entry.kind, (rowid, rowid))
            self._ranges[entry.kind] = (first, rowid)
            if not entry.listed:
                first, _ = self._hidden.get(entry.kind, (rowid, rowid))
                self._hidden[entry.kind] = (first, rowid)
            for name in entry.names:
                named = words(name)
                if named:
                    names.setdefault(_SEP.join(named), []).append(rowid)
            if entry.value is not None:
                values.setdefault(round(abs(entry.value), 6), []).append(rowid)
            if entry.year is not None:
                years.setdefault(entry.year, []).append(rowid)
            if entry.prior > 0:
                leads.append(rowid)
            elif entry.prior == -2:
                earlier.append(rowid)
            elif entry.prior < 0:
                superseded.append(rowid)
        self._names = names
        self._sorted_names = sorted(names)
        self._longest_name = max((k.count(_SEP) + 1 for k in names), default=1)
        self._values = values
        self._years = years
        self._leads = self._row_table("leads", leads)
        self._earlier = self._row_table("earlier", earlier)
        # A project or act whose description is a paragraph word for word (see LEAD_FACTOR).
        paragraphs = {e.text for e in self._entries if e.kind == "section"}
        copies = [r for r, e in enumerate(self._entries) if e.kind in COPY_KINDS and e.text in paragraphs]
        # Every entry divided by LEAD_FACTOR, as one table: a candidate is looked up twice, not four times.
        self._demoted = self._row_table("demoted", [*superseded, *earlier, *copies])
        self._proposals = {e.number: rowid for rowid, e in enumerate(self._entries) if e.number is not None}
        # Each entry's text folded, when folding kept every character in place (almost
        # always); highlights are then found by plain string search in it. The body column
        # is the text itself for every kind: its folding is already made.
        self._folded_texts = [
            _aligned_folding(entry.text, columns[2] if entry.columns[2] == entry.text else None)
            for entry, columns in zip(self._entries, folded, strict=True)
        ]
        self._column_texts: dict[int, str] = {}  # all columns folded, for the forms typed
        self._highlighters: dict[tuple[str, ...], tuple[tuple[str, bool], ...]] = {}
        self._statements: dict[tuple[_Shape, ...], str] = {}  # a query's shape → its statement (see _run)
        self._last_runs: tuple[tuple[tuple[str, ...], tuple[bool, ...]], list[_Run]] | None = None
        self._rank = f"bm25(docs, {', '.join(str(w) for w in WEIGHTS)})"
        self._priors = "".join(
            f" * (CASE WHEN rowid BETWEEN {lo} AND {hi} THEN {KIND_PRIORS[kind]} ELSE 1.0 END)"
            for kind, (lo, hi) in self._ranges.items()
            if KIND_PRIORS.get(kind, 1.0) != 1.0
        )
        lead, demoted = f"WHEN {self._leads} THEN {LEAD_FACTOR}", f"WHEN {self._demoted} THEN {1 / LEAD_FACTOR}"
        self._priors += f" * (CASE {lead} {demoted} ELSE 1.0 END)"

    def _row_table(self, name: str, rows: Iterable[int]) -> str:
        """A fixed set of rows as a table, and the SQL condition "the row is one of them":
        a list of constants would be parsed again by every query (thousands at scale)."""
        self._db.execute(f"CREATE TABLE {name}(id INTEGER PRIMARY KEY)")
        self._db.executemany(f"INSERT INTO {name}(id) VALUES (?)", ((r,) for r in sorted(set(rows))))
        return f"rowid IN {name}"

    @classmethod
    def from_dataset(
        cls, dataset: Dataset, thesaurus: Thesaurus | None = None, stemmer: Stemmer | None = None
    ) -> SearchIndex:
        return cls(build_entries(dataset), thesaurus, stemmer)

    def close(self) -> None:
        self._closer()

    def __enter__(self) -> SearchIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __len__(self) -> int:
        return len(self._entries)

    def search(self, query: str, kind: str | None = None, limit: int = 50) -> SearchResult:
        """Ranked hits for any text the user types; never raises for a string ``query``."""
        if kind is not None and kind not in KINDS:
            raise ValueError(f"unknown kind {kind!r} (known: {', '.join(KINDS)})")
        with self._lock:
            return self._search(query, kind, max(0, int(limit)))

    # -- the pipeline ------------------------------------------------------------------

    def _search(self, text: str, kind: str | None, limit: int) -> SearchResult:
        query = self._resolve(parse(text))
        if not query.words or limit == 0:
            return SearchResult(text, (), None, ())
        plan = self._plan(query)
        rows = []
        number = query.proposal_number()
        if number in self._proposals and kind in (None, "proposal"):
            rows.append(_Row(self._proposals[number], NUMBER_SCORE + 0.5, True, True))
        rows.extend(r for r in self._score(plan, query, kind, limit) if not rows or r.rowid != rows[0].rowid)
        rows = self._prefer_forms_typed(rows[:limit], query)
        partial = bool(rows) and not any(r.full for r in rows)
        broad = any(not r.direct for r in rows)
        hits = self._hits(rows, plan)
        return SearchResult(text, hits, query.corrected_text(), plan.related_terms if broad else plan.terms, partial)

    def _resolve(self, query: Query) -> Query:
        """Each word as searched: as typed when the index knows it or it is a stop word;
        else transliterated from Cyrillic; else left to the thesaurus when it knows the
        word; else the closest word of the index, when one is close (a typo)."""
        covered: set[int] = set()
        for start, length, _, _ in self._runs([w.typed for w in query.words], query.words):
            covered.update(range(start, start + length))
        resolved = tuple(self._resolve_word(word, i in covered) for i, word in enumerate(query.words))
        return replace(query, words=resolved)

    def _resolve_word(self, word: Word, in_thesaurus: bool) -> Word:
        vocabulary = self.vocabulary
        if word.optional or vocabulary.knows(word.typed, word.prefix):
            return word  # "what" is a question word, never a typo of "that"
        spelled = word.typed
        if has_cyrillic(spelled):
            spelled = transliterate(spelled)
            if vocabulary.knows(spelled, word.prefix):
                return word.corrected_to(spelled)
        if in_thesaurus or spelled in self._same_as:
            return word
        corrected = vocabulary.correct(spelled, word.prefix)
        return word.corrected_to(corrected) if corrected else word

    def _runs(self, folded: Sequence[str], query_words: Sequence[Word]) -> list[_Run]:
        """Runs of words outside quotes that are thesaurus terms: longest first, left to right."""
        # _resolve and _plan ask for the same words when none was corrected: found once.
        key = (tuple(folded), tuple(w.phrase is None for w in query_words))
        if self._last_runs is not None and self._last_runs[0] == key:
            return self._last_runs[1]
        runs = self._find_runs(folded, query_words)
        self._last_runs = (key, runs)
        return runs

    def _find_runs(self, folded: Sequence[str], query_words: Sequence[Word]) -> list[_Run]:
        stemmed = self._stemmer.stems(folded)
        stems = [stemmed[w] for w in folded]
        runs = []
        i = 0
        while i < len(query_words):
            end = i
            while end < len(query_words) and query_words[end].phrase is None:
                end += 1
            length, related, broader = self._related.match(folded[:end], stems[:end], i) if end > i else (0, [], [])
            if length:
                runs.append((i, length, related, broader))
            i += max(length, 1)
        return runs

    def _plan(self, query: Query) -> _Plan:
        content = query.content()
        runs = self._runs([w.folded for w in query.words], query.words)
        related_at: dict[int, tuple[list[Term], list[Term]]] = {}
        for start, length, related, broader in runs:
            for i in range(start, start + length):
                related_at[i] = (related, broader)
        units: list[_Unit] = []
        terms: list[str] = []
        related_terms: list[str] = []
        for members in query.phrases.values():
            units.append(_Unit('"' + " ".join(w.folded for w in members) + '"', None, None))
            terms.extend(w.folded for w in members)
        for i, word in enumerate(query.words):
            if word.phrase is not None or word not in content:
                continue
            options, highlight = self._word_options(word)
            terms.extend(highlight)
            related, broader = related_at.get(i, ([], []))
            for term in (*related, *broader):
                related_terms.extend(
                    w + ("*" if p else "")
                    for w, p in zip(term.words, term.prefix, strict=True)
                    # "persons who reported corruption" matches as a phrase; marking every "a"
                    # or "who" in a text that matched it would only add noise.
                    if w not in HIGHLIGHT_STOP_WORDS
                )
            # A word being typed is restricted too once it is a whole word of a sense ("customer").
            sense = self._sense_rows.get(word.folded)
            expressions = [" OR ".join(f"({t.fts()})" for t in terms) or None for terms in (related, broader)]
            units.append(_Unit(" OR ".join(options), expressions[0], sense, expressions[1]))
        match = " OR ".join(f"({e})" for u in units for e in (u.direct, u.related, u.broader) if e)
        last = query.words[-1]
        complete = last.prefix and last.folded in self.vocabulary
        phrase = near = None
        if len(query.words) >= 2 and not query.phrases:
            star = "*" if last.prefix and not complete else ""
            phrase = '"' + " ".join(w.folded for w in query.words) + '"' + star
            if len(content) >= 2 and NEAR_SCORE:
                near = f"NEAR({' '.join(_near_word(w, complete) for w in content)}, {NEAR_DISTANCE})"
        whole_word = f'"{last.folded}"' if complete and last in content else None
        terms = list(dict.fromkeys(terms))
        every_direct = " AND ".join(f"({u.direct})" for u in units)
        titled = f"{COLUMNS[0]} : ({every_direct})" if len(units) >= 2 and TITLE_SCORE else None
        return _Plan(match, tuple(units), phrase, near, whole_word, every_direct, titled, query.asks_quantity(),
                     tuple(terms),
                     tuple(dict.fromkeys([*terms, *related_terms])))  # fmt: skip

    def _word_options(self, word: Word) -> tuple[list[str], list[str]]:
        """A query word as FTS5 alternatives, and the terms that highlight them."""
        options = [f'"{word.folded}"*' if word.prefix else f'"{word.folded}"']
        highlight = []
        if word.prefix:
            extra = self.vocabulary.prefix_words(word.folded)
            options.extend(f'"{w}"' for w in extra)
            highlight.extend([word.folded + "*", *extra])
        else:
            highlight.append(word.folded)
        if is_number(word.folded) and len(word.folded) > 3 and not word.folded.startswith("0"):
            # The index has "1,717" as the words 1 and 717; "1717" is typed too.
            options.append('"' + f"{int(word.folded):,}".replace(",", " ") + '"')
        for same in self._same_as.get(word.folded, ()):  # index = indices
            if same != word.folded and same in self.vocabulary:
                options.append(f'"{same}"')
                highlight.append(same)
        return options, highlight

    def _named(self, query: Query, kind: str | None) -> tuple[set[int], set[int]]:
        """Entries whose name is exactly the words typed, or the content words (the last
        may be unfinished); and entries whose whole name is a run of the words typed."""
        sequences = [query.words]
        if query.content() != query.words:
            sequences.append(query.content())
        exact: set[int] = set()
        for sequence in sequences:
            typed = _SEP.join(w.folded for w in sequence)
            keys = [typed] if typed in self._names else []
            if sequence[-1].prefix:
                start = bisect.bisect_left(self._sorted_names, typed)
                end = bisect.bisect_left(self._sorted_names, typed + "\U0010ffff", start)
                keys.extend(k for k in self._sorted_names[start:end] if _SEP not in k[len(typed) :])
            exact.update(r for k in keys for r in self._names[k])
        within: set[int] = set()
        folded = [w.folded for w in query.words]
        for length in range(1, min(self._longest_name, len(folded) - 1) + 1):
            for start in range(len(folded) - length + 1):
                within.update(self._names.get(_SEP.join(folded[start : start + length]), ()))
        if len(query.content()) >= 2:  # the beginning of a longer name: "Analysis of corruption risks"
            typed = _SEP.join(folded) + _SEP
            start = bisect.bisect_left(self._sorted_names, typed)
            end = bisect.bisect_left(self._sorted_names, typed + "\U0010ffff", start)
            within.update(r for k in self._sorted_names[start:end] for r in self._names[k])
        if kind is not None:
            exact = {r for r in exact if self._entries[r].kind == kind}
            within = {r for r in within if self._entries[r].kind == kind}
        return exact, within - exact

    def _valued(self, query: Query) -> set[int]:
        """Figures whose value is a number typed: 1632 = 1,632 = 1 632; "22.7 billion"
        is the KZT 22.7 billion figure; "27%" a figure in % (the sign aside: +27%)."""
        found: set[int] = set()
        for value, percent, scale in query.numbers():
            for rowid in self._values.get(round(value, 6), ()):
                unit = self._entries[rowid].unit
                if percent and unit != "%":
                    continue
                if scale is not None and not any(w in unit.split() for w, f in SCALES.items() if f == scale):
                    continue
                found.add(rowid)
            if scale is not None:
                found.update(self._values.get(round(value * scale, 6), ()))
        return found

    def _score(self, plan: _Plan, query: Query, kind: str | None, limit: int) -> list[_Row]:
        """The best ``limit`` entries with any content unit, by one score.

        Usually one SQLite statement of two parts, so that a word found in nearly every
        entry costs no more than before: the entries with every content unit as typed
        (``every``; their BM25 counts those words only, not their related terms), and,
        only when those do not fill ``limit``, the entries with some of the units or with
        every unit only through related terms (``rest``; their BM25 counts the related
        terms too). A second statement only when the query names an entry or types its
        value and that entry has none of the units (``only``). Scores are comparable
        across the parts, so the merged list is the one scored list (a thesaurus-only
        match of every unit can, when the first part fills ``limit``, be held back).
        """
        if not plan.units:
            return []
        exact, within = self._named(query, kind)
        dated = {r for y in query.years() for r in self._years.get(y, ())}
        flags = (exact, within, self._valued(query), dated)
        rest = len(plan.units) > 1 or any(u.related for u in plan.units)
        rows, first = self._run(plan, flags, kind, limit, ("every", "rest") if rest else ("every",))
        missing = (flags[0] | flags[2]) - {r.rowid for r in rows}
        if missing and first < limit:  # else they were outscored (or more than fit)
            rows += self._run(plan, flags, kind, limit, ("only",), missing)[0]
            rows.sort(key=lambda r: (-r.score, r.rowid))
        return rows[:limit]

    def _run(
        self,
        plan: _Plan,
        flags: tuple[set[int], set[int], set[int], set[int]],
        kind: str | None,
        limit: int,
        passes: tuple[str, ...],
        only: set[int] | None = None,
    ) -> tuple[list[_Row], int]:
        """One statement: the best ``limit`` entries of the ``passes`` ("every": with every
        unit as typed; "rest", after "every" and only if it has fewer than ``limit``: with
        any unit, not already in "every"; "only": the rows ``only``, with any unit or none),
        and how many entries the first pass found.

        Everything a query varies is a parameter (words as FTS5 expressions, sets of rows as
        JSON lists): the statement's text depends only on the query's shape, so it is composed
        once per shape (:meth:`_compose`) and SQLite's statement cache compiles it once."""
        if kind is not None and kind not in self._ranges:
            return [], 0
        parameters: list[object] = []
        parts = tuple(self._part(plan, flags, kind, limit, mode, only, parameters) for mode in passes)
        parameters.append(limit)
        sql = self._statements.get(parts)
        if sql is None:
            sql = self._statements[parts] = self._compose(parts)
        try:
            found = self._db.execute(sql, parameters).fetchall()
        except sqlite3.Error:
            # Cannot happen with quoted folded words; if SQLite ever disagrees, no hits beats a crash.
            return [], 0
        rows = [_Row(rowid, score, share >= 1.0 - 1e-9, bool(full)) for rowid, score, share, full, _ in found]
        return rows, found[0][4] if found else 0

    def _part(
        self,
        plan: _Plan,
        flags: tuple[set[int], set[int], set[int], set[int]],
        kind: str | None,
        limit: int,
        mode: str,
        only: set[int] | None,
        parameters: list[object],
    ) -> _Shape:
        """One part of :meth:`_run`'s statement: its shape, its parameters appended in order."""
        exact, within, valued, dated = flags
        every = mode == "every"
        if dated:  # the rank comes first in the statement, and its year prior with it
            parameters.append(_json_rows(dated))
        single = len(plan.units) == 1 and plan.units[0].only is None and mode == "rest"
        units: list[bool | tuple[str | None, bool, bool] | None] = []
        for unit in plan.units:
            if every:
                units.append(None)
            elif single:
                units.append(unit.broader is not None)
                if unit.broader is not None:
                    parameters.append(unit.related)
            else:
                parameters.append(unit.direct)
                parameters.extend(e for e in (unit.related, unit.broader) if e is not None)
                units.append((unit.only, unit.related is not None, unit.broader is not None))
        # The phrase and NEAR need every content word as typed: only entries of the first pass have them.
        near, phrase, titled = (plan.near, plan.phrase, plan.titled) if every else (None, None, None)
        if not within:  # no entity named among the words: no part of one to prefer
            titled = None
        whole = None if not every and len(plan.units) == 1 else plan.whole_word  # one word: not here as typed
        extras = (phrase, near, whole, titled)
        parameters.extend(e for e in extras if e is not None)
        parameters.extend(_json_rows(rows) for rows in flags if rows)
        if mode == "rest":
            parameters.append(limit)
        if every:
            parameters.append(plan.every_direct)
        elif single and plan.units[0].related is not None:
            parameters.append(plan.units[0].any_related)  # one word: the first pass had all its entries as typed
        else:
            parameters.append(plan.match)
        if kind is not None:
            parameters.extend(self._ranges[kind])
        else:
            for lo, hi in self._hidden.values():
                parameters.extend((lo, hi))
        if mode == "only":
            parameters.append(_json_rows(only or ()))
        return _Shape(
            mode,
            single,
            tuple(units),
            tuple(e is not None for e in extras),
            tuple(bool(rows) for rows in flags),
            plan.quantity,
            kind is not None,
            tuple(unit.only for unit in plan.units if unit.only is not None) if every else (),
        )

    def _compose(self, parts: tuple[_Shape, ...]) -> str:
        """The statement of :meth:`_run` for a query of this shape: each part's SELECT as
        a materialized table, their union scored, best first."""
        tables = [f"p{n} AS MATERIALIZED ({self._compose_part(part)})" for n, part in enumerate(parts)]
        units = len(parts[0].units)
        share = f"(({' + '.join(f'u{n}' for n in range(units))}) / {units}.0)"
        score = (
            f"{NAME_SCORE} * named + {COVERAGE_SCORE} * {share} + {VALUE_SCORE} * valued + {PHRASE_SCORE} * phrase"
            f" + {WHOLE_SCORE} * whole + {NEAR_SCORE} * near + {TITLE_SCORE} * titled"
            f" + {NAME_WITHIN_SCORE} * within + {QUANTITY_SCORE} * figure + {YEAR_SCORE} * dated"
            " + max(0.0, -rank) / (1.0 + max(0.0, -rank))"
        )
        full = " AND ".join(f"u{n} > 0" for n in range(units))
        union = " UNION ALL ".join(f"SELECT * FROM p{n}" for n in range(len(parts)))
        # MATERIALIZED: flattened, each use of a unit's flag would repeat its FTS subquery.
        return (
            f"WITH {', '.join(tables)} SELECT rowid, {score} AS score, {share} AS share, ({full}) AS full,"
            f" (SELECT count(*) FROM p0) AS first FROM ({union})"
            f" WHERE {share} > 0 OR named ORDER BY score DESC, rowid LIMIT ?"
        )

    def _compose_part(self, shape: _Shape) -> str:
        """One part's SELECT; its parameters in order: the typed year's rows; each unit's
        expressions; the phrase, NEAR, whole-word and title expressions present; the named,
        within, valued and dated rows present; the limit ("rest", which follows "every" as
        p0); the match; the kind's range (or the hidden ranges); the rows ("only")."""
        mode, single, units, extras, flags, quantity, has_kind, every_only = shape
        columns = []
        for n, unit in enumerate(units):
            if mode == "every":
                columns.append(f"1.0 AS u{n}")  # known: every unit matched, this one as typed
            elif single:  # known: not as typed (the first pass), so related
                if unit:
                    columns.append(f"(CASE WHEN {_MATCHES} THEN {RELATED_SHARE} ELSE {BROADER_SHARE} END) AS u{n}")
                else:
                    columns.append(f"{RELATED_SHARE} AS u{n}")
            else:
                assert isinstance(unit, tuple)
                sense, related, broader = unit
                direct = _MATCHES if sense is None else f"({_MATCHES} AND {sense})"
                cases = f"WHEN {direct} THEN 1.0"
                if related:
                    cases += f" WHEN {_MATCHES} THEN {RELATED_SHARE}"
                if broader:
                    cases += f" WHEN {_MATCHES} THEN {BROADER_SHARE}"
                columns.append(f"(CASE {cases} ELSE 0.0 END) AS u{n}")
        for name, present in zip(("phrase", "near", "whole", "titled"), extras, strict=True):
            columns.append(f"({_MATCHES}) AS {name}" if present else f"0 AS {name}")
        for name, present in zip(("named", "within", "valued", "dated"), flags, strict=True):
            columns.append(f"({_ROWS_IN}) AS {name}" if present else f"0 AS {name}")
        figures = self._ranges.get("statistic") if quantity else None
        columns.append(f"(rowid BETWEEN {figures[0]} AND {figures[1]}) AS figure" if figures else "0 AS figure")
        priors = self._priors
        if flags[3]:  # an earlier year's figure is no comparison value when its year is typed
            priors += f" * (CASE WHEN {self._earlier} AND {_ROWS_IN} THEN {LEAD_FACTOR} ELSE 1.0 END)"
        # "rest" only when the first part does not fill the limit: else it matches nothing
        # (an empty phrase), decided once before the scan (a condition in WHERE would be
        # tested on every row the match finds, thousands at scale).
        match = "(CASE WHEN (SELECT count(*) FROM p0) < ? THEN ? ELSE '\"\"' END)" if mode == "rest" else "?"
        inner = f"SELECT rowid, {self._rank}{priors} AS rank, {', '.join(columns)} FROM docs WHERE docs MATCH {match}"
        if has_kind:
            inner += " AND rowid BETWEEN ? AND ?"
        else:
            inner += " AND rowid NOT BETWEEN ? AND ?" * len(self._hidden)
        inner += "".join(f" AND {sense}" for sense in every_only)
        if mode == "rest":
            inner += " AND rowid NOT IN (SELECT rowid FROM p0)"
        elif mode == "only":
            inner += f" AND {_ROWS_IN}"
        return inner

    def _prefer_forms_typed(self, rows: list[_Row], query: Query) -> list[_Row]:
        """Among the hits, EXACT_SCORE more for an entry with every content word in the
        very form typed ("pharmacies" over "SK Pharmacy", "land plot" over "land plots"):
        decided on the hits' own folded texts, so it costs nothing per index entry."""
        # The word being typed counts once it is a word of the index ("pharmacies").
        typed = [w for w in query.content() if w.folded.isalnum() and (not w.prefix or w.folded in self.vocabulary)]
        if not typed or len(rows) < 2:
            return rows
        needles = [w.folded for w in typed]
        boosted = []
        texts, columns = self._column_texts, self._folded_columns
        changed = False
        for row in rows:
            text = texts.get(row.rowid)
            if text is None:
                # = fold_text(" ; ".join(columns)): folding is character by character around " ; ".
                text = texts[row.rowid] = " ; ".join(columns[row.rowid])
            if row.score < NUMBER_SCORE and all(_has_word(text, n) for n in needles):
                row = row._replace(score=row.score + EXACT_SCORE)
                changed = True
            boosted.append(row)
        return sorted(boosted, key=lambda r: (-r.score, r.rowid)) if changed else rows

    # -- hits and snippets -------------------------------------------------------------

    def _hits(self, rows: list[_Row], plan: _Plan) -> tuple[SearchHit, ...]:
        if not rows:
            return ()
        hits = []
        entries, folded_texts = self._entries, self._folded_texts
        needles = {True: self._highlighter(plan.terms)}
        for rowid, score, direct, _ in rows:
            entry = entries[rowid]
            folded = folded_texts[rowid]
            if folded is None:
                matches = self._matches(rowid, plan.terms if direct else plan.related_terms)
            else:
                if direct not in needles:
                    needles[direct] = self._highlighter(plan.related_terms)
                matches = _find_needles(folded, needles[direct])
            snippet, spans = cut_snippet(entry.text, matches)
            hits.append(SearchHit(entry.kind, entry.id, entry.title, snippet, spans, score, entry.paragraph))
        return tuple(hits)

    def _matches(self, rowid: int, terms: tuple[str, ...]) -> list[Match]:
        """Where ``terms`` occur in an entry's text, as text.TermMatcher decides it."""
        folded_text = self._folded_texts[rowid]
        if folded_text is None:  # a character folded into several or none: compare token by token
            matcher = TermMatcher(terms, self._stemmer)
            return [(a, b, f) for a, b, f in tokens(self._entries[rowid].text) if matcher.matches(f)]
        return _find_needles(folded_text, self._highlighter(terms))

    def _highlighter(self, terms: tuple[str, ...]) -> tuple[tuple[str, bool], ...]:
        """The words of the index that ``terms`` match, and the beginnings that match
        any word: a term matches the words sharing its stem; a beginning ("procur*")
        the words that begin with it, or whose stem begins with its stem."""
        cached = self._highlighters.get(terms)
        if cached is not None:
            return cached
        plain = [t for t in terms if not t.endswith("*")]
        prefixes = [t[:-1] for t in terms if t.endswith("*") and len(t) > 1]
        stems = self._stemmer.stems([*plain, *prefixes])
        vocabulary = self.vocabulary
        found: set[str] = set()
        for term in plain:
            found.update((term, *vocabulary.words_with_stem(stems[term])))
            if is_number(term) and len(term) > 3:
                found.add(f"{int(term):,}")  # the text writes 1717 as 1,717
        for prefix in prefixes:
            found.update(w for w in vocabulary.words_with_stem_prefix(stems[prefix]) if not w.startswith(prefix))
        # (needle, whole word): the words, then the beginnings, as find_words takes them.
        cached = (*((w, True) for w in sorted(found)), *((p, False) for p in prefixes))
        if len(self._highlighters) > 1000:
            self._highlighters.clear()
        self._highlighters[terms] = cached
        return cached


def find_words(text: str, words: Sequence[str], prefixes: Sequence[str]) -> list[Match]:
    """Occurrences in a folded ``text`` of whole ``words`` and of words beginning with
    one of ``prefixes``, in text order (str.find: far cheaper than compiling a regular
    expression for every query)."""
    return _find_needles(text, (*((w, True) for w in words), *((p, False) for p in prefixes)))


def _find_needles(text: str, needles: Sequence[tuple[str, bool]]) -> list[Match]:
    """:func:`find_words` for needles already paired with "whole word" (built once per query)."""
    found: dict[int, Match] = {}
    size = len(text)
    find = text.find
    for word, whole in needles:
        start = find(word)
        while start >= 0:
            end = start + len(word)
            if start == 0 or not text[start - 1].isalnum():
                if whole:
                    fits = end == size or not text[end].isalnum()
                else:
                    while end < size and text[end].isalnum():
                        end += 1
                    fits = True
                if fits and (start not in found or end > found[start][1]):
                    found[start] = (start, end, text[start:end])
            start = find(word, start + 1)
    return [found[start] for start in sorted(found)] if len(found) > 1 else list(found.values())


def _json_rows(rows: Iterable[int]) -> str:
    """Rows as the JSON list that :data:`_ROWS_IN` takes as its parameter."""
    return f"[{','.join(str(int(r)) for r in rows)}]"


def _near_word(word: Word, complete: bool) -> str:
    return f'"{word.folded}"*' if word.prefix and not complete else f'"{word.folded}"'


def _sense_rows(forms: WordForms, folded: Sequence[tuple[str, ...]]) -> list[tuple[tuple[str, ...], list[int]]]:
    """For each sense of a [[distinct]] entry, its words and the entries that contain
    one of them (a customs entry is no customer entry)."""
    found = []
    for entry in forms.distinct:
        for sense in entry:
            pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sense)) + r")(?!\w)")
            rows = [
                rowid
                for rowid, columns in enumerate(folded)
                if any(w in c for c in columns for w in sense) and any(pattern.search(c) for c in columns)
            ]
            found.append((sense, rows))
    return found


def _aligned_folding(text: str, folded: str | None) -> str | None:
    """``text`` folded (``folded``, when already made), or None when folding moved characters."""
    if folded is None:
        folded = fold_text(text)
    return folded if len(folded) == len(text) and _folds_one_to_one(text) else None


def _folds_one_to_one(text: str) -> bool:
    """Whether every character of ``text`` folds into exactly one character (ASCII
    always does): the non-ASCII ones folded in one call, NUL-separated (NUL folds to itself
    and neither composes nor reorders with its neighbours)."""
    if text.isascii():
        return True
    odd = [c for c in set(text) if not c.isascii()]
    return all(len(f) == 1 for f in fold_text("\x00".join(odd)).split("\x00"))


def _has_word(text: str, word: str) -> bool:
    """Whether a folded ``text`` has ``word`` as a whole word."""
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        if (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        start = text.find(word, start + 1)
    return False

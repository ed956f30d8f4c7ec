"""The search index: SQLite FTS5 in memory, BM25 with field weights, and the query
pipeline (typo correction, thesaurus, tiers of matches, snippets)."""

from __future__ import annotations

import bisect
import sqlite3
import threading
import weakref
from collections.abc import Sequence
from dataclasses import dataclass, replace

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
from kzdesk.core.search.query import Query, Word, is_number, parse
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


@dataclass(frozen=True)
class SearchHit:
    kind: str
    id: str
    title: str
    snippet: str  # plain text (not HTML)
    highlights: tuple[tuple[int, int], ...]  # [start, end) character spans in snippet
    score: float  # higher is better
    paragraph: str | None = None  # for kind "section": the paragraph id


@dataclass(frozen=True)
class SearchResult:
    query: str
    hits: tuple[SearchHit, ...]
    corrected: str | None  # the corrected query text when a typo was fixed
    terms: tuple[str, ...]  # folded words/stems that matched, for highlighting elsewhere
    # True when no entry has all the words: the hits then have some of them.
    partial: bool = False


# Tiers of matches, each ranked wholly below the one before. A hit's score is its
# tier plus its BM25 relevance squashed into [0, 1).
TIER_NUMBER = 5  # "proposal 12", "12": that proposal
TIER_NAME = 4  # the exact name of a project, act, abbreviation or section
TIER_ALL = 3  # every word typed (any word form; the word being typed as a beginning)
HIGHLIGHT_STOP_WORDS = frozenset(
    "a an and as at be by for from in into is it of on or that the their this to was were which who with".split()
)
TIER_RELATED = 2  # thesaurus terms in place of some of the words
TIER_ANY = 1  # some of the words, only when no entry has all of them
PHRASE_BOOST = 2.0  # the words typed, in the order typed, next to each other
_SEP = "\x1f"  # joins a name's words into one key


@dataclass(frozen=True)
class _Plan:
    """A resolved query as FTS5 expressions, built only from quoted folded words."""

    all_words: str
    related: str | None
    any_word: str | None
    phrase: str | None
    whole_words: str | None  # all_words with the word being typed taken as complete, when it is a word
    terms: tuple[str, ...]  # what hits of the upper tiers are highlighted with
    related_terms: tuple[str, ...]  # … and hits that needed the thesaurus or some words only


class SearchIndex:
    """Built once per dataset in milliseconds; ``search`` may be called from any thread."""

    def __init__(
        self, entries: Sequence[Entry], thesaurus: Thesaurus | None = None, stemmer: Stemmer | None = None
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
        self._db.executemany(
            f"INSERT INTO docs(rowid, {', '.join(COLUMNS)}) VALUES (?, ?, ?, ?, ?)",
            ((rowid, *columns) for rowid, columns in enumerate(folded)),
        )
        distinct_texts = {column for columns in folded for column in columns}
        stems = dict(self._db.execute("SELECT term, doc FROM docs_terms").fetchall())
        self.vocabulary = Vocabulary(index_words("\n".join(distinct_texts)), stems, self._stemmer)
        self._related = RelatedTerms(thesaurus if thesaurus is not None else bundled_thesaurus(), self.vocabulary)
        self._ranges: dict[str, tuple[int, int]] = {}
        self._hidden: dict[str, tuple[int, int]] = {}  # rows searched only when their kind is asked for
        names: dict[str, list[int]] = {}  # a name's folded words joined by _SEP → rows
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
        self._names = names
        self._sorted_names = sorted(names)
        self._proposals = {e.number: rowid for rowid, e in enumerate(self._entries) if e.number is not None}
        # Each entry's text folded, when folding kept every character in place (almost
        # always); highlights are then found by plain string search in it.
        self._folded_texts: dict[int, str | None] = {}
        self._highlighters: dict[tuple[str, ...], tuple[tuple[str, ...], tuple[str, ...]]] = {}
        self._rank = f"bm25(docs, {', '.join(str(w) for w in WEIGHTS)})"
        self._priors = "".join(
            f" * (CASE WHEN rowid BETWEEN {lo} AND {hi} THEN {KIND_PRIORS[kind]} ELSE 1.0 END)"
            for kind, (lo, hi) in self._ranges.items()
            if KIND_PRIORS.get(kind, 1.0) != 1.0
        )

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
        scored: dict[int, tuple[float, int]] = {}  # rowid → (score, tier)
        number = query.proposal_number()
        if number in self._proposals and kind in (None, "proposal"):
            scored[self._proposals[number]] = (TIER_NUMBER + 0.5, TIER_NUMBER)
        names = self._named(query, kind)
        self._run(plan.all_words, plan, names, TIER_ALL, kind, limit, scored)
        if plan.related and len(scored) < limit:
            self._run(plan.related, None, set(), TIER_RELATED, kind, limit, scored)
        partial = False
        if not scored and plan.any_word:
            self._run(plan.any_word, plan, set(), TIER_ANY, kind, limit, scored)
            partial = bool(scored)
        ranked = sorted(scored.items(), key=lambda item: (-item[1][0], item[0]))[:limit]
        broad = any(tier <= TIER_RELATED for _, (_, tier) in ranked)
        hits = self._hits(ranked, plan)
        return SearchResult(text, hits, query.corrected_text(), plan.related_terms if broad else plan.terms, partial)

    def _resolve(self, query: Query) -> Query:
        """Each word as searched: as typed when the index knows it; else transliterated
        from Cyrillic; else left to the thesaurus when it knows the word; else the
        closest word of the index (a typo)."""
        covered = set()
        for start, length, _ in self._runs([w.typed for w in query.words], query.words):
            covered.update(range(start, start + length))
        resolved = tuple(self._resolve_word(word, i in covered) for i, word in enumerate(query.words))
        return replace(query, words=resolved)

    def _resolve_word(self, word: Word, in_thesaurus: bool) -> Word:
        vocabulary = self.vocabulary
        if vocabulary.knows(word.typed, word.prefix):
            return word
        spelled = word.typed
        if has_cyrillic(spelled):
            spelled = transliterate(spelled)
            if vocabulary.knows(spelled, word.prefix):
                return word.corrected_to(spelled)
        if in_thesaurus:
            return word
        corrected = vocabulary.correct(spelled, word.prefix)
        return word.corrected_to(corrected) if corrected else word

    def _runs(self, folded: Sequence[str], query_words: Sequence[Word]) -> list[tuple[int, int, list[Term]]]:
        """Runs of words outside quotes that are thesaurus terms: longest first, left to right."""
        stemmed = self._stemmer.stems(folded)
        stems = [stemmed[w] for w in folded]
        runs = []
        i = 0
        while i < len(query_words):
            end = i
            while end < len(query_words) and query_words[end].phrase is None:
                end += 1
            length, related = self._related.match(folded[:end], stems[:end], i) if end > i else (0, [])
            if length:
                runs.append((i, length, related))
            i += max(length, 1)
        return runs

    def _plan(self, query: Query) -> _Plan:
        units, terms = self._units(query)
        all_words = " AND ".join(f"({e})" for _, _, e in units)
        runs = self._runs([w.folded for w in query.words], query.words)
        related, alternatives, related_terms = self._with_related(units, runs)
        any_word = None
        if len(units) > 1 or alternatives:
            any_word = " OR ".join(f"({e})" for e in [*(e for _, _, e in units), *alternatives])
        last = query.words[-1]
        complete = last.prefix and last.folded in self.vocabulary
        phrase = None
        if len(query.words) >= 2 and not query.phrases:
            star = "*" if last.prefix and not complete else ""
            phrase = '"' + " ".join(w.folded for w in query.words) + '"' + star
        whole_words = None
        if complete:  # the last unit is the last word: a word being typed is never in quotes
            whole_words = " AND ".join([*(f"({e})" for _, _, e in units[:-1]), f'("{last.folded}")'])
        return _Plan(all_words, related, any_word, phrase, whole_words, tuple(dict.fromkeys(terms)),
                     tuple(dict.fromkeys([*terms, *related_terms])))  # fmt: skip

    def _units(self, query: Query) -> tuple[list[tuple[int, int, str]], list[str]]:
        """The query as (first word, word count, FTS expression) units in order, and the
        terms that highlight their matches."""
        units: list[tuple[int, int, str]] = []
        terms: list[str] = []
        for members in query.phrases.values():
            first = query.words.index(members[0])
            units.append((first, len(members), '"' + " ".join(w.folded for w in members) + '"'))
            terms.extend(w.folded for w in members)
        for i, word in enumerate(query.words):
            if word.phrase is not None:
                continue
            options = [f'"{word.folded}"*' if word.prefix else f'"{word.folded}"']
            if word.prefix:
                extra = self.vocabulary.prefix_words(word.folded)
                options.extend(f'"{w}"' for w in extra)
                terms.extend([word.folded + "*", *extra])
            else:
                terms.append(word.folded)
            if is_number(word.folded) and len(word.folded) > 3 and not word.folded.startswith("0"):
                # The index has "1,717" as the words 1 and 717; "1717" is typed too.
                options.append('"' + f"{int(word.folded):,}".replace(",", " ") + '"')
            units.append((i, 1, " OR ".join(options)))
        units.sort()
        return units, terms

    @staticmethod
    def _with_related(
        units: list[tuple[int, int, str]], runs: list[tuple[int, int, list[Term]]]
    ) -> tuple[str | None, list[str], list[str]]:
        """All words again, each run of words that is a thesaurus term OR-ed with its
        related terms; the related terms as FTS expressions; their highlight terms."""
        if not runs:
            return None, [], []
        by_start = {start: (length, related) for start, length, related in runs}
        parts = []
        alternatives: list[str] = []
        related_terms: list[str] = []
        covered_until = -1
        for first, _, expression in units:
            if first <= covered_until:
                continue
            if first not in by_start:
                parts.append(expression)
                continue
            length, related = by_start[first]
            inner = " AND ".join(f"({e})" for f, _, e in units if first <= f < first + length)
            alternatives.extend(t.fts() for t in related)
            for term in related:
                related_terms.extend(
                    w + ("*" if p else "")
                    for w, p in zip(term.words, term.prefix, strict=True)
                    # "persons who reported corruption" matches as a phrase; marking every "a"
                    # or "who" in a text that matched it would only add noise.
                    if w not in HIGHLIGHT_STOP_WORDS
                )
            parts.append(" OR ".join([f"({inner})", *(f"({t.fts()})" for t in related)]))
            covered_until = first + length - 1
        return " AND ".join(f"({p})" for p in parts), alternatives, related_terms

    def _named(self, query: Query, kind: str | None) -> set[int]:
        """Entries whose name is exactly the words typed (the last may be unfinished)."""
        typed = _SEP.join(w.folded for w in query.words)
        keys = [typed] if typed in self._names else []
        if query.words[-1].prefix:
            start = bisect.bisect_left(self._sorted_names, typed)
            end = bisect.bisect_left(self._sorted_names, typed + "\U0010ffff", start)
            keys.extend(k for k in self._sorted_names[start:end] if _SEP not in k[len(typed) :])
        return {r for k in keys for r in self._names[k] if kind is None or self._entries[r].kind == kind}

    def _run(
        self,
        match: str,
        plan: _Plan | None,
        names: set[int],
        tier: int,
        kind: str | None,
        limit: int,
        scored: dict[int, tuple[float, int]],
    ) -> None:
        """Add the best ``limit`` entries matching ``match`` that are not scored yet.

        Order: exact names first; then, when the last word may be unfinished, entries
        with it as a whole word before those that only have a longer word beginning
        with it ("police" before "policy"); then BM25, doubled for the exact phrase.
        """
        rank = self._rank + self._priors
        parameters: list[object] = []
        if plan is not None and plan.phrase is not None:
            in_phrase = "rowid IN (SELECT rowid FROM docs WHERE docs MATCH ?)"
            rank += f" * (CASE WHEN {in_phrase} THEN {PHRASE_BOOST} ELSE 1 END)"
            parameters.append(plan.phrase)
        named = f"rowid IN ({', '.join(str(r) for r in sorted(names))})" if names else "0"
        whole = "1"
        if plan is not None and plan.whole_words is not None:
            whole = "rowid IN (SELECT rowid FROM docs WHERE docs MATCH ?)"
            parameters.append(plan.whole_words)
        sql = f"SELECT rowid, {rank} AS rank, {named} AS named, {whole} AS whole FROM docs WHERE docs MATCH ?"
        parameters.append(match)
        if kind is not None:
            if kind not in self._ranges:
                return
            sql += " AND rowid BETWEEN ? AND ?"
            parameters.extend(self._ranges[kind])
        else:
            for lo, hi in self._hidden.values():
                sql += " AND rowid NOT BETWEEN ? AND ?"
                parameters.extend((lo, hi))
        sql += " ORDER BY named DESC, whole DESC, rank, rowid LIMIT ?"
        parameters.append(limit + len(scored))
        try:
            rows = self._db.execute(sql, parameters).fetchall()
        except sqlite3.Error:
            # Cannot happen with quoted folded words; if SQLite ever disagrees, no hits beats a crash.
            return
        split = plan is not None and plan.whole_words is not None
        for rowid, value, is_named, is_whole in rows:
            if rowid in scored:
                continue
            relevance = max(0.0, -value)
            relevance /= 1.0 + relevance
            if split:  # whole-word matches in the upper half of the tier, the rest below
                relevance = (1.0 + relevance) / 2 if is_whole else relevance / 2
            level = TIER_NAME if is_named else tier
            scored[rowid] = (level + relevance, level)

    # -- hits and snippets -------------------------------------------------------------

    def _hits(self, ranked: list[tuple[int, tuple[float, int]]], plan: _Plan) -> tuple[SearchHit, ...]:
        hits = []
        for rowid, (score, tier) in ranked:
            entry = self._entries[rowid]
            terms = plan.related_terms if tier <= TIER_RELATED else plan.terms
            snippet, spans = cut_snippet(entry.text, self._matches(rowid, terms))
            hits.append(SearchHit(entry.kind, entry.id, entry.title, snippet, spans, score, entry.paragraph))
        return tuple(hits)

    def _matches(self, rowid: int, terms: tuple[str, ...]) -> list[Match]:
        """Where ``terms`` occur in an entry's text, as text.TermMatcher decides it."""
        text = self._entries[rowid].text
        if rowid not in self._folded_texts:
            folded = fold_text(text)
            aligned = len(folded) == len(text) and all(len(fold_text(c)) == 1 for c in set(text) if not c.isascii())
            self._folded_texts[rowid] = folded if aligned else None
        folded_text = self._folded_texts[rowid]
        if folded_text is None:  # a character folded into several or none: compare token by token
            matcher = TermMatcher(terms, self._stemmer)
            return [(a, b, f) for a, b, f in tokens(text) if matcher.matches(f)]
        words, prefixes = self._highlighter(terms)
        return find_words(folded_text, words, prefixes)

    def _highlighter(self, terms: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
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
        found = set()
        for term in plain:
            found.update((term, *vocabulary.words_with_stem(stems[term])))
            if is_number(term) and len(term) > 3:
                found.add(f"{int(term):,}")  # the text writes 1717 as 1,717
        for prefix in prefixes:
            found.update(w for w in vocabulary.words_with_stem_prefix(stems[prefix]) if not w.startswith(prefix))
        cached = (tuple(sorted(found)), tuple(prefixes))
        if len(self._highlighters) > 1000:
            self._highlighters.clear()
        self._highlighters[terms] = cached
        return cached


def find_words(text: str, words: Sequence[str], prefixes: Sequence[str]) -> list[Match]:
    """Occurrences in a folded ``text`` of whole ``words`` and of words beginning with
    one of ``prefixes``, in text order (str.find: far cheaper than compiling a regular
    expression for every query)."""
    found: dict[int, Match] = {}
    size = len(text)
    for word, whole in [*((w, True) for w in words), *((p, False) for p in prefixes)]:
        start = text.find(word)
        while start >= 0:
            end = start + len(word)
            if start == 0 or not text[start - 1].isalnum():
                if whole:
                    fits = end == size or not text[end].isalnum()
                else:
                    while end < size and text[end].isalnum():
                        end += 1
                    fits = True
                if fits and end > found.get(start, (0, 0, ""))[1]:
                    found[start] = (start, end, text[start:end])
            start = text.find(word, start + 1)
    return [found[start] for start in sorted(found)]

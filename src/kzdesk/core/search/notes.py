"""The user's own notes in the global search, as their own kind ("Your notes").

The report's index is built from the dataset and never changes; the notes live in a
small FTS5 table of their own (:class:`NotesIndex`), in memory, brought up to date only
with the notes that changed. :class:`WorkspaceNotes` keeps one in step with a workspace
file: a read connection of its own asks SQLite whether anything was committed since
(``PRAGMA data_version``, microseconds) and reloads the notes only then, so a note saved
by this window, another window or the command line is found at the next search.

A query is parsed as the report's search parses it (:func:`kzdesk.core.search.query.parse`:
folding, quoted phrases, the word being typed); word forms come from the same porter
stems, the same word-forms file and, for Russian and Kazakh words, the thesaurus and a
rough ending trim. Every content word must match (a note is found by what it says, not
by one of the words typed); a note found only through a related term ranks lower. Notes
are never typo-corrected: the user's words are searched as typed. The newest notes that
match come first; a search returns NOTES_LIMIT of them unless asked for more (the popup
shows a few, "Show all" and the group's count take every one). A note's hit scores as a
report entry that has every word, so its group sits among the report's by that score.
"""

from __future__ import annotations

import bisect
import contextlib
import sqlite3
import threading
import weakref
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import NamedTuple

from kzdesk.core.labels import paragraph_label, place_label, proposal_label, translate
from kzdesk.core.model import Act, Dataset, Document, Paragraph, Project, Proposal, Section, Statistic
from kzdesk.core.model import Term as GlossaryTerm
from kzdesk.core.references import Ref
from kzdesk.core.search.entries import cut_snippet
from kzdesk.core.search.index import COVERAGE_SCORE, RELATED_SHARE, SearchHit, SearchResult
from kzdesk.core.search.query import Query, Word, parse
from kzdesk.core.search.text import (
    TOKENIZER,
    Stemmer,
    fold_text,
    has_cyrillic,
    shared_stemmer,
    tokens,
    transliterate,
)
from kzdesk.core.search.thesaurus import RelatedTerms, Term, Thesaurus, bundled_thesaurus
from kzdesk.core.search.vocabulary import MAX_PREFIX_STEMS, Vocabulary
from kzdesk.core.search.word_forms import WordForms, bundled_word_forms

#: The kind of a note's hit (``SearchHit.kind``, the command line's JSON ``kind``).
NOTE_KIND = "note"
#: A Cyrillic word at least this long also matches the words that begin with it less its last
#: letter (взятки → взятк*: взятка, взятку, взяткой): Russian and Kazakh have no stemmer here.
_CYRILLIC_TRIM = 5
#: A note that has every word: as a report entry that has them all, with average relevance.
NOTE_SCORE = COVERAGE_SCORE + 0.5
#: Notes a search returns by default: the popup shows the newest few; "Show all" asks for every one.
NOTES_LIMIT = 5
_BUSY_MS = 2000  # a reader waits this long for a writer's checkpoint at most


def notes_label() -> str:
    """The group's title in the search popup: the user's own words, never the report's."""
    return translate("Search", "Your notes")


class NoteText(NamedTuple):
    id: str
    target: str  # the id of the item the note is on, in its edition
    text: str
    updated: str


def default_label(edition: str, target: str) -> str:
    """What a reader calls the item a note is on, from its id alone ("Section 5, para. 3")."""
    try:
        return place_label(Ref(edition, target))
    except ValueError:
        return target


def item_label(dataset: Dataset, target: str) -> str:
    """What a reader calls the item ``target`` of ``dataset``: "Section 5, para. 3", "Proposal 7",
    a figure's indicator, a project's name, an act's or document's title."""
    entity = dataset.by_id.get(target)
    if isinstance(entity, Paragraph):
        section = dataset.section_of_paragraph.get(target)
        return paragraph_label(target, section.title if section else "")
    if isinstance(entity, Proposal):
        return proposal_label(entity.number)
    if isinstance(entity, Statistic):
        return entity.indicator
    if isinstance(entity, Project):
        return entity.name
    if isinstance(entity, (Act, Document, Section)):
        return entity.title
    if isinstance(entity, GlossaryTerm):
        return entity.term
    return translate("Search", "An item this edition does not have ({id})").format(id=target)


class _EveryWord(Vocabulary):
    """A vocabulary that knows every word: the notes change, so every related term is kept."""

    def __init__(self, stemmer: Stemmer) -> None:
        super().__init__((), {}, stemmer)

    def knows(self, word: str, prefix: bool = False) -> bool:
        return True


class NotesIndex:
    """The notes of one edition, searchable. Not thread-safe by itself: :class:`WorkspaceNotes`
    (or the caller) keeps it to one thread at a time."""

    def __init__(
        self,
        label: Callable[[str], str] | None = None,
        stemmer: Stemmer | None = None,
        thesaurus: Thesaurus | None = None,
        word_forms: WordForms | None = None,
    ) -> None:
        """``label(target)``: the hit's title for a note on ``target``."""
        self._label = label if label is not None else (lambda target: target)
        self._stemmer = stemmer if stemmer is not None else shared_stemmer()
        self._thesaurus = thesaurus
        self._related: RelatedTerms | None = None  # built on the first search with notes to search
        forms = word_forms if word_forms is not None else bundled_word_forms()
        self._same_as = forms.same_as()
        self._db = sqlite3.connect(":memory:", check_same_thread=False)
        self._closer = weakref.finalize(self, self._db.close)
        self._db.execute(f"CREATE VIRTUAL TABLE notes USING fts5(text, tokenize='{TOKENIZER}')")
        self._notes: dict[int, NoteText] = {}  # rowid → note
        self._tokens: dict[int, tuple[str, list[tuple[int, int, str]]]] = {}  # rowid → one line, its words
        self._labels: dict[str, str] = {}  # target → the hit's title
        self._by_stem: dict[str, list[str]] = {}
        self._stem_of: dict[str, str] = {}
        self._sorted_stems: list[str] = []
        self._rows: dict[str, tuple[int, str]] = {}  # note id → (rowid, updated)
        self._next = 1
        self._word_counts: dict[str, int] = {}  # the notes' folded words, for the word being typed
        self._sorted_words: list[str] | None = []

    def close(self) -> None:
        self._closer()

    def __len__(self) -> int:
        return len(self._notes)

    # ---- keeping up with the notes ---------------------------------------------------------
    def load(self, notes: Iterable[NoteText]) -> bool:
        """Make the index hold exactly ``notes``: only new, changed and deleted ones are touched.
        Whether anything changed."""
        wanted = {note.id: note for note in notes}
        gone = [nid for nid, (_, updated) in self._rows.items() if nid not in wanted or wanted[nid].updated != updated]
        fresh = [note for nid, note in wanted.items() if nid not in self._rows or nid in gone]
        if not gone and not fresh:
            return False
        with self._db:
            for nid in gone:
                rowid, _ = self._rows.pop(nid)
                del self._notes[rowid]
                _, found = self._tokens.pop(rowid)
                self._count(found, -1)
                self._db.execute("DELETE FROM notes WHERE rowid = ?", (rowid,))
            # Row ids in order of the last change: the newest note is found first.
            for note in sorted(fresh, key=lambda n: (n.updated, n.id)):
                rowid = self._next
                self._next += 1
                self._notes[rowid] = note
                self._rows[note.id] = (rowid, note.updated)
                # Its words, found now (on the search's worker, once per change), not per keystroke.
                one_line = " ".join(note.text.split())
                found = tokens(one_line)
                self._tokens[rowid] = (one_line, found)
                self._count(found, 1)
                self._db.execute("INSERT INTO notes(rowid, text) VALUES (?, ?)", (rowid, fold_text(one_line)))
        self._sorted_words = None
        return True

    def _count(self, found: list[tuple[int, int, str]], step: int) -> None:
        counts = self._word_counts
        for word in {f for _, _, f in found}:
            left = counts.get(word, 0) + step
            if left > 0:
                counts[word] = left
            else:
                counts.pop(word, None)

    # ---- searching -------------------------------------------------------------------------
    def search(self, text: str, limit: int = NOTES_LIMIT) -> tuple[SearchHit, ...]:
        """The notes that have every content word of ``text`` (as typed first, then through the
        thesaurus), newest first; never raises for a string."""
        if not self._notes or limit <= 0:
            return ()
        query = parse(text)
        if not query.words:
            return ()
        units, terms = self._units(query)
        direct = " AND ".join(f"({' OR '.join(u[0])})" for u in units)
        rows = self._match(direct, limit)
        if len(rows) < limit and any(u[1] for u in units):
            broad = " AND ".join(f"({' OR '.join((*u[0], *u[1]))})" for u in units)
            seen = {r for r, _ in rows}
            rows += [(r, s * RELATED_SHARE) for r, s in self._match(broad, limit) if r not in seen][: limit - len(rows)]
        if not rows:
            return ()
        matched = self._matching_words(terms)
        hits = []
        for rowid, score in rows:
            note = self._notes[rowid]
            one_line, found = self._tokens[rowid]
            snippet, spans = cut_snippet(one_line, [t for t in found if t[2] in matched])
            hits.append(
                SearchHit(NOTE_KIND, note.id, self.label(note.target), snippet, spans, score, None, note.target)
            )
        return tuple(hits)

    def label(self, target: str) -> str:
        found = self._labels.get(target)
        if found is None:
            found = self._labels[target] = self._label(target)
        return found

    def _matching_words(self, terms: Sequence[str]) -> set[str]:
        """The notes' words that ``terms`` highlight, as :class:`TermMatcher` decides it (a term:
        the words with its stem; "procur*": the words that begin with it or whose stem does),
        found in the notes' vocabulary once per query instead of word by word in each note."""
        self._vocabulary()
        plain = [t for t in terms if not t.endswith("*")]
        prefixes = [t[:-1] for t in terms if t.endswith("*") and len(t) > 1]
        stems = self._stemmer.stems([*plain, *prefixes])
        found: set[str] = set(plain)
        for term in plain:
            found.update(self._by_stem.get(stems[term], ()))
        for prefix in prefixes:
            found.update(_starting_with(self._sorted_words or [], prefix))
            for stem in _starting_with(self._sorted_stems, stems[prefix]):
                found.update(self._by_stem[stem])
        return found

    def prepare(self) -> None:
        """Make now what the first search would: the vocabulary and the thesaurus."""
        self._vocabulary()
        self._related_terms(parse("x"))

    def _vocabulary(self) -> None:
        """The notes' words in order, and by stem (remade after the notes changed)."""
        if self._sorted_words is not None:
            return
        self._sorted_words = sorted(self._word_counts)
        stem_of = self._stem_of = self._stemmer.stems(self._sorted_words)
        by_stem: dict[str, list[str]] = {}
        for word in self._sorted_words:
            by_stem.setdefault(stem_of[word], []).append(word)
        self._by_stem = by_stem
        self._sorted_stems = sorted(by_stem)

    def _match(self, expression: str, limit: int) -> list[tuple[int, float]]:
        """The newest ``limit`` notes that match, each scored as a report entry that has every
        word (the coverage part of a score, plus half the relevance part): no BM25 over
        every note that matches, which costs milliseconds when most of a thousand do."""
        try:
            found = self._db.execute(
                "SELECT rowid FROM notes WHERE notes MATCH ? ORDER BY rowid DESC LIMIT ?", (expression, limit)
            ).fetchall()
        except sqlite3.Error:  # only quoted folded words reach FTS5; this is a last line of defence
            return []
        return [(rowid, NOTE_SCORE) for (rowid,) in found]

    def _units(self, query: Query) -> tuple[list[tuple[list[str], list[str]]], list[str]]:
        """Per content word (or quoted phrase): its FTS5 alternatives as typed, and through the
        thesaurus; and the terms that highlight a note's words."""
        content = query.content()
        units: list[tuple[list[str], list[str]]] = []
        terms: list[str] = []
        for members in query.phrases.values():
            units.append(([f'"{" ".join(w.folded for w in members)}"'], []))
            terms.extend(w.folded for w in members)
        # The thesaurus for Russian and Kazakh words typed (взятка finds "bribe"); English word
        # forms come from the stems, so a query in English pays nothing for it.
        cyrillic = any(has_cyrillic(w.folded) for w in query.words)
        related_at = self._related_terms(query) if cyrillic else {}
        for i, word in enumerate(query.words):
            if word.phrase is not None or word not in content:
                continue
            options, highlight = self._options(word)
            related = [f"({t.fts()})" for t in related_at.get(i, ())]
            units.append((options, related))
            terms.extend(highlight)
            for term in related_at.get(i, ()):
                terms.extend(w + ("*" if p else "") for w, p in zip(term.words, term.prefix, strict=True))
        return units, list(dict.fromkeys(terms))

    def _options(self, word: Word) -> tuple[list[str], list[str]]:
        folded = word.folded
        options = [f'"{folded}"*' if word.prefix else f'"{folded}"']
        highlight = [folded + "*" if word.prefix else folded]
        if word.prefix:
            # FTS5 compares a typed beginning with stems ("procurem"* misses "procurement"):
            # the notes' own words that begin with it come back by name.
            extra = self._words_starting(folded)
            options.extend(f'"{w}"' for w in extra)
            highlight.extend(extra)
        for same in self._same_as.get(folded, ()):
            if same != folded:
                options.append(f'"{same}"')
                highlight.append(same)
        if has_cyrillic(folded):
            spelled = transliterate(folded)
            if spelled != folded:
                options.append(f'"{spelled}"')  # "Адал Көмек" is written "Adal Komek" in a note too
                highlight.append(spelled)
            if len(folded) >= _CYRILLIC_TRIM:
                options.append(f'"{folded[:-1]}"*')
                highlight.append(folded[:-1] + "*")
        return options, highlight

    def _words_starting(self, prefix: str) -> list[str]:
        """The notes' words beginning with ``prefix`` that the FTS5 prefix query misses (their
        stem does not begin with the prefix's stem: "procurem"* misses "procurement")."""
        self._vocabulary()
        found = _starting_with(self._sorted_words or [], prefix)
        if not found:
            return []
        stem = self._stemmer.stem(prefix)
        missed = [w for w in found if not self._stem_of[w].startswith(stem)]
        return [] if len(missed) > MAX_PREFIX_STEMS else missed

    def _related_terms(self, query: Query) -> dict[int, list[Term]]:
        """Query word → the thesaurus terms of the run of words it is in (Russian and Kazakh
        words find the English the notes may be written in, and the other way round)."""
        if self._related is None:
            thesaurus = self._thesaurus if self._thesaurus is not None else bundled_thesaurus()
            self._related = RelatedTerms(thesaurus, _EveryWord(self._stemmer))
        folded = [w.folded for w in query.words]
        stemmed = self._stemmer.stems(folded)
        stems = [stemmed[w] for w in folded]
        found: dict[int, list[Term]] = {}
        i = 0
        while i < len(folded):
            end = i
            while end < len(folded) and query.words[end].phrase is None:
                end += 1
            length, related, broader = self._related.match(folded[:end], stems[:end], i) if end > i else (0, [], [])
            for n in range(i, i + length):
                found[n] = [*related, *broader]
            i += max(length, 1)
        return found


def _starting_with(ordered: list[str], prefix: str) -> list[str]:
    start = bisect.bisect_left(ordered, prefix)
    return ordered[start : bisect.bisect_left(ordered, prefix + "\U0010ffff", start)]


def with_notes(result: SearchResult, notes: Sequence[SearchHit]) -> SearchResult:
    """``result`` with the note hits among its hits, by score (the report's own order kept)."""
    if not notes:
        return result
    hits = tuple(sorted((*result.hits, *notes), key=lambda h: -h.score))
    return SearchResult(result.query, hits, result.corrected, result.terms, result.partial)


class WorkspaceNotes:
    """The notes of ``edition`` in the workspace file at ``path``, searchable and kept current.

    Reads through a connection of its own (read-only), so it may live on the search's worker
    thread while the GUI writes through the store; a file that does not exist (yet) has no
    notes, and is looked for again at the next search. Safe to call from one thread at a time.
    """

    def __init__(self, path: Path, edition: str, label: Callable[[str], str] | None = None) -> None:
        self.path = path
        self.edition = edition
        self.index = NotesIndex(label if label is not None else (lambda target: default_label(edition, target)))
        self._db: sqlite3.Connection | None = None
        self._version: int | None = None
        self._file: tuple[int, int] | None = None  # (device, inode) of the file opened
        self._lock = threading.Lock()
        #: Why the notes could not be read the last time (None: they were), for a status line.
        self.problem: str | None = None

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                with contextlib.suppress(sqlite3.Error):
                    self._db.close()
                self._db = None
            self.index.close()

    def search(self, text: str, limit: int = NOTES_LIMIT) -> tuple[SearchHit, ...]:
        with self._lock:
            self._refresh()
            return self.index.search(text, limit)

    def warm_up(self) -> None:
        """Read the notes in now (the search field got the focus), so the first keystroke does not."""
        with self._lock:
            self._refresh()
            if len(self.index):
                self.index.prepare()

    def add_to(self, result: SearchResult, limit: int = NOTES_LIMIT) -> SearchResult:
        """``result`` (the report's hits for its query) with the matching notes among them."""
        return with_notes(result, self.search(result.query, limit))

    def _refresh(self) -> None:
        try:
            stat = self.path.stat()
        except OSError:  # no workspace (yet, or moved aside): no notes
            self._disconnect()
            self.index.load(())
            return
        try:
            # Another file now at the path (a restored backup, a damaged one moved aside and a
            # fresh one made): read that one, not the one opened before.
            if self._db is not None and self._file != (stat.st_dev, stat.st_ino):
                self._disconnect()
            if self._db is None:
                self._db = sqlite3.connect(
                    f"{self.path.resolve().as_uri()}?mode=ro",
                    uri=True,
                    timeout=_BUSY_MS / 1000,
                    check_same_thread=False,
                )
                self._file = (stat.st_dev, stat.st_ino)
            version = self._db.execute("PRAGMA data_version").fetchone()[0]
            if version == self._version:
                return
            rows = self._db.execute(
                "SELECT id, target, text, updated FROM notes WHERE edition = ?", (self.edition,)
            ).fetchall()
        except sqlite3.Error as error:
            # Unreadable now (damaged, not a workspace, locked too long): the notes known so far
            # stay searchable; the report's search is never held up by the user's file.
            self.problem = str(error)
            self._disconnect()
            return
        self.problem = None
        self._version = version
        self.index.load(NoteText(*row) for row in rows)

    def _disconnect(self) -> None:
        if self._db is not None:
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
            self._db = None
        self._version = None

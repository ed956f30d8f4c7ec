"""The index's words: which exist, words that begin with what is being typed, and
the closest known word for a typo."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Mapping

from rapidfuzz import process
from rapidfuzz.distance import OSA

from kzdesk.core.search.text import Stemmer

# More stems than this for one typed beginning and the FTS prefix query alone is
# used: a beginning that short already matches the stems it would add.
MAX_PREFIX_STEMS = 24
_CACHE_LIMIT = 50_000


def allowed_typos(length: int) -> int:
    """Edits tolerated in a word of this length: none below 4 letters (too many near neighbours)."""
    if length < 4:
        return 0
    if length <= 5:
        return 1
    return 2 if length <= 9 else 3


class Vocabulary:
    """The index's words (folded, as FTS5 splits text) and its terms (the stems FTS5
    stored) with the number of entries holding each.

    The words' stems are needed only by queries (for highlighting and half-typed
    words), so the first query that needs one stems all words in one SQLite round trip
    (a few milliseconds, once) instead of the build paying for it or every query paying
    a round trip per new word.
    """

    def __init__(self, words: Iterable[str], stem_entries: Mapping[str, int], stemmer: Stemmer) -> None:
        self._stemmer = stemmer
        self._words = sorted(set(words))
        self._word_set = frozenset(self._words)
        self._stem_entries = dict(stem_entries)
        self._stems = sorted(self._stem_entries)
        # Typo candidates are words, not numbers: numbers are never "corrected".
        self._choices = [w for w in self._words if len(w) >= 3 and w.isalpha()]
        self._beginnings_by_length: dict[int, tuple[list[str], dict[str, int]]] = {}
        self._corrections: dict[tuple[str, bool], str | None] = {}
        self._prefix_words: dict[str, tuple[str, ...]] = {}
        self._stem_of: dict[str, str] = {}
        self._by_stem: dict[str, tuple[str, ...]] = {}

    def _word_stems(self) -> dict[str, str]:
        if not self._stem_of and self._words:
            self._stem_of = self._stemmer.stems(self._words)
            by_stem: dict[str, list[str]] = {}
            for word in self._words:
                by_stem.setdefault(self._stem_of[word], []).append(word)
            self._by_stem = {stem: tuple(found) for stem, found in by_stem.items()}
        return self._stem_of

    def __contains__(self, word: object) -> bool:
        """Whether ``word`` is one of the index's words, as written (not by stem)."""
        return word in self._word_set

    def stem(self, word: str) -> str:
        return self._stem_of.get(word) or self._stemmer.stem(word)

    def stems_of(self, words: Iterable[str]) -> dict[str, str]:
        """Stems of many words in one go (one SQLite round trip instead of one per word)."""
        return self._stemmer.stems(words)

    def knows(self, word: str, prefix: bool = False) -> bool:
        """Whether ``word`` (or, as a prefix, some word or stem beginning with it) is in the index."""
        if prefix:
            return _starts_any(self._words, word) or _starts_any(self._stems, self.stem(word))
        return word in self._word_set or self.stem(word) in self._stem_entries

    def words_with_stem(self, stem: str) -> tuple[str, ...]:
        """The index's words with this stem (judg → judge, judges, judged)."""
        self._word_stems()
        return self._by_stem.get(stem, ())

    def words_with_stem_prefix(self, prefix: str) -> list[str]:
        """The words whose stem begins with ``prefix`` (what an FTS5 prefix query matches)."""
        return [w for stem in _starting_with(self._stems, prefix) for w in self.words_with_stem(stem)]

    def prefix_words(self, prefix: str) -> tuple[str, ...]:
        """One word for each stem that the FTS5 prefix query ``"prefix"*`` misses.

        FTS5 stems the typed beginning and matches it against stems: "procurem"*
        misses "procurement" (stem "procur"). Searching these words brings them back.
        """
        cached = self._prefix_words.get(prefix)
        if cached is None:
            candidates = _starting_with(self._words, prefix)
            stems = self._word_stems()
            typed_stem = self.stem(prefix)
            by_stem: dict[str, str] = {}
            for word in candidates:
                stem = stems[word]
                if not stem.startswith(typed_stem) and stem not in by_stem:
                    by_stem[stem] = word
                    if len(by_stem) > MAX_PREFIX_STEMS:
                        by_stem = {}
                        break
            cached = tuple(by_stem.values())
            if len(self._prefix_words) > _CACHE_LIMIT:
                self._prefix_words.clear()
            self._prefix_words[prefix] = cached
        return cached

    def correct(self, word: str, prefix: bool = False) -> str | None:
        """The closest known word (for a prefix: or the closest beginning of one), if close enough.

        Fewest edits first (two swapped letters count as one edit), then a word with
        the same first letter, then the word found in more entries.
        """
        key = (word, prefix)
        if key not in self._corrections:
            best = _closest(word, self._choices, self._entries_with_word)
            if best is None and prefix:
                beginnings, counts = self._beginnings(len(word))
                best = _closest(word, beginnings, counts.__getitem__)
            if len(self._corrections) > _CACHE_LIMIT:
                self._corrections.clear()
            self._corrections[key] = best
        return self._corrections[key]

    def _entries_with_word(self, word: str) -> int:
        return self._stem_entries.get(self.stem(word), 0)

    def _beginnings(self, length: int) -> tuple[list[str], dict[str, int]]:
        """The beginnings of this length of the index's words, with how many words have each."""
        if length not in self._beginnings_by_length:
            counts: dict[str, int] = {}
            for word in self._choices:
                if len(word) > length:
                    counts[word[:length]] = counts.get(word[:length], 0) + 1
            self._beginnings_by_length[length] = (sorted(counts), counts)
        return self._beginnings_by_length[length]


def _closest(word: str, choices: list[str], weight: Callable[[str], int]) -> str | None:
    limit = allowed_typos(len(word))
    if limit == 0 or not word.isalpha():
        return None
    found = process.extract(word, choices, scorer=OSA.distance, score_cutoff=limit, limit=None)
    if not found:
        return None
    fewest = min(c[1] for c in found)
    nearest = [str(c[0]) for c in found if c[1] == fewest]
    return min(nearest, key=lambda c: (c[0] != word[0], -weight(c), c))


def _starting_with(ordered: list[str], prefix: str) -> list[str]:
    start = bisect.bisect_left(ordered, prefix)
    return ordered[start : bisect.bisect_left(ordered, prefix + "\U0010ffff", start)]


def _starts_any(ordered: list[str], prefix: str) -> bool:
    i = bisect.bisect_left(ordered, prefix)
    return i < len(ordered) and ordered[i].startswith(prefix)

"""The index's words: which exist, words that begin with what is being typed, and
the closest known word for a typo."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping

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
    """Each folded word of the index (as FTS5 splits text), how often it occurs, and
    its stem. All words are stemmed up front in one SQLite round trip: that gives the
    index's own terms and spares every later query (and snippet) a round trip."""

    def __init__(self, frequency: Mapping[str, int], stemmer: Stemmer) -> None:
        self.frequency = dict(frequency)
        self._stemmer = stemmer
        self._words = sorted(self.frequency)
        self._stem_set = frozenset(stemmer.stems(self._words).values())
        self._stems = sorted(self._stem_set)
        # Typo candidates are words, not numbers: numbers are never "corrected".
        self._choices = [w for w in self._words if len(w) >= 3 and w.isalpha()]
        self._beginnings_by_length: dict[int, tuple[list[str], dict[str, int]]] = {}
        self._corrections: dict[tuple[str, bool], str | None] = {}
        self._prefix_words: dict[str, tuple[str, ...]] = {}

    def stem(self, word: str) -> str:
        return self._stemmer.stem(word)

    def stems_of(self, words: Iterable[str]) -> dict[str, str]:
        """Stems of many words in one go (one SQLite round trip instead of one per word)."""
        return self._stemmer.stems(words)

    def knows(self, word: str, prefix: bool = False) -> bool:
        """Whether ``word`` (or, as a prefix, some word or stem beginning with it) is in the index."""
        if prefix:
            return _starts_any(self._words, word) or _starts_any(self._stems, self.stem(word))
        return word in self.frequency or self.stem(word) in self._stem_set

    def matching_words(self, prefix: str) -> list[str]:
        return _starting_with(self._words, prefix)

    def matching_stems(self, prefix: str) -> list[str]:
        return _starting_with(self._stems, prefix)

    def prefix_words(self, prefix: str) -> tuple[str, ...]:
        """One word for each stem that the FTS5 prefix query ``"prefix"*`` misses.

        FTS5 stems the typed beginning and matches it against stems: "procurem"*
        misses "procurement" (stem "procur"). Searching these words brings them back.
        """
        cached = self._prefix_words.get(prefix)
        if cached is None:
            candidates = _starting_with(self._words, prefix)
            stems = self._stemmer.stems(candidates)
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
        the same first letter, then the more frequent word.
        """
        key = (word, prefix)
        if key not in self._corrections:
            best = _closest(word, self._choices, self.frequency)
            if best is None and prefix:
                beginnings, frequency = self._beginnings(len(word))
                best = _closest(word, beginnings, frequency)
            if len(self._corrections) > _CACHE_LIMIT:
                self._corrections.clear()
            self._corrections[key] = best
        return self._corrections[key]

    def _beginnings(self, length: int) -> tuple[list[str], dict[str, int]]:
        if length not in self._beginnings_by_length:
            frequency: dict[str, int] = {}
            for word in self._choices:
                if len(word) > length:
                    frequency[word[:length]] = frequency.get(word[:length], 0) + self.frequency[word]
            self._beginnings_by_length[length] = (sorted(frequency), frequency)
        return self._beginnings_by_length[length]


def _closest(word: str, choices: list[str], frequency: Mapping[str, int]) -> str | None:
    limit = allowed_typos(len(word))
    if limit == 0 or not word.isalpha():
        return None
    found = process.extract(word, choices, scorer=OSA.distance, score_cutoff=limit, limit=None)
    if not found:
        return None
    best = min(found, key=lambda c: (c[1], c[0][0] != word[0], -frequency.get(c[0], 0), c[0]))
    return str(best[0])


def _starting_with(ordered: list[str], prefix: str) -> list[str]:
    start = bisect.bisect_left(ordered, prefix)
    return ordered[start : bisect.bisect_left(ordered, prefix + "\U0010ffff", start)]


def _starts_any(ordered: list[str], prefix: str) -> bool:
    i = bisect.bisect_left(ordered, prefix)
    return i < len(ordered) and ordered[i].startswith(prefix)

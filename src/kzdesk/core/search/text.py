"""Words as the search engine sees them: tokens, folding, stems, highlight spans.

Everything that decides whether two words are "the same" lives here, so the index,
the snippets and :func:`highlight_spans` (used by the GUI on any text) agree.

- A token is a run of letters/digits (combining accents included), or a number
  with thousands separators or decimals ("1,717", "50.7").
- Folding: casefold (ß → ss), drop diacritics (Kómek → komek, ё → е); a typed
  number loses its thousands separators (1,717 → 1717).
- Stems come from SQLite's own FTS5 ``porter`` tokenizer, not a second
  implementation in Python, so highlighting can never disagree with matching.
"""

from __future__ import annotations

import re
import sqlite3
import threading
import weakref
from collections.abc import Iterable, Sequence

from kzdesk.core.labels import escape
from kzdesk.core.labels import fold as fold_text

TOKENIZER = "porter unicode61 remove_diacritics 2"

TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)+|(?:[^\W_]|[\u0300-\u036f])+")

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")

# Kazakh and Russian Cyrillic spelled the way the report romanises names
# (Адалдық алаңы → adaldyq alany, Көмек → komek, Жол → zhol). Input is folded
# first, so ё and й have already become е and и.
_LATIN = {
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ж": "zh",
    "з": "z", "и": "i", "і": "i", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n", "ң": "n",
    "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u", "ү": "u",
    "ф": "f", "х": "kh", "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "",
    "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}  # fmt: skip

_WORD = re.compile(r"[^\W_]+")
# ASCII bytes that separate words become spaces; bytes of other characters are kept
# and the few words containing them are split by the regular expression.
_SEPARATORS = bytes(b if chr(b).isalnum() or b >= 0x80 else 0x20 for b in range(256))
# Typographic punctuation that would otherwise glue to words ("“adal") and send them
# down the slow path of index_words.
_COMMON_PUNCTUATION = "“”‘’«»–—…‹›„"
_FOLDED: dict[str, str] = {}


def fold(word: str) -> str:
    """One token folded: as :func:`fold_text`, and "1,717" → "1717"."""
    folded = _FOLDED.get(word)
    if folded is None:
        folded = "".join(c for c in fold_text(word) if c.isalnum() or c == ".")
        if len(_FOLDED) > 200_000:  # arbitrary user input must not grow the cache forever
            _FOLDED.clear()
        _FOLDED[word] = folded
    return folded


def words(text: str) -> list[str]:
    """The folded tokens of a text, in order."""
    return [f for f in map(fold, TOKEN.findall(text)) if f]


def tokens(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, folded)`` for each token of a text."""
    # findall and str.find instead of finditer: match objects cost more than the regex.
    found = []
    position = 0
    find = text.find
    for token in TOKEN.findall(text):
        start = find(token, position)
        position = start + len(token)
        if token.isascii():  # the common case, without the cache: lower case, no thousands separators
            folded = token.lower().replace(",", "") if "," in token else token.lower()
        else:
            folded = fold(token)
            if not folded:
                continue
        found.append((start, position, folded))
    return found


def index_words(folded_text: str) -> set[str]:
    """The words of an already folded text, split as FTS5 splits it (letters and
    digits; "1,717" and "50.7" are two words each). Several times faster than a
    regular expression over the whole text, which matters for the build budget."""
    for mark in _COMMON_PUNCTUATION:
        folded_text = folded_text.replace(mark, " ")
    found = set()
    for part in set(folded_text.encode("utf-8").translate(_SEPARATORS).split()):
        if part.isascii():
            found.add(part.decode("ascii"))
        else:
            found.update(_WORD.findall(part.decode("utf-8")))
    return found


def has_cyrillic(word: str) -> bool:
    return _CYRILLIC.search(word) is not None


def transliterate(word: str) -> str:
    """A folded Cyrillic word in the report's Latin spelling."""
    return "".join(_LATIN.get(c, c) for c in word)


class Stemmer:
    """Porter stems from SQLite's FTS5 tokenizer, cached; safe to share between threads."""

    def __init__(self, cache_limit: int = 200_000) -> None:
        self._lock = threading.Lock()
        self._cache: dict[str, str] = {}
        self._cache_limit = cache_limit  # arbitrary user input must not grow the cache forever
        self._db = sqlite3.connect(":memory:", check_same_thread=False)
        self._db.execute(f"CREATE VIRTUAL TABLE words USING fts5(w, tokenize='{TOKENIZER}')")
        self._db.execute("CREATE VIRTUAL TABLE terms USING fts5vocab(words, instance)")
        weakref.finalize(self, self._db.close)

    def stem(self, word: str) -> str:
        stem = self._cache.get(word)
        if stem is None:
            stem = self.stems((word,))[word]
        return stem

    def stems(self, folded_words: Iterable[str]) -> dict[str, str]:
        """Stems of already folded words."""
        wanted = set(folded_words)
        with self._lock:
            if len(self._cache) > self._cache_limit:
                self._cache.clear()
            missing = sorted(w for w in wanted if w not in self._cache)
            if missing:
                self._cache.update(self._ask_sqlite(missing))
            return {w: self._cache[w] for w in wanted}

    def _ask_sqlite(self, missing: list[str]) -> dict[str, str]:
        found = {w: w for w in missing if _porter_leaves_alone(w)}
        batch = [w for w in missing if w not in found]
        if not batch:
            return found
        # One row holding all words is far cheaper than one row per word; it is
        # only valid when every word is exactly one FTS token, which is checked.
        self._db.execute("INSERT INTO words(rowid, w) VALUES (1, ?)", (" ".join(batch),))
        rows = self._db.execute("SELECT term FROM terms ORDER BY offset").fetchall()
        self._db.execute("DELETE FROM words")
        if len(rows) == len(batch):
            found.update(zip(batch, (r[0] for r in rows), strict=True))
            return found
        self._db.executemany("INSERT INTO words(rowid, w) VALUES (?, ?)", enumerate(batch))
        per_word: dict[int, list[str]] = {}
        for doc, term in self._db.execute("SELECT doc, term FROM terms ORDER BY doc, offset"):
            per_word.setdefault(doc, []).append(term)
        self._db.execute("DELETE FROM words")
        for i, word in enumerate(batch):
            terms = per_word.get(i, [])
            found[word] = terms[0] if len(terms) == 1 else word
        return found


def _porter_leaves_alone(word: str) -> bool:
    """Numbers (one with a decimal point is two FTS tokens anyway), English words under
    3 letters, words not ending in an ASCII letter (porter only rewrites English endings)."""
    return "." in word or word.isdigit() or not word[-1:].isascii() or (word.isascii() and len(word) < 3)


_STEMMER: Stemmer | None = None
_STEMMER_LOCK = threading.Lock()


def shared_stemmer() -> Stemmer:
    global _STEMMER
    with _STEMMER_LOCK:
        if _STEMMER is None:
            _STEMMER = Stemmer()
        return _STEMMER


class TermMatcher:
    """Decides whether a folded word matches a result's terms, the way the index did.

    A term is a folded word (it matches every word with the same stem: judge,
    judges) or a folded beginning ending in ``*`` (it matches words that begin with
    it, and words whose stem begins with its stem, as an FTS5 prefix query does:
    procur* → procurement).
    """

    def __init__(self, terms: Iterable[str], stemmer: Stemmer) -> None:
        self.terms = tuple(dict.fromkeys(terms))
        self.prefixes = tuple(t[:-1] for t in self.terms if t.endswith("*") and len(t) > 1)
        plain = [t for t in self.terms if not t.endswith("*")]
        stems = stemmer.stems([*plain, *self.prefixes])
        self.surfaces = set(plain)
        self.stems = {stems[t] for t in plain}
        self.prefix_stems = tuple((p, stems[p]) for p in self.prefixes)
        self._stemmer = stemmer
        self._memo: dict[str, bool] = {}

    def matches(self, folded: str, stem: str | None = None) -> bool:
        known = self._memo.get(folded)
        if known is None:
            if stem is None:
                stem = self._stemmer.stem(folded)
            known = (
                folded in self.surfaces
                or stem in self.stems
                or any(folded.startswith(p) or stem.startswith(s) for p, s in self.prefix_stems)
            )
            self._memo[folded] = known
        return known


def highlight_spans(text: str, terms: Sequence[str]) -> list[tuple[int, int]]:
    """``[start, end)`` spans of the words of ``text`` that match ``terms``.

    ``terms`` is :attr:`SearchResult.terms`; works on any text (proposal text,
    table cells, a paragraph), not only on snippets.
    """
    if not terms or not text:
        return []
    stemmer = shared_stemmer()
    found = tokens(text)
    stems = stemmer.stems(f for _, _, f in found)
    matcher = TermMatcher(terms, stemmer)
    return [(start, end) for start, end, folded in found if matcher.matches(folded, stems[folded])]


def render_snippet(text: str, spans: Iterable[tuple[int, int]], start: str = "<b>", end: str = "</b>") -> str:
    """``text`` HTML-escaped, with ``start``/``end`` around each span (spans may overlap or be unsorted)."""
    merged: list[list[int]] = []
    for lo, hi in sorted((max(0, a), min(len(text), b)) for a, b in spans):
        if lo >= hi:
            continue
        if merged and lo <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi])
    parts = []
    position = 0
    for lo, hi in merged:
        parts.append(escape(text[position:lo]))
        parts.append(start + escape(text[lo:hi]) + end)
        position = hi
    parts.append(escape(text[position:]))
    return "".join(parts)

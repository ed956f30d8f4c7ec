"""The curated thesaurus (data/annotations/thesaurus.toml) and its use on a query."""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from kzdesk.core.search.text import words
from kzdesk.core.search.vocabulary import Vocabulary
from kzdesk.resources import data_path


class ThesaurusError(ValueError):
    """The thesaurus file is unreadable or not in the documented shape."""


class Term(NamedTuple):  # a tuple: hashed in C, and terms are dictionary keys while compiling
    text: str  # as written in the file
    words: tuple[str, ...]  # folded
    prefix: tuple[bool, ...]  # per word: written with a trailing "*"

    def fts(self) -> str:
        """This term as an FTS5 phrase (each word quoted; a prefix word gets ``*``)."""
        return " + ".join(f'"{w}"*' if p else f'"{w}"' for w, p in zip(self.words, self.prefix, strict=True))


def parse_term(text: str) -> Term:
    folded: list[str] = []
    prefix: list[bool] = []
    for raw in text.split():
        parts = words(raw.rstrip("*"))
        folded.extend(parts)
        prefix.extend([False] * (len(parts) - 1) + [raw.endswith("*")] if parts else [])
    if not folded:
        raise ThesaurusError(f"term {text!r} has no word in it")
    return Term(text, tuple(folded), tuple(prefix))


@dataclass(frozen=True)
class Thesaurus:
    groups: tuple[tuple[Term, ...], ...]
    # Groups marked ``closest = true``: a word and its nearest equivalents (взяточничество is
    # bribery, not any bribe). For a query word in such a group, its terms rank above those of
    # the word's other groups (the broader ideas).
    closest: frozenset[int] = frozenset()

    @classmethod
    def from_file(cls, path: Path) -> Thesaurus:
        try:
            content = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
            raise ThesaurusError(f"cannot read {path}: {error}") from None
        groups = content.get("related")
        if not isinstance(groups, list):
            raise ThesaurusError(f"{path}: expected [[related]] groups")
        parsed = []
        closest = set()
        for n, group in enumerate(groups):
            terms = group.get("terms") if isinstance(group, dict) else None
            if not isinstance(terms, list) or len(terms) < 2 or not all(isinstance(t, str) for t in terms):
                raise ThesaurusError(f"{path}: related[{n}].terms must list at least two strings")
            marked = group.get("closest", False)
            if not isinstance(marked, bool):
                raise ThesaurusError(f"{path}: related[{n}].closest must be true or false")
            if marked:
                closest.add(n)
            parsed.append(tuple(parse_term(t) for t in terms))
        return cls(tuple(parsed), frozenset(closest))


@lru_cache(maxsize=1)
def bundled_thesaurus() -> Thesaurus:
    return Thesaurus.from_file(data_path("annotations", "thesaurus.toml"))


# A word of a term, as compared with a query word: ("stem", s) or ("prefix", p).
_Key = tuple[str, str]


class RelatedTerms:
    """The thesaurus against one index: which query words have related terms, and which of
    those related terms occur in the index at all (the others would only slow queries)."""

    def __init__(self, thesaurus: Thesaurus, vocabulary: Vocabulary) -> None:
        self._vocabulary = vocabulary
        distinct = list(dict.fromkeys(term for group in thesaurus.groups for term in group))
        stems = vocabulary.stems_of(w for term in distinct for w in term.words)
        keys = {term: _key(term, stems) for term in distinct}
        self._related: dict[tuple[_Key, ...], list[Term]] = {}
        self._closest: dict[tuple[_Key, ...], list[Term]] = {}  # … of the ``closest`` groups only
        for n, group in enumerate(thesaurus.groups):
            for term in group:
                key = keys[term]
                for table in (self._related, self._closest) if n in thesaurus.closest else (self._related,):
                    known = table.setdefault(key, [])
                    known.extend(t for t in group if keys[t] != key and t not in known)
        # Whether a term occurs in the index, decided when a query first needs it.
        self._occurs: dict[Term, bool] = {}
        self.longest = max((len(k) for k in self._related), default=1)
        # Keys with a prefix word (the Cyrillic entries), by length and first letter,
        # so a query word is compared with a handful of them, not all.
        self._prefix_keys: dict[tuple[int, str], list[tuple[_Key, ...]]] = {}
        for key in self._related:
            if any(kind == "prefix" for kind, _ in key):
                self._prefix_keys.setdefault((len(key), key[0][1][:1]), []).append(key)

    def _present(self, terms: list[Term]) -> list[Term]:
        """Those of ``terms`` that occur in the index (the others would only slow queries)."""
        for term in terms:
            if term not in self._occurs:
                pairs = zip(term.words, term.prefix, strict=True)
                self._occurs[term] = all(self._vocabulary.knows(w, p) for w, p in pairs)
        return [t for t in terms if self._occurs[t]]

    def match(self, folded: Sequence[str], stems: Sequence[str], start: int) -> tuple[int, list[Term], list[Term]]:
        """The longest run of query words from ``start`` that is a thesaurus term:
        (its length, the related terms, the broader ones). ``stems`` are the stems of
        ``folded``. The broader terms are those of the run's other groups when it is a term
        of a ``closest`` group whose terms occur in the index; else there are none."""
        for length in range(min(self.longest, len(folded) - start), 0, -1):
            end = start + length
            related: list[Term] = []
            closest: list[Term] = []
            for key in self._keys(folded[start:end], stems[start:end]):
                related.extend(t for t in self._present(self._related.get(key, [])) if t not in related)
                closest.extend(t for t in self._present(self._closest.get(key, [])) if t not in closest)
            if closest:
                return length, closest, [t for t in related if t not in closest]
            if related:
                return length, related, []
        return 0, [], []

    def _keys(self, run: Sequence[str], stems: Sequence[str]) -> list[tuple[_Key, ...]]:
        keys: list[tuple[_Key, ...]] = [tuple(("stem", s) for s in stems)]
        candidates = self._prefix_keys.get((len(run), run[0][:1]), [])
        if stems[0][:1] != run[0][:1]:
            candidates = candidates + self._prefix_keys.get((len(run), stems[0][:1]), [])
        for key in candidates:
            if all(
                (w.startswith(v) if kind == "prefix" else s == v)
                for w, s, (kind, v) in zip(run, stems, key, strict=True)
            ):
                keys.append(key)
        return keys


def _key(term: Term, stems: dict[str, str]) -> tuple[_Key, ...]:
    """How a term is compared with query words: by stem, or (written with "*") by beginning."""
    return tuple(("prefix", w) if p else ("stem", stems[w]) for w, p in zip(term.words, term.prefix, strict=True))

"""Word forms the porter stemmer gets wrong for this report, kept as data
(data/annotations/word_forms.toml, beside the thesaurus): words that share a stem but
not a meaning (customs ≠ customer), and forms of one word with different stems
(index = indices)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kzdesk.core.search.text import words
from kzdesk.resources import data_path


class WordFormsError(ValueError):
    """The word-forms file is unreadable or not in the documented shape."""


@dataclass(frozen=True)
class WordForms:
    # Each [[distinct]] entry: its senses, each a tuple of folded words.
    distinct: tuple[tuple[tuple[str, ...], ...], ...]
    # Each [[same]] entry: folded words that are one word.
    same: tuple[tuple[str, ...], ...]

    @classmethod
    def from_file(cls, path: Path) -> WordForms:
        try:
            content = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
            raise WordFormsError(f"cannot read {path}: {error}") from None
        distinct = []
        for n, entry in enumerate(content.get("distinct", [])):
            senses = entry.get("senses") if isinstance(entry, dict) else None
            if not isinstance(senses, list) or len(senses) < 2:
                raise WordFormsError(f"{path}: distinct[{n}].senses must list at least two senses")
            distinct.append(tuple(_folded(sense, f"{path}: distinct[{n}]") for sense in senses))
        same = []
        for n, entry in enumerate(content.get("same", [])):
            group = entry.get("words") if isinstance(entry, dict) else None
            if not isinstance(group, list) or len(group) < 2:
                raise WordFormsError(f"{path}: same[{n}].words must list at least two words")
            same.append(_folded(group, f"{path}: same[{n}]"))
        return cls(tuple(distinct), tuple(same))

    def sense_of(self) -> dict[str, tuple[str, ...]]:
        """Each word of a [[distinct]] entry → the words of its sense."""
        return {word: sense for entry in self.distinct for sense in entry for word in sense}

    def same_as(self) -> dict[str, tuple[str, ...]]:
        """Each word of a [[same]] entry → all the words of its group."""
        return {word: group for group in self.same for word in group}


def _folded(listed: object, where: str) -> tuple[str, ...]:
    if not isinstance(listed, list) or not listed or not all(isinstance(w, str) for w in listed):
        raise WordFormsError(f"{where}: expected a list of words")
    folded = []
    for word in listed:
        parts = words(word)
        if len(parts) != 1:
            raise WordFormsError(f"{where}: {word!r} is not one word")
        folded.append(parts[0])
    return tuple(folded)


@lru_cache(maxsize=1)
def bundled_word_forms() -> WordForms:
    return WordForms.from_file(data_path("annotations", "word_forms.toml"))

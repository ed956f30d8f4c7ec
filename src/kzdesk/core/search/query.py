"""The user's text as a query object: words, quoted phrases, the word being typed.

Nothing of the raw text reaches FTS5: only folded tokens, each quoted when the
match expression is built (see index.py).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from kzdesk.core.search.text import tokens

# A pasted page of text is searched by its first words; more only slows the query.
MAX_WORDS = 32

# Words that may surround a number when someone looks a proposal up by number
# ("proposal 12", "No. 12", "#12", "предложение 12").
_PROPOSAL_WORDS = frozenset(
    {"proposal", "proposals", "no", "nr", "number", "item", "n", "p", "предложение", "предложения", "ұсыныс"}
)


def is_number(word: str) -> bool:
    """A plain whole number of sensible size ("²" and a 5,000-digit run are not)."""
    return word.isascii() and word.isdigit() and len(word) <= 12


@dataclass(frozen=True)
class Word:
    folded: str  # what is searched (corrected when a correction was made)
    typed: str  # folded, as typed
    start: int  # position in the query text
    end: int
    prefix: bool = False  # the word being typed: matches words that begin with it
    phrase: int | None = None  # which quoted phrase it belongs to

    def corrected_to(self, word: str) -> Word:
        return replace(self, folded=word)


@dataclass(frozen=True)
class Query:
    text: str
    words: tuple[Word, ...]

    @property
    def phrases(self) -> dict[int, list[Word]]:
        grouped: dict[int, list[Word]] = {}
        for word in self.words:
            if word.phrase is not None:
                grouped.setdefault(word.phrase, []).append(word)
        return grouped

    def proposal_number(self) -> int | None:
        """N when the query only asks for a proposal by number ("12", "proposal 12")."""
        if any(w.phrase is not None for w in self.words):
            return None
        numbers = [w.folded for w in self.words if is_number(w.folded)]
        others = [w.folded for w in self.words if not is_number(w.folded)]
        if len(numbers) == 1 and all(o in _PROPOSAL_WORDS for o in others):
            return int(numbers[0])
        return None

    def corrected_text(self) -> str | None:
        """The query with each corrected word replaced, or None when nothing was corrected."""
        changed = [w for w in self.words if w.folded != w.typed]
        if not changed:
            return None
        text = self.text
        for word in sorted(changed, key=lambda w: w.start, reverse=True):
            text = text[: word.start] + _same_case(text[word.start : word.end], word.folded) + text[word.end :]
        return " ".join(text.split())


def _same_case(typed: str, word: str) -> str:
    """``word`` written the way ``typed`` was: "Bolashaq" → "Bolashak", "GRECCO" → "GRECO"."""
    if len(typed) > 1 and typed.isupper():
        return word.upper()
    if typed[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def parse(text: str) -> Query:
    """Words outside quotes; words inside a pair of double quotes form a phrase (an
    unclosed quote runs to the end). The last word is a prefix unless the text ends
    after it (a space, a quote, punctuation) or it is inside a phrase."""
    found: list[Word] = []
    phrase_count = 0
    position = 0
    inside = False
    for segment in text.split('"'):
        segment_words = [(s + position, e + position, f) for s, e, f in tokens(segment)]
        if inside and len(segment_words) >= 2:
            phrase: int | None = phrase_count
            phrase_count += 1
        else:
            phrase = None
        found.extend(Word(f, f, s, e, phrase=phrase) for s, e, f in segment_words)
        position += len(segment) + 1
        inside = not inside
    found = found[:MAX_WORDS]
    if found and found[-1].phrase is None and found[-1].end == len(text) and not _closes_quote(text):
        found[-1] = replace(found[-1], prefix=True)
    return Query(text, tuple(found))


def _closes_quote(text: str) -> bool:
    # The last word sits inside an unclosed quote: it is a phrase word, not a prefix.
    return text.count('"') % 2 == 1

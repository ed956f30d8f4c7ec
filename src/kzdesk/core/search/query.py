"""The user's text as a query object: words, quoted phrases, the word being typed.

Nothing of the raw text reaches FTS5: only folded tokens, each quoted when the
match expression is built (see index.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from kzdesk.core.search.text import tokens

# A pasted page of text is searched by its first words; more only slows the query.
MAX_WORDS = 32

# Words that may surround a number when someone looks a proposal up by number
# ("proposal 12", "No. 12", "#12", "предложение 12").
_PROPOSAL_WORDS = frozenset(
    {"proposal", "proposals", "no", "nr", "number", "item", "n", "p", "предложение", "предложения", "ұсыныс"}
)


# Words that carry no content of their own: they never have to match (a question's
# "what", "how many", "did" are in no entry), are never typo-corrected, and are not
# highlighted. They still count for the exact-phrase boost ("conflict of interests").
STOP_WORDS = frozenset(
    """a an and are as at be been by can could did do does for from had has have how in into is it its
    many me mean means much of on or please shall should show tell than that the their them there these
    they this those to was were what whats when where which who whom whose why will with would""".split()
)

_QUANTITY_QUESTIONS = frozenset(
    {("how", "many"), ("how", "much"), ("what", "share"), ("what", "percentage"), ("what", "proportion"),
     ("what", "number"), ("what", "amount"), ("what", "percent")}
)  # fmt: skip

# Scale words that may follow a number, as the report writes amounts ("KZT 22.7 billion").
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_ORDINAL = re.compile(r"^(\d{1,6})(?:st|nd|rd|th)$")
# "1 632": a number written with spaces between groups of three digits (also no-break spaces).
_SPACED_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,])")


def is_number(word: str) -> bool:
    """A plain whole number of sensible size ("²" and a 5,000-digit run are not)."""
    return word.isascii() and word.isdigit() and len(word) <= 12


def number_value(word: str) -> float | None:
    """The value of a folded token that is a number as the report writes one:
    1632 (typed 1,632 or 1 632), 22.7, 94th; None for anything else."""
    if is_number(word):
        return float(word)
    if word.count(".") == 1 and word.replace(".", "").isdigit() and word.isascii() and len(word) <= 16:
        head, tail = word.split(".")
        return float(word) if head and tail else None
    ordinal = _ORDINAL.match(word)
    return float(ordinal.group(1)) if ordinal else None


@dataclass(frozen=True)
class Word:
    folded: str  # what is searched (corrected when a correction was made)
    typed: str  # folded, as typed
    start: int  # position in the query text
    end: int
    prefix: bool = False  # the word being typed: matches words that begin with it
    phrase: int | None = None  # which quoted phrase it belongs to
    percent: bool = False  # a number followed by "%" ("27%", "+41.8%")
    asking: bool = False  # the "share" of "what share of …": part of the question, not of the answer

    @property
    def optional(self) -> bool:
        """A stop or question word outside quotes: it never has to match (also while it
        is being typed: "customs in" shows the customs entries until "in" grows longer)."""
        return self.phrase is None and (self.asking or self.typed in STOP_WORDS)

    def corrected_to(self, word: str) -> Word:
        return replace(self, folded=word)


@dataclass(frozen=True)
class Query:
    text: str
    words: tuple[Word, ...]
    truncated: bool = False  # the text had more than MAX_WORDS words: only the first are searched

    @property
    def phrases(self) -> dict[int, list[Word]]:
        grouped: dict[int, list[Word]] = {}
        for word in self.words:
            if word.phrase is not None:
                grouped.setdefault(word.phrase, []).append(word)
        return grouped

    def content(self) -> tuple[Word, ...]:
        """The words that must match: all but the optional ones (all, when every word is one)."""
        content = tuple(w for w in self.words if not w.optional)
        return content or self.words

    def numbers(self) -> list[tuple[float, bool, float | None]]:
        """Each number typed, as (value, followed by "%", scale): "22.7 billion" → (22.7, False, 1e9).
        A bare year (1990–2030) is a year, not a figure's value."""
        found = []
        for n, word in enumerate(self.words):
            value = number_value(word.folded)
            if value is None:
                continue
            following = self.words[n + 1].folded if n + 1 < len(self.words) else ""
            scale = SCALES.get(following)
            if not word.percent and scale is None and value.is_integer() and 1990 <= value <= 2030:
                continue
            found.append((value, word.percent, scale))
        return found

    def years(self) -> list[int]:
        """Years typed beside other words ("taking bribe" and a year): a figure of that year is meant."""
        if len(self.content()) < 2:
            return []
        found = [int(w.folded) for w in self.words if is_number(w.folded) and not w.percent]
        return [y for y in found if 1990 <= y <= 2030]

    def asks_quantity(self) -> bool:
        """A question for a figure: "how many …", "how much …", "what share / percentage …"."""
        return _quantity_word(self.words) is not None

    def proposal_number(self) -> int | None:
        """N when the query only asks for a proposal by number ("12", "proposal 12")."""
        if any(w.phrase is not None for w in self.words):
            return None
        numbers = [w.folded for w in self.words if is_number(w.folded) and not w.percent]  # 27% is no proposal
        others = [w.folded for w in self.words if not is_number(w.folded)]
        if len(numbers) == 1 and all(o in _PROPOSAL_WORDS for o in others):
            return int(numbers[0])
        return None

    def corrected_text(self) -> str | None:
        """The query with each corrected word replaced, or None when nothing was corrected."""
        changed = [w for w in self.words if w.folded != w.typed]
        if not changed:
            return None
        # Only what was searched: a pasted page is searched by its first MAX_WORDS words, and
        # the correction (repeated by every hit of the command line's JSON) stays that short.
        text = self.text[: self.words[-1].end] + " …" if self.truncated else self.text
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


#: Unicode's format characters (general category Cf, Unicode 15): invisible, and inside a
#: word they only split it ("procure\u200bment", a soft hyphen from a pasted PDF).
FORMAT_CHARACTERS = re.compile(
    "[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U0001343f"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]"
)


def normalise(text: str) -> str:
    """The query as searched: without format characters (zero-width spaces and joiners,
    soft hyphens, direction marks), which would split a word into a nonsense correction."""
    return text if text.isascii() else FORMAT_CHARACTERS.sub("", text)


# The report's search and the notes' parse each text typed: the second is free. Queries are frozen.
@lru_cache(maxsize=16)
def parse(text: str) -> Query:
    """Words outside quotes; words inside a pair of double quotes form a phrase (an
    unclosed quote runs to the end). The last word is a prefix unless the text ends
    after it (a space, a quote, punctuation) or it is inside a phrase. Format characters
    are dropped first (:func:`normalise`); the Query's text is the normalised one."""
    text = normalise(text)
    found: list[Word] = []
    phrase_count = 0
    position = 0
    inside = False
    for segment in text.split('"'):
        segment_words = [(s + position, e + position, f) for s, e, f in _number_tokens(segment)]
        if inside and len(segment_words) >= 2:
            phrase: int | None = phrase_count
            phrase_count += 1
        else:
            phrase = None
        found.extend(
            Word(f, f, s, e, phrase=phrase, percent=text[e : e + 1] == "%" and f[:1].isdigit())
            for s, e, f in segment_words
        )
        position += len(segment) + 1
        inside = not inside
    truncated = len(found) > MAX_WORDS
    found = found[:MAX_WORDS]
    asking = _quantity_word(found)
    if asking is not None and asking < len(found) - 1:  # "what share" alone is still searched for "share"
        found[asking] = replace(found[asking], asking=True)
    if found and found[-1].phrase is None and found[-1].end == len(text) and not _closes_quote(text):
        found[-1] = replace(found[-1], prefix=True)
    return Query(text, tuple(found), truncated)


def _quantity_word(found: Sequence[Word]) -> int | None:
    """Where a question for a figure names what it asks ("how MANY", "what SHARE"), among the
    first three words: that word says a figure is wanted; the figure itself rarely has it
    ("80.8% of entrepreneurs" answers "what share of entrepreneurs …")."""
    typed = [w.typed if w.phrase is None else "" for w in found[:3]]
    for n, pair in enumerate(zip(typed, typed[1:], strict=False)):
        if pair in _QUANTITY_QUESTIONS:
            return n + 1
    return None


def _number_tokens(text: str) -> list[tuple[int, int, str]]:
    """tokens(), with a number written in spaced groups ("1 632") as one token "1632"."""
    found = tokens(text)
    if " " not in text and "\u00a0" not in text and "\u202f" not in text:
        return found
    for match in _SPACED_NUMBER.finditer(text):
        start, end = match.span()
        inside = [t for t in found if start <= t[0] and t[1] <= end]
        if len(inside) > 1:
            merged = (start, end, "".join(c for c in match.group(0) if c.isdigit()))
            found = sorted([t for t in found if t not in inside] + [merged])
    return found


def _closes_quote(text: str) -> bool:
    # The last word sits inside an unclosed quote: it is a phrase word, not a prefix.
    return text.count('"') % 2 == 1

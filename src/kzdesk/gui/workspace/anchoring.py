"""Where a stored highlight lies in its paragraph's text today (plain Python, no Qt).

A highlight keeps its offsets into the paragraph's own text (as the dataset holds it) and
the quote. If another edition or a rebuilt dataset changed the paragraph, the offsets may
no longer frame the quote: then the quote is looked for in the paragraph (the occurrence
nearest the old place wins), and if it is not there the highlight is *detached*: listed
in the Bookmarks panel as such, never painted over the wrong words.

The Report tab shows a paragraph's text with HTML's whitespace folding and the citations
re-spaced, so its characters are not always the dataset's one for one: :class:`TextMap`
maps positions between the two.
"""

from __future__ import annotations

from bisect import bisect_right
from difflib import SequenceMatcher


def locate(text: str, start: int, end: int, quote: str) -> tuple[int, int] | None:
    """Where ``quote`` is in ``text`` now: at [start, end) if it still is, else its nearest
    occurrence; None when the text no longer has it (the highlight is detached)."""
    if not quote:
        return None
    if 0 <= start < end <= len(text) and text[start:end] == quote:
        return start, end
    best: int | None = None
    found = text.find(quote)
    while found >= 0:
        if best is None or abs(found - start) < abs(best - start):
            best = found
        found = text.find(quote, found + 1)
    return (best, best + len(quote)) if best is not None else None


class TextMap:
    """Positions in a paragraph's text as shown (``shown``) against its text in the dataset (``source``)."""

    def __init__(self, shown: str, source: str) -> None:
        self.shown = shown
        self.source = source
        if shown == source:
            self._blocks: list[tuple[int, int, int]] | None = None  # the same text: positions are the same
            return
        matcher = SequenceMatcher(None, shown, source, autojunk=False)
        self._blocks = [(a, b, size) for a, b, size in matcher.get_matching_blocks() if size]
        self._shown_starts = [a for a, _b, _size in self._blocks]
        self._source_starts = [b for _a, b, _size in self._blocks]

    def to_source(self, position: int) -> int:
        """The source position of shown ``position`` (a position between characters)."""
        return self._map(position, self._shown_starts if self._blocks else [], 0, 1, len(self.source))

    def to_shown(self, position: int) -> int:
        """The shown position of source ``position``."""
        return self._map(position, self._source_starts if self._blocks else [], 1, 0, len(self.shown))

    def _map(self, position: int, starts: list[int], here: int, there: int, limit: int) -> int:
        if self._blocks is None:
            return max(0, min(position, limit))
        i = bisect_right(starts, position) - 1
        if i < 0:
            return 0
        block = self._blocks[i]
        offset = position - block[here]
        # Inside a matching run: the same character there; in a gap after it: the run's end.
        return block[there] + min(offset, block[2])

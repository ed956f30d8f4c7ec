"""What makes a section summary a summary: the limits the ingest build enforces on the curated
points (data/annotations/summaries.toml) and the tests check on every printout.

Plain functions on strings, no Qt, so the build, core and the tests share one definition.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

MIN_POINTS = 3
MAX_POINTS = 7
MAX_WORD_SHARE = 0.40  # of the section's words, held by its key points
MAX_PAGES = 2

# A word as a reader counts it: a run of letters or digits, with the joiners inside
# figures and names ("1,021", "50.7", "Anti-Corruption", "Agency’s") kept in it.
_WORD = re.compile(r"[^\W_](?:[\w’'.,:/-]*[^\W_])?")

# Openings that point back to text before the sentence. "It should be noted" is not one.
BACK_REFERENCE = re.compile(
    r"^\W*(?:Thus|These|This|That|Those|Such|Therefore|Hence|However|Moreover|Furthermore|"
    r"In addition|Also|As a result|In this regard|At the same time|For example|Another|"
    r"It also|They|Their|Based on (?:their|these|this|its|the results))\b"
)


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def points_back(sentence: str) -> bool:
    """Whether ``sentence`` opens by referring to something said before it."""
    return bool(BACK_REFERENCE.match(sentence))


def fewest_points(sentence_words: Sequence[int], section_words: int) -> int:
    """The fewest key points a section must have: three, or, where even its three shortest
    sentences would hold more than the word share (a section of four long sentences), as many
    of its shortest sentences as fit in the share (at least one)."""
    budget = MAX_WORD_SHARE * section_words
    fitting, held = 0, 0
    for words in sorted(sentence_words)[:MIN_POINTS]:
        if held + words > budget:
            break
        fitting, held = fitting + 1, held + words
    return max(1, fitting)

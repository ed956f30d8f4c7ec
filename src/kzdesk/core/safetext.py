"""Text that is safe to show: no control characters or escape sequences, no invisible joiners (no Qt)."""

from __future__ import annotations

import re

#: The longest query kzdesk answers; longer text is a paste accident, not a question.
MAX_QUERY = 1000
#: Escape sequences first (CSI/OSC), then the remaining C0 (but tab/newline), DEL and C1 characters.
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b.?|\x9b[0-?]*[ -/]*[@-~]?")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
#: Zero-width characters that split a word for the tokenizer but not for the reader.
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")


def strip_controls(text: str) -> str:
    """``text`` without escape sequences and control characters (tabs and newlines become spaces)."""
    return _CONTROL.sub("", _ESCAPES.sub("", text.replace("\t", " ").replace("\n", " ")))


def repair_surrogates(text: str) -> str:
    """Undo ``surrogateescape`` (invalid bytes in argv or a file name): each bad byte becomes U+FFFD."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return (
            text.encode("utf-8", "surrogateescape")
            .decode("utf-8", "replace")
            .encode("utf-8", "replace")
            .decode("utf-8")
        )
    return text


def clean_query(text: str) -> str:
    """A typed or piped query as the search should see it: valid text, visible characters only."""
    return _INVISIBLE.sub("", strip_controls(repair_surrogates(text)))

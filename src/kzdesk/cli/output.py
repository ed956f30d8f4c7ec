"""What the command line writes and reads, safe for any console and any bytes.

Consoles in Kazakhstan are often 8-bit (Windows code pages 1251 and 866, ISO-8859-5): text
they cannot show becomes "?" instead of a traceback, and JSON is written with ASCII escapes
there, so nothing is lost. Bytes that are not valid in the console's encoding (in an argument
or a line of standard input) become U+FFFD, so that what kzdesk writes is always valid.
"""

from __future__ import annotations

import codecs
import json
import re
import sys
from collections.abc import Iterator, Sequence
from typing import Any

#: Control characters (C0 but tab and newline, DEL, C1): a data string or query could carry
#: terminal escape sequences into a table printed on a terminal.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def setup_streams() -> None:
    """Let stdout and stderr write anything: unencodable characters become "?"."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")


def writes_unicode(stream: Any = None) -> bool:
    """Whether ``stream`` (stdout by default) encodes all of Unicode (UTF-8, UTF-16…)."""
    encoding = getattr(stream or sys.stdout, "encoding", None) or "ascii"
    try:
        return codecs.lookup(encoding).name.startswith("utf")
    except LookupError:
        return False


def to_json(payload: Any, **options: Any) -> str:
    """JSON that is always valid and survives the console: no NaN, ASCII escapes where needed."""
    return json.dumps(payload, ensure_ascii=not writes_unicode(), allow_nan=False, **options)


def clean_arguments(argv: Sequence[str]) -> list[str]:
    """Arguments with undecodable bytes (Python's surrogate escapes) replaced by U+FFFD."""
    return [a.encode("utf-8", "surrogateescape").decode("utf-8", "replace") if _has_surrogate(a) else a for a in argv]


def _has_surrogate(text: str) -> bool:
    return any("\ud800" <= c <= "\udfff" for c in text)


def input_lines() -> Iterator[str]:
    """Standard input line by line, decoded in the console's encoding; bad bytes become U+FFFD."""
    encoding = getattr(sys.stdin, "encoding", None) or "utf-8"
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is None:  # a text stream given by a test or an embedding program
        yield from (line.rstrip("\r\n") for line in sys.stdin)
        return
    for raw in buffer:
        yield raw.decode(encoding, "replace").rstrip("\r\n")


def plain(text: str) -> str:
    """``text`` with each control character a space (lengths, and so highlight spans, kept)."""
    return _CONTROL.sub(" ", text)

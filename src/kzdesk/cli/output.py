"""What every command shares: the usage error, tables and JSON.

Its own module so that ``main`` and the subcommands it imports all import it, and none of
them imports ``main`` (no import cycle; pyproject.toml's contracts check it).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from collections.abc import Callable, Sequence
from typing import Any

from kzdesk.core.safetext import strip_controls

EXIT_USAGE = 2


class UsageError(Exception):
    """A problem with what the user asked for; reported as one line, exit status 2."""


def table(rows: list[dict[str, Any]], columns: Sequence[str]) -> str:
    """A plain-text table that fits the terminal: the last column takes what is left."""
    if not rows:
        return "(none)"
    width = shutil.get_terminal_size((120, 24)).columns
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(columns)]
    used = sum(widths[:-1]) + 2 * (len(columns) - 1)
    widths[-1] = max(20, min(widths[-1], width - used))
    lines = ["  ".join(c.upper().ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip()]
    for row in cells:
        fitted = [v if len(v) <= w else v[: w - 1] + "…" for v, w in zip(row, widths, strict=True)]
        lines.append("  ".join(v.ljust(w) for v, w in zip(fitted, widths, strict=True)).rstrip())
    return "\n".join(lines)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else ""
    if isinstance(value, (list, tuple)):
        return ", ".join(_cell(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(strip_controls(str(value)).split())


def dumps(payload: Any, **options: Any) -> str:
    """JSON that is always valid: no NaN/Infinity (the gate keeps them out; this fails loudly if not).

    On a console that is not UTF-8 (CP1251, CP866, ISO-8859-5) every non-ASCII character is
    written as a ``\\uXXXX`` escape: plain ASCII is valid UTF-8 and valid in every such code page,
    and nothing is lost to a replacement character ("Kómek" stays "Kómek" for the reader).
    """
    options.setdefault("indent", 1)
    return json.dumps(payload, ensure_ascii=not stdout_is_utf8(), allow_nan=False, **options)


def stdout_is_utf8() -> bool:
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("_", "-")
    return encoding in ("utf-8", "utf8", "utf-8-sig")


def emit(args: argparse.Namespace, payload: Any, text: Callable[[], str]) -> None:
    if args.json:
        sys.stdout.write(dumps(payload) + "\n")
    else:
        sys.stdout.write(text() + "\n")

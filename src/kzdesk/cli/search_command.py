"""``kzdesk search`` and ``kzdesk proposals --query``: the search engine on the command line.

``--stdin`` answers one query per input line, flushed at once, so that a script can
keep one process open for many lookups: with ``--json`` one compact JSON array per
line (JSON Lines); without, the query and its table, then a blank line.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
from typing import TYPE_CHECKING, Any

from kzdesk.cli import records
from kzdesk.cli.output import UsageError, dumps, emit, table
from kzdesk.core.model import ENTITY_KINDS, Dataset, Proposal
from kzdesk.core.safetext import MAX_QUERY, clean_query, strip_controls

if TYPE_CHECKING:  # the engine (and rapidfuzz) load only when a search runs, not at every start-up
    from kzdesk.core.search import SearchHit, SearchResult
    from kzdesk.core.search.notes import WorkspaceNotes

HELP = "search everything in the report: ranked, typo-tolerant, any word form"
DEFAULT_LIMIT = 20
_BOLD, _PLAIN = "\033[1m", "\033[0m"
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f]")

MAX_LIMIT = 1_000_000  # more hits than any index holds


def _limit(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"invalid limit {text!r} (a whole number of hits, 1 or more)")
    # More than the index could hold means all of them (SQLite takes no integer beyond 64 bits).
    return min(value, MAX_LIMIT)


def configure(parser: argparse.ArgumentParser) -> None:
    what = 'words, a "quoted phrase", a name or a proposal number'
    parser.add_argument("query", nargs="?", metavar="QUERY", help=what)
    parser.add_argument(
        "--kind", choices=(*ENTITY_KINDS, "note"), help="only hits of this kind (note: only your own notes)"
    )
    parser.add_argument(
        "--no-notes",
        action="store_true",
        help="search the report only, not your notes (they are searched when your workspace exists)",
    )
    parser.add_argument(
        "--limit", type=_limit, default=DEFAULT_LIMIT, metavar="N", help=f"at most N hits (default {DEFAULT_LIMIT})"
    )
    parser.add_argument(
        "--stdin",
        action="store_true",
        help="read one query per line from standard input, answer each at once (--json: one JSON array a line)",
    )


def hit_record(hit: SearchHit, result: SearchResult) -> dict[str, Any]:
    """A hit as JSON: the command line's contract (``paragraph`` for sections only;
    ``corrected`` and ``partial`` only when they apply)."""
    record: dict[str, Any] = {
        "kind": hit.kind,
        "id": hit.id,
        "title": hit.title,
        "snippet": hit.snippet,
        "score": round(hit.score, 4),
    }
    if hit.paragraph is not None:
        record["paragraph"] = hit.paragraph
    if hit.kind == "note":  # the user's own words, on the item ``ref``; ``id`` is the note's
        record["ref"] = hit.target
        record["yours"] = True
    if result.corrected is not None:
        record["corrected"] = result.corrected
    if result.partial:
        record["partial"] = True
    return record


def cmd_search(dataset: Dataset, args: argparse.Namespace) -> None:
    from kzdesk.core.search import SearchIndex

    if args.stdin and args.query is not None:
        raise UsageError("give a QUERY or --stdin, not both")
    if not args.stdin and args.query is None:
        raise UsageError("give a QUERY to search for (or --stdin to read one query per line)")
    notes = None if args.no_notes else _notes_of(dataset, args)
    try:
        _run(dataset, args, SearchIndex.from_dataset(dataset), notes)
    finally:
        if notes is not None:
            if notes.problem:
                print(f"kzdesk: warning: your notes could not be searched ({notes.problem})", file=sys.stderr)
            notes.close()


def _run(dataset: Dataset, args: argparse.Namespace, index: Any, notes: WorkspaceNotes | None) -> None:
    if not args.stdin:
        result = _search(index, notes, bounded_query(args.query), args.kind, args.limit)
        if args.json:
            hits = [hit_record(h, result) for h in result.hits]
            sys.stdout.write(dumps(hits) + "\n")
        else:
            sys.stdout.write(_text(result) + "\n")
        return
    # Bytes, decoded line by line: one undecodable or oversized line must not stop the others.
    for number, raw in enumerate(sys.stdin.buffer, start=1):
        text = clean_query(raw.rstrip(b"\r\n").decode("utf-8", "replace"))
        if len(text) > MAX_QUERY:
            print(f"kzdesk: line {number}: query longer than {MAX_QUERY} characters; not searched", file=sys.stderr)
            result = _search(index, notes, "", args.kind, args.limit)
        else:
            result = _search(index, notes, text, args.kind, args.limit)
        if args.json:
            records = [hit_record(h, result) for h in result.hits]
            sys.stdout.write(dumps(records, indent=None, separators=(",", ":")) + "\n")
        else:
            sys.stdout.write(f"» {strip_controls(result.query)}\n{_text(result)}\n\n")
        sys.stdout.flush()


def _notes_of(dataset: Dataset, args: argparse.Namespace) -> WorkspaceNotes | None:
    """The user's notes of this edition, when their workspace file exists (it is never created here)."""
    from pathlib import Path

    from kzdesk.core.editions import edition_key
    from kzdesk.core.search.notes import WorkspaceNotes, item_label
    from kzdesk.core.workspace.location import NoHomeFolder, default_workspace_path

    try:
        path = Path(args.workspace) if args.workspace else default_workspace_path()
    except NoHomeFolder:
        return None
    if args.kind not in (None, "note") or not path.is_file():
        if args.kind == "note":
            raise UsageError(f"there is no workspace at {path}, so no notes to search")
        return None
    return WorkspaceNotes(path, edition_key(dataset.report), lambda target: item_label(dataset, target))


def _search(index: Any, notes: WorkspaceNotes | None, query: str, kind: str | None, limit: int) -> SearchResult:
    """The report's hits (none for ``--kind note``), then the user's notes among them."""
    from kzdesk.core.search import SearchResult

    if kind == "note":
        result = SearchResult(query, (), None, ())
    else:
        result = index.search(query, kind, limit)
    return notes.add_to(result, limit) if notes is not None else result


def bounded_query(query: str) -> str:
    """The query, cleaned; UsageError past MAX_QUERY characters (each hit would repeat it)."""
    text = clean_query(query)
    if len(text) > MAX_QUERY:
        raise UsageError(f"the query is {len(text)} characters long; the limit is {MAX_QUERY}")
    return text


def rank_proposals(dataset: Dataset, proposals: list[Proposal], query: str) -> tuple[list[Proposal], SearchResult]:
    """Those of ``proposals`` that match ``query``, best first."""
    from kzdesk.core.search import SearchIndex

    result = SearchIndex.from_dataset(dataset).search(query, kind="proposal", limit=max(len(dataset.proposals), 1))
    wanted = {p.id: p for p in proposals}
    return [wanted[h.id] for h in result.hits if h.id in wanted], result


def proposals_query(dataset: Dataset, args: argparse.Namespace, proposals: list[Proposal]) -> None:
    """``kzdesk proposals --query Q [--theme T]``: the proposal records, ranked, with their score."""
    ranked, result = rank_proposals(dataset, proposals, bounded_query(args.query))
    scores = {h.id: round(h.score, 4) for h in result.hits}
    rows = []
    for proposal in ranked:
        row = {**records.proposal_record(proposal), "score": scores[proposal.id]}
        if result.corrected is not None:
            row["corrected"] = result.corrected
        if result.partial:
            row["partial"] = True
        rows.append(row)

    def text() -> str:
        return "\n".join([*_notes(result), table(rows, ("number", "themes", "text"))])

    emit(args, rows, text)


def _notes(result: SearchResult) -> list[str]:
    notes = []
    if result.corrected is not None:
        notes.append(f"Showing results for: {strip_controls(result.corrected)}")
    if result.partial:
        notes.append("No entry has all the words; these have some of them.")
    return notes


def _text(result: SearchResult) -> str:
    lines = _notes(result)
    if not result.hits:
        lines.append("No results.")
        return "\n".join(lines)
    color = sys.stdout.isatty() and "NO_COLOR" not in os.environ
    rows = [(_kind(h), strip_controls(h.target or h.paragraph or h.id), strip_controls(h.title)) for h in result.hits]
    widths = [max(len(header), *(len(r[i]) for r in rows)) for i, header in enumerate(("KIND", "WHERE", "TITLE"))]
    widths[2] = min(widths[2], 32)  # ids stay whole: they are what the other commands take
    total = shutil.get_terminal_size((120, 24)).columns
    room = max(30, total - sum(widths) - 6)
    lines.append("  ".join(h.ljust(w) for h, w in zip(("KIND", "WHERE", "TITLE"), widths, strict=True)) + "  SNIPPET")
    for hit, row in zip(result.hits, rows, strict=True):
        cells = [_fit(cell, width).ljust(width) for cell, width in zip(row, widths, strict=True)]
        lines.append("  ".join(cells) + "  " + _snippet(hit, room, color))
    return "\n".join(lines)


def _kind(hit: SearchHit) -> str:
    """The KIND column: the user's notes are marked as theirs, never taken for the report's text."""
    if hit.kind == "note":
        from kzdesk.core.labels import translate

        return translate("Search", "your note")
    return hit.kind


def _fit(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _snippet(hit: SearchHit, width: int, color: bool) -> str:
    """The snippet on one line, cut to ``width``; matched words in bold on a terminal."""
    text = _fit(hit.snippet, width)
    if _UNSAFE.search(text):
        return _fit(strip_controls(hit.snippet), width)  # highlight offsets no longer fit: plain
    if not color:
        return text
    parts, position = [], 0
    for start, end in sorted(hit.highlights):
        if start >= len(text) or start < position:
            continue
        end = min(end, len(text))
        parts += [text[position:start], _BOLD, text[start:end], _PLAIN]
        position = end
    return "".join(parts) + text[position:]

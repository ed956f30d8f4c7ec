"""One-shot briefings: ``kzdesk brief --item REF … [--text "…"] [--title T] -o FILE.docx|pdf|xlsx``.

REF is an id the other commands print (``proposal-11``, ``stat-…``, ``table-1``, a chart's
id …); a section as ``section-5`` (its summary) or ``section-5@full`` (its full text); one of
your notes as ``note:<id>`` (``kzdesk notes``). ``--text`` adds a block of your own words,
marked as yours, where it stands among the items. The format comes from the extension;
the file is written atomically. :func:`export_document` is what ``pack export`` uses too.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kzdesk.cli.output import UsageError
from kzdesk.core.labels import translate
from kzdesk.core.model import Dataset
from kzdesk.core.workspace.records import PackItem

if TYPE_CHECKING:
    from kzdesk.core.charts import ChartData
    from kzdesk.core.document.model import Document

HELP = "make a briefing (Word, PDF or Excel) from sections, proposals, figures, tables, charts and your notes"
FORMATS = (".docx", ".xlsx", ".pdf")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--item",
        dest="entries",
        action="append",
        type=lambda ref: ("item", ref),
        metavar="REF",
        help="an id to include (section-5, section-5@full, proposal-11, stat-…, table-1, note:<id> …), in order",
    )
    parser.add_argument(
        "--text",
        dest="entries",
        action="append",
        type=lambda text: ("text", text),
        metavar="TEXT",
        help="a block of your own words at this place (marked as yours)",
    )
    parser.add_argument("--title", metavar="T", help="the briefing's title (default: Briefing)")
    add_title_page(parser)
    parser.add_argument("-o", "--output", metavar="FILE", required=True, help="FILE.docx, FILE.pdf or FILE.xlsx")


def cmd_brief(dataset: Dataset, args: argparse.Namespace) -> None:
    from kzdesk.core.document.build import DocumentError, build_document
    from kzdesk.core.editions import edition_key

    entries = args.entries or []
    if not any(kind == "item" for kind, _ in entries):
        raise UsageError("say what goes in the briefing: --item REF (one or more)")
    check_format(args.output)
    edition = edition_key(dataset.report)
    items = [_item(kind, value, edition, position) for position, (kind, value) in enumerate(entries)]
    notes = _notes(args, [i.target for i in items if i.kind == "note"])
    for item in items:  # a pack may keep a deleted note's place; a note named here must exist
        if item.kind == "note" and item.target not in (notes or {}):
            raise UsageError(f"no note {item.target[:40]!r} in your workspace (`kzdesk notes` lists them)")
    try:
        document = build_document(dataset, items, args.title or None, notes=notes)
    except DocumentError as error:
        raise UsageError(str(error)) from None
    path = export_document(document, args.output, chart_png=gui_chart_png(), title_page=args.title_page)
    report_written(args, path)


def _item(kind: str, value: str, edition: str, position: int) -> PackItem:
    stamp = ""
    if kind == "text":
        if not value.strip():
            raise UsageError("a --text block is empty")
        return PackItem(f"text-{position}", "text", "", "", "", value, stamp, stamp)
    if value.startswith("note:"):
        return PackItem(f"item-{position}", "note", "", value.removeprefix("note:"), "", "", stamp, stamp)
    ref, _, form = value.partition("@")
    if form and form not in ("summary", "full"):
        raise UsageError(f"{value[:60]!r}: after @ comes 'summary' or 'full'")
    if form and not ref.startswith("section-"):
        raise UsageError(f"{value[:60]!r}: @summary and @full are for sections only")
    if ref.startswith("section-") and ref.count("-") == 1:
        form = form or "summary"
    return PackItem(f"item-{position}", "ref", edition, ref, form, "", stamp, stamp)


def _notes(args: argparse.Namespace, ids: list[str]) -> dict[str, object] | None:
    """The user's notes the items name (the workspace is read only when there are some)."""
    if not ids:
        return None
    from kzdesk.cli.workspace_command import open_for
    from kzdesk.core.workspace.location import default_workspace_path

    path = Path(args.workspace) if args.workspace else default_workspace_path()
    if not path.exists():
        return {}
    with open_for(args) as workspace:
        return {i: note for i in ids if (note := workspace.note(i)) is not None}


def check_format(output: str) -> str:
    suffix = Path(output).suffix.lower()
    if suffix not in FORMATS:
        raise UsageError(f"cannot tell the format of {output[:80]!r}: name it FILE.docx, FILE.pdf or FILE.xlsx")
    return suffix


def gui_chart_png() -> Callable[[ChartData], bytes] | None:
    """The printing's chart drawing (charts as images in Word), reached the way ``kzdesk print`` reaches printing."""
    try:
        from kzdesk.gui.printing.chart_image import chart_png_for_docx
    except ImportError:  # pragma: no cover (a build without Qt): charts become tables of values
        return None
    return chart_png_for_docx


def add_title_page(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--title-page", action="store_true", help="with FILE.pdf: the title, date and edition on a page of their own"
    )


def export_document(
    document: Document,
    path: str | Path,
    chart_png: Callable[[ChartData], bytes] | None = None,
    title_page: bool = False,
) -> Path:
    """Write ``document`` as the extension of ``path`` says (.docx, .pdf, .xlsx); UsageError on any problem."""
    from kzdesk.gui.printing.briefing_export import ExportError
    from kzdesk.gui.printing.briefing_export import export_document as write

    check_format(str(path))
    try:
        return write(document, path, chart_png, title_page)
    except ExportError as error:
        raise UsageError(str(error)) from None


def report_written(args: argparse.Namespace, path: Path) -> None:
    if args.json:
        from json import dumps

        sys.stdout.write(dumps({"path": str(path.resolve())}) + "\n")
    else:
        sys.stdout.write(translate("Document", "wrote {path}").format(path=path) + "\n")

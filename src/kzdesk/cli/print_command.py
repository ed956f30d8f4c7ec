"""``kzdesk print``: a printable summary written as a PDF, headless (no display needed).

Qt is imported only when the command runs, so the other commands start as fast as before.
"""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path

from kzdesk.cli.output import UsageError, dumps
from kzdesk.core.labels import counted
from kzdesk.core.model import Dataset

HELP = "write a section summary, proposals, statistics, legislation, projects, the glossary or the report as a PDF"
LISTINGS = ("statistics", "legislation", "projects", "glossary")  # kinds that take --query as a word filter
PAGE_SIZES = ("A4", "Letter")


def page_size_of(text: str) -> str:
    for name in PAGE_SIZES:
        if text.casefold() == name.casefold():
            return name
    raise argparse.ArgumentTypeError(f"invalid page size {text!r} (choose A4 or Letter)")


def configure(parser: argparse.ArgumentParser) -> None:
    # --section is not in the group: alone it prints a section summary, with --statistics it filters.
    what = parser.add_mutually_exclusive_group()
    parser.add_argument(
        "--section", metavar="ID", help="a section summary, e.g. section-1; with --statistics: that section's figures"
    )
    what.add_argument("--proposals", action="store_true", help="the proposals (all, or filtered by --query/--theme)")
    what.add_argument(
        "--statistics",
        action="store_true",
        help="both tables, every chart and every figure; with --section/--query: the matching figures",
    )
    what.add_argument("--legislation", action="store_true", help="the legal changes and the 7 source documents")
    what.add_argument("--projects", action="store_true", help="the named projects and programmes")
    what.add_argument("--glossary", action="store_true", help="the list of abbreviations")
    what.add_argument("--report", action="store_true", help="the whole report with a table of contents")
    parser.add_argument(
        "--query",
        metavar="Q",
        default="",
        help="with --proposals: a search; with --statistics, --legislation, --projects, --glossary: "
        "only rows containing every word",
    )
    parser.add_argument("--theme", metavar="T", help="with --proposals: only those with this theme id")
    parser.add_argument(
        "--full-text", action="store_true", help="with --section: the section's full text instead of its key points"
    )
    parser.add_argument(
        "--page-size", type=page_size_of, default="A4", metavar="A4|Letter", help="paper size (default A4)"
    )
    parser.add_argument(
        "--with-notes",
        action="store_true",
        help="with --section, --proposals or --report: your notes beside the items (and, for --proposals, "
        "your tracker entries), each in a box marked as yours",
    )
    parser.add_argument("-o", "--output", metavar="OUT.pdf", required=True, help="the PDF file to write")


def cmd_print(dataset: Dataset, args: argparse.Namespace) -> None:
    # A short run that leaves almost no garbage cycles: the cyclic collector would spend
    # a twentieth of the command walking the freshly loaded dataset and Qt's wrappers, and
    # as much again in the collection at exit. Frozen objects are not walked there.
    gc.disable()
    try:
        _print(dataset, args)
    finally:
        gc.freeze()
        gc.enable()


def _print(dataset: Dataset, args: argparse.Namespace) -> None:
    from kzdesk.core.summary import SummaryError, SummaryRequest

    listing = next((kind for kind in LISTINGS if getattr(args, kind)), None)
    chosen = [f"--{kind}" for kind in ("proposals", *LISTINGS, "report") if getattr(args, kind)]
    if not chosen and args.section is None:
        raise UsageError(
            "say what to print: --section ID, --proposals, --statistics, --legislation, --projects, --glossary"
            " or --report"
        )
    if args.section is not None and chosen and not args.statistics:
        raise UsageError(f"--section goes alone (a section summary) or with --statistics, not with {chosen[0]}")
    if args.theme and not args.proposals:
        raise UsageError("--theme goes with --proposals")
    if args.query and not (args.proposals or listing):
        raise UsageError("--query goes with --proposals, --statistics, --legislation, --projects or --glossary")
    if args.full_text and (args.section is None or chosen):
        raise UsageError("--full-text goes with --section alone (the whole report is always printed in full)")
    if args.with_notes and listing is not None:
        raise UsageError("--with-notes goes with --section, --proposals or --report")
    if listing is not None:
        request = SummaryRequest(listing, section=args.section, query=args.query)
    elif args.section is not None:
        request = SummaryRequest("section", section=args.section, full_text=args.full_text)
    elif args.proposals:
        request = SummaryRequest("proposals", query=args.query, theme=args.theme)
    else:
        request = SummaryRequest("report")
    user = None
    if args.with_notes:
        from dataclasses import replace

        from kzdesk.cli.workspace_command import read_user_marks
        from kzdesk.core.editions import edition_key

        request = replace(request, with_notes=True)
        user = read_user_marks(args, edition_key(dataset.report))

    from kzdesk.gui.printing.layout import PrintError
    from kzdesk.gui.printing.pdf import check_output_path, write_pdf

    try:
        target = check_output_path(args.output)
        pages = write_pdf(dataset, request, target, args.page_size, user=user)
    except (PrintError, SummaryError) as error:
        raise UsageError(str(error)) from None
    if args.json:
        sys.stdout.write(dumps({"path": str(Path(target).resolve()), "pages": pages}, indent=None) + "\n")
    else:
        sys.stdout.write(f"wrote {target} ({counted(pages, 'page')})\n")

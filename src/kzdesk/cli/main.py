"""``kzdesk [--data PATH] COMMAND`` — every part of the dataset as a table or as JSON.

Errors (unknown id, bad option, unreadable or invalid data file) print one line on
stderr and exit with status 2; there is never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from kzdesk import __version__
from kzdesk.cli import gui_command
from kzdesk.cli.output import EXIT_USAGE, UsageError, emit, table
from kzdesk.cli.output import dumps as dumps  # where callers have always found it
from kzdesk.core.dataset import DatasetError, load_dataset, markup_warnings
from kzdesk.core.files import FileProblem
from kzdesk.core.model import Dataset
from kzdesk.core.safetext import repair_surrogates, strip_controls


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


def safe_streams() -> None:
    """Never a UnicodeEncodeError: a console that cannot show a character (CP1251, CP866,
    ISO-8859-5) gets a replacement, and a UTF-8 one never gets a lone surrogate."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")


def _lookup_section(dataset: Dataset, section_id: str) -> str:
    try:
        return dataset.section(section_id).id
    except KeyError:
        known = ", ".join(s.id for s in dataset.sections)
        raise UsageError(f"no section with id {section_id!r} (known: {known})") from None


def cmd_sections(dataset: Dataset, args: argparse.Namespace) -> None:
    from kzdesk.cli import records

    rows = [records.section_summary_record(s) for s in dataset.sections]
    emit(args, rows, lambda: table(rows, ("id", "number", "paragraphs", "title")))


def cmd_section(dataset: Dataset, args: argparse.Namespace) -> None:
    from kzdesk.cli import records

    section = dataset.section(_lookup_section(dataset, args.id))
    record = records.section_record(section)

    def text() -> str:
        body = [f"{section.title} ({section.id})", ""]
        for paragraph in section.paragraphs:
            body.append(f"[{paragraph.id}] {paragraph.text}")
        return "\n".join(body)

    emit(args, record, text)


def cmd_proposals(dataset: Dataset, args: argparse.Namespace) -> None:
    from kzdesk.cli import records, search_command

    themes = {t.id for t in dataset.themes}
    if args.theme is not None and args.theme not in themes:
        raise UsageError(f"unknown theme {args.theme!r} (known: {', '.join(sorted(themes))})")
    proposals = [p for p in dataset.proposals if args.theme is None or args.theme in p.themes]
    if args.query is not None and args.query.strip():
        search_command.proposals_query(dataset, args, proposals)
        return
    rows = [records.proposal_record(p) for p in proposals]
    emit(args, rows, lambda: table(rows, ("number", "themes", "text")))


def cmd_stats(dataset: Dataset, args: argparse.Namespace) -> None:
    from kzdesk.cli import records

    section = _lookup_section(dataset, args.section) if args.section is not None else None
    statistics = records.statistics_for(dataset, section, args.table)
    if args.output:
        from kzdesk.cli.stats_export import write_stats_workbook

        write_stats_workbook(dataset, args, statistics)
        return
    rows = [records.statistic_record(s) for s in statistics]
    emit(args, rows, lambda: table(rows, ("id", "value", "unit", "year", "source", "indicator")))


def cmd_projects(dataset: Dataset, args: argparse.Namespace) -> None:
    from kzdesk.cli import records

    rows = [records.project_record(p) for p in dataset.projects]
    emit(args, rows, lambda: table(rows, ("id", "kind", "sections", "name")))


def cmd_legislation(dataset: Dataset, args: argparse.Namespace) -> None:
    from kzdesk.cli import records

    rows = [records.act_record(a) for a in dataset.acts]
    emit(args, rows, lambda: table(rows, ("id", "status", "area", "source", "title")))


def cmd_documents(dataset: Dataset, args: argparse.Namespace) -> None:
    from kzdesk.cli import records

    rows = [records.document_record(d) for d in dataset.documents]
    emit(args, rows, lambda: table(rows, ("id", "date", "url", "title")))


def cmd_glossary(dataset: Dataset, args: argparse.Namespace) -> None:
    from kzdesk.cli import records

    rows = [records.term_record(t) for t in dataset.glossary]
    emit(args, rows, lambda: table(rows, ("term", "aliases", "definition")))


def build_parser(gui_only: bool = False) -> Parser:
    """The whole command line, or with ``gui_only`` the global options and ``gui`` alone: the
    desktop app's start-up then neither imports nor configures the other commands (≈ 9 ms)."""
    parser = Parser(
        prog="kzdesk",
        description="Offline reference desk for the National Report on Combating Corruption in Kazakhstan.",
    )
    parser.add_argument("--version", action="version", version=f"kzdesk {__version__}")
    parser.add_argument("--data", metavar="PATH", help="read this dataset file instead of the bundled one")
    parser.add_argument(
        "--workspace",
        metavar="PATH",
        help="your workspace file for notes, bookmarks, tracker and workspace (default: in your data folder)",
    )
    parser.add_argument(
        "--lang",
        choices=("kk", "ru", "en"),
        help="the interface's language: Kazakh, Russian or English (default: the system locale's)",
    )
    output = Parser(add_help=False)
    output.add_argument("--json", action="store_true", help="print JSON instead of a table")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    def command(name: str, handler: Callable[[Dataset, argparse.Namespace], None], help_text: str) -> Parser:
        sub: Parser = commands.add_parser(name, help=help_text, parents=[output], description=help_text)
        sub.set_defaults(handler=handler)
        return sub

    if not gui_only:
        command("sections", cmd_sections, "list the report's sections")
        section = command("section", cmd_section, "one section's paragraphs with their citations")
        section.add_argument("id", help="e.g. section-5 or section-introduction")
        proposals = command("proposals", cmd_proposals, "the 40 proposals")
        proposals.add_argument("--theme", metavar="T", help="only proposals with this theme")
        proposals.add_argument("--query", metavar="Q", help="only proposals matching these words, best first")
        stats = command("stats", cmd_stats, "every figure the report states")
        stats.add_argument("--section", metavar="ID", help="only this section's figures")
        stats.add_argument("--table", type=int, choices=(1, 2), help="only the cells of Table 1 or 2")
        stats.add_argument("-o", "--output", metavar="FILE.xlsx", help="write the figures and tables as a workbook")
        command("projects", cmd_projects, "named projects, programmes, systems and campaigns")
        command("legislation", cmd_legislation, "legal changes the report describes")
        command("documents", cmd_documents, "the 7 source documents the references point to")
        command("glossary", cmd_glossary, "the list of abbreviations")
        from kzdesk.cli import print_command, search_command

        search_command.configure(command("search", search_command.cmd_search, search_command.HELP))
        print_command.configure(command("print", print_command.cmd_print, print_command.HELP))
        from kzdesk.cli import workspace_command
        from kzdesk.core.editions import edition_key

        workspace_command.configure(command, lambda dataset: edition_key(dataset.report), [output])
        from kzdesk.cli import pack_command

        pack_command.configure(command, lambda dataset: edition_key(dataset.report), [output])
        from kzdesk.cli import brief_command

        brief_command.configure(command("brief", brief_command.cmd_brief, brief_command.HELP))
    gui_help = "open the desktop application (what kzdesk with no command does)"
    gui_command.add_arguments(commands.add_parser("gui", help=gui_help, description=gui_help))
    return parser


def runs_the_gui(arguments: Sequence[str]) -> bool:
    """Whether the command line opens the desktop app: no command, or ``gui``, after nothing
    but ``--data``. Anything else (``--help``, ``--version``, another command, a typo) gets the
    whole parser, so help and errors are the same either way."""
    index = 0
    while index < len(arguments):
        argument = arguments[index]
        if argument in ("--data", "--workspace", "--lang"):
            index += 2
        elif argument.startswith(("--data=", "--workspace=", "--lang=")):
            index += 1
        else:
            return argument == "gui"
    return True


def use_language(arguments: Sequence[str]) -> None:
    """The text commands speak ``--lang`` (before the parser: its errors follow it too), else the locale's
    language; English loads nothing. The GUI chooses its own (it also has View → Language)."""
    language = None
    for index, argument in enumerate(arguments):
        if argument == "--":
            break
        if argument == "--lang" and index + 1 < len(arguments):
            language = arguments[index + 1]
        elif argument.startswith("--lang="):
            language = argument.removeprefix("--lang=")
    from kzdesk.core.languages import LANGUAGES, locale_language

    chosen = language if language in LANGUAGES else locale_language()
    if chosen is not None and chosen != "en":
        from kzdesk.gui.i18n import use_in_cli

        use_in_cli(chosen)


def main(argv: Sequence[str] | None = None) -> int:
    safe_streams()
    # Invalid bytes in an argument arrive as lone surrogates (surrogateescape): make them U+FFFD.
    arguments = [repair_surrogates(a) for a in (sys.argv[1:] if argv is None else argv)]
    gui = runs_the_gui(arguments)
    if not gui:
        use_language(arguments)
    parser = build_parser(gui_only=gui)
    try:
        args = parser.parse_args(arguments)
        if args.command is None:
            args = parser.parse_args([*arguments, "gui"])
        if args.command == "gui":
            # The GUI reads --data itself: a bad file gets a dialog and the bundled data, not an exit.
            return gui_command.run(args)
        dataset = load_dataset(args.data)
        for warning in markup_warnings(dataset, args.data or "bundled dataset"):
            print(f"kzdesk: warning: {warning}", file=sys.stderr)
        args.handler(dataset, args)
    except UsageError as error:
        print(f"kzdesk: {strip_controls(str(error))}", file=sys.stderr)
        return EXIT_USAGE
    except DatasetError as error:
        print(f"kzdesk: cannot use the data file {strip_controls(error.path)}: {error.problem}", file=sys.stderr)
        return EXIT_USAGE
    except FileProblem as error:  # the workspace, an export or import file, an output path
        print(f"kzdesk: {strip_controls(error.path)}: {error.problem}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        # The reader went away (`kzdesk stats | head`): not an error worth a message.
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        return 130
    return 0

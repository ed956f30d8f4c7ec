"""The user's workspace on the command line: notes, bookmarks, the tracker, export and import.

``kzdesk [--workspace PATH] notes|bookmarks|tracker`` list (``--json`` as everywhere);
``note add REF TEXT``, ``note edit NOTE_ID TEXT``, ``note delete NOTE_ID``,
``bookmark add REF [--colour C]``, ``bookmark delete REF``,
``tracker set proposal-N [--status S] [--unit U] [--due YYYY-MM-DD] [--progress TEXT] [--evidence LINK …]``,
``workspace export PATH``, ``workspace import PATH [--dry-run]``, ``workspace show``.
REF is the id the other commands print, in the edition the command runs on; an unknown
REF is refused. What the user wrote is theirs: every record says so (``"yours": true``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kzdesk.cli.output import UsageError, emit, table
from kzdesk.core.model import Dataset, Proposal
from kzdesk.core.references import Ref, kind_of
from kzdesk.core.workspace.schema import STATUSES
from kzdesk.core.workspace.store import Workspace

if TYPE_CHECKING:
    from kzdesk.core.user_marks import UserMarks

Handler = Callable[[Dataset, argparse.Namespace], None]
#: The edition key of a dataset (given by the command line, which knows the editions).
EditionOf = Callable[[Dataset], str]

HELP = {
    "notes": "your notes, oldest first (--ref: only those on one item)",
    "bookmarks": "your bookmarks",
    "tracker": "the proposals with your tracker status, unit, due date and progress",
    "note": "add, edit or delete one of your notes",
    "bookmark": "bookmark an item, or remove a bookmark",
    "tracker-set": "set a proposal's tracker status, unit, due date, progress or evidence",
    "tracker-report": "your status report of the proposals: shown, or written with -o as PDF, CSV or XLSX",
    "workspace": "your workspace file: where it is, export it, import a colleague's",
}


def configure(
    add: Callable[[str, Handler, str], argparse.ArgumentParser],
    edition_of: EditionOf,
    parents: list[argparse.ArgumentParser],
) -> None:
    """Add the workspace commands through ``add(name, handler, help)`` (cli.main's ``command``);
    ``parents`` give every action its shared options (``--json``)."""
    commands = Commands(edition_of)
    add = _refusing_bad_input(add)
    notes = add("notes", commands.list_notes, HELP["notes"])
    notes.add_argument("--ref", metavar="REF", help="only the notes on this item")
    add("bookmarks", commands.list_bookmarks, HELP["bookmarks"])
    tracker = add("tracker", commands.tracker, HELP["tracker"])
    actions = tracker.add_subparsers(dest="tracker_action", metavar="ACTION")
    setter = actions.add_parser("set", help=HELP["tracker-set"], description=HELP["tracker-set"], parents=parents)
    setter.add_argument("ref", metavar="proposal-N")
    setter.add_argument("--status", choices=STATUSES)
    setter.add_argument("--unit", metavar="U", help="the responsible unit")
    setter.add_argument("--due", metavar="YYYY-MM-DD", help="the due date ('' clears it)")
    setter.add_argument("--progress", metavar="TEXT", help="progress notes (replace the earlier ones)")
    setter.add_argument("--evidence", metavar="LINK", nargs="*", help="evidence links (replace the earlier ones)")
    report = actions.add_parser(
        "report", help=HELP["tracker-report"], description=HELP["tracker-report"], parents=parents
    )
    report.add_argument("-o", "--output", metavar="FILE.pdf|FILE.csv|FILE.xlsx", help="write the report to this file")
    report.add_argument("--page-size", default="A4", metavar="A4|Letter", help="paper size of a PDF (default A4)")

    note = add("note", commands.note, HELP["note"])
    note_actions = note.add_subparsers(dest="note_action", metavar="ACTION", required=True)
    note_add = note_actions.add_parser("add", help="attach a new note to an item", parents=parents)
    note_add.add_argument("ref", metavar="REF")
    note_add.add_argument("text", metavar="TEXT")
    note_edit = note_actions.add_parser("edit", help="replace a note's text", parents=parents)
    note_edit.add_argument("note_id", metavar="NOTE_ID")
    note_edit.add_argument("text", metavar="TEXT")
    note_delete = note_actions.add_parser("delete", help="delete a note", parents=parents)
    note_delete.add_argument("note_id", metavar="NOTE_ID")

    bookmark = add("bookmark", commands.bookmark, HELP["bookmark"])
    bookmark_actions = bookmark.add_subparsers(dest="bookmark_action", metavar="ACTION", required=True)
    bookmark_add = bookmark_actions.add_parser(
        "add", help="bookmark an item (again: change its colour)", parents=parents
    )
    bookmark_add.add_argument("ref", metavar="REF")
    bookmark_add.add_argument("--colour", metavar="C", help="yellow, green, blue, pink, orange, purple or #RRGGBB")
    bookmark_delete = bookmark_actions.add_parser("delete", help="remove an item's bookmark", parents=parents)
    bookmark_delete.add_argument("ref", metavar="REF")

    workspace = add("workspace", commands.workspace, HELP["workspace"])
    workspace_actions = workspace.add_subparsers(dest="workspace_action", metavar="ACTION", required=True)
    workspace_actions.add_parser("show", help="where the workspace is, what it holds and its backups", parents=parents)
    export = workspace_actions.add_parser("export", help="write the whole workspace to one JSON file", parents=parents)
    export.add_argument("path", metavar="PATH")
    load = workspace_actions.add_parser(
        "import", help="merge a workspace export into yours (newer copies win)", parents=parents
    )
    load.add_argument("path", metavar="PATH")
    load.add_argument("--dry-run", action="store_true", help="only say what would change")


def _refusing_bad_input(
    add: Callable[[str, Handler, str], argparse.ArgumentParser],
) -> Callable[[str, Handler, str], argparse.ArgumentParser]:
    """``add`` with each handler's refusals of what the user typed (a note's text, a colour,
    a date, no home folder) turned into the one-line usage error every command gives."""

    def wrapped(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        def run(dataset: Dataset, args: argparse.Namespace) -> None:
            from kzdesk.core.workspace.location import NoHomeFolder
            from kzdesk.core.workspace.records import InvalidEntry

            try:
                handler(dataset, args)
            except (InvalidEntry, NoHomeFolder) as error:
                raise UsageError(str(error)) from None

        return add(name, run, help_text)

    return wrapped


def open_for(args: argparse.Namespace) -> Workspace:
    """The workspace of ``--workspace`` (default: the user's data folder), opened safely.

    A damaged or foreign file is moved aside: said on stderr with where it went and the
    newest backup, and the command goes on with a fresh workspace.
    """
    from kzdesk.core.workspace.location import backup_folder, default_workspace_path
    from kzdesk.core.workspace.safety import back_up, open_workspace

    path = Path(args.workspace) if args.workspace else default_workspace_path()
    opened = open_workspace(path, backup_folder(path))
    if opened.moved_aside is not None:
        offer = f"; the newest backup is {opened.backups[0]}" if opened.backups else "; there is no backup"
        print(
            f"kzdesk: warning: the workspace {path} was unusable ({opened.reason}); it was moved to "
            f"{opened.moved_aside} and a new one started{offer}",
            file=sys.stderr,
        )
    else:
        back_up(opened.workspace, backup_folder(path))  # today's copy, once a day
    return opened.workspace


def read_user_marks(args: argparse.Namespace, edition: str) -> UserMarks:
    """What the user wrote of ``edition`` (notes, tracker), for a printout or a report; nothing
    when there is no workspace yet (reading never creates one)."""
    from kzdesk.core.user_marks import NO_MARKS, read_marks
    from kzdesk.core.workspace.location import default_workspace_path

    path = Path(args.workspace) if args.workspace else default_workspace_path()
    if not path.exists():
        return NO_MARKS
    with open_for(args) as workspace:
        return read_marks(workspace, edition)


class Commands:
    def __init__(self, edition_of: EditionOf) -> None:
        self.edition_of = edition_of

    def _target(self, dataset: Dataset, ref: str, proposal: bool = False) -> Ref:
        entity = dataset.by_id.get(ref)
        if entity is None or kind_of(ref) is None or (proposal and not isinstance(entity, Proposal)):
            last = len(dataset.proposals)
            what = f"a proposal id, proposal-1 … proposal-{last}" if proposal else "an id the other commands print"
            raise UsageError(f"unknown reference {ref[:60]!r} (give {what})")
        return Ref(self.edition_of(dataset), ref)

    def list_notes(self, dataset: Dataset, args: argparse.Namespace) -> None:
        edition = self.edition_of(dataset)
        with open_for(args) as workspace:
            target = self._target(dataset, args.ref) if args.ref else None
            notes = workspace.notes(target, edition)
        rows = [
            {
                "id": n.id,
                "ref": n.target,
                "edition": n.edition,
                "text": n.text,
                "created": n.created,
                "updated": n.updated,
                "yours": True,
            }
            for n in notes
        ]
        emit(args, rows, lambda: table(rows, ("id", "ref", "updated", "text")))

    def list_bookmarks(self, dataset: Dataset, args: argparse.Namespace) -> None:
        with open_for(args) as workspace:
            bookmarks = workspace.bookmarks(self.edition_of(dataset))
        rows = [
            {
                "id": b.id,
                "ref": b.target,
                "edition": b.edition,
                "colour": b.colour,
                "created": b.created,
                "updated": b.updated,
                "yours": True,
            }
            for b in bookmarks
        ]
        emit(args, rows, lambda: table(rows, ("ref", "colour", "created")))

    def tracker(self, dataset: Dataset, args: argparse.Namespace) -> None:
        if args.tracker_action == "set":
            self._set_tracker(dataset, args)
            return
        if args.tracker_action == "report":
            from kzdesk.cli.tracker_report_command import tracker_report

            tracker_report(dataset, args, read_user_marks(args, self.edition_of(dataset)))
            return
        edition = self.edition_of(dataset)
        with open_for(args) as workspace:
            entries = {entry.target: entry for entry in workspace.tracker(edition)}
        rows = []
        for proposal in dataset.proposals:
            entry = entries.get(proposal.id)
            rows.append(
                {
                    "ref": proposal.id,
                    "number": proposal.number,
                    "status": entry.status if entry else STATUSES[0],
                    "unit": entry.unit if entry else "",
                    "due": entry.due if entry else None,
                    "progress": entry.progress if entry else "",
                    "evidence": list(entry.evidence) if entry else [],
                    "created": entry.created if entry else None,
                    "updated": entry.updated if entry else None,
                    "yours": entry is not None,
                }
            )
        emit(args, rows, lambda: table(rows, ("number", "status", "unit", "due", "progress")))

    def _set_tracker(self, dataset: Dataset, args: argparse.Namespace) -> None:
        target = self._target(dataset, args.ref, proposal=True)
        changes = (args.status, args.unit, args.due, args.progress, args.evidence)
        if all(change is None for change in changes):
            raise UsageError("give at least one of --status, --unit, --due, --progress, --evidence")
        with open_for(args) as workspace:
            entry = workspace.set_tracker(target, *changes)
        record = {
            "ref": entry.target,
            "edition": entry.edition,
            "status": entry.status,
            "unit": entry.unit,
            "due": entry.due,
            "progress": entry.progress,
            "evidence": list(entry.evidence),
            "created": entry.created,
            "updated": entry.updated,
            "yours": True,
        }
        emit(args, record, lambda: f"{entry.target}: {entry.status}" + (f", {entry.unit}" if entry.unit else ""))

    def note(self, dataset: Dataset, args: argparse.Namespace) -> None:
        with open_for(args) as workspace:
            if args.note_action == "add":
                note = workspace.add_note(self._target(dataset, args.ref), args.text)
            elif args.note_action == "edit":
                note = workspace.update_note(args.note_id, args.text)
            else:
                if not workspace.delete_note(args.note_id):
                    raise UsageError(f"there is no note {args.note_id[:40]!r} (see 'kzdesk notes')")
                emit(args, {"deleted": args.note_id}, lambda: f"deleted note {args.note_id}")
                return
        record = {
            "id": note.id,
            "ref": note.target,
            "edition": note.edition,
            "text": note.text,
            "created": note.created,
            "updated": note.updated,
            "yours": True,
        }
        emit(args, record, lambda: f"note {note.id} on {note.target}")

    def bookmark(self, dataset: Dataset, args: argparse.Namespace) -> None:
        target = self._target(dataset, args.ref)
        with open_for(args) as workspace:
            if args.bookmark_action == "add":
                bookmark = workspace.bookmark(target, args.colour)
                record: dict[str, Any] = {
                    "id": bookmark.id,
                    "ref": bookmark.target,
                    "colour": bookmark.colour,
                    "created": bookmark.created,
                    "updated": bookmark.updated,
                    "yours": True,
                }
                emit(args, record, lambda: f"bookmarked {bookmark.target}")
                return
            if not workspace.remove_bookmark(target):
                raise UsageError(f"{args.ref} is not bookmarked")
        emit(args, {"deleted": args.ref}, lambda: f"removed the bookmark of {args.ref}")

    def workspace(self, dataset: Dataset, args: argparse.Namespace) -> None:
        from kzdesk.core.workspace import exchange
        from kzdesk.core.workspace.location import backup_folder
        from kzdesk.core.workspace.safety import list_backups

        with open_for(args) as workspace:
            if args.workspace_action == "show":
                backups = [str(p) for p in list_backups(backup_folder(workspace.path))]
                record = {"path": str(workspace.path), "counts": workspace.counts(), "backups": backups}
                counts = ", ".join(f"{n} {kind}" for kind, n in record["counts"].items())
                emit(args, record, lambda: f"{workspace.path}\n{counts}\nbackups: {len(backups)}")
            elif args.workspace_action == "export":
                written = exchange.export_workspace(workspace, Path(args.path))
                emit(args, {"path": str(written.resolve())}, lambda: f"kzdesk: saved the workspace to {written}")
            else:
                edition = self.edition_of(dataset)
                from kzdesk.core.packs import is_known

                plan = exchange.plan_import(  # a chart is known too: it is in no table of ids
                    workspace,
                    Path(args.path),
                    lambda e, target: e == edition and (target in dataset.by_id or is_known(dataset, target)),
                )
                applied = 0 if args.dry_run else exchange.apply_import(workspace, plan)
                record = {
                    "dry_run": bool(args.dry_run),
                    "summary": plan.summary(),
                    "changes": [
                        {
                            "kind": c.kind,
                            "action": c.action,
                            "ref": c.target,
                            "edition": c.edition,
                            "why": c.why,
                        }
                        for c in plan.changes
                    ],
                    "applied": applied,
                }
                result = "nothing written (--dry-run)" if args.dry_run else f"{applied} records written"
                emit(args, record, lambda: f"{plan.summary()}; {result}")

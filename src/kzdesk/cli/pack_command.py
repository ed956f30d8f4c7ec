"""Briefing packs on the command line: ``kzdesk [--workspace PATH] pack ACTION …``.

``pack new TITLE`` (prints the new pack's id), ``pack list``, ``pack show PACK``,
``pack add PACK REF [--form summary|full] [--at POSITION]``, ``pack text PACK TEXT``,
``pack remove PACK ITEM``, ``pack move PACK ITEM POSITION``, ``pack rename PACK TITLE``,
``pack delete PACK``, ``pack export PACK -o FILE.docx|pdf|xlsx``; ``--json`` as everywhere.
PACK is a pack's id (or the start of it, or its exact title); ITEM an item's id or its
position (1 is first); REF the id the other commands print, or the id of one of your
notes (``kzdesk notes``). What the user wrote is theirs: text blocks and notes say so (``"yours": true``).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from kzdesk.cli.output import UsageError, emit, table
from kzdesk.core.labels import translate
from kzdesk.core.model import Dataset
from kzdesk.core.workspace.records import SECTION_FORMS, Pack, PackItem
from kzdesk.core.workspace.store import Workspace

Handler = Callable[[Dataset, argparse.Namespace], None]
EditionOf = Callable[[Dataset], str]

HELP = "your briefing packs: gather sections, proposals, figures, charts and notes, in order"


def configure(
    add: Callable[[str, Handler, str], argparse.ArgumentParser],
    edition_of: EditionOf,
    parents: list[argparse.ArgumentParser],
) -> None:
    """Add ``pack`` through ``add(name, handler, help)`` (cli.main's ``command``)."""
    commands = PackCommands(edition_of)
    pack = add("pack", commands.run, HELP)
    actions = pack.add_subparsers(dest="pack_action", metavar="ACTION", required=True)

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        return actions.add_parser(name, help=help_text, description=help_text, parents=parents)

    action("new", "start a new, empty pack (prints its id)").add_argument("title", metavar="TITLE")
    action("list", "your packs, oldest first, with how many items each has")
    action("show", "a pack's items in order, with their labels and citations").add_argument("pack", metavar="PACK")
    adder = action("add", "add an item (an id the other commands print, or a note's id) at the end")
    adder.add_argument("pack", metavar="PACK")
    adder.add_argument("ref", metavar="REF")
    adder.add_argument("--form", choices=SECTION_FORMS, help="a section as its summary (the default) or full text")
    adder.add_argument("--at", metavar="POSITION", type=int, help="put it at this position (1 is first)")
    text = action("text", "add a block of your own text (an introduction, a conclusion) at the end")
    text.add_argument("pack", metavar="PACK")
    text.add_argument("text", metavar="TEXT")
    text.add_argument("--at", metavar="POSITION", type=int, help="put it at this position (1 is first)")
    remove = action("remove", "take an item out of a pack")
    remove.add_argument("pack", metavar="PACK")
    remove.add_argument("item", metavar="ITEM", help="the item's id or its position (1 is first)")
    move = action("move", "move an item to another position")
    move.add_argument("pack", metavar="PACK")
    move.add_argument("item", metavar="ITEM", help="the item's id or its position (1 is first)")
    move.add_argument("position", metavar="POSITION", type=int, help="where it goes (1 is first)")
    rename = action("rename", "give a pack another title")
    rename.add_argument("pack", metavar="PACK")
    rename.add_argument("title", metavar="TITLE")
    action("delete", "delete a pack and its items (your notes themselves stay)").add_argument("pack", metavar="PACK")
    export = action(
        "export", "write a pack as a briefing: FILE.docx (Word), FILE.pdf or FILE.xlsx (its figures and tables)"
    )
    export.add_argument("pack", metavar="PACK")
    export.add_argument("-o", "--output", metavar="FILE", required=True, help="FILE.docx, FILE.pdf or FILE.xlsx")
    from kzdesk.cli.brief_command import add_title_page

    add_title_page(export)


class PackCommands:
    def __init__(self, edition_of: EditionOf) -> None:
        self.edition_of = edition_of

    def run(self, dataset: Dataset, args: argparse.Namespace) -> None:
        from kzdesk.cli.workspace_command import open_for
        from kzdesk.core.workspace.location import NoHomeFolder
        from kzdesk.core.workspace.records import InvalidEntry

        try:
            with open_for(args) as workspace:
                getattr(self, "do_" + args.pack_action)(workspace, dataset, args)
        except (InvalidEntry, NoHomeFolder) as error:
            raise UsageError(str(error)) from None

    # ---- finding what the user named ------------------------------------------------------
    @staticmethod
    def _pack(workspace: Workspace, name: str) -> Pack:
        packs = workspace.packs()
        exact = [p for p in packs if p.id == name] or [p for p in packs if p.title == name]
        if not exact and len(name) >= 4:
            exact = [p for p in packs if p.id.startswith(name)]
        if len(exact) == 1:
            return exact[0]
        if len(exact) > 1:
            raise UsageError(f"{name[:60]!r} names {len(exact)} packs; give its id (see 'kzdesk pack list')")
        raise UsageError(f"there is no pack {name[:60]!r} (see 'kzdesk pack list')")

    @staticmethod
    def _item(pack: Pack, name: str) -> PackItem:
        # An id (or its start) first: ids are hex, so one may begin with digits only ("00779543…").
        found = [i for i in pack.items if i.id == name or (len(name) >= 4 and i.id.startswith(name))]
        if not found and name.isdigit():
            number = int(name)
            if 1 <= number <= len(pack.items):
                return pack.items[number - 1]
            raise UsageError(f"the pack has no item {number} (it has {len(pack.items)})")
        if len(found) != 1:
            raise UsageError(f"the pack has no item {name[:60]!r} (see 'kzdesk pack show')")
        return found[0]

    @staticmethod
    def _position(position: int | None, count: int) -> int | None:
        if position is None:
            return None
        if not 1 <= position <= count + 1:
            raise UsageError(f"position {position} is outside the pack (1 … {count + 1})")
        return position - 1

    # ---- records ---------------------------------------------------------------------------
    def _record(self, workspace: Workspace, dataset: Dataset, item: PackItem, position: int) -> dict[str, Any]:
        from kzdesk.core.packs import item_citation, item_label, kind_label

        return {
            "id": item.id,
            "position": position,
            "kind": item.kind,
            "what": kind_label(item),
            "ref": item.target,
            "edition": item.edition,
            "form": item.form,
            "text": item.text,
            "label": item_label(dataset, item, workspace.note, self.edition_of(dataset)),
            "citation": item_citation(dataset, item),
            "created": item.created,
            "updated": item.updated,
            "yours": item.kind != "ref",
        }

    @staticmethod
    def _pack_record(pack: Pack) -> dict[str, Any]:
        return {
            "id": pack.id,
            "title": pack.title,
            "items": len(pack.items),
            "created": pack.created,
            "updated": pack.updated,
        }

    # ---- actions ---------------------------------------------------------------------------
    def do_new(self, workspace: Workspace, dataset: Dataset, args: argparse.Namespace) -> None:
        pack = workspace.create_pack(args.title)
        emit(args, self._pack_record(pack), lambda: pack.id)

    def do_list(self, workspace: Workspace, dataset: Dataset, args: argparse.Namespace) -> None:
        rows = [self._pack_record(p) for p in workspace.packs()]
        emit(args, rows, lambda: table(rows, ("id", "items", "updated", "title")))

    def do_show(self, workspace: Workspace, dataset: Dataset, args: argparse.Namespace) -> None:
        pack = self._pack(workspace, args.pack)
        items = [self._record(workspace, dataset, item, n) for n, item in enumerate(pack.items, start=1)]
        record = {**self._pack_record(pack), "items": items}

        def text() -> str:
            lines = [f"{pack.title} ({pack.id})"]
            if not items:
                lines.append(translate("Packs", "(empty: add items with 'kzdesk pack add')"))
            for row in items:
                lines.append(f"{row['position']:>3}. [{row['what']}] {row['label']}  ({row['id'][:8]})")
                if row["kind"] == "text":
                    lines += [f"       | {line}" for line in row["text"].splitlines()]
                if row["citation"]:
                    lines.append(f"       {row['citation']}")
            return "\n".join(lines)

        emit(args, record, text)

    def do_export(self, workspace: Workspace, dataset: Dataset, args: argparse.Namespace) -> None:
        from kzdesk.cli.brief_command import check_format, export_document, gui_chart_png, report_written
        from kzdesk.core.document.build import DocumentError, build_document

        pack = self._pack(workspace, args.pack)
        check_format(args.output)
        edition = self.edition_of(dataset)
        notes = {i.target: note for i in pack.items if i.kind == "note" and (note := workspace.note(i.target))}
        tracker = {entry.target: entry for entry in workspace.tracker(edition)}
        try:
            document = build_document(dataset, pack, notes=notes, tracker=tracker)
        except DocumentError as error:
            raise UsageError(str(error)) from None
        written = export_document(document, args.output, chart_png=gui_chart_png(), title_page=args.title_page)
        report_written(args, written)

    def do_add(self, workspace: Workspace, dataset: Dataset, args: argparse.Namespace) -> None:
        from kzdesk.core.packs import is_known
        from kzdesk.core.references import Kind, Ref, kind_of

        pack = self._pack(workspace, args.pack)
        position = self._position(args.at, len(pack.items))
        note = workspace.note(args.ref) if kind_of(args.ref) is None else None
        if note is not None:
            if args.form:
                raise UsageError("--form is for sections only")
            item = workspace.add_note_item(pack.id, note, position)
        else:
            if not is_known(dataset, args.ref):
                raise UsageError(
                    f"unknown reference {args.ref[:60]!r} (give an id the other commands print, or a note's id)"
                )
            if args.form and kind_of(args.ref) is not Kind.SECTION:
                raise UsageError("--form is for sections only")
            item = workspace.add_ref_item(pack.id, Ref(self.edition_of(dataset), args.ref), args.form or "", position)
        self._emit_item(workspace, dataset, args, pack.id, item)

    def do_text(self, workspace: Workspace, dataset: Dataset, args: argparse.Namespace) -> None:
        pack = self._pack(workspace, args.pack)
        item = workspace.add_text_block(pack.id, args.text, self._position(args.at, len(pack.items)))
        self._emit_item(workspace, dataset, args, pack.id, item)

    def _emit_item(
        self, workspace: Workspace, dataset: Dataset, args: argparse.Namespace, pack_id: str, item: PackItem
    ) -> None:
        pack = workspace.pack(pack_id)
        position = next(n for n, i in enumerate(pack.items, start=1) if i.id == item.id) if pack else 0
        record = self._record(workspace, dataset, item, position)
        emit(args, record, lambda: f"{item.id} {position}. {record['label']}")

    def do_remove(self, workspace: Workspace, dataset: Dataset, args: argparse.Namespace) -> None:
        pack = self._pack(workspace, args.pack)
        item = self._item(pack, args.item)
        workspace.remove_pack_item(pack.id, item.id)
        emit(args, {"removed": item.id, "pack": pack.id}, lambda: f"removed {item.id} from {pack.title}")

    def do_move(self, workspace: Workspace, dataset: Dataset, args: argparse.Namespace) -> None:
        pack = self._pack(workspace, args.pack)
        item = self._item(pack, args.item)
        if not 1 <= args.position <= len(pack.items):
            raise UsageError(f"position {args.position} is outside the pack (1 … {len(pack.items)})")
        moved = workspace.move_pack_item(pack.id, item.id, args.position - 1)
        order = [i.id for i in moved.items]
        emit(args, {"pack": pack.id, "moved": item.id, "order": order}, lambda: f"{item.id} is now {args.position}.")

    def do_rename(self, workspace: Workspace, dataset: Dataset, args: argparse.Namespace) -> None:
        pack = workspace.rename_pack(self._pack(workspace, args.pack).id, args.title)
        emit(args, self._pack_record(pack), lambda: f"{pack.id} {pack.title}")

    def do_delete(self, workspace: Workspace, dataset: Dataset, args: argparse.Namespace) -> None:
        pack = self._pack(workspace, args.pack)
        workspace.delete_pack(pack.id)
        emit(args, {"deleted": pack.id}, lambda: f"deleted the pack {pack.title} ({len(pack.items)} items)")

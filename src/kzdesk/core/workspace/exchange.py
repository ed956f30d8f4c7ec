"""The workspace as one JSON file and back: for a colleague, on a USB stick.

An import is read through the same gate as a dataset (a regular file, a size cap, UTF-8,
finite numbers, bounded text), then every record is checked as if the user had typed it.
Nothing is written until the user has seen the plan: what would be added, what updated
(the imported copy is newer), what kept (the user's own copy is newer or the same), and
what skipped (a reference this kzdesk does not know). Applying the plan is one transaction.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from kzdesk.core.dataset import DatasetError, check_payload, read_json_input
from kzdesk.core.files import write_atomically
from kzdesk.core.workspace.records import (
    MAX_FIELD,
    MAX_PACK_ITEMS,
    Bookmark,
    Highlight,
    InvalidEntry,
    Note,
    Pack,
    PackItem,
    TrackerEntry,
    check_colour,
    check_due,
    check_evidence,
    check_item_shape,
    check_reference,
    check_status,
    check_text,
    check_timestamp,
    check_title,
    now,
)
from kzdesk.core.workspace.store import Workspace, WorkspaceError

FORMAT = "kzdesk-workspace"
#: 2 added briefing packs; a version-1 export (no packs) still imports.
VERSION = 2
Record = Bookmark | Highlight | Note | TrackerEntry | Pack
KINDS: dict[str, type[Any]] = {"bookmarks": Bookmark, "highlights": Highlight, "notes": Note, "tracker": TrackerEntry}
#: Known(edition, id): whether this kzdesk can show that thing (an import skips what it cannot).
Known = Callable[[str, str], bool]


def export_payload(workspace: Workspace) -> dict[str, Any]:
    payload: dict[str, Any] = {"format": FORMAT, "version": VERSION, "exported": now()}
    payload["bookmarks"] = [_plain(b) for b in workspace.bookmarks()]
    payload["highlights"] = [_plain(h) for h in workspace.highlights()]
    payload["notes"] = [_plain(n) for n in workspace.notes()]
    payload["tracker"] = [_plain(t) for t in workspace.tracker()]
    payload["packs"] = [{**_plain(p), "items": [_plain(i) for i in p.items]} for p in workspace.packs()]
    return payload


def export_workspace(workspace: Workspace, target: Path) -> Path:
    """Write the whole workspace to ``target`` (atomically); the file written."""
    data = json.dumps(export_payload(workspace), ensure_ascii=False, indent=1, allow_nan=False).encode("utf-8")
    return write_atomically(target, data + b"\n")


def _plain(record: Record | PackItem) -> dict[str, Any]:
    return {
        f.name: list(v) if isinstance(v := getattr(record, f.name), tuple) else v
        for f in fields(record)
        if f.name != "items"
    }


def key_of(record: Record) -> tuple[str, ...]:
    """What an imported record is matched on: its id, or its reference where there is one per reference."""
    if isinstance(record, (Bookmark, TrackerEntry)):
        return (record.edition, record.target)
    return (record.id,)


@dataclass(frozen=True)
class Change:
    kind: str  # "bookmarks", "highlights", "notes", "tracker", "packs"
    action: str  # "add", "update", "keep", "skip"
    record: Record
    why: str = ""

    @property
    def edition(self) -> str:
        """The edition of what the record is on ("" for a pack, which may gather several)."""
        return "" if isinstance(self.record, Pack) else self.record.edition

    @property
    def target(self) -> str:
        """What the record is on: an item's id, or a pack's own id."""
        return self.record.id if isinstance(self.record, Pack) else self.record.target


@dataclass(frozen=True)
class ImportPlan:
    source: Path
    changes: tuple[Change, ...]

    def count(self, action: str) -> int:
        return sum(1 for change in self.changes if change.action == action)

    def summary(self) -> str:
        """One line: "3 to add, 1 to update, 2 kept (yours are newer or the same), 1 skipped"."""
        counts = Counter(change.action for change in self.changes)
        parts = [f"{counts['add']} to add", f"{counts['update']} to update"]
        parts.append(f"{counts['keep']} kept (yours are newer or the same)")
        if counts["skip"]:
            parts.append(f"{counts['skip']} skipped (not in this kzdesk's editions)")
        return ", ".join(parts)


def read_import(source: Path) -> dict[str, list[Record]]:
    """The records of the export file ``source``, each checked; WorkspaceError names what is wrong."""
    try:
        payload = read_json_input(source, "a kzdesk workspace export")
        check_payload(payload, str(source))
    except DatasetError as error:
        raise WorkspaceError(error.path, error.problem) from None
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        raise WorkspaceError(str(source), "not a kzdesk workspace export (made with 'Export workspace…')")
    version = payload.get("version")
    if not isinstance(version, int) or version < 1:
        raise WorkspaceError(str(source), "a workspace export without a valid version")
    if version > VERSION:
        raise WorkspaceError(str(source), f"made by a newer kzdesk (export format {version}; this one reads {VERSION})")
    records: dict[str, list[Record]] = {}
    for kind in (*KINDS, "packs"):
        items = payload.get(kind, [])
        if not isinstance(items, list):
            raise WorkspaceError(str(source), f"'{kind}' is not a list")
        try:
            records[kind] = [_checked_pack(item) if kind == "packs" else _checked(KINDS[kind], item) for item in items]
        except (InvalidEntry, TypeError, KeyError) as error:
            problem = (
                error.args[0]
                if isinstance(error, InvalidEntry)
                else "a record lacks a field or has one of the wrong type"
            )
            raise WorkspaceError(str(source), f"{kind}: {problem}") from None
    return records


def _checked(cls: type[Any], item: Any) -> Record:
    if not isinstance(item, dict):
        raise InvalidEntry("a record is not an object")
    check_reference(item["edition"], item["target"])
    values: dict[str, Any] = {f.name: item[f.name] for f in fields(cls) if f.name in item or f.name != "colour"}
    for stamp in ("created", "updated"):
        if stamp in values:
            values[stamp] = check_timestamp(_text(values[stamp]), f"'{stamp}'")
    if "id" in values and (not isinstance(values["id"], str) or not 1 <= len(values["id"]) <= 64):
        raise InvalidEntry("a record has no valid id")
    if "colour" in values:
        values["colour"] = check_colour(values["colour"])
    if cls is Note:
        values["text"] = check_text(_text(values["text"]), "a note", empty=False)
    elif cls is Highlight:
        start, end = values["start"], values["end"]
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end):
            raise InvalidEntry("a highlight needs a start before its end")
        values["quote"] = check_text(_text(values["quote"]), "a highlight's text", empty=False)
    elif cls is TrackerEntry:
        values["status"] = check_status(values["status"])
        values["unit"] = check_text(_text(values["unit"]), "a responsible unit", MAX_FIELD)
        values["due"] = check_due(values["due"])
        values["progress"] = check_text(_text(values["progress"]), "progress notes")
        if not isinstance(values["evidence"], list):
            raise InvalidEntry("evidence is not a list of links")
        values["evidence"] = check_evidence([_text(link) for link in values["evidence"]])
    record: Record = cls(**values)
    return record


def _checked_pack(item: Any) -> Pack:
    if not isinstance(item, dict):
        raise InvalidEntry("a pack is not an object")
    pack_id = _record_id(item["id"])
    items = item["items"]
    if not isinstance(items, list) or len(items) > MAX_PACK_ITEMS:
        raise InvalidEntry(f"a pack's items are not a list of at most {MAX_PACK_ITEMS}")
    checked = []
    for entry in items:
        if not isinstance(entry, dict):
            raise InvalidEntry("a pack item is not an object")
        shape = check_item_shape(*(_text(entry[name]) for name in ("kind", "edition", "target", "form", "text")))
        stamps = (check_timestamp(_text(entry[s]), f"'{s}'") for s in ("created", "updated"))
        checked.append(PackItem(_record_id(entry["id"]), *shape, *stamps))
    if len({i.id for i in checked}) != len(checked):
        raise InvalidEntry("a pack has the same item twice")
    created, updated = (check_timestamp(_text(item[s]), f"'{s}'") for s in ("created", "updated"))
    return Pack(pack_id, check_title(_text(item["title"])), tuple(checked), created, updated)


def _record_id(value: Any) -> str:
    if not isinstance(value, str) or not 1 <= len(value) <= 64:
        raise InvalidEntry("a record has no valid id")
    return value


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise InvalidEntry(f"{str(value)[:40]!r} is not text")
    return value


def plan_import(workspace: Workspace, source: Path, known: Known) -> ImportPlan:
    """What importing ``source`` would change; nothing is written."""
    incoming = read_import(source)
    mine: dict[str, dict[tuple[str, ...], Record]] = {
        "bookmarks": {key_of(r): r for r in workspace.bookmarks()},
        "highlights": {key_of(r): r for r in workspace.highlights()},
        "notes": {key_of(r): r for r in workspace.notes()},
        "tracker": {key_of(r): r for r in workspace.tracker()},
        "packs": {key_of(r): r for r in workspace.packs()},
    }
    changes = []
    for kind, records in incoming.items():
        for record in records:
            changes.append(_change(kind, record, mine[kind].get(key_of(record)), known))
    return ImportPlan(source, tuple(changes))


def _pack_change(pack: Pack, current: Record | None, known: Known) -> Change:
    """A pack comes in whole (its title and its order) or not at all; items on things this
    kzdesk does not know are left out of it, and the plan says how many."""
    kept = tuple(i for i in pack.items if i.kind != "ref" or known(i.edition, i.target))
    dropped = len(pack.items) - len(kept)
    pack = Pack(pack.id, pack.title, kept, pack.created, pack.updated)
    why = f"{dropped} of its items are unknown here and left out" if dropped else ""
    if current is None:
        return Change("packs", "add", pack, why)
    if _same(pack, current) or pack.updated <= current.updated:
        return Change("packs", "keep", pack, "yours is the same or newer")
    return Change("packs", "update", pack, why)


def _change(kind: str, record: Record, current: Record | None, known: Known) -> Change:
    if isinstance(record, Pack):
        return _pack_change(record, current, known)
    if not known(record.edition, record.target):
        return Change(kind, "skip", record, f"{record.edition}: {record.target} is unknown here")
    if current is None:
        return Change(kind, "add", record)
    if _same(record, current) or record.updated <= current.updated:
        return Change(kind, "keep", record, "yours is the same or newer")
    return Change(kind, "update", record)


def _same(a: Record | PackItem, b: Record | PackItem) -> bool:
    if isinstance(a, Pack) and isinstance(b, Pack):
        items = len(a.items) == len(b.items) and all(_same(x, y) for x, y in zip(a.items, b.items, strict=True))
        return items and a.title == b.title
    ignore = {"id", "created", "updated"}
    return all(getattr(a, f.name) == getattr(b, f.name) for f in fields(a) if f.name not in ignore)


def apply_import(workspace: Workspace, plan: ImportPlan) -> int:
    """Write the plan's additions and updates in one transaction; how many records changed."""
    chosen = [change for change in plan.changes if change.action in ("add", "update")]
    workspace.merge((change.kind, change.record) for change in chosen)
    return len(chosen)


def notes_markdown(notes: Iterable[Note], label: Callable[[str, str], str], title: str) -> str:
    """The notes as Markdown for an e-mail: each under the label of what it is attached to."""
    lines = [f"# {title}", ""]
    for note in notes:
        lines += [f"## {label(note.edition, note.target)}", "", f"*Your note, {note.updated[:10]}:*", ""]
        lines += [f"> {line}" if line else ">" for line in note.text.splitlines()] + [""]
    return "\n".join(lines).rstrip() + "\n"

"""The user's workspace: one SQLite database, every write one transaction.

Opened in WAL mode with a busy timeout, so two kzdesk windows on the same file wait for
each other instead of failing or corrupting it; each change is a ``BEGIN IMMEDIATE`` …
``COMMIT`` (the write lock is taken first, so two writers never deadlock), and a change
is on disk when its method returns: a kill -9 afterwards loses nothing, a kill during it
loses that change only. SQLite's own errors (a full disk, a read-only file, a lock held
too long) become one ``WorkspaceError`` with a phrase fit to show the user.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from kzdesk.core.files import FileProblem
from kzdesk.core.workspace.records import (
    MAX_FIELD,
    MAX_PACK_ITEMS,
    SECTION_FORMS,
    Bookmark,
    Highlight,
    InvalidEntry,
    Note,
    Pack,
    PackItem,
    Reference,
    TrackerEntry,
    check_colour,
    check_due,
    check_evidence,
    check_item_shape,
    check_reference,
    check_status,
    check_text,
    check_title,
    now,
)
from kzdesk.core.workspace.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION, STATUSES

BUSY_TIMEOUT_S = 5.0


class WorkspaceError(FileProblem):
    """The workspace file cannot be opened or written; ``problem`` says why, for the user."""


def describe_sqlite_error(error: sqlite3.Error) -> str:
    text = str(error)
    if "disk is full" in text or "disk I/O" in text:
        return "the disk is full or failing; nothing was changed"
    if "readonly" in text or "read-only" in text:
        return "the workspace file or its folder is read-only; nothing was changed"
    if "locked" in text or "busy" in text:
        return "another kzdesk is writing to this workspace; try again in a moment"
    if "malformed" in text or "not a database" in text or "encrypted" in text:
        return "the workspace file is damaged"
    return f"the database refused the change ({text})"


class Workspace:
    """An open workspace. Not thread-safe: the GUI uses it from its own thread only."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._db = connection
        self.path = path

    # ---- opening ---------------------------------------------------------------------------
    @classmethod
    def connect(cls, path: Path) -> Workspace:
        """Open (creating if needed) the workspace at ``path`` and bring its schema up to date.

        The file is trusted to be a workspace: :func:`kzdesk.core.workspace.safety.open_workspace`
        checks that first and is what callers use.
        """
        try:
            connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        except sqlite3.Error as error:
            raise WorkspaceError(str(path), f"cannot open the workspace ({describe_sqlite_error(error)})") from None
        connection.row_factory = sqlite3.Row
        workspace = cls(connection, path)
        try:
            connection.execute("PRAGMA journal_mode = WAL")
            connection.execute("PRAGMA synchronous = NORMAL")  # in WAL: a commit survives a killed process
            connection.execute("PRAGMA foreign_keys = ON")
            workspace._migrate()
        except sqlite3.Error as error:
            connection.close()
            raise WorkspaceError(str(path), describe_sqlite_error(error)) from None
        return workspace

    def _migrate(self) -> None:
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise WorkspaceError(
                str(self.path),
                f"it was written by a newer kzdesk (workspace format {version}; this one reads up to "
                f"{SCHEMA_VERSION}); it was left untouched",
            )
        for step in range(version, SCHEMA_VERSION):
            # One script, one transaction: a kill part-way leaves the previous version intact.
            try:
                self._db.executescript(
                    f"BEGIN IMMEDIATE; {MIGRATIONS[step]}; PRAGMA application_id = {APPLICATION_ID};"
                    f" PRAGMA user_version = {step + 1}; COMMIT;"
                )
            except sqlite3.Error:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                # Two kzdesks opening a new file at once both find it at version N; the one that
                # waited for the write lock then finds the step made ("table already exists").
                if self._db.execute("PRAGMA user_version").fetchone()[0] > step:
                    continue
                raise

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self._db.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise WorkspaceError(str(self.path), describe_sqlite_error(error)) from None
        try:
            yield self._db
            self._db.execute("COMMIT")
        except BaseException as error:
            with contextlib.suppress(sqlite3.Error):
                self._db.execute("ROLLBACK")
            if isinstance(error, sqlite3.Error):
                raise WorkspaceError(str(self.path), describe_sqlite_error(error)) from None
            raise

    def _read(self, sql: str, parameters: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        try:
            return self._db.execute(sql, parameters).fetchall()
        except sqlite3.Error as error:
            raise WorkspaceError(str(self.path), describe_sqlite_error(error)) from None

    # ---- bookmarks -------------------------------------------------------------------------
    def bookmark(self, ref: Reference, colour: str | None = None) -> Bookmark:
        """Bookmark ``ref`` (again: its colour changes); the bookmark."""
        edition, target = check_reference(ref.edition, ref.id)
        colour = check_colour(colour)
        stamp = now()
        with self._write() as db:
            db.execute(
                "INSERT INTO bookmarks (id, edition, target, colour, created, updated) VALUES (?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (edition, target) DO UPDATE SET colour = excluded.colour, updated = excluded.updated",
                (uuid.uuid4().hex, edition, target, colour, stamp, stamp),
            )
        return self._bookmark_of(edition, target)

    def _bookmark_of(self, edition: str, target: str) -> Bookmark:
        (row,) = self._read("SELECT * FROM bookmarks WHERE edition = ? AND target = ?", (edition, target))
        return Bookmark(**dict(row))

    def remove_bookmark(self, ref: Reference) -> bool:
        with self._write() as db:
            return (
                db.execute("DELETE FROM bookmarks WHERE edition = ? AND target = ?", (ref.edition, ref.id)).rowcount > 0
            )

    def bookmarks(self, edition: str | None = None) -> list[Bookmark]:
        rows = self._read(
            "SELECT * FROM bookmarks WHERE ? IS NULL OR edition = ? ORDER BY created, rowid", (edition, edition)
        )
        return [Bookmark(**dict(row)) for row in rows]

    # ---- highlights ------------------------------------------------------------------------
    def add_highlight(self, ref: Reference, start: int, end: int, quote: str, colour: str | None = None) -> Highlight:
        """Highlight characters ``start`` to ``end`` of ``ref``'s text; ``quote`` is that text, kept
        so that the highlight can be shown (and checked) even if the offsets stop matching."""
        edition, target = check_reference(ref.edition, ref.id)
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= 10_000_000):
            raise InvalidEntry("a highlight needs a start before its end")
        quote = check_text(quote, "the highlighted text", empty=False)
        highlight = Highlight(uuid.uuid4().hex, edition, target, start, end, quote, check_colour(colour), now(), now())
        with self._write() as db:
            db.execute(
                'INSERT INTO highlights (id, edition, target, start, "end", quote, colour, created, updated)'
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                _values(highlight),
            )
        return highlight

    def remove_highlight(self, highlight_id: str) -> bool:
        with self._write() as db:
            return db.execute("DELETE FROM highlights WHERE id = ?", (highlight_id,)).rowcount > 0

    def highlights(self, ref: Reference | None = None, edition: str | None = None) -> list[Highlight]:
        """The highlights on ``ref`` (None: all), of ``edition`` only when it is given."""
        rows = self._read(
            "SELECT * FROM highlights WHERE (? IS NULL OR (edition = ? AND target = ?)) AND (? IS NULL OR edition = ?)"
            " ORDER BY edition, target, start",
            (*_filter(ref), edition, edition),
        )
        return [Highlight(**dict(row)) for row in rows]

    # ---- notes -----------------------------------------------------------------------------
    def add_note(self, ref: Reference, text: str) -> Note:
        edition, target = check_reference(ref.edition, ref.id)
        stamp = now()
        note = Note(uuid.uuid4().hex, edition, target, check_text(text, "the note", empty=False), stamp, stamp)
        with self._write() as db:
            db.execute(
                "INSERT INTO notes (id, edition, target, text, created, updated) VALUES (?, ?, ?, ?, ?, ?)",
                _values(note),
            )
        return note

    def update_note(self, note_id: str, text: str) -> Note:
        """Replace a note's text (the GUI calls this as the user types, debounced)."""
        text = check_text(text, "the note")
        with self._write() as db:
            if db.execute("UPDATE notes SET text = ?, updated = ? WHERE id = ?", (text, now(), note_id)).rowcount == 0:
                raise InvalidEntry(f"there is no note {note_id[:40]!r}")
        (row,) = self._read("SELECT * FROM notes WHERE id = ?", (note_id,))
        return Note(**dict(row))

    def delete_note(self, note_id: str) -> bool:
        with self._write() as db:
            return db.execute("DELETE FROM notes WHERE id = ?", (note_id,)).rowcount > 0

    def note(self, note_id: str) -> Note | None:
        rows = self._read("SELECT * FROM notes WHERE id = ?", (note_id,))
        return Note(**dict(rows[0])) if rows else None

    def notes(self, ref: Reference | None = None, edition: str | None = None) -> list[Note]:
        """The notes on ``ref`` (None: all), of ``edition`` only when it is given."""
        rows = self._read(
            "SELECT * FROM notes WHERE (? IS NULL OR (edition = ? AND target = ?)) AND (? IS NULL OR edition = ?)"
            " ORDER BY created, rowid",
            (*_filter(ref), edition, edition),
        )
        return [Note(**dict(row)) for row in rows]

    # ---- the proposal tracker --------------------------------------------------------------
    def set_tracker(
        self,
        ref: Reference,
        status: str | None = None,
        unit: str | None = None,
        due: str | None = None,
        progress: str | None = None,
        evidence: tuple[str, ...] | list[str] | None = None,
    ) -> TrackerEntry:
        """Set what is given of ``ref``'s tracker entry; what is None keeps its value
        (a new entry starts "not-started"). ``due=""`` clears the due date."""
        edition, target = check_reference(ref.edition, ref.id)
        with self._write() as db:
            row = db.execute("SELECT * FROM tracker WHERE edition = ? AND target = ?", (edition, target)).fetchone()
            old = (
                _tracker(row)
                if row is not None
                else TrackerEntry(edition, target, STATUSES[0], "", None, "", (), now(), "")
            )
            entry = TrackerEntry(
                edition,
                target,
                check_status(status) if status is not None else old.status,
                check_text(unit, "the responsible unit", MAX_FIELD).strip() if unit is not None else old.unit,
                check_due(due) if due is not None else old.due,
                check_text(progress, "the progress notes") if progress is not None else old.progress,
                check_evidence(evidence) if evidence is not None else old.evidence,
                old.created,
                now(),
            )
            db.execute(
                "INSERT OR REPLACE INTO tracker (edition, target, status, unit, due, progress, evidence,"
                " created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                _values(entry),
            )
        return entry

    def clear_tracker(self, ref: Reference) -> bool:
        with self._write() as db:
            return (
                db.execute("DELETE FROM tracker WHERE edition = ? AND target = ?", (ref.edition, ref.id)).rowcount > 0
            )

    def tracker(self, edition: str | None = None) -> list[TrackerEntry]:
        rows = self._read(
            "SELECT * FROM tracker WHERE ? IS NULL OR edition = ? ORDER BY edition, target", (edition, edition)
        )
        return [_tracker(row) for row in rows]

    def tracker_counts(self, edition: str, total: int) -> dict[str, int]:
        """How many of ``total`` tracked things have each status; untracked ones count as not started."""
        counts = dict.fromkeys(STATUSES, 0)
        for entry in self.tracker(edition):
            counts[entry.status] += 1
        counts[STATUSES[0]] += max(0, total - sum(counts.values()))
        return counts

    # ---- briefing packs --------------------------------------------------------------------
    def create_pack(self, title: str) -> Pack:
        stamp = now()
        pack = Pack(uuid.uuid4().hex, check_title(title), (), stamp, stamp)
        with self._write() as db:
            db.execute(
                "INSERT INTO packs (id, title, created, updated) VALUES (?, ?, ?, ?)",
                (pack.id, pack.title, pack.created, pack.updated),
            )
        return pack

    def rename_pack(self, pack_id: str, title: str) -> Pack:
        title = check_title(title)
        with self._write() as db:
            changed = db.execute("UPDATE packs SET title = ?, updated = ? WHERE id = ?", (title, now(), pack_id))
            if changed.rowcount == 0:
                raise InvalidEntry(_no_pack(pack_id))
        return self._pack_or_fail(pack_id)

    def delete_pack(self, pack_id: str) -> bool:
        """Delete a pack and its items (a foreign key cascades); whether there was one."""
        with self._write() as db:
            return db.execute("DELETE FROM packs WHERE id = ?", (pack_id,)).rowcount > 0

    def packs(self) -> list[Pack]:
        """Every pack with its items, oldest pack first."""
        items: dict[str, list[PackItem]] = {}
        for row in self._read("SELECT * FROM pack_items ORDER BY pack, position"):
            items.setdefault(row["pack"], []).append(_pack_item(row))
        rows = self._read("SELECT * FROM packs ORDER BY created, rowid")
        return [Pack(r["id"], r["title"], tuple(items.get(r["id"], ())), r["created"], r["updated"]) for r in rows]

    def pack(self, pack_id: str) -> Pack | None:
        """The pack with its items in order, or None if there is none with that id."""
        rows = self._read("SELECT * FROM packs WHERE id = ?", (pack_id,))
        if not rows:
            return None
        items = self._read("SELECT * FROM pack_items WHERE pack = ? ORDER BY position", (pack_id,))
        row = rows[0]
        return Pack(row["id"], row["title"], tuple(_pack_item(i) for i in items), row["created"], row["updated"])

    def _pack_or_fail(self, pack_id: str) -> Pack:
        pack = self.pack(pack_id)
        if pack is None:
            raise InvalidEntry(_no_pack(pack_id))
        return pack

    def add_pack_item(
        self,
        pack_id: str,
        kind: str,
        edition: str = "",
        target: str = "",
        form: str = "",
        text: str = "",
        position: int | None = None,
    ) -> PackItem:
        """Put an item into the pack at ``position`` (0 is first; None or past the end: last).

        ``kind`` "ref": ``edition`` and ``target`` name the thing (a section's ``form``: "summary",
        the default, or "full"); "note": ``target`` is the note's id; "text": ``text`` is the block.
        """
        kind, edition, target, form, text = check_item_shape(kind, edition, target, form, text)
        _check_position(position)
        stamp = now()
        item = PackItem(uuid.uuid4().hex, kind, edition, target, form, text, stamp, stamp)
        with self._write() as db:
            order = self._order(db, pack_id)
            if len(order) >= MAX_PACK_ITEMS:
                raise InvalidEntry(f"the pack has {MAX_PACK_ITEMS} items already (at most {MAX_PACK_ITEMS})")
            place = len(order) if position is None else min(position, len(order))
            db.execute(
                "INSERT INTO pack_items (id, pack, position, kind, edition, target, form, text, created, updated)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (item.id, pack_id, place, kind, edition, target, form, text, stamp, stamp),
            )
            order.insert(place, item.id)
            self._renumber(db, pack_id, order, stamp)
        return item

    def add_ref_item(self, pack_id: str, ref: Reference, form: str = "", position: int | None = None) -> PackItem:
        return self.add_pack_item(pack_id, "ref", ref.edition, ref.id, form, position=position)

    def add_note_item(self, pack_id: str, note: Note, position: int | None = None) -> PackItem:
        return self.add_pack_item(pack_id, "note", note.edition, note.id, position=position)

    def add_text_block(self, pack_id: str, text: str, position: int | None = None) -> PackItem:
        return self.add_pack_item(pack_id, "text", text=text, position=position)

    def update_text_block(self, pack_id: str, item_id: str, text: str) -> PackItem:
        """Replace a text block's words (the panel calls this as the user types, debounced)."""
        text = check_text(text, "the text block")
        stamp = now()
        with self._write() as db:
            changed = db.execute(
                "UPDATE pack_items SET text = ?, updated = ? WHERE id = ? AND pack = ? AND kind = 'text'",
                (text, stamp, item_id, pack_id),
            )
            if changed.rowcount == 0:
                raise InvalidEntry(f"the pack has no text block {item_id[:40]!r}")
            db.execute("UPDATE packs SET updated = ? WHERE id = ?", (stamp, pack_id))
        return self._item(item_id)

    def set_item_form(self, pack_id: str, item_id: str, form: str) -> PackItem:
        """Whether a section goes into the pack as its summary or its full text."""
        if form not in SECTION_FORMS:
            raise InvalidEntry(f"{str(form)[:40]!r} is not a form of a section (summary or full)")
        stamp = now()
        with self._write() as db:
            changed = db.execute(
                "UPDATE pack_items SET form = ?, updated = ? WHERE id = ? AND pack = ? AND form != ''",
                (form, stamp, item_id, pack_id),
            )
            if changed.rowcount == 0:
                raise InvalidEntry(f"the pack has no section item {item_id[:40]!r}")
            db.execute("UPDATE packs SET updated = ? WHERE id = ?", (stamp, pack_id))
        return self._item(item_id)

    def remove_pack_item(self, pack_id: str, item_id: str) -> bool:
        with self._write() as db:
            order = self._order(db, pack_id)
            if item_id not in order:
                return False
            db.execute("DELETE FROM pack_items WHERE id = ?", (item_id,))
            order.remove(item_id)
            self._renumber(db, pack_id, order, now())
        return True

    def move_pack_item(self, pack_id: str, item_id: str, new_position: int) -> Pack:
        """Move an item to ``new_position`` (0 is first; past the end: last); the pack in its new order."""
        _check_position(new_position)
        with self._write() as db:
            order = self._order(db, pack_id)
            if item_id not in order:
                raise InvalidEntry(f"the pack has no item {item_id[:40]!r}")
            order.remove(item_id)
            order.insert(min(new_position, len(order)), item_id)
            self._renumber(db, pack_id, order, now())
        return self._pack_or_fail(pack_id)

    def _order(self, db: sqlite3.Connection, pack_id: str) -> list[str]:
        if db.execute("SELECT 1 FROM packs WHERE id = ?", (pack_id,)).fetchone() is None:
            raise InvalidEntry(_no_pack(pack_id))
        return [r[0] for r in db.execute("SELECT id FROM pack_items WHERE pack = ? ORDER BY position", (pack_id,))]

    def _renumber(self, db: sqlite3.Connection, pack_id: str, order: list[str], stamp: str) -> None:
        db.executemany("UPDATE pack_items SET position = ? WHERE id = ?", [(i, item) for i, item in enumerate(order)])
        db.execute("UPDATE packs SET updated = ? WHERE id = ?", (stamp, pack_id))

    def _item(self, item_id: str) -> PackItem:
        (row,) = self._read("SELECT * FROM pack_items WHERE id = ?", (item_id,))
        return _pack_item(row)

    def merge_packs(self, packs: Iterable[Pack]) -> None:
        """Write imported packs whole (title and items in their order), each replacing the one
        with its id, all in one transaction."""
        with self._write() as db:
            self._merge_packs(db, packs)

    def _merge_packs(self, db: sqlite3.Connection, packs: Iterable[Pack]) -> None:
        for pack in packs:
            db.execute("DELETE FROM packs WHERE id = ?", (pack.id,))  # its items go with it
            db.execute(
                "INSERT INTO packs (id, title, created, updated) VALUES (?, ?, ?, ?)",
                (pack.id, pack.title, pack.created, pack.updated),
            )
            for position, i in enumerate(pack.items):
                db.execute("DELETE FROM pack_items WHERE id = ?", (i.id,))  # an id moved from another pack
                db.execute(
                    "INSERT INTO pack_items (id, pack, position, kind, edition, target, form, text, created,"
                    " updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (i.id, pack.id, position, i.kind, i.edition, i.target, i.form, i.text, i.created, i.updated),
                )

    # ---- imports ---------------------------------------------------------------------------
    def merge(self, records: Iterable[tuple[str, Any]]) -> None:
        """Write imported records (checked by the import), replacing those with the same key,
        all in one transaction: an import applies whole or not at all."""
        with self._write() as db:
            for kind, record in records:
                if kind == "packs":
                    self._merge_packs(db, [record])
                    continue
                if kind == "bookmarks":  # one bookmark per reference, whatever its id
                    db.execute(
                        "DELETE FROM bookmarks WHERE edition = ? AND target = ?", (record.edition, record.target)
                    )
                columns = ", ".join(f'"{name}"' for name in record.__slots__)
                marks = ", ".join("?" * len(record.__slots__))
                db.execute(f"INSERT OR REPLACE INTO {_TABLES[kind]} ({columns}) VALUES ({marks})", _values(record))

    # ---- whole-file operations -------------------------------------------------------------
    def copy_to(self, target: sqlite3.Connection) -> None:
        """Copy the whole database into ``target`` (SQLite's online backup: consistent while in use)."""
        try:
            self._db.backup(target)
        except sqlite3.Error as error:
            raise WorkspaceError(str(self.path), describe_sqlite_error(error)) from None

    def replace_with(self, source: sqlite3.Connection) -> None:
        """Replace everything with the database ``source`` holds, in one step (a restore)."""
        try:
            source.backup(self._db)
            self._migrate()  # a backup may be of an older format
        except sqlite3.Error as error:
            raise WorkspaceError(str(self.path), describe_sqlite_error(error)) from None

    def counts(self) -> dict[str, int]:
        return {
            table: self._read(f"SELECT count(*) FROM {table}")[0][0]  # noqa: S608 — table names are ours
            for table in ("bookmarks", "highlights", "notes", "tracker", "packs", "pack_items")
        }


_TABLES = {"bookmarks": "bookmarks", "highlights": "highlights", "notes": "notes", "tracker": "tracker"}


def _filter(ref: Reference | None) -> tuple[Any, ...]:
    return (None, None, None) if ref is None else (ref.edition, ref.edition, ref.id)


def _values(record: Any) -> tuple[Any, ...]:
    values = [getattr(record, name) for name in record.__slots__]
    return tuple(json.dumps(list(v)) if isinstance(v, tuple) else v for v in values)


def _tracker(row: sqlite3.Row) -> TrackerEntry:
    values = dict(row)
    values["evidence"] = tuple(json.loads(values["evidence"]))
    return TrackerEntry(**values)


def _no_pack(pack_id: str) -> str:
    return f"there is no pack {pack_id[:40]!r}"


def _check_position(position: int | None) -> None:
    if position is not None and (not isinstance(position, int) or isinstance(position, bool) or position < 0):
        raise InvalidEntry(f"{str(position)[:40]!r} is not a position in the pack")


def _pack_item(row: sqlite3.Row) -> PackItem:
    return PackItem(
        row["id"], row["kind"], row["edition"], row["target"], row["form"], row["text"], row["created"], row["updated"]
    )

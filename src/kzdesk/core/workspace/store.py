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
    Bookmark,
    Highlight,
    InvalidEntry,
    Note,
    Reference,
    TrackerEntry,
    check_colour,
    check_due,
    check_evidence,
    check_reference,
    check_status,
    check_text,
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
            "SELECT * FROM bookmarks WHERE ? IS NULL OR edition = ? ORDER BY created, id", (edition, edition)
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

    def highlights(self, ref: Reference | None = None) -> list[Highlight]:
        rows = self._read(
            "SELECT * FROM highlights WHERE ? IS NULL OR (edition = ? AND target = ?) ORDER BY edition, target, start",
            _filter(ref),
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
            " ORDER BY created, id",
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

    # ---- imports ---------------------------------------------------------------------------
    def merge(self, records: Iterable[tuple[str, Any]]) -> None:
        """Write imported records (checked by the import), replacing those with the same key,
        all in one transaction: an import applies whole or not at all."""
        with self._write() as db:
            for kind, record in records:
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
            for table in ("bookmarks", "highlights", "notes", "tracker")
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

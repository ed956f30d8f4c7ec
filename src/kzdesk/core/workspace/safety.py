"""Opening a workspace safely, and its backups.

A file that is not a kzdesk workspace, or is damaged, is never written to: it is moved
aside (with its ``-wal`` and ``-shm`` companions, which a fresh database would otherwise
pick up) under a name that says what happened, a fresh workspace is created, and the
caller is told where the old file went and which backup could replace it. A workspace
written by a newer kzdesk is left alone and refused. Backups are daily copies taken with
SQLite's online backup (consistent while kzdesk writes), the newest five kept.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from kzdesk.core.workspace.schema import APPLICATION_ID, SCHEMA_VERSION, TABLES
from kzdesk.core.workspace.store import Workspace, WorkspaceError, describe_sqlite_error

SQLITE_HEADER = b"SQLite format 3\x00"
KEEP_BACKUPS = 5
BACKUP_PREFIX, BACKUP_SUFFIX = "workspace-", ".sqlite"
COMPANIONS = ("-wal", "-shm", "-journal")


@dataclass
class Opened:
    """An open workspace and what happened on the way (for the one message the user sees)."""

    workspace: Workspace
    #: Where a damaged or foreign file was moved, with the reason; None when nothing was.
    moved_aside: Path | None = None
    reason: str | None = None
    #: Backups that could replace it, newest first.
    backups: list[Path] = field(default_factory=list)


def problem_with(path: Path) -> str | None:
    """Why the existing file ``path`` is not a usable kzdesk workspace, or None (it is one, or it is empty)."""
    try:
        with open(path, "rb") as stream:
            header = stream.read(len(SQLITE_HEADER))
    except OSError as error:
        raise WorkspaceError(str(path), f"cannot read the workspace ({error.strerror or error})") from None
    if not header:
        return None  # an empty file: SQLite makes a database of it
    if header != SQLITE_HEADER:
        return "it is not a database (another program's file?)"
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5.0)
    except sqlite3.Error as error:
        return describe_sqlite_error(error)
    try:
        check = connection.execute("PRAGMA quick_check").fetchall()
        if check != [("ok",)]:
            return "it is damaged (the database check failed)"
        application = connection.execute("PRAGMA application_id").fetchone()[0]
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.Error as error:
        return describe_sqlite_error(error)
    finally:
        connection.close()
    if application == 0 and not tables:
        return None  # an empty database: the first migration makes it a workspace
    if application != APPLICATION_ID:
        return "it is another program's database, not a kzdesk workspace"
    if version > SCHEMA_VERSION:
        raise WorkspaceError(
            str(path),
            f"it was written by a newer kzdesk (workspace format {version}; this one reads up to "
            f"{SCHEMA_VERSION}); it was left untouched",
        )
    if version == SCHEMA_VERSION and not TABLES <= tables:
        return "it is damaged (tables are missing)"
    return None


def open_workspace(path: Path, backup_folder: Path | None = None) -> Opened:
    """Open the workspace at ``path``, creating it (and its folder) if needed.

    Raises WorkspaceError only when no workspace can be opened at all (an unwritable
    folder, a newer format); a damaged or foreign file is moved aside instead.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise WorkspaceError(str(path.parent), f"cannot create the folder ({error.strerror or error})") from None
    moved, reason = None, None
    if path.exists():
        reason = problem_with(path)
        if reason is not None:
            moved = move_aside(path, "damaged" if "damaged" in reason else "foreign")
    workspace = Workspace.connect(path)
    backups = list_backups(backup_folder) if backup_folder is not None and moved is not None else []
    return Opened(workspace, moved, reason, backups)


def move_aside(path: Path, why: str) -> Path:
    """Rename ``path`` (and its companions) to ``<name>.<why>-<time>``; the new name."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{why}-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.{why}-{stamp}-{counter}")
    try:
        os.replace(path, target)
        for suffix in COMPANIONS:
            companion = path.with_name(path.name + suffix)
            if companion.exists():
                os.replace(companion, target.with_name(target.name + suffix))
    except OSError as error:
        raise WorkspaceError(
            str(path), f"it is unusable and cannot be moved aside ({error.strerror or error})"
        ) from None
    return target


def list_backups(folder: Path) -> list[Path]:
    """The backups in ``folder``, newest first."""
    with contextlib.suppress(OSError):
        found = [p for p in folder.iterdir() if p.name.startswith(BACKUP_PREFIX) and p.name.endswith(BACKUP_SUFFIX)]
        return sorted(found, key=lambda p: p.name, reverse=True)
    return []


def back_up(workspace: Workspace, folder: Path, today: date | None = None, keep: int = KEEP_BACKUPS) -> Path | None:
    """Today's backup of ``workspace`` in ``folder`` unless there is one; then keep the newest ``keep``.

    Returns the backup written, or None when today's already existed. The copy is written
    to a temporary name and renamed, so a backup is whole or absent.
    """
    day = (today or date.today()).isoformat()
    target = folder / f"{BACKUP_PREFIX}{day}{BACKUP_SUFFIX}"
    if target.exists():
        return None
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise WorkspaceError(str(folder), f"cannot create the backup folder ({error.strerror or error})") from None
    partial = folder / f".{target.name}.{os.getpid()}.part"
    try:
        copy = sqlite3.connect(partial)
        try:
            workspace.copy_to(copy)
        finally:
            copy.close()
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as error:
        with contextlib.suppress(OSError):
            partial.unlink()
        problem = describe_sqlite_error(error) if isinstance(error, sqlite3.Error) else (error.strerror or str(error))
        raise WorkspaceError(str(target), f"cannot write the backup ({problem})") from None
    for old in list_backups(folder)[keep:]:
        with contextlib.suppress(OSError):
            old.unlink()
    return target


def restore(workspace: Workspace, backup: Path) -> None:
    """Replace everything in ``workspace`` with ``backup`` (checked first), in one step."""
    reason = problem_with(backup)
    if reason is None and backup.stat().st_size == 0:
        reason = "it is empty"
    if reason is not None:
        raise WorkspaceError(str(backup), f"cannot restore from it: {reason}")
    source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        workspace.replace_with(source)
    finally:
        source.close()

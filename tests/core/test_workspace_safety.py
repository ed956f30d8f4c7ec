"""Nothing the user saved is lost: damaged and foreign files, newer formats, backups, kill -9."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from typing import NamedTuple

import pytest

from kzdesk.core.workspace.safety import back_up, list_backups, open_workspace, problem_with, restore
from kzdesk.core.workspace.store import WorkspaceError


class Ref(NamedTuple):
    edition: str
    id: str


PARA = Ref("2020", "section-1-p1")


def _workspace_with_notes(path: Path, count: int) -> None:
    with open_workspace(path).workspace as workspace:
        for number in range(count):
            workspace.add_note(PARA, f"note {number} " + "text " * 200)


def test_a_damaged_file_is_moved_aside_with_its_wal_and_the_backups_are_offered(tmp_path: Path) -> None:
    path = tmp_path / "kzdesk.sqlite"
    backups = tmp_path / "backups"
    _workspace_with_notes(path, 30)
    with open_workspace(path).workspace as workspace:
        back_up(workspace, backups)
    data = bytearray(path.read_bytes())
    data[4096:12288] = os.urandom(8192)  # pages of the notes table
    path.write_bytes(bytes(data))
    (tmp_path / "kzdesk.sqlite-wal").write_bytes(b"left over")
    opened = open_workspace(path, backups)
    assert opened.moved_aside is not None and opened.moved_aside.name.startswith("kzdesk.sqlite.damaged-")
    assert opened.reason is not None and "damaged" in opened.reason
    assert opened.moved_aside.read_bytes() == bytes(data)  # moved, never rewritten
    assert opened.moved_aside.with_name(opened.moved_aside.name + "-wal").read_bytes() == b"left over"
    assert opened.backups == list_backups(backups) and len(opened.backups) == 1
    assert opened.workspace.counts()["notes"] == 0  # a fresh workspace …
    restore(opened.workspace, opened.backups[0])  # … and the last backup brings the notes back
    assert opened.workspace.counts()["notes"] == 30
    opened.workspace.close()


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"PK\x03\x04 a zip archive", "not a database"),
        (b'{"format": "kzdesk-workspace"}', "not a database"),
        (None, "another program's database"),
    ],
)
def test_a_foreign_file_is_moved_aside_not_used(tmp_path: Path, content: bytes | None, reason: str) -> None:
    path = tmp_path / "kzdesk.sqlite"
    if content is None:
        with sqlite3.connect(path) as db:
            db.execute("CREATE TABLE invoices (id INTEGER)")
            db.execute("INSERT INTO invoices VALUES (1)")
    else:
        path.write_bytes(content)
    before = path.read_bytes()
    opened = open_workspace(path)
    assert opened.reason is not None and reason in opened.reason
    assert opened.moved_aside is not None and opened.moved_aside.read_bytes() == before
    assert ".foreign-" in opened.moved_aside.name
    opened.workspace.close()


def test_a_workspace_of_a_newer_kzdesk_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "kzdesk.sqlite"
    _workspace_with_notes(path, 1)
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA user_version = 99")
    before = path.read_bytes()
    with pytest.raises(WorkspaceError, match="newer kzdesk .*format 99.*left untouched"):
        open_workspace(path)
    assert path.read_bytes() == before
    assert not [p.name for p in tmp_path.iterdir() if ".damaged-" in p.name or ".foreign-" in p.name]


def test_an_unwritable_folder_is_one_clear_message(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(WorkspaceError, match="cannot create the folder"):
        open_workspace(blocker / "sub" / "kzdesk.sqlite")


def test_backups_are_daily_and_the_newest_five_are_kept(tmp_path: Path) -> None:
    path, folder = tmp_path / "kzdesk.sqlite", tmp_path / "backups"
    _workspace_with_notes(path, 2)
    start = date(2026, 12, 1)
    with open_workspace(path).workspace as workspace:
        for day in range(8):
            assert back_up(workspace, folder, today=start + timedelta(days=day)) is not None
        assert back_up(workspace, folder, today=start + timedelta(days=7)) is None  # one a day
    names = [p.name for p in list_backups(folder)]
    assert names == [f"workspace-2026-12-{d:02d}.sqlite" for d in (8, 7, 6, 5, 4)]
    assert all(problem_with(p) is None for p in list_backups(folder))
    assert not [p for p in folder.iterdir() if p.name.endswith(".part")]


def test_restoring_a_damaged_or_empty_backup_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "kzdesk.sqlite"
    _workspace_with_notes(path, 3)
    bad, empty = tmp_path / "bad.sqlite", tmp_path / "empty.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + os.urandom(5000))
    empty.write_bytes(b"")
    with open_workspace(path).workspace as workspace:
        for backup in (bad, empty):
            with pytest.raises(WorkspaceError, match="cannot restore from it"):
                restore(workspace, backup)
        assert workspace.counts()["notes"] == 3


WRITER = """
import sys
from typing import NamedTuple
from kzdesk.core.workspace.safety import open_workspace

class Ref(NamedTuple):
    edition: str
    id: str

workspace = open_workspace(__import__("pathlib").Path(sys.argv[1])).workspace
packs = workspace.packs()
pack = packs[0].id if packs else workspace.create_pack("Crash test").id
number = 0
while True:
    note = workspace.add_note(Ref("2020", f"section-1-p{number % 50}"), f"note {number} " + "x" * (number % 700))
    if number % 7 == 0:
        workspace.set_tracker(Ref("2020", f"proposal-{number % 40 + 1}"), status="in-progress", progress=str(number))
    print(note.id, flush=True)  # only after the commit returned
    if number % 3 == 0:  # a pack item, put first, then moved: every position is rewritten in each
        item = workspace.add_text_block(pack, f"block {number}", position=0)
        workspace.move_pack_item(pack, item.id, number % 5)
        print("item", item.id, flush=True)
    number += 1
"""


def test_kill_9_while_saving_never_loses_a_committed_change(tmp_path: Path) -> None:
    """Fifty kill -9 at random moments of a writer that prints each note's id once it is committed."""
    path = tmp_path / "kzdesk.sqlite"
    committed: set[str] = set()
    items: set[str] = set()
    rng = random.Random(20261203)
    for _round in range(50):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        assert writer.stdout is not None
        first = writer.stdout.readline()  # it is writing
        assert first, writer.stderr.read() if writer.stderr else ""
        time.sleep(rng.uniform(0.0, 0.05))
        os.kill(writer.pid, signal.SIGKILL)
        rest, _ = writer.communicate()
        lines = [first, *rest.splitlines()]
        committed.update(line.strip() for line in lines if len(line.strip()) == 32)
        items.update(line.split()[1] for line in lines if line.startswith("item ") and len(line.split()) == 2)
    assert problem_with(path) is None  # consistent: the database check passes
    with open_workspace(path).workspace as workspace:
        stored = {note.id for note in workspace.notes()}
        assert committed <= stored, f"{len(committed - stored)} committed notes lost"
        assert len(committed) >= 50
        (pack,) = workspace.packs()
        assert items <= {item.id for item in pack.items}, "committed pack items lost"
        positions = workspace._read("SELECT position FROM pack_items ORDER BY position")
        assert [row[0] for row in positions] == list(range(len(pack.items)))  # no gap, no twice

"""Two kzdesk processes writing to one workspace at once do not corrupt it or lose a saved change.

Each process (the core store, as a kzdesk window or the command line uses it) adds notes,
edits them, sets tracker entries and bookmarks as fast as it can for a few seconds, both
starting on the same new file at the same moment, and prints each write once its method
has returned (committed). Afterwards the database passes SQLite's integrity check and holds
every printed write; no write failed (the busy timeout makes each wait for the other), and
nothing surfaced as a traceback. Meanwhile this process searches the notes as they come.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from kzdesk.core.search.notes import WorkspaceNotes

SECONDS = 3.0

WRITER = r"""
import json, sys, time
from pathlib import Path
from kzdesk.core.references import Ref
from kzdesk.core.workspace.records import InvalidEntry
from kzdesk.core.workspace.safety import open_workspace
from kzdesk.core.workspace.store import WorkspaceError

path, name, start, seconds = Path(sys.argv[1]), sys.argv[2], float(sys.argv[3]), float(sys.argv[4])
while time.time() < start:  # both begin together, on a file neither has made yet
    time.sleep(0.001)
workspace = open_workspace(path).workspace
print(json.dumps(["opened"]), flush=True)
end = time.monotonic() + seconds
n = 0
mine = None
while time.monotonic() < end:
    n += 1
    try:
        step = n % 4
        if step == 0 or mine is None:
            note = workspace.add_note(Ref("2020", f"proposal-{n % 40 + 1}"), f"{name} note {n}")
            mine, done = note.id, ["note", note.id, note.text]
        elif step == 1:
            note = workspace.update_note(mine, f"{name} edited {n}")
            done = ["note", note.id, note.text]
        elif step == 2:
            entry = workspace.set_tracker(Ref("2020", f"proposal-{n % 40 + 1}"), unit=f"{name} {n}")
            done = ["tracker", entry.target, entry.unit]
        else:
            bookmark = workspace.bookmark(Ref("2020", f"section-5-p{n % 20 + 1}"))
            done = ["bookmark", bookmark.target]
    except (WorkspaceError, InvalidEntry) as error:
        done = ["gave-up", str(error)]
    print(json.dumps(done), flush=True)
workspace.close()
"""


def test_two_processes_writing_at_once_keep_every_saved_change(tmp_path: Path) -> None:
    path = tmp_path / "shared" / "workspace.sqlite"
    start = time.time() + 1.5  # time for both interpreters to import kzdesk
    logs = {name: (tmp_path / f"{name}.out", tmp_path / f"{name}.err") for name in ("first", "second")}
    writers = []
    for name, (out, err) in logs.items():  # files, not pipes: a full pipe would stop a writer mid-run
        with out.open("w") as stdout, err.open("w") as stderr:
            command = [sys.executable, "-c", WRITER, str(path), name, str(start), str(SECONDS)]
            writers.append(subprocess.Popen(command, stdout=stdout, stderr=stderr, text=True))
    notes = WorkspaceNotes(path, "2020")
    searched = 0
    while any(w.poll() is None for w in writers):  # a reader too, as the search popup is
        notes.search("note")
        searched += 1
        time.sleep(0.02)
    for writer in writers:
        writer.wait(timeout=30)
    outputs = [(out.read_text(), err.read_text()) for out, err in logs.values()]
    for writer, (_, stderr) in zip(writers, outputs, strict=True):
        assert writer.returncode == 0, stderr
        assert "Traceback" not in stderr and stderr == ""
    lines = [json.loads(line) for stdout, _ in outputs for line in stdout.splitlines()]
    assert [line for line in lines if line[0] == "gave-up"] == []  # each waited for the other instead
    assert sum(line == ["opened"] for line in lines) == 2

    saved_notes: dict[str, str] = {}
    for stdout, _ in outputs:  # a note is edited by its own process only: its last line is its text
        for line in map(json.loads, stdout.splitlines()):
            if line[0] == "note":
                saved_notes[line[1]] = line[2]
    units: dict[str, set[str]] = {}
    bookmarks: set[str] = set()
    for line in lines:
        if line[0] == "tracker":
            units.setdefault(line[1], set()).add(line[2])
        elif line[0] == "bookmark":
            bookmarks.add(line[1])
    assert len(saved_notes) > 20 and units and bookmarks  # both wrote plenty, at once

    database = sqlite3.connect(path)
    try:
        assert database.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        stored_notes = dict(database.execute("SELECT id, text FROM notes").fetchall())
        stored_units = dict(database.execute("SELECT target, unit FROM tracker").fetchall())
        stored_bookmarks = {row[0] for row in database.execute("SELECT target FROM bookmarks")}
    finally:
        database.close()
    assert stored_notes == saved_notes  # every note, with its last saved text, and nothing else
    assert set(stored_units) == set(units)
    for target, unit in stored_units.items():
        assert unit in units[target]  # one of the values written (the later writer's)
    assert stored_bookmarks == bookmarks

    assert searched > 10
    found = {h.id for name in ("first", "second") for h in notes.search(name, limit=100_000)}
    assert found == set(saved_notes)  # the reader kept up: every note, edited or not, found at the end
    assert notes.problem is None
    notes.close()

"""Export and import: a tracker passed on a USB stick, merged by reference and time, previewed first."""

from __future__ import annotations

import json
from pathlib import Path
from typing import NamedTuple

import pytest

from kzdesk.core.workspace.exchange import (
    apply_import,
    export_workspace,
    notes_markdown,
    plan_import,
)
from kzdesk.core.workspace.safety import open_workspace
from kzdesk.core.workspace.store import Workspace, WorkspaceError


class Ref(NamedTuple):
    edition: str
    id: str


PARA, PROPOSAL = Ref("2020", "section-5-p3"), Ref("2020", "proposal-7")


def known(edition: str, target: str) -> bool:
    return edition == "2020" and not target.startswith("proposal-99")


@pytest.fixture
def mine(tmp_path: Path) -> Workspace:
    workspace = open_workspace(tmp_path / "mine.sqlite").workspace
    yield workspace
    workspace.close()


@pytest.fixture
def colleague(tmp_path: Path) -> Workspace:
    workspace = open_workspace(tmp_path / "theirs.sqlite").workspace
    yield workspace
    workspace.close()


def test_an_export_imported_into_an_empty_workspace_gives_the_same_workspace(tmp_path, mine, colleague) -> None:
    colleague.bookmark(PARA, "blue")
    colleague.add_highlight(PARA, 0, 10, "The Agency")
    colleague.add_note(PARA, "Ask the legal department")
    colleague.set_tracker(PROPOSAL, status="implemented", unit="Unit 3", due="2027-01-15", evidence=["order 12"])
    file = export_workspace(colleague, tmp_path / "tracker.json")
    plan = plan_import(mine, file, known)
    assert plan.summary() == "4 to add, 0 to update, 0 kept (yours are newer or the same)"
    assert mine.counts() == {
        "bookmarks": 0,
        "highlights": 0,
        "notes": 0,
        "tracker": 0,
        "packs": 0,
        "pack_items": 0,
    }  # a plan writes nothing
    assert apply_import(mine, plan) == 4
    assert mine.notes() == colleague.notes() and mine.tracker() == colleague.tracker()
    assert mine.highlights() == colleague.highlights() and mine.bookmarks() == colleague.bookmarks()
    assert plan_import(mine, file, known).summary() == "0 to add, 0 to update, 4 kept (yours are newer or the same)"


def test_the_newer_copy_wins_and_unknown_references_are_skipped(tmp_path, mine, colleague) -> None:
    mine.set_tracker(PROPOSAL, status="in-progress")
    mine_note = mine.add_note(PARA, "mine, written first")
    export_workspace(mine, tmp_path / "mine.json")
    imported = plan_import(colleague, tmp_path / "mine.json", known)
    apply_import(colleague, imported)
    colleague.update_note(mine_note.id, "edited later by the colleague")  # newer than mine
    colleague.set_tracker(Ref("2020", "proposal-99"), status="implemented")  # not a proposal here
    mine.set_tracker(PROPOSAL, status="implemented")  # mine is newer than theirs
    export_workspace(colleague, tmp_path / "theirs.json")
    plan = plan_import(mine, tmp_path / "theirs.json", known)
    actions = {(c.kind, c.record.target): c.action for c in plan.changes}
    assert actions == {
        ("notes", "section-5-p3"): "update",
        ("tracker", "proposal-7"): "keep",
        ("tracker", "proposal-99"): "skip",
    }
    assert "1 skipped" in plan.summary()
    apply_import(mine, plan)
    assert mine.note(mine_note.id).text == "edited later by the colleague"
    assert [t.status for t in mine.tracker()] == ["implemented"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "not a JSON file"),
        (b'{"format": "kzdesk-workspace", "version": 1, "notes": [', "truncated JSON"),
        (b'{"format": "someone-else", "version": 1}', "not a kzdesk workspace export"),
        (b'{"format": "kzdesk-workspace", "version": 7}', "newer kzdesk"),
        (b'{"format": "kzdesk-workspace", "version": 1, "notes": {}}', "'notes' is not a list"),
        (b'{"format": "kzdesk-workspace", "version": 1, "notes": [{"id": "a"}]}', "lacks a field"),
        (
            b'{"format": "kzdesk-workspace", "version": 1, "tracker": [{"edition": "2020", "target": "proposal-1",'
            b' "status": "done", "unit": "", "due": null, "progress": "", "evidence": [], "created":'
            b' "2026-01-01T00:00:00.000Z", "updated":'
            b' "2026-01-01T00:00:00.000Z"}]}',
            "is not a status",
        ),
        (
            b'{"format": "kzdesk-workspace", "version": 1, "notes": [{"id": "a", "edition": "2020", "target":'
            b' "section-1-p1", "text": "x\\u001b[2J", "created": "2026-01-01T00:00:00Z", "updated": "2026"}]}',
            "control character",
        ),
        (
            b'{"format": "kzdesk-workspace", "version": 1, "notes": [{"id": "a", "edition": "2020", "target":'
            b' "section-1-p1", "text": "x", "created": "yesterday", "updated": "2026-01-01T00:00:00Z"}]}',
            "is not a date and time",
        ),
        (b'{"format": "kzdesk-workspace", "version": 1e999}', "finite numbers only|not a finite number|valid version"),
    ],
)
def test_a_damaged_or_foreign_import_is_refused_with_one_message(tmp_path, mine, content, message) -> None:
    file = tmp_path / "import.json"
    file.write_bytes(content)
    with pytest.raises(WorkspaceError, match=message):
        plan_import(mine, file, known)
    assert mine.counts()["notes"] == 0


def test_an_import_is_not_read_from_a_fifo_or_a_huge_file(tmp_path, mine) -> None:
    import os

    fifo = tmp_path / "fifo.json"
    os.mkfifo(fifo)
    with pytest.raises(WorkspaceError, match="not a regular file"):
        plan_import(mine, fifo, known)
    huge = tmp_path / "huge.json"
    with open(huge, "wb") as stream:
        stream.truncate(65 * 1024 * 1024)
    with pytest.raises(WorkspaceError, match="too large"):
        plan_import(mine, huge, known)


def test_an_export_is_valid_json_written_whole(tmp_path, mine) -> None:
    mine.add_note(PARA, "Қазақстан — «кавычки» and ó")
    target = export_workspace(mine, tmp_path / "export.json")
    payload = json.loads(target.read_text(encoding="utf-8"))
    assert payload["format"] == "kzdesk-workspace" and payload["notes"][0]["text"] == "Қазақстан — «кавычки» and ó"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_notes_as_markdown_are_marked_as_the_users_own(mine) -> None:
    mine.add_note(PARA, "First line\n\nAfter a blank line")
    text = notes_markdown(mine.notes(), lambda edition, target: f"Section 5, para. 3 ({edition})", "My notes")
    assert text.startswith("# My notes\n")
    assert "## Section 5, para. 3 (2020)" in text and "*Your note, " in text
    assert "> First line\n>\n> After a blank line\n" in text

"""Briefing packs in the workspace: their store, the migration that adds them, export and import."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import NamedTuple

import pytest

from kzdesk.core.workspace.exchange import apply_import, export_workspace, plan_import
from kzdesk.core.workspace.records import InvalidEntry
from kzdesk.core.workspace.safety import open_workspace, problem_with
from kzdesk.core.workspace.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION
from kzdesk.core.workspace.store import Workspace, WorkspaceError


class Ref(NamedTuple):
    edition: str
    id: str


PARA, PROPOSAL, SECTION = Ref("2020", "section-5-p3"), Ref("2020", "proposal-7"), Ref("2020", "section-5")


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    opened = open_workspace(tmp_path / "kzdesk.sqlite").workspace
    yield opened
    opened.close()


def _order(workspace: Workspace, pack_id: str) -> list[str]:
    pack = workspace.pack(pack_id)
    assert pack is not None
    return [item.target or item.text for item in pack.items]


def test_a_pack_keeps_its_items_in_order_across_a_reopen(tmp_path: Path) -> None:
    path = tmp_path / "kzdesk.sqlite"
    with open_workspace(path).workspace as workspace:
        pack = workspace.create_pack("  Meeting with the Agency  ")
        assert pack.title == "Meeting with the Agency" and pack.items == ()
        workspace.add_text_block(pack.id, "Introduction: why we meet")
        workspace.add_ref_item(pack.id, PROPOSAL)
        section = workspace.add_ref_item(pack.id, SECTION)
        workspace.add_ref_item(pack.id, PARA, position=1)
        note = workspace.add_note(PARA, "Ask about the 2021 figures")
        workspace.add_note_item(pack.id, note)
        assert section.form == "summary"  # a section goes in as its summary unless asked
    with open_workspace(path).workspace as workspace:
        (stored,) = workspace.packs()
        assert [i.kind for i in stored.items] == ["text", "ref", "ref", "ref", "note"]
        assert _order(workspace, pack.id) == [
            "Introduction: why we meet",
            "section-5-p3",
            "proposal-7",
            "section-5",
            note.id,
        ]
        assert workspace.counts()["packs"] == 1 and workspace.counts()["pack_items"] == 5


def test_items_move_are_removed_and_text_blocks_are_edited(workspace: Workspace) -> None:
    pack = workspace.create_pack("Briefing")
    items = [workspace.add_ref_item(pack.id, Ref("2020", f"proposal-{n}")) for n in (1, 2, 3, 4)]
    moved = workspace.move_pack_item(pack.id, items[3].id, 0)
    assert [i.target for i in moved.items] == ["proposal-4", "proposal-1", "proposal-2", "proposal-3"]
    workspace.move_pack_item(pack.id, items[3].id, 99)  # past the end: last
    assert _order(workspace, pack.id) == ["proposal-1", "proposal-2", "proposal-3", "proposal-4"]
    assert workspace.remove_pack_item(pack.id, items[1].id)
    assert not workspace.remove_pack_item(pack.id, items[1].id)
    assert _order(workspace, pack.id) == ["proposal-1", "proposal-3", "proposal-4"]
    positions = workspace._read("SELECT position FROM pack_items ORDER BY position")
    assert [row[0] for row in positions] == [0, 1, 2]  # renumbered: no gaps
    block = workspace.add_text_block(pack.id, "First draft", position=0)
    assert workspace.update_text_block(pack.id, block.id, "Conclusion").text == "Conclusion"
    section = workspace.add_ref_item(pack.id, SECTION, form="full")
    assert workspace.set_item_form(pack.id, section.id, "summary").form == "summary"
    renamed = workspace.rename_pack(pack.id, "Briefing for the minister")
    assert renamed.title == "Briefing for the minister" and renamed.updated >= pack.updated


def test_deleting_a_pack_deletes_its_items_and_no_other_pack_is_touched(workspace: Workspace) -> None:
    first, second = workspace.create_pack("One"), workspace.create_pack("Two")
    workspace.add_ref_item(first.id, PROPOSAL)
    workspace.add_ref_item(second.id, PARA)
    assert workspace.delete_pack(first.id) and not workspace.delete_pack(first.id)
    assert [p.title for p in workspace.packs()] == ["Two"]
    assert workspace.counts()["pack_items"] == 1
    assert workspace.pack(first.id) is None


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda w, p: w.create_pack("   "), "the title is empty"),
        (lambda w, p: w.create_pack("a\nb"), "one line"),
        (lambda w, p: w.create_pack("x" * 201), "at most 200"),
        (lambda w, p: w.rename_pack("nope", "Title"), "there is no pack"),
        (lambda w, p: w.add_text_block(p, "  "), "the text block is empty"),
        (lambda w, p: w.add_text_block(p, "bell \x07"), "control character"),
        (lambda w, p: w.add_ref_item(p, Ref("2020", "Bad Id")), "not a valid id"),
        (lambda w, p: w.add_ref_item(p, PROPOSAL, form="full"), "only a section has a form"),
        (lambda w, p: w.add_ref_item(p, SECTION, form="half"), "not a form of a section"),
        (lambda w, p: w.add_pack_item(p, "picture", "2020", "proposal-1"), "not a kind of pack item"),
        (lambda w, p: w.add_ref_item("nope", PROPOSAL), "there is no pack"),
        (lambda w, p: w.add_ref_item(p, PROPOSAL, position=-1), "not a position"),
        (lambda w, p: w.move_pack_item(p, "nope", 0), "the pack has no item"),
        (lambda w, p: w.update_text_block(p, "nope", "x"), "no text block"),
    ],
)
def test_bad_input_is_refused_with_one_message_and_nothing_written(workspace: Workspace, call, message) -> None:
    pack = workspace.create_pack("Briefing")
    before = workspace.counts()
    with pytest.raises(InvalidEntry, match=message):
        call(workspace, pack.id)
    assert workspace.counts() == before


def test_a_version_1_workspace_opens_migrates_and_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    old = sqlite3.connect(path, isolation_level=None)
    old.executescript(
        f"BEGIN; {MIGRATIONS[0]}; PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = 1; COMMIT;"
    )
    stamp = "2026-11-30T10:00:00.000Z"
    old.execute("INSERT INTO notes VALUES ('n1', '2020', 'section-5-p3', 'my note', ?, ?)", (stamp, stamp))
    old.execute("INSERT INTO bookmarks VALUES ('b1', '2020', 'proposal-7', 'blue', ?, ?)", (stamp, stamp))
    old.execute(
        "INSERT INTO tracker VALUES ('2020', 'proposal-7', 'in-progress', 'Unit 3', '2027-01-15', 'half', '[]', ?, ?)",
        (stamp, stamp),
    )
    old.execute(
        "INSERT INTO highlights VALUES ('h1', '2020', 'section-5-p3', 0, 5, 'The A', NULL, ?, ?)", (stamp, stamp)
    )
    old.close()
    assert SCHEMA_VERSION == 2
    assert problem_with(path) is None  # an older format is not damage
    opened = open_workspace(path)
    assert opened.moved_aside is None
    with opened.workspace as workspace:
        assert workspace._read("PRAGMA user_version")[0][0] == SCHEMA_VERSION
        assert [(n.id, n.text) for n in workspace.notes()] == [("n1", "my note")]
        assert [(b.id, b.colour) for b in workspace.bookmarks()] == [("b1", "blue")]
        assert [(t.status, t.unit, t.due) for t in workspace.tracker()] == [("in-progress", "Unit 3", "2027-01-15")]
        assert len(workspace.highlights()) == 1
        pack = workspace.create_pack("New since the upgrade")  # and the new tables work
        workspace.add_ref_item(pack.id, PROPOSAL)
    assert problem_with(path) is None


def test_a_current_workspace_without_the_pack_tables_is_damaged(tmp_path: Path) -> None:
    path = tmp_path / "kzdesk.sqlite"
    open_workspace(path).workspace.close()
    db = sqlite3.connect(path)
    db.execute("DROP TABLE pack_items")
    db.commit()
    db.close()
    assert problem_with(path) == "it is damaged (tables are missing)"


def known(edition: str, target: str) -> bool:
    return edition == "2020" and not target.startswith("proposal-99")


def test_packs_travel_in_the_export_and_merge_by_id_and_time(tmp_path: Path) -> None:
    with open_workspace(tmp_path / "theirs.sqlite").workspace as theirs:
        pack = theirs.create_pack("Their briefing")
        theirs.add_text_block(pack.id, "Intro")
        theirs.add_ref_item(pack.id, PROPOSAL)
        theirs.add_ref_item(pack.id, Ref("2020", "proposal-99"))  # unknown here
        theirs.add_ref_item(pack.id, SECTION, form="full")
        file = export_workspace(theirs, tmp_path / "export.json")
        assert json.loads(file.read_text())["version"] == 2
    with open_workspace(tmp_path / "mine.sqlite").workspace as mine:
        plan = plan_import(mine, file, known)
        (change,) = plan.changes
        assert (change.kind, change.action, change.target) == ("packs", "add", pack.id)
        assert change.why == "1 of its items are unknown here and left out"
        assert mine.counts()["packs"] == 0  # a plan writes nothing
        assert apply_import(mine, plan) == 1
        stored = mine.pack(pack.id)
        assert stored is not None and stored.title == "Their briefing"
        assert [(i.kind, i.target, i.form, i.text) for i in stored.items] == [
            ("text", "", "", "Intro"),
            ("ref", "proposal-7", "", ""),
            ("ref", "section-5", "full", ""),
        ]
        assert plan_import(mine, file, known).changes[0].action == "keep"  # the same again: kept
        mine.rename_pack(pack.id, "Mine now")  # newer here: an older import keeps it
        assert plan_import(mine, file, known).changes[0].action == "keep"
        assert mine.pack(pack.id).title == "Mine now"  # type: ignore[union-attr]


def test_a_newer_imported_pack_replaces_the_older_one_whole(tmp_path: Path) -> None:
    with open_workspace(tmp_path / "mine.sqlite").workspace as mine:
        pack = mine.create_pack("Draft")
        mine.add_ref_item(pack.id, PARA)
        file = export_workspace(mine, tmp_path / "export.json")
        payload = json.loads(file.read_text())
        payload["packs"][0]["title"] = "Final"
        payload["packs"][0]["updated"] = "2099-01-01T00:00:00.000Z"
        payload["packs"][0]["items"].reverse()
        file.write_text(json.dumps(payload))
        mine.add_ref_item(pack.id, PROPOSAL)  # mine changed too, but theirs is newer
        plan = plan_import(mine, file, known)
        assert [c.action for c in plan.changes] == ["update"]
        apply_import(mine, plan)
        stored = mine.pack(pack.id)
        assert stored is not None and stored.title == "Final" and [i.target for i in stored.items] == [PARA.id]


@pytest.mark.parametrize(
    ("pack", "message"),
    [
        ("not a pack", "packs: a pack is not an object"),
        ({"id": "p", "title": "T", "created": "x", "updated": "x", "items": []}, "not a date and time"),
        (
            {"id": "p", "title": "", "created": "2026-01-01T00:00:00Z", "updated": "2026-01-01T00:00:00Z", "items": []},
            "empty",
        ),
        (
            {
                "id": "p",
                "title": "T",
                "created": "2026-01-01T00:00:00Z",
                "updated": "2026-01-01T00:00:00Z",
                "items": [
                    {
                        "id": "i",
                        "kind": "text",
                        "edition": "2020",
                        "target": "proposal-1",
                        "form": "",
                        "text": "x",
                        "created": "2026-01-01T00:00:00Z",
                        "updated": "2026-01-01T00:00:00Z",
                    }
                ],
            },
            "a text block names no item",
        ),
        (
            {"id": "p", "title": "T", "created": "2026-01-01T00:00:00Z", "updated": "2026-01-01T00:00:00Z"},
            "lacks a field",
        ),
    ],
)
def test_a_damaged_pack_in_an_import_is_refused_with_one_message(tmp_path: Path, workspace, pack, message) -> None:
    file = tmp_path / "bad.json"
    file.write_text(json.dumps({"format": "kzdesk-workspace", "version": 2, "packs": [pack]}))
    with pytest.raises(WorkspaceError, match=message):
        plan_import(workspace, file, known)
    assert workspace.counts()["packs"] == 0


def test_a_version_1_export_still_imports(tmp_path: Path, workspace: Workspace) -> None:
    file = tmp_path / "old.json"
    note = {"id": "n1", "edition": "2020", "target": "section-5-p3", "text": "hi"}
    note |= {"created": "2026-01-01T00:00:00Z", "updated": "2026-01-01T00:00:00Z"}
    file.write_text(json.dumps({"format": "kzdesk-workspace", "version": 1, "notes": [note]}))
    assert apply_import(workspace, plan_import(workspace, file, known)) == 1

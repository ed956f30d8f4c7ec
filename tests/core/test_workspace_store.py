"""The workspace store: what the user saves is kept, checked, and survives a reopen."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import NamedTuple

import pytest

from kzdesk.core.workspace.records import InvalidEntry
from kzdesk.core.workspace.safety import open_workspace
from kzdesk.core.workspace.schema import APPLICATION_ID, SCHEMA_VERSION
from kzdesk.core.workspace.store import Workspace, WorkspaceError


class Ref(NamedTuple):  # the store takes anything with .edition and .id
    edition: str
    id: str


PARA = Ref("2020", "section-5-p3")
PROPOSAL = Ref("2020", "proposal-7")
OTHER_EDITION = Ref("2021", "section-5-p3")


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "workspace" / "kzdesk.sqlite"


def test_everything_saved_is_there_after_a_reopen(path: Path) -> None:
    with open_workspace(path).workspace as workspace:
        workspace.bookmark(PARA, "yellow")
        workspace.add_highlight(PARA, 4, 19, "anti-corruption", "green")
        note = workspace.add_note(PARA, "Quote this in the briefing.\nSecond line\twith a tab.")
        first = workspace.set_tracker(PROPOSAL, status="in-progress", unit="Legal department", due="2027-03-31")
        later = workspace.set_tracker(PROPOSAL, evidence=["https://example.org/order-12"])
        assert later.created == first.created and later.updated >= first.updated
    with open_workspace(path).workspace as workspace:
        (bookmark,) = workspace.bookmarks()
        assert (bookmark.edition, bookmark.target, bookmark.colour) == ("2020", "section-5-p3", "yellow")
        (highlight,) = workspace.highlights(PARA)
        assert (highlight.start, highlight.end, highlight.quote) == (4, 19, "anti-corruption")
        assert workspace.notes(PARA) == [note]
        (entry,) = workspace.tracker("2020")
        assert (entry.status, entry.unit, entry.due) == ("in-progress", "Legal department", "2027-03-31")
        assert entry.evidence == ("https://example.org/order-12",)  # set later, the rest kept
        assert workspace.tracker_counts("2020", total=40) == {
            "not-started": 39,
            "in-progress": 1,
            "implemented": 0,
            "not-applicable": 0,
        }


def test_references_of_another_edition_never_meet(path: Path) -> None:
    with open_workspace(path).workspace as workspace:
        workspace.add_note(PARA, "2020's paragraph")
        workspace.bookmark(OTHER_EDITION)
        assert [n.text for n in workspace.notes(OTHER_EDITION)] == []
        assert [b.edition for b in workspace.bookmarks("2020")] == []
        assert workspace.remove_bookmark(PARA) is False
        assert workspace.remove_bookmark(OTHER_EDITION) is True
        mine = workspace.add_highlight(PARA, 0, 3, "The")
        workspace.add_highlight(OTHER_EDITION, 0, 3, "The")
        assert workspace.highlights(edition="2020") == [mine]  # a section's page reads its edition's, once
        assert [h.edition for h in workspace.highlights(OTHER_EDITION, edition="2020")] == []


def test_a_bookmark_is_one_per_reference_and_its_colour_can_change(path: Path) -> None:
    with open_workspace(path).workspace as workspace:
        first = workspace.bookmark(PARA, "yellow")
        again = workspace.bookmark(PARA, "#FF8800")
        assert len(workspace.bookmarks()) == 1
        assert (again.id, again.colour, again.created) == (first.id, "#ff8800", first.created)


def test_notes_are_edited_in_place_and_deleted(path: Path) -> None:
    with open_workspace(path).workspace as workspace:
        note = workspace.add_note(PARA, "draft")
        edited = workspace.update_note(note.id, "final text\r\nwith Windows line ends")
        assert edited.text == "final text\nwith Windows line ends" and edited.created == note.created
        assert edited.updated >= note.updated
        assert workspace.delete_note(note.id) is True
        assert workspace.note(note.id) is None
        with pytest.raises(InvalidEntry, match="there is no note"):
            workspace.update_note(note.id, "gone")


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda w: w.add_note(PARA, "   "), "the note is empty"),
        (lambda w: w.add_note(PARA, "a\x1b[2Jb"), "control character U\\+001B"),
        (lambda w: w.add_note(PARA, "x" * 100_001), "100,001 characters"),
        (lambda w: w.add_note(Ref("2020", "../../etc"), "x"), "is not a valid id"),
        (lambda w: w.add_note(Ref("", "section-1"), "x"), "is not a valid edition"),
        (lambda w: w.bookmark(PARA, "red; DROP TABLE notes"), "is not a colour"),
        (lambda w: w.set_tracker(PROPOSAL, status="done"), "is not a status"),
        (lambda w: w.set_tracker(PROPOSAL, due="31.03.2027"), "is not a due date"),
        (lambda w: w.set_tracker(PROPOSAL, due="2027-02-30"), "is not a due date"),
        (lambda w: w.set_tracker(PROPOSAL, evidence=["x"] * 51), "51 evidence links"),
        (lambda w: w.add_highlight(PARA, 9, 3, "text"), "start before its end"),
    ],
)
def test_bad_input_is_refused_with_one_clear_message_and_nothing_written(path: Path, call, message: str) -> None:
    with open_workspace(path).workspace as workspace:
        with pytest.raises(InvalidEntry, match=message):
            call(workspace)
        assert workspace.counts() == {
            "bookmarks": 0,
            "highlights": 0,
            "notes": 0,
            "tracker": 0,
            "packs": 0,
            "pack_items": 0,
        }


def test_a_new_file_is_marked_as_a_kzdesk_workspace_of_the_current_format(path: Path) -> None:
    open_workspace(path).workspace.close()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_full_disk_is_one_clear_message_and_earlier_work_is_kept(path: Path) -> None:
    with open_workspace(path).workspace as workspace:
        workspace.add_note(PARA, "kept")
        pages = workspace._db.execute("PRAGMA page_count").fetchone()[0]
        workspace._db.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own "disk is full"
        with pytest.raises(WorkspaceError, match="the disk is full"):
            for _ in range(200):
                workspace.add_note(PARA, "y" * 4000)
    with open_workspace(path).workspace as workspace:
        assert "kept" in [n.text for n in workspace.notes(PARA)]


def test_a_read_only_workspace_is_one_clear_message(path: Path) -> None:
    open_workspace(path).workspace.close()
    workspace = Workspace(sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None), path)
    workspace._db.row_factory = sqlite3.Row
    with pytest.raises(WorkspaceError, match="read-only"):
        workspace.add_note(PARA, "cannot be saved")
    workspace.close()


def test_two_windows_writing_at_once_lose_nothing(path: Path) -> None:
    open_workspace(path).workspace.close()
    errors: list[BaseException] = []

    def write(which: int) -> None:
        try:
            with Workspace.connect(path) as workspace:
                for number in range(60):
                    workspace.add_note(Ref("2020", f"section-{which}-p{number}"), f"note {number}")
        except BaseException as error:  # noqa: BLE001 — reported by the assertion below
            errors.append(error)

    threads = [threading.Thread(target=write, args=(which,)) for which in (1, 2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with open_workspace(path).workspace as workspace:
        assert workspace.counts()["notes"] == 120


def test_notes_of_one_edition(path: Path) -> None:
    with open_workspace(path).workspace as workspace:
        workspace.add_note(PARA, "2020's")
        workspace.add_note(OTHER_EDITION, "2021's")
        assert [n.text for n in workspace.notes(edition="2020")] == ["2020's"]
        assert [n.text for n in workspace.notes(OTHER_EDITION, "2020")] == []
        assert len(workspace.notes()) == 2

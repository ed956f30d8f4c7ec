"""End to end: the workspace commands as a user runs them, each in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest


def run(workspace: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kzdesk", "--workspace", str(workspace), *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )


def run_json(workspace: Path, *args: str) -> Any:
    result = run(workspace, *args, "--json")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return json.loads(result.stdout)


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    return tmp_path / "mine" / "workspace.sqlite"


def test_notes_are_added_listed_edited_and_deleted(workspace: Path) -> None:
    note = run_json(workspace, "note", "add", "section-5-p3", "Quote in the briefing — Қазақстан")
    assert note["ref"] == "section-5-p3" and note["edition"] == "2020" and note["yours"] is True
    assert set(note) >= {"id", "ref", "text", "created", "updated"}
    edited = run_json(workspace, "note", "edit", note["id"], "Edited")
    assert edited["text"] == "Edited" and edited["created"] == note["created"]
    (listed,) = run_json(workspace, "notes")
    assert listed["id"] == note["id"] and listed["text"] == "Edited"
    assert run_json(workspace, "notes", "--ref", "section-1-p1") == []
    assert run_json(workspace, "note", "delete", note["id"]) == {"deleted": note["id"]}
    assert run_json(workspace, "notes") == []


def test_bookmarks_are_added_listed_and_removed(workspace: Path) -> None:
    added = run_json(workspace, "bookmark", "add", "proposal-12", "--colour", "green")
    assert (added["ref"], added["colour"]) == ("proposal-12", "green")
    (listed,) = run_json(workspace, "bookmarks")
    assert set(listed) >= {"ref", "created", "updated"} and listed["ref"] == "proposal-12"
    assert run_json(workspace, "bookmark", "delete", "proposal-12") == {"deleted": "proposal-12"}
    result = run(workspace, "bookmark", "delete", "proposal-12")
    assert result.returncode == 2 and result.stderr == "kzdesk: proposal-12 is not bookmarked\n"


def test_the_tracker_lists_every_proposal_and_sets_one(workspace: Path) -> None:
    entry = run_json(
        workspace,
        "tracker",
        "set",
        "proposal-7",
        "--status",
        "in-progress",
        "--unit",
        "Legal department",
        "--due",
        "2027-03-31",
        "--evidence",
        "order 12",
        "minutes 3",
    )
    assert (entry["status"], entry["unit"], entry["due"]) == ("in-progress", "Legal department", "2027-03-31")
    assert entry["evidence"] == ["order 12", "minutes 3"]
    rows = run_json(workspace, "tracker")
    assert len(rows) == 40 and all(set(r) >= {"ref", "status", "created", "updated"} for r in rows)
    seventh = next(r for r in rows if r["ref"] == "proposal-7")
    assert seventh["status"] == "in-progress" and seventh["yours"] is True
    assert {r["status"] for r in rows if r["ref"] != "proposal-7"} == {"not-started"}
    table = run(workspace, "tracker")
    assert table.returncode == 0 and "Legal department" in table.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("note", "add", "no-such-id", "text"), "unknown reference 'no-such-id'"),
        (("note", "add", "section-5-p3", "   "), "the note is empty"),
        (("note", "add", "section-5-p3", "a\x1bb"), "control character U+001B"),
        (("note", "delete", "0" * 32), "there is no note"),
        (("bookmark", "add", "proposal-1", "--colour", "red;"), "is not a colour"),
        (("tracker", "set", "section-5-p3", "--status", "implemented"), "give a proposal id, proposal-1 … proposal-40"),
        (("tracker", "set", "proposal-1", "--due", "tomorrow"), "is not a due date"),
        (("tracker", "set", "proposal-1"), "give at least one of --status"),
        (("tracker", "set", "proposal-1", "--status", "done"), "invalid choice: 'done'"),
        (("workspace", "import", "/nonexistent/x.json"), "cannot read the file"),
        (("workspace", "export", "/proc/kzdesk-export.json"), "cannot write"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(workspace: Path, args: tuple[str, ...], message: str) -> None:
    result = run(workspace, *args)
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("kzdesk: ") and result.stderr.count("\n") == 1
    assert message in result.stderr and "Traceback" not in result.stderr


def test_export_then_import_with_a_dry_run_first(tmp_path: Path, workspace: Path) -> None:
    run_json(workspace, "note", "add", "proposal-3", "Agreed with the ministry")
    run_json(workspace, "tracker", "set", "proposal-3", "--status", "implemented")
    exported = run_json(workspace, "workspace", "export", str(tmp_path / "out.json"))
    assert Path(exported["path"]).is_file()
    colleague = tmp_path / "colleague.sqlite"
    dry = run_json(colleague, "workspace", "import", exported["path"], "--dry-run")
    assert dry["dry_run"] is True and dry["applied"] == 0 and dry["summary"].startswith("2 to add")
    assert run_json(colleague, "notes") == []
    done = run_json(colleague, "workspace", "import", exported["path"])
    assert done["applied"] == 2
    assert [n["text"] for n in run_json(colleague, "notes")] == ["Agreed with the ministry"]
    assert run_json(colleague, "workspace", "import", exported["path"])["applied"] == 0  # nothing newer
    shown = run_json(colleague, "workspace", "show")
    assert shown["counts"] == {"bookmarks": 0, "highlights": 0, "notes": 1, "tracker": 1, "packs": 0, "pack_items": 0}


def test_a_damaged_workspace_is_moved_aside_and_said_so(tmp_path: Path) -> None:
    workspace = tmp_path / "workspace.sqlite"
    workspace.write_bytes(b"this is not a database at all")
    result = run(workspace, "notes", "--json")
    assert result.returncode == 0
    assert "kzdesk: warning: the workspace" in result.stderr and "was moved to" in result.stderr
    assert json.loads(result.stdout) == []
    assert [p.name for p in tmp_path.iterdir() if ".foreign-" in p.name]


def test_without_workspace_the_users_data_folder_is_used(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "XDG_DATA_HOME"} | {"HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "kzdesk", "note", "add", "section-1-p1", "in the default place", "--json"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / ".local" / "share" / "kzdesk" / "kzdesk" / "workspace.sqlite").is_file()


def test_the_desktop_app_takes_workspace_and_opens_it_only_when_used(workspace: Path) -> None:
    result = run(workspace, "gui", "--exit-after-startup", env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 0, result.stderr
    assert not workspace.exists()  # start-up opens no workspace; the first bookmark or note does


@pytest.mark.parametrize("command", ["notes", "bookmarks", "tracker"])
def test_readme_key_lists_match_the_output(workspace: Path, command: str) -> None:
    from tests.cli.test_readme_contract import _documented_keys

    run_json(workspace, "note", "add", "proposal-1", "x")
    run_json(workspace, "bookmark", "add", "proposal-1")
    assert _documented_keys(command) == list(run_json(workspace, command)[0])

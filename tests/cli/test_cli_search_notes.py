"""End to end: ``kzdesk search`` finds the user's own notes when their workspace exists (kind "note")."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any


def kzdesk(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kzdesk", *args], capture_output=True, text=True, timeout=60, input=stdin
    )


def hits(workspace: Path, *args: str) -> list[dict[str, Any]]:
    result = kzdesk("--workspace", str(workspace), "search", *args, "--json")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    found: list[dict[str, Any]] = json.loads(result.stdout)
    return found


def test_search_finds_a_note_as_kind_note_and_only_with_a_workspace(tmp_path: Path) -> None:
    workspace = tmp_path / "ws" / "workspace.sqlite"
    assert hits(workspace, "Zhetisu") == []  # no workspace: the report only (which lacks the word)
    assert not workspace.exists()  # … and searching created none
    added = kzdesk(
        "--workspace", str(workspace), "note", "add", "proposal-12", "Zhetisu office: land plots, <b>", "--json"
    )
    assert added.returncode == 0, added.stderr
    note = json.loads(added.stdout)

    (hit,) = hits(workspace, "Zhetisu")
    assert hit["kind"] == "note" and hit["id"] == note["id"] and hit["ref"] == "proposal-12"
    assert hit["yours"] is True and hit["title"] == "Proposal 12"
    assert hit["snippet"] == "Zhetisu office: land plots, <b>"  # JSON carries the text as written

    found = hits(workspace, "land plots")  # a word form the report has too: the note among its hits
    kinds = [h["kind"] for h in found]
    assert "note" in kinds and "section" in kinds
    assert all(h["kind"] != "note" for h in hits(workspace, "land plots", "--no-notes"))
    assert [h["kind"] for h in hits(workspace, "land plots", "--kind", "note")] == ["note"]
    assert all(h["kind"] == "proposal" for h in hits(workspace, "land plots", "--kind", "proposal"))

    table = kzdesk("--workspace", str(workspace), "search", "zhetisu")
    assert table.returncode == 0 and "your note" in table.stdout and "proposal-12" in table.stdout

    lines = kzdesk("--workspace", str(workspace), "search", "--stdin", "--json", stdin='zhetisu\nAND\n"\n')
    assert lines.returncode == 0, lines.stderr
    first, *rest = [json.loads(line) for line in lines.stdout.splitlines()]
    assert [h["kind"] for h in first] == ["note"] and len(rest) == 2


def test_kind_note_without_a_workspace_and_a_damaged_one_say_so_in_one_line(tmp_path: Path) -> None:
    missing = kzdesk("--workspace", str(tmp_path / "none.sqlite"), "search", "x", "--kind", "note")
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1 and "no workspace" in missing.stderr
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(b"not a database at all " * 200)
    result = kzdesk("--workspace", str(damaged), "search", "procurement", "--json")
    assert result.returncode == 0  # the report's hits still come
    assert json.loads(result.stdout) and "Traceback" not in result.stderr
    assert result.stderr.startswith("kzdesk: warning: your notes could not be searched")

"""End to end: ``kzdesk pack …`` as a user runs it, each command in a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest


def run(workspace: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kzdesk", "--workspace", str(workspace), *args],
        capture_output=True,
        text=True,
        timeout=60,
    )


def run_json(workspace: Path, *args: str) -> Any:
    result = run(workspace, *args, "--json")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return json.loads(result.stdout)


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    return tmp_path / "workspace.sqlite"


def test_new_prints_the_id_and_list_shows_the_pack(workspace: Path) -> None:
    made = run(workspace, "pack", "new", "Meeting with the Agency")
    assert made.returncode == 0 and made.stderr == ""
    pack_id = made.stdout.strip()
    assert len(pack_id) == 32
    (listed,) = run_json(workspace, "pack", "list")
    assert listed["id"] == pack_id and listed["title"] == "Meeting with the Agency" and listed["items"] == 0
    assert pack_id in run(workspace, "pack", "list").stdout  # the table, cut to the terminal's width


def test_add_text_show_move_remove_in_order_with_labels_and_citations(workspace: Path) -> None:
    pack = run_json(workspace, "pack", "new", "Briefing")["id"]
    assert run_json(workspace, "pack", "add", pack, "proposal-7")["label"] == "Proposal 7"
    section = run_json(workspace, "pack", "add", pack, "section-5", "--form", "full")
    assert section["form"] == "full" and section["label"].endswith("— full text")
    assert run_json(workspace, "pack", "add", pack, "section-2")["form"] == "summary"  # the default
    figure = run_json(workspace, "pack", "add", pack, "stat-cpi-kazakhstan-score")
    assert figure["citation"].endswith("Section 2, para. 1") and figure["yours"] is False
    assert run_json(workspace, "pack", "add", pack, "chart-table-1")["what"] == "Chart"
    intro = run_json(workspace, "pack", "text", pack, "Why we meet", "--at", "1")
    assert intro["position"] == 1 and intro["yours"] is True and intro["what"] == "Your text"
    note = run_json(workspace, "note", "add", "section-5-p3", "Ask about 2021")
    added_note = run_json(workspace, "pack", "add", pack, note["id"])
    assert added_note["kind"] == "note" and added_note["label"].startswith("On Section 5, para. 3: Ask about 2021")
    shown = run_json(workspace, "pack", "show", pack)
    assert [i["ref"] or i["text"] for i in shown["items"]] == [
        "Why we meet",
        "proposal-7",
        "section-5",
        "section-2",
        "stat-cpi-kazakhstan-score",
        "chart-table-1",
        note["id"],
    ]
    moved = run_json(workspace, "pack", "move", pack, "2", "7")  # Proposal 7 to the end, by position
    assert moved["order"][-1] == shown["items"][1]["id"]
    removed = run_json(workspace, "pack", "remove", pack, intro["id"][:8])  # by the start of its id
    assert removed["removed"] == intro["id"]
    again = run_json(workspace, "pack", "show", "Briefing")  # by its title too
    assert [i["position"] for i in again["items"]] == [1, 2, 3, 4, 5, 6]
    assert again["items"][-1]["ref"] == "proposal-7"
    text = run(workspace, "pack", "show", pack).stdout
    assert "[Your note]" in text and "[Proposal] Proposal 7" in text and "Section 2, para. 1" in text


def test_rename_and_delete(workspace: Path) -> None:
    pack = run_json(workspace, "pack", "new", "Draft")["id"]
    run_json(workspace, "pack", "add", pack, "proposal-1")
    assert run_json(workspace, "pack", "rename", pack, "Final")["title"] == "Final"
    assert run_json(workspace, "pack", "delete", "Final") == {"deleted": pack}
    assert run_json(workspace, "pack", "list") == []
    assert run_json(workspace, "workspace", "show")["counts"]["pack_items"] == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("pack", "add", "{pack}", "proposal-99"), "unknown reference 'proposal-99'"),
        (("pack", "add", "{pack}", "nothing"), "unknown reference 'nothing'"),
        (("pack", "add", "{pack}", "term-ACA"), "unknown reference"),
        (("pack", "add", "{pack}", "proposal-1", "--form", "full"), "--form is for sections only"),
        (("pack", "add", "no-such-pack", "proposal-1"), "there is no pack 'no-such-pack'"),
        (("pack", "add", "{pack}", "proposal-1", "--at", "9"), "position 9 is outside the pack"),
        (("pack", "new", "  "), "the title is empty"),
        (("pack", "text", "{pack}", " "), "the text block is empty"),
        (("pack", "remove", "{pack}", "3"), "the pack has no item 3"),
        (("pack", "move", "{pack}", "1", "5"), "position 5 is outside the pack"),
        (("pack", "show", "nope"), "there is no pack 'nope'"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(workspace: Path, args: tuple[str, ...], message: str) -> None:
    pack = run_json(workspace, "pack", "new", "Briefing")["id"]
    run_json(workspace, "pack", "add", pack, "proposal-2")
    result = run(workspace, *(a.format(pack=pack) for a in args))
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and message in result.stderr, result.stderr
    assert "Traceback" not in result.stderr


def test_an_item_id_of_digits_is_an_id_before_it_is_a_position() -> None:
    """Ids are hex: the start of one may be digits only; it names that item, not position 779543."""
    from kzdesk.cli.pack_command import PackCommands
    from kzdesk.core.workspace.records import Pack, PackItem

    def item(item_id: str) -> PackItem:
        return PackItem(item_id, "text", "", "", "", "words", "2026-12-03T00:00:00.000Z", "2026-12-03T00:00:00.000Z")

    items = (item("00779543aa"), item("b1c2d3e4ff"))
    pack = Pack("p1", "Pack", items, "2026-12-03T00:00:00.000Z", "2026-12-03T00:00:00.000Z")
    assert PackCommands._item(pack, "00779543") is items[0]
    assert PackCommands._item(pack, "2") is items[1]  # no id starts so: a position

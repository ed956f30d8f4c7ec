"""End to end: each command as a user runs it, in a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from kzdesk.core.dataset import bundled_dataset_path


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kzdesk", *args], capture_output=True, text=True, timeout=60)


def run_json(*args: str) -> Any:
    result = run(*args, "--json")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return json.loads(result.stdout)


def test_sections() -> None:
    sections = run_json("sections")
    assert len(sections) == 15
    assert sections[1] == {"id": "section-1", "number": 1, "title": "Criminal law statistics", "paragraphs": 8}
    assert sections[0]["number"] is None and sections[-1]["id"] == "section-conclusions"


def test_section() -> None:
    section = run_json("section", "section-3")
    assert set(section) >= {"id", "title", "paragraphs"}
    cited = [p for p in section["paragraphs"] if p["citations"]]
    assert cited[0]["citations"][0] == {
        "document": "document-3",
        "locator": "p. 121, 124, 125",
        "text": "[3, p. 121, 124, 125; 7, p. 5, 7]",
    }


def test_proposals(report_text: str) -> None:
    proposals = run_json("proposals")
    assert [p["number"] for p in proposals] == list(range(1, 41))
    assert all(set(p) >= {"id", "number", "text", "themes", "related"} for p in proposals)
    for proposal in proposals:
        assert f"{proposal['number']}) {proposal['text']}" in report_text


def test_proposals_by_theme() -> None:
    everything = run_json("proposals")
    theme = everything[0]["themes"][0]
    filtered = run_json("proposals", "--theme", theme)
    assert filtered and all(theme in p["themes"] for p in filtered)
    assert len(filtered) < 40


def test_stats_table_1() -> None:
    cells = run_json("stats", "--table", "1")
    assert len(cells) == 15  # 5 rows × (2019, 2020, Dynamics)
    values = {(c["row"], c["year"]): c["value"] for c in cells}
    assert values[("Anti-Corruption Service", 2019)] == 1717
    assert values[("Anti-Corruption Service", 2020)] == 1632
    assert values[("Economic Investigation Service", 2020)] == 21
    assert values[("Ministry of Internal Affairs", None)] == 27  # the Dynamics column, "+27%"
    assert all(c["table"] == 1 and c["source"] == "section-1-p3" and c["derived"] is False for c in cells)
    keys = {"id", "indicator", "value", "unit", "year", "section", "table", "row", "source", "derived"}
    assert all(set(c) >= keys for c in cells)


def test_stats_by_section() -> None:
    stats = run_json("stats", "--section", "section-2")
    assert stats and all(s["section"] == "section-2" and s["table"] is None for s in stats)
    assert any(s["value"] == 38 and s["unit"] == "points" for s in stats)


def test_projects_legislation_documents_glossary() -> None:
    projects = run_json("projects")
    assert any(p["id"] == "project-adaldyq-alany" for p in projects)
    assert all(set(p) >= {"id", "name", "aliases", "kind", "description", "sections", "source"} for p in projects)
    acts = run_json("legislation")
    assert all(
        set(a) >= {"id", "title", "description", "status", "area", "sections", "citations", "source"} for a in acts
    )
    documents = run_json("documents")
    assert [d["id"] for d in documents] == [f"document-{n}" for n in range(1, 8)]
    assert all(set(d) >= {"id", "number", "title", "url", "cited_by"} for d in documents)
    glossary = run_json("glossary")
    assert {"id": "term-SMG", "term": "SMG"}.items() <= glossary[5].items()


def test_readable_table_output() -> None:
    result = run("stats", "--table", "2")
    assert result.returncode == 0
    assert "1,717" not in result.stdout and "649" in result.stdout
    assert result.stdout.splitlines()[0].startswith("ID")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("section", "section-99"), "no section with id 'section-99'"),
        (("stats", "--table", "3"), "invalid choice"),
        (("stats", "--section", "nowhere"), "no section with id 'nowhere'"),
        (("proposals", "--theme", "nonsense"), "unknown theme 'nonsense'"),
        (("frobnicate",), "invalid choice"),
    ],
)
def test_usage_errors(args: tuple[str, ...], message: str) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and message in result.stderr
    assert "Traceback" not in result.stderr


def _bad_files(tmp_path: Path) -> dict[str, Path]:
    good = json.loads(bundled_dataset_path().read_text(encoding="utf-8"))
    files = {}

    def write(name: str, content: str) -> None:
        files[name] = tmp_path / f"{name}.json"
        files[name].write_text(content, encoding="utf-8")

    text = bundled_dataset_path().read_text(encoding="utf-8")
    write("truncated", text[:1000])
    write("other-version", json.dumps({**good, "schema_version": 2}))
    wrong = json.loads(text)
    wrong["sections"][0]["title"] = 7
    write("wrong-type", json.dumps(wrong))
    missing = json.loads(text)
    del missing["documents"]
    write("missing-field", json.dumps(missing))
    files["absent"] = tmp_path / "absent.json"
    return files


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        ("truncated", "truncated JSON"),
        ("other-version", "schema version 2 is not supported"),
        ("wrong-type", "dataset.sections[0].title: expected text, found int"),
        ("missing-field", "missing field 'documents'"),
        ("absent", "cannot read the file"),
    ],
)
def test_bad_data_files(tmp_path: Path, kind: str, message: str) -> None:
    path = _bad_files(tmp_path)[kind]
    result = run("--data", str(path), "sections")
    assert result.returncode == 2
    assert result.stderr.strip() == result.stderr.strip().splitlines()[0]
    assert str(path) in result.stderr and message in result.stderr


def test_markup_in_data_is_printed_as_text(tmp_path: Path) -> None:
    payload = json.loads(bundled_dataset_path().read_text(encoding="utf-8"))
    payload["glossary"][0]["definition"] = "<b>United</b> Nations"
    path = tmp_path / "markup.json"
    path.write_text(json.dumps(payload), encoding="utf-8")
    result = run("--data", str(path), "glossary", "--json")
    assert result.returncode == 0
    assert json.loads(result.stdout)[0]["definition"] == "<b>United</b> Nations"
    assert "glossary[0].definition contains markup; it is shown as plain text" in result.stderr

"""Every kind of bad data file becomes one clear DatasetError naming the file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from kzdesk.core.dataset import DatasetError, bundled_dataset_path, load_dataset, markup_warnings, parse_dataset


@pytest.fixture(scope="module")
def payload() -> dict[str, Any]:
    return json.loads(bundled_dataset_path().read_text(encoding="utf-8"))


def _write(tmp_path: Path, content: str | bytes) -> Path:
    path = tmp_path / "data.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def _problem(path: Path) -> str:
    with pytest.raises(DatasetError) as caught:
        load_dataset(path)
    assert caught.value.path == str(path)
    return caught.value.problem


def test_bundled_dataset_loads() -> None:
    dataset = load_dataset()
    assert dataset.schema_version == 1
    assert markup_warnings(dataset, "bundled") == []


def test_missing_file(tmp_path: Path) -> None:
    assert "cannot read" in _problem(tmp_path / "absent.json")


def test_truncated_file(tmp_path: Path) -> None:
    text = bundled_dataset_path().read_text(encoding="utf-8")
    assert _problem(_write(tmp_path, text[: len(text) // 2])).startswith("truncated JSON")


def test_a_file_that_is_not_json(tmp_path: Path) -> None:
    assert _problem(_write(tmp_path, "root:x:0:0:root:/root:/bin/bash\n")).startswith("not a JSON file")


def test_damaged_file(tmp_path: Path) -> None:
    assert _problem(_write(tmp_path, '{"schema_version": 1,, }')).startswith("damaged JSON")


def test_binary_file(tmp_path: Path) -> None:
    assert "not a text file" in _problem(_write(tmp_path, b"\x89PNG\r\n\x1a\n\x00\xff"))


def test_foreign_json(tmp_path: Path) -> None:
    assert "not a kzdesk dataset" in _problem(_write(tmp_path, '{"name": "something else"}'))
    assert "not a kzdesk dataset" in _problem(_write(tmp_path, "[1, 2, 3]"))


def test_other_schema_version(tmp_path: Path, payload: dict[str, Any]) -> None:
    problem = _problem(_write(tmp_path, json.dumps({**payload, "schema_version": 99})))
    assert "schema version 99 is not supported" in problem


def test_wrong_type(tmp_path: Path, payload: dict[str, Any]) -> None:
    broken = json.loads(json.dumps(payload))
    broken["statistics"][0]["value"] = "lots"
    assert (
        _problem(_write(tmp_path, json.dumps(broken))) == "dataset.statistics[0].value: expected a number, found text"
    )


def test_missing_field(tmp_path: Path, payload: dict[str, Any]) -> None:
    broken = json.loads(json.dumps(payload))
    del broken["proposals"][3]["text"]
    assert _problem(_write(tmp_path, json.dumps(broken))) == "dataset.proposals[3]: missing field 'text'"


def test_dangling_reference(tmp_path: Path, payload: dict[str, Any]) -> None:
    broken = json.loads(json.dumps(payload))
    broken["statistics"][0]["paragraph"] = "section-99-p1"
    assert "unknown paragraph 'section-99-p1'" in _problem(_write(tmp_path, json.dumps(broken)))


def test_deeply_nested_json(tmp_path: Path) -> None:
    assert _problem(_write(tmp_path, "[" * 100000 + "]" * 100000))


def test_markup_is_reported_not_executed(payload: dict[str, Any]) -> None:
    tampered = json.loads(json.dumps(payload))
    tampered["proposals"][0]["text"] = "<script>alert(1)</script> harmless"
    dataset = parse_dataset(tampered, "tampered.json")
    assert dataset.proposals[0].text.startswith("<script>")  # kept verbatim, shown as text
    assert markup_warnings(dataset, "tampered.json") == [
        "tampered.json: proposals[0].text contains markup; it is shown as plain text"
    ]

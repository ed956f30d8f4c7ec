"""The input gate: non-regular, huge or out-of-bounds data files are refused with one line, at once."""

from __future__ import annotations

import copy
import json
import os
import threading
from pathlib import Path
from typing import Any

import pytest

from kzdesk.core import files
from kzdesk.core.dataset import DatasetError, bundled_dataset_path, load_dataset


@pytest.fixture(scope="module")
def payload() -> dict[str, Any]:
    return json.loads(bundled_dataset_path().read_text(encoding="utf-8"))


def _problem(path: Path | str) -> str:
    with pytest.raises(DatasetError) as caught:
        load_dataset(path)
    assert "\n" not in str(caught.value)
    return caught.value.problem


def _with(tmp_path: Path, payload: dict[str, Any], change: Any, text: str | None = None) -> Path:
    data = copy.deepcopy(payload)
    change(data)
    path = tmp_path / "data.json"
    path.write_text(text if text is not None else json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_fifo_without_writer_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    outcome: list[str] = []
    reader = threading.Thread(target=lambda: outcome.append(_problem(fifo)), daemon=True)
    reader.start()
    reader.join(5)
    assert outcome == ["a pipe (FIFO), not a regular file"]


def test_devices_and_folders_are_refused(tmp_path: Path) -> None:
    assert _problem("/dev/zero") == "a device, not a regular file"
    assert _problem(tmp_path) == "a folder, not a regular file"


def test_size_cap_is_checked_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    with big.open("wb") as stream:
        stream.truncate(files.MAX_INPUT_BYTES + 1)  # sparse: costs no disk
    problem = _problem(big)
    assert "64 MB" in problem and "too large" in problem


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity", "1e400", "-1e999"])
def test_numbers_must_be_finite(tmp_path: Path, payload: dict[str, Any], constant: str) -> None:
    text = json.dumps(payload, ensure_ascii=False)
    value = json.dumps(payload["statistics"][0]["value"])
    marker = f'"value": {value}'
    assert marker in text
    path = tmp_path / "data.json"
    path.write_text(text.replace(marker, f'"value": {constant}', 1), encoding="utf-8")
    assert "finite" in _problem(path) or "out of range" in _problem(path)


def test_huge_figure_is_refused(tmp_path: Path, payload: dict[str, Any]) -> None:
    path = _with(tmp_path, payload, lambda d: d["statistics"][0].update(value=1e300))
    assert "out of range" in _problem(path)


def test_proposal_number_in_range(tmp_path: Path, payload: dict[str, Any]) -> None:
    path = _with(tmp_path, payload, lambda d: d["proposals"][0].update(number=10**20))
    expected = "dataset.proposals[0].number: 100000000000000000000 is out of range for number (0 to 100000)"
    assert _problem(path) == expected


def test_year_in_range(tmp_path: Path, payload: dict[str, Any]) -> None:
    stat = next(i for i, s in enumerate(payload["statistics"]) if s.get("year") is not None)
    path = _with(tmp_path, payload, lambda d: d["statistics"][stat].update(year=99999))
    assert "out of range for year" in _problem(path)


def test_text_length_cap(tmp_path: Path, payload: dict[str, Any]) -> None:
    def grow(d: dict[str, Any]) -> None:
        d["sections"][0]["paragraphs"][0]["text"] = "слово " * 50_000

    assert "the limit is 100000" in _problem(_with(tmp_path, payload, grow))


@pytest.mark.parametrize("char", ["\x00", "\x1b", "\x07", "\x9b", "\x7f"])
def test_control_characters_refused(tmp_path: Path, payload: dict[str, Any], char: str) -> None:
    path = _with(tmp_path, payload, lambda d: d["proposals"][0].update(text=f"a{char}[31mb"))
    assert "control character" in _problem(path)


def test_depth_cap(tmp_path: Path, payload: dict[str, Any]) -> None:
    nested: Any = "x"
    for _ in range(60):
        nested = [nested]
    path = _with(tmp_path, payload, lambda d: d.update(extra=nested))
    assert "nested more than" in _problem(path)


def test_bundled_dataset_passes_the_gate() -> None:
    assert len(load_dataset().proposals) == 40


@pytest.mark.parametrize("digits", [41, 5000, 100_000])
def test_a_whole_number_too_long_to_convert_is_refused_in_one_line(tmp_path: Path, digits: int) -> None:
    # 5000 digits: Python's own limit (4300) used to end the CLI and the GUI in a ValueError traceback.
    text = bundled_dataset_path().read_text(encoding="utf-8")
    assert '"schema_version": 1' in text
    path = tmp_path / "data.json"
    path.write_text(text.replace('"schema_version": 1', '"schema_version": ' + "9" * digits, 1), encoding="utf-8")
    assert _problem(path) == f"a whole number of {digits} digits is out of range for any value"


def test_a_field_name_with_a_line_break_is_refused_in_one_line(tmp_path) -> None:
    """Found by the fuzzer: a key "\\n" passed the gate's name check and split its message over two lines."""
    import json

    import pytest

    from kzdesk.core.dataset import DatasetError, bundled_dataset_path, load_dataset

    payload = json.loads(bundled_dataset_path().read_text(encoding="utf-8"))
    payload["statistics"][0]["value"] = {"\n": 1}
    path = tmp_path / "names.json"
    path.write_text(json.dumps(payload), encoding="utf-8")
    with pytest.raises(DatasetError) as refused:
        load_dataset(path)
    assert "\n" not in str(refused.value) and "field name" in str(refused.value)

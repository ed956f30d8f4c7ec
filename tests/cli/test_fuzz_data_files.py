"""Fuzzing data files through the gate and then every command: no crash, no hang, valid JSON."""

from __future__ import annotations

import contextlib
import copy
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kzdesk.cli.main import main
from kzdesk.core.dataset import MAX_MAGNITUDE, DatasetError, bundled_dataset_path, load_dataset

PAYLOAD = json.loads(bundled_dataset_path().read_text(encoding="utf-8"))
COMMANDS = [
    ["sections"], ["section", "section-1"], ["proposals"], ["proposals", "--query", "суд"], ["stats"],
    ["projects"], ["legislation"], ["documents"], ["glossary"], ["search", "corruption"],
]  # fmt: skip
#: Places in the dataset a hostile file would change, each a path of keys and indexes.
PLACES = [
    ("statistics", 0, "value"), ("statistics", 0, "year"), ("statistics", 1, "indicator"),
    ("proposals", 0, "number"), ("proposals", 0, "text"), ("sections", 0, "paragraphs", 0, "text"),
    ("sections", 0, "title"), ("documents", 0, "number"), ("glossary", 0, "term"), ("projects", 0, "name"),
]  # fmt: skip
EDGE_NUMBERS = st.sampled_from([0, -1, 2**31, 2**53 + 1, 10**20, -(10**20), 1e15, -1e15, 1e16, 5e-324, 1e308, 0.1])
VALUES = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(min_value=-(10**25), max_value=10**25),
    EDGE_NUMBERS,
    st.text(max_size=60),
    st.text(alphabet=st.characters(max_codepoint=0x9F), max_size=20),
    st.none(),
    st.booleans(),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)


def _set(payload: dict[str, Any], place: tuple[Any, ...], value: Any) -> None:
    target: Any = payload
    for key in place[:-1]:
        target = target[key]
    target[place[-1]] = value


def _run(*args: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    assert "Traceback" not in err.getvalue()
    assert code == 0 or err.getvalue().count("\n") == 1, err.getvalue()
    return code, out.getvalue()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(place=st.sampled_from(PLACES), value=VALUES)
def test_fuzzed_data_file_is_refused_or_served(tmp_path: Path, place: tuple[Any, ...], value: Any) -> None:
    payload = copy.deepcopy(PAYLOAD)
    _set(payload, place, value)
    path = tmp_path / "fuzz.json"
    # allow_nan: the file may hold what Python would write; the gate must refuse it.
    path.write_text(json.dumps(payload, ensure_ascii=False, allow_nan=True), encoding="utf-8")
    try:
        load_dataset(path)
    except DatasetError as error:
        assert "\n" not in str(error)
        code, out = _run("--data", str(path), "stats", "--json")
        assert code == 2 and out == ""
        return
    for command in COMMANDS:
        code, out = _run("--data", str(path), *command, "--json")
        assert code in (0, 2)
        if code == 0:
            json.loads(out)
        _run("--data", str(path), *command)  # the table too


def _edge_dataset(tmp_path: Path) -> Path:
    """The largest values the gate lets through, where the crashes were (charts, numbers, paper)."""
    payload = copy.deepcopy(PAYLOAD)
    _set(payload, ("statistics", 0, "value"), MAX_MAGNITUDE)
    _set(payload, ("statistics", 1, "value"), -MAX_MAGNITUDE)
    _set(payload, ("proposals", 0, "number"), 100_000)
    _set(payload, ("sections", 1, "paragraphs", 0, "text"), "слово " * 16_000)
    path = tmp_path / "edge.json"
    path.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    load_dataset(path)
    return path


@pytest.mark.parametrize(
    "args",
    [["gui", "--screenshot-dir", "{tmp}/shots"], ["print", "--statistics", "-o", "{tmp}/s.pdf"]],
    ids=["screenshots", "print-statistics"],
)
def test_edge_values_survive_the_gui_and_printing(tmp_path: Path, args: list[str]) -> None:
    data = _edge_dataset(tmp_path)
    command = [a.replace("{tmp}", str(tmp_path)) for a in args]
    result = subprocess.run(
        [sys.executable, "-m", "kzdesk", "--data", str(data), *command],
        capture_output=True,
        text=True,
        timeout=240,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr

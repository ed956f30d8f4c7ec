"""Output the user can trust: bounded, escape-free, always valid JSON."""

from __future__ import annotations

import json
import math
import subprocess
import sys

import pytest

from kzdesk.cli.main import dumps
from kzdesk.core.safetext import MAX_QUERY, clean_query, strip_controls


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kzdesk", *args], input=stdin, capture_output=True, text=True, timeout=60
    )


def test_long_query_is_refused_in_one_line() -> None:
    result = run("search", "коррупция " * 5_000, "--json")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and f"the limit is {MAX_QUERY}" in result.stderr


def test_long_stdin_line_gets_an_empty_answer_and_the_others_are_answered() -> None:
    result = run("search", "--stdin", "--json", stdin="x" * 100_000 + "\ncorruption\n")
    lines = result.stdout.splitlines()
    assert len(result.stdout) < 100_000
    assert json.loads(lines[0]) == [] and json.loads(lines[1])


def test_zero_width_space_inside_a_word_is_ignored() -> None:
    assert clean_query("corr\u200bup\u200dtion") == "corruption"
    plain = json.loads(run("search", "corruption", "--json").stdout)
    split = json.loads(run("search", "corr\u200bup\u200dtion", "--json").stdout)
    assert [h["id"] for h in split] == [h["id"] for h in plain]
    assert all("corrected" not in h for h in split)


def test_a_correction_repeated_by_every_hit_stays_short() -> None:
    # Issue 16: every hit repeats `corrected`; a long pasted query made it the whole text each time.
    # The contract keeps the key on each hit (README), so the correction itself is bounded: it is
    # the words searched (MAX_WORDS of them), then "…".
    from kzdesk.core.search.query import MAX_WORDS

    query = ("corupption " * 200)[:MAX_QUERY].strip()
    hits = json.loads(run("search", query, "--json", "--limit", "1000").stdout)
    assert hits and len({h["corrected"] for h in hits}) == 1
    corrected = hits[0]["corrected"]
    assert corrected.endswith(" …") and corrected.split()[:-1] == ["corruption"] * MAX_WORDS
    assert all(len(h["corrected"]) <= 12 * MAX_WORDS for h in hits)
    short = json.loads(run("search", "corupption procurement", "--json").stdout)
    assert all(h["corrected"] == "corruption procurement" for h in short)


def test_escape_sequences_never_reach_table_output() -> None:
    result = run("search", "\x1b]0;owned\x07corruption \x1b[2J\x9b31m")
    assert result.returncode == 0
    assert not any(ord(c) < 32 and c != "\n" or 0x7F <= ord(c) < 0xA0 for c in result.stdout + result.stderr)
    assert strip_controls("a\x1b[31mb\x1b]0;t\x07c\x00d") == "abcd"


def test_error_messages_carry_no_escapes() -> None:
    result = run("section", "\x1b[31mnope")
    assert result.returncode == 2 and "\x1b" not in result.stderr


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_json_output_refuses_non_finite_numbers(value: float) -> None:
    with pytest.raises(ValueError):
        dumps({"value": value})


@pytest.mark.parametrize("name", ["a" * 300 + ".pdf", "/".join(["d" * 250] * 20) + "/x.pdf"])
def test_print_with_too_long_a_name_is_one_line(tmp_path, name: str) -> None:  # type: ignore[no-untyped-def]
    result = subprocess.run(
        [sys.executable, "-m", "kzdesk", "print", "--section", "section-1", "-o", str(tmp_path / name)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "longer than" in result.stderr, result.stderr


def test_headless_gui_with_bad_data_exits_2_without_a_dialog(tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    for extra in (["--exit-after-startup"], ["--screenshot-dir", str(tmp_path / "shots")]):
        result = subprocess.run(
            [sys.executable, "-m", "kzdesk", "--data", str(bad), "gui", *extra],
            capture_output=True,
            text=True,
            timeout=60,
            env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        assert result.returncode == 2, result.stderr
        assert "cannot use the data file" in result.stderr

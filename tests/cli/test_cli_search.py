"""``kzdesk search`` and ``kzdesk proposals --query`` end to end, in a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest

HIT_KEYS = {"kind", "id", "title", "snippet", "score"}
OPTIONAL_KEYS = {"paragraph", "corrected", "partial"}


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kzdesk", *args], input=stdin, capture_output=True, text=True, timeout=60
    )


def run_json(*args: str) -> Any:
    result = run(*args, "--json")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return json.loads(result.stdout)


def check_hits(hits: list[dict[str, Any]]) -> None:
    for hit in hits:
        assert HIT_KEYS <= set(hit) <= HIT_KEYS | OPTIONAL_KEYS
        assert ("paragraph" in hit) == (hit["kind"] == "section")
    assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)


def test_search_json() -> None:
    hits = run_json("search", "Adal kómek")
    check_hits(hits)
    assert hits[0]["id"] == "project-adal-komek" and hits[0]["title"] == "Adal Komek"
    sections = [h for h in hits if h["kind"] == "section"]
    assert any(h["id"] == "section-9" and h["paragraph"].startswith("section-9-p") for h in sections)
    assert not any("corrected" in h for h in hits)


def test_search_reports_the_correction_on_every_hit() -> None:
    hits = run_json("search", "procuremnt")
    check_hits(hits)
    assert hits and all(h["corrected"] == "procurement" for h in hits)


@pytest.mark.parametrize("query", ['"', "", "*", "AND", "NEAR(", "text:foo", "\\", "😀"])
def test_search_hostile_text(query: str) -> None:
    hits = run_json("search", query)
    assert isinstance(hits, list)
    check_hits(hits)


def test_search_kind_and_limit() -> None:
    hits = run_json("search", "land", "--kind", "proposal", "--limit", "3")
    assert len(hits) == 3 and {h["kind"] for h in hits} == {"proposal"}
    assert hits[0]["id"] == "proposal-28"


def test_search_stdin_json_lines() -> None:
    queries = ["proposal 12", '"', "", "Адал Көмек", "zzzzqqqq"]
    result = run("search", "--stdin", "--json", "--limit", "2", stdin="\n".join(queries) + "\n")
    assert result.returncode == 0 and result.stderr == ""
    lines = result.stdout.splitlines()
    assert len(lines) == len(queries)
    answers = [json.loads(line) for line in lines]
    assert answers[0][0]["id"] == "proposal-12"
    assert answers[1] == [] and answers[2] == [] and answers[4] == []
    assert answers[3][0]["id"] == "project-adal-komek" and answers[3][0]["corrected"] == "Adal Komek"
    for answer in answers:
        check_hits(answer)


def test_search_readable_table() -> None:
    result = run("search", "Bolashaq", "--limit", "3")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "Showing results for: Bolashak"
    assert lines[1].split()[:3] == ["KIND", "WHERE", "TITLE"]
    assert lines[2].startswith("project") and "project-bolashak" in lines[2]
    assert run("search", "zzzzqqqq").stdout.strip() == "No results."


def test_proposals_query_ranks_and_keeps_the_theme_filter() -> None:
    ranked = run_json("proposals", "--query", "procurment")
    assert ranked[0]["id"] == "proposal-11"
    assert all(isinstance(p["score"], float) and {"id", "number", "text", "themes"} <= set(p) for p in ranked)
    assert len(ranked) < 40
    themed = run_json("proposals", "--query", "land", "--theme", "land")
    assert themed and all("land" in p["themes"] for p in themed)
    everything = run_json("proposals", "--query", "land")
    assert [p["id"] for p in themed] == [p["id"] for p in everything if "land" in p["themes"]]
    assert len(run_json("proposals", "--query", " ")) == 40  # a blank query filters nothing


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("search", "x", "--kind", "nope"), "invalid choice: 'nope'"),
        (("search",), "give a QUERY to search for"),
        (("search", "x", "--stdin"), "give a QUERY or --stdin, not both"),
        (("search", "x", "--limit", "0"), "invalid limit '0'"),
        (("search", "x", "--limit", "many"), "invalid limit 'many'"),
    ],
)
def test_search_usage_errors(args: tuple[str, ...], message: str) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and message in result.stderr
    assert "Traceback" not in result.stderr


def test_questions_and_stop_words_are_neither_corrected_nor_partial() -> None:
    # Issue 11: "what" was typo-corrected to "that" and every question flagged partial.
    hits = run_json("search", "what was saved in procurement")
    check_hits(hits)
    assert hits and not any("corrected" in h or "partial" in h for h in hits)
    assert hits[0]["id"] in ("stat-procurement-distance-learning-devices-saved", "section-5")
    hits = run_json("search", "the conflict of interests")
    assert hits[0]["id"] == "proposal-12" and not any("corrected" in h or "partial" in h for h in hits)


def test_partial_and_corrected_say_what_happened() -> None:
    hits = run_json("search", "how many calls did the call center receive")
    assert hits and all(h.get("partial") is True for h in hits) and not any("corrected" in h for h in hits)
    hits = run_json("search", "how many pharmcies were covered")
    assert hits[0]["id"] == "stat-covid-medicines-monitoring-pharmacies"
    assert all(h["corrected"] == "how many pharmacies were covered" for h in hits)
    assert not any("partial" in h for h in hits)


@pytest.mark.parametrize("limit", ["99999999999999999999", "9" * 5000])
def test_a_huge_limit_is_no_traceback(limit: str) -> None:
    # 20 digits used to end in "OverflowError: Python int too large to convert to SQLite INTEGER".
    result = run("search", "land", "--json", "--limit", limit)
    assert "Traceback" not in result.stderr
    if result.returncode == 0:
        assert json.loads(result.stdout) == run_json("search", "land", "--limit", "1000000")
    else:
        assert result.returncode == 2 and "invalid limit" in result.stderr

"""``kzdesk print`` end to end: headless, in a subprocess, as a user runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest

from kzdesk import __version__


def run(*args: str, display: bool = False) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    if display:
        env["QT_QPA_PLATFORM"] = "xcb"  # a platform that cannot start here: the command must not need it
    return subprocess.run(
        [sys.executable, "-m", "kzdesk", "print", *args], capture_output=True, text=True, timeout=120, env=env
    )


def text_of(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages)


def test_section_summary_without_a_display(tmp_path: Path) -> None:
    out = tmp_path / "section-1.pdf"
    result = run("--section", "section-1", "-o", str(out), display=True)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    pages = len(pypdf.PdfReader(out).pages)
    assert result.stdout == f"wrote {out} ({pages} page{'s' if pages != 1 else ''})\n"
    text = text_of(out)
    assert "1. Criminal law statistics" in text
    assert "Anti-Corruption Service 1,717 1,632 -5%" in text
    assert f"National Report on Combating Corruption, Kazakhstan, 2020 — kzdesk {__version__}" in text
    assert f"page {pages} of {pages}" in text
    assert [p.name for p in tmp_path.iterdir()] == ["section-1.pdf"]


def test_proposals_by_theme_on_letter_paper_with_json(tmp_path: Path) -> None:
    out = tmp_path / "land.pdf"
    result = run("--proposals", "--theme", "land", "--page-size", "Letter", "-o", str(out), "--json")
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record == {"path": str(out.resolve()), "pages": len(pypdf.PdfReader(out).pages)}
    assert round(float(pypdf.PdfReader(out).pages[0].mediabox.height)) == 792
    text = text_of(out)
    assert "theme: Land and real estate" in text
    assert "28) digitalization of process of granting agricultural land" in text
    assert "19) approval of anti-corruption standards for the judicial system" not in text


def test_proposals_by_query(tmp_path: Path) -> None:
    pytest.importorskip("kzdesk.core.search", reason="the search engine is not in this checkout")
    out = tmp_path / "customs.pdf"
    result = run("--proposals", "--query", "customs", "-o", str(out))
    assert result.returncode == 0, result.stderr
    text = text_of(out)
    assert "37) exceptions to customs inspection of container transit trains" in text
    assert "19) approval of anti-corruption standards" not in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--section", "section-1", "-o", "{tmp}/missing/out.pdf"), "the folder {tmp}/missing does not exist"),
        (("--section", "section-1", "-o", "{tmp}"), "{tmp} is a folder"),
        (("--section", "section-1", "-o", "{tmp}/out.txt"), "must end in .pdf"),
        (("--section", "section-1", "-o", "/proc/kzdesk-out.pdf"), "cannot write /proc/kzdesk-out.pdf"),
        (("--section", "section-99", "-o", "{tmp}/out.pdf"), "no section with id 'section-99'"),
        (("--proposals", "--theme", "weather", "-o", "{tmp}/out.pdf"), "unknown theme 'weather'"),
        (("--statistics", "--theme", "land", "-o", "{tmp}/out.pdf"), "--theme goes with --proposals"),
        (("--report", "--query", "land", "-o", "{tmp}/out.pdf"), "--query goes with --proposals, --statistics"),
        (("--section", "section-1", "--query", "x", "-o", "{tmp}/out.pdf"), "--query goes with --proposals"),
        (("--glossary", "--section", "section-1", "-o", "{tmp}/out.pdf"), "--section goes alone"),
        (("--projects", "--legislation", "-o", "{tmp}/out.pdf"), "not allowed with argument"),
        (("--statistics", "--section", "section-99", "-o", "{tmp}/out.pdf"), "no section with id 'section-99'"),
        (("--proposals", "--full-text", "-o", "{tmp}/out.pdf"), "--full-text goes with --section"),
        (("--report", "--page-size", "A5", "-o", "{tmp}/out.pdf"), "invalid page size 'A5'"),
        (("--report",), "the following arguments are required: -o/--output"),
        (("-o", "{tmp}/out.pdf"), "say what to print: --section ID, --proposals, --statistics"),
    ],
)
def test_bad_requests_exit_2_with_one_line_and_no_file(args: tuple[str, ...], message: str, tmp_path: Path) -> None:
    result = run(*(a.format(tmp=tmp_path) for a in args))
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("kzdesk: ")
    assert message.format(tmp=tmp_path) in result.stderr
    assert "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []
    assert not Path("/proc/kzdesk-out.pdf").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into a read-only folder")
def test_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        result = run("--report", "-o", str(folder / "out.pdf"))
    finally:
        folder.chmod(0o700)
    assert result.returncode == 2 and "no permission to write" in result.stderr
    assert list(folder.iterdir()) == []


def figure_rows(text: str) -> int:
    """Rows of a figures printout: every row ends in its source, "Section N, para. M"."""
    import re

    return len(re.findall(r"Section \d+, para\. \d+", text))


def test_statistics_filtered_by_section_and_query(tmp_path: Path) -> None:
    from kzdesk.core.dataset import load_dataset
    from kzdesk.core.listings import figures_listing

    expected = figures_listing(load_dataset(), section="section-1", query="crimes")
    assert 0 < len(expected.figures) < expected.total
    out = tmp_path / "stats.pdf"
    result = run("--statistics", "--section", "section-1", "--query", "crimes", "-o", str(out))
    assert result.returncode == 0, result.stderr
    text = text_of(out)
    assert f"{len(expected.figures)} of {expected.total} figures" in text
    assert "filter: “crimes”" in text
    body = text.split("in the order shown", 1)[1]
    assert figure_rows(body) == len(expected.figures)


@pytest.mark.parametrize(
    ("option", "query", "expect"),
    [
        ("--legislation", "", "Source documents"),
        ("--projects", "", "Projects"),
        ("--glossary", "", "List of abbreviations"),
        ("--glossary", "service", "filter: “service”"),
    ],
)
def test_listings(option: str, query: str, expect: str, tmp_path: Path) -> None:
    out = tmp_path / "listing.pdf"
    result = run(option, *(("--query", query) if query else ()), "-o", str(out))
    assert result.returncode == 0, result.stderr
    text = text_of(out)
    assert expect in text
    assert "(section-" not in text  # no internal ids on paper
    assert pypdf.PdfReader(out).outline  # every PDF has bookmarks

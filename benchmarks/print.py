"""Printing budgets (issue 5), measured as a user runs the command line, offscreen.

1. ``kzdesk print --section section-1`` (with its charts) against ``kzdesk sections --json``:
   wall time over RUNS pairs of runs, each pair back to back so that load on the machine
   hits both alike. Budget: the median summary ≤ 1 s, and the median of the pairs'
   ratios ≤ 3 (the ratio of the two medians is printed too).
   Then every section's summary (introduction, 1–13, conclusions) against the same listing,
   SECTION_RUNS pairs each: the median ratio ≤ 3 and the PDF ≤ 2 pages, for every section.
2. ``kzdesk print --report`` (the whole report, table of contents, charts, PDF outline and
   contents links): median wall time over REPORT_RUNS runs. Budget (issue 9): ≤ 2 s.
3. ``kzdesk print --statistics --section section-1 --query crimes`` (a filtered Statistics
   view, as the tab prints it): median wall time over RUNS runs. Budget (issue 9): ≤ 1 s.
4. ``kzdesk brief`` of a 20-item pack (two section summaries, proposals, figures, tables,
   charts, a paragraph, an act, a project, a source document, text blocks) to PDF and to
   DOCX (charts drawn as PNG): median wall time over BRIEF_RUNS runs each, paired with the
   section 1 summary PDF. Budget (issue 13): ≤ 2 s each and ≤ 3 × the summary (median of
   the pairs' ratios). ``python benchmarks/print.py --briefing`` measures only this part.

Both commands run the way an installed kzdesk does, with Python's bytecode cache (a
wheel installed by pip has it). A checkout run with PYTHONDONTWRITEBYTECODE=1 would
instead recompile every kzdesk module on every start; the cache goes to a temporary
folder, never into the source tree. One warm-up run of each command fills it.

Prints every figure and exits 1 if any budget is missed.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 11
SECTION_RUNS = 5
SECTIONS = ["section-introduction", *(f"section-{n}" for n in range(1, 14)), "section-conclusions"]
MAX_PAGES = 2
REPORT_RUNS = 5
SECTION_BUDGET_S = 1.0
RATIO_BUDGET = 3.0
REPORT_BUDGET_S = 2.0
FILTERED_BUDGET_S = 1.0
BRIEF_RUNS = 7
BRIEF_BUDGET_S = 2.0
BRIEF_ITEMS = [
    "section-5", "section-1", "proposal-2", "proposal-3", "proposal-7", "proposal-22", "proposal-30",
    "stat-service-model-service-akimats", "stat-public-services-digitalization-level",
    "stat-survey-public-services-satisfaction", "stat-antikor-ortalygy-service-centers",
    "table-1", "table-2", "chart-table-1", "chart-survey-tk-no-other-options-share", "section-3-p2",
    "act-ban-foreign-bank-accounts", "project-adaldyq-alany", "document-3",
]  # fmt: skip


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"print benchmark: {' '.join(command)} failed: {result.stderr.strip()}")
    return elapsed


def _pages(path: Path) -> int:
    import pypdf  # a test dependency: the benchmark runs in the test environment

    return len(pypdf.PdfReader(path).pages)


def brief_command(kzdesk: list[str], out: Path) -> list[str]:
    """``kzdesk brief`` of 20 items: BRIEF_ITEMS and a text block of the user's."""
    command = [*kzdesk, "brief", "--title", "Benchmark briefing", "--text", "Why this briefing: a benchmark."]
    for item in BRIEF_ITEMS:
        command += ["--item", item]
    return [*command, "-o", str(out)]


def briefing_checks(kzdesk: list[str], env: dict[str, str], scratch: Path) -> list[tuple[str, bool]]:
    section_pdf = [*kzdesk, "print", "--section", "section-1", "-o", str(scratch / "section-1.pdf")]
    checks = []
    for suffix in ("pdf", "docx"):
        command = brief_command(kzdesk, scratch / f"brief.{suffix}")
        for warm in (section_pdf, command):
            timed(warm, env)
        summary, brief = [], []
        for _ in range(BRIEF_RUNS):
            summary.append(timed(section_pdf, env))
            brief.append(timed(command, env))
        brief_s = statistics.median(brief)
        ratio = statistics.median(b / s for b, s in zip(brief, summary, strict=True))
        checks.append(
            (
                f"20-item briefing {suffix.upper()}: {brief_s:.3f} s (budget {BRIEF_BUDGET_S:.1f} s), "
                f"{ratio:.2f} × the section 1 summary PDF ({statistics.median(summary):.3f} s; budget "
                f"{RATIO_BUDGET:.1f} ×)",
                brief_s <= BRIEF_BUDGET_S and ratio <= RATIO_BUDGET,
            )
        )
    return checks


def _environment(scratch: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONPYCACHEPREFIX=str(Path(scratch) / "pycache"))
    env.update(XDG_DATA_HOME=str(Path(scratch) / "data"), APPDATA=str(Path(scratch) / "data"))  # no real workspace
    return env


def _report(checks: list[tuple[str, bool]]) -> int:
    for text, ok in checks:
        print(f"  {'ok  ' if ok else 'MISS'} {text}")
    return 0 if all(ok for _, ok in checks) else 1


def main() -> int:
    if "--briefing" in sys.argv[1:]:
        with tempfile.TemporaryDirectory(prefix="kzdesk-bench-") as scratch:
            checks = briefing_checks([sys.executable, "-m", "kzdesk"], _environment(scratch), Path(scratch))
        print(f"print benchmark (briefings only): medians of {BRIEF_RUNS} runs, wall time of each process")
        return _report(checks)
    with tempfile.TemporaryDirectory(prefix="kzdesk-bench-") as scratch:
        env = _environment(scratch)
        kzdesk = [sys.executable, "-m", "kzdesk"]
        sections = [*kzdesk, "sections", "--json"]
        section_pdf = [*kzdesk, "print", "--section", "section-1", "-o", str(Path(scratch) / "section-1.pdf")]
        report_pdf = [*kzdesk, "print", "--report", "-o", str(Path(scratch) / "report.pdf")]
        filtered_pdf = [*kzdesk, "print", "--statistics", "--section", "section-1", "--query", "crimes"]
        filtered_pdf += ["-o", str(Path(scratch) / "statistics.pdf")]

        for command in (sections, section_pdf, report_pdf, filtered_pdf):
            timed(command, env)  # warm-up: bytecode cache, font caches, disk cache
        listing, summary = [], []
        for _ in range(RUNS):
            listing.append(timed(sections, env))
            summary.append(timed(section_pdf, env))
        report = [timed(report_pdf, env) for _ in range(REPORT_RUNS)]
        filtered = [timed(filtered_pdf, env) for _ in range(RUNS)]
        per_section: dict[str, tuple[float, int]] = {}
        for section in SECTIONS:
            out = Path(scratch) / f"{section}.pdf"
            command = [*kzdesk, "print", "--section", section, "-o", str(out)]
            ratios = []
            for _ in range(SECTION_RUNS):
                base = timed(sections, env)
                ratios.append(timed(command, env) / base)
            per_section[section] = (statistics.median(ratios), _pages(out))
        briefings = briefing_checks(kzdesk, env, Path(scratch))

    listing_s, summary_s, report_s, filtered_s = (statistics.median(v) for v in (listing, summary, report, filtered))
    ratio = statistics.median(s / t for s, t in zip(summary, listing, strict=True))
    checks = [
        (f"section 1 summary PDF: {summary_s:.3f} s (budget {SECTION_BUDGET_S:.1f} s)", summary_s <= SECTION_BUDGET_S),
        (
            f"ratio to `kzdesk sections --json` ({listing_s:.3f} s): {ratio:.2f} × per pair, "
            f"{summary_s / listing_s:.2f} × of the medians (budget {RATIO_BUDGET:.1f} ×)",
            ratio <= RATIO_BUDGET,
        ),
        (
            f"whole report PDF with outline: {report_s:.3f} s (budget {REPORT_BUDGET_S:.1f} s)",
            report_s <= REPORT_BUDGET_S,
        ),
        (
            f"filtered statistics PDF: {filtered_s:.3f} s (budget {FILTERED_BUDGET_S:.1f} s)",
            filtered_s <= FILTERED_BUDGET_S,
        ),
    ]
    for section, (section_ratio, pages) in per_section.items():
        checks.append(
            (
                f"{section}: {section_ratio:.2f} × `sections --json` ({SECTION_RUNS} pairs), {pages} page(s) "
                f"(budget {RATIO_BUDGET:.1f} ×, {MAX_PAGES} pages)",
                section_ratio <= RATIO_BUDGET and pages <= MAX_PAGES,
            )
        )
    print(f"print benchmark: medians of {RUNS} runs ({REPORT_RUNS} for the report), wall time of each process")
    return _report(checks + briefings)


if __name__ == "__main__":
    sys.exit(main())

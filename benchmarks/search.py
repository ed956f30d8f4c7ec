"""Search budgets (issue 3), measured in one process.

1. Index build for the bundled report: ≤ 50 ms (median of BUILD_RUNS builds; the
   first, cold build is printed too).
2. Per query over the bundled report, for the fixed list QUERIES below (what officials
   type: words, word forms, half-typed words, typos, names in several spellings,
   Cyrillic, quoted phrases, proposal numbers): median ≤ 1 ms, p99 ≤ 5 ms. The list
   runs on a fresh index with every cache cold, COLD_PASSES times (a new index and
   new caches each time), and each query counts with its best of those cold runs:
   other processes on the machine then cannot inflate it, and no warm cache helps it.
3. Scale: a synthetic corpus 100× the report, built from the report's own sentences
   recombined into new paragraphs and entities: median ≤ 10 ms for the same list.
4. With the user's notes (issue 12): the same list over the report and a workspace of
   1,000 generated notes (benchmarks/workspace_data.py, in a temporary folder), each query
   the report's search plus the notes' (``WorkspaceNotes.add_to``), measured as in 2 (a
   fresh index and a fresh notes index each pass, best of the passes): median ≤ 1 ms.
   The first search, which reads the notes from the file, is printed too (no budget).

Prints every figure and the ratios to the budgets; exits 1 if a budget is missed.
"""

from __future__ import annotations

import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

from kzdesk.core.dataset import load_dataset
from kzdesk.core.model import Dataset
from kzdesk.core.search import SearchIndex
from kzdesk.core.search.entries import Entry, build_entries
from kzdesk.core.search.notes import WorkspaceNotes
from kzdesk.core.search.text import Stemmer

BUILD_RUNS = 9
COLD_PASSES = 3
BUILD_BUDGET_MS = 50.0
MEDIAN_BUDGET_MS = 1.0
P99_BUDGET_MS = 5.0
SCALE = 100
SCALE_MEDIAN_BUDGET_MS = 10.0

# fmt: off
QUERIES = (
    # single words and word forms
    "corruption", "procurement", "procurements", "judges", "judge", "courts", "bribe", "bribes", "bribery",
    "digitalize", "digitalization", "digital", "land", "cadastre", "whistleblowing", "whistleblower", "volunteers",
    "pharmacies", "medicines", "pandemic", "coronavirus", "universities", "schoolchildren", "akimats", "police",
    "prosecutors", "parole", "embezzlement", "fraud", "slander", "compliance", "transparency", "accountability",
    "budget", "customs", "grain", "licensing", "construction", "railway", "tickets", "scholarship", "integrity",
    "ethics", "survey", "respondents", "index", "percentile", "monitoring", "expertise", "legislation", "punishment",
    "fines", "gifts", "relatives", "salaries", "remuneration", "housing", "inspections", "registers", "reserve",
    "veterinary", "monopolies",
    # several words
    "public procurement", "land plots", "land plot", "digital tenge", "conflict of interest", "conflict of interests",
    "illegal enrichment", "integrity check", "public control", "public councils", "anti-corruption service",
    "anti-corruption culture", "anti-corruption expertise", "civil servants", "civil service", "quasi-public sector",
    "national companies", "law enforcement officers", "special monitoring group", "corruption perception index",
    "transparency international", "world bank percentile", "action plan", "anti-corruption strategy", "service model",
    "front offices", "self-service corners", "open budgets", "participation budget", "election observation",
    "peaceful assemblies", "political party", "women quota", "foreign bank accounts", "abuse of office",
    "taking bribe", "giving bribe", "economic investigation service", "national security committee",
    "ministry of internal affairs", "prosecution bodies", "administrative procedural code",
    "criminal code article 366", "judge conciliator", "automated distribution of cases", "remote trials",
    "online trials", "housing payments", "electronic tracking", "e-criminal case", "chief data officer",
    "inter-district divisions", "call center 1424", "reward for reporting corruption", "bolashak scholarship",
    "environmental damage", "state reserve food", "ventilation devices", "masks overpricing",
    "distance learning laptops", "budget funds saved", "road assets", "agricultural land", "corn market",
    "grain receipts", "container transit trains", "marking and traceability of goods", "real estate cadastre",
    "geoportals of akimats", "temporary storage warehouses", "personnel commissions", "register of corrupt officials",
    "community service", "self-regulating organizations", "shadow economy", "artificial intelligence",
    "draft regulatory legal acts", "open regulatory acts portal", "theses database", "school clubs",
    # names, in more than one spelling
    "Adal Komek", "Adal kómek", "adal komek", "Adaldyq alany", "adaldyk alany", "Adal bilim", "Adal Zhol",
    "Sapaly Zhol", "Antikor Ortalygy", "Antikor-HR", "Antikor Stat", "Antikor Live", "Antikor News", "Adal Urpaq",
    "Sanaly Urpaq", "Zhas Ulan", "Izgilik elshisi", "Ashyk Budget", "Bolashak", "Atameken", "Samruk Kazyna",
    "Kazakhtelecom", "Temir Zholy", "SK-Pharmacy", "Nur Otan", "ZHANARU", "Birge", "TALAP", "kaspi.kz",
    "publicbudget.kz", "expertize.kz",
    # abbreviations
    "GRECO", "OECD", "FATF", "SMG", "MDDIAI", "MDPIAI", "PSC", "UNT", "ERSOI", "UNDP", "JSC", "NCE",
    # typos
    "procurment", "procuremnt", "corupption", "corrupton", "bribary", "judicail", "whistleblowng", "digitalisation",
    "organisation", "programme", "centre", "licence", "transparancy", "goverment", "integraty", "complience",
    "enterpreneurs", "embezzlment", "volonteers", "pharmacys", "univercities", "legeslation", "punishmnet",
    "Adal Komk", "Adaldyk", "Sapally Zhol", "Bolashaq",
    # half-typed (search as you type)
    "proc", "procu", "procure", "procurem", "procureme", "corr", "corrup", "judg", "digitaliz", "whistle", "adal k",
    "adal ko", "land pl", "anti-corr", "conflict of int", "publ", "public con",
    # Cyrillic
    "коррупция", "взятка", "взятки", "суд", "госзакупки", "земля", "счёт", "отчёт", "Адал Көмек", "Адалдық алаңы",
    "Сапалы Жол", "Антикор", "Болашак", "предложение 12", "пандемия",
    # phrases and numbers
    '"land plot"', '"digital tenge"', '"public control"', '"Adal bilim"', '"anti-corruption compliance"',
    "proposal 12", "proposal 1", "12", "40", "No. 27", "1,717", "1717", "1632", "50.7", "94th place", "38 points",
    "2020", "KZT 95.6 billion", "2.4%", "317 service akimats",
)
# fmt: on


def synthetic_entries(entries: list[Entry], copies: int) -> list[Entry]:
    """``copies`` × the report: each copy keeps the entities' names and recombines
    the report's own sentences into new bodies (so words and phrases are the report's,
    but no two paragraphs are the same)."""
    sentences = [s for e in entries for s in re.split(r"(?<=[.;])\s+", e.text) if len(s) > 20]
    rng = random.Random(2020)
    built = list(entries)
    for copy in range(1, copies):
        for entry in entries:
            body = " ".join(rng.sample(sentences, rng.randint(1, 3)))
            title, names, _, context = entry.columns
            built.append(
                entry._replace(
                    id=f"{entry.id}-copy{copy}", text=body, columns=(title, names, body, context), number=None
                )
            )
    return built


def time_queries(index: SearchIndex) -> list[float]:
    latencies = []
    for query in QUERIES:
        started = time.perf_counter()
        index.search(query)
        latencies.append((time.perf_counter() - started) * 1000)
    return latencies


def time_queries_with_notes(index: SearchIndex, notes: WorkspaceNotes) -> list[tuple[float, float]]:
    """Per query, the report's part and the notes' part of one search, in milliseconds."""
    latencies = []
    for query in QUERIES:
        started = time.perf_counter()
        result = index.search(query)
        between = time.perf_counter()
        notes.add_to(result)
        latencies.append(((between - started) * 1000, (time.perf_counter() - between) * 1000))
    return latencies


class NotesRun(NamedTuple):
    total: list[float]  # per query, best of the passes: the report's search plus the notes'
    report: list[float]  # … the report's part alone, in the same runs
    notes: list[float]  # … the notes' part alone
    firsts: list[float]  # each pass's first search (reads the notes in)
    count: int
    found: int  # queries that find a note


def notes_passes(dataset: Dataset) -> NotesRun:
    """The query list COLD_PASSES times over a fresh index and fresh notes of 1,000 notes."""
    from kzdesk.core.editions import edition_key
    from workspace_data import NOTES, make_workspace

    with tempfile.TemporaryDirectory() as folder:
        path = make_workspace(dataset, Path(folder) / "workspace.sqlite", notes=NOTES, tracked=40)
        edition = edition_key(dataset.report)
        passes, firsts = [], []
        for _ in range(COLD_PASSES):
            index = SearchIndex.from_dataset(dataset, stemmer=Stemmer())
            notes = WorkspaceNotes(path, edition)
            started = time.perf_counter()
            notes.search("first search")
            firsts.append((time.perf_counter() - started) * 1000)
            passes.append(time_queries_with_notes(index, notes))
        found = sum(bool(notes.search(q, limit=1)) for q in QUERIES)
        count = len(notes.index)
        notes.close()
    per_query = list(zip(*passes, strict=True))
    return NotesRun(
        [min(a + b for a, b in runs) for runs in per_query],
        [min(a for a, _ in runs) for runs in per_query],
        [min(b for _, b in runs) for runs in per_query],
        firsts,
        count,
        found,
    )


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def verdict(name: str, value: float, budget: float) -> bool:
    ok = value <= budget
    state = "ok" if ok else "MISSED"
    print(f"{name:<44} {value:9.3f} ms   budget {budget:6.1f} ms   ratio {value / budget:5.2f}   {state}")
    return ok


def main() -> int:
    if len(QUERIES) < 200 or len(set(QUERIES)) != len(QUERIES):
        raise SystemExit(f"the query list must hold at least 200 distinct queries, not {len(set(QUERIES))}")
    dataset = load_dataset()
    builds = []
    for _ in range(BUILD_RUNS):
        stemmer = Stemmer()  # a fresh stem cache each time: every build starts cold
        started = time.perf_counter()
        index = SearchIndex.from_dataset(dataset, stemmer=stemmer)
        builds.append((time.perf_counter() - started) * 1000)
    passes = []
    for _ in range(COLD_PASSES):
        cold_index = SearchIndex.from_dataset(dataset, stemmer=Stemmer())
        passes.append(time_queries(cold_index))
    cold = [min(times) for times in zip(*passes, strict=True)]
    single = passes[0]
    warm = time_queries(cold_index)
    entries = build_entries(dataset)
    started = time.perf_counter()
    big = SearchIndex(synthetic_entries(entries, SCALE), stemmer=Stemmer())
    big_build = (time.perf_counter() - started) * 1000
    scaled = time_queries(big)
    found = sum(bool(cold_index.search(q, limit=1).hits) for q in QUERIES)

    print(f"bundled report: {len(index)} entries; synthetic corpus: {len(big)} entries ({SCALE}×)")
    print(f"queries: {len(QUERIES)}, of which {found} have hits")
    print(f"index build, first (cold) run: {builds[0]:.1f} ms; all runs: {', '.join(f'{b:.1f}' for b in builds)}")
    print(f"index build of the {SCALE}× corpus: {big_build:.0f} ms (no budget)")
    ok = verdict("index build, median", statistics.median(builds), BUILD_BUDGET_MS)
    ok &= verdict(f"query median (cold, best of {COLD_PASSES})", statistics.median(cold), MEDIAN_BUDGET_MS)
    ok &= verdict(f"query p99 (cold, best of {COLD_PASSES})", percentile(cold, 0.99), P99_BUDGET_MS)
    print(
        f"{'query median / p99 (first cold pass alone)':<44} {statistics.median(single):9.3f} / "
        f"{percentile(single, 0.99):.3f} ms"
    )
    print(
        f"{'query median / p99 / max (warm, no budget)':<44} {statistics.median(warm):9.3f} / "
        f"{percentile(warm, 0.99):.3f} / {max(warm):.3f} ms"
    )
    print(f"{f'query max (cold, best of {COLD_PASSES})':<44} {max(cold):9.3f} ms")
    ok &= verdict(f"query median, {SCALE}× corpus", statistics.median(scaled), SCALE_MEDIAN_BUDGET_MS)
    print(f"{f'query p99, {SCALE}× corpus (no budget)':<44} {percentile(scaled, 0.99):9.3f} ms")
    print(f"scale ratio (median {SCALE}× / median 1×): {statistics.median(scaled) / statistics.median(cold):.1f}")
    run = notes_passes(dataset)
    print(f"with {run.count} notes: {run.found} of the {len(QUERIES)} queries find a note")
    print(f"{'first search with notes (reads them in)':<44} {', '.join(f'{f:.1f}' for f in run.firsts)} ms (no budget)")
    with_notes, report_part = statistics.median(run.total), statistics.median(run.report)
    ok &= verdict(f"query median with {run.count} notes (cold, best of {COLD_PASSES})", with_notes, MEDIAN_BUDGET_MS)
    print(
        f"{'… of which the report / the notes (medians)':<44} {report_part:9.3f} / "
        f"{statistics.median(run.notes):.3f} ms; p99 with notes {percentile(run.total, 0.99):.3f} ms"
    )
    print(f"{'… ratio with notes / without (same runs)':<44} {with_notes / report_part:9.2f}")
    slowest = sorted(zip(cold, QUERIES, strict=True), reverse=True)[:5]
    print("slowest queries (cold): " + ", ".join(f"{q!r} {t:.2f} ms" for t, q in slowest))
    print("all budgets met" if ok else "BUDGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

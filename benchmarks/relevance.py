"""Search relevance (issue 11): judged queries → P@1, recall at the cut-off, MRR.

The queries and their judged answers are in relevance_cases.py (MAIN, the set the
engine is tuned on) and relevance_heldout.py (HELD_OUT, never tuned on). For each
query the engine is asked for CUTOFF hits, as the popup's first screen shows them:
- P@1: the first hit is one of the case's ``first`` ids;
- MRR: 1 / rank of the first ``first`` id in the cut-off (0 when absent);
- recall@CUTOFF: the share of ``first`` ∪ ``also`` ids found in the cut-off.
Printed per kind and overall for each set, with every case that misses; exits 1 when
either set is under a threshold, 2 when a judged id does not exist in the dataset.

    python benchmarks/relevance.py [--set main|heldout|both] [--quiet]
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from kzdesk.core.dataset import load_dataset  # noqa: E402
from kzdesk.core.search import SearchIndex  # noqa: E402
from kzdesk.core.search.entries import build_entries  # noqa: E402
from relevance_cases import MAIN, Case  # noqa: E402
from relevance_heldout import HELD_OUT  # noqa: E402

CUTOFF = 10
P_AT_1 = 0.92
RECALL = 0.95
MRR = 0.95


def hit_ids(index: SearchIndex, query: str) -> list[str]:
    result = index.search(query, limit=CUTOFF)
    return [h.paragraph if h.kind == "section" and h.paragraph else h.id for h in result.hits]


Scores = dict[str, list[tuple[float, float, float]]]  # kind → (P@1, recall, reciprocal rank) per case


def measure(index: SearchIndex, cases: tuple[Case, ...]) -> tuple[Scores, list[str]]:
    by_kind: Scores = defaultdict(list)
    misses = []
    for case in cases:
        ids = hit_ids(index, case.query)
        rank = next((n for n, i in enumerate(ids, 1) if i in case.first), None)
        wanted = set(case.first) | set(case.also)
        found = len(wanted & set(ids)) / len(wanted)
        p1 = 1.0 if ids[:1] and ids[0] in case.first else 0.0
        rr = 1.0 / rank if rank else 0.0
        by_kind[case.kind].append((p1, found, rr))
        if p1 < 1 or found < 1:
            missing = sorted(wanted - set(ids))
            misses.append(
                f"  [{case.kind}] {case.query!r}: first right hit at {rank or '—'}; top 3 {ids[:3]}"
                + (f"; missing from top {CUTOFF}: {missing}" if missing else "")
            )
    return by_kind, misses


def report(name: str, by_kind: Scores, misses: list[str], quiet: bool) -> bool:
    print(f"\n{name}: {sum(len(v) for v in by_kind.values())} queries, cut-off {CUTOFF}")
    print(f"  {'kind':<16}{'n':>4}{'P@1':>8}{'R@' + str(CUTOFF):>8}{'MRR':>8}")
    rows = sorted(by_kind.items())
    everything = [m for _, v in rows for m in v]
    for kind, values in [*rows, ("OVERALL", everything)]:
        n = len(values)
        p1, recall, mrr = (sum(v[i] for v in values) / n for i in range(3))
        print(f"  {kind:<16}{n:>4}{p1:>8.3f}{recall:>8.3f}{mrr:>8.3f}")
    n = len(everything)
    p1, recall, mrr = (sum(v[i] for v in everything) / n for i in range(3))
    ok = p1 >= P_AT_1 and recall >= RECALL and mrr >= MRR
    verdict = "meets" if ok else "MISSES"
    print(f"  thresholds P@1 ≥ {P_AT_1}, R@{CUTOFF} ≥ {RECALL}, MRR ≥ {MRR}: {verdict}")
    if misses and not quiet:
        print(f"  cases not fully met ({len(misses)}):")
        print("\n".join(misses))
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=("main", "heldout", "both"), default="both")
    parser.add_argument("--quiet", action="store_true", help="figures only, not the cases that miss")
    args = parser.parse_args()
    dataset = load_dataset()
    known = {e.paragraph if e.kind == "section" else e.id for e in build_entries(dataset)}
    sets = [("main", "MAIN (tuned on)", MAIN), ("heldout", "HELD-OUT (not tuned on)", HELD_OUT)]
    chosen = [(label, cases) for key, label, cases in sets if args.set in (key, "both")]
    unknown = sorted({i for _, cases in chosen for c in cases for i in (*c.first, *c.also)} - known)
    if unknown:
        print(f"judged ids not in the dataset ({len(unknown)}; their cases count as misses): {', '.join(unknown)}")
    index = SearchIndex.from_dataset(dataset)
    ok = True
    for label, cases in chosen:
        ok = report(label, *measure(index, cases), args.quiet) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

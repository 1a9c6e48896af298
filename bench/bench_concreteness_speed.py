"""Statements per second on one core: score all 19,450 O*NET task statements (target >= 2,000/s).

Usage: python bench/bench_concreteness_speed.py [--benchmarks ../shared/benchmarks]
Pins the process to one core where the OS allows it, and reports CPU time too (on a shared, loaded machine
the wall clock also counts the time other processes hold the core).
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--benchmarks", default=str(ROOT.parent / "shared" / "benchmarks"))
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    path = Path(args.benchmarks) / "onet" / "tasks.tsv"
    if not path.is_file():
        sys.exit(f"not found: {path}")
    with path.open(encoding="utf-8") as f:
        tasks = [r["Task"] for r in csv.DictReader(f, delimiter="\t")]
    from planner.concreteness import score_statement

    score_statement("warm up the lexicon")
    best = best_cpu = 0.0
    for _ in range(3):
        t0, c0 = time.perf_counter(), time.process_time()
        for t in tasks:
            score_statement(t)
        best = max(best, len(tasks) / (time.perf_counter() - t0))
        best_cpu = max(best_cpu, len(tasks) / (time.process_time() - c0))
    print(f"statements: {len(tasks)}")
    print(f"statements_per_second (best of 3, one core, wall clock): {best:,.0f}")
    # on a shared machine the wall clock counts other processes' time; CPU time is the per-core figure
    print(f"statements_per_cpu_second (best of 3): {best_cpu:,.0f}")
    print(f"ratio to target 2,000/s (CPU time): {best_cpu / 2000:.1f}x")


if __name__ == "__main__":
    main()

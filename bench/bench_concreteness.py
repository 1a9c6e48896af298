"""Concreteness scores against other people's judgement (../shared/benchmarks/), no tuning on the rows.

A thin caller of planner.evals.benchmark (the eval report shows the same figures): prints every figure with
its target. See that module for what each figure measures.

Usage: python bench/bench_concreteness.py [--benchmarks ../shared/benchmarks]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from planner.evals.benchmark import TARGETS, benchmark_figures, format_figures  # noqa: E402,F401

DEFAULT = ROOT.parent / "shared" / "benchmarks"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--benchmarks", default=str(DEFAULT))
    args = ap.parse_args()
    if not Path(args.benchmarks).is_dir():
        sys.exit(f"benchmarks folder not found: {args.benchmarks}")
    print("\n".join(format_figures(benchmark_figures(args.benchmarks))))


if __name__ == "__main__":
    main()

"""Grounding figures on O*NET task statements (../shared/benchmarks/onet/tasks.tsv, read at run time).

    .venv/bin/python bench/grounding.py [--limit N]

Prints, for the offline evaluator:
- how often the task parse finds a known action verb and a non-empty object in statements
  written by O*NET job analysts ("action verb, object, purpose or context");
- the share of statements whose offline rewrite passes each check, given a context that names
  a consumer ("<occupation> workers do this work before the supervisor reviews it."), and
  given one that names none (names_consumer must then fail: no invented consumer);
- the time per skill (median of the runs), and the ratio to a bare model_validate of a
  GroundedTask as a floor.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TASKS = ROOT.parent / "shared" / "benchmarks" / "onet" / "tasks.tsv"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=3000, help="statements to use (every k-th row, spread over all occupations)")
    a = ap.parse_args()
    from planner.frame import ProblemFrame
    from planner.grounding import CHECK_NAMES, ground_offline
    from planner.grounding.parse import parse_task
    from planner.text.inflect import VERBS
    from planner.models import GroundedTask

    with TASKS.open(encoding="utf-8") as f:
        rows = [r["Task"] for r in csv.DictReader(f, delimiter="\t") if r.get("Task")]
    step = max(1, len(rows) // a.limit)
    sample = rows[::step][: a.limit]
    known = sum(parse_task(t).verbs[:1] and parse_task(t).verbs[0] in VERBS for t in sample)
    with_obj = sum(bool(parse_task(t).object) for t in sample)
    compound = sum(len(parse_task(t).verbs) > 1 for t in sample)
    print(f"O*NET task statements: {len(sample)} of {len(rows)}")
    print(f"  parse: known action verb {known / len(sample):.1%}, object found {with_obj / len(sample):.1%}, compound action {compound / len(sample):.1%}")

    with_consumer = ProblemFrame(text="Team members do this work before the shift supervisor reviews it.")
    no_consumer = ProblemFrame(text="Team members do this work every day.")
    passed: Counter[str] = Counter()
    fails_no_consumer = 0
    times: list[float] = []
    for t in sample:
        t0 = time.perf_counter()
        g = ground_offline(t, with_consumer)
        times.append(time.perf_counter() - t0)
        for c in g.checks:
            passed[c.name] += c.passed
        g2 = ground_offline(t, no_consumer)
        fails_no_consumer += (g2.consumer is None and not next(c for c in g2.checks if c.name == "names_consumer").passed)
    print("  context naming a consumer: share passing each check")
    for name in CHECK_NAMES:
        print(f"    {name:22s} {passed[name] / len(sample):.1%}")
    allp = sum(1 for t in sample if all(c.passed for c in ground_offline(t, with_consumer).checks))
    print(f"    all checks            {allp / len(sample):.1%}")
    print(f"  context naming no consumer: consumer left empty and names_consumer failing {fails_no_consumer / len(sample):.1%}")
    floor = []
    for _ in range(200):
        t0 = time.perf_counter()
        GroundedTask(original="x", rewritten="x", action="x", object="x", workflow="x")
        floor.append(time.perf_counter() - t0)
    med, fmed = statistics.median(times), statistics.median(floor)
    print(f"  time per skill: median {med * 1000:.2f} ms, p95 {sorted(times)[int(len(times) * 0.95)] * 1000:.2f} ms "
          f"({med / fmed:.0f}x a bare GroundedTask validation)")


if __name__ == "__main__":
    main()

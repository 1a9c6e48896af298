"""In-process offline planning: ms per plan over 100 varied problems (target < 20 ms).

The problems are built from templates (roles x outputs x numbers x phrasings) so no two are alike.
Usage: python bench/bench_offline.py
"""

from __future__ import annotations

import datetime as dt
import itertools
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

ROLES = ["support agents", "nurses", "account executives", "pickers", "line operators", "caseworkers", "developers",
         "accounts payable clerks", "sales associates", "dispatchers"]
WORK = ["write escalation notes for billing disputes", "write handover notes", "log calls in the CRM",
        "reconcile supplier invoices", "complete the changeover checklist", "open pull requests", "process refund requests",
        "enter delivery addresses", "decide permit applications", "scan every item"]
NUMS = ["in about {n}% of cases", "roughly {k} in 10 times", "on {n} percent of orders", "about {k} times a week"]
TAILS = ["Finance has to come back with questions.", "It adds about two days to each case.",
         "We switched to a new system last month.", "Customers complain a lot.", ""]


def problems(n: int = 100) -> list[str]:
    out = []
    for i, (role, work, num, tail) in enumerate(itertools.product(ROLES, WORK, NUMS, TAILS)):
        if i % 7:
            continue
        count = 4 + i % 20
        out.append(f"Our {count} {role} {work} badly: mistakes happen {num.format(n=10 + i % 40, k=1 + i % 5)}. {tail}")
        if len(out) == n:
            break
    return out


def main() -> None:
    from planner.pipeline import make_plan

    texts = problems()
    today = dt.date(2026, 1, 5)
    make_plan(texts[0], today=today)  # warm imports
    times = []
    for t in texts:
        t0 = time.perf_counter()
        make_plan(t, today=today)
        times.append((time.perf_counter() - t0) * 1000)
    print(f"problems: {len(texts)} (distinct: {len(set(texts))})")
    print(f"offline plan: mean {statistics.mean(times):.2f} ms, median {statistics.median(times):.2f} ms, max {max(times):.2f} ms (target < 20 ms; ratio {statistics.mean(times) / 20:.2f})")


if __name__ == "__main__":
    main()

"""Hint error rate on the bundled eval cases: the whole-frame hints of the old prompt vs the sure hints now sent.

    PYTHONPATH=. python bench/bench_hints.py [--dataset evals/cases.yaml]
"""

from __future__ import annotations

import argparse

from planner.evals.cases import load_cases
from planner.evals.hints import hint_error_rates


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dataset", default=None)
    args = ap.parse_args()
    cases = load_cases(args.dataset)
    for name, t in hint_error_rates(cases).items():
        print(f"{name}: {t.sent} hints over {len(cases)} cases; checkable {t.checkable}; wrong {t.wrong} "
              f"({t.error_rate:.1%} of checkable); unverifiable (not sent now) {t.unverifiable}")
        for ex in t.examples[:12]:
            print(f"    {ex}")


if __name__ == "__main__":
    main()

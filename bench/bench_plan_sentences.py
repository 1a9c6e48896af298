"""Generated plan sentences under the checker: none that fails well-formedness may be called concrete (issue 13).

Generates the offline plan of every eval case (evals/cases.yaml), splits each plan field the report shows into
sentences, and prints: sentences, how many fail ``wellformed_problems``, how many of those the checker calls
concrete (target 0), and the first few ill-formed ones (for the generator's owner).
Usage: python bench/bench_plan_sentences.py [--cases evals/cases.yaml] [--show 10]
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from planner.concreteness import score_statement  # noqa: E402
from planner.concreteness.wellformed import wellformed_problems  # noqa: E402

_SPLIT = re.compile(r"(?<=[.!?;])\s+(?=[A-Z])")


def plan_sentences(plan) -> list[tuple[str, str]]:
    from planner.render.view import plan_view

    out = []
    for f in plan_view(plan).fields:
        for text in ([f.text] if f.text else []) + list(f.lines or []):
            for s in _SPLIT.split(text or ""):
                if len(s.split()) >= 3:
                    out.append((f.key, s.strip()))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", default=str(ROOT / "evals" / "cases.yaml"))
    ap.add_argument("--show", type=int, default=10)
    args = ap.parse_args()
    from planner.evals.cases import load_cases
    from planner.pipeline import make_plan
    from planner.providers.base import ProviderConfig

    today = dt.date(2026, 12, 1)
    sentences: list[tuple[str, str, str]] = []
    failed_cases = 0
    for case in load_cases(args.cases):
        try:
            plan = make_plan(case.text, config=ProviderConfig(name="offline", model="rules-v1"), today=today)
        except Exception:  # a case the offline generator refuses has no sentences to check
            failed_cases += 1
            continue
        sentences += [(case.id, k, s) for k, s in plan_sentences(plan)]
    ill = [(c, k, s, p) for c, k, s in sentences if (p := wellformed_problems(s))]
    ill_concrete = [(c, k, s, p) for c, k, s, p in ill if score_statement(s).verdict == "concrete"]
    print(f"cases_without_plan              {failed_cases}")
    print(f"plan_sentences                  {len(sentences)}")
    print(f"illformed                       {len(ill)}")
    print(f"illformed_called_concrete       {len(ill_concrete)}  (target 0: {'met' if not ill_concrete else 'MISSED'})")
    for c, k, s, p in ill[: args.show]:
        print(f"  {c} {k}: {s[:110]!r} -> {p[0]}")


if __name__ == "__main__":
    main()

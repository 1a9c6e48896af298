"""`upskill eval` over the bundled cases: offline vs a loopback stub serving ../shared/llm-answers/bundled/.

Prints, per target, the quality metrics, the re-ask rate and the rule-scored rubric (DOMAIN.md), the same
figures `upskill eval --target offline --target openai:replay@<stub>/v1` writes to report.md.

    PYTHONPATH=. python bench/bench_eval_llm.py [--today 2026-12-01]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from tests.openai_stub import SHARED, ReplayServer, load_case_answers  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--today", default="2026-12-01")
    args = ap.parse_args()
    from planner.evals.cases import load_cases
    from planner.evals.report import rubric_rows
    from planner.evals.runner import parse_target, run_eval
    from planner.evals.scorers import QUALITY_METRICS

    with ReplayServer(load_case_answers(ROOT / "evals" / "cases.yaml", SHARED)) as srv:
        res = run_eval(load_cases(), [parse_target("offline"), parse_target(f"openai:replay@{srv.url}")],
                       today=dt.date.fromisoformat(args.today), concurrency=2)
    targets = list(res["summary"])
    print(f"{'metric':34}" + "".join(f"{t:>20}" for t in targets))
    for m in QUALITY_METRICS + ("errors", "reask_rate"):
        print(f"{m:34}" + "".join(f"{res['summary'][t].get(m)!s:>20}" for t in targets))
    for c, vals in rubric_rows(res):
        print(f"rubric {c:27}" + "".join(f"{v:>20}" for v in vals))


if __name__ == "__main__":
    main()

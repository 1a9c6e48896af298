"""Dump every generated sentence of offline plans for eval cases, with its field path and the gate's verdict.

Used to build the labelled gate fixture (tests/fixtures/gate_sentences.yaml, h15gate, issue 12) from plans of the
dev split only:
    PYTHONPATH=. python scripts/plan_sentences.py --split dev --out /tmp/sentences.jsonl
Never run it on the holdout split while writing rules (evals/SCHEMA.md).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import Any, Iterable

_SKIP = frozenset({"meta", "checks", "review_date", "language", "intervention_type"})


def walk(d: Any, path: str = "") -> Iterable[tuple[str, str]]:
    if isinstance(d, str):
        yield path, d
    elif isinstance(d, dict):
        for k, v in d.items():
            if k not in _SKIP:
                yield from walk(v, f"{path}.{k}" if path else k)
    elif isinstance(d, list):
        for v in d:
            yield from walk(v, f"{path}[]")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="dev", choices=("dev",))
    ap.add_argument("--dataset", default=None)
    ap.add_argument("--out", required=True)
    ap.add_argument("--today", default="2026-12-02")
    a = ap.parse_args(argv)
    from planner.evals.cases import load_cases
    from planner.generators.gate import problems
    from planner.pipeline import make_plan
    from planner.evals.runner import parse_target

    config = parse_target("offline")
    with open(a.out, "w", encoding="utf-8") as out:
        for c in load_cases(a.dataset, split=a.split):
            try:
                plan = make_plan(c.text, config=config, today=dt.date.fromisoformat(a.today)).model_dump(mode="json")
            except Exception as e:  # noqa: BLE001 - a dump tool: report and go on
                print(c.id, "ERROR", e, file=sys.stderr)
                continue
            for path, s in walk(plan):
                if s.strip():
                    out.write(json.dumps({"case": c.id, "path": path, "text": s, "gate": list(problems(s))}) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Accuracy of the concreteness verdict on the project's own labelled statements (evals/statements/).

Labels follow evals/statements/LABELLING.md (written before labelling). Prints accuracy per split and per
category, and the statements that fail well-formedness yet are called concrete (target 0).
Usage: python bench/bench_statements.py [--show-errors dev]   (never tune on holdout)
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from planner.concreteness import score_statement  # noqa: E402
from planner.concreteness.wellformed import wellformed_problems  # noqa: E402

DATA = ROOT / "evals" / "statements" / "statements.tsv"


def load(path: Path = DATA) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def figures(rows: list[dict[str, str]]) -> dict[str, float]:
    hit: dict[str, list[int]] = defaultdict(list)
    garbage_concrete = 0
    wf_garbage, wf_other = [], []
    for r in rows:
        (wf_garbage if r["category"] == "garbage" else wf_other).append(bool(wellformed_problems(r["text"])))
        s = score_statement(r["text"])
        ok = int(s.verdict == r["label"])
        hit[r["split"]].append(ok)
        hit[f"{r['split']}/{r['category']}"].append(ok)
        if wellformed_problems(r["text"]) and s.verdict == "concrete":
            garbage_concrete += 1
    out = {f"accuracy_{k}": round(sum(v) / len(v), 3) for k, v in sorted(hit.items())}
    out.update({f"n_{k}": len(v) for k, v in sorted(hit.items()) if "/" not in k})
    out["illformed_called_concrete"] = garbage_concrete
    # well-formedness as a detector of the sliced plan sentences (compare bench/bench_linkgrammar.py)
    out["wellformed_garbage_recall"] = round(sum(wf_garbage) / max(1, len(wf_garbage)), 3)
    out["wellformed_false_positive_rate"] = round(sum(wf_other) / max(1, len(wf_other)), 3)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show-errors", choices=["dev"], help="list the dev statements the verdict gets wrong")
    args = ap.parse_args()
    rows = load()
    import time

    for k, v in figures(rows).items():
        print(f"{k:40s} {v}")
    t1 = time.process_time()
    for r in rows:
        wellformed_problems(r["text"])
    print(f"{'wellformed_statements_per_second':40s} {len(rows) / max(1e-9, time.process_time() - t1):,.0f}")
    if args.show_errors:
        for r in rows:
            if r["split"] != "dev":
                continue
            s = score_statement(r["text"])
            if s.verdict != r["label"]:
                comps = " ".join(f"{k[:4]}={c.score:.2f}" for k, c in s.components.items())
                print(f"  {r['id']} gold={r['label']} got={s.verdict} {s.score:.2f} [{comps}] {r['text']}")


if __name__ == "__main__":
    main()

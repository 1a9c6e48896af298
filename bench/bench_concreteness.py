"""Concreteness scores against other people's judgement (../shared/benchmarks/), no tuning on the rows.

Prints, and returns from ``benchmark_figures(root)``:
- O*NET ladder: pairwise ordering accuracy of the overall score (ties count half):
  task > GWA (target >= 0.95), DWA > GWA (>= 0.90), task > IWA (>= 0.75);
- SMARTSpan: F1 of the criterion component (score >= 0.7 = measurable) against the human
  "measurable" label (>= 0.85); F1 of object and of condition against "specific" (reported);
- HEPComp: ROC AUC of the overall score, operationalised vs not (>= 0.75), beside the trivial
  "contains a number" rule's AUC (a baseline any score must beat);
- contradictions (issue 13, target 0): over every statement the benchmarks hold, items whose verdict is
  not the documented function of the components shown (``verdict_of`` in planner.concreteness.statement,
  or for older code the rule its docstring states: overall >= 0.6 with performance and object >= 0.5),
  plus vague items shown without a fix.

Usage: python bench/bench_concreteness.py [--benchmarks ../shared/benchmarks]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from planner.concreteness import score_statement  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "benchmarks"
TARGETS = {"contradictions": None, "onet_task_gt_gwa": 0.95, "onet_dwa_gt_gwa": 0.90, "onet_task_gt_iwa": 0.75, "smartspan_measurable_f1": 0.85, "hepcomp_auc": 0.75}


def _tsv(path: Path, col: str) -> list[str]:
    with path.open(encoding="utf-8") as f:
        return [row[col] for row in csv.DictReader(f, delimiter="\t")]


def pairwise(high: list[float], low: list[float]) -> float:
    """P(score(high) > score(low)) over all pairs, ties half (= the Mann-Whitney AUC)."""
    lo = sorted(low)
    import bisect

    wins = 0.0
    for h in high:
        below = bisect.bisect_left(lo, h)
        equal = bisect.bisect_right(lo, h) - below
        wins += below + 0.5 * equal
    return wins / (len(high) * len(low))


def f1(pred: list[bool], gold: list[bool]) -> float:
    tp = sum(p and g for p, g in zip(pred, gold))
    fp = sum(p and not g for p, g in zip(pred, gold))
    fn = sum(g and not p for p, g in zip(pred, gold))
    return 0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn)


def _documented_verdict(s) -> str:
    try:
        from planner.concreteness.statement import verdict_of
    except ImportError:  # the rule the pre-issue-13 docstring stated
        c = s.components
        return "concrete" if s.score >= 0.6 and c["performance"].score >= 0.5 and c["object"].score >= 0.5 else "vague"
    return verdict_of(s.components)


def contradiction_count(scored) -> int:
    """Items whose verdict is not the documented function of the shown components, or vague without a fix."""
    return sum(1 for s in scored if s.verdict != _documented_verdict(s) or (s.verdict != "concrete" and not s.fixes))


def _has_number(text: str) -> float:
    import re

    return 1.0 if re.search(r"\d", text) else 0.0


def benchmark_figures(root: Path | str = DEFAULT) -> dict[str, float]:
    root = Path(root)
    out: dict[str, float] = {}
    every: list = []
    onet = root / "onet"
    if onet.is_dir():
        def sc(xs):
            scored = [score_statement(x) for x in xs]
            every.extend(scored)
            return [s.score for s in scored]

        gwa = sc(_tsv(onet / "gwa.tsv", "Element Name"))
        iwa = sc(_tsv(onet / "iwa.tsv", "IWA Title"))
        dwa = sc(_tsv(onet / "dwa.tsv", "DWA Title"))
        tasks = sc(_tsv(onet / "tasks.tsv", "Task"))
        out["onet_task_gt_gwa"] = pairwise(tasks, gwa)
        out["onet_dwa_gt_gwa"] = pairwise(dwa, gwa)
        out["onet_task_gt_iwa"] = pairwise(tasks, iwa)
        out["onet_task_gt_dwa"] = pairwise(tasks, dwa)
    smart = root / "smartspan" / "goals.jsonl"
    if smart.is_file():
        rows = [json.loads(l) for l in smart.read_text(encoding="utf-8").splitlines() if l.strip()]
        scores = [score_statement(r["goal"]) for r in rows]
        every.extend(scores)
        out["smartspan_measurable_f1"] = f1([s.components["criterion"].score >= 0.7 for s in scores], [r["measurable"] == 1 for r in rows])
        out["smartspan_specific_object_f1"] = f1([s.components["object"].score >= 0.7 for s in scores], [r["specific"] == 1 for r in rows])
        out["smartspan_specific_condition_f1"] = f1([s.components["condition"].score >= 0.7 for s in scores], [r["specific"] == 1 for r in rows])
    hep = root / "hepcomp" / "competencies.jsonl"
    if hep.is_file():
        rows = [json.loads(l) for l in hep.read_text(encoding="utf-8").splitlines() if l.strip()]
        scored = [score_statement(r["text"]) for r in rows]
        every.extend(scored)
        pos = [s.score for s, r in zip(scored, rows) if r["operationalised"]]
        neg = [s.score for s, r in zip(scored, rows) if not r["operationalised"]]
        out["hepcomp_auc"] = pairwise(pos, neg)
        out["hepcomp_number_baseline_auc"] = pairwise([_has_number(r["text"]) for r in rows if r["operationalised"]],
                                                      [_has_number(r["text"]) for r in rows if not r["operationalised"]])
    if every:
        out["statements_scored"] = len(every)
        out["contradictions"] = contradiction_count(every)
    return {k: round(v, 3) for k, v in out.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--benchmarks", default=str(DEFAULT))
    args = ap.parse_args()
    if not Path(args.benchmarks).is_dir():
        sys.exit(f"benchmarks folder not found: {args.benchmarks}")
    figs = benchmark_figures(args.benchmarks)
    for k, v in figs.items():
        t = TARGETS.get(k)
        if k in ("statements_scored", "contradictions"):
            mark = "" if k == "statements_scored" else "  (target 0: %s)" % ("met" if v == 0 else "MISSED")
            print(f"{k:32s} {int(v)}{mark}")
            continue
        mark = "" if t is None else ("  (target >= %.2f: %s)" % (t, "met" if v >= t else "MISSED"))
        print(f"{k:32s} {v:.3f}{mark}")


if __name__ == "__main__":
    main()

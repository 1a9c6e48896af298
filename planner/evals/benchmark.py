"""Concreteness scores against other people's judgement (../shared/benchmarks/), no tuning on the rows.

``benchmark_figures(root)`` returns, for whichever of the three sets the folder holds:
- O*NET ladder: pairwise ordering accuracy of the overall score (ties count half):
  task > GWA (target >= 0.95), DWA > GWA (>= 0.90), task > IWA (>= 0.75);
- SMARTSpan: F1 of the criterion component (score >= 0.7 = measurable) against the human
  "measurable" label (>= 0.85); F1 of object and of condition against "specific" (reported);
- HEPComp: ROC AUC of the overall score, operationalised vs not (>= 0.75), beside the trivial
  "contains a number" rule's AUC (a baseline any score must beat);
- contradictions (issue 13, target 0): items whose verdict is not the documented function of the
  components shown (``verdict_of`` in planner.concreteness.statement), plus vague items shown without a fix.

The data is never shipped: ``benchmarks_dir()`` finds the folder at run time (``UPSKILL_BENCHMARKS_DIR``, else
``../shared/benchmarks`` beside the checkout or the working directory), and the eval report says "not available"
when it is absent. ``bench/bench_concreteness.py`` prints these figures against their targets.
"""

from __future__ import annotations

import bisect
import csv
import json
import os
import re
from pathlib import Path
from typing import Optional

TARGETS = {"contradictions": None, "onet_task_gt_gwa": 0.95, "onet_dwa_gt_gwa": 0.90, "onet_task_gt_iwa": 0.75,
           "smartspan_measurable_f1": 0.85, "hepcomp_auc": 0.75}
ENV = "UPSKILL_BENCHMARKS_DIR"


def benchmarks_dir() -> Optional[Path]:
    """The benchmarks folder: $UPSKILL_BENCHMARKS_DIR, else ../shared/benchmarks beside a checkout or the working
    directory; None when none of them is a folder."""
    env = os.environ.get(ENV)
    if env:
        return Path(env) if Path(env).is_dir() else None
    here = Path(__file__).resolve()
    for base in (here.parents[2], Path.cwd()):  # the checkout's root (editable install), then where the command runs
        cand = base.parent / "shared" / "benchmarks"
        if cand.is_dir():
            return cand
    return None


def _tsv(path: Path, col: str) -> list[str]:
    with path.open(encoding="utf-8") as f:
        return [row[col] for row in csv.DictReader(f, delimiter="\t")]


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def pairwise(high: list[float], low: list[float]) -> float:
    """P(score(high) > score(low)) over all pairs, ties half (= the Mann-Whitney AUC)."""
    lo = sorted(low)
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


def contradiction_count(scored) -> int:
    """Items whose verdict is not the documented function of the shown components, or vague without a fix."""
    from planner.concreteness.statement import verdict_of

    return sum(1 for s in scored if s.verdict != verdict_of(s.components) or (s.verdict != "concrete" and not s.fixes))


def _has_number(text: str) -> float:
    return 1.0 if re.search(r"\d", text) else 0.0


def benchmark_figures(root: Path | str) -> dict[str, float]:
    """Every figure the folder's sets allow, rounded to three places (see the module docstring)."""
    from planner.concreteness import score_statement

    root = Path(root)
    out: dict[str, float] = {}
    every: list = []

    def scored(texts: list[str]) -> list:
        s = [score_statement(t) for t in texts]
        every.extend(s)
        return s

    onet = root / "onet"
    if onet.is_dir():
        def sc(name: str, col: str) -> list[float]:
            return [s.score for s in scored(_tsv(onet / f"{name}.tsv", col))]

        gwa, iwa, dwa, tasks = sc("gwa", "Element Name"), sc("iwa", "IWA Title"), sc("dwa", "DWA Title"), sc("tasks", "Task")
        out["onet_task_gt_gwa"] = pairwise(tasks, gwa)
        out["onet_dwa_gt_gwa"] = pairwise(dwa, gwa)
        out["onet_task_gt_iwa"] = pairwise(tasks, iwa)
        out["onet_task_gt_dwa"] = pairwise(tasks, dwa)
    smart = root / "smartspan" / "goals.jsonl"
    if smart.is_file():
        rows = _jsonl(smart)
        scores = scored([r["goal"] for r in rows])
        out["smartspan_measurable_f1"] = f1([s.components["criterion"].score >= 0.7 for s in scores], [r["measurable"] == 1 for r in rows])
        out["smartspan_specific_object_f1"] = f1([s.components["object"].score >= 0.7 for s in scores], [r["specific"] == 1 for r in rows])
        out["smartspan_specific_condition_f1"] = f1([s.components["condition"].score >= 0.7 for s in scores], [r["specific"] == 1 for r in rows])
    hep = root / "hepcomp" / "competencies.jsonl"
    if hep.is_file():
        rows = _jsonl(hep)
        s = scored([r["text"] for r in rows])
        out["hepcomp_auc"] = pairwise([x.score for x, r in zip(s, rows) if r["operationalised"]],
                                      [x.score for x, r in zip(s, rows) if not r["operationalised"]])
        out["hepcomp_number_baseline_auc"] = pairwise([_has_number(r["text"]) for r in rows if r["operationalised"]],
                                                      [_has_number(r["text"]) for r in rows if not r["operationalised"]])
    if every:
        out["statements_scored"] = len(every)
        out["contradictions"] = contradiction_count(every)
    return {k: round(v, 3) for k, v in out.items()}


def format_figures(figs: dict[str, float]) -> list[str]:
    """One line per figure with its target, as bench/bench_concreteness.py prints them."""
    lines = []
    for k, v in figs.items():
        t = TARGETS.get(k)
        if k in ("statements_scored", "contradictions"):
            mark = "" if k == "statements_scored" else "  (target 0: %s)" % ("met" if v == 0 else "MISSED")
            lines.append(f"{k:32s} {int(v)}{mark}")
            continue
        mark = "" if t is None else ("  (target >= %.2f: %s)" % (t, "met" if v >= t else "MISSED"))
        lines.append(f"{k:32s} {v:.3f}{mark}")
    return lines

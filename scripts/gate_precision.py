"""Precision and recall of the well-formedness gate on the labelled sentences (tests/fixtures/gate_sentences.yaml).

    PYTHONPATH=. python scripts/gate_precision.py [--show]
A sentence counts as flagged when the gate finds a problem in it (gate.problems; for a measure field also the measure
check of planner.concreteness.structure when present), evaluated with its case's text as the source words, as in a
plan. h15gate, issue 12.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml


def main() -> int:
    from planner.evals.cases import load_cases
    from planner.generators.gate import problems
    from planner.text.source_words import source_text

    try:
        from planner.concreteness.structure import measure_problems
        from planner.generators.measure_gate import people_as_work
    except ImportError:  # the gate before h15gate
        def measure_problems(text: str) -> list[str]:
            return []

        def people_as_work(text: str) -> bool:
            return False

    rows = yaml.safe_load((Path(__file__).parent.parent / "tests" / "fixtures" / "gate_sentences.yaml").read_text())
    texts = {c.id: c.text for c in load_cases(split="dev")}
    tp = fp = fn = tn = 0
    show = "--show" in sys.argv
    for r in rows:
        with source_text(texts.get(r["case"], "")):
            found = list(problems(r["text"], phrase=r["phrase"]))
            if r["field"] in ("success_signal.baseline", "success_signal.target"):
                found += measure_problems(r["text"])
            if r["field"] == "success_signal.metric" and people_as_work(r["text"]):
                found.append("people counted as work")
        bad = r["label"] == "garbled"
        if found and bad:
            tp += 1
        elif found:
            fp += 1
            if show:
                print("FP", r["field"], "|", r["text"][:120], "|", found[0][:70])
        elif bad:
            fn += 1
            if show:
                print("FN", r["field"], "|", r["text"][:120])
        else:
            tn += 1
    prec = tp / (tp + fp) if tp + fp else float("nan")
    rec = tp / (tp + fn) if tp + fn else float("nan")
    print(f"sentences {len(rows)} (garbled {tp + fn}, good {fp + tn}): flagged {tp + fp}; TP {tp} FP {fp} FN {fn} TN {tn}; "
          f"precision {prec:.3f} recall {rec:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

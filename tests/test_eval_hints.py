"""The hint error rate on the bundled eval cases: the sure hints are never wrong where the case can tell."""

from planner.evals.cases import load_cases
from planner.evals.hints import HintTally, hint_error_rates, judge_old
from planner.evals.cases import EvalCase


def test_sure_hints_have_no_errors_and_the_old_ones_had_some():
    rates = hint_error_rates(load_cases())
    old, new = rates["plan-2026-11-22.1 (whole frame)"], rates["plan-2026-12-01.1 (sure hints)"]
    assert new.sent > 50 and new.wrong == 0 and new.unverifiable == 0
    assert old.wrong > 0 and old.unverifiable > 0


def test_judge_counts_a_contradicted_missing_baseline_and_a_misread_baseline():
    case = EvalCase(id="x", domain="retail", text="Tellers at our three branches escalate holds; a third of deposits wait, about 30%.",
                    expect={"facts": ["teller", "30%"]})
    t = HintTally()
    judge_old(case, {"baseline": {"text": "three branches", "role": "baseline"}, "missing": ["baseline"], "language": "en"}, t)
    assert t.wrong == 2 and t.sent == 3

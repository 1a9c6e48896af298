"""Eval scores that rank like readers (issue 15): failures count alike, disputed types, re-asks, the rubric."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from planner.evals.cases import EvalCase, load_cases
from planner.evals.rubric import CRITERIA, accepted_types, aggregate_rubric, rubric_scores
from planner.evals.scorers import intervention_accuracy, score
from tests.factories import strong_plan

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / ".." / "shared" / "llm-answers" / "bundled"
TEXT = ("Our 12 tier-1 support agents on the billing queue write vague escalation notes for billing disputes. Finance "
        "keeps coming back: in about 40% of escalations the note leaves out the invoice number, and each adds about two days.")


def _case(**expect) -> EvalCase:
    return EvalCase(id="c", domain="support", text=TEXT, expect={"intervention_type": "upskilling", **expect})


def test_a_failure_scores_zero_for_every_target_alike():
    refused = SimpleNamespace(text=TEXT, tags=[], expect=SimpleNamespace(intervention_type="upskilling", refusal_ok=True,
                                                                          facts=["40%"], must_not=[], language="de"))
    s = score(None, refused, "the offline provider reads English only")
    assert s["schema_valid"] == 1.0 and s["refused"]  # a clean refusal is valid output...
    assert s["completeness"] == 0.0 and s["concreteness"] == 0.0 and s["intervention_accuracy"] == 0.0  # ...but no plan
    r = rubric_scores(None, _case())
    assert all(r[c] == 0 for c in CRITERIA if r[c] is not None)


def test_a_disputed_type_accepts_each_defensible_label_and_wants_the_cue():
    case = SimpleNamespace(text="We promoted 3 senior developers to team leads in October; planning runs over 2 hours.",
                           tags=["promotion"], expect=SimpleNamespace(intervention_type="upskilling", accept=[], cue=[]))
    assert accepted_types(case) == {"upskilling", "reskilling", "onboarding"}
    named = strong_plan(intervention_type="onboarding", intervention_rationale="They were promoted to team leads: a new position.")
    silent = strong_plan(intervention_type="onboarding", intervention_rationale="They need to learn a new job.",
                         intervention_would_change_if="If they were new to the company.")
    assert intervention_accuracy(named, case) == 1.0 and intervention_accuracy(silent, case) == 0.5
    explicit = SimpleNamespace(text=TEXT, tags=[], expect=SimpleNamespace(intervention_type="upskilling", accept=["reskilling"], cue=["billing queue"]))
    assert intervention_accuracy(strong_plan(intervention_type="onboarding"), explicit) == 0.0
    # an undisputed case keeps one label
    assert intervention_accuracy(strong_plan(intervention_type="reskilling"), _case()) == 0.0


def test_rubric_rule_scores_a_strong_plan_high_and_marks_what_needs_a_reader():
    r = rubric_scores(strong_plan(), _case())
    assert r["practice_activity"] is None and r["open_questions"] is None
    assert r["audience"] == 2 and r["current_gap"] == 2 and r["feedback_owner"] == 2
    assert r["success_signal"] == 1 and r["nothing_invented"] == 0  # "under 10%": not the text's, and not marked a proposal
    assert r["tasks"] == 0  # the hand-made plan has no tasks
    agg = aggregate_rubric([r])
    assert agg["needs_a_reader"] == ["practice_activity", "open_questions"] and agg["rule_scored_share"] > 0.6
    # an invented, unmarked target costs "nothing invented"; marked as a proposal it does not
    data = strong_plan().model_dump()
    data["practice_cases"] = ["A customer disputes a double charge on an invoice"]  # no invoice number the text lacks
    data["success_signal"]["target"] = "under 7%"
    from planner.models import Plan
    from tests.factories import TODAY

    unmarked = Plan.model_validate(data, context={"today": TODAY})
    assert rubric_scores(unmarked, _case())["nothing_invented"] == 0
    data["success_signal"]["target_is_proposal"] = True
    marked = rubric_scores(Plan.model_validate(data, context={"today": TODAY}), _case())
    assert marked["nothing_invented"] == 2 and marked["success_signal"] == 2


@pytest.mark.skipif(not BUNDLED.is_dir(), reason="../shared/llm-answers/bundled is not here")
def test_eval_ranks_good_model_answers_above_offline_on_the_rubric(tmp_path):
    import datetime as dt

    from tests.openai_stub import ReplayServer, load_case_answers

    from planner.evals.runner import parse_target, run_eval

    cases = load_cases()
    with ReplayServer(load_case_answers(ROOT / "evals" / "cases.yaml", BUNDLED.parent)) as srv:
        results = run_eval(cases, [parse_target("offline"), parse_target(f"openai:replay@{srv.url}")], today=dt.date(2026, 12, 1), concurrency=2)
    off, llm = results["summary"]["offline:rules-v1"], results["summary"]["openai:replay"]
    assert llm["rubric_rule_scored"] > off["rubric_rule_scored"]
    assert llm["errors"] == 0 and llm["reask_rate"] == 0.0 and off["reask_rate"] == 0.0
    for metric in ("completeness", "concreteness", "grounding", "intervention_accuracy"):
        assert llm[metric] >= off[metric], metric
    assert all("rubric" in r and "requests" in r for r in results["records"])

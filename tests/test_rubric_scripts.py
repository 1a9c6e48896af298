"""scripts/rubric_rules.py (rule-judged rubric criteria) and scripts/grading_packets.py (blind packets, collection)."""

import copy
import json
import sys
from pathlib import Path

import pytest

from planner.evals.cases import EvalCase, load_cases
from tests.factories import strong_plan_data

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import grading_packets as gp  # noqa: E402
import rubric_rules as rr  # noqa: E402


@pytest.fixture(scope="module")
def billing() -> EvalCase:
    return next(c for c in load_cases() if c.id == "support-billing-escalations")


def plan(**over):
    d = strong_plan_data()
    d["success_signal"]["target"] = "under 10% (proposed: confirm with the billing team lead)"
    d["meta"] = {"provider": "x", "model": "y", "prompt_version": "z"}
    for k, v in over.items():
        d[k] = v
    return d


def test_a_faithful_plan_scores_full_marks_on_the_rule_criteria(billing):
    r = rr.score_plan(plan(), billing)
    s = r["scores"]
    assert s["audience"] == 2 and s["current_gap"] == 2 and s["success_signal"] == 2 and s["nothing_invented"] == 2
    assert s["skill_goal"] == 1  # partial by rule (v2): a goal that is no placeholder; its quality needs a reader
    assert r["details"]["invented_numbers"] == [] and r["details"]["redundant_questions"] == []


def test_unmarked_target_and_invented_numbers_cost_points(billing):
    p = plan()
    p["success_signal"]["target"] = "20% or less"  # half the baseline, not marked as a proposal
    p["current_gap"] = "Notes omit the invoice number in about 40% of escalations, 35 a week"
    r = rr.score_plan(p, billing)
    assert r["scores"]["success_signal"] == 1
    assert r["scores"]["nothing_invented"] == 0
    assert set(r["details"]["invented_numbers"]) == {"20", "35"}


def test_numbers_in_words_and_ratios_count_as_given():
    c = next(c for c in load_cases(split="dev") if c.id == "health-handover")
    assert {1.0, 5.0, 20.0, 8.0, 2.0} <= rr.text_numbers(c.text)  # "1 in 5", "8", "Twice"
    assert 33 in rr.text_numbers("about a third of refunds") and 25 in rr.text_numbers("one in four")


def test_intervention_type_accepts_disputed_labels_and_wants_the_cue():
    case = next(c for c in load_cases() if c.id == "eng-promoted-leads")
    p = plan(intervention_type="onboarding", intervention_rationale="They were promoted to team leads in October.")
    assert rr.c_intervention(p, case)[0] == 2
    p["intervention_rationale"] = "The people already do this work."
    p["intervention_would_change_if"] = "If they changed jobs."
    assert rr.c_intervention(p, case)[0] == 1
    new_reps = next(c for c in load_cases() if c.id == "sales-new-reps-onboarding")
    assert rr.c_intervention(plan(intervention_type="upskilling"), new_reps)[0] == 0


def test_audience_headcount_must_match_or_stay_absent():
    thin = next(c for c in load_cases() if c.id == "thin-deadlines")
    p = plan(audience={"role": "team member", "team": None, "headcount": 12, "description": "the 12 people"})
    assert rr.c_audience(p, thin)[1]["headcount_ok"] is False
    p["audience"] = {"role": "team member", "team": None, "headcount": None, "description": "the people on the team"}
    assert rr.c_audience(p, thin)[1]["headcount_ok"] is True


def test_feedback_owner_from_another_field_scores_zero():
    pharm = next(c for c in load_cases(split="dev") if c.id == "pharm-tech-labels")
    p = plan(feedback_owner={"role": "charge nurse", "cadence": "weekly"})
    assert rr.c_owner(p, pharm)[0] == 0
    p["feedback_owner"] = {"role": "reviewer to confirm: who checks the technicians' labels?", "cadence": "weekly"}
    assert rr.c_owner(p, pharm)[0] == 1
    p["feedback_owner"] = {"role": "senior pharmacy technician", "cadence": "ten labels a week"}
    assert rr.c_owner(p, pharm)[0] == 2
    auto = next(c for c in load_cases(split="dev") if c.id == "auto-warranty-repair-orders")
    assert rr.c_owner(plan(feedback_owner={"role": "service manager", "cadence": "weekly"}), auto)[0] == 2
    assert rr.c_owner(plan(feedback_owner={"role": "team lead of the service managers", "cadence": "weekly"}), auto)[0] == 0


def test_questions_the_text_answers_are_flagged(billing):
    p = plan(open_questions=["How many people are in the group?", "Which escalation types matter most?"])
    score, info = rr.c_questions(p, billing)
    assert score == 1 and len(info["redundant_questions"]) == 1
    thin = next(c for c in load_cases() if c.id == "thin-communication")
    assert rr.c_questions(plan(open_questions=[]), thin)[0] == 0


def test_garble_flags(billing):
    p = plan(skill_goal="Write escalation notes;; so finance can act", current_gap="they just don't wr the amount")
    assert ";;" in rr.doubled_punctuation(p)
    if rr._lemmas is not None:
        assert "wr" in rr.cut_words(p, billing.text + " write")
    assert rr.doubled_punctuation(plan()) == []


def test_a_missing_plan_scores_zero_where_criteria_apply(billing):
    r = rr.score_plan(None, billing)
    assert r["scores"]["audience"] == 0 and r["scores"]["skill_goal"] == 0  # no plan, no goal (judge v2: partial rule)
    assert r["scores"]["practice_activity"] is None  # the billing case names no system: practice needs a reader


def test_summary_has_baselines_and_per_type_accuracy(billing):
    cases = [billing, next(c for c in load_cases() if c.id == "sales-new-reps-onboarding")]
    rows = [rr.score_plan(plan(), c) for c in cases]
    s = rr.summarise(rows, cases, "upskilling")
    assert s["intervention_accuracy"] == 0.5 and s["baselines"]["always_upskilling"] == 0.5
    assert s["accuracy_onboarding"] == 0.0 and s["criteria"]["skill_goal"]["by"] == "rule, partial (max 1)"


def test_rubric_script_reads_plans_files(tmp_path, billing, capsys):
    f = tmp_path / "plans.json"
    f.write_text(json.dumps({"support-billing-escalations": plan()}), encoding="utf-8")
    out = tmp_path / "scores.json"
    assert rr.main(["--plans", str(f), "--split", "dev", "--json", str(out)]) == 0
    d = json.loads(out.read_text(encoding="utf-8"))
    assert d["summaries"]["dev"]["plans"] == 1 and d["summaries"]["dev"]["cases"] == len(load_cases(split="dev"))
    assert d["summaries"]["dev"]["no_plan"] and "support-billing-escalations" not in d["summaries"]["dev"]["no_plan"]
    assert "intervention accuracy" in capsys.readouterr().out
    assert rr.main(["--plans", str(f), "--dataset", str(tmp_path / "none.yaml")]) == 2


def test_packets_are_blind_and_never_repeat_a_problem(tmp_path):
    cases = load_cases(split="holdout")[:15]
    md = "# Plan\n\nBody\n\n---\n_Generated by upskill-planner · offline · rules-v1 · $0.0000_\n"
    a = [tmp_path / "a.json", tmp_path / "b.json"]
    a[0].write_text(json.dumps([{"case": c.id, "plan_markdown": md} for c in cases]), encoding="utf-8")
    a[1].write_text(json.dumps([{"case": c.id, "plan_markdown": md.replace("Body", "Other")} for c in cases[:10]]), encoding="utf-8")
    out = tmp_path / "g"
    assert gp.main(["--out", str(out), "--split", "holdout", "--plans", f"alpha={a[0]}", "--plans", f"beta={a[1]}"]) == 0
    key = json.loads((out / "key.json").read_text(encoding="utf-8"))
    packets = sorted((out / "packets").glob("packet_*.json"))
    assert len(key) == 25 and len(packets) == 3 and not (out / "packets" / "key.json").exists()
    for pf in packets:
        items = json.loads(pf.read_text(encoding="utf-8"))
        assert len(items) <= 11 and set(items[0]) == {"id", "problem", "plan_markdown"}
        assert len({key[i["id"]]["case"] for i in items}) == len(items)  # one plan per problem per packet
        assert not any("Generated by" in i["plan_markdown"] or "alpha" in i["id"] for i in items)
    assert "packet_2.json" in (out / "packets" / "brief_2.md").read_text(encoding="utf-8")

    grades = tmp_path / "grades_1.jsonl"
    lines = []
    for n, (oid, k) in enumerate(sorted(key.items())):
        sc = {c: (2 if k["provider"] == "beta" else 1) for c in gp.CRITERIA}
        lines.append(json.dumps({"id": oid, "scores": sc, "total": sum(sc.values()), "paste_ready": k["provider"] == "beta",
                                 "minutes_to_fix": 0 if k["provider"] == "beta" else 10, "worst": "x"}))
    grades.write_text("\n".join(lines) + "\n", encoding="utf-8")
    summ = tmp_path / "s.json"
    assert gp.main(["--collect", str(grades), "--key", str(out / "key.json"), "--json", str(summ)]) == 0
    s = json.loads(summ.read_text(encoding="utf-8"))["summary"]["holdout"]
    assert s["beta"]["mean_total"] == 20 and s["alpha"]["mean_total"] == 10
    assert s["beta"]["paste_ready"] == 10 and s["alpha"]["median_minutes_to_fix"] == 10


def test_collect_reports_bad_lines(tmp_path, capsys):
    key = tmp_path / "key.json"
    key.write_text(json.dumps({"p1": {"case": "a", "provider": "x", "split": "dev", "packet": 1}}), encoding="utf-8")
    g = tmp_path / "grades_1.jsonl"
    g.write_text(json.dumps({"id": "p1", "scores": {c: 3 for c in gp.CRITERIA}}) + "\n", encoding="utf-8")
    assert gp.main(["--collect", str(g), "--key", str(key)]) == 1
    assert "not 0, 1 or 2" in capsys.readouterr().err


def test_pack_spreads_plans_of_one_problem():
    import random

    items = [{"case": f"c{i % 7}", "id": str(i)} for i in range(21)]
    packets = gp.pack(items, 11, random.Random(1))
    assert len(packets) == 3 and all(len({x["case"] for x in p}) == len(p) for p in packets)
    assert gp.strip_footer("a\n\n---\n_Generated by upskill-planner · m_\n") == "a\n"


def test_eval_results_with_several_targets_need_a_choice(tmp_path, billing):
    res = {"records": [{"case": billing.id, "target": t, "plan_json": json.dumps(plan())} for t in ("offline:rules-v1", "openai:m")]}
    f = tmp_path / "results.json"
    f.write_text(json.dumps(res), encoding="utf-8")
    assert rr.main(["--plans", str(f), "--dataset", "evals/cases.yaml"]) == 2
    assert rr.main(["--plans", str(f), "--dataset", "evals/cases.yaml", "--target", "openai:m"]) == 0
    assert gp.main(["--out", str(tmp_path / "g"), "--split", "dev", "--plans", f"x={f}"]) == 2
    assert gp.main(["--out", str(tmp_path / "g"), "--split", "dev", "--dataset", "evals/cases.yaml",
                    "--plans", f"x={f}#openai:m"]) == 0


def test_must_not_contain_matches_whole_words_only(billing):
    """A case forbidding the name "Sam" is not hit by "a weekly sample of notes"; the name itself is."""
    case = billing.model_copy(deep=True)
    case.expect.must_not_contain = ["Sam"]
    clean = plan(practice_cases=["From the weekly sample: a refund request with no order number"])
    assert rr.score_plan(clean, case)["details"]["must_not_contain_hits"] == []
    named = plan(practice_cases=["Sam's refund request with no order number"])
    r = rr.score_plan(named, case)
    assert r["details"]["must_not_contain_hits"] == ["Sam"] and r["scores"]["nothing_invented"] == 0


def test_a_number_word_is_no_cut_word():
    """'four' in 'over the last four weeks' is a word, not 'fourteen' cut short (lemminflect has no lemma for it);
    a real cut beside it is still found."""
    p = plan(current_gap="Count the handovers over the last four weeks; they just don't wr them.")
    text = "Fourteen supervisors write the handovers."
    assert rr.cut_words(p, text) == ["wr"]


def test_a_fraction_in_words_gives_its_percent():
    """'Two thirds of the bookings' gives 66.7%: a plan writing 'Two thirds (66.7%)' invents no number; a percent the
    text does not imply still counts as invented."""
    assert {66.7, 67} <= rr.text_numbers("Two thirds of the bookings go out unchecked.")
    assert 25 in rr.text_numbers("About a quarter of the tickets.") and 50 in rr.text_numbers("half of them")
    assert 40 not in rr.text_numbers("Two thirds of the bookings go out unchecked.")


def test_the_base_of_an_unlisted_text_verb_is_no_cut_word():
    """'resole' beside the text's 'resoled' is the verb's base, not a fragment; 'liste' beside 'listed' still is."""
    text = "The cobblers resoled forty pairs and listed them in the shop book."
    plan = {"skill_goal": "Resole each pair and liste them in the shop book."}
    assert rr.cut_words(plan, text) == ["liste"]


def test_judge_v2_a_signal_that_fits_any_team_loses_its_points(billing):
    """A strict reader gives no credit to 'share of work samples that need no rework' from 'a weekly sample of the
    work' (round-11 dev gradings); the billing plan's own metric and source keep theirs, a garbled one scores 0."""
    assert rr.c_signal(plan(), billing)[0] == 2
    generic = plan()
    generic["success_signal"] = dict(generic["success_signal"], metric="share of work samples that need no rework",
                                     data_source="a weekly sample of the work checked against the checklist")
    score, info = rr.c_signal(generic, billing)
    assert info["metric_generic"] and info["source_generic"] and score == 0
    garbled = plan()
    garbled["success_signal"] = dict(garbled["success_signal"], metric="share of and the escalations at which finance")
    assert rr.c_signal(garbled, billing) == (0, rr.c_signal(garbled, billing)[1]) and rr.c_signal(garbled, billing)[1]["signal_garbled"]


def test_judge_v2_template_and_missing_questions_cost_points(billing):
    good = plan(open_questions=["Which of the five facts is missed most often, and why?"])
    assert rr.c_questions(good, billing)[0] == 2
    assert rr.c_questions(plan(open_questions=[]), billing)[0] == 0  # no question at all: the unknowns are missing
    bad = plan(open_questions=["Who is next in line after writing the notes, and what do they need?",
                               "Which piece of work shows the problem?"])
    score, info = rr.c_questions(bad, billing)
    assert score == 0 and len(info["faulty_questions"]) == 2
    assert "not a question" in rr.c_questions(plan(open_questions=["Replace the generic outcome."]), billing)[1]["faulty_questions"][0]


def test_judge_v2_a_review_date_credited_to_a_text_with_no_deadline_is_invented():
    case = next(c for c in load_cases(split="dev") if c.expect.annotated("deadline") and not c.expect.deadline
                and c.expect.role)
    p = plan(review_date_from_text="before the peak")
    p["audience"] = dict(p["audience"], role=case.expect.role)
    score, info = rr.c_invented(p, case)
    assert "review date credited to the text" in info["invented_v2"]
    p["review_date_from_text"] = None
    assert "review date credited to the text" not in rr.c_invented(p, case)[1]["invented_v2"]


def test_judge_v2_a_placeholder_goal_scores_0(billing):
    p = plan(skill_goal="Carry out the task in the team's work that shows the gap, to a standard agreed with the "
                        "reviewer (which task: to confirm, see open questions)")
    assert rr.c_goal(p, billing) == (0, {"goal_placeholder": True})
    assert rr.c_goal(plan(), billing) == (1, {"goal_placeholder": False})


def test_judge_v2_a_plan_with_no_task_scores_0_on_tasks_whatever_the_case():
    case = next(c for c in load_cases(split="dev") if not c.expect.consumer)
    assert rr.c_tasks(plan(tasks=[]), case)[0] == 0
    task = {"original": "write the notes", "rewritten": "Write the notes so the next shift can act on them",
            "consumer": "the next shift"}
    assert rr.c_tasks(plan(tasks=[task]), case)[0] is None  # tasks present, no consumer annotated: a reader judges

"""A survey group's facts travel to the plan as data: the problem text is only for an LLM prompt and for people.

Issue 10: the survey used to write "rate themselves lowest on ... (mean 2 of 5, target 4)" and the extractor and the
offline generator parsed it back with regular expressions; a change of wording broke plans once. These tests change
the wording (or replace the text altogether) and check that the plan's facts stay those of the survey.
"""

import datetime as dt
import json

from planner.frame import GroupFacts
from planner.pipeline import make_plan
from planner.providers.select import resolve
from planner.runs.runner import register_run, run_groups
from planner.runs.store import RunStore
from planner.survey import SurveyOptions, load_survey
from planner.survey.problem import problem_text, stored_facts

TODAY = dt.date(2026, 1, 5)
F = "tests/fixtures/survey/"


def _group(name="clean.csv"):
    return load_survey(F + name).groups[0]


def _facts_of(plan) -> dict:
    s = plan.success_signal
    return {"role": plan.audience.role, "team": plan.audience.team, "headcount": plan.audience.headcount,
            "skill_goal": plan.skill_goal, "metric": s.metric, "baseline": s.baseline, "target": s.target,
            "objects": [t.object for t in plan.tasks]}


def test_the_group_carries_its_facts_as_numbers():
    g = _group()
    f = g.facts
    assert (f.role, f.team, f.headcount) == ("Support Agent", "Billing", 5)
    top, stat = f.top, g.analysis.skills[0]
    assert (top.skill, top.mean, top.target, top.scale_max, top.below, top.answered) == (
        stat.skill, stat.mean, stat.target, stat.scale_max, stat.below, stat.answered)
    assert [s.skill for s in f.skills] == g.analysis.ranked_gaps
    assert [(t.theme, t.count) for t in f.themes] == [(t.theme, t.count) for t in g.analysis.themes]
    # the text is written from the same facts
    quotes = [line[3:-1] for line in g.problem_text.split("\n") if line.startswith('- "')]
    assert quotes and g.problem_text == problem_text(f, quotes)


def test_the_plan_reads_the_facts_not_the_wording():
    g = _group()
    plan = make_plan(g.problem_text, today=TODAY, survey=g.facts)
    facts = _facts_of(plan)
    assert facts["role"] == "support agent" and facts["headcount"] == 5 and facts["team"] == "Billing team"
    assert "CRM automation" in facts["skill_goal"]
    assert facts["baseline"] == "mean 2 of 5" and facts["target"] == "the survey's target level, 4 of 5"
    # the same facts told in other words: the plan's facts do not move
    reworded = ("Billing team survey, support agent group (5 answered). Weakest self-rated skill: CRM automation, "
                "averaging 2 on a five-point scale; the survey asks for 4.")
    assert _facts_of(make_plan(reworded, today=TODAY, survey=g.facts)) == facts
    # a text that contradicts the facts cannot override them either
    contrary = "The 40 nurses in the ICU team rate themselves lowest on Cooking in a skills self-assessment survey (mean 4.9 of 7, target 6)."
    assert _facts_of(make_plan(contrary, today=TODAY, survey=g.facts)) == facts


def test_without_facts_the_survey_wording_is_not_parsed_as_a_self_rating():
    """A pasted survey sentence is a manager's text like any other: no survey baseline is read out of its prose."""
    g = _group()
    plan = make_plan(g.problem_text, today=TODAY)
    assert plan.success_signal.baseline != "mean 2 of 5" and "survey's target level" not in plan.success_signal.target


def test_a_scale_other_than_one_to_five_is_written_from_the_facts():
    g = _group()
    data = g.facts.model_dump()
    data["skills"][0].update(mean=3.25, scale_min=0.0, scale_max=10.0, target=None)
    facts = GroupFacts.model_validate(data)
    s = make_plan(g.problem_text, today=TODAY, survey=facts).success_signal
    assert s.baseline == "mean 3.2 of 10" and "(0 to 10)" in s.metric and "mean of 3.2" in s.target


def test_a_run_hands_the_stored_facts_to_the_plan(tmp_path):
    """Through the run store and the runner: the facts are kept with the group and read back as data."""
    store = RunStore(tmp_path / "run.sqlite")
    survey = register_run(store, "r1", {"today": TODAY.isoformat()}, "offline", "rules-v1",
                          lambda: load_survey(F + "clean.csv"))
    row = store.groups("r1")[0]
    assert stored_facts(row["analysis"]) == survey.groups[0].facts
    assert json.loads(row["analysis"])["skills"]  # the analysis keeps its keys (outputs read them)
    # reword the stored text: the plan the runner makes still has the survey's facts
    store.db.execute("UPDATE groups SET problem_text=? WHERE run_id='r1' AND key=?",
                     ("A skills survey of this group found CRM automation the weakest skill.", row["key"]))
    store.db.commit()
    run_groups(store, "r1", resolve("offline"), TODAY)
    done = {g["key"]: json.loads(g["result"]) for g in store.groups("r1", "done")}
    plan = done[row["key"]]
    assert plan["audience"]["role"] == "support agent" and plan["audience"]["headcount"] == 5
    assert plan["success_signal"]["baseline"] == "mean 2 of 5"
    assert plan["success_signal"]["target"] == "the survey's target level, 4 of 5"
    store.close()


def test_a_store_written_before_facts_were_kept_reads_as_prose():
    assert stored_facts(None) is None
    assert stored_facts(json.dumps({"respondents": 3, "skills": [], "themes": [], "ranked_gaps": []})) is None


def test_one_respondent_reads_in_the_singular():
    g = load_survey(F + "clean.csv", SurveyOptions(min_group=1))
    lead = next(x for x in g.groups if x.facts.headcount == 1)
    assert lead.problem_text.startswith("The 1 team lead in the Sales team rates themselves lowest on ")

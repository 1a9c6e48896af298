"""The learners' named output as the skill goal, before the placeholder (planner/generators/output_goal.py, h16goal).

Sentences of the kinds in evals/dev_h16goal.yaml: the output named only as the noun of a fault, a passive with the
learners as agent, the learners' clause whose fault a rule can turn positive, a reviewer's step that is never the goal.
"""
import datetime as dt

import pytest

from planner.generators import output_goal as OG
from planner.pipeline import extract_frame, make_plan

TODAY = dt.date(2026, 12, 2)


def _plan(text: str) -> dict:
    return make_plan(text, today=TODAY).model_dump(mode="json")


def test_coming_back_from_names_output_system_and_criterion():
    r = OG.read("Bills of lading keep coming back from the carriers with the wrong freight class on them. It's the shipping "
                "clerks on the outbound dock, they build them in MercuryGate.", ["shipping clerks"], [])
    assert (r.verb, r.obj) == ("Build", "bills of lading")
    assert r.qual == " in MercuryGate with the correct freight class"
    assert OG.returned_from("Bills of lading keep coming back from the carriers with the wrong freight class.") == "the carriers"


def test_passive_by_the_learners_gives_their_verb_and_late_becomes_same_day():
    r = OG.read("Goods-in inspection reports are filed late by the receiving inspectors, often two days after the delivery. "
                "We want them filed the same day.", ["receiving inspectors"], ["SAP"])
    assert f"{r.verb} {r.obj}{r.qual}" == "File goods-in inspection reports the same day"


def test_late_without_same_day_in_text_is_on_time():
    assert OG.criterion("the reports are late every week", "the reports are late every week") == " on time"
    assert OG.criterion("they work the late shift", "they work the late shift") == ""  # a shift, not a fault


def test_from_our_role_and_a_noun_only_fault():
    r = OG.read("the lift plans from our riggers are a mess, the crane supervisor won't sign about half of them", [], [])
    assert (r.verb, r.obj) == ("Write", "lift plans")


def test_without_becomes_with_and_wrong_becomes_correct():
    s = "their daily site diaries are thin; the contracts manager found 9 of 15 diaries missing the subcontractor headcount."
    r = OG.read(s, ["site foremen"], [])
    assert f"{r.verb} {r.obj}{r.qual}" == "Write daily site diaries with the subcontractor headcount"
    r = OG.read("claims clerks key the wrong policy number on about one claim in ten", ["claims clerks"], [])
    assert f"{r.verb} {r.obj}{r.qual}" == "Key the correct policy number"
    r = OG.read("Our library assistants are reshelving returns in the wrong place.", ["library assistants"], [])
    assert f"{r.verb} {r.obj}{r.qual}" == "Reshelve returns in the correct place"


def test_learners_clause_without_a_safe_criterion_is_no_goal():
    # the symptom itself ("talk over the judge") is never turned into a goal
    assert OG.read("our interpreters talk over the judge in most hearings", ["interpreters"], []) is None


def test_system_in_another_roles_clause_is_not_the_learners():
    r = OG.read("Inspection reports are filed late by the inspectors, and the buyers can't release the stock in SAP.",
                ["inspectors"], ["SAP"])
    assert "SAP" not in r.qual


def test_reviewers_step_is_not_the_learners_goal():
    text = ("Two new ophthalmic techs start on the 14th. The last new tech's pre-op biometry sheets in Medisoft were missing "
            "the axial length for about a third of the cataract patients. Dr Okafor will check their first twenty sheets.")
    f = extract_frame(text)
    assert OG.others_step(f, "check", "their first twenty sheets")
    goal = _plan(text)["skill_goal"]
    assert not goal.lower().startswith("check")
    assert "biometry sheets with the axial length" in goal


@pytest.mark.parametrize("text, want", [
    ("Bills of lading keep coming back from the carriers with the wrong freight class on them. It's the shipping clerks on "
     "the outbound dock, they build them in MercuryGate. About one in twelve came back last month. The warehouse manager "
     "wants it fixed before the spring peak.", "bills of lading in MercuryGate with the correct freight class"),
    ("The court reporters upload their transcripts to CaseLines days after the hearing instead of the same day, and the "
     "judges' clerks chase about ten a week.", "Upload transcripts to CaseLines the same day"),
])
def test_plan_goal_is_no_placeholder_and_has_a_task(text, want):
    p = _plan(text)
    assert want in p["skill_goal"]
    assert not p["skill_goal"].startswith("Carry out the task in")
    assert p["tasks"] and p["tasks"][0]["object"]


def test_task_reader_is_the_one_that_sends_it_back_not_the_manager():
    p = _plan("Bills of lading keep coming back from the carriers with the wrong freight class on them. It's the shipping "
              "clerks on the outbound dock, they build them in MercuryGate. The warehouse manager wants it fixed.")
    assert "carriers" in (p["tasks"][0]["consumer"] or "")

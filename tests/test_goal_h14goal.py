"""h14goal (issue 12): the skill goal is the performance wanted, never the symptom or a placeholder; the practice is
real cases of the text's own output. Sentences of the kinds in evals/dev_h14goal.yaml (not holdout)."""

import datetime as dt

import pytest

from planner.evals.runner import parse_target
from planner.generators.gate import problems
from planner.generators.manner import right_manner
from planner.pipeline import make_plan
from planner.text.source_words import source_text


def _plan(text):
    return make_plan(text, config=parse_target("offline"), today=dt.date(2026, 12, 2))


def test_a_term_the_text_writes_whole_is_no_cut_word():
    s = "Update the perio chart after a clean"
    assert problems(s)  # outside a plan "perio" reads as a cut "period"
    with source_text("Our hygienists don't update the perio chart after a clean."):
        assert not problems(s)
        assert problems("Update the perio chart after a clean and recor")  # a word the text does not write is still checked
    assert problems(s)  # the source is only in force inside the block


def test_negated_behaviour_with_trade_term_gives_the_positive_goal():
    p = _plan("Our 5 dental hygienists don't update the perio chart after a clean. About half of the 40 charts I pulled "
              "last month had no new pocket depths. Priya, our lead hygienist, can look at a few charts every Friday.")
    assert p.skill_goal.startswith("Update the perio chart after a clean")
    assert "to confirm" not in p.skill_goal
    assert "lead hygienist" in p.practice_activity.task


def test_miss_errors_gives_catch_not_the_symptom():
    p = _plan("the 3 proofreaders miss errors in photo captions, maybe one a week gets printed")
    assert not p.skill_goal.lower().startswith("miss")
    assert p.skill_goal.startswith("Catch")
    assert "five errors" not in p.practice_activity.task


def test_mixing_up_gives_the_correct_object():
    p = _plan("the chemical techs on the night shift keep mixing up the batch release codes in the LIMS")
    assert p.skill_goal == "Use the correct batch release codes in the LIMS"
    assert "five correct" not in p.practice_activity.task


@pytest.mark.parametrize("tail,want", [
    ("from memory back at the office rather than at the car", " at the car"),
    ("to CaseLines days after the hearing instead of the same day", " to CaseLines the same day"),
    ("in Mosaic days after the visit", " in Mosaic on the day of the visit"),
    ("in a hurry", " accurately"),
    ("after the fact and from memory", " at the time"),
    ("by hand", None),  # no safe positive: the caller keeps its own fallback
])
def test_right_manner(tail, want):
    assert right_manner(tail) == want


def test_manner_fault_goal_keeps_object_and_system_and_drops_the_fault():
    p = _plan("Our social workers record home visits in Mosaic days after the visit, and the team manager finds gaps in "
              "about 1 in 3 case files.")
    assert p.skill_goal.startswith("Record home visits in Mosaic on the day of the visit")
    assert "days after" not in p.skill_goal
    p = _plan("Our 14 auto damage appraisers write up estimates from memory back at the office rather than at the car, so "
              "the claims handlers send roughly 1 in 8 back for missing parts.")
    assert p.skill_goal.startswith("Write up estimates at the car")
    assert "from memory" not in p.skill_goal and "up estimates," not in p.practice_activity.task


def test_symptom_rate_is_not_kept_as_the_goal_condition():
    p = _plan("Our packers miss the weight check on about 1 in 20 boxes.")
    assert p.skill_goal.startswith("Complete the weight check")
    assert "1 in 20" not in p.skill_goal


def test_practice_for_a_named_output_is_real_cases_not_work_that_went_wrong():
    p = _plan("The dispensing opticians at our two branches take pupil distance in a hurry, and about 4 pairs a month have "
              "to be remade. The branch manager checks every order before it goes to the lab.")
    assert "went wrong" not in p.practice_activity.task
    assert "branch manager" in p.practice_activity.task


def test_a_step_done_before_its_check_becomes_only_after():
    p = _plan("Pharmacy technicians at our two clinics dispense refills before the pharmacist has checked them in about 3% "
              "of cases, which the last inspection flagged as a compliance finding.")
    assert p.skill_goal.startswith("Dispense refills only after the pharmacist has checked them")
    assert "3%" not in p.skill_goal
    p = _plan("Our service desk analysts close tickets before the user confirms the fix, and about 1 in 5 get reopened.")
    assert p.skill_goal.startswith("Close tickets only after the user confirms the fix")


def test_people_who_have_not_started_shadow_rather_than_bring_work_that_went_wrong():
    p = _plan("Two travel agents join the corporate desk next month from our leisure shops. They have never ticketed in "
              "Amadeus and the corporate clients expect same-day confirmations. Nadia, the desk team leader, will buddy "
              "them for their first three weeks.")
    assert "went wrong" not in p.practice_activity.task
    assert p.practice_activity.task.startswith("Shadow")

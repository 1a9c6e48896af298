"""The offline plan's skill goal, standard, practice and lists (issue 12, notes/faults13.md), on fresh sentences.

Each test names a kind of fault strict readers found: the placeholder goal, the symptom as the goal, an object that
swallowed a relative clause, behaviour clauses the parser missed, a universal criterion tail, generic checklist
items presented as the team's, a generic practice line, repeated generic mistakes.
"""

import datetime as dt

import pytest

from planner.extract import extract
from planner.generators.gate import problems
from planner.generators.goal import item_clause, topic, wh_items
from planner.generators.offline import OfflineGenerator

TODAY = dt.date(2026, 12, 2)
PLACEHOLDERS = ("Carry out the piece of work that shows the problem", "Carry out the task named in the problem")
TAIL = "correctly the first time, checked against an agreed checklist"
GENERIC_ITEMS = ("the steps of the documented procedure followed", "exceptions recorded with a reason",
                 "handed to the next step complete")


def plan(text):
    return OfflineGenerator().generate(extract(text), TODAY)


@pytest.mark.parametrize("text,start", [
    # keep mis-V-ing, with the doubled consonant of British spelling
    ("The ward clerks keep mislabelling specimen pots, and the lab rejects a few every week.", "Label specimen pots correctly"),
    # a hyphenated mis- verb
    ("Our care assistants keep mis-recording fluid intake on the charts.", "Record fluid intake correctly on the charts"),
    # forget to V, the learners named with the manager's "our" after an opening phrase
    ("During audits our auditors forget to attach the sampling sheet to the working papers in CaseWare.",
     "Attach the sampling sheet to the working papers in CaseWare"),
    # take too long to V
    ("Our planners take too long to schedule the weekly delivery runs in the routing tool.",
     "Schedule the weekly delivery runs in the routing tool"),
    # get X wrong, with the record it goes on
    ("The reception staff keep getting the appointment times wrong on the clinic screen.",
     "Record the appointment times correctly on the clinic screen"),
    # V X without NP: the item left out is the criterion
    ("Our estimators send quotes without the delivery date.", "Send quotes with the delivery date"),
    # passive: X are sent back by Y
    ("Most weeks, timesheets are sent back by the payroll team. Our site supervisors are fed up.",
     "Submit timesheets that the payroll team accepts"),
])
def test_behaviour_clauses_become_the_goal(text, start):
    p = plan(text)
    assert p.skill_goal.startswith(start), p.skill_goal
    assert not p.skill_goal.startswith(PLACEHOLDERS) and TAIL not in p.skill_goal
    assert not problems(p.skill_goal)


def test_a_symptom_relative_clause_is_not_the_goal():
    p = plan("Our analysts write dashboards nobody opens; the account managers say they can't see which accounts are at "
             "risk or who should call them.")
    assert p.skill_goal.startswith("Write dashboards that ")
    assert "nobody" not in p.skill_goal and "nobody" not in p.performance_standard
    assert "nobody" not in p.practice_activity.task
    # what the readers cannot tell is the criterion and the checklist
    assert "which accounts are at risk" in p.skill_goal and "who should call them" in p.performance_standard


def test_a_reduced_relative_clause_is_turned_positive():
    p = plan("The site inspectors write snagging reports the builders can't follow.")
    assert p.skill_goal.startswith("Write snagging reports that the builders can follow")


def test_the_missing_items_are_the_standard_not_generic_ones():
    p = plan("Our SRE team writes incident reviews, but the product leads say they can't tell what broke or when it was "
             "fixed, and most have no follow-up owner.")
    std = p.performance_standard
    assert "what broke" in std and "when it was fixed" in std
    checklist = next(a for a in p.training_assets if a.kind == "checklist").contains
    assert not any(g in std or g in checklist for g in GENERIC_ITEMS)


def test_no_items_in_the_text_means_the_checklist_is_drafted_with_the_reviewer():
    p = plan("The line cooks at our two kitchens don't check the allergen matrix when a ticket flags an allergy. "
             "The head chef wants this sorted.")
    checklist = next(a for a in p.training_assets if a.kind == "checklist").contains
    assert "drafted with the head chef" in checklist or "drafted with the reviewer" in checklist
    assert not any(g in p.performance_standard or g in checklist for g in GENERIC_ITEMS)


@pytest.mark.parametrize("text,tool,name", [
    ("we need our receptionists to get better at the new phone system", True, "phone system"),
    ("the baristas could use more training on milk steaming", False, "milk steaming"),
    ("we need our surveyors to get better at excel", True, "Excel"),  # the product's name, never the verb
])
def test_a_named_tool_or_skill_gives_a_partial_goal_marked_to_confirm(text, tool, name):
    found = topic(text, list(extract(text).systems))
    assert found is not None and name.lower() in found[0].lower() and found[1] is tool
    p = plan(text)
    assert name in p.skill_goal and "to confirm" in p.skill_goal
    assert not p.skill_goal.startswith(PLACEHOLDERS)
    assert not p.practice_activity.task.startswith("Redo recent real")
    assert any("which" in q.lower() for q in p.open_questions)  # the open question the partial goal points to


def test_no_universal_tail_on_a_plain_verb_and_object():
    p = plan("Our 5 dispatchers schedule the service visits in ServiceTitan, and the field techs often arrive without "
             "the parts list.")
    assert TAIL not in p.skill_goal


def test_an_event_noun_is_not_the_output():
    p = plan("Our pharmacy assistants need to be ready before the CQC visit in May.")
    assert "visits" not in p.skill_goal.lower() and "visits" not in p.performance_standard.lower()


def test_practice_is_real_cases_of_this_work_in_the_named_system():
    p = plan("The lab techs keep accessioning blood samples under the wrong test code in the LIMS; the QA officer "
             "found 14 last month.")
    task = p.practice_activity.task
    assert task.startswith("Accession five blood samples") and "LIMS" in task and "QA officer" in task
    assert not task.startswith("Redo recent real")


def test_a_modifier_acronym_is_not_made_a_job_aid():
    p = plan("The pharmacy techs keep mislabelling compounded IV bags at both sites.")
    assert not any(a.title == "Job aid: IV at the point of work" for a in p.training_assets)


def test_no_repeated_or_generic_padding():
    p = plan("Our couriers don't scan parcels at the depot gate before loading.")
    course = [m for m in p.common_mistakes if "once in a course" in m]
    assert len(course) == 1
    assert "Working from memory instead of the documented procedure" not in p.common_mistakes
    assert "When unsure, check the job aid before asking, and record the case for the team's examples" not in p.decision_rules
    assert "A case that had to be redone" not in p.practice_cases
    # the text's own condition is the decision rule
    assert any(r.startswith("Before loading") for r in p.decision_rules)


def test_wh_items_and_the_item_clause():
    assert wh_items("they can't tell what changed or who owns the follow-ups.") == ["what changed", "who owns the follow-ups"]
    assert item_clause(["what changed", "an action owner"]) == ", saying what changed, with an action owner"
    assert item_clause([]) == ""


@pytest.mark.parametrize("text", [
    "Our radiographers keep mislabelling the side markers on chest x-rays in PACS.",
    "Our analysts write dashboards nobody opens; the account managers say they can't see which accounts are at risk.",
    "we need our receptionists to get better at the new phone system",
    "Our estimators send quotes without the delivery date.",
])
def test_every_generated_sentence_passes_the_gate(text):
    p = plan(text)
    for s in [p.skill_goal, p.performance_standard, p.practice_activity.task]:
        assert not problems(s), s
    for s in p.decision_rules + p.practice_cases + p.common_mistakes:
        assert not problems(s, phrase=True), s


def test_the_text_s_own_checker_and_blocked_step():
    from planner.generators.goal import blocked_step, checker

    assert checker("about 3 a week get caught by the pharmacists who check them before release") == "pharmacists"
    assert checker("the night shift is short-staffed") is None
    assert blocked_step("and the import team can't book the shipment until they have the code", "import team") == "book the shipment"
    p = plan("Our customs clerks take too long to classify new products in the tariff tool, and the import team can't book "
             "the shipment until they have the code.")
    assert p.skill_goal.startswith("Classify new products in the tariff tool")

"""Offline plans built from the learners' behaviour clause (issue 12, faults B, C, E, F, H, I, J in notes/faults12.md).

The texts here are written for these tests (not the eval cases): each states a behaviour in a different construction,
and the plan must carry that behaviour as a whole constituent, stated positively, in the goal, the gap, the standard
and the practice, with no placeholder goal, no message-writing checklist for non-writing work, and every sentence
passing the well-formedness gate.
"""

import datetime as dt

import pytest

from planner.extract import extract
from planner.extract.owner import find_owner, owner_step
from planner.generators.behaviour import find_behaviour
from planner.generators.gate import problems
from planner.pipeline import make_plan

TODAY = dt.date(2026, 12, 1)
PLACEHOLDER = "Carry out the piece of work"
MESSAGE_ITEMS = ("purpose stated in the first line", "facts the reader needs", "sample of messages")


def plan(text):
    return make_plan(text, today=TODAY)


@pytest.mark.parametrize("text,forms,wanted", [
    # skipped step, with its system and its condition
    ("Our fitters skip the torque check in the MES when the line is busy.", ("fitter", "fitters"),
     "Complete the torque check in the MES, including when the line is busy"),
    # a negated verb with a "when" event
    ("The baristas don't check the milk temperature when a customer asks for a flat white.", ("barista", "baristas"),
     "Check the milk temperature every time a customer asks for a flat white"),
    # keep + -ing with "wrong": the correct object
    ("Our coders keep filing tickets under the wrong component in Jira.", ("coder", "coders"),
     "File tickets under the correct component in Jira"),
    # a step left out by "without"
    ("The drivers close deliveries without taking a photo of the parcel.", ("driver", "drivers"),
     "Take a photo of the parcel every time they close deliveries"),
    # "leave X off Y"
    ("Our surveyors leave the site reference off the inspection reports.", ("surveyor", "surveyors"),
     "Record the site reference on the inspection reports"),
    # a manner complaint from the lexicon
    ("Some of our receptionists are rude on the phone to patients.", ("receptionist", "receptionists"),
     "Speak courteously on the phone to patients"),
    # the manager's own wish for the people
    ("The site lead wants the 5 scaffolders to tag every scaffold at handover.", ("scaffolder", "scaffolders"),
     "Tag every scaffold at handover"),
    # a mis- verb: the performance without the error
    ("The pharmacy assistants mislabel repeat prescriptions on the dispensing system.", ("pharmacy assistant", "pharmacy assistants"),
     "Label repeat prescriptions correctly on the dispensing system"),
    # "instead of": the wanted action first
    ("Our tutors read the slides aloud instead of asking the learners questions.", ("tutor", "tutors"),
     "Ask the learners questions instead of reading the slides"),
])
def test_the_behaviour_is_read_whole_and_stated_positively(text, forms, wanted):
    b = find_behaviour(text, forms)
    assert b is not None
    assert b.sentence() == wanted
    assert problems(b.sentence()) == []


def test_no_behaviour_when_the_text_names_none():
    assert find_behaviour("Morale is low and the office is noisy.", ("clerk", "clerks")) is None
    # a question is never read as the work ("Is that realistic in six months?")
    assert find_behaviour("Can the clerks learn to file claims by spring?", ("clerk", "clerks")) is None


@pytest.mark.parametrize("text,system,obj", [
    ("The 9 fitters on the B shift skip the torque check in the MES when the line is busy, and about 4% of axles come back.",
     "MES", "torque check"),
    ("Our couriers don't scan parcels at the depot gate before loading; the depot manager counted 31 lost parcels in March.",
     "depot gate", "scan parcels"),
])
def test_goal_gap_standard_and_practice_carry_the_behaviour(text, system, obj):
    p = plan(text)
    assert not p.skill_goal.startswith(PLACEHOLDER)
    assert obj in p.skill_goal.lower() and system in p.skill_goal
    assert obj in p.current_gap  # the text says what goes wrong: the gap is its sentence, not a blank
    assert "does not say what goes wrong" not in p.current_gap
    assert obj in p.performance_standard
    # the practice counts real cases of this work ("Scan five parcels ..."): the verb and the object head, the system
    task = p.practice_activity.task.lower()
    assert obj.split()[0] in task and obj.split()[-1].rstrip("s") in task and system.lower() in task
    assert not task.startswith("redo recent real")
    assert not any(m in p.performance_standard or m in p.success_signal.data_source for m in MESSAGE_ITEMS)
    assert p.common_mistakes[0].lower().startswith(("the ", "some of the "))  # the text's own reported mistake first


def test_every_sentence_of_a_behaviour_plan_is_well_formed():
    p = plan("Our grounds staff keep spraying weedkiller without filling in the chemical log, and the estates supervisor "
             "who signs the log each Friday found 6 gaps last month.")
    for s in [p.skill_goal, p.performance_standard, p.practice_activity.task, *p.decision_rules, *p.practice_cases]:
        assert problems(s, phrase=True) == [], s
    for t in p.tasks:
        assert problems(t.rewritten) == [], t.rewritten
    assert "pieces of work" not in p.model_dump_json()


def test_the_gap_never_quotes_a_question():
    p = plan("Our 4 porters don't log equipment moves in the tracking app. Is that fixable before the audit?")
    assert "?" not in p.current_gap and "log equipment moves" in p.current_gap


@pytest.mark.parametrize("text,audience", [
    ("On ward 9 the ward manager wants the 16 staff nurses to record fluid balance at every handover.", "staff nurse"),
    ("The devs on the billing squad don't write migration notes, and the platform lead has to chase them.", "dev"),
    ("We have 11 room attendants; the head housekeeper who inspects rooms each morning fails one in ten.", "room attendant"),
    ("We have one helpdesk person who wants to become a developer next year.", "helpdesk person"),
])
def test_the_audience_is_the_role_as_written(text, audience):
    assert extract(text).audience_role == audience


def test_a_count_written_before_the_role_anywhere_is_the_headcount():
    f = extract("Our cleaners skip the deep-clean list on Sundays. There are 12 cleaners on the weekend rota.")
    assert f.headcount == 12


@pytest.mark.parametrize("text,audience,owner,step", [
    ("We have 11 room attendants and the head housekeeper who inspects rooms each morning fails one in ten.",
     "room attendant", "head housekeeper", "inspect rooms each morning"),
    ("The night porters skip the fire round, and the duty supervisor signs off the round sheet every morning.",
     "night porter", "duty supervisor", "sign off the round sheet every morning"),
    ("The weld inspector rejected 12% of joints made by the welders.", "welder", "weld inspector", None),
])
def test_the_owner_is_the_role_above_in_its_own_clause(text, audience, owner, step):
    assert find_owner(text, audience) == owner
    assert owner_step(text, owner) == step  # a past finding ("rejected 12%") is not a step the work serves


def test_a_behaviour_task_serves_the_owners_own_step():
    p = plan("The night porters skip the fire round in the patrol app when the wards are busy, and the duty supervisor "
             "signs off the round sheet every morning.")
    t = p.tasks[0]
    assert t.consumer and "supervisor" in t.consumer
    assert "sign off the round sheet every morning" in t.rewritten

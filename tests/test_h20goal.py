"""The skill goal, the tasks and the questions built from them (issue 12, round 10, h20goal).

Each test states a behaviour the earlier rules got wrong (blind readers' remarks on dev `late` plans): an object that
names no piece of work ("Plan anything", "Report half empty", "Complete the GPS" of "the GPS tag", "Check the roughly
one alt-text problem", "Use a ground microphone"), a placeholder goal beside a grounded task ("Write the benefits
letters, so payroll can ..."), the text's "have to include / must give / have to say" clause ignored as the criterion,
no task where the goal names the work, the generic outcome "without chasing missing details", and a question built
over a reader's own name ("do with the retention next").
"""

from __future__ import annotations

import datetime as dt

import re

import pytest

from planner.extract.new_work import never_done
from planner.generators.output_goal import output_criterion
from planner.generators.work_object import object_fault
from planner.pipeline import make_plan
from planner.providers.select import resolve

TODAY = dt.date(2026, 12, 3)


def plan(text: str):
    return make_plan(text, resolve("offline"), today=TODAY)


@pytest.mark.parametrize("verb, obj, text", [
    ("plan", "anything", "He's never planned anything."),
    ("report", "half empty", "embalmers keep leaving the case report half empty"),
    ("complete", "the GPS", "they skip the GPS tag on about one in six field samples."),
    ("check", "the roughly one alt-text problem", "The testers miss roughly one alt-text problem in five."),
    ("use", "a ground microphone", "They've never used a ground microphone."),
    ("cant", "tell", "the signal engineers cant tell which switches need grinding"),
    ("bag", "a week", "the lab throws out about ten bags a week"),
    ("check", "the first twenty claims", "He'll check their first twenty claims."),
    ("order", "packing", "our 3 watch repairers are going to be doing online order packing"),
])
def test_an_object_that_names_no_piece_of_work_is_refused(verb, obj, text):
    assert object_fault(verb, obj, text)


@pytest.mark.parametrize("verb, obj, text, context", [
    ("write", "handover notes", "The 8 night nurses write handover notes that the day nurses rely on.", ""),
    ("attach", "the 1099 forms", "they forget to attach the 1099 forms to the return in Drake", ""),
    ("run", "two cranes", "each operator will run two cranes from a console", ""),
    ("complete", "the GPS tag", "they skip the GPS tag on about one in six field samples.", ""),
    ("use", "the client glossary", "they ignore the client glossary", " every time they hand back the manuals"),
    ("clip", "the harness", "the roofers keep clipping the harness to the wrong anchor", ""),
])
def test_a_whole_object_of_the_work_passes(verb, obj, text, context):
    assert object_fault(verb, obj, text, context) is None


def test_the_texts_requirement_on_the_output_is_its_criterion():
    text = ("Our 6 avionics techs on the line write up the defect entries in AMOS. They have to include the ATA chapter "
            "and the part serial number, and about one in four don't.")
    assert output_criterion(text, "defect entries") == " with the ATA chapter and the part serial number"
    assert output_criterion("Their defect reports get passed to the enforcement officers, so the reports have to say "
                            "which axle and which defect code.", "defect reports") == ", saying which axle and which defect code"
    assert output_criterion("this month 12 letters had the old contribution rate", "the benefits letters") \
        == " with the current contribution rate"


def test_a_placeholder_goal_is_rebuilt_from_the_grounded_task():
    p = plan("Payroll can only run the pension deductions once the benefits letters from my 5 benefits coordinators "
             "are signed off; this month 12 letters had the old contribution rate and payroll had to hold the run for "
             "two days.")
    assert p.skill_goal == "Write the benefits letters with the current contribution rate, so payroll can run the pension deductions"
    assert not any(q.startswith("Which piece of work") for q in p.open_questions)


def test_a_generic_reader_tail_gives_way_to_the_readers_step():
    p = plan("Four inspectors join the roadside unit next month, all from the railway side. Their defect reports get "
             "passed to the enforcement officers, who decide from them whether a lorry is taken off the road, so the "
             "reports have to say which axle and which defect code. Nobody here has trained new inspectors in years.")
    assert p.skill_goal.startswith("Write defect reports, saying which axle and which defect code, so the enforcement officers can decide")
    assert "can use them" not in p.skill_goal


def test_a_criterion_clause_is_not_the_behaviour():
    p = plan("Our 6 avionics techs on the line write up the defect entries in AMOS. They have to include the ATA "
             "chapter and the part serial number, and about one in four don't, which means stores can't order the part "
             "before the aircraft's next turnaround. Gemma, the line supervisor, reads the entries at the end of every shift.")
    assert p.skill_goal == ("Write up defect entries in AMOS with the ATA chapter and the part serial number, so stores "
                            "can order the part before the aircraft's next turnaround")


def test_a_passive_with_the_learners_as_agent_names_their_output_and_its_reader():
    p = plan("Soil cores are being bagged without the field ID by our three ag techs -- the lab throws out about ten "
             "bags a week because it can't match them to a grower, and the growers then wait another fortnight for "
             "their fertiliser advice.")
    assert [t.rewritten for t in p.tasks] == ["Bag the soil cores with the field ID, so the lab can match them to a grower."]
    assert "a week" not in p.skill_goal


def test_garbled_goals_and_tasks_are_never_emitted():
    marek = plan("Bit of an unusual one. Marek has loaded tankers on the jetty for eleven years; his back won't take the "
                 "hose work much longer, and he's asked whether he could come inside and do the loading schedules - the "
                 "planning side, in our TMS. He's never planned anything. Our planning lead, Sue, is happy to have him "
                 "shadow her from January.")
    embalmers = plan("embalmers keep leaving the case report half empty, Frank our funeral director signs each one off")
    for p in (marek, embalmers):
        said = [p.skill_goal] + [t.rewritten for t in p.tasks] + list(p.open_questions)
        said = [re.sub(r'"[^"]*"', "", s) for s in said]  # the text quoted as written is no phrase built from it
        assert not any("anything" in s.lower() or "half empty" in s.lower() for s in said)


def test_the_goals_own_work_is_a_task_when_no_other_is_left():
    p = plan("We've got seven mechanics across the two workshops and we service about 120 bikes a week. Roughly one "
             "bike in twenty comes back within a fortnight because the stem bolts weren't torqued to spec. Ravi, the "
             "workshop lead, test-rides a couple of bikes every afternoon.")
    assert [t.rewritten for t in p.tasks] == ["Torque the stem bolts to spec (who depends on this step next is not stated yet: see the open questions)."]


def test_the_generic_outcome_is_a_precise_blank():
    p = plan("We're moving the nine correspondence clerks off letter-writing next quarter because the templates are "
             "being automated in the CRM. The plan is for them to handle the complaint callbacks for the retention team, "
             "and Priya who runs retention will coach them.")
    assert not any("without chasing missing details" in (t.outcome or "") + t.rewritten for t in p.tasks)
    assert not any("do with the retention next" in q for q in p.open_questions + [q for t in p.tasks for q in t.open_questions])


def test_coordinated_verbs_and_a_never_done_frame_name_the_work():
    p = plan("The monthly tables are moving from the old spreadsheet macros to R scripts, so our 5 statistical "
             "assistants become the people who run and check the R pipeline from April. In the two trial months, 3 of "
             "the 16 tables they produced had a wrong base in the percentages. Olu, the senior statistician, signs off "
             "every table before release.")
    assert p.skill_goal.startswith("Run and check the R pipeline")
    assert never_done("Two apprentices start next week; neither has resoled a Goodyear-welted boot.") == ("resole", "a Goodyear-welted boot")
    assert never_done("none had walked the old town route before") == ("walk", "the old town route")


def test_a_generic_output_goal_gives_way_to_the_texts_own_verb_and_reader():
    p = plan("Nine weighbridge clerks, two shifts. Roughly 1 in 12 tickets they key into Weighsmart has the wrong tare "
             "weight, and invoicing bills the hauliers off those tickets, so we credit back a few thousand a month. I go "
             "over yesterday's tickets every morning with the shift lead. Nobody here is new, it's a habit thing.")
    assert p.skill_goal == ("Key the tickets into Weighsmart with the correct tare weight, so invoicing can bill the "
                            "hauliers off them")


def test_a_fault_verb_and_an_unfinished_output_are_turned_into_the_performance():
    hosts = plan("hosts double-book the big tables, Maître d' Lucas checks the book every afternoon")
    assert hosts.skill_goal == "Book the big tables without double-booking them"
    embalmers = plan("embalmers keep leaving the case report half empty, Frank our funeral director signs each one off")
    assert embalmers.skill_goal.startswith("Complete the case report")


def test_the_reader_named_in_a_relative_clause_on_the_output_is_the_tasks_consumer():
    p = plan("Renewals go straight-through in Guidewire from May, so the renewal keying our five policy clerks do is "
             "going. They'll move to the endorsements desk instead: processing mid-term changes to motor policies, which "
             "the underwriters then price. Deepa, who leads endorsements, has offered to sit with each of them for a week.")
    assert [t.rewritten for t in p.tasks] == ["Process mid-term changes, so the underwriters can price them."]
    assert not any("leading endorsements" in q for q in p.open_questions)

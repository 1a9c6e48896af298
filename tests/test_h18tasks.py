"""Workflow-grounded tasks and specific open questions (issue 12, round 8, h18tasks).

Each test states a behaviour the earlier rules got wrong: the reader's own step read whole from the frame the text
uses for it, the newcomers' first job and the reskilling destination's work as the task, the learners' output named
by a possessive, a thin line naming the work, and questions asked in the problem's own terms, never boilerplate.
"""

from __future__ import annotations

import datetime as dt

import pytest

from planner.extract.consumer_use import reader_use
from planner.pipeline import make_plan
from planner.providers.select import resolve

TODAY = dt.date(2026, 12, 3)


def plan(text: str):
    return make_plan(text, resolve("offline"), today=TODAY)


@pytest.mark.parametrize("text, performer, who, said", [
    ("Our surveyors write up the site reports, and the design engineer uses them to size the drainage runs.",
     "surveyor", "the design engineer", "the design engineer can size the drainage runs"),
    ("The coders send the abstracts to the billing analysts, who file the claims from them.",
     "coder", "the billing analysts", "the billing analysts can file the claims from them"),
    ("They draft the menus in Toast, which the line cooks work from on service nights.",
     "server", "the line cooks", "the line cooks can work from them on service nights"),
    ("The clerks key the orders, and the pickers can't load the vans when the bay numbers are wrong.",
     "clerk", "the pickers", "the pickers can load the vans"),
    ("Our agents log the bookings, but the hotel partners keep rejecting bookings because the dates are wrong.",
     "agent", "the hotel partners", "the hotel partners do not reject the bookings"),
])
def test_reader_use_reads_the_readers_step_whole(text, performer, who, said):
    use = reader_use(text, performer)
    assert use is not None and use.who == who and use.said == said


def test_reader_use_never_takes_a_complaint_about_the_people_as_a_step():
    assert reader_use("The night manager can't babysit them every shift.", "front desk agent") is None
    assert reader_use("Their forms go to the sergeants, who need the street name on every card.", "dispatcher") is None


def test_task_carries_the_readers_step_not_a_cut_one():
    p = plan("Our four pipe fitters write up the test records in Procore, and the commissioning engineer uses them to "
             "sign off the pressure tests. About half the records leave out the gauge serial.")
    t = p.tasks[0]
    assert t.outcome == "the commissioning engineer can sign off the pressure tests"
    assert t.rewritten.endswith("so the commissioning engineer can sign off the pressure tests.")


def test_reader_blocked_in_its_own_clause_is_the_consumer():
    p = plan("Our ticket agents complete the manifests for the coaches, and the drivers can't check the passengers in "
             "at the depot when the seat counts are wrong. It happened 9 times last month.")
    t = p.tasks[0]
    assert t.consumer == "drivers"
    assert "so the drivers can check the passengers in at the depot" in t.rewritten
    assert not any(q.startswith("Who receives the manifests") for q in p.open_questions)


def test_newcomers_first_job_in_a_named_system_is_the_task():
    p = plan("Three planners start with us on the 4th. Their first job will be building the load plans in Maestro, "
             "which the yard crew work from each morning, so they need to learn how we set those out.")
    assert [t.rewritten for t in p.tasks] == [
        "Build the load plans in Maestro, so the yard crew can work from them each morning."]
    assert not any(q.startswith("Which tasks must") for q in p.open_questions)


def test_reskilling_destination_work_after_a_comma_is_the_task():
    p = plan("The manual sort line closes in May when the new sorter goes in. Our twelve sorters will move into "
             "returns inspection, grading returned parcels against the condition guide and logging faults in the WMS.")
    assert p.intervention_type == "reskilling"
    assert p.tasks and (p.tasks[0].action, p.tasks[0].object) == ("grade", "returned parcels")


def test_output_named_by_a_possessive_gets_its_reader_and_one_question():
    p = plan("our cad techs' shop drawings keep confusing the site fitters")
    t = p.tasks[0]
    assert t.object == "the shop drawings" and t.consumer == "site fitters"
    assert "fitters" not in t.action
    # one question about what the readers do with the output (the count of the fault may quote the clause: h19q)
    asked = [q for q in p.open_questions if "shop drawings" in q and not q.startswith("How often")]
    assert len(asked) == 1 and asked[0].startswith("What do the site fitters do with the shop drawings")


def test_thin_line_naming_the_work_gets_that_task_and_no_workflow_boilerplate():
    p = plan("our paralegals need to get better at drafting witness statements")
    assert [(t.action, t.object) for t in p.tasks] == [("draft", "witness statements")]
    assert not any(q.startswith("Which workflow or process") for q in p.open_questions)
    assert any("drafting witness statements" in q for q in p.open_questions)


def test_discovery_steps_ask_no_workflow_boilerplate():
    p = plan("we need to get better at communication")
    assert not any(q.startswith("Which workflow or process") for q in p.open_questions)


def test_target_question_names_the_metric_and_repeats_no_figure():
    p = plan("Our cargo inspectors record the seal numbers on the inspection form, but the customs brokers keep "
             "rejecting entries because the seal numbers don't match the bill of lading. We had 23 rejected entries "
             "in October.")
    q = [q for q in p.open_questions if q.startswith("What target should the ")]
    assert q and "figure reach" not in q[0] and not any(ch.isdigit() for ch in q[0])


def test_learners_present_routine_answers_are_they_new():
    p = plan("The tire builders on B shift log the green tire weights on the paper traveller. The curing press "
             "operators rely on those weights to pick the cure recipe, and when a weight is missing they guess.")
    assert not any(q.startswith("Are the tire builders new") for q in p.open_questions)
    assert p.tasks[0].outcome == "the curing press operators can pick the cure recipe"


def test_a_cue_word_is_matched_whole_not_as_a_prefix():
    from planner.generators.reskill_goal import _old_work

    assert not _old_work("", ("when the new cartoner goes in",), "sealed cartons")
    assert _old_work("", ("when the cartons go to the robot",), "sealed cartons")


def test_readers_rework_turned_fills_a_blank_and_a_purpose_wins_over_it():
    use = reader_use("they kept sending quotes that finance had to reject.", "sales rep")
    assert use is not None and use.said == "finance does not have to reject them"
    p = plan("The eight stagehands on the touring crew mark up the cue sheets during tech rehearsals, and the stage "
             "manager calls the show from them. Twice this tour a cue sheet was out of date, so the stage manager had "
             "to call it from memory.")
    assert p.tasks[0].rewritten.endswith("so the stage manager can call the show from them.")


def test_a_reader_named_by_an_ist_noun_gets_its_step():
    p = plan("Our nine respiratory therapists chart vent settings from memory at the end of the shift, so the night "
             "intensivist can't base weaning decisions on them.")
    assert p.tasks[0].rewritten.endswith("so the night intensivist can base weaning decisions on them.")


def test_a_step_that_hands_on_no_document_is_asked_about_as_a_step():
    p = plan("branch tellers arent checking customer ID on big cash withdrawals like the policy says")
    assert not any(q.startswith("Who receives the customer ID") for q in p.open_questions)
    assert not any("downstream" in q for q in p.open_questions)
    assert any(q.startswith("Who is next in line after checking customer ID") for q in p.open_questions)


def test_the_count_question_names_the_fault_in_the_texts_words():
    p = plan("our vet techs keep charting doses in the wrong units")
    assert any(q.startswith('How often does the problem happen today ("keep charting doses in the wrong units")')
               for q in p.open_questions)

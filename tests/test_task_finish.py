"""The last pass over an offline plan's tasks (issue 12, round 11, r11tasks): the work the text names in the frames
managers use for new or required work, the reader and its step read from any clause, and no placeholder or
complaint as a task.

Texts written for these tests (not eval cases). Each assertion failed on the code before this pass.
"""

from __future__ import annotations

import datetime as dt

from planner.pipeline import make_plan

TODAY = dt.date(2026, 12, 3)


def plan(text: str):
    from planner.evals.runner import parse_target

    return make_plan(text, config=parse_target("offline"), today=TODAY)


def test_the_newcomers_work_in_a_their_work_will_be_clause_with_the_readers_relative_clause():
    p = plan("Three agency radiographers join us on 4 March. Their work here will be positioning trauma patients and "
             "writing the exposure notes in Sectra, which the reporting consultant signs off before the ward gets the "
             "images. Femi, our superintendent, will work beside them for a week.")
    rs = [t.rewritten for t in p.tasks]
    assert any(r.startswith("Write the exposure notes in Sectra, so the reporting consultant can sign them off before the ward") for r in rs), rs
    assert not any(r.startswith(("Take on the first real tasks", "Collect recent examples")) for r in rs)
    notes = next(t for t in p.tasks if t.object == "the exposure notes")
    assert notes.consumer == "reporting consultant" and notes.outcome
    # the reader is named for the plan's output: "who uses the output of 'Position trauma patients'" is not asked
    assert not any(q.startswith("Who uses the output of") for q in p.open_questions), p.open_questions


def test_a_new_role_with_its_work_after_a_colon():
    p = plan("The print room closes in May, so our four print operators become mailroom assistants: sorting the incoming "
             "post and scanning the supplier invoices into Xero.")
    rs = [t.rewritten for t in p.tasks]
    assert any(r.startswith("Sort the incoming post") for r in rs) and any(r.startswith("Scan the supplier invoices into Xero") for r in rs), rs


def test_the_readers_finite_purpose_clause_is_the_outcome():
    p = plan("our night porters never update the parcel book so the day concierge knows where each parcel is")
    assert p.tasks and p.tasks[0].outcome == "the day concierge knows where each parcel is", [t.rewritten for t in p.tasks]


def test_a_function_named_bare_is_the_reader_of_its_blocked_step():
    p = plan("theatre techs keep leaving the tray number off the sterilisation log, infection control cant trace which "
             "tray went to which theatre")
    t = p.tasks[0]
    assert t.consumer == "infection control" and t.outcome.startswith("infection control can trace which tray"), t.rewritten


def test_a_task_that_is_the_fault_itself_is_left_out():
    p = plan("graders on belt 3 keep letting green tomatoes into the ripe crates, and QC has to re-sort the whole pallet "
             "before it can ship")
    assert not any(t.rewritten.lower().startswith("let green tomatoes") for t in p.tasks), [t.rewritten for t in p.tasks]


def test_the_readers_keep_complaint_turned_into_its_plain_positive():
    p = plan("Our six goods-in clerks log the delivery notes in SAP, and the buyers keep guessing which supplier sent "
             "which pallet.")
    outs = [t.outcome or "" for t in p.tasks]
    assert any(o.startswith("the buyers no longer guess which supplier") for o in outs), [t.rewritten for t in p.tasks]


def test_the_named_readers_own_clause_is_the_outcome_even_when_no_role_list_knows_it():
    p = plan("Our fitters take the window measurements on paper and the glazing bay relies on them to cut the panels, but "
             "about one in ten comes back the wrong size.")
    t = p.tasks[0]
    assert t.consumer and "glazing bay" in t.consumer and t.outcome == "the glazing bay can cut the panels", t.rewritten


def test_the_learners_own_fault_clause_gives_the_work_in_its_plain_positive():
    wrong = plan("since Ana left, the remaining welders keep getting the root gap wrong on the thick plates")
    assert [t.rewritten for t in wrong.tasks][:1] == ["Get the root gap right on the thick plates."], [t.rewritten for t in wrong.tasks]
    without = plan("our roofers keep cutting in without checking for live cables first")
    assert any(t.rewritten.startswith("Check for live cables") for t in without.tasks), [t.rewritten for t in without.tasks]

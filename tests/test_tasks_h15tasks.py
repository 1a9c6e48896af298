"""Workflow-grounded tasks (issue 12, h15tasks): the reader the text names, never the reviewer; the reader's own
clause as the outcome, its negation turned; no "Support X by" frame; the new role's and the post's first work.

Texts written for these tests (not eval cases), of the kinds blind readers marked down.
"""

from __future__ import annotations

import datetime as dt

from planner.extract import extract
from planner.extract.consequence import consumer_outcome, sent_to, so_subject
from planner.extract.new_work import expanded, first_work
from planner.generators.gate import problems
from planner.generators.offline import OfflineGenerator
from planner.grounding.plan import ground_plan_tasks

TODAY = dt.date(2026, 12, 2)


def plan(text: str):
    f = extract(text)
    return ground_plan_tasks(OfflineGenerator().generate(f, TODAY), f)


def _asks_receiver(p) -> bool:
    return any("who receives" in q.lower() or "who uses" in q.lower() for q in p.open_questions)


def test_the_reviewer_is_never_the_consumer_when_its_step_is_a_review():
    p = plan("Our six groundskeepers skip the spray record after each treatment in Verdi. Tom, the grounds supervisor, "
             "goes through the records every Thursday.")
    t = p.tasks[0]
    assert t.consumer is None or "supervisor" not in t.consumer
    assert "go through" not in t.rewritten and "supervisor" not in t.rewritten
    assert "not stated yet" in t.rewritten and _asks_receiver(p)  # a blank and one question, never the reviewer


def test_the_reader_named_beside_the_reviewer_is_the_consumer_with_its_own_clause():
    p = plan("Our glaziers close jobs on the tablet without listing the pane sizes, so the scheduler can't order the "
             "replacement glass and the customer waits another fortnight. Ana, the ops manager, reads the job sheets "
             "every Monday.")
    t = p.tasks[0]
    assert t.consumer == "scheduler"
    assert t.outcome == "the scheduler can order the replacement glass"  # first conjunct, negation turned
    assert t.rewritten.endswith(", so the scheduler can order the replacement glass.")
    assert not t.rewritten.startswith("Support ") and problems(t.rewritten) == []
    assert all(c.passed for c in t.checks), [c for c in t.checks if not c.passed]
    assert not _asks_receiver(p)


def test_a_consequence_clause_is_turned_by_do_support_never_kept_as_the_step():
    text = ("The couriers scan the parcels but half the time the barcodes don't match the manifest, so the depot "
            "holds the cages overnight.")
    assert consumer_outcome(text, ["depot"]) == "the depot does not hold the cages overnight"
    assert consumer_outcome("The couriers scan the parcels, so the depot holds the cages overnight.", ["depot"]) is None  # no fault before it


def test_a_reader_no_role_list_knows_is_read_from_its_own_clause():
    text = "Our copy editors send back the chapters without checking the house style, so the typesetters end up fixing the hyphens."
    assert so_subject(text, "copy editor") == "typesetters"
    assert sent_to("The interns send the draft minutes to the proofreaders every evening.", "intern") == "proofreaders"
    p = plan(text)
    t = p.tasks[0]
    assert t.consumer == "typesetters" and "so the typesetters do not end up fixing the hyphens" in t.rewritten
    assert not _asks_receiver(p)


def test_the_readers_act_is_never_the_learners_task():
    p = plan("our surveyors' site plans are a mess, the groundworkers can't set out the footings from them")
    assert not any(t.action.startswith("set") for t in p.tasks)


def test_the_new_roles_work_with_a_contraction_is_the_task():
    assert "they will audit" in expanded("where they'll audit the claims")
    p = plan("Meter reading goes fully smart next year, so our nine meter readers will have nothing left to read. We're "
             "moving them into the billing team, where they'll check the exception reports before the billing leads "
             "release them.")
    assert p.intervention_type.value == "reskilling"
    t = p.tasks[0]
    assert t.action == "check" and "exception reports" in t.object and "billing leads" in (t.consumer or "")
    assert "not stated yet" not in t.rewritten and "read" not in t.action
    assert not any(q.startswith("Which tasks ") for q in p.open_questions)  # the text names them


def test_the_posts_first_job_is_the_onboarding_task():
    assert first_work("Their first job will be packing the field kits against the pick lists, and so on.") == (
        "pack", "the field kits", " against the pick lists")
    p = plan("Three new kit technicians join us on 12 January. Their first job will be packing the field kits against "
             "the pick lists, and the site engineers who unpack them on site rely on every item being there.")
    assert p.intervention_type.value == "onboarding"
    t = p.tasks[0]
    assert t.action == "pack" and "field kits" in t.object and t.consumer and "site engineers" in t.consumer


def test_the_first_conjunct_only_and_no_double_negation():
    text = ("The porters log the deliveries but mistype the bay numbers, so the pickers go to the wrong aisle and drivers "
            "can't find the pallets.")
    assert consumer_outcome(text, ["pickers"]) == "the pickers do not go to the wrong aisle"
    assert consumer_outcome("Our fitters never sign the job sheet, so the surveyors have no idea what was done.",
                            ["surveyors"]) is None  # turning "no idea" needs a new word: no outcome, never "have not no idea"


def test_a_shift_or_a_department_in_its_own_clause_is_the_reader():
    p = plan("our kiln operators never fill in the firing log and the next shift has no idea which kiln is cooling")
    t = p.tasks[0]
    assert t.consumer == "next shift" and "not no" not in t.rewritten
    from planner.extract.consequence import sends_back

    assert sends_back("The clerks send claims without the receipts, and underwriting bounces about ten a week back to "
                      "us.", "clerk") == ("underwriting", "underwriting does not bounce them back")

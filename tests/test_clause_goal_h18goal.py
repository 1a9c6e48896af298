"""The goal's verb and object from clause shapes the other readers missed (h18goal, issue 12 round 8).

Sentences of the kinds in evals/dev_h18goal.yaml: a reduced object relative ("the damage reports our inspectors raise
in CargoSnap have no photo"), an agentless passive fault ("the stem bolts weren't torqued to spec"), "leave X
un-VERBed", a leading "when they VERB X" condition, a mismatch criterion, the post's work named by its share of the
day, a noun-verb in the learners' verb slot, "from outside the X".
"""
import datetime as dt

from planner.extract.new_work import first_work
from planner.extract.phrases import can_be_noun
from planner.generators import clause_goal as CG
from planner.generators import output_goal as OG
from planner.pipeline import make_plan

TODAY = dt.date(2026, 12, 3)


def _goal(text: str) -> str:
    return make_plan(text, today=TODAY).skill_goal


def test_reduced_relative_gives_the_learners_own_verb_system_and_criterion():
    r = CG.relative_output("Half the damage reports our cargo inspectors raise in CargoSnap have no photo of the container "
                           "seal, and the claims handlers reject those.", ["cargo inspectors"], [])
    assert (r.verb, r.obj, r.system) == ("Raise", "damage reports", "CargoSnap")
    assert r.qual == " in CargoSnap with the photo of the container seal"


def test_agentless_passive_fault_turned_positive_and_a_plain_passive_gives_nothing():
    r = CG.passive_fault("Roughly one bike in twenty comes back because the stem bolts weren't torqued to spec.", [])
    assert f"{r.verb} {r.obj}{r.qual}" == "Torque the stem bolts to spec"
    r = CG.passive_fault("Since June, 14% of jobs get assigned to the wrong zone.", [])
    assert f"{r.verb} {r.obj}{r.qual}" == "Assign jobs to the correct zone"
    assert CG.passive_fault("Reports are written in Mark43 every shift.", []) is None  # no fault, no goal
    assert CG.passive_fault("The invoices were rejected by the client.", []) is None  # the reader's step, with its agent
    assert CG.passive_fault("The forms weren't sent back.", []) is None  # a reader's step (DOMAIN.md: never someone else's)


def test_left_unlabelled_names_the_act_and_its_condition():
    r = CG.left_undone("the install guys leave the zones unlabelled when they program the panels", [])
    assert f"{r.verb} {r.obj}{r.qual}" == "Label the zones when programming the panels"


def test_mismatch_becomes_the_criterion():
    s = "they fill out fill slips by hand and the totals often don't match the chip count, so the count room recounts"
    assert OG.criterion(s, s) == " with the totals matching the chip count"


def test_share_of_the_day_names_the_posts_first_work():
    assert first_work("Most of their day will be building repayment plans in Nelnet with borrowers on the phone.") == \
        ("build", "repayment plans", " in Nelnet")


def test_plural_of_an_adjective_is_a_noun():
    assert can_be_noun("comparables") and can_be_noun("consumables")


def test_plans_get_the_texts_own_verb_and_object():
    assert _goal("Our 5 residential appraisers keep pulling comparables from outside the one-mile radius, so the lender's "
                 "underwriters kick back about 1 in 6 valuation reports. The chief appraiser reviews every report."
                 ).startswith("Pull comparables from within the one-mile radius")
    g = _goal("When our marina mechanics winterize outboards they forget to fog the cylinders on about a third of them, and "
              "those engines come back in April. Four mechanics do the lay-up work. Gary, the service manager, checks the sheets.")
    assert g == "Fog the cylinders when winterizing outboards"
    p = make_plan("about a third of the pre-lift checks our crane operators put into LiftLog are entered a day late", today=TODAY)
    assert p.skill_goal == "Put pre-lift checks into LiftLog on time"
    assert "to confirm" not in p.skill_goal


def test_a_wh_clause_is_never_the_object():
    g = _goal("the creative briefs from our art directors are all over the place and the studio designers keep guessing "
              "what the client approved")
    assert not g.lower().startswith("guess") and g.startswith("Write creative briefs")


def test_the_product_the_work_is_done_in_reaches_the_practice():
    from planner.generators.work_system import work_system

    assert work_system("our 8 billing clerks still key about half the invoices twice, once in the portal and once in Sage") == "Sage"
    assert work_system("They have never ticketed in Amadeus and Nadia will buddy them.") == "Amadeus"
    assert work_system("We're opening a second bakery in Hove in May.") is None  # a place, not where the work is done
    assert work_system("Sam, the compliance lead, will sit with them in March.") is None
    p = make_plan("The DA's office keeps kicking back incident reports from our patrol officers because the narrative doesn't "
                  "say why the car was stopped. About one in four came back last quarter. Reports are written in Mark43 and "
                  "Sergeant Ruiz approves them at the end of each shift.", today=TODAY)
    assert "Mark43" in p.practice_activity.task or "Mark43" in p.practice_activity.setting


def test_a_limit_missed_is_the_criterion_and_a_longer_place_after_the_subject_is_read():
    t = "bakers on the early shift scale the sourdough by eye, about 12% of loaves came in under the 800g label weight"
    assert OG.criterion(t, t) == " to the 800g label weight"
    r = OG._own_clause(t, ["bakers"], [])
    assert (r.verb, r.qual) == ("Scale", " to the 800g label weight")


def test_the_work_a_newcomer_is_signed_off_for_is_the_goal():
    assert first_work("New drivers need about 3 weeks before they're signed off to work the cold store alone.") == \
        ("work", "the cold store", " alone")
    g = _goal("We took on 4 forklift drivers from the agency last week. New drivers here normally need about 3 weeks before "
              "they're signed off to work the cold store alone. Stan, our yard foreman, watches each new driver every shift.")
    assert g.startswith("Work the cold store alone, to the standard") and "without help" not in g


def test_a_phrasal_verb_and_a_place_in_the_relative_clause():
    r = CG.relative_output("The chain-of-custody forms our evidence technicians fill in at the scene are missing the seal "
                           "number on about one bag in seven.", ["evidence technicians"], [])
    assert f"{r.verb} {r.obj}{r.qual}" == "Fill in the chain-of-custody forms at the scene with the seal number"


def test_the_old_work_ending_from_a_month_reads_in_that_month():
    g = _goal("The new core scanner does the core logging from April, so our three core technicians are moving into the assay "
              "lab, where they will weigh pulps for fire assay and record the weights in LabWare. Deepa, the lab supervisor, "
              "will check their batches every day.")
    assert g.startswith("Weigh pulps for fire assay") and "ends in April" in g and "ends from" not in g

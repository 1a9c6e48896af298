"""h16disc: a treatment substance the team handles as its work ('log the meds', 'the dogs' meds') is not a remark
about a person's health, so its sentence is kept (it was dropped whole, and a clear one-line problem got a discovery
plan); a remark about a person's medication is still dropped."""

import datetime as dt

import pytest

from planner.evals.runner import parse_target
from planner.pipeline import make_plan
from planner.protected import drop_protected_sentences


@pytest.mark.parametrize("text", ["our receptionists never log the meds",
                                  "the kennel staff forget to log the dogs' meds on the board about twice a week",
                                  "the care assistants skip the residents' medication round on Sundays"])
def test_work_material_kept(text):
    assert drop_protected_sentences(text) == (text, 0)


@pytest.mark.parametrize("text", ["he forgot the meds again", "Tom is on the meds", "the carers are on meds",
                                  "my meds make me slow", "she takes the medication at lunch", "I need my insulin breaks"])
def test_remark_about_a_person_still_dropped(text):
    assert drop_protected_sentences(text)[1] == 1


def test_thin_clear_line_with_meds_gets_a_full_plan():
    p = make_plan("the kennel staff forget to log the dogs' meds on the board about twice a week",
                  config=parse_target("offline"), today=dt.date(2026, 12, 2)).model_dump(mode="json")
    assert p["audience"]["role"] == "kennel staff"
    assert "meds" in p["current_gap"] and not p["current_gap"].startswith("Not yet observed")
    assert p["success_signal"]["baseline"].startswith("about twice a week")


@pytest.mark.parametrize("text", ["Nursery practitioners need to get better at writing incident forms for parents.",
                                  "embalmers' case reports are all over the place, the funeral directors can't rely on them",
                                  "our childcare workers forget to sign the collection sheet"])
def test_occupation_title_with_a_family_word_kept(text):
    assert drop_protected_sentences(text) == (text, 0)


@pytest.mark.parametrize("text", ["my childcare worker let me down so I was late", "she had a funeral to go to",
                                  "I have to pick up from nursery every day"])
def test_family_remark_still_dropped(text):
    assert drop_protected_sentences(text)[1] == 1


def test_funeral_directors_text_plans_the_embalmers():
    p = make_plan("embalmers' case reports are all over the place, the funeral directors can't rely on them",
                  config=parse_target("offline"), today=dt.date(2026, 12, 2)).model_dump(mode="json")
    assert "gives nothing to plan from" not in p["current_gap"]
    assert "embalmer" in p["audience"]["role"]


def test_statement_about_the_learners_is_the_gap_not_a_claim_it_is_missing():
    p = make_plan("the upholsterers keep cutting foam off the old templates", config=parse_target("offline"),
                  today=dt.date(2026, 12, 2)).model_dump(mode="json")
    assert "old templates" in p["current_gap"]
    assert "does not say what goes wrong" not in p["current_gap"]


def test_a_request_is_still_no_gap():
    from planner.generators.learners_sentence import learners_sentence

    assert learners_sentence("We want the baristas to pour better latte art.", ["baristas"]) is None
    assert learners_sentence("Are the baristas trained on the grinder?", ["baristas"]) is None
    assert learners_sentence("We have 5 baristas.", ["baristas"]) is None


def test_a_move_is_no_gap():
    from planner.generators.learners_sentence import learners_sentence

    assert learners_sentence("Five of our healthcare assistants have been accepted onto the apprenticeship.",
                             ["healthcare assistants"]) is None
    assert learners_sentence("four of our seven freight agents are moving over to cargo claims.", ["freight agents"]) is None

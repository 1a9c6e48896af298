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

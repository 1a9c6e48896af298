"""The success signal, owner and review date on the text's own figures (issue 12, h13signal)."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.extract import extract
from planner.extract.numbers import find_numbers, stated_measure
from planner.generators.offline import OfflineGenerator

TODAY = dt.date(2026, 12, 2)


def plan(text: str):
    return OfflineGenerator().generate(extract(text), TODAY)


@pytest.mark.parametrize("text,base,target", [
    ("The lab techs keep mislabelling sample tubes, about 4 a month get caught at the reception desk. I want it at zero by June.",
     "about 4 a month", "zero"),
    ("The conveyor jams about twice a week since the packers started loading it from the side.", "about twice a week", None),
    ("New planners take about 9 weeks before they can build a route on their own; we want it from 9 weeks to 5.", "about 9 weeks", "5 weeks"),
    ("Our drivers get about 6 parcels a week returned as undeliverable; I'd like at most two a week.", "about 6 parcels a week", "at most two a week"),
])
def test_frequencies_changes_and_zero_targets_are_read(text, base, target):
    b, t = stated_measure(text, find_numbers(text))
    assert b is not None and b.text == base
    assert (t.text if t else None) == target


def test_a_year_sites_or_people_are_never_the_baseline():
    f = extract("Since 2024 the cleaners at our three sites leave the fire doors propped open, and 8 cleaners work nights.")
    assert f.baseline is None or f.baseline.text not in ("2024", "three sites", "8 cleaners")


def test_the_signal_counts_the_texts_own_figure_with_its_source_and_target():
    p = plan("The lab techs at our two clinics keep mislabelling sample tubes, about 4 a month get caught by the "
             "phlebotomists who check them at collection. I want it at zero by June.")
    s = p.success_signal
    assert s.baseline == "about 4 a month"
    assert "checklist" not in s.metric and "caught by the phlebotomists" in s.metric and "per month" in s.metric
    assert s.target.startswith("zero") and "the text's target" in s.target and s.target_is_proposal is False
    assert "phlebotomists who check them" in s.data_source
    # the reviewer the text implies, with the review date the text sets, said as such
    assert p.feedback_owner.role.startswith("a phlebotomist who checks")
    assert p.review_date == dt.date(2027, 6, 1) and p.review_date_from_text == "by June"


def test_a_consequence_frequency_and_a_proposal_in_its_own_unit():
    p = plan("Our 6 packers skip the weight check when the line is busy, and then the customer rejects a pallet about "
             "twice a week. The packing supervisor walks the line every morning.")
    s = p.success_signal
    assert "twice a week" in s.baseline and "per week" in s.metric and "checklist" not in s.metric
    assert s.target.startswith("proposed:") and "a week or fewer" in s.target and s.target_is_proposal is True
    assert "clear rise" not in s.target


def test_a_named_reviewer_keeps_the_role_and_the_texts_cadence():
    p = plan("Our 4 pharmacy assistants don't date the opened bottles. About half of the 30 bottles I checked last week "
             "had no date. Ahmed, our senior pharmacist, reviews the shelves every Monday.")
    assert p.feedback_owner.role == "Ahmed, the senior pharmacist"
    assert p.feedback_owner.cadence.startswith("reviews the shelves every Monday")


def test_no_reviewer_is_a_plain_blank_with_a_question_and_no_number_no_invented_target():
    p = plan("Our 5 receptionists don't confirm the patient's date of birth when they book follow-ups.")
    assert p.feedback_owner.role == "the receptionists' line manager (assumed: the text names no reviewer; to confirm)"
    assert any("review their practice work" in q for q in p.open_questions)
    s = p.success_signal
    assert s.baseline is None and s.baseline_method.lower().startswith("not measured yet")
    assert "every item of the checklist" not in s.metric and "clear rise" not in s.target
    assert s.target.startswith("proposed:") and s.target_is_proposal is True


def test_the_rule_scorer_gives_no_target_point_to_a_clear_rise():
    import importlib.util
    from pathlib import Path

    from planner.evals.cases import EvalCase

    spec = importlib.util.spec_from_file_location("rubric_rules", Path(__file__).resolve().parents[1] / "scripts" / "rubric_rules.py")
    rr = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(rr)
    case = EvalCase.model_validate({"id": "x", "domain": "general", "text": "the line stops about twice a week",
                                    "expect": {"numbers": [{"text": "about twice a week", "value": 2, "unit": "stops per week",
                                                            "counts": "line stops", "kind": "baseline"}]}})
    vague = {"success_signal": {"metric": "share of jobs that meet every item of the checklist", "baseline": None,
                                "baseline_method": "sample them", "target": "a clear rise over the measured baseline (confirm with the lead)"}}
    own = {"success_signal": {"metric": "times the line stops, counted per week", "baseline": "about twice a week (2 a week)",
                              "target": "proposed: 1 a week or fewer; confirm with the lead"}}
    assert rr.c_signal(vague, case)[0] == 0
    assert rr.c_signal(own, case)[0] == 2

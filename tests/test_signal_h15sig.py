"""The gap, impact, success signal and review date on the kinds of sentence in evals/dev_h15sig.yaml (h15sig).

Each test can fail: it asserts what the rules read from a sentence, not that a field is filled."""

import datetime as dt

from planner.extract import extract
from planner.extract.deadline import find_deadline
from planner.extract.numbers import find_numbers
from planner.generators.impact_text import consequence, without_clause
from planner.pipeline import make_plan
from planner.evals.runner import parse_target

TODAY = dt.date(2026, 12, 1)


def _plan(text: str) -> dict:
    return make_plan(text, config=parse_target("offline"), today=TODAY).model_dump(mode="json")


def test_manager_sample_share_is_the_baseline_not_the_sample_size():
    f = extract("The porters log deliveries late. I checked thirty of last week's delivery notes and nine were missing "
                "the signature. There are 5 porters.")
    assert f.baseline is not None and f.baseline.unit == "%" and f.baseline.value == 30.0
    assert "nine" in f.baseline.text and "thirty" in f.baseline.text


def test_sample_share_refuses_a_larger_second_number():
    assert not [n for n in find_numbers("I reviewed ten of the files and twelve were fine.") if n.unit == "%"]


def test_noun_inside_rate_is_a_share():
    n = [x for x in find_numbers("the drivers scan the wrong bay on about one pallet in eight") if x.unit == "%"]
    assert n and n[0].value == 12.5 and n[0].text == "about one pallet in eight"
    assert not [x for x in find_numbers("two claims in ten days") if x.unit == "%"]


def test_reviewer_visit_cadence_is_not_the_baseline():
    f = extract("The porters don't fill in the handover form. 12 of the 40 forms last week were blank. "
                "Our site supervisor visits twice a week.")
    assert f.baseline is not None and f.baseline.unit == "%" and f.baseline.value == 30.0


def test_wish_in_another_clause_does_not_hide_the_baseline():
    f = extract("packers seal the boxes by eye, about 9% of boxes came back damaged this month, we want under 3% by March")
    assert f.baseline is not None and f.baseline.text == "about 9%"


def test_end_of_a_named_quarter_sets_the_deadline():
    d = find_deadline("Need it fixed by the end of Q2.", TODAY)
    assert d is not None and d.date == dt.date(2027, 6, 30) and d.text == "by the end of Q2"


def test_consequence_clause_is_the_impact_and_leaves_the_gap():
    text = "The fitters fail about 20% of boiler services at the gas safety check, and each failed service means a revisit."
    c = consequence(text)
    assert c == "Each failed service means a revisit."
    assert without_clause("The fitters fail about 20% of boiler services at the gas safety check, and each failed service "
                          "means a revisit.", c) == "The fitters fail about 20% of boiler services at the gas safety check."
    assert consequence("The tellers keep the drawer tidy and count it twice.") is None


def test_because_of_it_clause_does_not_swallow_the_sentence_before():
    c = consequence("The auditor reads the logs on Fridays, and we lost the contract renewal because of it.")
    assert c == "We lost the contract renewal because of it."


def test_signal_metric_from_the_baseline_clause_and_named_report():
    p = _plan("Our 6 field technicians fail about 20% of boiler services at the gas safety check, and each failed service "
              "means a revisit. The failures show up in the Joblogic weekly report. I'd like that under 5% by the end of March.")
    s = p["success_signal"]
    assert s["metric"].startswith("share of boiler services failed at the gas safety check") or \
        s["metric"].startswith("share of services failed at the gas safety check")
    assert s["data_source"] == "the Joblogic weekly report"
    assert p["work_impact"]["description"] == "Each failed service means a revisit."
    assert "means a revisit" not in p["current_gap"]


def test_skipped_required_record_gets_a_zero_proposal_not_half():
    p = _plan("the forklift drivers skip the daily pre-use checklist, the yard manager found it blank eight times in November")
    t = p["success_signal"]["target"]
    assert t.startswith("proposed: none missed") and "4 or fewer" not in t


def test_other_language_event_deadline_sets_review_date():
    p = _plan("Unsere 4 Pflegefachkräfte dokumentieren die Wunden nicht vollständig. Bei 8 von 30 Akten fehlte das Foto. "
              "Bis zur Prüfung im April soll das behoben sein.")
    assert p["review_date"] == "2027-04-01"
    assert p.get("review_date_from_text") == "Bis zur Prüfung im April"


def test_two_word_noun_inside_a_rate_and_ideally_target():
    f = extract("The auditors miss roughly one duplicate invoice in eight. Ideally under 2% by the end of March.")
    assert f.baseline is not None and f.baseline.value == 12.5 and "duplicate invoice" in f.baseline.text
    assert f.target is not None and f.target.value == 2.0


def test_gap_does_not_repeat_the_impact_clause():
    p = _plan("the dispatchers give the wrong postcode on maybe a third of call-outs and drivers turn up at the wrong house")
    assert "turn up at the wrong house" not in p["current_gap"]
    assert "a third of call-outs" in p["current_gap"]


def test_source_named_as_the_audit_the_figure_comes_from():
    p = _plan("The coders miss about one modifier in six, going by the compliance team's monthly audit, and each miss is a "
              "billing risk. There are 4 medical coders.")
    assert p["success_signal"]["data_source"] == "the compliance team's monthly audit"


def test_french_ratio_with_the_noun_inside_is_the_baseline():
    p = _plan("Nous accueillons 4 nouveaux serveurs lundi. Avec la dernière équipe, 1 commande sur 4 arrivait fausse en "
              "cuisine.")
    assert p["success_signal"]["baseline"].startswith("1 commande sur 4")
    assert "Pas encore observé" not in p["current_gap"]


def test_event_after_holiday_kept_whole_in_the_deadline():
    d = find_deadline("we want it sorted before the Christmas peak", TODAY)
    assert d is not None and d.text == "before the Christmas peak" and d.date == dt.date(2026, 12, 25)


def test_relative_clause_with_the_fault_as_object_becomes_a_whole_impact_sentence():
    t = ("The dental nurses file the consent forms unsigned in about 8% of visits, which the CQC inspector recorded as a "
         "breach.")
    c = consequence(t)
    assert c == "The CQC inspector recorded it as a breach."
    assert without_clause(t, c) == "The dental nurses file the consent forms unsigned in about 8% of visits."


def test_cut_leaves_no_dangling_and_then():
    g = "Our fitters skip the torque check on busy days, and then the wheel comes loose on about one van in twenty."
    assert without_clause(g, "The wheel comes loose on about one van in twenty.") == \
        "Our fitters skip the torque check on busy days."


def test_fault_count_in_the_impact_clause_stays_in_the_gap():
    p = _plan("Our loaders forget to strap the cages in the trailer, and about 12 cages a week arrive tipped over at the "
              "stores. The shift manager checks every trailer before it leaves.")
    assert "about 12 cages a week" in p["current_gap"]


def test_reviewer_cadence_sentence_is_not_the_gap():
    from planner.generators.gap_text import without_reviewer_sentence

    g = "The pickers scan the wrong bin on about 6% of lines. The shift lead reads the exception report every morning."
    assert without_reviewer_sentence(g, ("pickers",), "about 6%") == "The pickers scan the wrong bin on about 6% of lines."
    # the fault's own frequency is no reviewer's cadence, and a sentence about the learners stays
    g2 = "The line stops twice a week. The pickers check the labels every morning but still miss some."
    assert without_reviewer_sentence(g2, ("pickers",), None) == g2

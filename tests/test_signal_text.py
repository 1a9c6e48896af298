"""The success signal in the text's own terms (h18sig, issue 12 round 8): figures as managers write them, and the
behaviour, source and baseline-method lines built from the text instead of scaffolding."""

from planner.extract import extract
from planner.generators.signal_text import behaviour_from_metric, finder_source, log_source, measure_sentence
from planner.pipeline import make_plan


def test_a_rate_in_words_with_a_verb_after_it_is_a_share():
    f = extract("Roughly one filing in six goes to the county court with the wrong case number in the footer.")
    assert f.baseline is not None and f.baseline.unit == "%" and round(f.baseline.value) == 17


def test_the_managers_sample_with_of_the_items_and_a_target_in_the_same_terms():
    f = extract("I pulled 50 tickets from last Saturday and 12 of the garments went back to the customer with the stain "
                "still there. I'd be happy with fewer than 3 in 50.")
    assert f.baseline is not None and f.baseline.value == 24.0
    assert f.target is not None and f.target.text == "fewer than 3 in 50"


def test_a_camel_case_product_is_a_system():
    assert "ServiceTitan" in extract("Our techs close jobs in ServiceTitan without the refrigerant recorded.").systems
    assert "DocuWare" in extract("The clerks file delivery notes in DocuWare under the wrong supplier.").systems


def test_behaviour_line_from_the_texts_metric():
    assert behaviour_from_metric("share of fitted jobs that get a callback within a month", True) == \
        "Fewer fitted jobs get a callback within a month, at each review after training"
    assert behaviour_from_metric("share of orders that meet the performance standard", True) is None  # scaffolding
    assert behaviour_from_metric("share of adjusters that approve supplements without photos", True) is None  # people
    assert behaviour_from_metric("share of samples we sent the lab rejected", True) is None


def test_sources_the_text_names():
    assert finder_source("Gail, our compliance officer, finds them when she does the monthly F-gas log and rings the tech.") \
        == "what Gail finds when she does the monthly F-gas log"
    assert "customer complaints" in log_source("We logged 14 customer complaints in October about short change.")


def test_baseline_method_names_who_counts_which_records():
    s = measure_sentence("share of scanned delivery notes filed in DocuWare under the correct supplier", "DocuWare",
                         "Marta, the office manager")
    assert s.startswith("Not measured yet: before training starts, Marta, the office manager, takes the last four weeks' "
                        "scanned delivery notes in DocuWare and counts how many were filed under the correct supplier")


def test_plan_signal_counts_what_the_text_counts():
    p = make_plan("Our 7 refrigeration techs close about 4 jobs a month in ServiceTitan without recording the refrigerant "
                  "they added. Gail, our compliance officer, finds them when she does the monthly F-gas log and has to "
                  "ring the tech. I want that at zero before the F-gas audit in June.")
    s = p.success_signal
    assert s.metric.startswith("jobs closed in ServiceTitan without recording the refrigerant")
    assert "Gail" in s.data_source and "F-gas log" in s.data_source
    assert not s.behaviour.startswith("Every item of the performance standard")


def test_the_verb_before_a_share_and_a_frequency_clause_name_what_is_counted():
    from planner.generators.signal import passive_count, verb_share_metric

    f = extract("Our 7 order clerks move to the returns desk in January. Their new starters code about one in ten RMAs "
                "to the wrong return reason, which sends the credit to the wrong account.")
    assert verb_share_metric(f.baseline, "rmas") == "share of RMAs coded to the wrong return reason, counted the same way as today"
    assert passive_count("The GC's inspector rejects a floor") == "floors rejected by the GC's inspector"
    assert passive_count("The team gets a call") is None


def test_a_fixing_step_counts_faults():
    from planner.extract.numbers import good_direction

    f = extract("Family listings follow different rules, and the listing officer had to correct 9 of their first 40 listings.")
    assert good_direction(f.baseline) == "down"


def test_no_figure_metric_on_the_goals_output_and_new_work_has_no_past():
    from planner.generators.signal_text import from_goal

    sig = {"metric": "share of work samples that need no rework",
           "baseline_method": "Not measured yet: before training starts, count work samples that need no rework over ..."}
    out = from_goal(dict(sig), "Handle the complaint callbacks for the retention team", None, "text")
    assert out["metric"] == "share of complaint callbacks handled for the retention team that need no correction when checked"
    assert "complaint callbacks handled" in out["baseline_method"]
    assert from_goal(dict(sig), "Work as developers on real cases", None, "text")["metric"] == sig["metric"]
    p = make_plan("The new booking portal gives shippers their rate quotes on its own now, so four of our seven freight "
                  "agents are moving over to cargo claims. None of them has filed a claim before.")
    assert "last four weeks" not in (p.success_signal.baseline_method or "")


def test_a_count_in_the_last_month_a_zero_wish_and_by_the_time_deadline():
    import datetime as dt

    from planner.extract.baseline_fit import not_started
    from planner.extract.deadline import find_deadline

    t = ("The engineer's pre-pour inspection failed us twice in the last month for tie spacing on the slab mats, and "
         "each fail holds the pour by a day. I'd like no fails by the time we start the third floor in March.")
    f = extract(t)
    assert f.baseline is not None and f.baseline.per == "month" and f.baseline.value == 2
    assert f.target is not None and f.target.text == "no fails" and f.target.value == 0
    assert not not_started(t)  # the manager's crew starting a floor, not newcomers
    assert not_started("Eight seasonal guides start on 1 April for the castle tours.")
    d = find_deadline(t, dt.date(2026, 12, 3))
    assert d is not None and d.date == dt.date(2027, 3, 1)
    assert find_deadline("they key invoices by hand in January", dt.date(2026, 12, 3)) is None


def test_gap_keeps_the_figures_clause_drops_a_third_partys_wish_and_impact_is_never_the_gap_again():
    from planner.generators.gap_text import keep_figure_clause, without_requests

    g = ("Our guys lay out fittings by eye, which means about 12% of the galvanised sheet ends up as scrap and the "
         "installers on site have to cut down fittings.")
    assert keep_figure_clause(g, "about 12%") == ("Our guys lay out fittings by eye, which means about 12% of the "
                                                "galvanised sheet ends up as scrap.")
    assert without_requests("On the audit our aides average 21, mostly lost on expired stock left out, area manager "
                            "wants 27 or above.") == "On the audit our aides average 21, mostly lost on expired stock left out."
    p = make_plan("loan processors send about a third of files to underwriting missing pay slips, need it fixed in the next six weeks")
    assert p.current_gap.rstrip(".") not in p.work_impact.description


def test_the_reviewers_own_check_is_the_source():
    from planner.generators.signal_text import reviewer_source

    assert reviewer_source("Our 4 payroll clerks key overtime into ADP and about 5% of payslips are wrong each month. "
                           "The payroll manager approves the run.", "payroll clerk") == \
        "the payroll manager's approval of the run"  # one wording of the text's check (signal_check.source)
    assert reviewer_source("I check every anchor myself.", "roofer") is None  # the manager writing: no third party
    p = make_plan("The lead MRI tech audits ten screening forms a month; the MRI techs skip the second metal screening question.")
    assert "mri" not in p.success_signal.data_source


def test_a_count_is_named_by_its_own_clause():
    from planner.generators.signal import count_metric

    def metric(t: str):
        return count_metric(extract(t).baseline)

    assert metric("Our pharmacy technicians label the syringes. In October the pharmacists sent back 27 syringes for "
                  "label errors.") == "number of syringes sent back by the pharmacists for label errors, counted the same way as today"
    assert metric("The bakers write the allergen labels. Last month 4 labels listed the wrong nuts.") == \
        "number of labels that list the wrong nuts, counted the same way as today"
    assert metric("The QA officer counted 23 mis-coded samples in November.") == "number of mis-coded samples, counted the same way as today"


def test_a_share_keeps_its_verb_past_a_time_and_its_own_clause():
    from planner.generators import signal_metric as SM

    def metric(t: str):
        return SM.clause_metric(extract(t).baseline)

    assert metric("On the unit, 11 of 40 observation charts audited last month lacked a complete NEWS2 score.") == \
        "share of observation charts audited that lack a complete NEWS2 score"
    assert metric("With the last intake, 11 of 40 draws in their first fortnight had to be repeated because tubes were "
                  "labelled away from the patient.") == "share of draws in their first fortnight that have to be repeated"
    assert metric("Finance keeps coming back: in about 40% of escalations the note leaves out the invoice number.") == \
        "share of escalations where the note leaves out the invoice number"


def test_an_event_with_a_hyphen_or_possessive_before_its_month_is_a_deadline():
    import datetime as dt

    from planner.extract.deadline import find_deadline

    d = find_deadline("I want that at zero before the F-gas audit in June.", dt.date(2026, 12, 3))
    assert d is not None and d.date == dt.date(2027, 6, 1) and d.text == "before the F-gas audit in June"
    assert find_deadline("we need this before the regulator's review in March", dt.date(2026, 12, 3)).date == dt.date(2027, 3, 1)

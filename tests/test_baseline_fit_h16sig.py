"""The success signal's baseline counts or rates the fault, nothing else (h16sig, issue 12).

Sentences of the kinds in evals/dev_h16sig.yaml: numbers of the wrong kind beside the fault's own number (a
headcount, years of experience, a review day, a date, a scale), "half of them have never", newcomers not started.
"""

import datetime as dt

import pytest

from planner.extract import extract
from planner.extract.baseline_fit import for_newcomers, why_not
from planner.extract.numbers import find_numbers
from planner.generators.offline import OfflineGenerator


def _signal(text: str) -> dict:
    return OfflineGenerator().generate(extract(text), dt.date(2026, 12, 2)).model_dump()["success_signal"]


def _why(text: str, written: str):
    n = next(n for n in find_numbers(text) if n.text == written)
    return why_not(n, text)


@pytest.mark.parametrize("text,written,why", [
    ("The four lads on the crew rush the cutting-in.", "four lads", "people or places"),
    ("On the 30-point shelf audit our aides average 21.", "30-point", "modifier"),
    ("Three new trainers join the kennels on 4 January.", "4 january", "date"),
    ("Kofi, our senior trainer, has 15 years with us and will shadow them.", "15 years", "experience"),
    ("He will shadow them for the first two weeks.", "two weeks", "period"),
    ("half of our licence clerks have never processed a renewal with a name change", "half", "share of people"),
    ("Dana checks the cold room every Friday and Sam visits twice a week.", "twice a week", "cadence"),
    ("We did 50 draws on the ward last week.", "50 draws", "no fault in its clause"),
])
def test_wrong_kind_is_no_baseline(text, written, why):
    assert _why(text, written) == why


@pytest.mark.parametrize("text,written", [
    ("3 of the 9 agency staff didn't know who to call.", "3 of the 9"),  # people who fail at something: a rate
    ("about one batch in ten came out underbaked in the trial week", "about one batch in ten"),
    ("The QA officer counted 23 mis-coded samples in November.", "23 mis-coded samples"),
    ("New account managers take 10 weeks to be productive.", "10 weeks"),
])
def test_the_fault_is_a_baseline(text, written):
    assert _why(text, written) is None


def test_sample_share_beside_a_headcount():
    s = _signal("I walked through twelve of last month's finished rooms and five had paint on the skirting boards. "
                "The four lads on the crew rush the cutting-in. I'd like that down to one in twelve by spring.")
    assert s["baseline"].startswith("five of the twelve rooms")
    assert "lads" not in s["baseline"]
    assert "one in twelve" in s["target"] and "8.3%" in s["target"]


def test_score_on_its_scale():
    s = _signal("on the 30-point shelf audit our pharmacy aides average 21, mostly lost on expired stock left out, "
                "area manager wants 27 or above")
    assert s["baseline"] == "21 of 30 points"
    assert s["target"].startswith("27 of 30 points or above")
    assert "30-point shelf audit" in s["metric"]


def test_half_of_people_who_never_did_it_is_no_baseline():
    s = _signal("half of our licence clerks have never processed a renewal with a name change and they keep asking round the office")
    assert s["baseline"] is None and s["baseline_method"]
    assert "half" not in (s["target"] or "").split(";")[0].replace("halve", "")


def test_newcomers_are_measured_on_their_first_cases():
    s = _signal("Three new trainers join the kennels on 4 January and none of them has handled reactive dogs before. "
                "Kofi, our senior trainer, has 15 years with us and will shadow them for the first two weeks. By the "
                "end of February they should run a desensitisation session on their own.")
    assert s["baseline"] is None
    assert "last four weeks" not in s["baseline_method"]
    # their first cases, or (h21sig: no unit of the work named) the dates from their start to working alone
    assert "first ten cases" in s["baseline_method"] or "start date" in s["baseline_method"]


def test_for_newcomers_keeps_other_methods():
    assert for_newcomers("Agree with the manager which first tasks they should do alone.") == \
        "Agree with the manager which first tasks they should do alone."


def test_the_workload_yields_to_the_faults_share():
    s = _signal("We've got seven mechanics across the two workshops and we service about 120 bikes a week. Roughly one "
                "bike in twenty comes back within a fortnight because the stem bolts weren't torqued to spec.")
    assert s["baseline"] == "Roughly one bike in twenty"
    assert s["metric"].startswith("share of bikes that come back within a fortnight")
    assert "2.5%" in s["target"]  # half of 5%: a fault rate falls


def test_a_count_binned_by_the_checker_is_the_baseline():
    s = _signal("the 14 machinists on line B keep missing the back-tack on the pocket seams, QC binned 36 jackets last week")
    assert s["baseline"].startswith("36 jackets")


def test_people_who_start_on_a_date_are_measured_on_their_first_cases():
    s = _signal("Eight seasonal guides start on 1 April for the castle tours. Most have done 2 or 3 summers elsewhere but "
                "none know our safety briefing. Morag, our head guide, runs the tours with 40 people a group.")
    assert s["baseline"] is None
    assert "last four weeks" not in s["baseline_method"] and "first ten cases" in s["baseline_method"]

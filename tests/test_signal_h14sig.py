"""h14sig: the current gap without the manager's request, the text's target in words, deadline phrases (issue 12)."""

import datetime as dt

import pytest

from planner.extract import extract
from planner.generators.gap_text import without_requests
from planner.generators.offline import OfflineGenerator

TODAY = dt.date(2026, 12, 2)


def plan(text):
    return OfflineGenerator().generate(extract(text), TODAY)


@pytest.mark.parametrize("gap, kept, dropped", [
    ("New drivers here normally need about 3 weeks before they're signed off to work the cold store alone, and I need "
     "these four signed off by Christmas.", "about 3 weeks before", "I need"),
    ("Loan processors send about a third of files to underwriting missing pay slips, need it fixed in the next six weeks.",
     "about a third of files", "need it fixed"),
    ("One in five colour appointments gets redone for free, our stylists need help with it.", "One in five", "need help"),
    ("New clerks take about 4 weeks before they run the night audit alone; I want to get that from 4 weeks to 2.",
     "about 4 weeks", "I want"),
])
def test_gap_drops_the_request_clause(gap, kept, dropped):
    out = without_requests(gap)
    assert kept in out and dropped not in out and out.endswith(".")


def test_gap_keeps_a_statement_with_need_in_it():
    assert without_requests("New drivers need about 3 weeks before sign-off.") == "New drivers need about 3 weeks before sign-off."


def test_plan_gap_quotes_the_observed_sentence_not_the_wish():
    p = plan("We took on 4 forklift drivers from the agency last week. New drivers here normally need about 3 weeks before "
             "they're signed off to work the cold store alone, and I need these four signed off by Christmas. Stan, our "
             "yard foreman, watches each new driver for an hour every shift.")
    assert "about 3 weeks" in p.current_gap and "I need" not in p.current_gap


def test_a_word_the_text_writes_whole_is_not_a_cut_word_in_the_gap():
    p = plan("Our 5 dental hygienists don't update the perio chart after a clean. About half of the 40 charts I pulled last "
             "month had no new pocket depths, so the dentist is working from old numbers at the next check-up. Priya, our "
             "lead hygienist, can look at a few charts every Friday. I'd like it down to under 10% by the end of March.")
    assert "About half of the 40 charts" in p.current_gap
    assert not p.current_gap.startswith("Not yet observed")


def test_the_text_target_in_words_is_the_target_not_a_proposal():
    p = plan("Our pest control techs get too many callbacks on rodent jobs: roughly one in six jobs needs a second visit "
             "within 30 days because the bait stations went in the wrong spots. The field supervisor goes through the "
             "callback report in ServiceTitan every Monday. I'd like callbacks halved.")
    s = p.success_signal
    assert s.target.startswith("halved") and "text's target" in s.target and s.target_is_proposal is False
    assert "30 days" not in (s.baseline or "")


def test_a_target_after_a_qualifier_is_read():
    p = plan("The returns team's new starters code about one in ten RMAs to the wrong return reason, which sends the credit "
             "to the wrong account. Joanne, the returns team lead, checks every RMA the next morning. I want them down to "
             "the team's 2% by the end of March.")
    assert p.success_signal.target.startswith("2%") and p.success_signal.target_is_proposal is False


@pytest.mark.parametrize("phrase, date", [
    ("in the next six weeks", dt.date(2027, 1, 13)),
    ("before the end of winter", dt.date(2027, 2, 28)),
    ("before the county inspector comes back in March", dt.date(2027, 3, 1)),
    ("by December", dt.date(2026, 12, 31)),
])
def test_deadline_phrases_read_from_today(phrase, date):
    from planner.extract.deadline import find_deadline

    d = find_deadline(f"The 9 cooks skip the temperature log on 7 of the 20 school days; I want it sorted {phrase}.", TODAY)
    assert d is not None and d.date == date


def test_a_season_under_way_sets_no_review_a_year_out():
    from planner.extract.deadline import find_deadline

    assert find_deadline("need our roofers trained up on the new harness anchors before winter", TODAY) is None
    p = plan("The 9 cooks in the school kitchen skip the temperature log: it was blank on 7 of the 20 school days. "
             "I want it sorted before winter.")
    assert p.review_date < dt.date(2027, 6, 1)


def test_we_have_n_days_is_the_deadline_not_the_baseline():
    p = plan("Our pest control techs get too many callbacks: roughly one in six jobs needs a second visit. We've got 90 days "
             "before the council contract comes up for renewal. The field supervisor checks the callback report every Monday.")
    assert p.review_date == dt.date(2027, 3, 2)
    assert "90" not in (p.success_signal.baseline or "")

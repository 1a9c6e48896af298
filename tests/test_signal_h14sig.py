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

"""Deadlines as managers write them set the review date (SMART time-bound; issue 12: "end of the quarter", "by January")."""

import datetime as dt

import pytest

from planner.extract.deadline import find_deadline

TODAY = dt.date(2026, 12, 1)


@pytest.mark.parametrize("text,date", [
    ("the lab lead wants that under 5% by the end of April", "2027-04-30"),
    ("we need this sorted before the end of next month", "2027-01-31"),
    ("by mid-March please", "2027-03-15"),
    ("ready in time for the audit in February", "2027-02-01"),
    ("by the 15th of January", "2027-01-15"),
    ("by 31 March", "2027-03-31"),
    ("by March 31st", "2027-03-31"),
    ("before Easter", "2027-03-28"),
    ("before Christmas", "2026-12-25"),
    ("by the new year", "2027-01-01"),
    ("by the end of January 2027", "2027-01-31"),
    ("before the end of the quarter", "2026-12-31"),
    ("by the end of next quarter", "2027-03-31"),
])
def test_deadline_phrases_resolve_to_a_date(text, date):
    d = find_deadline(text, TODAY)
    assert d is not None and d.date.isoformat() == date


@pytest.mark.parametrize("text", ["Maria retires at the end of the year", "they key invoices by hand in January",
                                  "by may we will know more"])
def test_facts_that_are_not_deadlines(text):
    assert find_deadline(text, TODAY) is None

"""Numbers carried with what they count (issue 12, notes fault D): a count of a total is a share, people being moved are
a headcount, a label is no quantity, and what a figure counts says which way a target must point."""

import pytest

from planner.extract.numbers import find_numbers, good_direction


def first(text):
    return find_numbers(text)[0]


@pytest.mark.parametrize("text,value", [
    ("11 of 40 draws had to be repeated", 27.5),
    ("17 of 64 payslips last month needed a correction", 26.6),
    ("4 of his first 10 welds were rejected", 40.0),
    ("only 1 of 8 audits passed", 12.5),
    ("3 of the last 20 move-ins had no deposit", 15.0),
])
def test_a_count_of_a_total_is_a_share(text, value):
    n = first(text)
    assert n.unit == "%" and abs(n.value - value) < 0.1 and n.role == "rate"


@pytest.mark.parametrize("text", ["12 of our 30 agents move over to fraud investigation in May",
                                  "Half of them are to become coding assistants"])
def test_a_share_of_people_who_move_is_a_headcount_not_a_rate(text):
    assert first(text).role == "headcount"


def test_a_share_of_people_who_fail_stays_a_rate():
    assert first("3 of the 9 agency staff didn't know who to call").role == "rate"


def test_a_label_is_not_a_quantity():
    assert all(n.value != 7 for n in find_numbers("Agency nurses new to ward 7 keep missing the escalation step"))


@pytest.mark.parametrize("text,direction", [
    ("Scrap on the cell is at 6%", "down"),
    ("Reopen rate on the service desk is about 30%", "down"),
    ("the last one double-booked about 1 in 10 appointments", "down"),
    ("about 40% of escalations omit the invoice number", "down"),
    ("Maybe 1 in 4 notes has the promise-to-pay date", "up"),
    ("first-time fix rate is 62%", "up"),
])
def test_what_a_figure_counts_gives_its_good_direction(text, direction):
    assert good_direction(first(text)) == direction


@pytest.mark.parametrize("text,noun", [
    ("Maybe 1 in 4 notes has the promise-to-pay date.", "notes"),
    ("3 of the 9 agency staff didn't know who to call", "agency staff"),
    ("11 of 40 draws had to be repeated", "draws"),
    ("2 in 5 of them raise a ticket", None),
])
def test_a_share_names_what_it_counts_from_its_own_words(text, noun):
    from planner.extract.numbers import share_counts

    assert share_counts(first(text)) == noun


def test_the_metric_of_a_share_done_right_is_not_called_falling_short():
    import datetime as dt

    from planner.extract import extract
    from planner.generators.offline import OfflineGenerator

    p = OfflineGenerator().generate(extract("I manage 7 reports in collections, all bill collectors, and their call notes in "
                                            "the CRM are useless to whoever picks up the account next. Maybe 1 in 4 notes "
                                            "has the promise-to-pay date."), dt.date(2026, 12, 1))
    s = p.success_signal
    assert "notes" in s.metric and "reports" not in s.metric and "fall short" not in s.metric
    assert s.baseline == "1 in 4" and "rise" in s.target


@pytest.mark.parametrize("text,unit", [("I manage 7 reports in collections", "people"), ("I have 12 direct reports on nights", "people"),
                                       ("the analysts write 7 reports a week", "reports")])
def test_direct_reports_are_people_and_written_reports_are_documents(text, unit):
    assert first(text).unit == unit

"""The review date says where its day comes from: "set by the text" only when the text's phrase fixes the day; a day
chosen inside a month or season the text gives is marked proposed (a blind reader counted "2027-03-01 (set by the
text: "before the audit in March")" as an invented date)."""

import datetime as dt

import pytest

from planner.extract.deadline import names_the_day
from planner.pipeline import make_plan
from planner.render.markdown import plan_markdown

TEXT = "Our 5 dental hygienists skip the perio charting in Dentrix on recall visits; fix it {}."


@pytest.mark.parametrize("phrase,exact", [
    ("by 31 March", True), ("before the end of the quarter", True), ("by the end of April", True),
    ("by Christmas", True), ("within six weeks", True), ("before March 31st", True),
    ("before the audit in March", False), ("by January", False), ("by spring", False), ("before Q3", False),
    ("by mid-March", False),
])
def test_names_the_day(phrase, exact):
    assert names_the_day(phrase) is exact


def _review_section(phrase: str) -> str:
    plan = make_plan(TEXT.format(phrase), today=dt.date(2026, 12, 3))
    md = plan_markdown(plan)
    return md.split("## Review date", 1)[1].strip().splitlines()[0]


def test_a_month_only_deadline_marks_the_day_proposed():
    line = _review_section("before the audit in March")
    assert line.startswith("2027-03-01 (proposed; the text says: \"before the audit in March\")")


def test_a_day_the_text_fixes_is_set_by_the_text():
    assert _review_section("by 31 March").startswith("2027-03-31 (set by the text: \"by 31 March\")")


def test_no_deadline_is_proposed():
    line = _review_section("soon")
    assert line.endswith("(proposed)")


def test_the_feedback_cadence_quotes_the_deadline_without_claiming_the_day():
    plan = make_plan(TEXT.format("before the audit in March"), today=dt.date(2026, 12, 3))
    assert "which the text sets" not in plan.feedback_owner.cadence
    assert "(the text's deadline: \"before the audit in March\")" in plan.feedback_owner.cadence

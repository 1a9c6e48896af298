"""A bare group word as the learners ("our staff", "staff never ...") is no role (ABCD 'audience'): the offline plan
must still be a valid Plan (the model's validator rejects 'staff' as a role), with the role left as a blank and asked."""

import datetime as dt

import pytest

from planner.pipeline import make_plan

TODAY = dt.date(2026, 12, 2)


@pytest.mark.parametrize("text", [
    "Our staff keep forgetting to switch the remote channel on Zoom hearings.",
    "Staff never log remote sessions.",
    "Our employees skip the safety briefing sign-off at the depot, and two incidents went unreported in May.",
])
def test_a_group_word_gives_a_blank_role_and_the_role_question(text):
    plan = make_plan(text, today=TODAY)  # raised a ValidationError ("audience.role 'staff' is too generic")
    assert plan.audience.role == "team member (role not stated)"
    assert any("Which role" in q for q in plan.open_questions)


def test_a_named_role_with_a_group_word_is_kept():
    plan = make_plan("The interpreting staff forget to log remote sessions in the booking system.", today=TODAY)
    assert plan.audience.role == "interpreting staff"
    assert not any("Which role" in q for q in plan.open_questions)

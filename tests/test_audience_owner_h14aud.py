"""The audience is the subject of the problem clause, never its reviewer; the feedback owner is the subject of the text's
own checking clause, with that clause as its cadence (issue 12, h14aud; DOMAIN.md, ABCD 'audience')."""

import datetime as dt

import pytest

from planner.extract.reviewer import find_reviewer, learners, problem_subject
from planner.extract import audience as A
from planner.evals.runner import parse_target
from planner.pipeline import make_plan


def _plan(text):
    return make_plan(text, config=parse_target("offline"), today=dt.date(2026, 12, 2))


@pytest.mark.parametrize("text,role,step", [
    ("our home health aides keep leaving the visit notes blank, the care coordinator reads every note each morning",
     "care coordinator", "reads every note each morning"),
    ("The party chief reviews the notes at the end of each day but only catches some.", "party chief",
     "reviews the notes at the end of each day"),
    ("the flight attendants take too long on the cabin secure check, the purser times it every turn", "purser",
     "times it every turn"),
])
def test_reviewer_clause_gives_role_and_cadence(text, role, step):
    r = find_reviewer(text)
    assert r is not None and r.role == role and r.step == step


def test_first_person_reviewer_is_the_writer():
    r = find_reviewer("They don't know the harness anchors yet and I check every anchor myself before anyone goes up.")
    assert r is not None and r.first_person and r.step == "checks every anchor before anyone goes up"


def test_work_sent_back_names_the_checker_without_a_cadence():
    r = find_reviewer("a third of the seasonal staff's returns came back from the review partner with errors.")
    assert r is not None and r.role == "review partner" and r.step == ""


def test_problem_subject_skips_the_reviewer():
    t = "our home health aides keep leaving the visit notes blank, the care coordinator reads every note each morning"
    assert problem_subject(t) == "home health aide"


@pytest.mark.parametrize("text,role,n", [
    ("our home health aides keep leaving the visit notes blank, the care coordinator reads every note each morning",
     "home health aide", None),
    ("We have twenty staff at the Dalton branch. The six loan processors on the front desk keep sending files to "
     "underwriting without the income documents.", "loan processor", 6),
    ("Our spring intake of 6 phlebotomists arrives in March. The lab supervisor wants that under 5% by April.",
     "phlebotomist", 6),
    ("two new court reporters start next month and the senior reporter proofs every transcript before it's filed",
     "court reporter", 2),
])
def test_learners_are_not_the_reviewer_or_the_team_total(text, role, n):
    got, count, _ = learners(text, *A.find_role(text))
    assert (got, count) == (role, n)


def test_counted_senior_role_stays_the_learners():
    t = ("Our 3 senior engineers run the onboarding session for new HVAC apprentices, but they rush it; apprentices still "
         "can't isolate a unit safely after it.")
    assert learners(t, *A.find_role(t))[0] == "senior engineer"


def test_plan_owner_and_cadence_from_the_checking_clause():
    p = _plan("In filing season our tax preparers forget to attach the 1099 forms to the return in Drake, and about 30 "
              "returns a month are rejected by the e-file system. The office manager checks each return before it goes out.")
    assert p.audience.role == "tax preparer"
    assert p.feedback_owner.role == "office manager"
    assert p.feedback_owner.cadence.startswith("checks each return before it goes out (as the text says)")
    assert p.feedback_owner.cadence.count("proposed") == 1


def test_plan_blank_owner_is_short_and_marked_once():
    p = _plan("Our 12 tier-1 support agents on the billing queue write vague escalation notes for billing disputes.")
    # round 11: the role above any team, marked as an assumption (readers: "'to be named' offers no role")
    assert p.feedback_owner.role == "the tier-1 support agents' line manager (assumed: the text names no reviewer; to confirm)"
    assert p.feedback_owner.cadence.count("proposed") == 1 and "their " not in p.feedback_owner.cadence


def test_named_owner_without_cadence_is_marked_proposed():
    p = _plan("We rolled out Salesforce in March. Our 9 account executives still log calls days later or not at all, so "
              "sales managers can't forecast.")
    assert p.feedback_owner.role == "sales manager"
    assert p.feedback_owner.cadence.startswith("proposed: ")


def test_thin_text_reviewer_in_discovery_plan():
    p = _plan("two new court reporters start next month and the senior reporter proofs every transcript before it's filed")
    assert p.feedback_owner.role == "senior reporter"
    assert p.feedback_owner.cadence.startswith("proofs every transcript before it's filed")
    assert p.audience.headcount == 2


def test_bare_group_word_is_no_role_and_own_team_is_kept():
    assert learners("my guys keep missing deadlines", *A.find_role("my guys keep missing deadlines"))[0] is None
    p = _plan("We have twenty staff at the Dalton branch. The six loan processors on the front desk keep sending files to "
              "underwriting without the income documents.")
    assert (p.audience.role, p.audience.headcount, p.audience.team) == ("loan processor", 6, "front desk")

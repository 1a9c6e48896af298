"""The feedback owner from the text's own checking clause (h18owner): a title before a name, a role in apposition on
either side, a name alone, the manager; the text's cadence as written, never a proposed "every week" beside it."""

import datetime as dt

import pytest

from planner.evals.cases import load_cases
from planner.extract.check_clause import check_clause
from planner.pipeline import make_plan


@pytest.mark.parametrize("text,who,step", [
    ("Our line cooks plate badly. Chef Amara tastes and checks every plate at the pass.",
     "Chef Amara", "tastes and checks every plate at the pass"),
    ("Juniors leave heights off. Dr. Okoye, our principal geomatics engineer, signs every sheet before it goes to the client.",
     "Dr. Okoye, the principal geomatics engineer", "signs every sheet before it goes to the client"),
    ("Our assessors approve blurry photos. Their supervisor, Mr. Tanaka, spot-checks ten claims a week in Guidewire.",
     "Mr. Tanaka, the supervisor", "spot-checks ten claims a week in Guidewire"),
    ("The clerks code overtime wrong. Bernadette looks over the run every second Friday before it goes out.",
     "Bernadette (named in the text; role not given)", "looks over the run every second Friday before it goes out"),
    ("The leads write reports nobody can use. I read them all every morning and I'm tired of guessing.",
     "you, the manager writing this", "reads them all every morning"),
    ("New techs start Monday. Dr Okafor will check their first twenty sheets.",
     "Dr Okafor (named in the text; role not given)", "will check their first twenty sheets"),
])
def test_the_checker_and_the_clause_as_written(text, who, step):
    c = check_clause(text)
    assert c is not None and c.who == who and c.step == step and c.timed


@pytest.mark.parametrize("text", [
    "Our two field biologists record transect data on paper. The project PI, Professor Lindqvist, wants it in the app by June.",
    "The agents file claims late. He'll check them when he is back.",
    "Internal Audit reviewed the files last year.",
])
def test_no_checker_where_nobody_checks_by_name(text):
    assert check_clause(text) is None


def _owner(case_id):
    case = next(c for c in load_cases(split="dev") if c.id == case_id)
    return make_plan(case.text, today=dt.date(2026, 12, 3)).feedback_owner


@pytest.mark.parametrize("case_id,role_part,cadence_part", [
    ("h18o-cooks-chef-title", "Chef Amara", "every plate at the pass (as the text says)"),
    ("h18o-surveyors-dr-apposition", "principal geomatics engineer", "before it goes to the client (as the text says)"),
    ("h18o-bidwriters-lieutenant", "Lieutenant Harris", "on Thursdays (as the text says)"),
    ("h18o-pharmacy-sister", "Sister Wan", "each month (as the text says)"),
    ("h18o-assessors-supervisor-mr", "supervisor", "ten claims a week in Guidewire (as the text says)"),
])
def test_plans_carry_the_texts_checker_and_cadence(case_id, role_part, cadence_part):
    fo = _owner(case_id)
    assert role_part in fo.role and "names no reviewer" not in fo.role
    assert cadence_part in fo.cadence and not fo.cadence.startswith("proposed: reviews a sample")


def test_a_possessive_of_a_thing_is_no_single_post():
    from planner.extract.audience import names_one

    assert not names_one("The clinic's receptionist keeps double-booking.", "receptionist")
    assert names_one("Priya takes over Kevin's budget analyst seat on Monday.", "budget analyst")

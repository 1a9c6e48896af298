"""One reader of the person who checks, coaches, shadows or reviews the learners (h20rev, planner.extract.checker),
and an audience that is never that person, the reader of the work or a garbled phrase. Sentences of the kinds in
evals/dev_h20rev.yaml and the dev `late` cases (never holdout); each assertion fails on the round-9 readers."""

import datetime as dt

import pytest

from planner.evals.runner import parse_target
from planner.extract import extract
from planner.extract.checker import read
from planner.pipeline import make_plan


def _plan(text):
    return make_plan(text, config=parse_target("offline"), today=dt.date(2026, 12, 3))


@pytest.mark.parametrize("text,learners,who,step", [
    # a pronoun subject refers to the person named before it
    ("Our four freight agents are being cross-trained into carrier claims, which Joe on the claims desk has run alone "
     "for years. He'll check their first twenty claims.", "freight agent", "Joe, on the claims desk",
     "checks their first twenty claims"),
    # a role in apposition before the name, and a causative of a mentoring verb
    ("He's never planned anything. Our planning lead, Sue, is happy to have him shadow her from January.", "tanker loader",
     "Sue, the planning lead", "has him shadow her from January"),
    # a relative clause without commas
    ("The plan is for them to handle the complaint callbacks, and Priya who runs retention will coach them.",
     "correspondence clerk", "Priya, who runs retention", "coaches them"),
    # a role with no name, any verb with the learners beside it
    ("The charge nurse will do their first week of observations with them.", "psych tech", "the charge nurse",
     "does their first week of observations with them"),
    # a bare apposition, a title written before the name, a lower-case office before the name
    ("embalmers keep leaving the case report half empty, Frank our funeral director signs each one off", "embalmer",
     "Frank, the funeral director", "signs each one off"),
    ("hosts double-book the big tables, Maître d' Lucas checks the book every afternoon", "host", "Maître d' Lucas",
     "checks the book every afternoon"),
    ("ushers keep letting latecomers in mid-scene, front of house manager Tomasz stands in with them on saturday matinees",
     "usher", "Tomasz, the front of house manager", "stands in with them on saturday matinees"),
    # a passive with the checker as agent, and a fronted time phrase
    ("Every Monday morning the reports are read by Captain Ruiz before they are filed.", "animal control officer",
     "Captain Ruiz", "reads the reports every Monday morning before they are filed"),
    # the partner as the object of the learners' own verb, with the partner's own clause
    ("Neither has drafted before. They'll sit with Ines, one of our CAD technicians, who will mark up their first five "
     "drawings.", "survey assistant", "Ines, the CAD technician", "works with them and marks up their first five drawings"),
    # a manager who only asked for the plan is no checker; the senior colleague who works beside them is
    ("Our shift manager asked me to sort out their training; Bev, a senior sorter with fifteen years on the machines, "
     "will have them work beside her for the first two weeks.", "sorter", "Bev, the senior sorter",
     "has them work beside her for the first two weeks"),
])
def test_one_reader_names_the_checker_and_the_clause(text, learners, who, step):
    c = read(text, learners)
    assert c is not None and c.who == who and c.step == step


def test_the_scope_is_read_with_the_cadence():
    c = read("Two new call-takers join the comms room on the 5th. Sergeant Boateng, the comms supervisor, will listen "
             "to their first ten calls and sign off each shift log.", "call-taker")
    assert c.who == "Sergeant Boateng, the comms supervisor" and c.scope == "their first ten calls"
    assert c.step == "listens to their first ten calls and signs off each shift log"


@pytest.mark.parametrize("text", [
    "Our 12 agents miss the refund code. Maria will be on leave, so Tom runs the queue.",
    "Our two field biologists record transect data on paper. The project PI, Professor Lindqvist, wants it in the app by June.",
    "The cleaning crew skip rounds. The client's facilities manager reads the sheets every Monday.",  # another party's reader
    "Our assessors approve blurry photos.",  # the learners' own plural clause
])
def test_no_checker(text):
    assert read(text) is None


def test_plans_name_the_checker_as_owner_partner_and_answer():
    p = _plan("Since the customer portal started quoting freight rates itself, our four freight agents are being "
              "cross-trained into carrier claims, which Joe on the claims desk has run alone for years. He'll check their "
              "first twenty claims.")
    assert "Joe" in p.feedback_owner.role and "names no reviewer" not in p.feedback_owner.role
    assert "first twenty claims (as the text says)" in p.feedback_owner.cadence
    assert "Joe" in p.practice_activity.task and "who: see open questions" not in p.practice_activity.task
    assert not any(q.startswith("Who above the") or "paired with" in q for q in p.open_questions)


def test_a_named_checker_is_the_practice_partner():
    p = _plan("our alteration tailors keep taking hems up without pinning the customer first - Gloria checks every "
              "garment before it's collected")
    assert "with Gloria watching" in p.practice_activity.task
    assert p.feedback_owner.cadence.startswith("checks every garment before it's collected (as the text says)")


def test_the_audience_is_never_the_reviewer():
    f = extract("Two of our psych techs are back on the rota in February. The unit went over to the RiO record while they "
                "were away. The charge nurse will do their first week of observations with them.")
    assert f.audience_role == "psych tech" and f.headcount == 2
    f = extract("Marek has loaded tankers on the jetty for eleven years and wants to do the loading schedules. Our "
                "planning lead, Sue, is happy to have him shadow her from January.")
    assert f.audience_role != "planning lead" and f.headcount == 1  # one person, named; never the planning leads


@pytest.mark.parametrize("text,role", [
    ("counters close in march, tellers become phone advisers, no idea where to start", "teller"),  # never across a comma
    ("parts counter guys quote the wrong lead time on maybe a quarter of special orders", "parts counter staff"),  # "lead time" is a thing; "guys" after the post
    ("Second shift cutters keep laying up the twill off-grain. Gloria, who leads second shift, walks the table twice a "
     "shift.", "second shift cutter"),  # "who leads": a verb
])
def test_a_role_is_a_noun_phrase_that_names_people(text, role):
    assert extract(text).audience_role == role


@pytest.mark.parametrize("text,team", [
    ("Two new call-takers join the comms room on the 5th.", "comms room"),
    ("The eight stagehands on the touring crew mark up the cue sheets during tech rehearsals.", "touring crew"),
])
def test_the_team_the_text_names(text, team):
    assert extract(text).audience_team == team


def test_a_role_word_before_a_thing_is_no_reader_nor_owner():
    f = extract("parts counter guys quote the wrong lead time on maybe a quarter of special orders and customers ring back")
    assert f.consumer != "wrong lead"
    p = _plan("parts counter guys quote the wrong lead time on maybe a quarter of special orders and customers ring back")
    assert "wrong lead" not in p.feedback_owner.role and "wrong lead" not in p.skill_goal


def test_the_reviewers_clause_names_no_newcomers_in_the_rationale():
    p = _plan("Our ward went over to the RiO record last month. The charge nurse will do their first week of observations "
              "with them.")
    assert "the nurses are new" not in p.intervention_rationale and "charge nurses" not in p.audience.description


@pytest.mark.parametrize("text,learners,who", [
    ("Our apprentices will shadow Jim for a month.", "apprentice", "Jim (named in the text; role not given)"),
    ("Each new starter sits with a senior agent for the first week.", "agent", "the senior agent"),
    ("Before release, every batch record is reviewed by the QA officer.", "operator", "the QA officer"),
])
def test_the_partner_or_agent_in_other_clause_shapes(text, learners, who):
    c = read(text, learners)
    assert c is not None and c.who == who


@pytest.mark.parametrize("text", [
    "Customers like Mrs Green read the menus and complain about allergens.",  # no title: a plural noun and "like"
    "The client, Acme, reviews each drawing before sign-off.",  # another party's reader of the work
])
def test_readers_outside_the_team_are_no_checkers(text):
    assert read(text, "server") is None


def test_the_role_the_work_comes_back_from_reviews_and_the_buddy_partners():
    p = _plan("Two EMTs transferred over from the county service last week. They have never used our ePCR tablets, and on "
              "their first shifts 4 of their 9 patient care reports came back from the clinical lead for missing vitals. "
              "For their first month they ride with a senior paramedic.")
    assert p.feedback_owner.role.startswith("clinical lead") and "senior paramedic" in p.practice_activity.task

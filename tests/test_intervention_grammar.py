"""The intervention type from who the people are and what happens to their role (issue 12; notes fault kind A).

Each sentence is a phrasing of a cue kind the strict readers found missed or misread, in words of its own (not an
eval case): the role going away or a move into another role -> reskilling; people new to the company, team or
position -> onboarding; the learners delivering an induction to newcomers, or "become better", -> upskilling.
"""

import pytest

from planner.extract.intervention import cues
from planner.extract.intervention_frames import spelled

RESKILLING = [
    "their job won't exist after the merger, the 5 schedulers need something else",
    "Anna will take on a new role as QA analyst next quarter",
    "the 3 keyers will become data validators",
    "our drivers can't do deliveries anymore because of the new licence rules and want warehouse jobs",
    "the print team is basically redundent now that everything is online",
    "AI is taking over most of the first-line triage our agents do",
    "we are moving the pickers to inventory planning roles",
    "Sam from the helpdesk wants to become a developer",
    "we want to move two reps from inside sales to customer success management",
    "half of them are to become care coordinators",
    "12 of our 40 agents move over to claims investigation in June",
    "we'd like them to go to the archive team as cataloguers",
]
ONBOARDING = [
    "our autumn intake of apprentices starts in october",
    "two carers new from next week on the dementia unit",
    "agency staff new to the ward don't know where the crash trolley is",
    "agency porters new to ward 3 keep taking beds to the wrong bay",
    "someone who has not started yet will run payroll",
    "Marco joins in March as a buyer",
    "3 technicians are coming over from the Bristol plant",
]
UPSKILLING = [
    "the 6 trainers deliver the onboarding session for new hires and it runs long",
    "our buddies support new starters in their first week but nobody checks the buddy lists",
    "our onboarding workflow in Salesforce is a mess, the 9 account managers skip steps",
    "we want the team to become more confident with the automation features in Excel",
    "we want our reps to become experts in the product",
    "the agents have become a drain on the supervisor's time",
    "since we moved to the new depot the drivers are late",
    "the techs need a job aid for the new scanner",
    "they want clearer roles on the night shift",
    "the reps moved to weekly planning and still miss calls",
    "we moved the 12 clerks onto the new case management system",
    "the clerks can't keep up anymore with the volume",
    "the new tool will replace the paper KYC forms and analysts keep filling in paper",
    "the new ERP takes over from Sage in May; our 4 accountants post journals wrong",
]


@pytest.mark.parametrize("text", RESKILLING)
def test_role_going_away_or_a_move_is_reskilling(text):
    c = cues(text)
    assert c.kind() == "reskilling", (c.onboarding, c.reskilling)


@pytest.mark.parametrize("text", ONBOARDING)
def test_people_new_to_the_place_are_onboarding(text):
    c = cues(text)
    assert c.kind() == "onboarding", (c.onboarding, c.reskilling)


@pytest.mark.parametrize("text", UPSKILLING)
def test_process_words_deliverers_and_degree_words_stay_upskilling(text):
    c = cues(text)
    assert c.kind() == "upskilling", (c.onboarding, c.reskilling)


def test_the_cue_is_quoted_as_the_text_writes_it():
    c = cues("the print team is basically redundent now that everything is online")
    assert any("redundent" in p for p in c.reskilling)


@pytest.mark.parametrize("typo,meant", [("redundent", "redundant"), ("tomorow", "tomorrow"), ("transfered", "transferred")])
def test_a_misspelt_cue_word_is_read_as_meant(typo, meant):
    assert spelled(typo) == meant


@pytest.mark.parametrize("word", ["hires", "recieved", "teh", "fixtures"])
def test_other_words_are_left_alone(word):
    assert spelled(word) == word

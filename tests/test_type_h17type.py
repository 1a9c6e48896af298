"""Reskilling said by structure (h17type, issue 12): a non-person subject that now does the work beside the learners
taking on other duties; a unit or product that ends beside a move; moving over/across to a field of work; and the
reverse: a tool's onboarding, a denied label, a move over to a team or a new system stay what they were."""

import pytest

from planner.extract.intervention import cues
from planner.extract import work_handover

RESKILLING = [
    "The new pay stations now do all the ticketing at both car parks, so the six parking attendants will look after the EV charging bays.",
    "The booking portal handles all the freight quotes now, so our four freight agents will take on carrier claims from next month.",
    "The dictation software will do all the letters from now on and our two typists will pick up the coding work.",
    "The print catalogue stops in April, so our three proofreaders are moving across to accessibility testing.",
    "We're moving our 5 survey techs off the total station and onto drone mapping from March.",
    "Our four freight agents are being cross-trained into carrier claims.",
    "The council is closing its reference desk in May, and our two library assistants will move into the family history team.",
]
NOT_RESKILLING = [
    ("The vendor is onboarding our nine telephone operators onto the new call-routing console next week.", "upskilling"),
    ("HR keeps calling this a reskilling programme but nobody is changing jobs: our eight HR assistants get the checks wrong.", "upskilling"),
    ("Our reps will handle the refunds, but one in five is keyed wrong.", "upskilling"),
    ("The reps switched over to the new CRM last month and still skip the call notes.", "upskilling"),
    ("The night shift ends at 6 and the packers leave pallets unwrapped.", "upskilling"),
    ("The new scanner handles the labels and the pickers still mis-scan one tote in ten.", "upskilling"),
]


@pytest.mark.parametrize("text", RESKILLING)
def test_reskilling_by_structure(text):
    assert cues(text).kind() == "reskilling", cues(text)


@pytest.mark.parametrize("text,kind", NOT_RESKILLING)
def test_not_reskilling(text, kind):
    assert cues(text).kind() == kind, cues(text)


def test_agent_subject_must_name_no_person():
    assert work_handover.agent_takes_work("The kiosk now does all the check-ins.")
    assert not work_handover.agent_takes_work("Sam now does all the check-ins.")
    assert not work_handover.agent_takes_work("The team now does all the check-ins.")
    assert not work_handover.agent_takes_work("The portal handles the quotes.")  # no "now"/"will": how the work runs


def test_change_over_to_a_team_is_left_to_the_arrival_frames():
    assert not work_handover.change_over("Two engineers moved over to the payments team.")
    assert work_handover.change_over("Two engineers moved over to payments testing.")

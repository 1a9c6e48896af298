"""Intervention type from clause roles on phrasings the rules had not seen (issue 12, round 9, h19type).

Each test is a structure the rules read wrongly before: whose work ends (an existential "there won't be a desk to
staff", a role folded into another, a future time before an agent taking the work, a list item labelled "gone", a list
arrow sending people elsewhere), who arrives (an existential new person in the team, a post passing to a named
person, a fronted "Joining the crew next month:", a counted group that starts, an appositive "new X, transferring in
from ..."), and who is only served or replaced (customers onboarded, hires replacing leavers, a newcomer of another
role, an arrival dated to a past year). Texts are not the dev cases' own (evals/dev_h19type.yaml).
"""

import datetime as dt

import pytest

from planner.extract.intervention import cues
from planner.pipeline import make_plan

TODAY = dt.date(2026, 12, 3)


@pytest.mark.parametrize("text", [
    "From next spring there won't be a ticket desk to staff at all, and our two clerks will end up as station hosts.",
    "The proofreader grade is being merged into the editor role in May; our three proofreaders will be commissioning features.",
    "Changes from 1 May:\n- night loading bay: gone\n- Kev and Jas (loaders) -> parts counter, issuing stock in SAP",
    "From April the portal books every appointment itself; the receptionists will be running the patient transport desk.",
    "The kiln room's last shift is in March. After that, the four firers will be running the glaze line.",
])
def test_the_work_ending_said_without_the_usual_words_is_reskilling(text):
    c = cues(text)
    assert c.kind() == "reskilling", c


@pytest.mark.parametrize("text", [
    "There'll be a new lad in the kitchen from the 14th; he has cooked before but never on our grill.",
    "When Maria retires in June her caseload passes to Tomasz, who has only done intake so far.",
    "Joining the crew next month: two scaffolders straight from college.",
    "Three deckhands start next week on the ferry; none of them has done a mooring.",
    "Our new site foreman, transferring in from the Leeds office, takes over crew 2 next week.",
    "Sam is transferring in from the Bristol branch as assistant manager for the store.",
    "Jo takes over from Pete as shift lead when Pete retires in April.",
    "We hired three new packers to replace the crew that left in the summer; none of them has packed chilled goods.",
])
def test_an_arrival_said_through_structure_is_onboarding(text):
    c = cues(text)
    assert c.kind() == "onboarding", c


@pytest.mark.parametrize("text", [
    "We onboard about 25 new clients a week and the account coordinators skip the ID check on one in five.",
    "Our membership advisors onboard roughly 60 new members a month, and half never get a welcome call.",
    "Our existing staff keep mis-keying batch codes; the new hires from last spring are fine.",
    "The drillers who joined us in 2018 still skip the kick drill about once a fortnight.",
])
def test_an_arrival_of_other_people_is_not_onboarding(text):
    c = cues(text)
    assert c.kind() == "upskilling", c


def test_the_manager_onboarding_new_team_members_is_still_onboarding():
    assert cues("We are onboarding 3 new team members in May and they need to learn the dispatch board.").kind() == "onboarding"


def test_the_upskilling_rationale_says_which_arrival_it_set_aside():
    text = ("Our membership advisors onboard roughly 50 new members a month. In the last quarter the advisors never booked "
            "the induction for about a third of those members in Mindbody.")
    plan = make_plan(text, today=TODAY)
    assert plan.intervention_type == "upskilling"
    assert "onboard roughly 50 new members a month" in plan.intervention_rationale


def test_a_newcomer_of_another_role_leaves_the_learners_upskilling():
    plan = make_plan("The fitters keep skipping the torque check on the wheel nuts; we hired a new workshop supervisor to help.", today=TODAY)
    assert plan.intervention_type == "upskilling"


@pytest.mark.parametrize("text, kind", [
    ("Dev is our first ever in-house bookkeeper, starting in three weeks.", "onboarding"),
    ("From the 2nd we'll have two extra pairs of hands in the bakery: apprentices from the college.", "onboarding"),
    ("The porters are replacing the paper job sheets with the new app, but still miss the pickup times.", "upskilling"),
    ("We are replacing the cashiers with kiosks in May.", "reskilling"),
])
def test_appositive_arrivals_and_who_replaces_what(text, kind):
    assert cues(text).kind() == kind


def test_a_thin_text_quotes_the_learners_still_clause():
    plan = make_plan("new CAD release went in last month and the drafters still dimension the sheets the old way", today=TODAY)
    assert plan.intervention_type == "upskilling"
    assert "the drafters still dimension the sheets the old way" in plan.intervention_rationale


@pytest.mark.parametrize("text, kind", [
    # new hands replacing people who went: the loss is the leavers', not the newcomers' (no reskilling)
    ("We've taken on 4 farmhands after the old crew was laid off; none of them has milked a herd this size.", "onboarding"),
    ("Two new stagehands start Monday, replacing contractors whose contract ended.", "onboarding"),
    ("The new hires replace the temps we let go in October. None of them has used the scanners.", "onboarding"),
    # existing staff: an arrival long past, more hires beside the team, a system named by capitals
    ("Most of the assessors transferred to us from the old county office in 2015 and still file appeals late.", "upskilling"),
    ("The existing team of 6 planners needs to get faster at rerouting; we are also hiring two more next year.", "upskilling"),
    ("Our staff have all been with us since the depot opened; the new WMS system went live last month and picks keep going wrong.", "upskilling"),
])
def test_whose_loss_and_whose_arrival(text, kind):
    assert cues(text).kind() == kind


def test_the_newcomers_not_the_leavers_are_the_audience_and_the_existing_team_is_quoted():
    plan = make_plan("We've taken on 3 ranch hands after the old crew was laid off; none of them has branded calves. "
                     "Jim, the ranch manager, checks their work daily.", today=TODAY)
    assert plan.intervention_type == "onboarding"
    assert "old crew are new" not in plan.intervention_rationale and "crew" not in (plan.audience.role or "")
    plan = make_plan("The existing team of 7 schedulers needs to get faster at rerouting in Descartes; we are also hiring two more next year.", today=TODAY)
    assert plan.intervention_type == "upskilling"
    assert "The existing team of 7 schedulers" in plan.intervention_rationale

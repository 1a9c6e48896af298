"""The intervention type under negation, the people a cue is about, open questions the text answers and secondary
sections that state nothing the text does not give (h15type; sentences of the kinds evals/dev_h15type.yaml holds)."""

import datetime as dt

import pytest

from planner.extract.cue_people import people
from planner.extract.cue_polarity import about_thing, denied
from planner.extract.intervention import cues
from planner.extract.problem_count import counted
from planner.generators.questions import BASELINE_QUESTION, ROLE_QUESTION
from planner.pipeline import make_plan

TODAY = dt.date(2026, 12, 2)


def _plan(text):
    from planner.evals.runner import parse_target

    return make_plan(text, config=parse_target("offline"), today=TODAY)


@pytest.mark.parametrize("text,kind", [
    # a negated arrival is tenure, never an arrival (NegEx scope)
    ("this is not a new-hire problem - the plumbers have all been here years and still skip the pressure test.", "upskilling"),
    ("It isn't a newbie thing: the tellers keep skipping the ID check on large withdrawals.", "upskilling"),
    ("We have no new starters this year; the porters keep leaving beds unlogged in the tracker.", "upskilling"),
    # a denied loss or move: the role stays
    ("Nobody is being moved into new roles, the couriers just keep missing the signature step.", "upskilling"),
    ("The clerks won't be replaced by the scanner, but they misfile a third of the letters.", "upskilling"),
    # the scope ends at "but": the arrival after it still counts
    ("They're not new to nursing, but the two nurses only joined our ward last week.", "onboarding"),
    # a negation that is the cue itself ("won't be needed", "no work left") still counts
    ("Our meter readers won't be needed once smart meters are in, so we want them to become field technicians.", "reskilling"),
    ("Our four riggers will have no climbing work left after June; we are moving them into fibre splicing.", "reskilling"),
])
def test_negated_cues(text, kind):
    assert cues(text).kind() == kind


def test_denied_and_thing():
    assert denied("this isn't a newbie thing at all", "a newbie")
    assert not denied("They're not new to the trade, but our mechanics only joined us", "mechanics only joined us")
    assert not denied("our drivers won't be needed next year", "won't be needed", inside=True)
    assert denied("the drivers will not be replaced", "drivers will not be replaced", inside=True)
    assert about_thing("When the new sorter robots go live in April", "new sorter")


def test_tenure_and_stays_are_quoted():
    c = cues("The line cooks aren't new, but since the tablets came in they plate from memory.")
    assert c.tenure and "aren't new" in c.tenure[0]
    c = cues("Nobody is being replaced by the new OCR scanner; the six claims clerks still wave through misread forms.")
    assert c.stays and c.stays[0].startswith("Nobody is being replaced")


@pytest.mark.parametrize("text,cue_part,want", [
    ("Of our twelve pickers, three have volunteered to move into forklift maintenance.", "move into forklift", ("pickers", 3)),
    ("got six new lifeguards for the summer at the lido.", "six new lifeguards", ("lifeguards", 6)),
    ("I want our two examiners to become card fraud analysts.", "I want our two examiners to become card fraud analysts", ("examiners", 2)),
])
def test_people_of_the_cue(text, cue_part, want):
    c = cues(text)
    q = next(q for q in c.move + c.gone + c.onboarding if cue_part.split()[0].lower() in q.lower())
    assert people(text, q) == want


@pytest.mark.parametrize("text,field", [
    ("It's not that the surveyors are new - most have ten years in - but they skip the datum check.", "tenure"),
    ("The new routing software isn't taking anyone's job; the dispatchers still plan the runs.", "stays"),
])
def test_contrasted_tenure_and_negated_loss(text, field):
    c = cues(text)
    assert c.kind() == "upskilling" and getattr(c, field)


def test_experienced_newcomers_stay_onboarding():
    text = "we're bringing in two tilers next week who've done bathrooms before but never on our quoting app."
    c = cues(text)
    assert c.kind() == "onboarding" and c.tenure
    p = _plan(text)
    assert "new to the company" in p.intervention_rationale and "they know the work" in p.intervention_rationale
    assert not any("shows the problem" in q for q in p.open_questions)
    assert not any("had to be redone" in c for c in p.practice_cases)


def test_count_in_the_text_answers_how_often():
    assert counted("they wave through forms where the policy number is misread - nine last month.") == "nine last month"
    assert counted("The couriers keep missing the signature step.") is None


def test_plan_subset_and_reskilling_content():
    p = _plan("When the sorting robots go live in April most of the manual picking goes with them. Of our twenty pickers, "
              "five have volunteered to move into robot maintenance; the rest stay on packing. Ray, the engineering lead, "
              "will have them on the early shift twice a week.")
    assert p.intervention_type == "reskilling"
    assert p.audience.headcount == 5 and "picker" in p.audience.role.lower()
    assert "the engineering leads" not in p.intervention_rationale
    contents = " ".join(a.contains for a in p.training_assets)
    assert "documented procedure" not in contents
    assert all(r.lower().startswith("proposed") for r in p.decision_rules)
    assert not any("had to be redone" in c for c in p.practice_cases)


def test_plan_onboarding_from_cue_people():
    p = _plan("got six new lifeguards for the summer season at the lido, first shifts are next weekend.")
    assert p.intervention_type == "onboarding"
    assert p.audience.headcount == 6
    assert ROLE_QUESTION not in p.open_questions
    assert not any(q.startswith("How many") for q in p.open_questions)


def test_plan_denied_loss_upskilling():
    p = _plan("Nobody is being replaced by the new OCR scanner, the six claims clerks still check every form it reads, "
              "but they wave through forms where the policy number is misread - nine last month. Priya, our claims team "
              "lead, looks at the exceptions list every morning.")
    assert p.intervention_type == "upskilling"
    assert "Nobody is being replaced" in p.intervention_rationale
    assert BASELINE_QUESTION not in p.open_questions

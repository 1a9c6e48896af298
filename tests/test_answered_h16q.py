"""The answered-check (h16q): no open question the text answers, no "names no reviewer" beside one, and the real
unknowns kept. Sentences of the kinds in evals/dev_h16q.yaml (never holdout)."""

import datetime as dt

import pytest

from planner.evals.runner import parse_target
from planner.generators import answered_check as ac
from planner.pipeline import make_plan

TODAY = dt.date(2026, 12, 2)


def _plan(text):
    return make_plan(text, config=parse_target("offline"), today=TODAY)


def _all_q(plan):
    return list(plan.open_questions) + [q for t in plan.tasks for q in t.open_questions]


@pytest.mark.parametrize("text,want", [
    ("Their call cards get passed to the patrol sergeants, who need the cross street.", "patrol sergeants"),
    ("they send about a third of files to underwriting missing pay slips", "underwriting"),
    ("about a third came back from the review partner with errors", "review partner"),
    ("the claims handlers send roughly 1 in 8 back for missing parts", "claims handlers"),
    ("embalmers' case reports are all over the place, the funeral directors can't rely on them", "funeral directors"),
])
def test_consumer_candidate_found(text, want):
    assert ac.consumer_candidate(text) == want


@pytest.mark.parametrize("text", [
    "our vet techs keep charting doses in the wrong units, Dr. Alvarez checks the charts every morning",
    "we'd like them to go to the records team as indexers",  # people moving, not work handed on
    "Our 9 desk advisers will visit tenants at home and write support plans with them.",
    "which sends the credit to the wrong account",  # an account is no reader
    "the apprentices get sent back to the van for the wrong fittings",
])
def test_no_consumer_candidate(text):
    assert ac.consumer_candidate(text) is None


@pytest.mark.parametrize("text,who", [
    ("I read every report before it goes out, but I keep catching the same thing.", "you"),
    ("our vet techs keep charting doses wrong, Dr. Alvarez checks the charts every morning", "Dr. Alvarez"),
    ("Priya, who runs digital services, will train them and check their first licences.", "Priya"),
    ("embalmers keep leaving the case report half empty, Frank our funeral director signs each one off", "Frank"),  # the name, with its role (h20rev)
])
def test_reviewer_candidate(text, who):
    assert ac.reviewer_candidate(text).who == who


def test_no_reviewer_candidate_in_a_text_without_one():
    assert ac.reviewer_candidate("about a third of the pre-lift checks our crane operators put into LiftLog are late") is None
    assert ac.reviewer_candidate("The GC's inspector rejects a floor about twice a week.") is None


@pytest.mark.parametrize("text,want", [
    ("The inspector rejects a floor about twice a week", "about twice a week"),
    ("roughly one in four of the title reports are missing an easement", "roughly one in four"),
    ("about a third of the pre-lift checks our crane operators put into LiftLog are late", "about a third of the pre-lift checks"),
    ("happened twice this quarter.", "twice this quarter"),
])
def test_frequency_candidate(text, want):
    assert ac.frequency_candidate(text) == want


def test_a_headcount_is_no_frequency():
    assert ac.frequency_candidate("Five of our healthcare assistants have been accepted onto the apprenticeship.") is None
    assert ac.frequency_candidate("Our tile setters (there are nine of them on the crew) keep leaving lippage.") is None


def test_first_person_reviewer_is_named_not_blank():
    plan = _plan("I run a team of seven title examiners and roughly one in four of the title reports they send to the "
                 "closing team is missing a recorded easement. I read every report before it goes out, but I keep "
                 "catching the same thing.")
    assert "names no reviewer" not in plan.feedback_owner.role
    assert plan.feedback_owner.role.startswith("you, the manager")
    # the text's own clause is the cadence, as written (h18owner), said to the manager (round 11: "read", not "reads")
    assert "read every report before it goes out (as the text says)" in plan.feedback_owner.cadence
    qs = " ".join(_all_q(plan))
    assert "Who above" not in qs and "Which role or roles" not in qs and "Who receives" not in qs


def test_consumer_after_passed_to_is_not_asked_and_one_question_stays():
    plan = _plan("Four new dispatchers start on the 14th and none of them has used our CAD system. Their call cards get "
                 "passed to the patrol sergeants, who need the cross street and a callback number on every card. Maria, "
                 "our senior dispatcher, will listen back to ten of each new dispatcher's calls every week.")
    qs = _all_q(plan)
    assert not any(q.startswith(("Who receives", "Who uses the output")) for q in qs)
    # Maria listens back to their calls: blind readers count the named checker as the answer to "paired with" (h20rev)
    assert not any("paired with" in q for q in plan.open_questions)
    assert "Maria" in plan.feedback_owner.role


def test_real_unknowns_are_kept():
    # no count, no reviewer, no reader: the headcount and the reviewer stay asked
    plan = _plan("about a third of the pre-lift checks our crane operators put into LiftLog are entered a day late")
    qs = " ".join(_all_q(plan))
    assert "How many crane operators" in qs
    assert "review their practice work" in qs
    assert "How often does the problem happen" not in qs  # "about a third" answers it


def test_thin_text_named_reviewer_and_role_not_asked():
    plan = _plan("embalmers keep leaving the case report half empty, Frank our funeral director signs each one off")
    qs = " ".join(_all_q(plan))
    assert "Which role or roles" not in qs and "Who above the people" not in qs
    assert "How many embalmers" in qs  # the number is still unknown
    assert "role not stated" not in plan.audience.role


def test_reskilling_mentor_named_keeps_which_tasks_first():
    out = ac.questions(["Which tasks of a payroll assistant should they learn first, and who already in that role can mentor them?"],
                       "Priya, who runs payroll, will train them and check their first runs.", "copy operator")
    assert out == ["Which tasks of a payroll assistant should they learn first?"]


def test_pairing_answered_by_a_named_checker_but_not_by_the_manager():
    q = "Who will the desk clerks be paired with for their first weeks?"
    assert q not in ac.questions([q], "The front office manager signs off each clerk's first solo audit.", "desk clerk")
    assert ac.questions([q], "I check each clerk's first solo audit.", "desk clerk") == [q]  # the writer checks, nobody pairs


def test_count_before_a_role_noun_answers_the_role_not_a_past_group():
    assert ac.role_candidate("we want to keep the six groundskeepers on as caretakers") == "six groundskeepers"
    assert ac.headcount_candidate("Our last two new paralegals each needed about 3 weeks", "paralegal") is None
    assert ac.headcount_candidate("9 times last week the clerks got it wrong") is None


@pytest.mark.parametrize("text,want", [
    ("The 12 records clerks are being redeployed as digital service advisers who help citizens use the online portal.", "citizens"),
    ("Nursery practitioners need to get better at writing incident forms for parents.", "parents"),
    ("and the installers on site have to cut down or send back fittings that don't line up", "installers"),
    ("They need to write home visit notes in SystmOne that the OTs can base equipment orders on; right now", "OTs"),
])
def test_consumer_candidate_more_forms(text, want):
    assert ac.consumer_candidate(text) == want


def test_average_duration_answers_how_often():
    assert ac.frequency_candidate("It takes 4 days on average today and brokers go elsewhere.") == "takes 4 days"


def test_thin_discovery_owner_names_the_reviewer_the_text_gives():
    plan = _plan("embalmers keep leaving the case report half empty, Frank our funeral director signs each one off")
    assert "funeral director" in plan.feedback_owner.role


def test_a_vague_count_is_no_headcount():
    assert ac.headcount_candidate("a few of the switchboard operators are rude on the phone", "switchboard operator") is None
    assert ac.consumer_candidate("Our glaziers take measurements and the cutting room relies on them to order glass") == "cutting room"


def test_finish_plan_drops_a_question_the_text_answers_whatever_made_the_plan():
    """pipeline.finish_plan is what make_plan and a batch answer both go through: a raw generated plan that asks how
    many people there are, for a text that says 'seven', comes out without that question."""
    import datetime as dt

    from planner.extract import extract
    from planner.generators.offline import OfflineGenerator
    from planner.pipeline import finish_plan

    text = "The title team is seven title examiners; they keep missing easements on the commitment. I read every file."
    frame = extract(text)
    raw = OfflineGenerator().generate(frame, dt.date(2026, 12, 2))
    raw = raw.model_copy(update={"open_questions": ["How many title examiners are there?"] + list(raw.open_questions)})
    done = finish_plan(raw, frame, text, dt.date(2026, 12, 2))
    assert "How many title examiners are there?" not in done.open_questions

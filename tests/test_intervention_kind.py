"""Issue 12 (h13type): the intervention type from the grammar of the cue (the learners as subject, the verb of change,
the target role), the reskilling/onboarding content built from the text's own facts (planner.generators.role_change),
and a short discovery plan for a one-line problem with no observed behaviour. Sentences are written for these tests
(not eval cases), one per cause."""

import datetime as dt
import json

import pytest

from planner.extract import extract
from planner.extract.intervention import cues
from planner.generators.offline import OfflineGenerator, is_thin

TODAY = dt.date(2026, 12, 2)


def plan(text):
    return OfflineGenerator().generate(extract(text), TODAY)


@pytest.mark.parametrize("text,kind", [
    # the passive of need, said of the people: the role goes away; the active "will not need" is no cue
    ("once the kiosks are in, our ticket clerks won't be needed", "reskilling"),
    ("the nurses will not need a new login for the pumps, but they keep skipping the scan", "upskilling"),
    # people named by an O*NET title head that the word lists did not have ("assessors", "readers")
    ("We've taken on six claims assessors for the storm season.", "onboarding"),
    ("the gas meter readers are no longer needed once the smart meters are fitted", "reskilling"),
    # a start on a date is an arrival, not the start of a shift
    ("two couriers who start on March 3 need to learn the van checks", "onboarding"),
    # newcomers who receive the learners' work, or named as a date, are not the learners
    ("Our HR admins set up payroll records, but 1 in 5 new joiners gets the wrong tax code.", "upskilling"),
    ("the receptionists must clear the booking errors before the autumn intake", "upskilling"),
    ("Our desk techs have done this for years, yet new starters wait two days for a login.", "upskilling"),
    # the work goes and they move into a team named for another field: one reskilling story
    ("The print room is closing in May and the 3 print operators will move into the design team.", "reskilling"),
])
def test_the_type_follows_the_grammar_of_the_cue(text, kind):
    assert cues(text).kind() == kind, cues(text)


def test_a_move_into_a_team_of_another_field_is_the_same_story_not_a_conflict():
    c = cues("The print room is closing in May and the 3 print operators will move into the design team.")
    assert c.gone and c.move and not c.onboarding
    p = plan("The print room is closing in May. The 3 print operators will move into the design team.")
    assert p.intervention_type.value == "reskilling"
    assert "conflict" not in p.intervention_rationale and "the design team" in p.intervention_rationale
    assert not any("It decides between onboarding and reskilling" in q for q in p.open_questions)


def test_the_same_work_in_a_new_team_stays_a_conflict_to_ask_about():
    c = cues("The Leeds office closes in May and its 6 claims handlers transfer into our claims team.")
    assert c.gone and c.onboarding and not c.move  # claims handlers into the claims team: the same work
    p = plan("The Leeds office closes in May and its 6 claims handlers transfer into our claims team.")
    assert "onboarding rather than reskilling; confirm it" in p.intervention_rationale


def test_the_rationale_names_the_people_of_the_cue_not_another_role():
    p = plan("Three EMTs transferred over from the county service last week. On their first shifts 4 of their 9 patient "
             "care reports came back from the clinical lead for missing vitals.")
    assert p.intervention_type.value == "onboarding"
    assert "the EMTs are new to this team" in p.intervention_rationale
    assert "clinical lead" not in p.intervention_rationale


def test_would_change_if_names_this_texts_cue_or_word():
    texts = [
        "The print room is closing in May. The 3 print operators will move into the design team.",
        "We've taken on six claims assessors for the storm season.",
        "Our HR admins set up payroll records for the onboarding workflow and 1 in 5 records has the wrong tax code.",
        "our 4 bookkeepers need training on the automation features of the new ledger",
        "The welders keep failing the bend test, 3 of 12 last month.",
    ]
    ps = [plan(t) for t in texts]
    changes = [p.intervention_would_change_if for p in ps]
    assert len(set(changes)) == len(texts)
    assert "print room is closing" in changes[0] and "taken on six claims assessors" in changes[1]
    assert '"onboarding"' in changes[2] and '"automation"' in changes[3]


RESKILL = ("Our call centre is replacing the billing line with a chatbot next spring. The 11 billing agents will move "
           "into the collections team.")


def test_reskilling_content_names_the_target_as_written_and_blanks_the_rest():
    p = plan(RESKILL)
    d = json.loads(p.model_dump_json())
    assert p.intervention_type.value == "reskilling"
    for field in (d["skill_goal"], d["performance_standard"], d["practice_activity"]["task"]):
        assert "the collections team" in field, field
        assert "in the collections on" not in field and "new role in the collections" not in field
    assert "next spring" in d["skill_goal"]  # when the old work ends, from the cue
    assert all(t["workflow"] != "moving into" for t in d["tasks"])
    assert not any("calls" in t["rewritten"] for t in d["tasks"])  # the old work's output is not the new role's task
    assert any("mentor" in q for q in d["open_questions"])  # who mentors them: not in the text, so asked
    assert not any("How often does the problem happen" in q for q in d["open_questions"])
    # the text names no work of the new role: no placeholder task ("Take on the first real tasks of ..."), and one
    # question in the text's terms asks which work comes first (r11tasks)
    assert d["tasks"] == []
    assert sum(q.startswith("Which tasks of the collections team") for q in d["open_questions"]) == 1


def test_reskilling_content_carries_the_new_work_and_the_mentor_the_text_gives():
    p = plan("Our typing pool is being wound down in June. The 7 typists will move into the patient records team, where "
             "they will code discharge summaries. The records manager has offered to mentor them.")
    assert p.skill_goal.startswith("Code discharge summaries in the patient records team")
    assert "the records manager" in p.skill_goal and "in June" in p.skill_goal
    assert "the records manager" in p.practice_activity.task and "discharge summaries" in p.practice_activity.task
    assert not any("mentor them" in q for q in p.open_questions)


def test_onboarding_content_uses_the_first_task_queue_and_the_pairing():
    p = plan("We've taken on four seasonal tax preparers who start on January 6. They will work the individual returns "
             "queue in Drake. Each new preparer is paired with one of our enrolled agents for the first two weeks.")
    assert p.intervention_type.value == "onboarding"
    assert p.skill_goal.startswith("Work the individual returns queue in Drake")
    t = p.practice_activity.task
    assert "one of our enrolled agents" in t and "the individual returns queue" in t and "the first two weeks" in t
    assert p.tasks[0].original.startswith("Work the individual returns queue in Drake")
    assert not any("paired with" in q for q in p.open_questions)


def test_onboarding_without_a_pairing_asks_for_one():
    p = plan("Five claims handlers join the motor team from next week. They will register first notification of loss "
             "calls in Guidewire.")
    assert "(who: see open questions)" in p.practice_activity.task
    assert any("paired with" in q for q in p.open_questions)


@pytest.mark.parametrize("text", ["we need our accountants to get better at excel", "hi", "training for sales?",
                                  "the porters need more training"])
def test_a_one_line_problem_with_no_observed_behaviour_gets_a_discovery_plan(text):
    assert is_thin(extract(text))
    p = plan(text)
    assert p.review_date == TODAY + dt.timedelta(weeks=2)
    body = p.model_dump_json()
    assert "documented procedure" not in body and "exceptions recorded with a reason" not in body  # no generic padding
    assert len(p.open_questions) >= 4


def test_a_discovery_plan_keeps_the_role_and_the_tool_the_line_gives():
    p = plan("we need our accountants to get better at excel")
    assert p.audience.role == "accountant" and "excel" in p.skill_goal.lower()  # the product name capitalised (goal.py)
    assert not any(q.startswith("Which role") for q in p.open_questions)


@pytest.mark.parametrize("text", ["the lab techs keep mislabelling samples", "branch closures mean our tellers need to become phone bankers"])
def test_one_line_with_an_observed_behaviour_or_a_target_role_gets_a_full_plan(text):
    assert not is_thin(extract(text))


def test_a_thin_reskilling_line_asks_for_the_target_role_not_for_examples_of_errors():
    p = plan("with the new self-checkouts our cashiers won't be needed by next year, what can we retrain them for?")
    assert p.intervention_type.value == "reskilling"
    assert p.skill_goal.startswith("Agree with the manager the role the cashiers will move into")
    assert any("move into" in q for q in p.open_questions)
    assert not any("When does the current work" in q for q in p.open_questions)  # "by next year" is in the text


def test_a_discovery_plan_for_newcomers_or_a_role_change_asks_no_past_work_of_them():
    """People who have not started (or not done the new work) have no recent examples of it to bring: they shadow the
    first tasks once listed, and the baseline counts the tasks they do alone; an upskilling line still collects examples."""
    for text in ("We have two new vet nurses starting next month and need them up to speed.",
                 "the print shop is closing, need to retrain the operators"):
        p = plan(text)
        assert p.intervention_type.value in ("onboarding", "reskilling")
        assert "recent examples of the problem" not in p.practice_activity.task and "shadow" in p.practice_activity.task
        assert "how often the problem shows" not in (p.success_signal.baseline_method or "")
    p = plan("we need our accountants to get better at excel")
    assert p.intervention_type.value == "upskilling" and "shadow" not in p.practice_activity.task

"""Reskilling goals, practice and first task from what the text gives about the new work (h17resk): never the
placeholder "core tasks of the new role" when the text names the work, the destination's output or the destination."""

import datetime as dt

import pytest

from planner.generators import reskill_goal as RW
from planner.generators.role_change import RoleChange
from planner.pipeline import make_plan
from planner.evals.runner import parse_target


def plan(text):
    return make_plan(text, config=parse_target("offline"), today=dt.date(2026, 12, 2)).model_dump(mode="json")


def test_work_done_never_before_is_the_goal_practice_and_task():
    p = plan("With the new OCR scanner doing the keying, our four data entry keyers will become indexers in the land "
             "records archive from March. None of them has tagged a deed before. Priya, the archive supervisor, will "
             "check their first fifty batches.")
    assert p["intervention_type"] == "reskilling"
    assert p["skill_goal"].startswith("Tag deeds as indexers")
    assert "archive supervisor" in p["skill_goal"]
    assert "core tasks" not in p["skill_goal"]
    assert p["practice_activity"]["task"].startswith("Tag real deeds alongside the archive supervisor")
    assert (p["tasks"][0]["action"], p["tasks"][0]["object"]) == ("tag", "deeds")
    assert "key" not in p["skill_goal"].lower().split()  # never the job going away


def test_destination_output_named_by_the_checker():
    p = plan("Self-checkout kiosks handle the loans now, so our six library assistants move to the inter-library loans "
             "desk in January. The desk's requests all go through WorldShare, and Tomasz, the desk supervisor, "
             "spot-checks ten requests per person each week.")
    assert p["skill_goal"].startswith("Handle requests at the inter-library loans desk")
    assert "loans now" not in p["skill_goal"]
    assert "requests" in p["practice_activity"]["task"]


def test_noun_only_destination_named_as_written_with_whom_to_confirm():
    p = plan("the film lab shuts after christmas so our three film processors are moving into freight claims, Bea on "
             "the claims team said she'd mentor them")
    g = p["skill_goal"]
    assert g.startswith("Handle freight claims work on their own")
    assert "to confirm with Bea" in g
    assert "core tasks" not in g
    assert "Bea" in p["practice_activity"]["task"]
    assert "film" not in g


def test_role_destination_names_the_role_and_the_person_who_confirms():
    p = plan("The print room closes at the end of the quarter. Two of our five copy operators have asked to retrain as "
             "payroll assistants; Leona, the payroll supervisor, will go through their work every Thursday.")
    g = p["skill_goal"]
    assert g.startswith("Work as payroll assistants")
    assert "payroll supervisor" in g and "core tasks" not in g


def test_gerund_destination_is_the_work():
    assert RW.new_work("We're moving them into raising purchase orders in Coupa instead.", "procurement clerk") == \
        ("raise", "purchase orders in Coupa")


def test_negated_modal_is_the_old_work_never_the_new():
    assert RW.new_work("our clerks won't be keying paper requisitions any more.", "clerk") is None


def test_phrasal_verb_with_the_learners_as_subject():
    assert RW.new_work("two of our seven telephone operators will deal with the vendor disputes for accounts payable "
                       "from next month.", "telephone operator") == ("deal with", "the vendor disputes for accounts payable")
    assert RW.new_work("so our 5 welders will look after the robot cells instead", "welder") == ("look after", "the robot cells")


def test_onto_a_desk_gives_the_destination():
    w = RW.work("Our 14 billing clerks are being moved onto the collections desk soon.", RoleChange(), "billing clerk", ())
    assert w is not None and w.level == 3 and w.rc.target == "the collections desk"
    assert RW.goal(w, RoleChange(), None) == \
        "Handle the collections desk's work on their own (which of its tasks come first: see open questions)"


def test_no_destination_and_no_work_gives_nothing():
    assert RW.work("our grounds contract ends in june.", RoleChange(), "groundskeeper", ()) is None


def test_a_named_mentor_is_never_called_missing():
    p = plan("the film lab shuts after christmas so our three film processors are moving into freight claims, Bea on "
             "the claims team said she'd mentor them")
    assert p["feedback_owner"]["role"].startswith("Bea (the mentor the text names")
    assert not any("can mentor them" in q for q in p["open_questions"])


def test_named_work_and_checker_answer_the_which_tasks_and_mentor_blanks():
    p = plan("With the new OCR scanner doing the keying, our four data entry keyers will become indexers in the land "
             "records archive from March. None of them has tagged a deed before. Priya, the archive supervisor, will "
             "check their first fifty batches.")
    assert not any(q.startswith("Which tasks of") for q in p["open_questions"])
    assert "who: see open questions" not in p["performance_standard"]
    assert "the archive supervisor" in p["performance_standard"]
    assert "the checklist written with Priya (the archive supervisor)" in p["practice_activity"]["materials"]  # the name the text gives (h20rev)

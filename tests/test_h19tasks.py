"""Workflow-grounded tasks a reader accepts (issue 12, round 9, h19tasks).

Each test states a behaviour the earlier rules got wrong: a garbled task ("so the planner can the POs approved",
"Dose logs in the RIS, for the left incomplete radiologist"), the reader's own act given as the learners' task, a
thin line's discovery steps framed for a reader, a task built on a noun ("Stock count"), and readers named in
frames the earlier rules did not read (a list item, "cant ... cos", "for the X, who ... before they can", "useless to",
"X can only V once ...").
"""

from __future__ import annotations

import datetime as dt

import pytest

from planner.extract.consumer_use import reader_use
from planner.extract.learner_output import learners_output
from planner.generators.task_gate import task_problems
from planner.models import GroundedTask
from planner.pipeline import make_plan
from planner.providers.select import resolve

TODAY = dt.date(2026, 12, 3)


def tasks(text: str) -> list[str]:
    return [t.rewritten for t in make_plan(text, resolve("offline"), today=TODAY).tasks]


@pytest.mark.parametrize("text, want", [
    ("Issues with our nuc med techs (4 of them):\n- dose logs in the RIS left incomplete\n"
     "- radiologists can't report the scans until the dose is logged\n- happened 9 times in October",
     "Complete the dose logs in the RIS, so the radiologists can report the scans."),
    ("Two new buyers start in purchasing on the 12th. Their main job will be raising purchase orders in Coupa for the "
     "maintenance planners, who need the POs approved before they can book the contractor. Neither has used Coupa.",
     "Raise purchase orders in Coupa, so the maintenance planners can book the contractor."),
    ("drivers on the recycling routes keep tagging bins wrong on the handhelds, the contamination team cant send the "
     "right letters to households cos the tags are rubbish. we've got 22 drivers",
     "Tag bins correctly on the handhelds, so the contamination team can send the right letters to households."),
    ("dispatch notes from our radio operators are useless to the field crews",
     "Write the dispatch notes, so the field crews can use them."),
    ("The home energy audit reports (we have 5 auditors doing them) are sent to the rebate team, who use them to approve "
     "the heat-pump rebates. Trouble is, the blower-door numbers are missing on maybe a third of them, so rebates sit "
     "for weeks.",
     "Write the home energy audit reports with the blower-door numbers, so the rebate team can use them to approve the "
     "heat-pump rebates."),
    ("New starters in accounts payable (3 of them, from Monday) will be matching invoices to POs in SAP for the "
     "controller, who closes the month on day 3.",
     "Match the invoices to POs in SAP, so the controller can close the month."),
    ("Payroll can only run the pension deductions once the benefits letters from my 5 benefits coordinators are signed "
     "off; this month 12 letters had the old contribution rate and payroll had to hold the run for two days.",
     "Write the benefits letters with the current contribution rate, so payroll can run the pension deductions."),
])
def test_task_is_the_texts_own_sentence(text, want):
    assert tasks(text) == [want]


def test_a_task_on_a_noun_is_rebuilt_on_the_texts_verb():
    got = tasks("My food service managers do the weekly stock count on paper and it's wrong about half the time. "
                "There are 6 sites, one manager each.")
    assert got and got[0].startswith("Do the weekly stock count on paper (")


def test_a_discovery_step_is_not_framed_for_a_reader():
    got = tasks("the dye house operators' batch cards never have the shade number so the colour lab cant match the repeat orders")
    assert got and not any(t.startswith("Support ") or "can cant" in t for t in got)


def test_the_readers_step_is_never_the_learners_task():
    text = ("Our 6 research analysts can't code half the open answers because the phone interviewers paraphrase what "
            "people say instead of typing it word for word. We have twelve interviewers on the evening shift.")
    assert not any(t.lower().startswith("code the open answers") for t in tasks(text))


@pytest.mark.parametrize("rewritten, action, obj, outcome", [
    ("Support the maintenance planner by raising purchase orders, so the planner can the POs approved.", "raise", "purchase orders", None),
    ("Approve the heat-pump rebates, so the rebate team can use them to approve the heat-pump rebates.", "approve",
     "the heat-pump rebates", "the rebate team can use them to approve the heat-pump rebates"),
    ("Collect examples, so the lab can cant match the repeat orders.", "collect", "examples", None),
])
def test_the_gate_refuses_garbled_tasks(rewritten, action, obj, outcome):
    t = GroundedTask(original=rewritten, rewritten=rewritten, action=action, object=obj, workflow="w", outcome=outcome)
    assert task_problems(t, "")


def test_the_gate_finds_a_noun_used_as_the_verb():
    t = GroundedTask(original="Stock count", rewritten="Stock count.", action="stock", object="count", workflow="w")
    assert task_problems(t, "My managers do the weekly stock count on paper.")
    assert not task_problems(t, "They stock the shelves and count the tills.")


@pytest.mark.parametrize("text, performer, said", [
    ("drivers keep tagging bins wrong, the contamination team cant send the right letters cos the tags are rubbish",
     "driver", "the contamination team can send the right letters"),
    ("The notes from our radio operators are useless to the field crews.", "radio operator", "the field crews can use them"),
    ("Payroll can only run the pension deductions once the letters are signed off.", "benefits coordinator",
     "payroll can run the pension deductions"),
])
def test_reader_frames(text, performer, said):
    use = reader_use(text, performer, any_blocked=True)
    assert use is not None and use.said == said


def test_learners_output_frames():
    out = learners_output("Night-shift doctors depend on the ventilator check sheets that our respiratory therapy techs "
                          "fill out every 4 hours.", ("respiratory therapy techs",))
    assert out is not None and (out.verb, out.np) == ("fill out", "the ventilator check sheets")
    out = learners_output("our nurses' handover notes are a mess", ("nurses",))
    assert out is not None and out.np == "the handover notes"


@pytest.mark.parametrize("text, want", [
    ("Our three pharmacy techs label the IV bags in the clean room, and the nurses on 4 West hang them. Last month two "
     "bags had the wrong patient name.", "Label the IV bags in the clean room, so the nurses on 4 West can hang them."),
    ("The 9 translators deliver subtitles that the video editors then have to re-time by hand.",
     "Deliver subtitles, so the video editors do not have to re-time them by hand."),
    ("Handover sheets written by the night porters are handed to the day duty manager, who assigns the morning jobs "
     "from them. Many are missing room numbers.",
     "Write the handover sheets with the room numbers, so the day duty manager can assign the morning jobs from them."),
])
def test_reader_clauses_beside_the_learners_complete_the_task(text, want):
    assert tasks(text) == [want]


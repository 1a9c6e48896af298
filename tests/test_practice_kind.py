"""Practice, standard, assets, rules and mistakes that fit the text's own work (issue 12, round 10).

A domain pack's lines appear only when the learners hold that pack's role AND their output (or a system named) is the
pack's kind; live work is never practised "on copies of real cases" or collected as "past ... with a model answer";
the practice never rehearses the symptom; the standard takes the items the text says the work must say.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from planner.generators import patterns as P
from planner.generators import practice_kind as PK
from planner.pipeline import make_plan
from planner.evals.runner import parse_target

TODAY = dt.date(2026, 12, 1)


def _plan(text: str) -> dict:
    return make_plan(text, config=parse_target("offline"), today=TODAY).model_dump(mode="json")


def _flat(d) -> str:
    return json.dumps(d, ensure_ascii=False).lower()


def test_pack_needs_its_role_and_output_kind():
    roadside = "Four inspectors at the roadside unit write defect reports that the enforcement officers use."
    assert P.output_pattern("defect reports", context=roadside, role="inspector") is P.GENERIC
    line = "Line operators on nights skip steps of the changeover checklist."
    assert P.output_pattern("the changeover checklist", context=line, role="line operator").requires is not None
    # a message pack needs the learners' own output to be a message, never a note or a report
    assert P.output_pattern("case notes", context="social workers write case notes", role="social worker") is P.GENERIC
    assert P.output_pattern("the replies", context="agents write the replies", role="agent").heads is not None
    # the R pipeline is no sales pipeline: the role decides
    assert P.output_pattern("the tables", context="our statistical assistants run the R pipeline", role="statistical assistant") is P.GENERIC


@pytest.mark.parametrize("text,foreign", [
    ("After every premises visit our five fire inspectors write an inspection report in Uniform. The station manager sends "
     "back about one in four because the report doesn't say which exit was blocked.", ["out of tolerance", "stop condition"]),
    ("We've got four cost estimators building the quotes for house extensions in our pipeline spreadsheet, and the site "
     "managers keep finding quotes that leave out skip hire.", ["pitching", "crm", "pricing exceptions"]),
    ("When a street-trading permit is turned down, one of our three licensing officers writes the refusal letter; the letters "
     "never quote the condition the trader failed.", ["outdated rule", "eligibility", "service standard"]),
])
def test_no_foreign_pack_line_in_the_plan(text, foreign):
    f = _flat(_plan(text))
    for line in foreign:
        assert line not in f, line


def test_live_work_is_not_practised_on_copies():
    p = _plan("cloakroom attendants hand back the wrong coat on busy nights, tickets all over the place")
    pa = _flat(p["practice_activity"]) + _flat(p["training_assets"])
    for pad in ("copies of real cases", "anonymised", "model answer"):
        assert pad not in pa, pad


def test_named_setting_and_no_first_shift_for_people_already_working():
    p = _plan("Hotel concierges send us most of our walking-tour guests, and two of them have complained that the group got lost "
              "near the cathedral. We hired four guides for the summer season and they started last week; none had walked the "
              "old town route before. Lena, our senior guide, walks it with each new starter once.")
    assert "near the cathedral" in p["practice_activity"]["setting"]
    assert "before the first shift" not in _flat(p["training_assets"])
    assert "copies of real cases" not in _flat(p["practice_activity"])
    assert "work samples" not in p["performance_standard"]  # live work has no samples to collect
    assert not any("before handing it on" in r for r in p["decision_rules"])


def test_practice_never_rehearses_the_symptom():
    assert not PK.buildable("double-book", "the big tables")
    assert not PK.buildable("report", "half empty")
    assert not PK.buildable("plan", "anything")
    assert not PK.buildable("write", "up", " in Mosaic after a visit hardly ever record what was said")
    assert PK.buildable("count", "stock") and PK.buildable("write", "the refusal letter")


def test_kind_of_work_from_the_output_head_and_verb():
    assert PK.work_kind("write", "an inspection report", None) == PK.RECORD
    assert PK.work_kind("hand back", "the coat", None) == PK.LIVE
    assert PK.work_kind("close", "jobs", None, in_system=True) == PK.RECORD
    assert PK.work_kind(None, None, PK.NEUTRAL_THINGS) is None


def test_setting_is_a_place_not_a_time_or_measure():
    assert PK.setting("Before the house opens at the Lyric, the ushers sweep") == "at the Lyric"
    assert PK.setting("they count sponges at closing") is None
    assert PK.setting("readings outside tolerance get logged") is None


def test_standard_takes_what_the_text_says_the_work_must_say():
    p = _plan("Our six roadside inspectors write up defect reports for the enforcement officers. The reports have to say which "
              "axle and which defect code, and about a third of them don't.")
    std = (p["performance_standard"] + " " + _flat(p["training_assets"])).lower()
    assert "which axle" in std and "which defect code" in std


def test_each_item_of_a_left_out_list_and_no_clause_as_an_item():
    from planner.generators.offline import _missing_items

    assert _missing_items("quotes that leave out skip hire and scaffolding, so we eat the cost") == ["skip hire", "scaffolding"]
    assert _missing_items("half the reports are missing a photo and nobody checks") == ["a photo"]


def test_started_means_already_at_work():
    assert PK.started("We hired four guides and they started last week")
    assert PK.started("the 6 bus drivers we hired in october at the north depot are signing the check")
    assert not PK.started("Three new spin instructors start on the 4th")
    assert not PK.started("We hired 7 newly qualified nurses, they join in January")


def test_practice_names_where_the_text_says_the_work_is_done():
    assert PK.named_in("the case notes they write up in Mosaic after a home visit") == "in Mosaic"
    assert PK.named_in("Jo will watch their first two classes in Studio B.") == "in Studio B"
    assert PK.named_in("they start on January 6 at the depot") is None
    p = _plan("The visit notes that our probation officers (nine of them, east team) write up in Mosaic after a home visit hardly "
              "ever record what the client actually said. At supervision the team manager can't tell whether the visit took place.")
    assert "mosaic" in _flat(p["practice_activity"])
    assert "hardly ever" not in _flat(p["practice_activity"])  # a garbled clause is never practised


def test_no_adverb_as_verb_and_no_fault_in_the_object():
    assert not PK.buildable("still", "load", " every machine by habit")
    assert not PK.buildable("publish", "Looker dashboards", " with stale filters")
    assert not PK.buildable("map", "keep")
    assert PK.buildable("do", "the final quality check") and PK.buildable("build", "quotes", " with the skip hire")


def test_the_learners_own_record_names_the_assets():
    assert PK.record_things(PK.NEUTRAL_THINGS, "the refusal letter") == "refusal letters"
    assert PK.record_things(PK.NEUTRAL_THINGS, "the coat") is None
    p = _plan("When a street-trading permit is turned down, one of our three licensing officers writes the refusal letter; the "
              "letters never quote the condition the trader failed, and Priya, our licensing team leader, has to rewrite them.")
    titles = " ".join(a["title"] for a in p["training_assets"]).lower()
    assert "work samples" not in titles and "refusal letters" in titles


def test_reskilling_setting_is_the_new_work_s_place_not_the_old():
    p = _plan("Marek has loaded tankers on the jetty for eleven years; his back won't take the hose work much longer, and he's "
              "asked whether he could come inside and do the loading schedules - the planning side, in our TMS. He's never "
              "planned anything. Our planning lead, Sue, is happy to have him shadow her from January.")
    assert "jetty" not in _flat(p["practice_activity"])
    assert "anything" not in p["practice_activity"]["task"]

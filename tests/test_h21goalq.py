"""h21goalq (issue 12, round 11): the skill goal and the open questions on shapes the rules missed."""

from planner.generators import answered_check as AC
from planner.generators.behaviour import find_behaviour
from planner.generators.clause_goal import which_output
from planner.generators.questions import fault_phrase
from planner.extract.new_work import new_work


def test_four_questions_kept_by_need_not_by_order():
    qs = ["How many laminators are there?",
          "Who is next in line after rolling out the hull layups, and what do they need from that step?",
          "How often does the problem show up in the hull layups today: how many a week or a month, and where could it be counted?",
          "Are the laminators new to this work, or have they done it here for some time? (It decides between onboarding and upskilling.)",
          'Why does it happen ("keep rolling out the hull layups"), and what does the right way look like on the job?']
    out = AC.kept(qs)
    assert len(out) == 4 and qs[4] in out and qs[2] in out
    assert out == [q for q in qs if q in out]  # their own order


def test_one_question_about_the_reader():
    qs = ["Who receives their work in the leak desk, and what do they need from it?",
          "What does the leak desk do with the leak reports next, and what must they contain for that?"]
    assert AC._near_duplicates(qs) == [qs[1]]


def test_readers_the_text_names():
    assert AC.consumer_candidate("Birth notes, which the community midwives complete, are often sent to the GP practice "
                                 "without the newborn check times", "community midwives") == "GP practice"
    assert AC.consumer_candidate("ops lads still doing the runway inspections on paper, half the FOD reports never reach the tower",
                                 "ops staff") == "tower"
    assert AC.consumer_candidate("track gang skip the gauge readings, so the signal engineers cant tell which switches need grinding",
                                 "track gang") == "signal engineers"
    assert AC.consumer_candidate("Five call handlers join on Monday. The duty inspectors read the incident records to decide "
                                 "which units to send.", "call handlers") == "duty inspectors"


def test_possessive_role_counted():
    assert AC.headcount_candidate("2 new carpenter's helpers start monday", "carpenter's helper") == "2 new carpenter's helpers"


def test_checker_and_partner_answer_the_reviewer_question():
    q = "Who above the laminators (a lead, supervisor or senior colleague) will review their practice work each week?"
    out = AC.questions([q], "the laminators keep rolling out the hull layups with air pockets, gaffer checks the hulls on fridays", "laminators")
    assert out and "the gaffer" in out[0] and not out[0].startswith("Who above")
    assert AC.companion("mostly theyll be cutting and setting the formwork for the footings with Dave") == "Dave"
    assert AC.companion("they'll be logging leak reports with Maximo, in Maximo") is None


def test_which_relative_names_the_learners_verb():
    og = which_output("Birth notes, which the community midwives complete after each home birth, are often sent to the GP "
                      "practice without the newborn check times.", ["community midwives", "midwives"], [])
    assert og is not None and og.verb == "Complete" and og.obj == "birth notes"
    assert "after each home birth" in og.qual and "with the newborn check times" in og.qual


def test_fault_phrase_is_the_learners_own():
    assert fault_phrase("weekend baristas keep steaming the oat milk way too hot n it splits", "weekend baristas") == \
        "keep steaming the oat milk way too hot"
    assert fault_phrase("HR keeps calling this a reskilling programme", "clerks") is None


def test_output_as_subject_is_no_behaviour():
    assert find_behaviour("ops lads still doing the runway inspections on paper, half the FOD reports never reach the tower",
                          ("ops staff", "staff")) is None


def test_new_work_typed_contraction_and_companion():
    vp = new_work("2 new carpenter's helpers start monday, mostly theyll be cutting and setting the formwork for the footings with Dave")
    assert vp is not None and vp[1] == "the formwork for the footings"


def test_reskilling_new_work_as_an_activity():
    from planner.generators import reskill_goal as RW

    assert RW.new_work("our three proofreaders are moving across to accessibility testing on the website.", "proofreader") == \
        ("carry out", "accessibility testing on the website")
    assert RW.new_work("our 3 watch repairers are going to be doing online order packing from then on", "repairer") == \
        ("carry out", "online order packing")
    assert RW.new_work("keeping 3 of the sawyers on but theyll be on truss design in MiTek instead", "sawyer") == \
        ("carry out", "truss design in MiTek")
    w = RW.work("They are moving across to accessibility testing on the website. We need them testing on their own before "
                "the summer release.", type("RC", (), {"target": None, "mentor": None})(), "proofreader", ())
    assert w is not None and w.by == " before the summer release"
    assert RW.named_checker("Marcus, who runs renewals, will listen in on their first fifteen calls each") == "Marcus"


def test_behaviour_complained_degree_and_old_way():
    b = find_behaviour("weekend baristas keep steaming the oat milk way too hot n it splits", ("weekend baristas", "baristas"))
    assert b is not None and b.sentence() == "Steam the oat milk, never too hot"
    b = find_behaviour("the mapping techs still digitise parcel boundaries the old way, lots of slivers", ("mapping techs", "techs"))
    assert b is not None and b.sentence() == "Digitise parcel boundaries, not the old way"
    assert find_behaviour("our portal clerks still key the invoices", ("portal clerks", "clerks")) is None


def test_output_criteria_from_the_text():
    from planner.generators.output_goal import criterion

    t = "our sommeliers' tasting notes are too vague for the floor servers to sell from"
    assert criterion(t, t) == ", so that the floor servers can sell from them"
    t = "the laminators keep rolling out the hull layups with air pockets trapped under the glass, gaffer checks"
    assert criterion(t, t) == " without air pockets trapped under the glass"
    t = "jobs come back because the axis on the order ticket doesn't match the Rx."
    assert criterion(t, t) == " with the axis on the order ticket matching the Rx"


def test_pronoun_habit_and_asides():
    from planner.generators.work_object import antecedent_text, without_asides

    t = "the four physio aides still book the follow-ups, they just keep putting them in the wrong clinic slot"
    assert antecedent_text(t, "the follow-ups").endswith("keep putting the follow-ups in the wrong clinic slot")
    assert antecedent_text(t, "anything") is None
    assert without_asides("Our ramp inspectors -- eight, all ex-maintenance -- write findings") == "Our ramp inspectors write findings"


def test_reader_who_cannot_use_the_work_is_answered():
    q = "What do the accounts do with the invoices next, and what must they contain for that?"
    assert AC.questions([q], "our van drivers hand in the delivery notes half filled in and accounts can't invoice off them",
                        "van drivers", keep_one=False) == []
    q = "What does the regional manager do with the GPS tag next, and what must it contain for that?"
    assert AC.questions([q], "they skip the GPS tag on one in six samples. The regional manager audits ten samples a fortnight.",
                        "agricultural inspectors", keep_one=False) == []


def test_discovery_for_newcomers_asks_of_the_named_work():
    import datetime as dt

    from planner.evals.runner import parse_target
    from planner.pipeline import make_plan

    def qs(text):
        return make_plan(text, config=parse_target("offline"), today=dt.date(2026, 12, 3)).open_questions

    q = qs("got 2 new nail techs starting sat, need them doing gel removals without wrecking ppls nails")
    assert any(x.startswith("By when must the nail techs do gel removals alone") for x in q)
    assert not any("in which system and queue" in x for x in q)
    q = qs("we're bringing in three seasonal tax preparers next week who've done returns before but never on TaxDome.")
    assert any("in TaxDome" in x and x.startswith("Which real tasks") for x in q)
    assert not any(x.startswith("Who uses the output of 'Collect") for x in q)


def test_on_paper_is_no_fault_without_a_contrast():
    import datetime as dt

    from planner.evals.runner import parse_target
    from planner.pipeline import make_plan

    g = make_plan("Our glaziers take site measurements on paper and the cutting room relies on them to order glass, but about "
                  "one in eight units comes back the wrong size.", config=parse_target("offline"), today=dt.date(2026, 12, 3)).skill_goal
    assert "not on paper" not in g and "every time" not in g


def test_newcomers_first_work_named_and_its_reader():
    import datetime as dt

    from planner.evals.runner import parse_target
    from planner.pipeline import make_plan

    t = ("Got two new dental lab techs starting 3rd Jan straight from their college course. They'll mostly be trimming and "
         "articulating models and waxing up crowns for the ceramist, and Marek, the senior tech, QCs everything before it goes out.")
    q = make_plan(t, config=parse_target("offline"), today=dt.date(2026, 12, 3)).open_questions
    assert not any(x.startswith("Which tasks must the dental lab techs be able to do alone first") for x in q)
    assert not any(x.startswith("Who is next in line after") for x in q)
    assert AC.consumer_candidate(t, "dental lab techs") == "ceramist"

"""Open questions the text answers in unusual forms are not asked (h19q, issue 12 round 9)."""

import datetime as dt

from planner.generators.answered_check import headcount_candidate, questions, reviewer_candidate, tenure_candidate
from planner.pipeline import make_plan


def _qs(text):
    return make_plan(text, today=dt.date(2026, 12, 3)).open_questions


def test_tenure_as_since_a_year_answers_are_they_new():
    assert tenure_candidate("They've all been here since 2019.")
    assert tenure_candidate("Nobody here is new, it's a habit thing.")
    q = "Are the orthotists new to this work, or have they done it here for some time? (It decides between onboarding and upskilling.)"
    assert questions([q], "Our orthotists keep sending notes without measurements. They've all been here since 2019.", "orthotists") != [q]


def test_a_clause_head_sign_off_names_the_reviewer():
    assert reviewer_candidate("dive logs from the night crew are missing bottom times, dive sup signs them every morning").who == "the dive sup"
    assert reviewer_candidate("writers keep voiding slips, cage supe has to sign each void").who == "the cage supe"
    assert reviewer_candidate("Dario (our detailer for ten years) will coach them on customer cars").who == "Dario"
    assert reviewer_candidate("I catch it in Monday review").who == "you"  # the manager, never "Monday"
    assert reviewer_candidate("the techs sign every sheet", "techs") is None  # the learners sign their own work


def test_headcount_in_an_aside_is_not_asked():
    assert headcount_candidate("Our ramp inspectors -- eight, all ex-maintenance", "ramp inspectors")
    qs = _qs("Our ramp inspectors -- eight, all ex-maintenance, been with us since 2018 -- write findings in SafetyNet "
             "that the operators can't act on. Rosa, the principal inspector, reads a sample every fortnight.")
    assert not any(q.startswith("How many") or "are all of them" in q for q in qs)


def test_a_reader_acting_on_the_work_answers_what_they_do_with_it():
    qs = _qs("Our orthotists (five of them, two at the Leeds clinic) keep sending fitting notes to the fabrication lab "
             "without the cast measurements, and the lab remakes about one brace in six. Priya goes through a sample of "
             "notes every other week. They've all been here since 2019.")
    assert not any("do with the" in q or "new to this work" in q for q in qs)


def test_the_target_is_asked_of_the_texts_own_figure_and_never_cut():
    qs = _qs("sportsbook writers keep voiding slips after the off, two or three a weekend, cage supe has to sign each void")
    assert not any("times two or" in q for q in qs)
    assert any('"two or three a weekend"' in q for q in qs)


def test_at_most_four_questions():
    qs = ["How many techs are there?", "Who receives the logs next, and what do they need from them?",
          "How often does the problem happen today (a number, or where it could be counted)?",
          "Who above the techs (a lead, supervisor or senior colleague) will review their practice work each week?",
          "What target should the figure reach by the review date?"]
    assert len(questions(qs, "the techs write logs", "techs")) == 4


def test_readers_held_up_or_chasing_name_the_consumer():
    from planner.generators.answered_check import consumer_candidate

    assert consumer_candidate("our civil techs send out the reports without the pour location, the site engineers ring back every time", "civil techs") == "site engineers"
    assert consumer_candidate("our teaching assistants sign off the reading logs without dating them and the SENCo can't tell which week", "teaching assistants") == "SENCo"
    assert consumer_candidate("Hannah signs off every claim file before it goes to the carrier.", "freight agents") == "carrier"
    # the learners themselves, or a move of the learners, are no reader
    assert consumer_candidate("my guys keep missing deadlines", "people") is None
    assert consumer_candidate("so our loan processors are going over to underwriting", "loan processors") is None


def test_a_figure_read_on_stops_at_the_noun_counted():
    from planner.generators.answered_check import frequency_candidate

    assert frequency_candidate("About half the reports leave out the vibration readings") == "About half the reports"
    assert frequency_candidate("the band's engineer repatches half the lines") == "half the lines"
    assert frequency_candidate("two or three a weekend") == "two or three a weekend"


def test_a_dated_change_answers_when_the_current_work_ends():
    q = "When does the hand packers' current work end?"
    assert questions([q, "Which tasks of the new role should they learn first?"],
                     "The new auto-bagger takes over the hand packing on line 3 from March.", "hand packers") == \
        ["Which tasks of the new role should they learn first?"]


def test_the_count_is_asked_of_the_texts_output_or_not_at_all():
    base = "How often does the problem happen today (a number, or where it could be counted)?"
    assert questions([base], "can we do something about how the chefs write up allergen sheets", "chefs",
                     output="allergen sheets") == [
        "How often does the problem show up in the allergen sheets today: how many a week or a month, and where could it be counted?"]
    assert questions([base], "In the new role they will give medications.", "assistants", output="medications") == [base]
    assert questions([base, "Who will the techs be paired with for their first weeks?"], "Two new techs start Monday.",
                     "techs", kind="onboarding") == ["Who will the techs be paired with for their first weeks?"]

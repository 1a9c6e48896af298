"""Practice activity and feedback owner (issue 12, round 11, h21prac): one reader of who coaches or checks, the named
person beside the practice, practice on the text's own new work and setting, the owner's cadence as the text gives it."""

import datetime as dt

from planner.evals.runner import parse_target
from planner.extract.checker import called, read
from planner.extract.owner import find_owner
from planner.extract.review_clause import timed_step
from planner.generators import gap_roles as GR
from planner.generators.behaviour import find_behaviour
from planner.generators.practice_kind import buildable, never_done_work
from planner.generators.role_change import mentor
from planner.pipeline import make_plan

TODAY = dt.date(2026, 12, 2)


def _plan(text):
    return make_plan(text, config=parse_target("offline"), today=TODAY)


def test_the_gap_drops_any_checking_verb_of_the_one_list():
    # "times" is a checking verb of planner.extract.checker.VERBS; the gap's own copy of the list lacked it
    assert GR.role("the purser times it every turn", ("flight attendants",)) == "support"
    assert GR.role("they take three times as long on nights", ("flight attendants",)) != "support"  # a noun, not the verb


def test_the_mentor_is_read_by_the_one_checker_reader_first():
    text = ("The counters close in February, so our postal clerks move to the customer claims desk. Ines, the claims "
            "supervisor, will sit with them for the first month.")
    assert mentor(text) == "Ines (the claims supervisor)"


def test_she_after_an_apposition_at_a_sentence_start_is_that_person_not_a_system():
    text = ("They'll be booking follow-up appointments in Cerner, which none of them has used. Latisha, the bookings "
            "team leader, says they can sit with her and she'll check their bookings each afternoon.")
    c = read(text, "ward secretary")
    assert c is not None and c.name == "Latisha" and c.role == "bookings team leader"


def test_head_as_an_adverb_is_no_role_and_the_supervisor_after_it_is():
    text = "our flaggers turn the stop/go board too early and cars meet head on. the traffic management supervisor drops by most mornings"
    assert find_owner(text, "flagger") == "traffic management supervisor"
    assert timed_step(text, "traffic management supervisor", "flagger") == "drops by most mornings"


def test_one_lead_after_a_plural_of_workers_is_the_owner_not_the_audience():
    p = _plan("tax examiners closing cases w/out the call note, team lead reads a handful every friday")
    assert p.audience.role == "tax examiner"
    assert p.feedback_owner.role == "team lead"
    assert p.feedback_owner.cadence.startswith("reads a handful every friday (as the text says)")


def test_an_owners_own_check_with_a_time_phrase_is_the_cadence():
    text = "psych aides keep doing the obs from the nurses station. charge nurse does spot checks most nights"
    assert timed_step(text, "charge nurse", "psych aide") == "does spot checks most nights"


def test_a_field_left_empty_is_one_to_fill_in():
    b = find_behaviour("After a service visit, half of our eight lift engineers leave the brake test box empty on the handover "
                       "sheet in Joblogic, so the building manager never knows.", ("lift engineers", "engineers"))
    assert b is not None and b.sentence() == "Fill in the brake test box on the handover sheet in Joblogic"


def test_a_manner_adverb_is_no_object_to_practise():
    assert not buildable("mow", "straight", "")
    assert buildable("key", "overtime", " from paper timesheets")
    assert find_behaviour("grounds lads keep mowing straight over the irrigation heads", ("grounds lads", "lads")) is None


def test_newcomers_practise_the_work_the_text_says_they_have_never_done():
    assert never_done_work("Neither of them has done a night duty round or written up an incident in StarRez before.") == \
        "do a night duty round and write up an incident in StarRez"
    p = _plan("Two new operators start on the slicer line on Monday. Neither has set up a Treif slicer for a product "
              "changeover before. Gary, our line setter, will show them the changeover on their first few runs and sign "
              "off each setup sheet.")
    assert p.practice_activity.task.startswith("Set up a Treif slicer for a product changeover: first watch Gary (the line setter) do it")


def test_the_manager_writing_is_the_practice_partner_and_is_spoken_to():
    p = _plan("grounds lads keep mowing straight over the irrigation heads on the back pitches. I walk the pitches with "
              "them monday mornings anyway")
    assert "experienced colleague" not in p.practice_activity.task and "with you checking" in p.practice_activity.task
    assert p.feedback_owner.cadence.startswith("walk the pitches with them monday mornings")


def test_record_practice_uses_the_teams_own_cases_in_the_named_system_not_anonymised_copies():
    p = _plan("The four physio aides still book the follow-ups in Cliniko, but they keep putting them in the wrong clinic "
              "slot (12 last week). Sian, the senior physio, checks the diary on Mondays.")
    mats = " ".join(p.practice_activity.materials)
    assert "anonymised" not in mats and "from the team's own work" in mats
    assert "Sian (the senior physio)" in p.practice_activity.task


def test_no_one_named_above_them_is_their_line_manager_marked_as_an_assumption():
    p = _plan("Our 5 receptionists don't confirm the patient's date of birth when they book follow-ups.")
    assert p.feedback_owner.role == "the receptionists' line manager (assumed: the text names no reviewer; to confirm)"
    assert any("review their practice work" in q for q in p.open_questions)


def test_the_owners_clause_as_written_acronym_verb_dash_and_passive_capital():
    c = read("Got two new lab techs. They'll trim models, and Marek, the senior tech, QCs everything before it goes out.")
    assert c is not None and c.step == "QCs everything before it goes out"
    c = read("Sunita, head of wardrobe, goes through the rail every evening before the half -- on Tuesday 9 of the 40 "
             "costumes had no tag, and two quick changes ran late.")
    assert c is not None and c.step == "goes through the rail every evening before the half"
    p = _plan("When our five field adjusters inspect water-damage claims, they're not taking moisture readings in every "
              "room, so about a third of the reports in ClaimCenter go back. Reports get reviewed by Dominic, the claims "
              "team manager, on Tuesdays.")
    assert p.feedback_owner.cadence.startswith("reviews reports on Tuesdays")
    assert called("Sgt Morales", "sergeant") == "Sgt Morales"


def test_the_manager_with_a_named_role_reviews_together():
    p = _plan("Nine weighbridge clerks, two shifts. Roughly 1 in 12 tickets they key into Weighsmart has the wrong tare "
              "weight. I go over yesterday's tickets every morning with the shift lead.")
    assert p.feedback_owner.role == "you (the manager writing this), with the shift lead"
    assert p.feedback_owner.cadence.startswith("go over yesterday's tickets every morning with the shift lead")


def test_a_kept_fault_is_not_rehearsed_but_its_reversal_is():
    p = _plan("ushers keep letting latecomers in mid-scene, front of house manager Tomasz stands in with them on saturday matinees")
    assert not p.practice_activity.task.lower().startswith("let latecomers")
    p = _plan("Roofers keep clipping the harness to the wrong anchor. Fix it.")
    assert p.practice_activity.task.startswith("Clip the harness to the correct anchor")


def test_the_never_done_work_replaces_a_narrower_practice():
    p = _plan("Two new RAs start in Hall B after half term. Neither of them has done a night duty round or written up an "
              "incident in StarRez before. Abi (our senior warden) will do their first three rounds with them and read "
              "every incident report they file that month.")
    assert p.practice_activity.task.startswith("Do a night duty round and write up an incident in StarRez: first watch Abi")


def test_no_named_reviewer_the_line_manager_watches_not_the_placeholder():
    p = _plan("Our 6 claims handlers register new claims in Guidewire without the policy number about one time in five.")
    assert "the reviewer" not in p.practice_activity.task
    assert "their line manager" in p.practice_activity.task and "line manager" in p.feedback_owner.role

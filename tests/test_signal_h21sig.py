"""h21sig: one reader of the text's check (planner.extract.checker) and one wording of it as the signal's source."""

from planner.pipeline import make_plan


def plan(text):
    return make_plan(text)


def test_the_texts_check_is_worded_once_as_the_source():
    # signal_text used to write "the check Mr Adeyemi already makes (looks at ...)" and signal_fault "X's check of ..."
    p = plan("Two bench jewellers start with us on Monday. Mr Adeyemi, our master jeweller, will look at every ring "
             "they size in the first month.")
    assert "already makes" not in p.success_signal.data_source


def test_a_pronoun_object_of_a_check_is_each_piece_of_work():
    from planner.generators.signal_check import read, source

    c = read("the tool grinders keep getting the relief angle wrong, Bogdan our QC inspector checks them on the Zoller "
             "and bounces about 1 in 6", ("tool grinder",))
    assert source(c) == "Bogdan's check of each one on the Zoller"


def test_a_checking_word_in_another_clause_is_no_check():
    from planner.generators.signal_check import read

    # "Permit-to-work audits ... we're meant to audit 30 permits": no one's own check of the learners' work
    assert read("Permit-to-work audits on the tank farm are falling behind: we're meant to audit 30 permits a week and "
                "we're doing about 12.", ("OHS technician",)) is None


def test_people_beside_the_learners_are_no_unit_of_work():
    from planner.generators.signal_check import read

    assert read("Ines will check each of them for the first month.", ("postal clerk",)) is None


def test_a_bare_count_takes_its_unit_and_record_from_the_clause_before_it():
    s = plan("Our night porters keep leaving the fire doors propped open. Security records every propped door on "
             "the patrol app; there were 9 last week.").success_signal
    assert s.metric.startswith("number of propped doors") and "work samples" not in s.metric
    assert s.data_source == "security's record of propped doors" or "record of propped doors" in s.data_source


def test_a_share_that_leaves_out_the_faults_object_is_the_metric():
    s = plan("Roughly a third of the delivery notes our drivers hand back miss the customer signature.").success_signal
    assert s.metric == "share of delivery notes without the customer signature"
    assert "performance standard" not in s.behaviour


def test_a_passive_fault_and_the_texts_every_target():
    s = plan("Temperature checks get recorded late by the kitchen porters. I want every check on the HACCP sheet "
             "within ten minutes by March.").success_signal
    assert "late" not in s.metric and s.metric.startswith("share of temperature checks recorded")
    assert s.target.startswith("every check on the HACCP sheet within ten minutes by March") and not s.target_is_proposal


def test_the_document_closed_is_the_unit_and_a_step_order_is_no_newcomer():
    s = plan("the fitters never scan the serial plate before they sign off the job card").success_signal
    assert s.metric == "share of job cards signed off with the serial plate scanned"
    assert "alone" not in s.target  # upskilling: "before they sign off" is the order of steps, not "never ... before"


def test_a_newcomers_aim_without_a_second_check_is_the_texts_target():
    s = plan("Two new dispensers start in the pharmacy on 4 May. Aisha, our lead pharmacist, will check every "
             "prescription they label. We want both of them labelling without a second check by August.").success_signal
    assert "(the text's aim)" in s.target and "prescriptions that pass Aisha's check" in s.metric


def test_newcomers_with_no_unit_of_work_named_are_timed_to_working_alone():
    s = plan("Two porters are joining the night team from days on 5 January. They've never run the night lockdown "
             "round. Sandra, the night supervisor, will walk it with them for the first fortnight.").success_signal
    assert "work samples" not in s.metric and "alone" in s.metric and "start date" in s.baseline_method


def test_a_subject_sent_with_the_wrong_thing_and_a_skipped_step_name_their_unit():
    s = plan("the delivery labels from our packers keep going to the courier with the wrong postcodes on them").success_signal
    assert s.metric == "share of delivery labels with the right postcodes"
    s = plan("this isnt new to them - the fitters have been here years and still skip the pressure check on spare "
             "wheels.").success_signal
    assert s.metric == "share of spare wheels with the pressure check done"


def test_the_people_who_send_the_work_back_are_its_source_and_wrong_reads_as_correctly():
    s = plan("the stores guys pull the wrong filters a lot, fitters have to send them back").success_signal
    assert s.metric == "share of filters pulled correctly"
    assert s.data_source == "the filters the fitters send back, counted each week"

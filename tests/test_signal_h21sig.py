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

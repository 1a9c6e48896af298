"""A family term used as the modifier of a work noun in a manager's problem text ("one wedding order in eight",
"the custody records") names the work, not a person's family; the same word about a person is still dropped."""

import pytest

from planner.protected import drop_protected_sentences


@pytest.mark.parametrize("text", [
    "Our florists get about one wedding order in eight wrong.",
    "The bakers keep mixing up the wedding cake tiers.",
    "The custody officers skip the custody records checks.",
])
def test_a_family_word_before_a_work_noun_is_kept(text):
    assert drop_protected_sentences(text) == (text, 0)


@pytest.mark.parametrize("text", [
    "Maria missed two shifts for her wedding.",
    "He is off for a wedding next week.",
    "I need time for my wedding plans.",
    "She has custody issues.",
])
def test_a_family_remark_about_a_person_is_still_dropped(text):
    assert drop_protected_sentences(text) == ("", 1)


def test_the_managers_own_team_is_no_person_in_that_sentence():
    text = ("My 6 florists have all been doing this 10+ years but about one wedding order in eight still goes out with "
            "the wrong ribbon colour on the bouquets.")
    assert drop_protected_sentences(text) == (text, 0)
    assert drop_protected_sentences("My kids have a wedding rehearsal on Friday.") == ("", 1)

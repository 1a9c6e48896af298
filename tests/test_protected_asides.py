"""The protected-content filter drops the remark, not the facts around it (issue 12: it blanked sentences that
hold the audience). A remark held wholly in a bracketed aside goes with the aside; a family word that only
modifies the team's own post ("our child protection social workers") is no remark about a family."""

import pytest

from planner.extract import extract
from planner.protected import drop_protected_sentences


def test_a_remark_in_a_bracketed_aside_drops_the_aside_only():
    text = ("Two of our psych techs are back on the rota in February after about fourteen months off "
            "(one parental leave, one long-term sick). The charge nurse will shadow them.")
    kept, dropped = drop_protected_sentences(text)
    assert dropped == 1
    assert kept == ("Two of our psych techs are back on the rota in February after about fourteen months off. "
                    "The charge nurse will shadow them.")
    assert "parental" not in kept and "sick" not in kept


@pytest.mark.parametrize("text", [
    "Sam is pregnant (due in May) and keeps missing the stand-up.",  # the remark is outside the aside
    "Our kids (both of them) love the new rota.",
])
def test_a_remark_outside_the_aside_still_drops_the_sentence(text):
    assert drop_protected_sentences(text) == ("", 1)


@pytest.mark.parametrize("text", [
    "The case notes that our child protection social workers write up in Mosaic are thin.",
    "Our child protection team is slow to file referrals.",
])
def test_the_teams_post_named_by_a_family_word_is_kept(text):
    assert drop_protected_sentences(text) == (text, 0)


@pytest.mark.parametrize("text", ["Our child is sick so I leave early.", "Our kids love the new rota."])
def test_our_child_as_a_person_is_still_dropped(text):
    assert drop_protected_sentences(text) == ("", 1)


def test_a_modified_worker_post_is_the_audience_not_the_reviewer():
    text = ("The case notes that our child protection social workers (nine of them, east team) write up in Mosaic "
            "after a home visit hardly ever record what the child actually said. At supervision the team manager "
            "can't tell whether the child was seen on their own.")
    frame = extract(text)
    assert frame.audience_role == "child protection social worker"
    assert frame.headcount == 9

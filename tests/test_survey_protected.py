"""Protected characteristics: one module (planner.protected) for plans and surveys, judged per clause, with the
indirect phrasings of every ground; and the work phrases that share a word with a ground stay."""

from __future__ import annotations

from importlib import resources

import pytest

from planner.protected import GROUNDS, drop_protected, drop_protected_sentences, grounds_of, is_protected

INDIRECT = {
    "pregnancy": ["she's expecting", "her baby is due in March", "she's due in March", "her bump is showing", "she is on mat leave",
                  "morning sickness in the mornings", "after her IVF appointments", "he is on paternity leave"],
    "health": ["his chemo is on Fridays", "since his stroke he types slowly", "my PTSD makes calls hard", "he is bipolar",
               "I need my insulin breaks", "he has seizures", "my anxiety", "she is off sick again", "after my surgery on my knee",
               "his depression", "she has cancer", "my dad's dementia"],
    "disability": ["she uses a wheelchair", "my hearing aid whistles", "I am dyslexic", "he is on the spectrum",
                   "she needs reasonable adjustments", "he is partially sighted"],
    "age": ["he is 62 and close to retiring", "at her age she will not learn it", "too old to learn this", "the older colleagues",
            "she is nearing retirement", "he's in his sixties", "she is going through the menopause"],
    "religion": ["during the fast I lose focus", "over Eid I am away", "I pray at noon", "he is Jewish", "her hijab",
                 "the Muslim guys", "church on Sunday mornings"],
    "sexuality": ["his boyfriend picks him up", "she came out as gay", "he is gay", "her girlfriend"],
    "sex_gender": ["since her transition", "as a woman I am talked over", "she is trans", "the only woman on the team",
                   "because she's a woman"],
    "family": ["the school run means I leave at 3", "caring for my mother", "my kids are off school", "she is a single mum",
               "her wedding", "childcare costs", "family commitments"],
    "origin": ["English is his second language", "a non-native speaker", "the Polish guys on nights", "her accent",
               "his visa status", "where she comes from", "she is Nigerian"],
}
ALL = [(g, p) for g, ps in INDIRECT.items() for p in ps]

NOT_PROTECTED = [
    "Our 6 backend engineers ship code with race conditions in about 30% of releases.",
    "race condition in the sync job", "the whiteboard session", "black box tests", "escalation notes are vague",
    "the age of the tickets in the queue grows", "the export button is disabled", "disable the macro before export",
    "we are in transition to the new CRM", "I have no faith in the new tool", "baby steps with SQL",
    "Nurses make medication errors on the night shift", "stroke patients wait too long in triage", "I'll send the report",
    "the report came out wrong", "the terminal freezes", "child tickets are not linked", "we need native app support",
    "the fast track queue", "aged debt report is wrong", "the migration is due in March", "SQL is the query language we use",
    "the due date for the report slips", "bump the version before release", "the white-label portal", "whitelist the IP",
    "a stroke of luck", "elderly residents need help with the booking form", "Ill send it later", "the chain of custody form",
]


def test_every_ground_has_a_data_file_with_its_sources():
    data = resources.files("planner.protected").joinpath("data")
    for g in GROUNDS:
        text = data.joinpath(f"{g}.txt").read_text(encoding="utf-8")
        header = [ln for ln in text.splitlines() if ln.startswith("#")]
        assert header and any(w in " ".join(header) for w in ("Equality Act", "EEOC", "Title VII")), g
    assert len(ALL) >= 15


@pytest.mark.parametrize("ground,remark", ALL)
def test_indirect_phrasings_are_recognised(ground, remark):
    assert is_protected(remark), remark
    assert ground in grounds_of(remark), (remark, grounds_of(remark))
    assert drop_protected(remark)[1] >= 1


@pytest.mark.parametrize("remark", NOT_PROTECTED)
def test_work_remarks_are_not_protected(remark):
    assert not is_protected(remark), (remark, grounds_of(remark))


def test_plan_side_keeps_the_race_conditions_sentence():
    text = "Our 6 backend engineers ship code with race conditions in about 30% of releases. One of them is pregnant."
    kept, dropped = drop_protected_sentences(text)
    assert kept == "Our 6 backend engineers ship code with race conditions in about 30% of releases." and dropped == 1


@pytest.mark.parametrize("answer,kept", [
    ("The CRM macros are slow, she's expecting, and refunds fail", "The CRM macros are slow, and refunds fail"),
    ("Refund macros break; my chemo is on Fridays so I miss training", "Refund macros break so I miss training"),
    ("I am 62 and close to retiring, but SQL joins confuse me", "SQL joins confuse me"),
    ("Escalation notes are vague - the school run means I leave early", "Escalation notes are vague"),
    ("SQL joins confuse me because English is my second language", "SQL joins confuse me"),
])
def test_judged_per_clause(answer, kept):
    out, n = drop_protected(answer)
    assert out == kept and n >= 1, out


def test_a_phrase_across_a_comma_is_still_found():
    out, n = drop_protected("I am 62, and close to retiring, so SQL is hard")
    assert "retir" not in out and n >= 1


def test_survey_module_is_the_same_module():
    import planner.protected as a
    import planner.survey.protected as b

    assert b.drop_protected is a.drop_protected and b.is_protected is a.is_protected


def test_every_shipped_phrase_is_indexed_by_a_word():
    """No phrase of the ground or not-about-people lists falls back to being searched in every text (the speed of
    a 50k-row survey rests on it: bench/bench_survey_speed.py); and a text of words already seen that select no
    phrase is answered without a search, with the same result as one."""
    from planner.protected import _matchers

    for m in _matchers():
        assert m.always == []
    text = "the refund template is unclear, escalation notes take too long to write"
    assert drop_protected(text) == (text, 0) and drop_protected(text) == (text, 0)  # second call: the set fast path
    assert drop_protected(text + ", I am on mat leave from May")[1] == 1  # a new word still selects its phrase

"""Whether a cue for the intervention type is said of the people, or denied, or said of a thing (issue 12, h15type).

Readers on unseen text marked "this isn't a newbie thing" read as onboarding, and "nobody is being replaced" ignored:
a cue word under a negation says the opposite of the cue. The scope rule is NegEx's (Chapman et al. 2001, "A simple
algorithm for identifying negated findings and diseases in discharge summaries"): a negation trigger ("not", "n't",
"no", "never", "nobody", "none", "without") negates a finding that follows it within five words, unless a scope
terminator comes between them ("but", "however", "although", "yet", "still", a clause boundary), and pseudo-negations
("not only", "not just", "no doubt") negate nothing. A denied arrival ("they aren't new") is evidence of tenure, a
denied loss ("nobody is being replaced") evidence that the role stays: both are cues for upskilling (DOMAIN.md, "Three
kinds of skill change": upskilling strengthens the work a person already does), and the rationale quotes them.

A people noun that only names a machine ("the new sorter robots go live") is no arrival of people (DOMAIN.md: the cue
is always about the people).

Everything runs over the lemma/word-class string of planner.extract.intervention_frames.tagged.
"""

from __future__ import annotations

import bisect
import re
from typing import Optional

_NEG = frozenset("not no never nobody none neither nor without".split()) | {"no one"}
_PSEUDO_NEXT = frozenset("only just sure doubt longer matter".split())  # "not only", "not just", "no doubt", "no longer"
_TERMINATORS = frozenset("| , but however although though yet still except whereas while instead rather".split())
_WINDOW = 5  # NegEx: five words
# a cue whose own words carry the negation it means ("won't be needed", "have nothing to do", "never coded",
# "not started yet", "no climbing work left"): the negation inside it is the cue, not a denial of it
_INTRINSIC = re.compile(r"\b(?:need|require|exist|longer|nothing|left|anymore|any more|yet|never|able)\b")
# machines, systems and tools: a people noun just before one of them modifies it ("sorter robots", "cashier kiosks")
_THING = re.compile(r"^(?:PROC|robot|bot|machine|kiosk|scanner|system|software|tool|app|arm|unit|drone|vehicle|truck|cart|station|belt)$")


def _span(text: str, phrase: str, toks) -> Optional[tuple[int, int]]:
    """Token indices (first, last) of the phrase as the text writes it; None when it is not found."""
    flat_rx = r"\s+".join(re.escape(w) for w in phrase.split())
    m = re.search(flat_rx, text, re.I) if flat_rx else None
    if not m:
        return None
    starts = [t.start for t in toks]
    i = bisect.bisect_left(starts, m.start())
    j = bisect.bisect_right(starts, m.end() - 1) - 1
    return (i, j) if i <= j < len(toks) else None


def _neg_at(toks, k: int) -> bool:
    tag = toks[k].tag
    if tag == "no" and k + 1 < len(toks) and toks[k + 1].tag == "one":
        tag = "no one"
    if tag not in _NEG:
        return False
    return not (k + 1 < len(toks) and toks[k + 1].tag in _PSEUDO_NEXT)


def denied(text: str, phrase: str, inside: bool = False) -> bool:
    """The cue phrase is under a negation (NegEx scope, above): a trigger within five words before it in the same
    clause ("this isn't a newbie thing", "we are not moving anyone into new roles"); with ``inside``, also a trigger
    within it ("they won't be replaced"), unless the cue's own meaning is negative ("won't be needed")."""
    from planner.extract.intervention_frames import tagged

    toks, _, _ = tagged(text)
    span = _span(text, phrase, toks)
    if span is None:
        return False
    i, j = span
    for k in range(i - 1, max(-1, i - 1 - _WINDOW), -1):
        if toks[k].tag in _TERMINATORS or toks[k].text in ("-", "—"):
            break
        if _neg_at(toks, k):
            # a dash between them ends the clause, though the tokens do not keep it ("cant work the booking tablets -
            # only started tuesday": the start is said, not denied)
            return not re.search(r"\s[-–—]\s|[—–]", text[toks[k].end: toks[i].start])
    if inside:
        tags = " ".join(t.tag for t in toks[i: j + 1])
        if not _INTRINSIC.search(tags) and any(_neg_at(toks, k) for k in range(i, j + 1)):
            return True
    return False


def about_thing(text: str, phrase: str) -> bool:
    """Every people noun of the cue only modifies a machine or system noun ("the new sorter robots go live")."""
    from planner.extract.intervention_frames import tagged

    toks, _, _ = tagged(text)
    span = _span(text, phrase, toks)
    if span is None:
        return False
    i, j = span
    # (a capitalised name before a system noun is the system's name: "the new POS system went live", h19type)
    people = [k for k in range(i, j + 1) if toks[k].tag in ("PPL", "NEWBIE", "TEAM", "NAME")]
    return bool(people) and all(k + 1 < len(toks) and _THING.match(toks[k + 1].tag) for k in people)


# The role stays: a negative subject or a negated verb of loss said of the people or their role.
_W = r"[^\s|,]+ "
_STAYS = tuple(re.compile(rx) for rx in (
    r"\b(?:nobody|no one|none of (?:them|us|the PPL)|not one of (?:them|us|the PPL)) (?:" + _W + r"){0,3}?(?:replace|lose|leave|go|cut|lay off|make redundant|automate|move)\b",
    r"\b(?:PPL|ROLE|TEAM|they|them|their ROLE|our ROLE|work) (?:" + _W + r"){0,2}?(?:will not|be not|do not|s not|be never|will never|never) (?:be |get )?(?:" + _W + r")?(?:replace|cut|automate|go away|lose|make redundant|phase out|move)\b",
    r"\b(?:ROLE|job|work|position) (?:be|s) (?:" + _W + r")?safe\b",
    r"\bno (?:one|body) (?:be |s )?(?:go|lose)\b",
    # "nobody's job changes", "no one's role will change": a negative possessor of the role, the role unchanged
    r"\b(?:nobody|no one|none of (?:them|us)) (?:s )?(?:ROLE|job|work|position)s? (?:be |will |be go to )?(?:change|go|end)\b",
    # "the AI triage tool isn't taking anyone's job": a negated loss with the tool as its subject
    # (to take or cost a job, the object is someone's job: "his back won't take the hose work much longer" is a person
    # who cannot keep doing the work, never a tool sparing it; h19type)
    r"\b(?:be not|will not|s not|do not|never) (?:be |go to )?(?:replace|cut|eliminate|threaten) (?:anyone|anybody|any|their|our|the|NUM)? ?(?:s )?(?:" + _W + r")?(?:ROLE|job|work|PPL)\b",
    r"\b(?:be not|will not|s not|do not|never) (?:be |go to )?(?:take|cost) (?:anyone|anybody|any|their|our|NUM|PPL) ?(?:s )?(?:" + _W + r")?(?:ROLE|job|work|PPL)\b",
))
# Tenure here: "have all been here years", "aren't new", "have done this for years"
_HERE = tuple(re.compile(rx) for rx in (
    r"\b(?:have|s) (?:all |both |each |always |long )?be (?:here|with us|on the TEAM|in the TEAM|in the ROLE|in post|do this|do it) (?:for )?(?:over |more than |about |almost |nearly )?(?:a |NUM |many |several |a few |a couple of )?TIME\b",
    r"\b(?:have|s) (?:all |both |each )?(?:do|run|work) (?:this|that|it|the job|the ROLE|here) (?:here )?(?:for )?(?:over |more than |about )?(?:a |NUM |many |several )?TIME\b",
    r"\b(?:be|s) not (?:a |the )?(?:new|NEWBIE|PPL NEWBIE)\b",
    # "The existing team of 6 planners", "our current staff": the people named as those already here (h19type)
    r"\b(?:our|the) (?:existing|exist|current|established|long-standing) (?:" + _W + r"){0,3}?(?:PPL|TEAM)\b",
    # "Our staff have all been with us since the store opened": here since an event or a year (h19type)
    r"\b(?:have|s) (?:all |both |each |always )?be (?:here|with us|on the TEAM|in the TEAM|in post) since (?!last (?:TIME|week|month)\b)(?:the |NUM\b|TIME\b|we\b|it\b)",
    # "It's not that the inspectors are new", "most have a decade in"
    r"\bnot that (?:the |our |all )?(?:" + _W + r"){0,2}?(?:PPL|they|TEAM) (?:be|s) (?:all |really )?new\b",
    r"\bhave (?:a |NUM |many |several |over |more than |about )*(?:TIME|decade|decades) in\b",
    # "He's done budgeting at the Leeds office for years": the work itself is long known to them (wherever it was done)
    r"\b(?:have|s) (?:all |both |each )?(?:do|run|work|handle) (?:" + _W + r"){1,5}?for (?:over |more than |about )?(?:a |NUM |many |several )?TIME\b",
    # "who've done returns before": the work is not new to them (an arrival can still be new to this team)
    r"\b(?:have|s) (?:all |both |each )?(?:do|run|work|handle) (?:" + _W + r"){0,2}?before\b",
))


# The work runs out: "will have no climbing work left after March" (the frames know "have nothing to do")
_NO_WORK_LEFT = (re.compile(r"\bhave no (?:" + _W + r"){0,2}?(?:work|ROLE|job|task|shift|UNIT)s? (?:left|anymore|any more)\b(?: (?:after|from|by|in|at the end of) (?:the )?TIME\b)?"),
                 # "our seven file clerks won't have paper files to pull and refile any more": the work runs out
                 re.compile(r"\b(?:PPL|they|them) (?:will not|would not|do not|will no longer|no longer) have (?:" + _W + r"){1,3}?to (?:" + _W
                            + r"){1,3}?(?:any more|anymore)\b"),
                 # "there's no filing or post-room work left for our five office clerks": the existential of the same
                 re.compile(r"\bthere (?:be|s|will be) (?:no|nothing|little) (?:" + _W + r"){0,4}?(?:work|ROLE|job|task)s? (?:left|anymore|any more)\b(?: for (?:" + _W + r"){0,3}?(?:PPL|them|TEAM)\b)?"),
                 # "there won't be much wood pattern work left by spring": the same, said as "not much" or "hardly any"
                 re.compile(r"\bthere (?:will not be|would not be|be not|s not|will be hardly|be hardly) (?:much|any|a lot of|hardly any|enough) (?:" + _W + r"){0,4}?(?:work|ROLE|job|task)s? left\b"),
                 # the existential of a place or post of work that will not be there (h19type: "there won't be a radio desk
                 # to staff at all", "there's no separate drawing office any more"): the thing the people staff ceases to
                 # exist; its head is a unit, desk, team, post or role, never a system or a problem ("there's no new CRM")
                 re.compile(r"\bthere (?=(?:[^\s|,]+ ){0,3}?(?:no|not|longer)\b)(?:be|s|will be|would be|will no longer be|be no longer|will not be|would not be|be not|s not) (?:no |not |any |a |an |longer |separate |more )*"
                            r"(?:" + _W + r"){0,2}?(?:UNIT|TEAM|ROLE|desk|post|work|job|slot|seat|PPL ROLE) (?:(?:on|at|in|for) (?:the )?(?:" + _W + r"){1,2}?)?(?:left|anymore|any more|to (?:PPL|staff|run|fill|man|do) ?(?:at all|any more|anymore)?|at all|any longer)\b"))


def _phrases(rxs, text: str) -> list[str]:
    from planner.extract.intervention_frames import _phrase, tagged

    toks, tags, starts = tagged(text)
    out = []
    for rx in rxs:
        for m in rx.finditer(tags):
            i = bisect.bisect_right(starts, m.start()) - 1
            j = bisect.bisect_right(starts, m.end() - 1) - 1
            out.append(_phrase(text, list(toks), i, j))
    return out


def role_stays(text: str) -> list[str]:
    """Phrases that say the people keep their role ("Nobody is being replaced by the new OCR scanner")."""
    return _phrases(_STAYS, text)


def tenure_here(text: str) -> list[str]:
    """Phrases that say the people have long done this work here ("have all been here years", "aren't new"); never one
    under a negative subject ("none of them has handled reactive dogs before" says the work is new to them)."""
    return [p for p in _phrases(_HERE, text) if not denied(text, p)]


def split(text: str, a: dict) -> tuple[dict, list[str], list[str]]:
    """The cue frames' phrases with the denied ones and the machine-noun ones taken out, in place of ``a``; returns
    (a, denied arrivals, denied losses or moves)."""
    d_onb = [p for p in a["onboarding"] if denied(text, p) or about_thing(text, p)]
    d_res = [p for key in ("gone", "move") for p in a[key] if denied(text, p, inside=(key == "gone"))]
    a["onboarding"] = [p for p in a["onboarding"] if p not in d_onb]
    a["gone"] = [p for p in a["gone"] if p not in d_res]
    a["move"] = [p for p in a["move"] if p not in d_res]
    a["never"] = [p for p in a.get("never", []) if not denied(text, p)]
    a["gone"] += [p for p in _phrases(_NO_WORK_LEFT, text) if p not in a["gone"] and not denied(text, p)]
    return a, [p for p in d_onb if not about_thing(text, p)], d_res


_TARGET = re.compile(r"\b(?:become|becoming|into|as|onto)\b", re.I)


def before_target(cue: str) -> str:
    """The part of a move cue before the role it names ("our two examiners to" of "our two examiners to become card
    fraud analysts"): where the people who change are written."""
    m = _TARGET.search(cue)
    return cue[: m.start()] if m else cue

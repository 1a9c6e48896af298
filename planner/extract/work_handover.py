"""Work handed over: a non-person agent takes the learners' work, and the learners take on other duties.

../shared/DOMAIN.md, "Three kinds of skill change": reskilling prepares a person for a substantially different role,
"usually triggered by a role becoming redundant". Two clause shapes say it without a word of loss or of moving
(h17type, issue 12: "the new pay stations now do all the ticketing, so the attendants will look after the EV bays"
read as upskilling, "no cue in the text"):

1. AGENT: a clause whose subject is headed by a noun that names no person (a machine, a portal, a vendor; not a people
   noun, a name, a team, a unit or a pronoun) and whose verb takes over work ("do", "handle", "run", "process",
   "take over", "cover", "deal with") with "now" or a future ("will") and a determined object ("all the ticketing").
   Checked on the subject's head word, so any machine noun counts, not a list of them.
2. DUTY: a clause whose subject is the learners (a people noun or pronoun) with a future or "now" and a verb of
   taking responsibility ("look after", "take on", "pick up", "handle", "deal with", "be responsible for", "work on")
   and an object: the other work they go to. Counted only beside (1) or a loss of work (planner.extract.role_structure
   STRONG_GONE), since on its own "the reps will handle refunds" is the work they already do.

Both run over the lemma/word-class string of planner.extract.intervention_frames.tagged.
"""

from __future__ import annotations

import bisect
import re

from lemminflect import getAllLemmas

_W = r"[^\s|,]+ "
_START = r"(?:^|\| |, |\bso |\band |\bbecause |\bsince |\bnow that |\bonce |\bas |\bwith )"
# the object's head: a content word, never a function word or a time ("all the ticketing", "the EV charging bays")
_FUNCTION = r"(?!(?:the|a|an|our|their|his|her|its|of|to|for|in|on|at|with|and|or|from|by|NUM|TIME)\b)"
_OBJECT = r"(?:" + _W + r"){0,2}?" + _FUNCTION + r"[a-z][^\s|,]*\b(?: (?:PROC|bay|work|desk|claim|query|call)\b)?"
_HANDOVER = r"(?:take over|do|handle|run|process|cover|deal with|manage|issue|print|sort|key|enter|answer|book|route|schedule|quote|pick|read)"
# a time adverbial of the future before the subject says when the work changes hands ("By August the new trunked
# system routes every call itself", "From April the portal handles ..."; h19type), as "now" or "will" do
_LEAD = r"(?P<lead>(?:by|from|come|after|next|within|in) (?:the (?:end|start) of )?(?:NUM |next |this )?(?:TIME|NUM)(?: NUM| TIME)? (?:, )?)?"
AGENT = re.compile(_START + _LEAD + r"(?:the |our |a |an |this |these |their )?(?:new )?(?:" + _W + r"){0,2}?(?P<head>[A-Za-z][^\s|,]*) "
                   r"(?P<when>will |now |will now |can now |be now |be go to |s now )?(?:now )?" + _HANDOVER
                   + r" (?:now )?(?:(?:all|most|much|the|our|their|every|each|half|of)\b ?)+" + _OBJECT)
_LEARNER = r"\b(?:PPL|NEWBIE|they|he|she|who)"
DUTY = re.compile(_LEARNER + r" (?:will |now |will now |be go to |be now |be to |be )(?:now |also |then |instead )?"
                  r"(?:look after|take on|pick up|take charge of|deal with|handle|work on|focus on|be responsible for|run|staff|man|cover) "
                  r"(?:(?!TIME\b|NUM\b)" + _W + r"){0,3}?" + _FUNCTION + r"[a-z][^\s|,]*\b")
# the subject's head must name no person or group of people, and be a noun ("the new pay stations", "the portal")
_OUTSIDE_PARTY = r"(?:subcontractor|contractor|vendor|supplier|agency|outsourcer|bureau|provider)s?"
_PEOPLE_TAGS = frozenset("PPL NEWBIE NAME TEAM UNIT TIME NUM they we he she who it this that there what which".split())


def _phrase(text, toks, starts, m) -> str:
    from planner.extract.intervention_frames import _phrase as words

    lead = len(m.group(0)) - len(m.group(0).lstrip(" |,"))
    i = bisect.bisect_right(starts, m.start() + lead) - 1
    j = bisect.bisect_right(starts, m.end() - 1) - 1
    while j > i and toks[j].tag in ("|", ","):
        j -= 1
    return words(text, list(toks), i, j)


def agent_takes_work(text: str) -> list[str]:
    """Clauses where a non-person subject now (or will) do the work: "the new pay stations now do all the ticketing"."""
    from planner.extract.intervention_frames import tagged

    toks, tags, starts = tagged(text)
    out = []
    for m in AGENT.finditer(tags):
        head = m.group("head")
        k = bisect.bisect_right(starts, m.start("head")) - 1
        word = toks[k].text.lower()
        lem = getAllLemmas(word)
        acronym = head == "NAME" and re.fullmatch(r"[A-Z]{2,6}", toks[k].text)  # "the new IVR answers ...": a system, no name
        # (an outside party is the agent, though the word classes tag it a person: "With the drone contractor now doing
        # all our topo surveys", h20rev; planner.extract.role_structure names them)
        outside = re.fullmatch(_OUTSIDE_PARTY, word)
        if (head in _PEOPLE_TAGS and not acronym and not outside) or (head not in ("PROC", "NAME", "PPL") and lem and "NOUN" not in lem):
            continue
        after = tags[m.end(): m.end() + 40].split(" | ")[0].split(" , ")[0]
        if not (m.group("when") or m.group("lead") or "take over" in m.group(0) or re.search(r"\bnow\b|\bfrom now on\b", after)):
            continue  # "the portal handles the quotes" is how the work runs; "now"/"will" says it changes hands
        out.append(_phrase(text, toks, starts, m))
    return out


# 2b. FUTURE WORK: the learners as the subject of a future progressive with an object ("they'll be producing the short
#     video clips for our app", "the clerks will be running the returns desk"): what they will be doing, said beside a
#     loss of their current work; like (2), counted only beside one.
#     A verb of using or following ("will be using the new forecasting model") names how they work, not other work.
FUTURE = re.compile(_LEARNER + r" (?:will |be go to |will now |will then )(?:now |then |instead )?be (?!(?:use|follow|apply|get|have|try|learn|need|"
                    r"start|go|wait|work with|test)\b)(?P<v>[a-z]+) (?!(?:the |a |an |our |their )?new\b)(?:(?!TIME\b|NUM\b)" + _W
                    + r"){0,3}?" + _FUNCTION + r"[a-z][^\s|,]*\b")


# 2c. AS A ROLE: the learners as the subject of a verb of ending up or staying on "as" a role ("the idea is they end up
#     as CAD trainers", "she'd stay on as a data steward"): the role they will hold; like (2), counted only beside a
#     loss of their work (h19type), since "they work as cashiers" alone is the role they hold now.
AS_ROLE = re.compile(_LEARNER + r" (?:(?!TIME\b|NUM\b)" + _W + r"){0,2}?(?:end up|wind up|finish up|stay on|stay|carry on|continue|be keep on|come back|land|be reborn|start again) "
                     r"as (?:a |an |our |the )?(?:" + _W + r"){0,3}?(?P<noun>PPL|ROLE|[a-z]+(?:er|or|ist|ian|ant)s?)\b")


# 2d. WISH: a learner who could (or would) do other work, said beside a loss of theirs ("he's asked whether he could come
#     inside and do the loading schedules"): the work asked for (h19type).
WISH = re.compile(_LEARNER + r" (?:could|would|can|might) (?:(?!TIME\b|NUM\b)" + _W + r"){0,3}?(?:do|run|handle|take on|work on|look after) "
                  r"(?:the|a|an|our|some) (?:" + _W + r"){0,3}?" + _FUNCTION + r"[a-z][^\s|,]*\b")


def learners_take_duty(text: str) -> list[str]:
    """Clauses where the learners will take on work: "the six parking attendants will look after the EV bays", "they'll
    be producing the short video clips for our app"."""
    from planner.extract.intervention_frames import tagged

    toks, tags, starts = tagged(text)
    out = [_phrase(text, toks, starts, m) for m in DUTY.finditer(tags)]
    out += [_phrase(text, toks, starts, m) for m in AS_ROLE.finditer(tags)]
    out += [_phrase(text, toks, starts, m) for m in WISH.finditer(tags)]
    for m in FUTURE.finditer(tags):
        k = bisect.bisect_right(starts, m.start("v")) - 1
        if toks[k].text.lower().endswith("ing") and "VERB" in getAllLemmas(toks[k].text.lower().removesuffix("ing") + "e") | getAllLemmas(m.group("v")):
            out.append(_phrase(text, toks, starts, m))  # "be producing": a verb in -ing, never "will be able", "be new"
    return out


# 3. ENDING: a clause whose non-person subject ends ("the print catalogue stops in April", "when the scanning project
#    finishes in June") or whose verb closes a unit or service of the learners ("closing its print circulation desk");
#    or the learners are left with part of their work ("our travel agents have half the work they had"). Like (1),
#    weak: counted only beside a move to other work (planner.extract.role_structure), since "the rush ends in
#    January" alone changes no role.
ENDING = tuple(re.compile(rx) for rx in (
    r"(?:^|\| |, |\bso |\band |\bbecause |\bsince |\bwhen |\bonce |\bafter |\bas )(?:the |our |its |their |this )?(?:" + _W
    + r"){0,3}?(?P<head>[A-Za-z][^\s|,]*) (?:will |be go to |be to |be set to |s )?(?:stop|end|finish|close|cease|shut|wind down)\b"
    r"(?= (?:in|at|on|by|after|when|this|next|TIME|NUM|down|for good)\b| ,| \||$)",
    r"\b(?:close|shut|shut down|wind down|discontinue|scrap|axe|end|stop|drop) (?:the|our|its|their) (?:" + _W
    + r"){0,3}?(?:UNIT|desk|service|counter|catalogue|line|product|ROLE)\b",
    r"\b(?:PPL|they) (?:now |only )?have (?:only )?(?:NUM|a third of|a quarter of|a fraction of) (?:of )?the work\b",
    # "The mill's last shift is in June", "the paper's final edition will be on Friday": a unit's last run (h19type)
    r"\b(?:UNIT|TEAM|ROLE|desk|service|line) s (?:last|final) (?:TIME|shift|run|edition|issue|service|order|broadcast|season) (?:be|will be|s) (?:in|on|at|this|next|TIME)\b",
))
# 4. CHANGE-OVER: the learners move "over" or "across" to a field of work, or "off" one kind of work "and onto"
#    another: phrasal verbs of changing work. A team or a unit as the destination is an arrival, left to the cue frames
#    (issue 12: "two engineers transferred into payments" is onboarding); a new system is no new work.
_DEST = r"(?!(?:the |a |our |their )?new\b)(?:the |a |an |our )?(?:(?!(?:TIME|NUM|PROC|NAME)\b)" + _W + r"){0,2}?(?!(?:TEAM|UNIT|PROC|NAME|TIME|NUM|it|them|there)\b)" + _FUNCTION + r"[a-z][^\s|,]*\b(?! (?:[^\s|,]+ ){0,2}?(?:TEAM|UNIT)\b)"
_OUR_AGENTS = r"(?:" + _LEARNER + r"|\b(?:our|the|their|all our|all the) (?:" + _W + r")?(?P<agent>[a-z]+(?:er|or|ist|ian|ant)))"
CHANGE_OVER = tuple(re.compile(rx) for rx in (
    _OUR_AGENTS + r" (?:" + _W + r"){0,3}?(?:move|switch|shift|go|come|transfer|cross-train|retrain) (?:over |across )(?:to|into|onto) " + _DEST,
    r"\b(?:cross-train|retrain|reskill) (?:them |him |her )?(?:in|into|to|for) " + _DEST,
    _LEARNER + r" (?:" + _W + r"){0,2}?off (?:the |their |our )?(?:" + _W + r"){0,3}?and (?:on|in)?to " + _DEST,
))
# 5. A tool's onboarding: people "onboarded onto" a system keep their job (issue 12: a vendor's "onboarding" of a new
#    tool is upskilling); never onto a team, a unit or a role.
ONTO_TOOL = re.compile(r"\bonboard (?:" + _W + r"){0,4}?(?:PPL|they|them|TEAM) (?:onto|on to|on|to) (?:the |a |an |our |their )?(?:new )?"
                       r"(?!(?:" + _W + r"){0,2}?(?:TEAM|UNIT|ROLE|PPL)\b)")


# 4b. TO ANOTHER TEAM: the learners (a people noun, or a counted plural agent noun: "the 2 printers") move to a team or
#     unit; beside a loss of their work (planner.extract.intervention), where they go to other work, not an arrival.
TO_TEAM = re.compile(r"(?:" + _LEARNER + r"|\b(?:our|the|their|all our|all the) (?:" + _W + r")?(?P<agent>[a-z]+(?:er|or|ist|ian|ant)))"
                     r" (?:" + _W + r"){0,3}?(?:(?:move|transfer|go|switch|shift) (?:over |across )?(?:to|into)|join) (?:the |our |a )(?:" + _W + r"){0,3}?(?:TEAM|UNIT)\b")


def learners_to_team(text: str) -> list[str]:
    """Clauses where the learners move to another team or unit: "the 2 printers are moving to the marketing team"."""
    from planner.extract.cue_people import _agent
    from planner.extract.intervention_frames import tagged

    toks, tags, starts = tagged(text)
    out = []
    for m in TO_TEAM.finditer(tags):
        if m.group("agent") and not _agent(toks[bisect.bisect_right(starts, m.start("agent")) - 1].text):
            continue  # a plural agent noun ("printers", "fillers"), never a thing that only ends like one
        out.append(_phrase(text, toks, starts, m))
    return out


# a time, a meeting, a tool or a project ending changes how the work is done or when, not which job (h18type: "the
# paper charts stop", "the old till system ends", "the trial finishes")
_NOT_WORK_ENDING = frozenset("work day week call meeting problem trial pilot project campaign promotion offer chart form sheet "
                             "template version system app tool software".split())


def work_ends(text: str) -> list[str]:
    """Clauses where the learners' work or unit ends: "the print catalogue stops in April"."""
    from planner.extract.intervention_frames import tagged

    toks, tags, starts = tagged(text)
    out = []
    for rx in ENDING:
        for m in rx.finditer(tags):
            head = m.groupdict().get("head")
            if head is not None:
                k = bisect.bisect_right(starts, m.start("head")) - 1
                lem = getAllLemmas(toks[k].text.lower())
                raw = toks[k].text.lower().removesuffix("s")
                if head in _PEOPLE_TAGS or head in _NOT_WORK_ENDING or raw in _NOT_WORK_ENDING or (head != "PROC" and lem and "NOUN" not in lem):
                    continue  # "the shift ends", "they finish": a person or a time ending is no work going away
            out.append(_phrase(text, toks, starts, m))
    return out


def change_over(text: str) -> list[str]:
    """Clauses where the learners move over to other work: "our three proofreaders are moving across to accessibility testing"."""
    from planner.extract.intervention_frames import tagged

    toks, tags, starts = tagged(text)
    out = []
    for rx in CHANGE_OVER:
        for m in rx.finditer(tags):
            if m.groupdict().get("agent"):  # "our loan processors are going over to underwriting": a plural agent noun
                from planner.extract.cue_people import _agent

                k = bisect.bisect_right(starts, m.start("agent")) - 1
                if not _agent(toks[k].text):
                    continue
            out.append(_phrase(text, toks, starts, m))
    return out


def onto_tool(text: str) -> list[str]:
    """Clauses where people are onboarded onto a tool: "the vendor is onboarding our nine operators onto the new console"."""
    from planner.extract.intervention_frames import tagged

    toks, tags, starts = tagged(text)
    return [_phrase(text, toks, starts, m) for m in ONTO_TOOL.finditer(tags)]

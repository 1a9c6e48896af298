"""The intervention type from the structure of the text, not its phrasing: whose work is taken away, who moves where,
who is new (issue 12: the cue frames recognised the phrasings they were written on; 84-87% on unseen text).

../shared/DOMAIN.md, "Three kinds of skill change": reskilling prepares a person for a substantially different role,
"usually triggered by a role becoming redundant"; onboarding makes someone productive in a new company, team or
position; upskilling strengthens the work a person already does. Three questions, each asked of the clause's subject
and verb (over the lemma/word-class string of planner.extract.intervention_frames.tokens):

1. Is the learners' work taken away? strong: the role/contract/unit ends ("the payroll clerk role is going", "our
   contract with the council ends", "dispatch is being outsourced", "we won't need as many cashiers", "their jobs
   change completely", "goes fully automated"); weak: a non-person subject does their work ("the portal now does their
   data entry", "a vendor will take over our payroll processing", "the software handles all the data keying") -- weak
   counts only beside question 2, since a tool doing part of the work ("robots do the heavy lifting") changes how the
   people work, not which job they hold.
2. Do the learners go to other work? a move verb + to/onto/into/for + a role, desk or field ("switch to financial
   reporting", "retrain for the fleet planning desk", "keep the crew on as caretakers", "ready for HR advisor posts",
   "doing quality checks instead").
3. Are the people new to the company, team or position? a person taking over a post ("Maria takes over the purchasing
   coordinator position"), arriving ("a receptionist coming in on Monday"), moved to a site that opens ("opening a
   second bakery ... moving four of our bakers there").

A person as the subject of "take over" (the learners take over the phones, a post) is never the work going away.
"""

from __future__ import annotations

import bisect
import re

_W = r"[^\s|,]+ "
_L = r"\b(?:PPL|TEAM|NAME|NEWBIE|they|them|he|she|who|we)"
# subjects that are not people: a system, a machine, a vendor (the agent that takes the work over)
_AGENT = r"\b(?:PROC|software|system|portal|platform|tool|app|kiosk|robot|bot|chatbot|machine|ai|automation|algorithm|vendor|supplier|contractor|provider|agency|partner|scanner|engine|self-checkout|checkout)\b"
# the role, desk or field they go to; any content word, since lemmas lose "-ing" ("financial reporting" reads
# "financial report"), never a time, a number, a system or a pronoun ("switch to the new CRM", "go to it")
_FIELD = r"(?:ROLE|UNIT|PPL|post|work|duty|desk|(?!TIME\b|NUM\b|PROC\b|NAME\b|it\b|them\b|him\b|her\b|there\b)[a-z][^\s|,]*)\b"

_SPAN = r"(?:(?!(?:TIME|NUM|PROC|NAME)\b)" + _W + r"){0,3}?"  # the words of the role's name, never a date or a system
# an outside party the work is handed to ("goes to a subcontractor"): the work leaving the team, never where people go
_OUTSIDE = r"(?:subcontractor|contractor|vendor|supplier|agency|third party|third-party|partner|provider|outsourcer|bureau|offshore)"
_NOT_OUTSIDE = r"(?!(?:" + _W + r"){0,4}?" + _OUTSIDE + r"\b)"

STRONG_GONE = tuple(re.compile(rx) for rx in (
    r"\bcontract (?:" + _W + r"){0,5}?(?:end|expire|finish|lapse|run out|be not renew|be cancel|be terminate)\b",
    r"(?:^|\| |, |\band |\bso )(?:the |our |their )?(?:(?!PROC\b)" + _W + r"){0,2}?(?<!PROC )(?:be|s) (?:be |being )?(?:outsource|offshore|automate|phase out|cut|scrap|axe|abolish|discontinue)\b",
    r"\b(?:ROLE|PPL ROLE|UNIT) (?:be|s|will be) (?:go|end|close|disappear)(?= \||$| ,| once| when| after| in| at| next| this| by| TIME)",
    r"\b(?:not|no longer) need (?:as many|so many|the|our|any|all the|many)? ?(?:" + _W + r"){0,1}?PPL\b",
    r"\bneed (?:fewer|less) (?:" + _W + r"){0,1}?PPL\b",
    r"\b(?:ROLE|work) (?:" + _W + r"){0,2}?(?:change|be change) (?:completely|entirely|totally|beyond recognition|for good)\b",
    r"\b(?:go|become|be|s) (?:fully |largely |mostly |completely |entirely )?(?:automate|automatic|self-service|unmanned|driverless)\b",
    # "the drafter grade is folded into design engineering", "the dispatcher role merges into the planner role": the
    # role (or its grade, desk or unit) stops existing on its own; its head is a role noun, never a form or a meeting
    # (h19type; DOMAIN.md: reskilling is usually triggered by a role becoming redundant)
    r"\b(?:ROLE|UNIT|TEAM|grade|post|desk|function|PPL (?:ROLE|grade|post|desk|function|UNIT|TEAM)) (?:will |be go to |s |be )?(?:be |being )?(?:fold|merge|absorb|roll|combine|fold up) (?:up )?(?:in)?to\b",
))
# "From October the panel cutting goes to a subcontractor": the work is handed to an outside party (outsourcing said
# without the word; DOMAIN.md: reskilling is usually triggered by a role becoming redundant). Read on the words, since
# the word classes tag "contractor" as a person.
OUTSOURCED = re.compile(r"\b(?:goes|go|going|went|passes|pass|passing|moves|moving|(?:is|are|will be|being|gets|get) (?:handed|given|sent|contracted|farmed))"
                        r"\s+(?:over\s+|out\s+)?to\s+(?:a|an|the|our|one|outside|external)\s+(?:[\w'’-]+\s+){0,3}?" + _OUTSIDE + r"s?\b", re.I)
# A list of changes, as managers paste them (h19type): an item that labels a unit or a line with its end ("- darkroom
# and C-41 line: gone", "* night desk: closing") is the work going away; an item that sends people to a destination
# with an arrow ("- Ana, Rui and Jo (film processors) -> digital studio") is a move to other work. Read on the words,
# since the tokens drop the arrow; an item is one line.
_ITEM = r"(?:^[ \t]*(?:[-*\u2022]|\d+[.)])?|(?<=\s)[-*\u2022](?=\s))[ \t]*"  # a line's start, or a bullet inside a flattened line
_IN_ITEM = r"(?:(?!\s[-*\u2022]\s)[^\n:>])"  # a character of the same item
LIST_GONE = re.compile(r"(?m)" + _ITEM + r"(?P<what>[A-Za-z]" + _IN_ITEM + r"{1,60}?)[ \t]*:[ \t]*(?:gone|closed|closing|shut|shutting|ending|ended|"
                       r"scrapped|cut|axed|finished|redundant|outsourced|automated|discontinued|stopped|stopping|no longer needed)\b")
LIST_MOVE = re.compile(r"(?m)" + _ITEM + r"(?P<who>[A-Z]" + _IN_ITEM + r"{1,80}?)[ \t]*(?:->|=>|\u2192|-->|>)[ \t]*(?P<dest>[A-Za-z][^\n,;.]{1,60})")


def _list_moves(text: str) -> list[str]:
    """List items that send people (a name or a people noun before the arrow) to a destination."""
    from planner.extract.intervention_frames import _is_person, first_name

    out = []
    for m in LIST_MOVE.finditer(text):
        who = re.findall(r"[A-Za-z][\w'-]*", m.group("who"))
        if any(_is_person(w.lower()) or first_name(w) for w in who):
            out.append(" ".join(m.group(0).split()).strip("-*\u2022 "))
    return out


WEAK_GONE = tuple(re.compile(rx) for rx in (
    _AGENT + r" (?:" + _W + r"){0,3}?(?:now )?(?:take over|do|handle|replace|run|process|key|sort|read|enter|perform|cover|deal with) (?!from\b)"
    # the object is the work, with a determiner (lemmas lose "-ing": "the data keying" is "the datum key" here)
    r"(?:(?:the|our|their|all|most|much|of|half|every|each)\b ?)+(?:" + _W + r"){0,2}?[a-z][^\s|,]*\b",
    _AGENT + r"s? (?:" + _W + r"){0,3}?(?:take over|replace|automate) (?!from\b)(?:" + _W + r"){0,2}?[a-z][^\s|,]*\b",  # "the kiosks take over parcel drop-offs"
    r"\b(?:once|when|since|after|now that) (?:the )?(?:" + _W + r"){0,2}?(?:robot|bot|kiosk|machine|self-checkout|PROC)s? (?:" + _W + r"){0,3}?(?:be run|go live|be in|go in|arrive|take over|mean)\b",
    r"\bmachine translation\b|\bself-checkouts? mean\b",
    # "the automated decisioning goes live in the new year": an automated thing starting up (the automation is the agent)
    r"(?:^|\| |, )(?:the |our |a |an )?(?:new )?(?:automate|automatic|robotic|self-service|ai)\b (?:" + _W + r"){0,2}?(?:go live|go in|arrive|come in|launch|switch on)\b",
))
# the learners go to other work: a verb of moving or training, then to/onto/into/for/as and a role, desk or field
OTHER_WORK = tuple(re.compile(rx) for rx in (
    r"\b(?:switch|move|shift|transition|pivot|retrain|reskill|redeploy|head|be off|s off) (?:over |across )?(?:to|onto|into|for) (?!(?:the |a |our |their )?new\b)" + _NOT_OUTSIDE + r"(?:the |a |an |our )?" + _SPAN + _FIELD,
    # "go to" only before a determiner ("they go to learn", "going to use" are no moves)
    r"\bgo (?:over |across )?(?:to|onto|into) (?!(?:the |a |our |their )?new\b)" + _NOT_OUTSIDE + r"(?:the |a |an |our ) ?" + _SPAN + _FIELD,
    r"\b(?:keep|kept) (?:" + _W + r"){0,3}?on as (?:a |an )?(?:" + _W + r"){0,3}?(?:PPL|ROLE|staff|[a-z]+(?:er|or|ist|ian|ant)s)\b",
    r"\b(?:ready|prepare|preparing|fit|train) (?:them |him |her )?for (?:the |a |an )?(?:" + _W + r"){0,3}?(?:post|ROLE|work|PPL|desk|UNIT)\b",
    r"\bbe train (?:to (?:run|do|handle|work|take)|as|for)\b",
    r"\b(?:do|run|handle|work|take on|pick up|cover|be do) (?:" + _W + r"){0,6}?instead\b(?! of\b)",
    r"\bbe offer (?:" + _W + r"){0,1}?(?:ROLE|post|work)\b",
    # "Our 5 proofreaders are being redeployed": the passive of redeployment is itself a move to other work
    r"\bbe (?:be )?(?:redeploy|reassign|retrain|reskill|repurpose)\b",
))
# beside a loss of work only: "asked our two receptionists to pick up the facilities function" (alone, "take on the
# phone lines at lunch" is more of the same job)
OTHER_DUTY = (re.compile(r"\b(?:pick up|take on) (?:the |a |an |our )?(?:" + _W + r"){0,3}?(?:function|ROLE|duty|duties|responsibility|responsibilities|UNIT)\b"),)
# with nothing taken away, the move must be said of the learners ("the dispatchers will switch to ..."), never of a
# thing ("before it goes to the lab"); a transfer into a team is an arrival (onboarding), left to the cue frames
# and to a role, a desk or a post, never to a way of working ("the reps moved to weekly planning", "the auditors moved
# to remote audits": their job stays; DOMAIN.md: reskilling is a substantially different role)
_ROLE_FIELD = r"(?:ROLE|UNIT|PPL|post|desk|team|role|job|position|[a-z]+(?:er|or|ist|ian|ant)s?)\b"
# the learners as the subject, never as the object of a preposition ("the service sheets from our arrangers keep going
# to the printer": the sheets go, not the arrangers)
_NOT_PREP_OBJECT = "".join(rf"(?<!\b{p} )(?<!\b{p} our )(?<!\b{p} the )(?<!\b{p} their )" for p in ("from", "of", "by", "for", "with", "to", "about"))
_BY_LEARNERS = tuple(re.compile(_NOT_PREP_OBJECT + _L + r" (?:" + _W + r"){0,3}?" + rx.pattern.removeprefix(r"\b").replace(_FIELD, _ROLE_FIELD))
                     for rx in OTHER_WORK)
# with the work taken away, "learn <a field>" is learning another job ("we want our keyers to learn fraud review")
# (a field of work: its head is a noun of a field or an activity, read on the words, since lemmas lose "-ing": "learn web
# publishing" reads "learn web publish"; never a system or a tool named, "learn Power BI", "learn the new one")
LEARN_FIELD = re.compile(r"\blearn (?!to\b|how\b|the new\b|our new\b|about\b|from\b|it\b|this\b|that\b)(?:(?!(?:TIME|NUM|PROC|NAME)\b)" + _W + r"){0,2}(?!(?:TIME|NUM|PROC|NAME)\b)(?P<head>[a-z][^\s|,]*)\b")
_FIELD_HEAD = re.compile(r"(?:ing|tion|sion|ment|ics|ysis|ogy|ance|review|work|analysis|support|investigation)$", re.I)
# new to the position, the company or the site
ARRIVE = tuple(re.compile(rx) for rx in (
    # "Tom is taking over Kevin's budget analyst seat": a person takes another person's post (the subject may be a name
    # at the start of a sentence, read as a plain word there); never a machine taking over someone's job
    r"(?:^|\| )(?!(?:the|a|an|our|it|this|that|what)\b)(?!" + _AGENT[2:] + r")[^\s|,]+ (?:be |s |will )?(?:take over|step into|inherit|cover) NAME s (?:"
    + _W + r"){0,3}?(?:ROLE|post|seat|patch|portfolio|territory|caseload|PPL|account|client|round|route|class|desk|UNIT)\b",
    r"\b(?:NAME|PPL|he|she|they) (?:" + _W + r"){0,2}?(?:take over|step into|step up into|move into|inherit|cover) (?:the |his |her |a |an |our |their )?(?:" + _W + r"){0,3}?(?:ROLE|post|seat|patch|portfolio|territory|caseload|desk)\b",
    _L + r" (?:" + _W + r"){0,3}?(?:come in|come on board|start|join|begin) (?:on |next |this |in |from )?(?:TIME|NUM|us)\b",
    r"\bjoin us\b",
    # "Kim takes over from Bill as site foreman", "Aisha succeeds Gordon": a person into another person's post (h19type)
    r"\b(?:NAME|PPL|he|she) (?:" + _W + r"){0,2}?(?:take over|step in|step up|succeed|replace) (?:from )?NAME\b",
    # "Kim has just taken over the payroll desk from Bill": a post or a unit taken over from a person by name
    r"\b(?:NAME|PPL|he|she) (?:" + _W + r"){0,2}?take over (?:the |his |her |their )?(?:" + _W + r"){0,3}?(?:ROLE|UNIT|post|seat|patch|caseload|desk|round|route) from NAME\b",
    # "his grain-buying book passes to Aisha", "Jan's caseload goes to Dee when she retires": another person's post or
    # work handed to a person named by name (h19type; DOMAIN.md: onboarding into a new position); never to an outside
    # party (planner.extract.role_structure OUTSOURCED) or a team
    r"\b(?:his|her|NAME s) (?:" + _W + r"){0,3}?(?:pass|go|be pass|be hand|be give|be transfer|transfer|fall|move) (?:over |across )?to NAME\b(?! (?:TEAM|UNIT)\b)",
    # "Ahmed has moved up from the warehouse floor to the dispatch desk": one named person moving to a post or desk
    r"\bNAME (?:" + _W + r"){0,2}?move (?:up |over |across )?(?:from (?:" + _W + r"){1,4}?)?(?:to|into) (?:the |a |our )?(?:" + _W + r"){0,3}?(?:ROLE|post|desk|UNIT|TEAM|seat)\b",
    # "Two deputy sheriffs are joining the courthouse security detail from patrol on 5 January": people joining a named
    # group, with where they come from or when (never a meeting or a call they join)
    _L + r" (?:be |will |be go to |s )(?:join|transfer to|move to) (?:the |our |a )(?!(?:" + _W + r"){0,2}?(?:call|meeting|huddle|briefing|standup|stand-up|session|webinar|shift|rota|union|TIME)\b)"
    r"(?:" + _W + r"){0,3}?(?:from (?!home\b)[a-z][^\s|,]*|on NUM|on TIME|in TIME|next TIME|this TIME|NUM TIME)\b",
))
_OPENING = re.compile(r"\b(?:open|opening|opens|launch|launching|set up|setting up)\b(?! question)", re.I)
MOVED_THERE = re.compile(r"\b(?:move|transfer|relocate|send|put|base)\b (?:" + _W + r"){0,5}?(?:there|to (?:the|our|a) new (?:" + _W + r"){0,2}?(?:UNIT|site|store|shop|branch|office|depot|clinic))\b|\bbe (?:move|transfer|relocate|send) there\b")
_PERSON_TAKE_OVER = re.compile(r"(?:PPL|NAME|NEWBIE|they|he|she|we|who|TEAM) (?:" + _W + r"){0,2}?$")


def _clause_of(text: str, m: re.Match) -> str:
    """The words of a match on the text, widened left to the start of its clause (after a comma or a sentence end)."""
    start = max(text.rfind(ch, 0, m.start()) for ch in ".;:!?,")
    return " ".join(text[start + 1: m.end()].split())


def _phrases(rxs, text: str, toks, tags: str, starts: list[int]) -> list[str]:
    from planner.extract.intervention_frames import _phrase

    out = []
    for rx in rxs:
        for m in rx.finditer(tags):
            if not m.group(0).strip(" |,"):
                continue
            i = bisect.bisect_right(starts, m.start() + (len(m.group(0)) - len(m.group(0).lstrip(" |,")))) - 1
            j = bisect.bisect_right(starts, m.end() - 1) - 1
            while j > i and toks[j].tag in ("|", ","):
                j -= 1
            out.append(_phrase(text, toks, i, j))
    return out


# an arrival long past is tenure, not onboarding ("drivers who joined us from Leeds years ago keep missing slots";
# DOMAIN.md: onboarding makes someone productive in a new company, team or position)
_AGO = re.compile(r"^[^.;!?]{0,60}?\b(?:(?:years|months|decades|a year|a decade|ages|long) ago|years back|for (?:years|ages|a long time))\b", re.I)


def _long_ago(text: str, phrase: str) -> bool:
    from planner.extract.intervention_frames import _PAST_YEAR  # "who joined us in 2019" (h19type)

    flat = " ".join(text.split())
    i = flat.lower().find(phrase.lower())
    return i >= 0 and bool(_AGO.search(flat[i + len(phrase):]) or _PAST_YEAR.search(flat[i: i + len(phrase) + 70]))


def analyse(text: str) -> dict:
    """{"gone": [...], "move": [...], "onboarding": [...], "person_takes_over": [...]}: phrases as written."""
    from planner.extract.intervention_frames import tagged

    toks, tags, starts = tagged(text)
    strong = _phrases(STRONG_GONE, text, toks, tags, starts)
    strong += [_clause_of(text, m) for m in OUTSOURCED.finditer(text)]
    strong += [" ".join(m.group(0).split()).strip("-*\u2022 ") for m in LIST_GONE.finditer(text)]
    weak = _phrases(WEAK_GONE, text, toks, tags, starts)
    from planner.extract import work_fate  # the work as the clause's subject, ending or leaving; the people put on other work

    fate_strong, fate_weak = work_fate.work_ends(text)
    strong += [p for p in fate_strong if p not in strong]
    weak += [p for p in fate_weak if p not in weak]
    from planner.extract import work_handover  # a non-person subject now does the work; the learners take on other duties

    ended = work_handover.work_ends(text)  # (work that ends, whoever ends it: "close the jobs" is also the learners' routine)
    weak += [p for p in work_handover.agent_takes_work(text) + ended if p not in weak]
    other = _phrases(OTHER_WORK + OTHER_DUTY if (strong or weak) else _BY_LEARNERS, text, toks, tags, starts)
    other += [p for p in work_handover.change_over(text) if p not in other]
    if strong or weak:
        other += [p for p in _list_moves(text) + work_fate.placed(text) if p not in other]
    other = [p for p in other if not re.search(r"\b" + _OUTSIDE + r"s?\b", p, re.I)]  # the work's new owner, not the people's
    if strong or weak:
        other += [p for p in work_handover.learners_take_duty(text) if p not in other]
    if weak and not other:
        other = [p for p in _phrases((LEARN_FIELD,), text, toks, tags, starts) if _FIELD_HEAD.search(p.split()[-1])]
    if weak and not other:  # "The audit will now be done by the group team; our two auditors will join the risk team": a
        # move into a team named for another field, beside the work handed away (planner.extract.intervention._team_move)
        from planner.extract.intervention import _team_move, whole_clause

        other = [p for p in work_handover.learners_to_team(text) if _team_move(whole_clause(text, p))]
    onb = [p for p in _phrases(ARRIVE, text, toks, tags, starts) + work_fate.arrivals(text) if not _long_ago(text, p)]
    if _OPENING.search(text):
        onb += _phrases((MOVED_THERE,), text, toks, tags, starts)
    # "take over" said of a person: the learners take on a post or a duty, never their work going away
    person = [m.group(0) for m in re.finditer(r"take over", tags) if _PERSON_TAKE_OVER.search(tags[: m.start()])]
    gone = strong + (weak if other else [])
    # (a part of the work taken by a machine or another party, with no move of the people: kept apart, so the rationale
    # can name it as the cue that would make it reskilling)
    return {"gone": gone, "move": other if (gone or not onb) else [], "onboarding": onb, "person_takes_over": person,
            "partial": [p for p in weak if p not in ended] if not other else []}

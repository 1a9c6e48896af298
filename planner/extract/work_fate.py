"""What a clause says happens to the work, and to the people, read from the clause's subject and verb (issue 12, round 11).

The cue frames (planner.extract.intervention_frames, planner.extract.role_structure) were written on the phrasings
of their own cases; on unseen text a quarter of reskilling cases and a seventh of onboarding ones read as upskilling.
../shared/DOMAIN.md, "Three kinds of skill change": reskilling is "usually triggered by a role becoming redundant",
onboarding makes someone productive in a new company, team or position. English says both in a few clause shapes
whatever the words (subject, verb, object: the canonical clause of any English grammar):

1. THE WORK ENDS: the subject is the work (its head a role or a unit, or a noun of work: "the water taxi run", "the
   residential revaluation", "the manual picking") and the verb one of ending (a lemma of
   planner/lexicon extract_work_end_verbs: bin, scrap, axe, wind up, outsource ...), in the passive, a future or with
   a date ("gets binned at end of season", "is being wound up", "closes in March"); a verb of stopping or closing needs
   a future, a date or "for good", since "the line stops when a sensor trips" is a routine. Machines, systems, forms
   and meetings are never the work (a process word never decides it: issue 12).
   Also the work no longer done here ("isn't done in-house any more"), no longer needed or no more of it ("We won't
   need a switchboard", "There'll be no more night picking"), ceasing to be ("is no more", "is dead", "stop being
   anyone's job"), and the organisation as the subject with the work as its object ("We're handing the whole
   cleaning contract to Mitie", "we're exiting the wholesale business"). Work automated, replaced, moved, merged,
   handed on or done by a machine, a system or another team ("is done by the new OCR service") is weak: it changes
   who holds a role only beside a move of the people (2 below, or planner.extract.role_structure's readers).
2. THE PEOPLE ARE PUT ON OTHER WORK: a verb of placing with the people as its object and the work after them ("That
   leaves our six residential assessors on commercial appeals", "want the 4 skippers crewing the harbour patrol boat").
   Counted only beside (1), since alone "we want the reps logging every call" is the work they already do.
3. THE PEOPLE ARRIVE: a place or a team as the subject of a verb of receiving, with counted people as its object
   ("Whitelee is being handed two techs", "ICU inherits three of the surgical ward's nurses", "we're getting two
   more drivers"), or people named by their being fresh ("a couple of fresh faces in the makeup dept from the 14th").
   Never a routine intake of the people the work serves ("we get 40 new members a month"), never possession ("we've
   got seven mechanics"). Also counted people added to a team ("We're adding two estimators to the team") and people
   from an outside source going onto our rota on a date ("2 lads off the agency go on the boiler house rota monday").

Everything runs over the lemma/word-class string of planner.extract.intervention_frames.tagged.
"""

from __future__ import annotations

import bisect
import re

from lemminflect import getAllLemmas

from planner.lexicon import words

_W = r"[^\s|,]+ "
_END_VERBS = words("extract_work_end_verbs")  # one lemma (or a verb and its particle) a line
_STRONG = "|".join(sorted((v for v in _END_VERBS if not v.startswith("~")), key=len, reverse=True))
_WEAK = "|".join(sorted((v[1:] for v in _END_VERBS if v.startswith("~")), key=len, reverse=True))
_WEAK_SET = frozenset(_WEAK.split("|"))
# a time of day or a pause after the verb: "closes at 6", "shuts for two weeks over Christmas"
_ROUTINE_TAIL = re.compile(r"^ (?:at NUM|every|each|whenever|when|if|for (?!good\b))")
# auxiliaries and adverbs between the subject and the verb ("is being", "will soon be", "gets", "is going to be fully")
_AUX = r"(?:(?:be|s|will|would|get|have be|go to|be to|soon|now|also|fully|finally|all|then|just|effectively|officially|probably|slowly|gradually|quietly|basically|likely) )*"
WORK_ENDS = re.compile(r"(?P<head>[^\s|,]+) (?P<aux>" + _AUX + r")(?P<verb>" + _STRONG + r"|" + _WEAK + r")\b(?=(?P<tail>(?: [^\s|]+){0,6}))")
# the work no longer done here: "isn't done in-house any more", "won't be keyed by hand any longer" (the place or the
# manner the work leaves says it is not a lapse: "the checks aren't done any more" is the learners' fault, upskilling)
NOT_DONE_HERE = re.compile(r"\b(?:be not|will not be|will no longer be|be no longer|no longer be|s not|s no longer) (?:" + _W + r")?(?:do|handle|run|make|process|key|type|enter|"
                           r"carry out|produce|print|sort|pick|pack|check|read|manage|deliver|provide|offer|staff|man)\b "
                           r"(?:in-house|in house|here|by us|by hand|on site|on-site|locally|manually|by the TEAM|by PPL|by our PPL|by the PPL)\b(?: (?:any more|anymore|any longer))?")
# the organisation as the subject and the work as the object: "We're handing the whole cleaning contract to Mitie",
# "we're scrapping the night desk", "the council is closing both libraries", "we lost the Tesco contract"
_PREP_RX = r"(?:for|over|in|at|on|to|from|by|with|into|onto|about|after|before|until|during|and|or|but|so)\b"
_NP_WORD = r"(?:(?!TIME\b|NUM\b|PROC\b|" + _PREP_RX + r")[^\s|,]+)"
_AGENT_WORD = r"(?:(?!TIME\b|NUM\b|" + _PREP_RX + r")[^\s|,]+)"
_ORG = r"(?:\bwe|\bNAME|\bUNIT|\bmanagement|\bthe (?:company|council|board|business|firm|trust|group|owner|owners|client)|\bhead office)"
ENDS_WORK = re.compile(_ORG + r" (?:" + _AUX + r")(?P<verb>" + _STRONG + r"|" + _WEAK + r"|hand|pass|give|contract out|farm out|sell|sell off) (?:off |out |over )?"
                       r"(?:the |our |their |this |that |both |all |most |much |of |whole |entire |remaining )*(?P<np>" + _NP_WORD + r"(?: " + _NP_WORD + r"){0,3})(?=(?P<tail>(?: [^\s|]+){0,4}))")
# "Nobody will be doing manual timesheets after the terminals go in": the work, done by no one from then on
NOBODY_WILL = re.compile(r"\b(?:nobody|no one|none of (?:us|them|the PPL)) (?:will|would|be go to) (?:be |need to |have to |ever )?(?:do|run|handle|key|type|enter|fill in|process|make|check|staff) (?:(?!TIME\b|NUM\b)" + _W + r"){0,3}?(?P<head>[^\s|,]+)\b")
# the work stops being a person's job ("the overnight checks ... stop being anyone's job", "it is no longer a person's
# job"): whatever the subject, the clause says nobody holds the work any more
NOBODYS_JOB = re.compile(r"\b(?:stop|cease) (?:to )?be (?:anyone|anybody|someone|a PPL|a person|a human|our|their|a) ?(?:s )?(?:ROLE|work|task|duty)\b"
                         r"|\b(?:be|s|will be) no longer (?:anyone|anybody|someone|a PPL|a person|a human|our|their) ?(?:s )?(?:ROLE|work|task|duty)\b"
                         r"|\b(?:nobody|no one) s (?:ROLE|work|task|duty) (?:any more|anymore|any longer)\b")
# the work no longer needed, or no more of it: "We won't need a switchboard after March", "There'll be no more night
# picking after the move" (its head a noun of work or a place of work, never a thing: "no more paper forms")
NOT_NEEDED = re.compile(r"\b(?:will not|would not|do not|be not go to|no longer|not) (?:need|require|have) (?:a |an |the |our |any |a separate |the separate )(?P<np>" + _NP_WORD + r"(?: " + _NP_WORD + r"){0,2})"
                        r"|\bthere (?:will be|be|s|be go to be) no (?:more|longer any|longer a) (?P<np2>" + _NP_WORD + r"(?: " + _NP_WORD + r"){0,2})")
# the work ceases to be ("The typing pool is no more", "the night desk is gone", "Typesetting is dead at our place",
# "the claims team's manual keying is over")
NO_MORE = re.compile(r"(?P<head>[^\s|,]+) (?:be|s|will be) (?:now )?(?:no more|history|a thing of the past|gone for good|dead|over(?= \||$| ,| -| at| in| for good| from| by| so| and))\b|(?P<head2>[^\s|,]+) (?:be|s) (?:now )?(?=go\b)")
# the work done by a machine, a system or an outside party, in the passive ("the invoice keying is done by the new OCR
# service", "the topo surveys will be handled by the drone contractor"): weak, as an active agent is
# (planner.extract.work_handover)
DONE_BY = re.compile(r"(?P<head>[^\s|,]+) " + _AUX + r"(?:do|handle|run|process|take over|cover|deliver|carry out|key|enter|print|sort|read|answer|pick|pack) by "
                     r"(?:the |a |an |our |their )?(?:new |outside |external )?(?P<agent>" + _AGENT_WORD + r"(?: " + _AGENT_WORD + r"){0,2})")
# the work handed to someone else ("Our courier round is handed to DPD next month"): weak, since the receiver may be one
# of the team (planner.extract.role_structure ARRIVE reads a handover to a person)
HANDED = re.compile(r"(?P<head>[^\s|,]+) " + _AUX + r"(?:hand|pass|give|hand over|pass over|sign over) (?:over |across )?to (?:the |a |an |our )?(?:" + _W + r"){0,2}?(?P<agent>NAME|UNIT|TEAM|PROC)\b")
_MACHINE_AGENT = re.compile(r"^(?:PROC|NAME|TEAM|UNIT|service|bot|robot|robots|machine|machines|kiosk|kiosks|ai|algorithm|contractor|contractors|subcontractor|vendor|supplier|agency|provider|bureau|partner|outsourcer|app|platform|portal|software|system|camera|cameras|scanner|scanners)$")
# 2. a verb of placing, the people as its object (checked in code: what follows them is the work)
PLACED = re.compile(r"\b(?P<verb>leave|put|keep|want|need|get|have|see|send|switch|shift|move|stick|land|find|redeploy|reassign) (?:the |our |all |most |some |those |these |all of |both )?"
                    r"(?:NUM )?(?:of (?:the |our |them )?)?(?:(?!TIME\b|PROC\b)" + _W + r"){0,2}?(?P<who>PPL|them|him|her|TEAM|[a-z][^\s|,]*(?:er|or|ist|ian|ant)s)\b")
# 3. a place or team receiving people; the object counted ("two techs", "three of the surgical ward's nurses")
_COUNT = r"(?:NUM|a couple of|couple of|a few|a handful of|some|another|several|extra|more|additional)"
RECEIVES = re.compile(r"(?P<subj>\bNAME|\bUNIT|\bTEAM|\bwe|\bPPL) (?:(?!have |s )" + _W + r")?(?:" + _AUX + r")(?<!have )(?<!\bs )(?P<verb>inherit|gain|receive|get|hand|give|send|lend|loan|allocate|assign|pick up|welcome) "
                      r"(?:a further |another )?" + _COUNT + r" (?:(?:extra|more|new|additional|fresh|agency|temporary) )?(?:of (?:the|our|their) (?:" + _W + r"){0,3}?)?(?:(?!TIME\b|PROC\b)" + _W + r"){0,2}?"
                      r"(?P<who>PPL|NEWBIE)\b(?=(?P<tail>(?: [^\s|,]+){0,4}))")
# "We're adding two estimators to the team in January": counted people added to a team or unit
ADDED = re.compile(r"\b(?:add|bring) (?:another |a further )?" + _COUNT + r" (?:(?:extra|more|new|additional) )?(?:(?!TIME\b|PROC\b)" + _W + r"){0,2}?(?P<who>PPL|NEWBIE|[a-z][^\s|,]*s) "
                   r"(?:to|into|onto) (?:the |our |this )?(?:" + _W + r"){0,2}?(?:TEAM|UNIT|crew|roster|rota|headcount|establishment)\b")
# people from an outside source or another site going onto our rota, team or books on a date ("2 lads off the agency go
# on the boiler house rota monday", "Three nurses from the bank start on ward 9 next week")
FROM_SOURCE = re.compile(r"\b(?:NUM|a|a couple of|couple of|some|a few|few|two|three) (?:(?!TIME\b|PROC\b)" + _W + r"){0,2}?(?P<who>PPL|NEWBIE) (?:off|from) (?:the |an |a |our )?(?:" + _W + r"){0,2}?"
                         r"(?:agency|agencies|bank|pool|UNIT|TEAM|NAME|company|firm|contractor|army|navy|college|school|university|uni)\b (?:" + _W + r"){0,2}?"
                         r"(?:go|come|start|join|arrive|begin|be put|get put|move) (?:on|onto|in|into|with|to)? ?(?:the |our |us )?(?:" + _W + r"){0,3}?"
                         r"(?:on |from |next |this |in )?(?:the )?(?:TIME|NUM)\b")
# people named by their being new ("fresh faces", "new blood", "a new pair of hands"), with where or when they arrive
FRESH = re.compile(r"\b(?:new|fresh) (?:pair of |set of )?(?:face|blood|body|bodies|hand|legs)s?\b (?:(?:in|on|at|with|join|for) (?:the |our |this )?(?:" + _W + r"){0,2}?[a-z][^\s|,]*"
                   r"|(?:from|on|next|this|starting|arrive|start|join) (?:the |on )?(?:NUM|TIME)\b)")

# subjects that name no work: machines, systems, forms, meetings, money, time (a process word never decides it)
_NOT_WORK = words("extract_not_work_nouns")  # things, times, money, meetings and faults: never the work
_DEPARTMENTS = words("context_department_names") | {"dispatch", "despatch", "reception", "admin", "accounts", "catering", "maintenance"}  # bare functions
_WORK_NOUNS = words("extract_work_nouns")  # nouns that name a piece of work or a service ("run", "route", "contract")
_FUNCTION_WORDS = words("text_function_words")  # closed-class words: never a subject's head
_WORK_SUFFIX = re.compile(r"(?:ing|tion|sion|ment|ance|ence|ery|age|ography)$")
_CLASSES = frozenset("PPL TEAM NAME NEWBIE PROC TIME NUM".split())
# a verb of stopping names a routine unless a future, a date or a permanence says it ends ("the line stops when ...")
_ROUTINE_PRONE = frozenset("stop end close shut finish cease pause".split())
_WHEN = re.compile(r"^(?: (?:down|up|off|out|over|for good|permanently|altogether|for ever|forever))*"
                   r"(?: (?:for good|permanently|altogether|forever)| (?:on|in|from|by|after|next|this|come|as of|at the end of|end of|before|until)? ?(?:the )?(?:TIME|NUM|end of|start of)\b)")
_FUTURE = re.compile(r"\b(?:will|go to|be be|s be)\b")
_BOSS = frozenset("manager managers supervisor supervisors lead leads director directors head heads boss bosses owner owners chief chiefs".split())


def _tok_at(starts, pos: int) -> int:
    return bisect.bisect_right(starts, pos) - 1


def _is_work(tok) -> bool:
    """The head of the clause's subject names work, a role or a place of work, never a thing, a time or people."""
    if tok.tag in ("UNIT", "ROLE"):
        return True
    w = tok.text.lower()
    if tok.tag in _CLASSES or w in _NOT_WORK or not w.isalpha() and "-" not in w:
        return False
    if w in _WORK_NOUNS or w.rstrip("s") in _WORK_NOUNS or w in _DEPARTMENTS:
        return True
    if _WORK_SUFFIX.search(w) and len(w) > 5:
        lem = getAllLemmas(w)
        return not lem or "NOUN" in lem or w.endswith("ing")
    return False


# a place of work closes, whatever noun names it ("the kennels shut in spring"); never a thing, a time or people
_PLACE_ENDS = frozenset("close shut close down shut down".split())
_CLAUSE_STOP = frozenset("| , and but so because while which who".split())
_PREPOSITIONS = frozenset("on at in from of for with by to into onto about over under near".split())


def _is_place(tok) -> bool:
    w = tok.text.lower()
    if tok.tag in _CLASSES or w in _NOT_WORK or not w.isalpha() or w in _FUNCTION_WORDS:
        return False
    lem = getAllLemmas(w)
    return not lem or "NOUN" in lem


def _phrase(text, toks, i: int, j: int) -> str:
    from planner.extract.intervention_frames import _phrase as as_written

    while j > i and toks[j].tag in ("|", ","):
        j -= 1
    return as_written(text, list(toks), i, j)


def _subject_start(toks, k: int) -> int:
    """The first token of the noun phrase whose head is at k (back over its modifiers and determiner)."""
    i = k
    while i > 0 and toks[i - 1].tag not in ("|", ",", "and", "but", "so", "then", "that", "which", "who") and k - i < 5 \
            and not (toks[i - 1].tag in ("TIME", "NUM") and i - 2 >= 0 and toks[i - 2].tag in ("from", "in", "by", "after", "|")):
        i -= 1
    return i


def _routine_time(toks, starts, m) -> bool:
    """The time after the people is a routine ("a month", "most weekends", "on Mondays"), not a date ("on Monday")."""
    if re.match(r"^ (?:a|per|every|each|most|many|some)\b", m.group("tail")):
        return True
    k = _tok_at(starts, m.start("tail") + m.group("tail").find("TIME"))
    return toks[k].text.lower().endswith("s")


def work_ends(text: str) -> tuple[list[str], list[str]]:
    """(strong, weak): clauses that say the work ends or leaves (1). Weak ones (the work automated, replaced, moved or
    merged) count only beside a move of the people to other work (planner.extract.role_structure)."""
    from planner.extract.intervention_frames import tagged

    toks, tags, starts = tagged(text)
    strong: list[str] = []
    weak: list[str] = []
    for m in WORK_ENDS.finditer(tags):
        k = _tok_at(starts, m.start("head"))
        verb = m.group("verb")
        if not (_is_work(toks[k]) or (verb in _PLACE_ENDS and _is_place(toks[k]))):
            continue
        if verb in _ROUTINE_PRONE and toks[k].text.lower() in _DEPARTMENTS:
            continue  # "Payroll closes on the 20th": a function's cut-off, not its end
        i = _subject_start(toks, k)
        if i > 0 and toks[i - 1].tag in _PREPOSITIONS:
            continue  # "the installers on site have to cut down ...": a place in a prepositional phrase, not the subject
        aux, tail = m.group("aux"), m.group("tail")
        vk = _tok_at(starts, m.start("verb"))
        dated = bool(_WHEN.search(tail))
        absolute = toks[vk].text.lower().endswith("ing") and any(t.tag == "with" for t in toks[max(0, i - 1): k])
        if not (aux.strip() or dated or absolute):
            continue  # "the desks close" with no tense, voice or date: no change said
        if verb in _ROUTINE_PRONE and not (_FUTURE.search(aux) or dated or toks[vk].text.lower().endswith("ing")):
            continue  # "the line is stopped whenever it jams": a routine, not the work ending
        if _ROUTINE_TAIL.match(tail):
            continue  # "closes at 6", "shuts for two weeks over Christmas": a time of day or a pause
        j = min(len(toks) - 1, vk + 3)
        while j > vk and toks[j].tag in ("|", ","):
            j -= 1
        cut = next((x for x in range(vk + 1, j + 1) if toks[x].tag in _CLAUSE_STOP), j + 1) - 1
        (weak if verb in _WEAK_SET else strong).append(_phrase(text, toks, i, max(vk, cut)))
    for m in ENDS_WORK.finditer(tags):
        hk = _tok_at(starts, m.end("np") - 1)  # the object's head: its last word
        verb, tail = m.group("verb"), m.group("tail")
        if not (_is_work(toks[hk]) or (verb in _PLACE_ENDS and _is_place(toks[hk]))):
            continue
        if _ROUTINE_TAIL.match(tail):
            continue
        if verb in _ROUTINE_PRONE and not (_FUTURE.search(m.group(0)) or _WHEN.search(tail) or re.search(r"\bbe $", tags[:m.start("verb")][-3:] + " ")):
            continue  # "we close the line at six": a routine
        handed = verb in ("hand", "pass", "give", "sell", "sell off") and not re.match(r"^ (?:over |out )?(?:to|off)\b", tail)
        if handed:
            continue  # "we give the cleaning a going-over": only handing the work to someone else is a loss
        weak_verb = verb in _WEAK_SET or verb in ("hand", "pass", "give")
        (weak if weak_verb else strong).append(_phrase(text, toks, _tok_at(starts, m.start()), hk))
    for m in NOT_NEEDED.finditer(tags):
        hk = _tok_at(starts, m.end("np") - 1 if m.group("np") else m.end("np2") - 1)  # (the noun phrase's last word)
        if (_is_work(toks[hk]) or toks[hk].tag == "UNIT") and toks[hk].tag not in ("PPL",):
            strong.append(_phrase(text, toks, _tok_at(starts, m.start()), hk))
    for m in NOBODYS_JOB.finditer(tags):
        i = _tok_at(starts, m.start())
        k = i
        while k > 0 and toks[k - 1].tag not in _CLAUSE_STOP and i - k < 8:
            k -= 1
        strong.append(_phrase(text, toks, k, _tok_at(starts, m.end() - 1)))
    for m in NOBODY_WILL.finditer(tags):
        hk = _tok_at(starts, m.start("head"))
        if _is_place(toks[hk]) or _is_work(toks[hk]):  # whatever is done is work ("doing manual timesheets")
            strong.append(_phrase(text, toks, _tok_at(starts, m.start()), hk))
    for m in NO_MORE.finditer(tags):
        hk = _tok_at(starts, m.start("head") if m.group("head") else m.start("head2"))
        vk = _tok_at(starts, m.end() if m.group("head2") else m.end() - 1)
        if m.group("head2") and toks[vk].text.lower() != "gone":
            continue  # "is going well": only "is gone" says the work has ended
        if _is_work(toks[hk]) and not (hk > 0 and toks[_subject_start(toks, hk) - 1].tag in _PREPOSITIONS):
            strong.append(_phrase(text, toks, _subject_start(toks, hk), vk))
    for rx in (DONE_BY, HANDED):
        for m in rx.finditer(tags):
            hk = _tok_at(starts, m.start("head"))
            agents = list(range(_tok_at(starts, m.start("agent")), _tok_at(starts, m.end("agent") - 1) + 1))
            ak = agents[-1]
            person = any(toks[a].tag in ("PPL", "NEWBIE") or toks[a].tag == "NAME" and not toks[a].text.isupper() for a in agents) and rx is DONE_BY
            machine = any(_MACHINE_AGENT.match(toks[a].tag) or _MACHINE_AGENT.match(toks[a].text.lower()) for a in agents)
            # (whatever is done by someone is work: "The audit will now be done by the group team")
            work = _is_work(toks[hk]) or (rx is DONE_BY and _is_place(toks[hk]))
            if not work or person or not (machine or rx is HANDED):
                continue
            weak.append(_phrase(text, toks, _subject_start(toks, hk), ak))
    for m in NOT_DONE_HERE.finditer(tags):
        i = _tok_at(starts, m.start())
        j = _tok_at(starts, m.end() - 1)
        # (no longer by hand is the work automated, a change of how they work unless they move: weak; no longer here
        # or in-house is the work gone from the team: strong)
        (weak if re.search(r"\b(?:by hand|manually)\b", m.group(0)) else strong).append(_phrase(text, toks, i, j))
    return strong, weak


def placed(text: str) -> list[str]:
    """Clauses that put the people on other work (2): the people as the object of a verb of placing, then "on"/"onto"
    and the work, a verb's -ing form, or "to" and a verb ("want the 4 skippers crewing the harbour patrol boat")."""
    from planner.extract.intervention_frames import _agentive, _is_person, tagged

    toks, tags, starts = tagged(text)
    out = []
    for m in PLACED.finditer(tags):
        wk = _tok_at(starts, m.start("who"))
        who = toks[wk]
        if m.group("who").endswith("s") and m.group("who") not in ("PPL",) and not (_is_person(who.text.lower()) or _agentive(who.text.lower())):
            continue
        n = wk + 1
        if n < len(toks) and toks[n].tag in ("at", "in", "from"):  # "our six assessors at the Hallam office on ..."
            n += 1
            while n < len(toks) and n - wk < 7 and toks[n].tag not in ("on", "onto", "|", ","):
                n += 1
        if n >= len(toks):
            continue
        nxt = toks[n].text.lower()
        if nxt in ("on", "onto") or (nxt in ("over", "across") and n + 1 < len(toks) and toks[n + 1].text.lower() in ("to", "onto", "into")):
            e = n + 1
        elif nxt.endswith("ing") and len(nxt) > 4 and "VERB" in getAllLemmas(nxt) and nxt not in ("during", "morning", "evening", "nothing", "something", "everything", "anything"):
            e = n
        else:
            continue
        e = min(len(toks) - 1, e + 4)
        cut = next((x for x in range(n, e + 1) if toks[x].tag in ("|", ",")), e + 1) - 1
        if cut <= n:
            continue
        out.append(_phrase(text, toks, _tok_at(starts, m.start()), cut))
    return out


def arrivals(text: str) -> list[str]:
    """Clauses that bring people into a place or team (3): "Whitelee is being handed two techs", "ICU inherits three of
    the surgical ward's nurses on Monday", "couple of fresh faces in the makeup dept from the 14th"."""
    from planner.extract.intervention_frames import tagged

    toks, tags, starts = tagged(text)
    out = []
    for m in RECEIVES.finditer(tags):
        if re.match(r"^ (?:a|per|every|each|most|many|some|on|at|over|during)? ?TIME\b", m.group("tail")) and _routine_time(toks, starts, m):
            continue  # "we get 40 new starters a month", "two agency nurses most weekends": a routine, not an arrival
        wk = _tok_at(starts, m.start("who"))
        if toks[wk].text.lower() in _BOSS:
            continue  # "the team gets a new manager": the one who asks for the change, not the learners
        verb = m.group("verb")
        if verb in ("hand", "give", "send", "lend", "loan", "allocate", "assign") and not re.search(r"\bbe ", m.group(0)):
            continue  # "the clerks hand two forms ...": only the passive has the place as the receiver
        i = _tok_at(starts, m.start("subj"))
        j = wk
        tail = m.group("tail")
        extra = re.match(r"^((?: (?:from|on|in|next|this|at|to) (?:the |a )?(?:" + _W + r"){0,2}?(?:TIME|NUM|UNIT|NAME|TEAM)\b)*)", tail)
        if extra and extra.group(1):
            j = _tok_at(starts, m.start("tail") + len(extra.group(1)) - 1)
        out.append(_phrase(text, toks, i, j))
    from planner.extract.intervention_frames import _agentive, _is_person

    for m in FROM_SOURCE.finditer(tags):
        out.append(_phrase(text, toks, _tok_at(starts, m.start()), _tok_at(starts, m.end() - 1)))
    for m in ADDED.finditer(tags):
        wk = _tok_at(starts, m.start("who"))
        w = toks[wk].text.lower()
        if m.group("who") in ("PPL", "NEWBIE") or _is_person(w) or _agentive(w):
            out.append(_phrase(text, toks, _tok_at(starts, m.start()), _tok_at(starts, m.end() - 1)))
    for m in FRESH.finditer(tags):
        i = _tok_at(starts, m.start())
        while i > 0 and toks[i - 1].tag in ("NUM", "couple", "of", "a", "few", "some", "two", "three"):
            i -= 1
        j = _tok_at(starts, m.end() - 1)
        rest = re.match(r"^((?: (?:from|on|next|this) (?:the )?(?:NUM|TIME)\b)?)", tags[m.end():])
        if rest and rest.group(1):
            j = _tok_at(starts, m.end() + len(rest.group(1)) - 1)
        out.append(_phrase(text, toks, i, j))
    return out

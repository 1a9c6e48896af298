"""Who changes, read from the clause structure around the role the first pass found (issue 12, h15aud).

ABCD's audience (and DOMAIN.md's "audience": the role or team, and how many people) is the people whose behaviour
changes; the strict reader's rubric (criterion 3) adds "the people who change, not the readers of their work". The
first pass (planner.extract.audience, planner.extract.reviewer.learners) takes the first role phrase of the text;
blind readers found four structures where that phrase is not the learners:

1. The phrase is not a person: a capitalised singular word with no determiner that is the subject of a verb is a
   person's name ("Dev will mentor them"), and a person noun after a modifier of automation is a machine ("the auto
   attendants answer most calls"; lexicon extract_machine_modifiers). The next role phrase of the text is read.
2. The phrase is the subject of a main clause whose cause is another role's own clause: "our 6 research analysts
   can't code half the answers because the phone interviewers paraphrase ...", "the partners keep sending back the
   packs because our bookkeepers skip the accruals", "the ecommerce leads complain that prepress staff send files
   without bleed". The subject of the causing clause is who changes; the main clause's subject reads their work.
3. The count is the team's total, not the subset who change: "four of our seven freight agents are moving", "we have
   forty officers ... the eleven night officers on B wing whose reports keep coming back". A smaller count of the
   same people named after the total, with the words that pick them out, is the subset ("N of them are moving" is
   read by the reskilling plan's own subset count, planner.generators.offline._moving_count).
4. A team named right after the learners without a determiner ("the eleven night officers on B wing").
"""

from __future__ import annotations

import re
from typing import Optional

from planner.extract.numbers import WORD_VALUES, value_of
from planner.lexicon import words

_NUM = r"(?:\d+|a dozen|" + "|".join(w for w in WORD_VALUES if " " not in w) + r")"
_DET = frozenset("the a an our my their his her its this that these those some all every each no".split())
MACHINE_MODIFIERS = words("extract_machine_modifiers")


def _count(s: str) -> Optional[int]:
    if s.lower() == "a dozen":
        return 12
    v = value_of(s)
    return int(v) if v and v < 100000 else None


def is_name(text: str, phrase: Optional[str]) -> bool:
    """A one-word phrase written capitalised, never after a determiner, and followed by a verb (or ", our ..."): a
    person's name used as a subject ("Dev will mentor them", "Hannah signs off every claim file")."""
    from planner.extract.phrases import can_be_verb

    from lemminflect import getAllLemmas
    from planner.extract.intervention_frames import _is_person

    if not phrase or " " in phrase.strip() or not re.fullmatch(r"[A-Z][a-z'’-]+", phrase):
        return False  # a name is written Title-case ("Dev", "Tomas"), never an acronym ("PTAs", "CRC")
    if phrase.lower().endswith("s") and (getAllLemmas(phrase.lower()) or getAllLemmas(phrase.lower()[:-1]) or _is_person(phrase.lower())):
        return False  # "Nurses keep ...": a plural noun; "Tomas", "James": names
    if getAllLemmas(phrase.lower()) and not _is_person(phrase.lower()):
        return False  # "Internal audit reviewed ...": a dictionary word at the start of a sentence, not a name
    hits = list(re.finditer(rf"\b{re.escape(phrase)}\b", text, re.I))
    if not hits:
        return False
    for m in hits:
        if not text[m.start()].isupper():
            return False  # "the dev team", "a dev": written as a common noun somewhere
        before = re.findall(r"[A-Za-z']+", text[max(0, m.start() - 30): m.start()])
        if before and before[-1].lower() in _DET:
            return False
    after = re.match(r"\s*(,\s*(?:our|the|my|who)\b|[a-z']+)", text[hits[0].end():])
    return bool(after) and (after.group(1).startswith(",") or can_be_verb(after.group(1)) or after.group(1) in ("will", "can", "should", "has", "is"))


def is_name_possessor(text: str, word: str) -> bool:
    """``word`` is written capitalised before "'s" inside a sentence and never in lower case in the text ("takes over
    Kevin's seat", "Mark's post ... when Mark leaves"): a person's name as the possessor."""
    cap = word[:1].upper() + word[1:].lower()
    inside = re.search(rf"(?<![.!?]\s)(?<!^)\b{re.escape(cap)}['’]s\b", text)
    return bool(inside) and inside.start() > 0 and not re.search(rf"\b{re.escape(word.lower())}\b", text)


def is_machine(text: str, phrase: Optional[str]) -> bool:
    """The role phrase names a machine: a person noun after a modifier of automation ("auto attendants")."""
    if not phrase:
        return False
    first = phrase.lower().replace("-", " ").split()
    if len(first) > 2 and not first[-1].endswith("s") and MACHINE_MODIFIERS & set(first[:-2]) - {"auto"}:
        return True  # "the AI booking assistant now drafts ...": one thing named by its automation, further from the head
    return len(first) > 1 and first[-2] in MACHINE_MODIFIERS  # right before the head: "auto damage appraisers" are people


def _apposed(text: str, phrase: str) -> bool:
    """"Sam, our bar manager, counts the tills": the role in apposition to a name is that person's, the reviewer's."""
    return any(is_name(text, m.group(1)) for m in re.finditer(rf"\b([A-Z][a-z]+),\s+(?:our|the|my)\s+{re.escape(phrase)},", text, re.I))


def _mask(text: str, phrase: str) -> str:
    """The text with every mention of the phrase blanked (same length, so offsets stay); a name's apposition too
    ("Dev, the service desk lead, checks ...": the reviewer, never the learners)."""
    return re.sub(rf"\b{re.escape(phrase)}s?\b(?:,\s+(?:the|our|my)\s+[^,.;!?]{{1,40}},)?", lambda m: " " * len(m.group(0)), text, flags=re.I)


# the clause that causes the main clause's trouble: because/since/as + a role + its verb; "complain that" + a role
_CAUSE = re.compile(
    rf"\b(?:because|cause|'cause|complain|complains|complained|say|says|said|tell us|tells us|moan|moans)"
    rf"(?:\s+that)?\s+(?:(?:the|our|my|their|some of (?:the|our))\s+)?({_NUM}\s+)?((?:[A-Za-z][\w'-]*\s+){{1,4}})", re.I)
# the learners' own fault verbs (the problem clause of planner.extract.reviewer: miss, skip, forget, mis-...)
_OWN_FAULT = re.compile(r"\b(?:miss|misses|missing|missed|forget|forgets|forgetting|forgot|skip|skips|skipping|skipped|omit\w*|"
                        r"overlook\w*|ignor\w*|leave out|leaving out|leaves out|fail|fails|failing|mis[a-z]{3,}|double-[a-z]+|lose|lost|losing)\b", re.I)


def _person_in_text(text: str, phrase: str) -> bool:
    """The text itself treats the noun as people: it owns work ("the scribes' notes") or heads a role above it ("our
    scribe lead"), when no lexicon knows the word."""
    from planner.text.inflect import singular

    one = singular(phrase.lower())
    return bool(re.search(rf"\b{re.escape(one)}s'\s+[a-z]", text, re.I)
                or re.search(rf"\b{re.escape(one)}\s+(?:lead|leads|supervisor|supervisors|manager|managers|trainer|coordinator)\b", text, re.I))


def _above(phrase: str) -> bool:
    from planner.extract.reviewer import _ABOVE_ROLE

    return bool(_ABOVE_ROLE.fullmatch(phrase.strip()))


_ADVERBS = frozenset("still often always just never sometimes keep keeps".split())
_NOT_CAUSE_VERB = frozenset("is are was were be been has have had of to in on at for from with and or the a an".split())


def _cause_subject(text: str, phrase: str) -> Optional[tuple[str, Optional[int], str]]:
    from planner.extract.context import same_role
    from planner.extract.phrases import can_be_verb
    from planner.extract.reviewer import _is_role
    from planner.text.inflect import singular

    for sentence in re.split(r"(?<=[.!?;])\s+|\n+", text):
        at = sentence.lower().find(phrase.lower())
        if at < 0:
            continue
        for m in _CAUSE.finditer(sentence, at + len(phrase)):
            if _OWN_FAULT.search(sentence[at + len(phrase): m.start()]):
                break  # "our agents keep missing fields because ...": the main clause is the learners' own fault
            ws = m.group(2).split()
            for k in range(1, min(3, len(ws) - 1) + 1):  # the subject is 1-3 words, then its verb (an adverb may stand between)
                who, rest = ws[:k], [w.lower() for w in ws[k:]]
                while rest and rest[0] in _ADVERBS - {"keep", "keeps"}:
                    rest = rest[1:]
                verb = rest[0] if rest else ""
                if who[-1].lower() in ("staff", "people", "team", "crew") and len(who) == 1:
                    continue  # a bare group is no role
                if not verb or verb in _NOT_CAUSE_VERB or not (can_be_verb(verb) or verb in ("don't", "dont", "can't", "cant", "won't")):
                    continue
                w = " ".join(who)
                if any(x.lower() in _NOT_CAUSE_VERB or x.lower() in ("they", "we", "it", "he", "she", "you", "i") for x in who):
                    break
                if not (_is_role(w) or _person_in_text(text, w)) and not (len(who) > 1 and who[-1].lower() in ("staff", "crew", "team")):
                    continue
                if is_machine(sentence, w) or same_role(singular(w.lower()), singular(phrase.lower())) or _above(w):
                    break  # a machine, the same people, or the people above them (the owners, never the learners)
                n_s = m.group(1)
                return singular(w.lower()), _count(n_s.strip()) if n_s else None, w
    return None


_OF_TOTAL = r"\b({n})\s+of\s+(?:our|the|my|their|them,?\s+)?(?:({n})\s+)?"


def _subset(text: str, role: str, n: Optional[int], phrase: str) -> tuple[str, Optional[int], str]:
    """The people who change when the text gives their team's total beside them (3 in the module doc)."""
    from planner.extract.phrases import plural
    from planner.text.inflect import singular

    head = role.split()[-1]
    forms = "|".join(sorted({re.escape(plural(head)), re.escape(head + "s"), re.escape(head)}, key=len, reverse=True))
    # "four of our seven freight agents": the first count
    m = re.search(rf"\b({_NUM})\s+of\s+(?:our|the|my|their|the\s+[a-z-]+['’]s)\s+({_NUM})\s+(?:[a-z-]+\s+){{0,2}}?(?:{forms})\b", text, re.I)
    if m and _count(m.group(1)) and _count(m.group(2)) and _count(m.group(1)) < _count(m.group(2)):
        return role, _count(m.group(1)), phrase
    if n is None:
        return role, n, phrase
    total = re.search(rf"\b{re.escape(str(n))}\b|\b(?:{'|'.join(w for w, v in WORD_VALUES.items() if v == n and ' ' not in w)})\b", text, re.I) \
        if any(v == n for v in WORD_VALUES.values()) else re.search(rf"\b{n}\b", text)
    if not total:
        return role, n, phrase
    after = text[total.end():]
    # "the eleven night officers on B wing": the same people, fewer of them, with the words that pick them out
    for s in re.finditer(rf"\b(?:the|those|these|only|just)\s+({_NUM})\s+((?:[a-z-]+\s+){{0,2}}?)({forms}|ones)\b", after, re.I):
        c = _count(s.group(1))
        mods = s.group(2).split()
        if c and c < n and not any(w.lower() in ("senior", "lead", "head", "chief", "principal") for w in mods):
            if s.group(3).lower() == "ones":  # "it's the 5 newer ones": the same people, fewer of them
                return role, c, phrase
            written = " ".join(mods + [s.group(3)])
            return singular(written.lower()), c, written
    # "We have 30 dealers on the floor; the twelve who moved across ... are the ones": the noun left out after the count
    s = re.search(rf"\b(?:the|those|only|just)\s+({_NUM})\s+(?:who|that)\s+", after, re.I)
    if s and _count(s.group(1)) and _count(s.group(1)) < n:
        return role, _count(s.group(1)), phrase
    # "we have 40 officers and 11 of them keep ...": a smaller count of them as the subject of the problem clause
    s = re.search(rf"\b({_NUM})\s+of\s+(?:them|us)\s+(?:still\s+|often\s+)?(?:keep|keeps|don't|dont|can't|cant|never|forget|skip|miss|"
                  r"make|take too long|struggle|get|are|will|need|needs|have to|must|move|moving|go|going)\b", after, re.I)
    # "40 operators at the plant; about a dozen on the packing line need to learn ...": a smaller count as the subject
    s = s or re.search(rf"(?:^|[;,.]\s*|\band\s+|\bbut\s+)(?:about\s+|around\s+|roughly\s+|only\s+|just\s+)?({_NUM})\s+"
                       r"(?:(?:on|in|at|from)\s+(?:the|our)\s+[\w-]+(?:\s+[\w-]+)?\s+)?(?:still\s+)?(?:need|needs|are|will|keep|have to|must|"
                       r"can't|cant|don't|dont|never)\b", after, re.I)
    if s and _count(s.group(1)) and _count(s.group(1)) < n:
        return role, _count(s.group(1)), phrase
    return role, n, phrase


def _plain_subject(text: str) -> Optional[tuple[str, Optional[int], str]]:
    """"Our glaziers close jobs on the tablet": a plural noun after "our" opening a sentence, followed by a verb, that
    is neither a verb itself ("our orders take", "our trucks wait": things) nor a process, place or time word."""
    from planner.extract.intervention_frames import _tag
    from planner.extract.phrases import can_be_noun, can_be_verb
    from planner.text.inflect import singular

    for m in re.finditer(rf"(?:^|[.;!?]\s+)(?:[Oo]ur|[Mm]y)\s+(?:({_NUM})\s+)?([a-z][a-z-]+s)\s+(?:still\s+|often\s+|always\s+|never\s+|keep\s+)?([a-z]+)\b", text):
        noun, verb = m.group(2), m.group(3)
        if can_be_verb(noun) or not can_be_noun(noun) or _tag(noun) in ("PROC", "UNIT", "TIME", "NUM") or not can_be_verb(verb):
            continue
        return singular(noun), _count(m.group(1)) if m.group(1) else None, noun
    return None


# A cleft sentence puts its focus on who does the work (English grammar: "it is X who ..."): X is who changes.
_CLEFT = re.compile(rf"\bit(?:'s|’s| is| was)\s+(?:the|our|my)\s+(?:({_NUM})\s+)?((?:[a-z-]+\s+){{0,2}}?[a-z-]+s)\s+(?:who|that)\s+", re.I)


def _own_count(text: str, role: Optional[str], n: Optional[int], phrase: Optional[str]) -> Optional[int]:
    """"My 6 florists ...": the count written right before the role phrase itself, when none was read."""
    if role and phrase and not n:
        m = re.search(rf"\b(?:our|my|the|all)\s+({_NUM})\s+{re.escape(phrase)}\b", text, re.I)
        n = _count(m.group(1)) if m else n
    return n


def refine(text: str, role: Optional[str], n: Optional[int], phrase: Optional[str]
           ) -> tuple[Optional[str], Optional[int], Optional[str]]:
    """The first pass's (role, headcount, phrase), corrected where the clause structure says another group changes."""
    from planner.extract import audience as _aud
    from planner.extract.reviewer import learners

    if role and phrase:  # "taking over Kevin's budget analyst seat": the name's possessive is whose post it was, not the role
        m = re.match(r"([A-Za-z]+)['’]s\s+(\S.*)$", phrase)
        if m and is_name_possessor(text, m.group(1)):
            phrase = m.group(2)
            role = re.sub(r"^[A-Za-z]+['’]s\s+", "", role)
    if role and phrase:  # "our six florists": the count is the headcount, never the first word of the role
        m = re.match(rf"({_NUM})\s+(\S.*)$", role, re.I)
        if m and _count(m.group(1)):
            role, n = m.group(2), n or _count(m.group(1))
            phrase = re.sub(rf"^{re.escape(m.group(1))}\s+", "", phrase, flags=re.I)
    n = _own_count(text, role, n, phrase)
    masked = text
    for _ in range(3):  # 1: a name or a machine is not the learners; read the next role phrase
        if not phrase or not (is_name(text, phrase) or is_machine(text, phrase) or _apposed(masked, phrase)):
            break
        masked = _mask(masked, phrase)
        role, n, phrase = learners(masked, *_aud.find_role(masked))
        n = _own_count(text, role, n, phrase)  # "The virtual scheduling assistant ... and our 5 surveyors": theirs
    if phrase:  # "14 installers across both van crews": the crews are where the people are, not the people
        from planner.extract.reviewer import _is_role
        from planner.text.inflect import singular

        m = re.search(rf"\b({_NUM})\s+((?:[a-z-]+\s+)?[a-z]+s)\s+(?:across|in|on|at|of|from)\s+(?:(?:both|all|the|our|my|two|three)\s+)*"
                      rf"{re.escape(phrase)}\b", text, re.I)
        if m and _is_role(m.group(2)) and m.group(2).split()[0].lower() not in _DET:
            role, n, phrase = singular(m.group(2).lower()), _count(m.group(1)), m.group(2)
    if phrase:  # "the auditors keep finding unsigned logs in our CNAs' binders": the finder checks; the possessor changes
        m = re.search(rf"\b{re.escape(phrase)}\s+(?:keep\s+|keeps\s+|often\s+|always\s+|regularly\s+)?(?:find|finds|found|finding|catch|catches|"
                      rf"caught|catching|flag|flags|flagged|flagging|spot|spots|spotted|spotting)\b[^.;!?]*?\b(?:our|the|my)\s+(?:({_NUM})\s+)?"
                      r"((?:[a-z-]+\s+)?[A-Za-z-]+?)s'\s", text, re.I)
        if m:
            from planner.extract.reviewer import _is_role
            from planner.text.inflect import singular

            who = m.group(2)
            if re.fullmatch(r"[A-Z]{2,6}", who.split()[-1]):
                role, n, phrase = who, _count(m.group(1)) if m.group(1) else None, who + "s"
            elif _is_role(who + "s"):
                role, n, phrase = singular(who.lower() + "s"), _count(m.group(1)) if m.group(1) else None, who + "s"
    if not role:  # "Our glaziers close jobs ...": the possessed plural subject of the first clause, a noun no lexicon knows
        role, n, phrase = _plain_subject(masked) or (role, n, phrase)
    if not role:  # "our CRCs' consent files", "the 4 EMTs keep ...": an acronym's plural for the people
        m = re.search(rf"\b(?:our|the|my)\s+(?:({_NUM})\s+)?([A-Z]{{2,6}})s(?:'|\s+(?=(?:still\s+|often\s+)?(?:keep|don't|can't|forget|skip|miss|never|"
                      r"are|have|join|start|will)\b))", text)
        if m:
            role, n, phrase = m.group(2), _count(m.group(1)) if m.group(1) else None, m.group(2) + "s"
    cleft = _CLEFT.search(text)  # "the night pharmacists are fine; it's the 12 pharmacy technicians who keep mislabelling"
    if cleft:
        from planner.extract.reviewer import _is_role
        from planner.text.inflect import singular

        if _is_role(cleft.group(2)) and cleft.group(2).split()[0].lower() not in _DET:
            return singular(cleft.group(2).lower()), _count(cleft.group(1)) if cleft.group(1) else None, cleft.group(2)
    if not role or not phrase:
        return role, n, phrase
    cause = _cause_subject(text, phrase)  # 2: the main clause's subject reads the work of the causing clause's subject
    if cause:
        role, c, phrase = cause
        n = c if c is not None else _aud._count_before(text, role)
        if n is None:
            m = re.search(rf"\b({_NUM})\s+(?:new\s+)?{re.escape(phrase)}s?\b", text, re.I)
            n = _count(m.group(1)) if m else None
    return _subset(text, role, n, phrase)  # 3: the subset, not the team's total


_TEAM_NOUNS = "|".join(sorted(words("extract_team_nouns"), key=len, reverse=True))


def own_team(text: str, phrase: Optional[str]) -> Optional[str]:
    """4: a team written right after the learners without a determiner: "night officers on B wing", "on ward 4"."""
    if not phrase:
        return None
    j = re.search(rf"\b{re.escape(phrase)}\s+(?:will\s+|who\s+)?(?:join|joins|joined|start (?:on|at|in)|starts (?:on|at|in))\s+"
                  rf"(?:the|our)\s+((?:[a-z][\w-]*\s+){{0,2}}?(?:{_TEAM_NOUNS}))\b", text, re.I)
    if j and j.group(1).split()[0].lower() not in _DET:
        return j.group(1)  # "Two PTAs join the outpatient clinic": the team they join
    m = re.search(rf"\b{re.escape(phrase)}\s+(?:on|in|at|from)\s+((?:[A-Z0-9][\w-]*\s+)?(?:{_TEAM_NOUNS})(?:\s+\d+[A-Za-z]?)?)\b", text)
    if not m:
        return None
    name = m.group(1)
    return name if name.split()[0][:1].isupper() or name.split()[0][:1].isdigit() or re.search(r"\d", name) else None

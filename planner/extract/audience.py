"""Who the learners are: role, team and headcount (ABCD 'audience': a named role, how many).

The role is the first role phrase that is not downstream of another role ("for
finance", "before sales reps call"): downstream roles are consumers, read in
``planner.extract.context``.
"""

from __future__ import annotations

import re
from typing import Optional

from planner.extract.numbers import WORD_VALUES, value_of
from planner.extract.context import ROLE_HEADS
from planner.text.inflect import singular
from planner.lexicon import words

EXTRA_HEADS = words("extract_role_heads")
HEADS = (ROLE_HEADS | EXTRA_HEADS) - frozenset(
    "customer customers client clients patient patients team teams department desk finance accounting billing payroll "
    "legal compliance qa operations procurement purchasing logistics marketing receiving shipping housekeeping lab "
    "laboratory crew student students residents resident owner owners".split()
)
# Words that may stand before a role head as part of the role ("tier-1 support agent", "night-shift nurse").
_NOT_MODIFIERS = frozenset(
    """
    the a an our my your their his her its we i they all some most many few these those this that of to for and or
    new newly recently junior our's every each other more less about around roughly nearly over under than with
    have has had got get are is were was be been being who which that's it's don't dont can't cant keep still
    whose where when how so very really just only also even as like start starts started join joins joined
    become becomes became promoted moved transferred
    across both either neither between among per within at in on from by into there's
    """.split()  # prepositions and quantifiers are never part of a role ("14 installers across both van crews", h15aud)
)
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’&/-]*")
_DOWNSTREAM = frozenset("for to before so until by from with than".split())
_COUNT_WORD = re.compile(r"^(\d+|" + "|".join(w for w in WORD_VALUES if " " not in w) + r")$", re.I)
_TEAM_NOUNS = "|".join(sorted(words("extract_team_nouns"), key=len, reverse=True))
TEAM = re.compile(
    r"\b(?:on|in|of|at|joins?|joined|joining)\s+(?:both\s+)?(?:the|our|my)\s+([a-z][a-z0-9&/-]*(?:\s+[a-z][a-z0-9&/-]*){0,2}?)\s+(" + _TEAM_NOUNS + r")(s|es)?\b",
    re.I,
)
OF_THEM = re.compile(r"\b(?:about|around|roughly|some|all)?\s*(\d+|" + "|".join(w for w in WORD_VALUES if " " not in w) + r")\s+of\s+(?:them|us)\b", re.I)
TEAM_OF = re.compile(r"\bteam of\s+(\d+|" + "|".join(w for w in WORD_VALUES if " " not in w) + r"|a dozen)\b", re.I)
N_PERSON = re.compile(r"\b(\d+)[- ](?:person|people|strong|member)\b", re.I)


PROMOTED = re.compile(r"\bpromot\w*\s+(?:(\d+|" + "|".join(w for w in WORD_VALUES if " " not in w) + r")\s+)?[\w -]{0,40}?\s+(?:to|into|as)\s+((?:[a-z-]+\s){0,2}?(?:lead|leads|manager|managers|supervisor|supervisors|team leads?))\b", re.I)


# "our 7 SREs write ...": a counted plural noun phrase that is the subject of a verb names the learners
COUNTED_SUBJECT = re.compile(
    r"\b(?:our|the|my|we have|we've got)\s+(\d+|" + "|".join(w for w in WORD_VALUES if " " not in w) + r"|a dozen)\s+"
    r"((?:new\s+)?(?:[A-Za-z][\w-]*\s+){0,2}?[A-Za-z][\w-]*s)\s+(?:who\s+|all\s+|still\s+|often\s+|now\s+|currently\s+)?([a-z']+)",
    re.I,
)


# "Two deputy sheriffs are joining ...": a count opening the sentence, a plural people noun, then its verb
OPENING_COUNT = re.compile(
    r"(?:^|(?<=[.!?;]\s))(\d+|" + "|".join(w for w in WORD_VALUES if " " not in w) + r"|a dozen)\s+"
    r"((?:[A-Za-z][\w-]*\s+){0,2}?[A-Za-z][\w-]*s)\s+(?:who\s+|all\s+|still\s+|often\s+|now\s+)?(are|will|have|keep|start|join|were|can't|don't|need)\b",
    re.I,
)


def _counted_subject(text: str) -> tuple[Optional[str], Optional[int], Optional[str], int]:
    from planner.extract.intervention_frames import _is_person
    from planner.extract.phrases import can_be_noun, can_be_verb

    for m in OPENING_COUNT.finditer(text):  # only a people noun here: "Two conferences were overbooked" names no learners
        if _is_person(m.group(2).split()[-1].lower()):
            role = re.sub(r"^new\s+", "", m.group(2), flags=re.I)  # "two new court reporters start": the role is "court reporter"
            return singular(role.lower()), int(value_of(m.group(1)) or 0) or None, m.group(2), m.start()
    for m in COUNTED_SUBJECT.finditer(text):
        verb = m.group(3).lower()
        head = m.group(2).split()[-1]
        if verb in ("in", "of", "at", "on", "from", "per", "a", "the") or not (can_be_verb(verb) or verb in ("don't", "can't", "won't", "keep", "are", "have", "were", "will")):
            continue
        if not can_be_noun(head) or head.lower() in ("days", "weeks", "months", "years", "hours", "minutes", "times", "stores", "sites", "clinics", "branches", "shifts", "wards", "cases", "orders"):
            continue
        phrase = re.sub(r"^new\s+", "", m.group(2))
        return singular(phrase.lower()), int(value_of(m.group(1)) or 0) or None, phrase, m.start()
    return None, None, None, -1


_AGENTIVE = re.compile(r"(?:\b(?i:our|the|those|these|my|all|a couple of our|some of our)\s+|^)(?:\d+\s+)?((?:[a-z][a-z-]*\s+)?[a-z]+(?:ers|ors|ists|ians))\b")
from planner.extract.intervention_frames import THING_NOUNS as _NOT_PEOPLE  # noqa: E402 -- one list of agent-shaped thing nouns


def _agentive(text: str) -> tuple[Optional[str], Optional[str]]:
    """Last resort: a plural agent noun named in the text ("the keyers", "those assemblers"), when no known role is."""
    from planner.extract.phrases import can_be_noun, can_be_verb

    for m in _AGENTIVE.finditer(text):
        head = m.group(1).split()[-1].lower()
        stem = re.sub(r"(?:ers|ors|ists|ians)$", "", head)
        if head in _NOT_PEOPLE or not (can_be_noun(head) or can_be_verb(stem)):
            continue
        undoubled = stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else stem  # "fitters" -> "fit"
        if can_be_verb(stem) or can_be_verb(stem + "e") or can_be_verb(undoubled) or head.endswith(("ists", "ians")):
            words = m.group(1).split()
            phrase = words[-1] if len(words) > 1 and words[0] in _NOT_MODIFIERS else m.group(1)
            return singular(phrase.lower()), phrase
    return None, None


def find_role(text: str) -> tuple[Optional[str], Optional[int], Optional[str]]:
    """(role singular, headcount, phrase as written) of the learners, or Nones."""
    role, n, phrase = _find_role_and_count(text)
    if role and role.endswith("men") and not role.endswith("women"):
        role = role[:-3] + "man"  # "site foremen" -> "site foreman" (the plural rule adds -s to the singular)
    if role and n is None:
        n = _count_before(text, role)
    if role and n is None and phrase:  # "Three of our senior carpenters were promoted to site foremen": they are the learners
        m = re.search(r"\b(\d+|" + "|".join(w for w in WORD_VALUES if " " not in w) + r")\s+of\s+(?:our|the|my)\s+[\w -]{0,40}?"
                      r"\s+(?:were|was|have been|has been|got|are being)\s+promoted\s+(?:to|into|as)\s+(?:the\s+)?" + re.escape(phrase) + r"\b",
                      text, re.I)
        if m:
            v = value_of(m.group(1))
            n = int(v) if v else None
    return role, n, phrase


def _count_before(text: str, role: str) -> Optional[int]:
    """"There are 8 techs on the night shift": a count written right before the role's head noun, anywhere."""
    from planner.extract.phrases import plural

    head = role.split()[-1]
    forms = {plural(head), head + "s"}
    rx = re.compile(r"\b(?:there are|we have|we've got|with|of)\s+(\d+|" + "|".join(w for w in WORD_VALUES if " " not in w)
                    + r"|a dozen)\s+(?:[a-z-]+\s+){0,2}?(?:" + "|".join(map(re.escape, sorted(forms))) + r")\b", re.I)
    # "two of our audiologists come back ...": a count of the role's group, the people who change (ABCD 'audience')
    subset = re.compile(r"\b(\d+|" + "|".join(w for w in WORD_VALUES if " " not in w) + r"|a dozen)\s+of\s+(?:our|the|my|their)\s+"
                        r"(?:[a-z-]+\s+){0,2}?(?:" + "|".join(map(re.escape, sorted(forms))) + r")\b", re.I)
    m = rx.search(text) or subset.search(text)
    if not m:
        return None
    v = 12 if m.group(1).lower() == "a dozen" else value_of(m.group(1))
    return int(v) if v and v < 100000 else None


_WISH_FOR = re.compile(r"\bwants?\s+(?:the|our|all|all the|all our)\s+(?:(\d+|" + "|".join(w for w in WORD_VALUES if " " not in w)
                       + r")\s+)?((?:[A-Za-z][\w-]*\s+){0,2}?[A-Za-z][\w-]*s)\s+to\s+[a-z]+", re.I)


def _one_above(phrase: str) -> bool:
    """One person above a team: the owner lexicon's head words ("team lead", "traffic management supervisor")."""
    from planner.extract.owner import OWNER

    m = OWNER.search(phrase)
    return bool(m) and m.end() == len(phrase) and not re.search(r"\bhead\b", phrase, re.I)


def _find_role_and_count(text: str) -> tuple[Optional[str], Optional[int], Optional[str]]:
    role, n, phrase = _find_role(text)
    m = _WISH_FOR.search(text)  # "the ward manager wants the 16 staff nurses to record ...": the people asked to change
    if m and m.group(2).split()[-1].lower() in HEADS and not (role and singular(m.group(2).split()[-1].lower()) == role.split()[-1]):
        w = value_of(m.group(1)) if m.group(1) else None
        return singular(m.group(2).lower()), int(w) if w else None, m.group(2)
    a_role, a_phrase = _agentive(text)
    if role is None and a_role:
        return a_role, None, a_phrase
    if a_role and phrase and _opens_sentence(text, a_phrase) and text.find(a_phrase) < text.find(phrase) \
            and _acts_on_output(text, phrase):
        # ABCD 'audience': the people who change are the subject of the work clause ("The bakers ... write the labels"),
        # not a known role that uses their output later in the text ("and the counter staff rely on them")
        return a_role, None, a_phrase
    c_role, c_n, c_phrase, c_at = _counted_subject(text)
    if c_role and (not phrase or c_at < text.find(phrase)) and not (role and (role in c_role or c_role in role)):
        return c_role, c_n, c_phrase
    if a_role and phrase and not phrase.lower().endswith("s") and text.lower().find(a_phrase.lower()) < text.find(phrase) \
            and _one_above(phrase):
        # "tax examiners closing cases ..., team lead reads a handful every friday": one lead or supervisor after a plural
        # of workers is the person above them (DOMAIN.md: the feedback owner), not the audience (ABCD 'audience')
        return a_role, None, a_phrase
    return role, n, phrase


def _opens_sentence(text: str, phrase: str) -> bool:
    """The phrase is the subject at the start of a sentence ("The bakers on ...", "Our 5 bakers ...")."""
    return bool(re.search(r"(?:^|[.!?;]\s+)(?:the|our|my|all|all our|all the)\s+(?:\d+\s+)?" + re.escape(phrase) + r"\b", text, re.I))


# verbs by which a role named later uses the learners' output ("the counter staff rely on them", "who check them")
_USES = re.compile(r"^\s+(?:who\s+|then\s+|can\s+|have to\s+|need to\s+)?(?:rely|relies|use|uses|check|checks|verify|verifies|read|reads|"
                   r"sign|signs|approve|approves|file|files|work|works|prepare|prepares|need|needs|depend|depends|receive|receives)\b", re.I)


def _acts_on_output(text: str, phrase: str) -> bool:
    i = text.find(phrase)
    return i >= 0 and bool(_USES.match(text[i + len(phrase):]))


# a word after these is a finite verb, never the head of a noun phrase naming people (English clause structure)
_FINITE_BEFORE = frozenset("who which that he she they we i it will would can could must shall should".split())
# things a role word can modify ("lead time", "staff room", "crew cab"): the compound names a thing, not people
COMPOUND_HEADS = frozenset("time times room rooms sheet sheets list lists cab rota rotas".split())


# "parts counter guys", "the warehouse lads": an informal group word after the nouns of the post (ABCD 'audience':
# the role as the text names it; the group word read as "staff", never as a role of its own)
_GROUP_WORD = re.compile(r"\b((?:[a-z][a-z-]*\s+){1,3}?)(?:guys|folks|lads|gals|crowd)\b", re.I)
_NOT_POST = frozenset("new old young other same good bad wrong few some all most many those these the our my their".split())


def group_role(text: str) -> Optional[tuple[str, str]]:
    """("parts counter staff", "parts counter guys") from "parts counter guys quote ..."; None when no post is named."""
    from planner.extract.phrases import can_be_noun

    for m in _GROUP_WORD.finditer(text):
        words = m.group(0).split()
        while len(words) > 1 and (words[0].lower() in _NOT_POST or words[0].lower() in _NOT_MODIFIERS):
            words = words[1:]  # "our warehouse lads": the post, not the determiner
        mods = [w.lower() for w in words[:-1]]
        if mods and all(w not in _NOT_POST and w not in _NOT_MODIFIERS and can_be_noun(w) for w in mods):
            return " ".join(mods) + " staff", " ".join(words)
    return None


def _find_role(text: str) -> tuple[Optional[str], Optional[int], Optional[str]]:
    m = PROMOTED.search(text)  # "promoted 5 senior agents to team leads": the learners are the new leads
    if m:
        n = value_of(m.group(1)) if m.group(1) else None
        before = re.search(r"\b(\d+|" + "|".join(w for w in WORD_VALUES if " " not in w) + r")\s+of\s+(?:our|the|my)\s+[\w -]{0,40}?"
                           r"\s+(?:were|was|have been|has been|got|are being)\s+$", text[: m.start()], re.I)
        if n is None and before:  # "Three of our senior carpenters were promoted to site foremen"
            n = value_of(before.group(1))
        role = singular(m.group(2).lower())
        role = re.sub(r"men$", "man", role) if role.endswith("men") and not role.endswith("women") else role  # "foremen" -> "foreman"
        return role, int(n) if n else None, m.group(2)
    for sentence in re.split(r"(?<=[.!?;])\s+|\n+", text):
        tokens = _WORD.findall(sentence)
        low = [t.lower() for t in tokens]
        for i, w in enumerate(low):
            if w not in HEADS:
                if w in ("crew", "person") and i > 0 and low[i - 1] not in _NOT_MODIFIERS and not _COUNT_WORD.match(low[i - 1]):
                    pass  # "the grounds crew", "cabin crew": a crew named by its work is the role
                else:
                    continue
            if i > 0 and low[i - 1] in _FINITE_BEFORE:
                continue  # "Gloria, who leads second shift": after a relative or personal pronoun or a modal, a verb (h20rev)
            if i + 1 < len(low) and not w.endswith("s") and low[i + 1] in COMPOUND_HEADS:
                continue  # "quote the wrong lead time": a modifier of a thing, not a person (h20rev)
            if i > 0 and (low[i - 1] in ("become", "becoming", "into") or i > 1 and low[i - 2] in ("become", "becoming", "into") and low[i - 1] in ("a", "an", "the")):
                continue  # "wants to become a developer": the role they move to, not the learners
            if i + 1 < len(low) and low[i + 1] in HEADS and low[i + 1] not in ("lead", "leads", "manager", "managers", "supervisor", "supervisors"):
                continue  # "staff nurses", "support techs": the head is the next word
            if w in ("hire", "hires", "starter", "starters", "joiner", "joiners") and (i == 0 or low[i - 1] not in ("new", "recent", "latest")):
                continue  # "we hire about 40 seasonal cashiers": the verb, not the role
            if i > 0 and low[i - 1] in _DOWNSTREAM or i > 1 and low[i - 2] in _DOWNSTREAM and low[i - 1] in ("the", "our", "a"):
                continue  # a consumer, not the learners
            j = i
            while j > 0 and i - j < 3 and low[j - 1] not in _NOT_MODIFIERS and not _COUNT_WORD.match(low[j - 1]) and low[j - 1] not in _DOWNSTREAM:
                j -= 1
            head_count = None
            k = j - 1
            if k >= 0 and low[k] in ("new", "junior", "newly"):
                k -= 1
            if k >= 2 and low[k] in ("our", "the", "my") and low[k - 1] == "of" and _COUNT_WORD.match(low[k - 2]):
                k -= 2  # "12 of our phone agents", "one of our agents"
            if k >= 0 and _COUNT_WORD.match(low[k]):
                head_count = value_of(low[k])
            elif k >= 1 and low[k - 1:k + 1] == ["a", "dozen"]:
                head_count = 12
            while j < i and not re.search(r"\s+".join(map(re.escape, tokens[j : i + 1])), sentence):
                j += 1  # "counters close in march, tellers become ...": a modifier never reaches across a comma (h20rev)
            phrase = " ".join(tokens[j : i + 1])
            role = singular(phrase.lower())
            if role in ("staff", "worker", "hire", "starter", "joiner"):
                role = {"hire": "new hire", "starter": "new starter", "joiner": "new joiner"}.get(role, role)
            return role, int(head_count) if head_count and head_count < 100000 else None, phrase
    return None, None, None


def names_one(text: str, phrase: str) -> bool:
    """The role is written in the singular for one person ("starts as store manager", "our new pharmacist")."""
    low = phrase.lower()
    if low.endswith("s") or low.split()[-1] in ("staff", "personnel", "crew", "team", "workforce", "people"):
        return False
    if re.search(rf"\b{re.escape(low)}s\b", text, re.I):
        return False
    if re.search(rf"(?:\b(?:as|our new|a new|one new|one)|^new)\s+{re.escape(low)}\b", text, re.I):
        return True
    # "takes over Kevin's budget analyst seat": one person's post, when the possessor is a person's name (under re.I the
    # old pattern took any possessive: "the clinic's receptionist" counted one receptionist)
    from planner.extract.learner_clause import is_name_possessor

    return any(is_name_possessor(text, m.group(1))
               for m in re.finditer(rf"\b([A-Za-z]+)['’]s\s+{re.escape(low)}\b", text, re.I))


def find_team(text: str) -> Optional[str]:
    for m in TEAM.finditer(text):
        name = m.group(1).strip()
        if name.lower().split()[0] in _NOT_MODIFIERS:
            return None
        if "of" in name.lower().split():
            continue  # "at the end of the shift", "the rest of the team": a time or a part, not a team (h15aud)
        return f"{name} {m.group(2).lower()}{(m.group(3) or '').lower()}"  # as written: "two hospital sites"
    return None


def find_headcount(text: str) -> Optional[int]:
    if re.search(r"\ba couple of (?:our|the|my|them)\b", text, re.I):
        return 2
    for rx in (TEAM_OF, N_PERSON, OF_THEM):
        m = rx.search(text)
        if m:
            v = value_of(m.group(1))
            if v:
                return int(v)
    return None
